//! The `research.snapshot` job: finds a competitor's key pages on its first run, then reads
//! every page through the guarded client (robots.txt respected), stores a snapshot of each,
//! compares it with the page's previous snapshot, stores the change when there is one, and
//! raises an alert for each change at or above the competitor's threshold.
//!
//! Progress is pages done out of pages planned; a cancelled run stops after the page it is
//! reading. A page that cannot be read is an outcome stored for the user, not a job failure.
//! Restart-safe: a page's snapshot, its change and the page's pointer to its latest snapshot
//! are written in one transaction, and alerts are raised by a sweep over the changes not yet
//! alerted, so a run picked up again after a crash neither loses nor doubles an alert.

use api::AppState;
use chrono::{DateTime, Utc};
use db::entities::{competitor, competitor_change, competitor_page, competitor_snapshot};
use std::collections::HashSet;

use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use intel::PageKind;
use jobs::{JobContext, JobHandler};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::alerting;
use super::fetch::{FetchError, Fetched, PageFetcher};
use super::model::{SnapshotProgress, status};
use super::service::{insert_page, now, parse_kind};
use super::snapshots::{SnapshotPayload, mark_finished};
use super::store;

pub struct SnapshotJob {
    state: AppState,
}

/// The handler to register on a worker for kind [`super::SNAPSHOT_JOB`].
pub fn snapshot_job_handler(state: AppState) -> SnapshotJob {
    SnapshotJob { state }
}

/// A fingerprint of what a snapshot says; equal fingerprints need no comparison. The footer is
/// left out: it changes with every year and cookie banner, and the engine ignores it too.
pub fn content_hash(s: &intel::PageSnapshot) -> String {
    let mut significant = s.clone();
    significant.footer_text.clear();
    let bytes = serde_json::to_vec(&significant).unwrap_or_default();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The pages to watch from the home page's links: the home page as the competitor's website
/// names it, then the engine's pricing, product and about pages not watched already.
pub fn discovered(
    website: &str,
    final_home_url: &str,
    html: &str,
    watched: &[String],
) -> Vec<(PageKind, String)> {
    let mut out: Vec<(PageKind, String)> = Vec::new();
    for (kind, url) in intel::key_pages(final_home_url, html) {
        let url = if kind == PageKind::Home {
            website.to_owned()
        } else {
            url
        };
        if !watched.contains(&url) && !out.iter().any(|(_, u)| *u == url) {
            out.push((kind, url));
        }
    }
    out
}

/// What the run tells the user when some or all pages could not be read.
pub fn outcome(total: usize, failures: &[String]) -> (&'static str, Option<String>) {
    match failures {
        [] => (status::SUCCEEDED, None),
        [first, ..] if failures.len() >= total => (
            status::FAILED,
            Some(if total == 1 {
                first.clone()
            } else {
                format!("None of the {total} pages could be read. {first}")
            }),
        ),
        [first, ..] => (
            status::SUCCEEDED,
            Some(format!(
                "{} of {total} pages could not be read. {first}",
                failures.len()
            )),
        ),
    }
}

/// Snapshots kept per page besides those a change refers to: enough history to look back over
/// half a year of weekly snapshots without the table growing without end.
pub const KEEP_SNAPSHOTS: u64 = 30;

/// Removes a page's snapshots past the `keep` newest, except those a change compares (its
/// before and after stay readable). Answers how many were removed.
pub async fn prune_snapshots(
    db: &impl ConnectionTrait,
    org: Uuid,
    page_id: Uuid,
    keep: u64,
) -> Result<u64, DbErr> {
    let old: Vec<Uuid> = competitor_snapshot::Entity::find()
        .select_only()
        .column(competitor_snapshot::Column::Id)
        .filter(competitor_snapshot::Column::OrganizationId.eq(org))
        .filter(competitor_snapshot::Column::PageId.eq(page_id))
        .order_by_desc(competitor_snapshot::Column::TakenAt)
        .order_by_desc(competitor_snapshot::Column::Id)
        .offset(keep)
        // SQLite has no OFFSET without LIMIT; pruning runs after every snapshot, so the
        // overflow past `keep` is never more than a few rows.
        .limit(1000)
        .into_tuple()
        .all(db)
        .await?;
    if old.is_empty() {
        return Ok(0);
    }
    let referenced: HashSet<Uuid> = competitor_change::Entity::find()
        .filter(competitor_change::Column::OrganizationId.eq(org))
        .filter(competitor_change::Column::PageId.eq(page_id))
        .all(db)
        .await?
        .into_iter()
        .flat_map(|c| [c.before_id, c.after_id])
        .collect();
    let doomed: Vec<Uuid> = old
        .into_iter()
        .filter(|id| !referenced.contains(id))
        .collect();
    if doomed.is_empty() {
        return Ok(0);
    }
    Ok(competitor_snapshot::Entity::delete_many()
        .filter(competitor_snapshot::Column::OrganizationId.eq(org))
        .filter(competitor_snapshot::Column::Id.is_in(doomed))
        .exec(db)
        .await?
        .rows_affected)
}

struct Run<'a> {
    state: &'a AppState,
    org: Uuid,
    competitor: competitor::Model,
}

impl Run<'_> {
    fn db(&self) -> &DatabaseConnection {
        &self.state.db
    }

    fn now(&self) -> DateTime<Utc> {
        now(self.state)
    }

    /// Stores what one page gave: a failure, or a snapshot and the change since the last one.
    async fn record(
        &self,
        page: &competitor_page::Model,
        fetched: Result<Fetched, FetchError>,
    ) -> Result<Option<String>, String> {
        let at = self.now();
        let id = Uuid::now_v7();
        let f = match fetched {
            Err(e) => {
                competitor_snapshot::ActiveModel {
                    id: Set(id),
                    organization_id: Set(self.org),
                    competitor_id: Set(self.competitor.id),
                    page_id: Set(page.id),
                    status: Set(e.status().map(i32::from)),
                    error: Set(Some(e.to_string())),
                    data: Set(None),
                    content_hash: Set(None),
                    taken_at: Set(at),
                }
                .insert(self.db())
                .await
                .map_err(|e| e.to_string())?;
                return Ok(Some(e.to_string()));
            }
            Ok(f) => f,
        };
        // Parsing is CPU work on a page of up to the body cap: off the async threads.
        let snap =
            tokio::task::spawn_blocking(move || intel::snapshot(&f.final_url, &f.html, &f.headers))
                .await
                .map_err(|e| e.to_string())?;
        let hash = content_hash(&snap);
        let previous = match page.last_snapshot_id {
            Some(prev) => competitor_snapshot::Entity::find_by_id(prev)
                .filter(competitor_snapshot::Column::OrganizationId.eq(self.org))
                .one(self.db())
                .await
                .map_err(|e| e.to_string())?,
            None => None,
        };
        let change = previous.as_ref().and_then(|p| {
            if p.content_hash.as_deref() == Some(hash.as_str()) {
                return None;
            }
            let before: intel::PageSnapshot = serde_json::from_value(p.data.clone()?).ok()?;
            intel::compare(&before, &snap)
        });
        let txn = db::begin_write(self.db())
            .await
            .map_err(|e| e.to_string())?;
        competitor_snapshot::ActiveModel {
            id: Set(id),
            organization_id: Set(self.org),
            competitor_id: Set(self.competitor.id),
            page_id: Set(page.id),
            status: Set(Some(200)),
            error: Set(None),
            data: Set(Some(
                serde_json::to_value(&snap).map_err(|e| e.to_string())?,
            )),
            content_hash: Set(Some(hash)),
            taken_at: Set(at),
        }
        .insert(&txn)
        .await
        .map_err(|e| e.to_string())?;
        if let (Some(change), Some(before)) = (change, previous) {
            competitor_change::ActiveModel {
                id: Set(Uuid::now_v7()),
                organization_id: Set(self.org),
                competitor_id: Set(self.competitor.id),
                page_id: Set(page.id),
                before_id: Set(before.id),
                after_id: Set(id),
                significance: Set(change.significance),
                kind: Set(change_kind(&change)),
                summary: Set(change.summary.clone()),
                data: Set(serde_json::to_value(&change).map_err(|e| e.to_string())?),
                alerted: Set(false),
                created_at: Set(at),
            }
            .insert(&txn)
            .await
            .map_err(|e| e.to_string())?;
        }
        competitor_page::Entity::update_many()
            .col_expr(
                competitor_page::Column::LastSnapshotId,
                Expr::value(Some(id)),
            )
            .filter(competitor_page::Column::Id.eq(page.id))
            .exec(&txn)
            .await
            .map_err(|e| e.to_string())?;
        txn.commit().await.map_err(|e| e.to_string())?;
        // Housekeeping: a failure here must not cost the snapshot just taken.
        if let Err(e) = prune_snapshots(self.db(), self.org, page.id, KEEP_SNAPSHOTS).await {
            tracing::warn!(page.id = %page.id, error = %e, "old competitor snapshots not pruned");
        }
        Ok(None)
    }

    /// Raises an alert for every change not alerted yet that is at or above the threshold and
    /// is the latest change of its page.
    async fn raise_alerts(&self) -> Result<usize, String> {
        let pages = store::pages_of(self.db(), self.org, self.competitor.id)
            .await
            .map_err(|e| e.to_string())?;
        let latest: Vec<Uuid> = pages.iter().filter_map(|p| p.last_snapshot_id).collect();
        if latest.is_empty() {
            return Ok(0);
        }
        let pending = competitor_change::Entity::find()
            .filter(competitor_change::Column::OrganizationId.eq(self.org))
            .filter(competitor_change::Column::CompetitorId.eq(self.competitor.id))
            .filter(competitor_change::Column::Alerted.eq(false))
            .filter(competitor_change::Column::Significance.gte(self.competitor.alert_threshold))
            .filter(competitor_change::Column::AfterId.is_in(latest))
            .all(self.db())
            .await
            .map_err(|e| e.to_string())?;
        let mut raised = 0;
        for change in pending {
            let kind = pages
                .iter()
                .find(|p| p.id == change.page_id)
                .map_or(PageKind::Other, |p| parse_kind(&p.kind));
            let level = alerting::level(change.significance);
            let alert = monitoring::NewAlert {
                kind: alerting::ALERT_KIND.into(),
                title: alerting::title(&self.competitor.name, kind),
                body: change.summary.clone(),
                url: Some(alerting::link(self.competitor.id, change.id)),
                priority: alerting::priority(change.significance),
                urgency: urgency(level),
                dedupe_key: change.id.to_string(),
                channels: monitoring::AlertChannels::all(),
                rule_id: None,
            };
            match monitoring::raise_alert(self.state, self.org, alert).await {
                Ok(_) => {
                    competitor_change::Entity::update_many()
                        .col_expr(competitor_change::Column::Alerted, Expr::value(true))
                        .filter(competitor_change::Column::Id.eq(change.id))
                        .exec(self.db())
                        .await
                        .map_err(|e| e.to_string())?;
                    raised += 1;
                }
                Err(e) => {
                    tracing::warn!(change.id = %change.id, error = %e.detail, "could not raise a competitor alert")
                }
            }
        }
        Ok(raised)
    }
}

fn urgency(level: alerting::Level) -> monitoring::Urgency {
    match level {
        alerting::Level::Low => monitoring::Urgency::Low,
        alerting::Level::Normal => monitoring::Urgency::Normal,
        alerting::Level::High => monitoring::Urgency::High,
        alerting::Level::Critical => monitoring::Urgency::Critical,
    }
}

fn change_kind(change: &intel::Change) -> String {
    serde_json::to_value(change.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "content".into())
}

async fn report(ctx: &JobContext, done: usize, total: usize, url: Option<&str>) {
    let p = SnapshotProgress {
        pages_done: done,
        pages_total: total,
        url: url.map(str::to_owned),
    };
    ctx.progress(serde_json::json!(p)).await;
}

#[async_trait::async_trait]
impl JobHandler for SnapshotJob {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let payload: SnapshotPayload = ctx.payload()?;
        let db = &self.state.db;
        let Some(org) = ctx.job.organization_id else {
            return Err("snapshot job without an organization".into());
        };
        let Some(row) = competitor::Entity::find_by_id(payload.competitor_id)
            .filter(competitor::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Ok(()); // the competitor was deleted meanwhile
        };
        // A newer run took this one's place, or this one has its outcome already.
        if row.snapshot_job_id != Some(ctx.job.id)
            || row
                .snapshot_status
                .as_deref()
                .is_some_and(status::is_finished)
        {
            return Ok(());
        }
        competitor::Entity::update_many()
            .col_expr(
                competitor::Column::SnapshotStatus,
                Expr::value(Some(status::RUNNING)),
            )
            .filter(competitor::Column::Id.eq(row.id))
            .filter(competitor::Column::SnapshotJobId.eq(ctx.job.id))
            .exec(db)
            .await
            .map_err(|e| e.to_string())?;

        let run = Run {
            state: &self.state,
            org,
            competitor: row,
        };
        let mut fetcher = PageFetcher::new(self.state.service::<net::GuardedClient>());
        let mut pages = store::pages_of(db, org, run.competitor.id)
            .await
            .map_err(|e| e.to_string())?;
        let mut home: Option<Result<Fetched, FetchError>> = None;
        // Key pages are looked for until one of them has been read once; a site that was
        // down on the first run is looked at again on the next.
        if !pages
            .iter()
            .any(|p| !p.custom && p.last_snapshot_id.is_some())
        {
            report(&ctx, 0, 1, Some(&run.competitor.website)).await;
            let fetched = fetcher.fetch(&run.competitor.website).await;
            if let Ok(f) = &fetched {
                let watched: Vec<String> = pages.iter().map(|p| p.url.clone()).collect();
                let found = discovered(&run.competitor.website, &f.final_url, &f.html, &watched);
                for (kind, url) in found {
                    insert_page(db, org, run.competitor.id, &url, kind, false, run.now())
                        .await
                        .map_err(|e| e.detail.to_string())?;
                }
                pages = store::pages_of(db, org, run.competitor.id)
                    .await
                    .map_err(|e| e.to_string())?;
            } else if !pages.iter().any(|p| p.url == run.competitor.website) {
                // Nothing to watch until the home page can be read: the home page's failure is
                // the run's outcome.
                let page = insert_page(
                    db,
                    org,
                    run.competitor.id,
                    &run.competitor.website,
                    PageKind::Home,
                    false,
                    run.now(),
                )
                .await
                .map_err(|e| e.detail.to_string())?;
                pages = vec![page];
            }
            home = Some(fetched);
        }

        let total = pages.len();
        let mut failures = Vec::new();
        let mut cancelled = false;
        for (n, page) in pages.iter().enumerate() {
            if ctx.is_cancelled().await {
                cancelled = true;
                break;
            }
            report(&ctx, n, total, Some(&page.url)).await;
            let fetched = match home.take() {
                Some(f) if page.url == run.competitor.website => f,
                other => {
                    home = other;
                    fetcher.fetch(&page.url).await
                }
            };
            if let Some(failure) = run.record(page, fetched).await? {
                failures.push(failure);
            }
        }
        if !cancelled {
            report(&ctx, total, total, None).await;
        }
        let raised = run.raise_alerts().await?;
        tracing::info!(competitor.id = %run.competitor.id, pages = total, failed = failures.len(), alerts = raised, "competitor snapshot done");

        if cancelled {
            let asked = self
                .state
                .service::<jobs::JobQueue>()
                .get(Some(org), ctx.job.id)
                .await
                .is_ok_and(|j| j.cancel_requested);
            if !asked {
                // Another worker holds the job now; it writes the outcome.
                return Err("the job lease was lost".into());
            }
            return mark_finished(
                db,
                run.competitor.id,
                ctx.job.id,
                status::CANCELLED,
                None,
                None,
            )
            .await
            .map_err(|e| e.to_string());
        }
        let (new_status, error) = outcome(total, &failures);
        let finished_at = (new_status == status::SUCCEEDED).then(|| run.now());
        mark_finished(
            db,
            run.competitor.id,
            ctx.job.id,
            new_status,
            error,
            finished_at,
        )
        .await
        .map_err(|e| e.to_string())?;
        // The competitor's new wording changes the keyword overlap and gaps.
        if new_status == status::SUCCEEDED
            && let Err(e) = crate::keywords::rebuild_map(&self.state, org).await
        {
            tracing::warn!(error = %e.detail, "keyword map not rebuilt after the snapshot");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_names_what_could_not_be_read() {
        assert_eq!(outcome(3, &[]), (status::SUCCEEDED, None));
        let one = vec!["https://acme.test/ answered HTTP 500.".to_owned()];
        assert_eq!(
            outcome(1, &one),
            (
                status::FAILED,
                Some("https://acme.test/ answered HTTP 500.".into())
            )
        );
        assert_eq!(
            outcome(4, &one),
            (
                status::SUCCEEDED,
                Some(
                    "1 of 4 pages could not be read. https://acme.test/ answered HTTP 500.".into()
                )
            )
        );
        let all = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(
            outcome(2, &all),
            (
                status::FAILED,
                Some("None of the 2 pages could be read. a".into())
            )
        );
    }

    #[test]
    fn discovery_keeps_the_website_as_home_and_skips_watched_pages() {
        let html = r#"<a href="/pricing">Pricing</a><a href="/about">About us</a>"#;
        let found = discovered(
            "https://acme.test/",
            "https://www.acme.test/",
            html,
            &["https://www.acme.test/about".to_owned()],
        );
        assert_eq!(
            found,
            vec![
                (PageKind::Home, "https://acme.test/".to_owned()),
                (
                    PageKind::Pricing,
                    "https://www.acme.test/pricing".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn the_footer_does_not_change_the_fingerprint() {
        let a = intel::snapshot(
            "https://acme.test/",
            "<h1>Plans</h1><p>Pro $10</p><footer>© 2025</footer>",
            &[],
        );
        let b = intel::snapshot(
            "https://acme.test/",
            "<h1>Plans</h1><p>Pro $10</p><footer>© 2026</footer>",
            &[],
        );
        let c = intel::snapshot("https://acme.test/", "<h1>Plans</h1><p>Pro $12</p>", &[]);
        assert_eq!(content_hash(&a), content_hash(&b));
        assert_ne!(content_hash(&a), content_hash(&c));
        assert_eq!(content_hash(&a).len(), 64);
    }
}
