//! Thin HTTP handlers of the keyword routes and their OpenAPI description.

use api::error::ApiResult;
use api::{ApiRoutes, AppQuery, AppState, Problem, TenantCtx};
use axum::{
    Json,
    extract::{DefaultBodyLimit, Request, State},
    http::Method,
    routing::{delete, get, post},
};
use kernel::Permission as P;
use utoipa::{OpenApi, ToSchema};

use super::filter::{KeywordQuery, KeywordSort};
use super::model::*;
use super::{service, upload};

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(Method::GET, "/keywords", P::OrgRead, get(list_keywords))
        .guarded(
            Method::POST,
            "/keywords/rebuild",
            P::ContentWrite,
            post(rebuild_keywords),
        )
        .guarded(
            Method::POST,
            "/keywords/import",
            P::ContentWrite,
            // The export may be larger than an ordinary request body; `upload` enforces 10 MB.
            post(import_keyword_metrics)
                .layer(DefaultBodyLimit::max(upload::MAX_IMPORT_BYTES + 64 * 1024)),
        )
        .guarded(
            Method::DELETE,
            "/keywords/metrics",
            P::ContentWrite,
            delete(forget_keyword_metrics),
        )
        .guarded(Method::GET, "/keywords/gaps", P::OrgRead, get(keyword_gaps))
}

/// The multipart form of `POST /keywords/import`; the raw CSV as the body works too.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ImportForm {
    /// A CSV export of Semrush, Ahrefs, Google Keyword Planner or a plain keyword,volume list.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

#[derive(OpenApi)]
#[openapi(
    paths(list_keywords, rebuild_keywords, import_keyword_metrics, forget_keyword_metrics, keyword_gaps),
    components(schemas(
        KeywordList, GapView, GapList, ImportResult, Forgotten, ImportForm, KeywordSort,
        keywords::Keyword, keywords::Cluster, keywords::Gap, keywords::Intent,
        keywords::Recommendation, keywords::ContentType, keywords::MergeReport
    )),
    tags((name = "research", description = "Market research: site audits, competitors and their changes, keywords"))
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/v1/keywords", tag = "research", security(("bearer" = [])), params(KeywordQuery),
    responses((status = 200, description = "The keyword map merged with imported metrics", body = KeywordList), (status = 422, body = Problem)))]
async fn list_keywords(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<KeywordQuery>,
) -> ApiResult<Json<KeywordList>> {
    Ok(Json(service::list(&s, ctx, q).await?))
}

#[utoipa::path(post, path = "/api/v1/keywords/rebuild", tag = "research", security(("bearer" = [])),
    responses((status = 200, description = "Built from our latest crawls and the competitors' latest snapshots; the first 100 keywords", body = KeywordList)))]
async fn rebuild_keywords(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<KeywordList>> {
    Ok(Json(service::rebuild(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/keywords/import", tag = "research", security(("bearer" = [])),
    request_body(content = ImportForm, description = "Multipart with a `file` field, or the CSV as the raw body (at most 10 MB)",
        content_type = "multipart/form-data"),
    responses((status = 200, description = "The metrics are kept and merged into every keyword list", body = ImportResult),
        (status = 413, description = "`file_too_large`", body = Problem),
        (status = 422, description = "`keywords.import_invalid`, naming the line at fault", body = Problem)))]
async fn import_keyword_metrics(
    State(s): State<AppState>,
    ctx: TenantCtx,
    req: Request,
) -> ApiResult<Json<ImportResult>> {
    let bytes = upload::read(req, &s).await?;
    Ok(Json(service::import(&s, ctx, bytes).await?))
}

#[utoipa::path(delete, path = "/api/v1/keywords/metrics", tag = "research", security(("bearer" = [])),
    responses((status = 200, description = "Every imported metric forgotten", body = Forgotten)))]
async fn forget_keyword_metrics(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<Forgotten>> {
    Ok(Json(service::forget_metrics(&s, ctx).await?))
}

#[utoipa::path(get, path = "/api/v1/keywords/gaps", tag = "research", security(("bearer" = [])),
    responses((status = 200, description = "Topics competitors cover and we don't, with the content to write", body = GapList)))]
async fn keyword_gaps(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<GapList>> {
    Ok(Json(service::gaps(&s, ctx).await?))
}
