//! Thin HTTP handlers of the competitor routes and their OpenAPI description.
//!
//! Routes with a resource id look it up before reading the body, so another organization's
//! id answers 404 whatever the body holds.

use api::error::ApiResult;
use api::{ApiRoutes, AppJson, AppQuery, AppState, Problem, TenantCtx};
use axum::{
    Json,
    extract::{Path, Request, State},
    http::{Method, StatusCode},
    routing::{delete, get, patch, post},
};
use kernel::Permission as P;
use utoipa::OpenApi;
use uuid::Uuid;

use super::analysis;
use super::model::*;
use super::{service, snapshots, store};

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(
            Method::GET,
            "/competitors",
            P::OrgRead,
            get(list_competitors),
        )
        .guarded(
            Method::POST,
            "/competitors",
            P::ContentWrite,
            post(create_competitor),
        )
        .guarded(
            Method::GET,
            "/competitors/analysis",
            P::OrgRead,
            get(competitor_analysis),
        )
        .guarded(
            Method::GET,
            "/competitors/{id}",
            P::OrgRead,
            get(get_competitor),
        )
        .guarded(
            Method::PATCH,
            "/competitors/{id}",
            P::ContentWrite,
            patch(update_competitor),
        )
        .guarded(
            Method::DELETE,
            "/competitors/{id}",
            P::ContentWrite,
            delete(delete_competitor),
        )
        .guarded(
            Method::GET,
            "/competitors/{id}/pages",
            P::OrgRead,
            get(list_competitor_pages),
        )
        .guarded(
            Method::POST,
            "/competitors/{id}/pages",
            P::ContentWrite,
            post(add_competitor_page),
        )
        .guarded(
            Method::DELETE,
            "/competitors/{id}/pages/{page_id}",
            P::ContentWrite,
            delete(delete_competitor_page),
        )
        .guarded(
            Method::POST,
            "/competitors/{id}/snapshot",
            P::ContentWrite,
            post(start_competitor_snapshot),
        )
        .guarded(
            Method::POST,
            "/competitors/{id}/snapshot/cancel",
            P::ContentWrite,
            post(cancel_competitor_snapshot),
        )
        .guarded(
            Method::GET,
            "/competitors/{id}/snapshots",
            P::OrgRead,
            get(latest_competitor_snapshots),
        )
        .guarded(
            Method::GET,
            "/competitors/{id}/changes",
            P::OrgRead,
            get(competitor_changes_of),
        )
        .guarded(
            Method::GET,
            "/competitor-changes",
            P::OrgRead,
            get(list_competitor_changes),
        )
        .guarded(
            Method::GET,
            "/competitor-changes/{id}",
            P::OrgRead,
            get(get_competitor_change),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list_competitors, create_competitor, competitor_analysis, get_competitor, update_competitor, delete_competitor, list_competitor_pages, add_competitor_page, delete_competitor_page,
        start_competitor_snapshot, cancel_competitor_snapshot, latest_competitor_snapshots, competitor_changes_of, list_competitor_changes, get_competitor_change
    ),
    components(schemas(
        CompetitorInput, CompetitorPatch, SocialProfiles, Competitor, CompetitorList,
        SnapshotStatus, SnapshotProgress, PageInput, CompetitorPage, CompetitorPageList, PageSnapshotView,
        SnapshotList, ChangeSummary, ChangeList, ChangeDetail, crate::sites::Schedule,
        intel::PageKind, intel::PageSnapshot, ChangeData, ChangedField, CompetitorChangeKind,
        intel::DiffLine, intel::DiffOp, analysis::AnalysisView
    )),
    tags((name = "research", description = "Market research: site audits, competitors and their changes, keywords"))
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/v1/competitors", tag = "research", security(("bearer" = [])),
    responses((status = 200, description = "Every competitor, oldest first", body = CompetitorList)))]
async fn list_competitors(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<CompetitorList>> {
    Ok(Json(service::list(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/competitors", tag = "research", security(("bearer" = [])), request_body = CompetitorInput,
    responses((status = 201, description = "Created; with a schedule, the first snapshot is due at once", body = Competitor),
        (status = 422, description = "A field error, `address_refused` for a private address", body = Problem)))]
async fn create_competitor(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<CompetitorInput>,
) -> ApiResult<(StatusCode, Json<Competitor>)> {
    Ok((
        StatusCode::CREATED,
        Json(service::create(&s, ctx, input).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/competitors/analysis", tag = "research", security(("bearer" = [])), params(AnalysisQuery),
    responses((status = 200, description = "Our positioning beside each competitor's, from their latest snapshots, with gaps and opportunities", body = analysis::AnalysisView),
        (status = 404, description = "No such brand", body = Problem)))]
async fn competitor_analysis(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<AnalysisQuery>,
) -> ApiResult<Json<analysis::AnalysisView>> {
    Ok(Json(analysis::report(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/competitors/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "With the latest snapshot run's status and progress", body = Competitor), (status = 404, body = Problem)))]
async fn get_competitor(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Competitor>> {
    Ok(Json(service::get(&s, ctx, id).await?))
}

#[utoipa::path(patch, path = "/api/v1/competitors/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CompetitorPatch,
    responses((status = 200, body = Competitor), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn update_competitor(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<Competitor>> {
    store::find_competitor(&s.db, ctx.org_id, id).await?;
    let input: CompetitorPatch = api::json_body(req, &s).await?;
    Ok(Json(service::update(&s, ctx, id, input).await?))
}

#[utoipa::path(delete, path = "/api/v1/competitors/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204, description = "Removed with its pages, snapshots and changes"), (status = 404, body = Problem)))]
async fn delete_competitor(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    service::delete(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/competitors/{id}/pages", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The watched pages, the home page first", body = CompetitorPageList), (status = 404, body = Problem)))]
async fn list_competitor_pages(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<CompetitorPageList>> {
    Ok(Json(service::pages(&s, ctx, id).await?))
}

#[utoipa::path(post, path = "/api/v1/competitors/{id}/pages", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = PageInput,
    responses((status = 201, description = "Watched from the next snapshot on", body = CompetitorPage), (status = 404, body = Problem),
        (status = 422, description = "`other_site`, `duplicate`, `too_many_pages` or `address_refused` on `url`", body = Problem)))]
async fn add_competitor_page(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<(StatusCode, Json<CompetitorPage>)> {
    store::find_competitor(&s.db, ctx.org_id, id).await?;
    let input: PageInput = api::json_body(req, &s).await?;
    Ok((
        StatusCode::CREATED,
        Json(service::add_page(&s, ctx, id, input).await?),
    ))
}

#[utoipa::path(delete, path = "/api/v1/competitors/{id}/pages/{page_id}", tag = "research", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("page_id" = Uuid, Path)),
    responses((status = 204, description = "No longer watched; its snapshots and changes are removed"), (status = 404, body = Problem)))]
async fn delete_competitor_page(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path((id, page_id)): Path<(Uuid, Uuid)>,
) -> ApiResult<StatusCode> {
    service::delete_page(&s, ctx, id, page_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/competitors/{id}/snapshot", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 202, description = "Queued: follow `snapshot_status` and `snapshot_progress` on the competitor", body = Competitor),
        (status = 404, body = Problem), (status = 409, description = "`snapshot_running`", body = Problem)))]
async fn start_competitor_snapshot(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<(StatusCode, Json<Competitor>)> {
    Ok((
        StatusCode::ACCEPTED,
        Json(snapshots::start(&s, ctx, id).await?),
    ))
}

#[utoipa::path(post, path = "/api/v1/competitors/{id}/snapshot/cancel", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Cancelled when queued; a running snapshot stops after the page it is reading", body = Competitor),
        (status = 404, body = Problem)))]
async fn cancel_competitor_snapshot(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Competitor>> {
    Ok(Json(snapshots::cancel(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/competitors/{id}/snapshots", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The latest snapshot of each page: messaging, prices, plans, technologies", body = SnapshotList),
        (status = 404, body = Problem)))]
async fn latest_competitor_snapshots(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<SnapshotList>> {
    Ok(Json(snapshots::latest(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/competitors/{id}/changes", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path), ChangeQuery),
    responses((status = 200, description = "The competitor's changes, newest first", body = ChangeList), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn competitor_changes_of(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<ChangeQuery>,
) -> ApiResult<Json<ChangeList>> {
    Ok(Json(snapshots::changes_of(&s, ctx, id, q).await?))
}

#[utoipa::path(get, path = "/api/v1/competitor-changes", tag = "research", security(("bearer" = [])), params(ChangeQuery),
    responses((status = 200, description = "Changes of every competitor, newest first", body = ChangeList), (status = 422, body = Problem)))]
async fn list_competitor_changes(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<ChangeQuery>,
) -> ApiResult<Json<ChangeList>> {
    Ok(Json(snapshots::changes(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/competitor-changes/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The change with what moved and the readable diff of the page's text", body = ChangeDetail),
        (status = 404, body = Problem)))]
async fn get_competitor_change(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<ChangeDetail>> {
    Ok(Json(snapshots::change(&s, ctx, id).await?))
}
