//! Crawls of a site: queued as a `research.crawl` job, followed live, and kept with their pages
//! and the audit's issues so that the next crawl can be compared with this one.

use std::time::Duration;

use api::{ApiError, AppState, TenantCtx};
use axum::response::sse::{Event, KeepAlive, Sse};
use chrono::{DateTime, SubsecRound, Utc};
use db::entities::{crawl, crawl_issue, crawl_page, research_site};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use futures::Stream;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::crawl_job::{CRAWL_JOB, CrawlPayload};
use crate::sites;

pub use jobs::work_status as status;

/// How far a running crawl has got.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CrawlProgress {
    /// URLs fetched so far (pages and resources).
    pub crawled: usize,
    /// URLs found and waiting.
    pub queued: usize,
    /// Fetches that failed or answered 4xx/5xx.
    pub errors: usize,
    pub bytes: u64,
    pub elapsed_ms: u64,
    /// Fetches per second.
    pub rate: f64,
}

impl From<crawler::CrawlProgress> for CrawlProgress {
    fn from(p: crawler::CrawlProgress) -> Self {
        CrawlProgress {
            crawled: p.crawled,
            queued: p.queued,
            errors: p.errors,
            bytes: p.bytes,
            elapsed_ms: p.elapsed_ms,
            rate: (p.rate() * 10.0).round() / 10.0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CrawlSummary {
    pub id: Uuid,
    pub site_id: Uuid,
    /// `queued`, `running`, `succeeded`, `failed` or `cancelled`.
    pub status: String,
    /// `manual` or `schedule`.
    pub trigger: String,
    pub max_pages: i32,
    pub progress: Option<CrawlProgress>,
    pub pages_crawled: i32,
    pub issues_count: i32,
    pub critical: i32,
    pub warnings: i32,
    pub notices: i32,
    /// 0 to 100, once the audit has run.
    pub health_score: Option<i32>,
    /// Why the crawl stopped: `completed`, `page_limit`, `byte_limit` or `cancelled`.
    pub stopped: Option<String>,
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
}

pub fn summary(c: crawl::Model) -> CrawlSummary {
    CrawlSummary {
        id: c.id,
        site_id: c.site_id,
        progress: c
            .progress
            .and_then(|p| serde_json::from_value::<CrawlProgress>(p).ok()),
        status: c.status,
        trigger: c.trigger,
        max_pages: c.max_pages,
        pages_crawled: c.pages_crawled,
        issues_count: c.issues_count,
        critical: c.critical,
        warnings: c.warnings,
        notices: c.notices,
        health_score: c.health_score,
        stopped: c.stopped,
        error: c.error,
        created_at: c.created_at,
        started_at: c.started_at,
        finished_at: c.finished_at,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CrawlList {
    pub items: Vec<CrawlSummary>,
}

pub async fn find(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<crawl::Model, ApiError> {
    crawl::Entity::find_by_id(id)
        .filter(crawl::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// Queues a crawl of `site` unless one is already queued or running; `Ok(None)` then.
pub async fn queue(
    db: &impl ConnectionTrait,
    state: &AppState,
    site: &research_site::Model,
    trigger: &str,
    created_by: Option<Uuid>,
) -> Result<Option<crawl::Model>, ApiError> {
    let busy = crawl::Entity::find()
        .filter(crawl::Column::OrganizationId.eq(site.organization_id))
        .filter(crawl::Column::SiteId.eq(site.id))
        .filter(crawl::Column::Status.is_in([status::QUEUED, status::RUNNING]))
        .count(db)
        .await?;
    if busy > 0 {
        return Ok(None);
    }
    let id = Uuid::now_v7();
    let now = state.clock.now().trunc_subsecs(6);
    let job_id = state
        .service::<jobs::JobQueue>()
        .enqueue_with(
            db,
            jobs::NewJob::new(CRAWL_JOB, serde_json::json!(CrawlPayload { crawl_id: id }))
                .for_org(site.organization_id)
                .max_attempts(3),
        )
        .await
        .map_err(ApiError::internal)?;
    let row = crawl::ActiveModel {
        id: Set(id),
        organization_id: Set(site.organization_id),
        site_id: Set(site.id),
        status: Set(status::QUEUED.into()),
        trigger: Set(trigger.into()),
        job_id: Set(Some(job_id)),
        max_pages: Set(site.max_pages),
        progress: Set(None),
        pages_crawled: Set(0),
        issues_count: Set(0),
        critical: Set(0),
        warnings: Set(0),
        notices: Set(0),
        health_score: Set(None),
        stopped: Set(None),
        error: Set(None),
        audit: Set(None),
        documents: Set(None),
        created_by: Set(created_by),
        created_at: Set(now),
        started_at: Set(None),
        finished_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(Some(row))
}

/// `POST /research/sites/{id}/crawls`: 409 when a crawl of the site is already under way.
pub async fn start(
    state: &AppState,
    ctx: TenantCtx,
    site_id: Uuid,
) -> Result<CrawlSummary, ApiError> {
    let txn = db::begin_write(&state.db).await?;
    let site = sites::find(&txn, ctx.org_id, site_id).await?;
    let Some(row) = queue(&txn, state, &site, "manual", Some(ctx.user_id)).await? else {
        return Err(ApiError::conflict(
            "research.crawl_running",
            "A crawl of this site is already under way; wait for it or cancel it.",
        ));
    };
    txn.commit().await?;
    Ok(summary(row))
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<CrawlSummary, ApiError> {
    Ok(summary(find(&state.db, ctx.org_id, id).await?))
}

/// The site's crawls, newest first.
pub async fn list(state: &AppState, ctx: TenantCtx, site_id: Uuid) -> Result<CrawlList, ApiError> {
    let site = sites::find(&state.db, ctx.org_id, site_id).await?;
    let rows = crawl::Entity::find()
        .filter(crawl::Column::OrganizationId.eq(ctx.org_id))
        .filter(crawl::Column::SiteId.eq(site.id))
        .order_by_desc(crawl::Column::CreatedAt)
        .limit(50)
        .all(&state.db)
        .await?;
    Ok(CrawlList {
        items: rows.into_iter().map(summary).collect(),
    })
}

/// Stops a crawl: a queued one ends at once; a running one stops after the fetches in flight
/// and keeps (and audits) what it found.
pub async fn cancel(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<CrawlSummary, ApiError> {
    let row = find(&state.db, ctx.org_id, id).await?;
    if status::is_finished(&row.status) {
        return Ok(summary(row));
    }
    if let Some(job) = row.job_id {
        let j = state
            .service::<jobs::JobQueue>()
            .request_cancel(ctx.org_id, job)
            .await
            .map_err(ApiError::internal)?;
        if jobs::status::is_finished(&j.status) {
            mark(
                &state.db,
                state.clock.now(),
                row.id,
                status::CANCELLED,
                None,
            )
            .await?;
        }
    }
    get(state, ctx, id).await
}

/// Ends a crawl without results (cancelled before it started, failed).
pub async fn mark(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    id: Uuid,
    new_status: &str,
    error: Option<String>,
) -> Result<(), ApiError> {
    crawl::Entity::update_many()
        .col_expr(crawl::Column::Status, new_status.into())
        .col_expr(crawl::Column::Error, error.into())
        .col_expr(crawl::Column::FinishedAt, Some(now.trunc_subsecs(6)).into())
        .filter(crawl::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Progress as server-sent events: `progress` with the crawl whenever it changes, then `done`.
/// Reads the database, so any instance can serve it.
pub fn events(
    state: AppState,
    ctx: TenantCtx,
    first: CrawlSummary,
) -> Sse<impl Stream<Item = Result<Event, std::convert::Infallible>>> {
    let id = first.id;
    let stream = futures::stream::unfold(
        (state, ctx, Some(first), None::<CrawlSummary>, false),
        move |(state, ctx, pending, last, ended)| async move {
            if ended {
                return None;
            }
            let current = match pending {
                Some(c) => c,
                None => loop {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    match get(&state, ctx, id).await {
                        Ok(c) if Some(&c) != last.as_ref() => break c,
                        Ok(_) => continue,
                        Err(_) => return None,
                    }
                },
            };
            let finished = status::is_finished(&current.status);
            let event = Event::default()
                .event(if finished { "done" } else { "progress" })
                .json_data(&current)
                .unwrap_or_default();
            Some((Ok(event), (state, ctx, None, Some(current), finished)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

/// One check of the audit, as stored with the crawl.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CheckView {
    /// Stable id, e.g. `broken-link`.
    pub id: String,
    pub title: String,
    pub category: String,
    /// `critical`, `warning` or `notice`.
    pub severity: String,
    pub explanation: String,
    pub fix: String,
    /// Distinct URLs affected.
    pub affected: usize,
    /// Affected URLs over pages crawled.
    pub share: f64,
    /// Expected impact: severity x share of pages affected x their importance.
    pub priority: f64,
    /// Up to 100 affected URLs.
    pub urls: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub crawl: CrawlSummary,
    pub site: String,
    /// Checks that found something, highest priority first.
    pub checks: Vec<CheckView>,
    /// Compared with the site's previous finished crawl.
    pub trend: Option<AuditTrendView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditTrendView {
    pub previous_crawl_id: Uuid,
    pub previous_health_score: Option<i32>,
    /// Issues (check and URL) found now and not before.
    pub new_issues: usize,
    /// Issues found before and not now.
    pub fixed_issues: usize,
    /// Per check: affected URLs now minus before.
    pub checks: Vec<CheckDelta>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckDelta {
    pub id: String,
    pub before: usize,
    pub after: usize,
}

pub(crate) async fn finished_before(
    db: &impl ConnectionTrait,
    c: &crawl::Model,
) -> Result<Option<crawl::Model>, ApiError> {
    Ok(crawl::Entity::find()
        .filter(crawl::Column::OrganizationId.eq(c.organization_id))
        .filter(crawl::Column::SiteId.eq(c.site_id))
        .filter(crawl::Column::Status.eq(status::SUCCEEDED))
        .filter(crawl::Column::CreatedAt.lt(c.created_at))
        .order_by_desc(crawl::Column::CreatedAt)
        .one(db)
        .await?)
}

/// The failing checks stored with a finished crawl, highest priority first.
pub fn stored_checks(c: &crawl::Model) -> Vec<seo::CheckSummary> {
    c.audit
        .clone()
        .and_then(|a| serde_json::from_value(a).ok())
        .unwrap_or_default()
}

fn view(c: seo::CheckSummary) -> CheckView {
    CheckView {
        id: c.id,
        title: c.title,
        category: c.category.as_str().to_owned(),
        severity: c.severity.as_str().to_owned(),
        explanation: c.explanation,
        fix: c.fix,
        affected: c.affected,
        share: c.share,
        priority: c.priority,
        urls: c.urls,
    }
}

fn checks_of(c: &crawl::Model) -> Vec<CheckView> {
    stored_checks(c).into_iter().map(view).collect()
}

async fn issue_keys(
    db: &impl ConnectionTrait,
    c: &crawl::Model,
) -> Result<std::collections::HashSet<(String, String)>, ApiError> {
    let rows: Vec<(String, String)> = crawl_issue::Entity::find()
        .select_only()
        .column(crawl_issue::Column::CheckId)
        .column(crawl_issue::Column::Url)
        .filter(crawl_issue::Column::OrganizationId.eq(c.organization_id))
        .filter(crawl_issue::Column::CrawlId.eq(c.id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

pub async fn audit(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<AuditView, ApiError> {
    let c = find(&state.db, ctx.org_id, id).await?;
    let site = sites::find(&state.db, ctx.org_id, c.site_id).await?;
    let checks = checks_of(&c);
    let trend = match finished_before(&state.db, &c).await? {
        Some(prev) if c.status == status::SUCCEEDED => {
            let (now_keys, before_keys) = (
                issue_keys(&state.db, &c).await?,
                issue_keys(&state.db, &prev).await?,
            );
            let before_checks = checks_of(&prev);
            let mut ids: Vec<&str> = checks
                .iter()
                .chain(&before_checks)
                .map(|k| k.id.as_str())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            let affected = |list: &[CheckView], id: &str| {
                list.iter().find(|k| k.id == id).map_or(0, |k| k.affected)
            };
            Some(AuditTrendView {
                previous_crawl_id: prev.id,
                previous_health_score: prev.health_score,
                new_issues: now_keys.difference(&before_keys).count(),
                fixed_issues: before_keys.difference(&now_keys).count(),
                checks: ids
                    .into_iter()
                    .map(|id| CheckDelta {
                        id: id.to_owned(),
                        before: affected(&before_checks, id),
                        after: affected(&checks, id),
                    })
                    .filter(|d| d.before != d.after)
                    .collect(),
            })
        }
        _ => None,
    };
    Ok(AuditView {
        crawl: summary(c),
        site: site.url,
        checks,
        trend,
    })
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IssueQuery {
    /// Only this check.
    pub check: Option<String>,
    /// `critical`, `warning` or `notice`.
    pub severity: Option<String>,
    /// Substring of the URL.
    pub q: Option<String>,
    pub limit: Option<u64>,
    pub offset: Option<u64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IssueRow {
    pub check: String,
    pub severity: String,
    pub url: String,
    pub detail: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IssuePage {
    pub items: Vec<IssueRow>,
    pub total: u64,
}

pub async fn issues(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    q: IssueQuery,
) -> Result<IssuePage, ApiError> {
    let c = find(&state.db, ctx.org_id, id).await?;
    let mut select = crawl_issue::Entity::find()
        .filter(crawl_issue::Column::OrganizationId.eq(ctx.org_id))
        .filter(crawl_issue::Column::CrawlId.eq(c.id));
    if let Some(check) = q.check.filter(|s| !s.is_empty()) {
        select = select.filter(crawl_issue::Column::CheckId.eq(check));
    }
    if let Some(sev) = q.severity.filter(|s| !s.is_empty()) {
        select = select.filter(crawl_issue::Column::Severity.eq(sev));
    }
    if let Some(text) = q.q.filter(|s| !s.is_empty()) {
        select = select.filter(crawl_issue::Column::Url.contains(text));
    }
    let total = select.clone().count(&state.db).await?;
    let rows = select
        .order_by_asc(crawl_issue::Column::CheckId)
        .order_by_asc(crawl_issue::Column::Url)
        .offset(q.offset.unwrap_or(0))
        .limit(q.limit.unwrap_or(100).clamp(1, 1000))
        .all(&state.db)
        .await?;
    Ok(IssuePage {
        items: rows
            .into_iter()
            .map(|r| IssueRow {
                check: r.check_id,
                severity: r.severity,
                url: r.url,
                detail: r.detail,
            })
            .collect(),
        total,
    })
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Substring of the URL.
    pub q: Option<String>,
    /// Only pages that answered with an error status or did not answer.
    pub errors: Option<bool>,
    pub limit: Option<u64>,
    pub offset: Option<u64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PageRow {
    pub url: String,
    /// `page`, `image`, `stylesheet`, `script` or `other`.
    pub kind: String,
    pub status: Option<i32>,
    pub error: Option<String>,
    /// Clicks from the start page.
    pub depth: Option<i32>,
    pub content_type: Option<String>,
    pub bytes: i64,
    pub response_ms: i32,
    pub inlinks: i32,
    pub in_sitemap: bool,
    pub blocked_by_robots: bool,
    pub title: Option<String>,
    pub word_count: Option<i32>,
    pub issues: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PageList {
    pub items: Vec<PageRow>,
    pub total: u64,
}

pub async fn pages(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    q: PageQuery,
) -> Result<PageList, ApiError> {
    let c = find(&state.db, ctx.org_id, id).await?;
    let mut select = crawl_page::Entity::find()
        .filter(crawl_page::Column::OrganizationId.eq(ctx.org_id))
        .filter(crawl_page::Column::CrawlId.eq(c.id));
    if let Some(text) = q.q.filter(|s| !s.is_empty()) {
        select = select.filter(crawl_page::Column::Url.contains(text));
    }
    if q.errors == Some(true) {
        select = select.filter(
            Condition::any()
                .add(crawl_page::Column::Status.gte(400))
                .add(crawl_page::Column::Error.is_not_null()),
        );
    }
    let total = select.clone().count(&state.db).await?;
    let rows = select
        .order_by_desc(crawl_page::Column::Issues)
        .order_by_asc(crawl_page::Column::Url)
        .offset(q.offset.unwrap_or(0))
        .limit(q.limit.unwrap_or(100).clamp(1, 1000))
        .all(&state.db)
        .await?;
    Ok(PageList {
        items: rows
            .into_iter()
            .map(|r| PageRow {
                url: r.url,
                kind: r.kind,
                status: r.status,
                error: r.error,
                depth: r.depth,
                content_type: r.content_type,
                bytes: r.bytes,
                response_ms: r.response_ms,
                inlinks: r.inlinks,
                in_sitemap: r.in_sitemap,
                blocked_by_robots: r.blocked_by_robots,
                title: r.title,
                word_count: r.word_count,
                issues: r.issues,
            })
            .collect(),
        total,
    })
}

/// One point per finished crawl of the site, oldest first: the issue trend (FR-3.1.3).
#[derive(Debug, Serialize, ToSchema)]
pub struct TrendPoint {
    pub crawl_id: Uuid,
    pub finished_at: Option<DateTime<Utc>>,
    pub health_score: Option<i32>,
    pub pages_crawled: i32,
    pub critical: i32,
    pub warnings: i32,
    pub notices: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Trend {
    pub points: Vec<TrendPoint>,
}

pub async fn trend(state: &AppState, ctx: TenantCtx, site_id: Uuid) -> Result<Trend, ApiError> {
    let site = sites::find(&state.db, ctx.org_id, site_id).await?;
    let mut rows = crawl::Entity::find()
        .filter(crawl::Column::OrganizationId.eq(ctx.org_id))
        .filter(crawl::Column::SiteId.eq(site.id))
        .filter(crawl::Column::Status.eq(status::SUCCEEDED))
        .order_by_desc(crawl::Column::CreatedAt)
        .limit(30)
        .all(&state.db)
        .await?;
    rows.reverse();
    Ok(Trend {
        points: rows
            .into_iter()
            .map(|c| TrendPoint {
                crawl_id: c.id,
                finished_at: c.finished_at,
                health_score: c.health_score,
                pages_crawled: c.pages_crawled,
                critical: c.critical,
                warnings: c.warnings,
                notices: c.notices,
            })
            .collect(),
    })
}
