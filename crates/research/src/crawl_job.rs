//! The `research.crawl` job: crawls the site through the process's guarded client, writes
//! progress while it runs, stops when cancelled (keeping and auditing what it found), then
//! stores the pages, the audit's issues and the text the keyword map is built from.
//!
//! A failure of the site (robots.txt, refused address, unreachable) is an outcome stored for
//! the user, not a job failure, so it is not retried.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use api::{ApiError, AppState};
use chrono::{DateTime, SubsecRound, Utc};
use crawler::{CrawlConfig, CrawlError, CrawlOutput, PageRecord, ResourceKind, StopReason};
use db::entities::{crawl, crawl_issue, crawl_page, research_site};
use db::sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr,
};
use jobs::{JobContext, JobHandler};
use net::NetError;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::crawls::{CrawlProgress, mark, status};

/// The job kind that runs a crawl.
pub const CRAWL_JOB: &str = "research.crawl";
/// A crawl, audit included, must finish within this.
const CRAWL_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// How often progress is written and cancellation checked.
const TICK: Duration = Duration::from_millis(500);
/// Rows per INSERT: well under SQLite's bound-parameter limit for the widest table.
const BATCH: usize = 400;
/// Pages and characters per page kept for keyword research.
const MAX_DOCUMENTS: usize = 300;
const MAX_DOCUMENT_CHARS: usize = 5_000;

#[derive(Debug, Serialize, Deserialize)]
pub struct CrawlPayload {
    pub crawl_id: Uuid,
}

pub struct CrawlJob {
    state: AppState,
}

/// The handler to register on a worker for kind [`CRAWL_JOB`].
pub fn crawl_job_handler(state: AppState) -> CrawlJob {
    CrawlJob { state }
}

/// A sentence for the person who asked for the crawl.
pub fn describe(e: &CrawlError) -> String {
    match e {
        CrawlError::InvalidUrl(why) => format!("The address is not valid: {why}."),
        CrawlError::DisallowedByRobots(url) => {
            format!("The site's robots.txt does not allow Brandium to read {url}.")
        }
        CrawlError::Unreachable(NetError::ForbiddenAddress(ip)) => format!(
            "Refused: {ip} is a private or local address, and Brandium only crawls public websites \
             (an administrator can allow private networks with BRANDIUM_ALLOW_PRIVATE_NETWORKS=true)."
        ),
        CrawlError::Unreachable(NetError::Timeout) => "The site did not answer in time.".into(),
        CrawlError::Unreachable(NetError::Dns(why)) => {
            format!("The site's name could not be found ({why}).")
        }
        CrawlError::Unreachable(e) => format!("The site could not be reached: {e}."),
    }
}

#[async_trait::async_trait]
impl JobHandler for CrawlJob {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let payload: CrawlPayload = ctx.payload()?;
        let db = &self.state.db;
        let Some(org) = ctx.job.organization_id else {
            return Err("crawl job without an organization".into());
        };
        let row = crawl::Entity::find_by_id(payload.crawl_id)
            .filter(crawl::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?;
        let Some(row) = row else {
            return Ok(()); // the site and its crawls were deleted meanwhile
        };
        if status::is_finished(&row.status) {
            return Ok(());
        }
        let site = research_site::Entity::find_by_id(row.site_id)
            .filter(research_site::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?;
        let Some(site) = site else {
            return Ok(());
        };
        let now = self.state.clock.now().trunc_subsecs(6);
        crawl::Entity::update_many()
            .col_expr(crawl::Column::Status, Expr::value(status::RUNNING))
            .col_expr(crawl::Column::StartedAt, Expr::value(Some(now)))
            .filter(crawl::Column::Id.eq(row.id))
            .exec(db)
            .await
            .map_err(|e| e.to_string())?;

        let config = CrawlConfig {
            max_pages: row.max_pages.max(1) as usize,
            keep_text: true,
            ..CrawlConfig::default()
        };
        let client = self.state.service::<net::GuardedClient>().clone();
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, mut rx) = tokio::sync::watch::channel::<Option<CrawlProgress>>(None);
        let report = move |p: crawler::CrawlProgress| {
            tx.send_replace(Some(p.into()));
        };
        let work = tokio::time::timeout(
            CRAWL_TIMEOUT,
            crawler::crawl(&client, &site.url, &config, &report, &cancel),
        );
        tokio::pin!(work);
        let mut tick = tokio::time::interval(TICK);
        let outcome = loop {
            tokio::select! {
                r = &mut work => break r,
                _ = tick.tick() => {
                    if rx.has_changed().unwrap_or(false) {
                        let p = *rx.borrow_and_update();
                        write_progress(db, row.id, p).await;
                        ctx.progress(serde_json::json!(p)).await;
                    }
                    if !cancel.load(Ordering::Relaxed) && ctx.is_cancelled().await {
                        // The crawler stops after the fetches in flight and returns what it has.
                        cancel.store(true, Ordering::Relaxed);
                    }
                }
            }
        };
        let last = *rx.borrow_and_update();
        write_progress(db, row.id, last).await;
        let finished_at = self.state.clock.now();
        match outcome {
            Err(_elapsed) => mark(
                db,
                finished_at,
                row.id,
                status::FAILED,
                Some(format!(
                    "The crawl took longer than {} minutes and was stopped.",
                    CRAWL_TIMEOUT.as_secs() / 60
                )),
            )
            .await
            .map_err(|e| e.to_string()),
            Ok(Err(e)) => {
                tracing::info!(crawl.id = %row.id, error = %e, "crawl failed");
                mark(db, finished_at, row.id, status::FAILED, Some(describe(&e)))
                    .await
                    .map_err(|e| e.to_string())
            }
            Ok(Ok(output)) => {
                store_results(&self.state, &row, &output, finished_at)
                    .await
                    .map_err(|e| e.to_string())?;
                if let Err(e) = crate::keywords::rebuild_map(&self.state, org).await {
                    tracing::warn!(error = %e.detail, "keyword map not rebuilt after the crawl");
                }
                Ok(())
            }
        }
    }
}

async fn write_progress(db: &impl ConnectionTrait, id: Uuid, p: Option<CrawlProgress>) {
    let Some(p) = p else { return };
    let result = crawl::Entity::update_many()
        .col_expr(
            crawl::Column::Progress,
            Expr::value(Some(serde_json::json!(p))),
        )
        .filter(crawl::Column::Id.eq(id))
        .exec(db)
        .await;
    if let Err(e) = result {
        tracing::warn!(error = %e, "crawl progress not written");
    }
}

fn kind_name(k: ResourceKind) -> &'static str {
    match k {
        ResourceKind::Page => "page",
        ResourceKind::Image => "image",
        ResourceKind::Stylesheet => "stylesheet",
        ResourceKind::Script => "script",
        ResourceKind::Other => "other",
    }
}

fn stop_name(s: StopReason) -> &'static str {
    match s {
        StopReason::Completed => "completed",
        StopReason::PageLimit => "page_limit",
        StopReason::ByteLimit => "byte_limit",
        StopReason::Cancelled => "cancelled",
    }
}

/// What kind of page a path looks like, for keyword intent.
pub fn page_kind(url: &str) -> &'static str {
    let Ok(parsed) = url::Url::parse(url) else {
        return "other";
    };
    let path = parsed.path().to_ascii_lowercase();
    let has = |w: &str| path.split(['/', '-', '_', '.']).any(|seg| seg == w);
    if path == "/" || path.is_empty() {
        "home"
    } else if has("pricing") || has("plans") || has("price") {
        "pricing"
    } else if has("blog") || has("news") || has("articles") || has("guides") {
        "blog"
    } else if has("about") || has("company") || has("team") {
        "about"
    } else if has("product") || has("products") || has("features") || has("solutions") {
        "product"
    } else {
        "other"
    }
}

/// The text of our pages that the keyword map reads.
pub fn documents(pages: &[PageRecord]) -> Vec<keywords::Document> {
    pages
        .iter()
        .filter_map(|p| {
            let html = p.html.as_ref()?;
            let text = html.text.as_deref()?;
            Some(keywords::Document {
                url: p.url.clone(),
                source: "ours".into(),
                is_ours: true,
                title: html.titles.first().cloned().unwrap_or_default(),
                headings: html.headings.iter().map(|h| h.text.clone()).collect(),
                text: text.chars().take(MAX_DOCUMENT_CHARS).collect(),
                page_kind: Some(page_kind(&p.url).into()),
            })
        })
        .take(MAX_DOCUMENTS)
        .collect()
}

async fn store_results(
    state: &AppState,
    row: &crawl::Model,
    output: &CrawlOutput,
    finished_at: DateTime<Utc>,
) -> Result<(), ApiError> {
    let audit = seo::audit(output);
    let org = row.organization_id;
    let mut per_url: HashMap<&str, i32> = HashMap::new();
    let (mut critical, mut warnings, mut notices) = (0, 0, 0);
    for issue in &audit.issues {
        *per_url.entry(issue.url.as_str()).or_default() += 1;
        match issue.severity.as_str() {
            "critical" => critical += 1,
            "warning" => warnings += 1,
            _ => notices += 1,
        }
    }
    let txn = db::begin_write(&state.db).await?;
    for chunk in output.pages.chunks(BATCH) {
        let rows = chunk.iter().map(|p| crawl_page::ActiveModel {
            id: Set(Uuid::now_v7()),
            organization_id: Set(org),
            crawl_id: Set(row.id),
            url: Set(clip(&p.url, 2048)),
            kind: Set(kind_name(p.kind).into()),
            status: Set(p.status.map(i32::from)),
            error: Set(p.error.as_deref().map(|e| clip(e, 40))),
            depth: Set(p.depth.map(|d| d as i32)),
            content_type: Set(p.content_type.as_deref().map(|c| clip(c, 200))),
            bytes: Set(p.bytes as i64),
            response_ms: Set(p.response_ms as i32),
            inlinks: Set(p.inlinks as i32),
            in_sitemap: Set(p.in_sitemap),
            blocked_by_robots: Set(p.blocked_by_robots),
            title: Set(p.html.as_ref().and_then(|h| h.titles.first().cloned())),
            word_count: Set(p.html.as_ref().map(|h| h.word_count as i32)),
            issues: Set(per_url.get(p.url.as_str()).copied().unwrap_or(0)),
        });
        crawl_page::Entity::insert_many(rows).exec(&txn).await?;
    }
    for chunk in audit.issues.chunks(BATCH) {
        let rows = chunk.iter().map(|i| crawl_issue::ActiveModel {
            id: Set(Uuid::now_v7()),
            organization_id: Set(org),
            crawl_id: Set(row.id),
            check_id: Set(clip(&i.check, 60)),
            severity: Set(i.severity.as_str().to_owned()),
            url: Set(clip(&i.url, 2048)),
            detail: Set(i.detail.clone()),
        });
        crawl_issue::Entity::insert_many(rows).exec(&txn).await?;
    }
    let cancelled = output.stopped == StopReason::Cancelled;
    let failing: Vec<&seo::CheckSummary> = audit.failing().collect();
    let checks = serde_json::to_value(failing).map_err(ApiError::internal)?;
    let docs = serde_json::to_value(documents(&output.pages)).map_err(ApiError::internal)?;
    let pages_crawled = audit.pages_crawled;
    crawl::Entity::update_many()
        .col_expr(
            crawl::Column::Status,
            Expr::value(if cancelled {
                status::CANCELLED
            } else {
                status::SUCCEEDED
            }),
        )
        .col_expr(
            crawl::Column::PagesCrawled,
            Expr::value(pages_crawled as i32),
        )
        .col_expr(
            crawl::Column::IssuesCount,
            Expr::value(audit.issues.len() as i32),
        )
        .col_expr(crawl::Column::Critical, Expr::value(critical))
        .col_expr(crawl::Column::Warnings, Expr::value(warnings))
        .col_expr(crawl::Column::Notices, Expr::value(notices))
        .col_expr(
            crawl::Column::HealthScore,
            Expr::value(Some(i32::from(audit.health_score))),
        )
        .col_expr(
            crawl::Column::Stopped,
            Expr::value(Some(stop_name(output.stopped))),
        )
        .col_expr(crawl::Column::Audit, Expr::value(Some(checks)))
        .col_expr(crawl::Column::Documents, Expr::value(Some(docs)))
        .col_expr(
            crawl::Column::FinishedAt,
            Expr::value(Some(finished_at.trunc_subsecs(6))),
        )
        .filter(crawl::Column::Id.eq(row.id))
        .exec(&txn)
        .await?;
    if !cancelled {
        research_site::Entity::update_many()
            .col_expr(
                research_site::Column::LastCrawlId,
                Expr::value(Some(row.id)),
            )
            .filter(research_site::Column::Id.eq(row.site_id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        s.chars().take(max).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_kinds_from_paths() {
        assert_eq!(page_kind("https://a.example/"), "home");
        assert_eq!(page_kind("https://a.example/pricing"), "pricing");
        assert_eq!(page_kind("https://a.example/blog/how-to-grow"), "blog");
        assert_eq!(page_kind("https://a.example/about-us"), "about");
        assert_eq!(page_kind("https://a.example/features/sync"), "product");
        assert_eq!(page_kind("https://a.example/contact"), "other");
        assert_eq!(page_kind("not a url"), "other");
    }

    #[test]
    fn clip_keeps_short_text_and_cuts_long_text_on_characters() {
        assert_eq!(clip("abc", 5), "abc");
        assert_eq!(clip("ééééé", 3), "ééé");
    }
}
