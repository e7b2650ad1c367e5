//! Thin handlers of the asset routes: extract, call the service, answer with a DTO.

use crate::{
    AssetError, AssetLibrary,
    ingest::{self, Spooled},
    model::{self, Asset, AssetPage, Kind, SearchResults, TypeStats, VersionList},
    service::{self, AssetChange, NewAsset},
    store::ListFilter,
};
use api::{ApiError, AppJson, AppQuery, AppState, Problem, TenantCtx, error::ApiResult};
use axum::{
    Json,
    extract::{FromRequest, Multipart, Path, Request, State, multipart::Field},
    http::StatusCode,
};
use garde::Validate;
use serde::{Deserialize, Deserializer};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// Text fields of an upload form are small; this bounds each one.
const MAX_TEXT_FIELD: usize = 64 * 1024;
const MAX_FIELDS: usize = 64;
/// After a refused file the rest of the body is read and dropped up to this much, so that the
/// client gets to read the 413 instead of a reset connection.
const MAX_DRAIN: u64 = 16 * 1024 * 1024;

/// The multipart form of `POST /assets` (and, with `file` and `comment` only, of new versions).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct UploadForm {
    /// The file. Its type is detected from its bytes.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// Display name; defaults to the file name.
    name: Option<String>,
    brand_id: Option<Uuid>,
    /// Comma-separated, or the field repeated.
    tags: Option<String>,
    description: Option<String>,
    /// Comma-separated persona ids, or the field repeated.
    persona_ids: Option<String>,
    /// A JSON object of searchable key/value pairs.
    metadata: Option<String>,
}

/// The multipart form of `POST /assets/{id}/versions`.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct VersionForm {
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// What changed in this version.
    comment: Option<String>,
}

#[derive(Default)]
struct Form {
    file: Option<Spooled>,
    file_name: Option<String>,
    name: Option<String>,
    brand_id: Option<String>,
    tags: Vec<String>,
    description: Option<String>,
    persona_ids: Vec<String>,
    metadata: Option<String>,
    comment: Option<String>,
}

async fn multipart(req: Request, state: &AppState) -> Result<Multipart, ApiError> {
    Multipart::from_request(req, state).await.map_err(|_| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send the file as multipart/form-data.",
        )
    })
}

fn broken(e: impl std::fmt::Display) -> AssetError {
    AssetError::BadUpload(format!("the multipart body could not be read: {e}"))
}

async fn text(mut field: Field<'_>, name: &'static str) -> Result<String, AssetError> {
    let mut buf = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(broken)? {
        if buf.len() + chunk.len() > MAX_TEXT_FIELD {
            return Err(AssetError::field(
                name,
                "too_long",
                "This field is too long.",
            ));
        }
        buf.extend_from_slice(&chunk);
    }
    String::from_utf8(buf).map_err(|_| AssetError::field(name, "invalid", "Send text as UTF-8."))
}

/// Reads and drops what is left of a refused upload, within [`MAX_DRAIN`] bytes in all.
async fn drain_field(mut field: Field<'_>, mut left: u64) -> u64 {
    while let Ok(Some(chunk)) = field.chunk().await {
        left = left.saturating_sub(chunk.len() as u64);
        if left == 0 {
            break;
        }
    }
    left
}

async fn drain_rest(mp: &mut Multipart, mut left: u64) {
    while left > 0 {
        match mp.next_field().await {
            Ok(Some(f)) => left = drain_field(f, left).await,
            _ => break,
        }
    }
}

async fn read_form(lib: &AssetLibrary, mut mp: Multipart) -> Result<Form, AssetError> {
    let mut form = Form::default();
    let mut fields = 0;
    while let Some(mut field) = mp.next_field().await.map_err(broken)? {
        fields += 1;
        if fields > MAX_FIELDS {
            return Err(AssetError::BadUpload("too many form fields".into()));
        }
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" => {
                if form.file.is_some() {
                    return Err(AssetError::field(
                        "file",
                        "duplicate",
                        "Send one file per upload.",
                    ));
                }
                form.file_name = field.file_name().map(str::to_owned);
                match ingest::spool(&lib.store().spool_dir(), &mut field, lib.max_upload_bytes())
                    .await
                {
                    Ok(s) => form.file = Some(s),
                    Err(e) => {
                        if matches!(e, AssetError::TooLarge { .. } | AssetError::Unsupported(_)) {
                            let left = drain_field(field, MAX_DRAIN).await;
                            drain_rest(&mut mp, left).await;
                        }
                        return Err(e);
                    }
                }
            }
            "name" => form.name = Some(text(field, "name").await?),
            "brand_id" => form.brand_id = Some(text(field, "brand_id").await?),
            "tags" | "tags[]" => form.tags.push(text(field, "tags").await?),
            "description" => form.description = Some(text(field, "description").await?),
            "persona_ids" | "persona_ids[]" => {
                form.persona_ids.push(text(field, "persona_ids").await?)
            }
            "metadata" => form.metadata = Some(text(field, "metadata").await?),
            "comment" => form.comment = Some(text(field, "comment").await?),
            _ => {
                text(field, "form").await?;
            }
        }
    }
    Ok(form)
}

fn parse_uuid_list(raw: &[String], field: &'static str) -> Result<Vec<Uuid>, AssetError> {
    raw.iter()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse()
                .map_err(|_| AssetError::field(field, "invalid", "Give ids as UUIDs."))
        })
        .collect()
}

fn file_required() -> AssetError {
    AssetError::field("file", "required", "Choose a file to upload.")
}

#[utoipa::path(post, path = "/api/v1/assets", tag = "assets", security(("bearer" = [])),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses((status = 201, body = Asset), (status = 413, description = "`file_too_large`", body = Problem),
        (status = 415, description = "`unsupported_type`: executables and HTML are refused", body = Problem),
        (status = 422, body = Problem)))]
pub(crate) async fn upload(
    State(s): State<AppState>,
    ctx: TenantCtx,
    req: Request,
) -> ApiResult<(StatusCode, Json<Asset>)> {
    let lib = s.service::<AssetLibrary>();
    let form = read_form(&lib, multipart(req, &s).await?).await?;
    let file = form.file.ok_or_else(file_required)?;
    let brand_id = match form.brand_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(b) => Some(b.parse().map_err(|_| {
            AssetError::field("brand_id", "invalid", "Give the brand id as a UUID.")
        })?),
    };
    let tags =
        model::normalize_tags(&form.tags).map_err(|m| AssetError::field("tags", "invalid", m))?;
    let metadata = match form.metadata.as_deref().map(str::trim) {
        None | Some("") => serde_json::json!({}),
        Some(m) => serde_json::from_str(m)
            .map_err(|_| AssetError::field("metadata", "invalid", "Metadata is a JSON object."))?,
    };
    let input = NewAsset {
        name: form
            .name
            .filter(|n| !n.trim().is_empty())
            .or(form.file_name)
            .unwrap_or_default(),
        brand_id,
        tags,
        description: form.description.unwrap_or_default().trim().to_owned(),
        metadata,
        persona_ids: parse_uuid_list(&form.persona_ids, "persona_ids")?,
    };
    let asset = service::create(&s, ctx.org_id, Some(ctx.user_id), input, file).await?;
    Ok((StatusCode::CREATED, Json(asset)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListQuery {
    kind: Option<Kind>,
    brand_id: Option<Uuid>,
    /// Exact tag (tags are stored lower-case).
    tag: Option<String>,
    persona_id: Option<Uuid>,
    /// Items per page (1-200, default 50).
    limit: Option<u64>,
    /// Opaque cursor from a previous page's `next_cursor`.
    cursor: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/assets", tag = "assets", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, description = "Newest first", body = AssetPage), (status = 422, body = Problem)))]
pub(crate) async fn list(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<ListQuery>,
) -> ApiResult<Json<AssetPage>> {
    let filter = ListFilter {
        kind: q.kind,
        brand_id: q.brand_id,
        tag: q
            .tag
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty()),
        persona_id: q.persona_id,
    };
    let page = kernel::PageParams {
        limit: q.limit,
        cursor: q.cursor,
    };
    Ok(Json(service::list(&s, ctx.org_id, &filter, &page).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchQuery {
    /// Words to find in names, tags, descriptions and metadata values; each matches as a prefix.
    q: Option<String>,
    kind: Option<Kind>,
    /// Most results to return (1-200, default 50).
    limit: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/assets/search", tag = "assets", security(("bearer" = [])), params(SearchQuery),
    responses((status = 200, description = "Best match first", body = SearchResults), (status = 422, body = Problem)))]
pub(crate) async fn search(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<SearchQuery>,
) -> ApiResult<Json<SearchResults>> {
    let text = q.q.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ApiError::field(
            "q",
            "required",
            "Type something to search for.",
        ));
    }
    let limit = kernel::PageParams {
        limit: q.limit,
        cursor: None,
    }
    .limit()?;
    let items = service::search(&s, ctx.org_id, &text, q.kind, limit).await?;
    Ok(Json(SearchResults { items }))
}

#[utoipa::path(get, path = "/api/v1/assets/types", tag = "assets", security(("bearer" = [])),
    responses((status = 200, body = TypeStats)))]
pub(crate) async fn types(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<TypeStats>> {
    Ok(Json(service::types(&s, ctx.org_id).await?))
}

#[utoipa::path(get, path = "/api/v1/assets/{id}", tag = "assets", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Asset), (status = 404, body = Problem)))]
pub(crate) async fn get_one(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Asset>> {
    Ok(Json(service::get(&s, ctx.org_id, id).await?))
}

/// Distinguishes a field left out (`None`) from a field sent as `null` (`Some(None)`).
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A metadata change: fields left out stay as they are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct UpdateAsset {
    #[garde(length(chars, min = 1, max = 300))]
    pub name: Option<String>,
    #[garde(skip)]
    pub tags: Option<Vec<String>>,
    #[garde(length(chars, max = 5000))]
    pub description: Option<String>,
    /// A JSON object; replaces the whole metadata.
    #[garde(skip)]
    #[schema(value_type = Option<std::collections::HashMap<String, serde_json::Value>>)]
    pub metadata: Option<serde_json::Value>,
    /// `null` unlinks the brand.
    #[garde(skip)]
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub brand_id: Option<Option<Uuid>>,
    /// Replaces the linked personas (of this organization).
    #[garde(skip)]
    pub persona_ids: Option<Vec<Uuid>>,
}

#[utoipa::path(put, path = "/api/v1/assets/{id}", tag = "assets", security(("bearer" = [])), params(("id" = Uuid, Path)),
    request_body = UpdateAsset,
    responses((status = 200, body = Asset), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub(crate) async fn update(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppJson(body): AppJson<UpdateAsset>,
) -> ApiResult<Json<Asset>> {
    let change = AssetChange {
        name: body.name,
        tags: body.tags,
        description: body.description,
        metadata: body.metadata,
        brand_id: body.brand_id,
        persona_ids: body.persona_ids,
    };
    Ok(Json(
        service::update(&s, ctx.org_id, Some(ctx.user_id), id, change).await?,
    ))
}

#[utoipa::path(delete, path = "/api/v1/assets/{id}", tag = "assets", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204, description = "Deleted with its versions and files"), (status = 404, body = Problem)))]
pub(crate) async fn delete(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    service::delete(&s, ctx.org_id, Some(ctx.user_id), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/assets/{id}/versions", tag = "assets", security(("bearer" = [])), params(("id" = Uuid, Path)),
    request_body(content = VersionForm, content_type = "multipart/form-data"),
    responses((status = 201, description = "The asset with its new current file", body = Asset), (status = 404, body = Problem),
        (status = 413, body = Problem), (status = 415, body = Problem)))]
pub(crate) async fn add_version(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<(StatusCode, Json<Asset>)> {
    // The asset is looked up before the body is read: another organization's id is a 404
    // whatever was sent.
    crate::store::find(&s.db, ctx.org_id, id).await?;
    let lib = s.service::<AssetLibrary>();
    let form = read_form(&lib, multipart(req, &s).await?).await?;
    let file = form.file.ok_or_else(file_required)?;
    let asset = service::add_version(
        &s,
        ctx.org_id,
        Some(ctx.user_id),
        id,
        file,
        form.comment.unwrap_or_default(),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(asset)))
}

#[utoipa::path(get, path = "/api/v1/assets/{id}/versions", tag = "assets", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = VersionList), (status = 404, body = Problem)))]
pub(crate) async fn versions(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<VersionList>> {
    Ok(Json(service::versions(&s, ctx.org_id, id).await?))
}
