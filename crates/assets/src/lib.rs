//! The asset library: logos, icons, photography, audio, video, documents and fonts of an
//! organization, with tags, persona links, versions, full-text search and signed file URLs.
//!
//! - Files go through [`ingest`]: streamed to a spool file while hashed and counted (refused
//!   past the size limit), typed from their bytes ([`sniff`]), SVGs rewritten by [`svg`].
//! - Bytes live behind [`storage::BlobStore`]: a local directory or S3-compatible storage.
//! - Rows live in `assets`, `asset_versions` and `asset_personas`; `assets.search_text` is
//!   indexed by SQLite FTS5 or a PostgreSQL tsvector and rebuilt on every write.
//! - Files are served by `GET /files/{id}` to holders of a URL signed by [`urls::UrlSigner`].
//! - Raster thumbnails are rendered by the [`THUMBNAIL_JOB`] job ([`thumbnail`]).
//!
//! Other modules use the functions at the root of this crate: [`summaries`], [`store_bytes`]
//! and [`read_bytes`]. They never read the asset tables themselves.

pub mod error;
mod files;
pub mod ingest;
pub mod model;
mod routes;
pub mod service;
pub mod sniff;
pub mod storage;
pub mod store;
pub mod svg;
pub mod thumbnail;
pub mod urls;

pub use error::AssetError;
pub use model::{Asset, AssetSummary, Kind};
pub use service::{AssetLibrary, DEFAULT_MAX_UPLOAD_BYTES, THUMBNAIL_JOB};
pub use thumbnail::ThumbnailJob;
pub use urls::{UrlSigner, Variant};

use api::{ApiRoutes, AppState, TenantCtx};
use axum::{
    extract::DefaultBodyLimit,
    http::Method,
    routing::{delete, get, post, put},
};
use db::entities::asset;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use kernel::Permission as P;
use utoipa::OpenApi;
use uuid::Uuid;

/// Largest file [`read_bytes`] hands back, whatever the upload limit.
pub const MAX_READ_BYTES: u64 = 64 * 1024 * 1024;

/// Every asset route, registered with its permission.
pub fn routes() -> ApiRoutes {
    // Uploads are limited by the library's own streaming count (`storage.max_upload_bytes`),
    // which refuses with `file_too_large` and removes the partial file; the router's small
    // JSON body limit must not cut them off first.
    ApiRoutes::new()
        .guarded(
            Method::POST,
            "/assets",
            P::ContentWrite,
            post(routes::upload).layer(DefaultBodyLimit::disable()),
        )
        .guarded(Method::GET, "/assets", P::OrgRead, get(routes::list))
        .guarded(
            Method::GET,
            "/assets/search",
            P::OrgRead,
            get(routes::search),
        )
        .guarded(Method::GET, "/assets/types", P::OrgRead, get(routes::types))
        .guarded(
            Method::GET,
            "/assets/{id}",
            P::OrgRead,
            get(routes::get_one),
        )
        .guarded(
            Method::PUT,
            "/assets/{id}",
            P::ContentWrite,
            put(routes::update),
        )
        .guarded(
            Method::DELETE,
            "/assets/{id}",
            P::ContentWrite,
            delete(routes::delete),
        )
        .guarded(
            Method::POST,
            "/assets/{id}/versions",
            P::ContentWrite,
            post(routes::add_version).layer(DefaultBodyLimit::disable()),
        )
        .guarded(
            Method::GET,
            "/assets/{id}/versions",
            P::OrgRead,
            get(routes::versions),
        )
        .public(Method::GET, "/files/{id}", get(files::serve))
}

/// The OpenAPI description of the assets routes.
#[derive(OpenApi)]
#[openapi(
    paths(
        routes::upload,
        routes::list,
        routes::search,
        routes::types,
        routes::get_one,
        routes::update,
        routes::delete,
        routes::add_version,
        routes::versions,
        files::serve
    ),
    components(schemas(
        model::Asset,
        model::AssetSummary,
        model::AssetPage,
        model::SearchResults,
        model::AssetVersion,
        model::VersionList,
        model::TypeStat,
        model::TypeStats,
        model::Kind,
        routes::UpdateAsset,
        routes::UploadForm,
        routes::VersionForm
    )),
    tags((name = "assets", description = "Asset library: upload, search, versions and files"))
)]
pub struct ApiDoc;

/// Id, name, type, size in pixels and signed URLs of the assets `ids` of organization `org`,
/// in the order asked. Ids that do not exist or belong to another organization are left out.
///
/// For pages that show assets chosen elsewhere (the brand kit's logos, captured images).
pub async fn summaries(
    state: &AppState,
    org: Uuid,
    ids: &[Uuid],
) -> Result<Vec<AssetSummary>, AssetError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let lib = state.service::<AssetLibrary>();
    let rows = asset::Entity::find()
        .filter(asset::Column::OrganizationId.eq(org))
        .filter(asset::Column::Id.is_in(ids.iter().copied()))
        .all(&state.db)
        .await?;
    let now = state.clock.now().timestamp();
    let mut out = Vec::with_capacity(rows.len());
    for id in ids {
        if out.iter().any(|s: &AssetSummary| s.id == *id) {
            continue;
        }
        if let Some(row) = rows.iter().find(|r| r.id == *id) {
            let a = service::to_dto(lib.signer(), row.clone(), Vec::new(), now);
            out.push(AssetSummary {
                id: a.id,
                name: a.name,
                kind: a.kind,
                content_type: a.content_type,
                width: a.width,
                height: a.height,
                url: a.url,
                thumbnail_url: a.thumbnail_url,
            });
        }
    }
    Ok(out)
}

/// Stores `bytes` as a new asset of the caller's organization, exactly as an upload would:
/// typed from the bytes, executables and HTML refused, SVGs sanitized, size-limited, a
/// thumbnail queued for raster images. `name` is the display name (a file name is fine);
/// `tags` are normalized like the upload form's.
///
/// For modules that obtain files themselves (website capture, generated images).
pub async fn store_bytes(
    state: &AppState,
    ctx: &TenantCtx,
    name: &str,
    bytes: impl Into<bytes::Bytes>,
    brand_id: Option<Uuid>,
    tags: Vec<String>,
) -> Result<Asset, AssetError> {
    store_bytes_for(
        state,
        ctx.org_id,
        Some(ctx.user_id),
        name,
        bytes,
        brand_id,
        tags,
    )
    .await
}

/// [`store_bytes`] for background jobs, which have an organization but no signed-in caller.
pub async fn store_bytes_for(
    state: &AppState,
    org: Uuid,
    user: Option<Uuid>,
    name: &str,
    bytes: impl Into<bytes::Bytes>,
    brand_id: Option<Uuid>,
    tags: Vec<String>,
) -> Result<Asset, AssetError> {
    let lib = state.service::<AssetLibrary>();
    let bytes: bytes::Bytes = bytes.into();
    let tags = model::normalize_tags(&tags).map_err(|m| AssetError::field("tags", "invalid", m))?;
    let body = futures::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let file = ingest::spool(&lib.store().spool_dir(), body, lib.max_upload_bytes()).await?;
    let input = service::NewAsset {
        name: name.to_owned(),
        brand_id,
        tags,
        metadata: serde_json::json!({}),
        ..Default::default()
    };
    service::create(state, org, user, input, file).await
}

/// The detected content type and the bytes of the current file of asset `id` of `org`.
/// Refuses files over [`MAX_READ_BYTES`] (as `TooLarge`) rather than filling memory.
///
/// For checks that inspect an asset's content (logo usage, visual consistency).
pub async fn read_bytes(
    state: &AppState,
    org: Uuid,
    id: Uuid,
) -> Result<(String, Vec<u8>), AssetError> {
    let lib = state.service::<AssetLibrary>();
    let row = store::find(&state.db, org, id).await?;
    if u64::try_from(row.size_bytes).unwrap_or(u64::MAX) > MAX_READ_BYTES {
        return Err(AssetError::TooLarge {
            limit: MAX_READ_BYTES,
        });
    }
    let body = lib.store().get(&row.storage_key, None).await?;
    let bytes = storage::collect(body, MAX_READ_BYTES as usize).await?;
    Ok((row.content_type, bytes))
}
