//! Thin HTTP handlers of the brand foundation and their OpenAPI description.

use super::diff::{Change, ChangeKind};
use super::dto::*;
use super::personas::{self, *};
use super::service;
use super::voice_search::{Snippet, VoiceHit, VoiceSection};
use crate::model::BrandProfile;
use api::error::ApiResult;
use api::{ApiRoutes, AppJson, AppQuery, AppState, ClientIp, Problem, TenantCtx};
use axum::{
    Json,
    extract::{Path, State},
    http::{Method, StatusCode},
    routing::{delete, get, post, put},
};
use kernel::Permission as P;
use utoipa::OpenApi;
use uuid::Uuid;

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(Method::GET, "/brands", P::OrgRead, get(list_brands))
        .guarded(Method::POST, "/brands", P::ContentWrite, post(create_brand))
        .guarded(Method::GET, "/brands/{id}", P::OrgRead, get(get_brand))
        .guarded(
            Method::DELETE,
            "/brands/{id}",
            P::ContentApprove,
            delete(delete_brand),
        )
        .guarded(
            Method::PUT,
            "/brands/{id}/draft",
            P::ContentWrite,
            put(save_draft),
        )
        .guarded(
            Method::POST,
            "/brands/{id}/publish",
            P::ContentApprove,
            post(publish),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/revisions",
            P::OrgRead,
            get(list_revisions),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/revisions/diff",
            P::OrgRead,
            get(diff_revisions),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/revisions/{version}",
            P::OrgRead,
            get(get_revision),
        )
        .guarded(
            Method::POST,
            "/brands/{id}/revisions/{version}/restore",
            P::ContentApprove,
            post(restore_revision),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/voice/search",
            P::OrgRead,
            get(search_voice),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/personas",
            P::OrgRead,
            get(list_personas),
        )
        .guarded(
            Method::POST,
            "/brands/{id}/personas",
            P::ContentWrite,
            post(create_persona),
        )
        .guarded(Method::GET, "/personas/{id}", P::OrgRead, get(get_persona))
        .guarded(
            Method::PUT,
            "/personas/{id}",
            P::ContentWrite,
            put(update_persona),
        )
        .guarded(
            Method::DELETE,
            "/personas/{id}",
            P::ContentWrite,
            delete(delete_persona),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list_brands,
        create_brand,
        get_brand,
        delete_brand,
        save_draft,
        publish,
        list_revisions,
        diff_revisions,
        get_revision,
        restore_revision,
        search_voice,
        list_personas,
        create_persona,
        get_persona,
        update_persona,
        delete_persona
    ),
    components(schemas(
        BrandProfile,
        Change,
        ChangeKind,
        VoiceHit,
        VoiceSection,
        Snippet,
        BuyingStage
    ))
)]
pub struct ApiDoc;

type Created<T> = (StatusCode, Json<T>);

#[utoipa::path(get, path = "/api/v1/brands", tag = "brand", security(("bearer" = [])), params(PageQuery),
    responses((status = 200, body = BrandPage), (status = 422, body = Problem)))]
async fn list_brands(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<PageQuery>,
) -> ApiResult<Json<BrandPage>> {
    Ok(Json(service::list(&s, ctx, q).await?))
}

#[utoipa::path(post, path = "/api/v1/brands", tag = "brand", security(("bearer" = [])), request_body = CreateBrandRequest,
    responses((status = 201, description = "Created with an empty draft under this name", body = Brand), (status = 422, body = Problem)))]
async fn create_brand(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(req): AppJson<CreateBrandRequest>,
) -> ApiResult<Created<Brand>> {
    Ok((
        StatusCode::CREATED,
        Json(service::create(&s, ctx, req).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Brand), (status = 404, body = Problem)))]
async fn get_brand(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Brand>> {
    Ok(Json(service::get(&s, ctx, id).await?))
}

#[utoipa::path(delete, path = "/api/v1/brands/{id}", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204, description = "Deleted with its revisions and personas"), (status = 404, body = Problem)))]
async fn delete_brand(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    service::delete(&s, ctx, id, ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(put, path = "/api/v1/brands/{id}/draft", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = BrandProfile,
    responses((status = 200, description = "Saved; the brand's name follows the profile's", body = Brand), (status = 404, body = Problem),
        (status = 422, description = "Field errors name the path, e.g. `visual.palette[0].hex`; `unknown_asset` for a file not in the library", body = Problem)))]
async fn save_draft(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppJson(profile): AppJson<BrandProfile>,
) -> ApiResult<Json<Brand>> {
    Ok(Json(service::save_draft(&s, ctx, id, profile).await?))
}

#[utoipa::path(post, path = "/api/v1/brands/{id}/publish", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = PublishRequest,
    responses((status = 201, description = "Published as the next version; the other members are notified in the app and by email", body = RevisionSummary),
        (status = 404, body = Problem), (status = 409, description = "nothing_to_publish: the draft equals the newest version", body = Problem)))]
async fn publish(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
    AppJson(req): AppJson<PublishRequest>,
) -> ApiResult<Created<RevisionSummary>> {
    Ok((
        StatusCode::CREATED,
        Json(service::publish(&s, ctx, id, req, ip).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/revisions", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path), PageQuery),
    responses((status = 200, description = "Newest first", body = RevisionPage), (status = 404, body = Problem)))]
async fn list_revisions(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<PageQuery>,
) -> ApiResult<Json<RevisionPage>> {
    Ok(Json(service::revisions(&s, ctx, id, q).await?))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/revisions/diff", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path), DiffQuery),
    responses((status = 200, description = "Changed fields in the order of the profile", body = RevisionDiff), (status = 404, body = Problem),
        (status = 422, description = "`from` or `to` is not a version of this brand", body = Problem)))]
async fn diff_revisions(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<DiffQuery>,
) -> ApiResult<Json<RevisionDiff>> {
    Ok(Json(service::compare(&s, ctx, id, q).await?))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/revisions/{version}", tag = "brand", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("version" = i32, Path)),
    responses((status = 200, body = Revision), (status = 404, body = Problem)))]
async fn get_revision(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path((id, version)): Path<(Uuid, String)>,
) -> ApiResult<Json<Revision>> {
    Ok(Json(service::get_revision(&s, ctx, id, &version).await?))
}

#[utoipa::path(post, path = "/api/v1/brands/{id}/revisions/{version}/restore", tag = "brand", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("version" = i32, Path)), request_body = RestoreRequest,
    responses((status = 201, description = "The old version is the draft again and is published as the next version", body = RevisionSummary),
        (status = 404, body = Problem), (status = 409, description = "nothing_to_publish: that version is what is published now", body = Problem)))]
async fn restore_revision(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path((id, version)): Path<(Uuid, String)>,
    AppJson(req): AppJson<RestoreRequest>,
) -> ApiResult<Created<RevisionSummary>> {
    Ok((
        StatusCode::CREATED,
        Json(service::restore(&s, ctx, id, &version, req, ip).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/voice/search", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path), VoiceSearchQuery),
    responses((status = 200, body = VoiceSearchResult), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn search_voice(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<VoiceSearchQuery>,
) -> ApiResult<Json<VoiceSearchResult>> {
    Ok(Json(service::search_voice(&s, ctx, id, q).await?))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/personas", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path), PageQuery),
    responses((status = 200, description = "Oldest first", body = PersonaPage), (status = 404, body = Problem)))]
async fn list_personas(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<PageQuery>,
) -> ApiResult<Json<PersonaPage>> {
    Ok(Json(personas::list(&s, ctx, id, q).await?))
}

#[utoipa::path(post, path = "/api/v1/brands/{id}/personas", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = PersonaInput,
    responses((status = 201, body = Persona), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn create_persona(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppJson(input): AppJson<PersonaInput>,
) -> ApiResult<Created<Persona>> {
    Ok((
        StatusCode::CREATED,
        Json(personas::create(&s, ctx, id, input).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/personas/{id}", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Persona), (status = 404, body = Problem)))]
async fn get_persona(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Persona>> {
    Ok(Json(personas::get(&s, ctx, id).await?))
}

#[utoipa::path(put, path = "/api/v1/personas/{id}", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = PersonaInput,
    responses((status = 200, body = Persona), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn update_persona(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppJson(input): AppJson<PersonaInput>,
) -> ApiResult<Json<Persona>> {
    Ok(Json(personas::update(&s, ctx, id, input).await?))
}

#[utoipa::path(delete, path = "/api/v1/personas/{id}", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem)))]
async fn delete_persona(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    personas::delete(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
