//! Thin HTTP handlers for sites, crawls and audits, and their OpenAPI description.
//!
//! Routes with a resource id look it up before reading the body, so another organization's
//! id answers 404 whatever the body holds.

use api::error::ApiResult;
use api::{ApiRoutes, AppJson, AppQuery, AppState, Problem, TenantCtx};
use axum::{
    Json,
    extract::{Path, Request, State},
    http::{Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{delete, get, patch, post},
};
use kernel::Permission as P;
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi, ToSchema};
use uuid::Uuid;

use crate::brief_sources::{
    self, BriefSource, BriefSourceList, BriefSuggestion, SourceKind, SourceQuery,
};
use crate::crawls::{
    self, AuditTrendView, AuditView, CheckDelta, CheckView, CrawlList, CrawlProgress, CrawlSummary,
    IssuePage, IssueQuery, IssueRow, PageList, PageQuery, PageRow, Trend, TrendPoint,
};
use crate::exports::{self, AuditExportFormat, CheckInfoView};
use crate::sites::{self, Schedule, Site, SiteInput, SiteList, SitePatch};

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(Method::GET, "/research/sites", P::OrgRead, get(list_sites))
        .guarded(
            Method::POST,
            "/research/sites",
            P::ContentWrite,
            post(create_site),
        )
        .guarded(
            Method::GET,
            "/research/sites/{id}",
            P::OrgRead,
            get(get_site),
        )
        .guarded(
            Method::PATCH,
            "/research/sites/{id}",
            P::ContentWrite,
            patch(update_site),
        )
        .guarded(
            Method::DELETE,
            "/research/sites/{id}",
            P::ContentWrite,
            delete(delete_site),
        )
        .guarded(
            Method::POST,
            "/research/sites/{id}/crawls",
            P::ContentWrite,
            post(start_crawl),
        )
        .guarded(
            Method::GET,
            "/research/sites/{id}/crawls",
            P::OrgRead,
            get(list_crawls),
        )
        .guarded(
            Method::GET,
            "/research/sites/{id}/trend",
            P::OrgRead,
            get(site_trend),
        )
        .guarded(Method::GET, "/crawls/{id}", P::OrgRead, get(get_crawl))
        .guarded(
            Method::GET,
            "/crawls/{id}/events",
            P::OrgRead,
            get(crawl_events),
        )
        .guarded(
            Method::POST,
            "/crawls/{id}/cancel",
            P::ContentWrite,
            post(cancel_crawl),
        )
        .guarded(
            Method::GET,
            "/crawls/{id}/audit",
            P::OrgRead,
            get(crawl_audit),
        )
        .guarded(
            Method::GET,
            "/crawls/{id}/issues",
            P::OrgRead,
            get(crawl_issues),
        )
        .guarded(
            Method::GET,
            "/crawls/{id}/pages",
            P::OrgRead,
            get(crawl_pages),
        )
        .guarded(
            Method::GET,
            "/crawls/{id}/export",
            P::OrgRead,
            get(export_audit),
        )
        .guarded(Method::GET, "/seo/checks", P::OrgRead, get(seo_checks))
        .guarded(
            Method::GET,
            "/research/brief-sources",
            P::OrgRead,
            get(brief_sources),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list_sites, create_site, get_site, update_site, delete_site, start_crawl, list_crawls,
        site_trend, get_crawl, crawl_events, cancel_crawl, crawl_audit, crawl_issues, crawl_pages,
        export_audit, seo_checks, brief_sources
    ),
    components(schemas(
        Site, SiteList, SiteInput, SitePatch, Schedule, CrawlSummary, CrawlProgress, CrawlList,
        AuditView, AuditTrendView, CheckDelta, CheckView, IssuePage, IssueRow, PageList, PageRow,
        Trend, TrendPoint, CheckInfoView, AuditExportFormat, BriefSource, BriefSourceList,
        BriefSuggestion, SourceKind
    )),
    tags((name = "research", description = "Site crawls and technical SEO audits, competitors, keywords"))
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/v1/research/sites", tag = "research", security(("bearer" = [])),
    responses((status = 200, description = "The sites the organization audits, each with its latest crawl", body = SiteList)))]
async fn list_sites(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<SiteList>> {
    Ok(Json(sites::list(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/research/sites", tag = "research", security(("bearer" = [])), request_body = SiteInput,
    responses((status = 201, body = Site), (status = 422, description = "A field error: `invalid_url`, `address_refused`", body = Problem)))]
async fn create_site(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<SiteInput>,
) -> ApiResult<(StatusCode, Json<Site>)> {
    Ok((
        StatusCode::CREATED,
        Json(sites::create(&s, ctx, input).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/research/sites/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Site), (status = 404, body = Problem)))]
async fn get_site(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Site>> {
    Ok(Json(sites::get(&s, ctx, id).await?))
}

#[utoipa::path(patch, path = "/api/v1/research/sites/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = SitePatch,
    responses((status = 200, body = Site), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn update_site(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<Site>> {
    sites::find(&s.db, ctx.org_id, id).await?;
    let patch: SitePatch = api::json_body(req, &s).await?;
    Ok(Json(sites::update(&s, ctx, id, patch).await?))
}

#[utoipa::path(delete, path = "/api/v1/research/sites/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204, description = "Removed with its crawls"), (status = 404, body = Problem)))]
async fn delete_site(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    sites::delete(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/research/sites/{id}/crawls", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 202, description = "Queued; follow `/crawls/{id}/events`", body = CrawlSummary), (status = 404, body = Problem),
        (status = 409, description = "`research.crawl_running`", body = Problem)))]
async fn start_crawl(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<(StatusCode, Json<CrawlSummary>)> {
    Ok((
        StatusCode::ACCEPTED,
        Json(crawls::start(&s, ctx, id).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/research/sites/{id}/crawls", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The site's crawls, newest first", body = CrawlList), (status = 404, body = Problem)))]
async fn list_crawls(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<CrawlList>> {
    Ok(Json(crawls::list(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/research/sites/{id}/trend", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Health and issues per finished crawl, oldest first", body = Trend), (status = 404, body = Problem)))]
async fn site_trend(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Trend>> {
    Ok(Json(crawls::trend(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/crawls/{id}", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = CrawlSummary), (status = 404, body = Problem)))]
async fn get_crawl(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<CrawlSummary>> {
    Ok(Json(crawls::get(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/crawls/{id}/events", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Server-sent events: `progress` with the crawl on every change, then `done`", content_type = "text/event-stream"),
        (status = 404, body = Problem)))]
async fn crawl_events(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<impl IntoResponse> {
    let first = crawls::get(&s, ctx, id).await?;
    Ok(crawls::events(s, ctx, first))
}

#[utoipa::path(post, path = "/api/v1/crawls/{id}/cancel", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Cancelled, or stopping after the fetches in flight (what was found is kept and audited)", body = CrawlSummary),
        (status = 404, body = Problem)))]
async fn cancel_crawl(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<CrawlSummary>> {
    Ok(Json(crawls::cancel(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/crawls/{id}/audit", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Checks that found something, by priority, with the trend against the previous crawl", body = AuditView),
        (status = 404, body = Problem)))]
async fn crawl_audit(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<AuditView>> {
    Ok(Json(crawls::audit(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/crawls/{id}/issues", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path), IssueQuery),
    responses((status = 200, body = IssuePage), (status = 404, body = Problem)))]
async fn crawl_issues(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<IssueQuery>,
) -> ApiResult<Json<IssuePage>> {
    Ok(Json(crawls::issues(&s, ctx, id, q).await?))
}

#[utoipa::path(get, path = "/api/v1/crawls/{id}/pages", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path), PageQuery),
    responses((status = 200, body = PageList), (status = 404, body = Problem)))]
async fn crawl_pages(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<PageQuery>,
) -> ApiResult<Json<PageList>> {
    Ok(Json(crawls::pages(&s, ctx, id, q).await?))
}

#[derive(Debug, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// `csv` (every issue) or `pdf` (the report); `csv` by default.
    pub format: Option<AuditExportFormat>,
}

#[utoipa::path(get, path = "/api/v1/crawls/{id}/export", tag = "research", security(("bearer" = [])), params(("id" = Uuid, Path), ExportQuery),
    responses((status = 200, description = "The audit as an attachment", content(
            (String = "text/csv"),
            (Vec<u8> = "application/pdf"),
        )),
        (status = 404, body = Problem), (status = 409, description = "`research.audit_not_ready`", body = Problem)))]
async fn export_audit(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<ExportQuery>,
) -> ApiResult<Response> {
    let file = exports::export(&s, ctx, id, q.format.unwrap_or_default()).await?;
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", file.filename),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        file.body,
    )
        .into_response())
}

#[utoipa::path(get, path = "/api/v1/seo/checks", tag = "research", security(("bearer" = [])),
    responses((status = 200, description = "Every check the audit runs", body = [CheckInfoView])))]
async fn seo_checks(_ctx: TenantCtx) -> Json<Vec<CheckInfoView>> {
    Json(exports::catalogue())
}

#[utoipa::path(get, path = "/api/v1/research/brief-sources", tag = "research", security(("bearer" = [])), params(SourceQuery),
    responses((status = 200, description = "News items, keyword clusters, competitors and audit findings to start a brief from, each with a suggested brief", body = BriefSourceList)))]
async fn brief_sources(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<SourceQuery>,
) -> ApiResult<Json<BriefSourceList>> {
    Ok(Json(brief_sources::list(&s, ctx, q).await?))
}
