//! Snapshot runs (queued, cancelled) and what they found: the latest snapshot of each page and
//! the changes between snapshots.

use std::collections::HashMap;

use api::{ApiError, AppState, TenantCtx};
use db::entities::{competitor, competitor_change, competitor_page};
use db::sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::*;
use super::service::{self, parse_kind};
use super::store;

/// The job kind that snapshots a competitor's pages.
pub const SNAPSHOT_JOB: &str = "research.snapshot";

#[derive(Debug, Serialize, Deserialize)]
pub struct SnapshotPayload {
    pub competitor_id: Uuid,
}

/// Queues a snapshot of the competitor unless one is already queued or running. `None` when
/// one is, or when another request queued one meanwhile (the row's job id is compared and
/// swapped, so two callers never both queue).
pub(crate) async fn queue(
    state: &AppState,
    row: &competitor::Model,
) -> Result<Option<Uuid>, ApiError> {
    let job = service::job_of(state, row).await?;
    if service::in_progress(row, job.as_ref()) {
        return Ok(None);
    }
    let txn = db::begin_write(&state.db).await?;
    let job_id = state
        .service::<jobs::JobQueue>()
        .enqueue_with(
            &txn,
            jobs::NewJob::new(
                SNAPSHOT_JOB,
                serde_json::to_value(SnapshotPayload {
                    competitor_id: row.id,
                })
                .map_err(ApiError::internal)?,
            )
            .for_org(row.organization_id)
            // One more attempt only for a worker that died mid-run; a site that fails is
            // reported, not hammered.
            .max_attempts(2),
        )
        .await
        .map_err(ApiError::internal)?;
    let update = competitor::Entity::update_many()
        .col_expr(
            competitor::Column::SnapshotStatus,
            Expr::value(Some(status::QUEUED)),
        )
        .col_expr(competitor::Column::SnapshotJobId, Expr::value(Some(job_id)))
        .col_expr(
            competitor::Column::SnapshotError,
            Expr::value(None::<String>),
        )
        .filter(competitor::Column::OrganizationId.eq(row.organization_id))
        .filter(competitor::Column::Id.eq(row.id));
    let update = match row.snapshot_job_id {
        Some(previous) => update.filter(competitor::Column::SnapshotJobId.eq(previous)),
        None => update.filter(competitor::Column::SnapshotJobId.is_null()),
    };
    if update.exec(&txn).await?.rows_affected == 0 {
        txn.rollback().await?;
        return Ok(None);
    }
    txn.commit().await?;
    Ok(Some(job_id))
}

/// `POST /competitors/{id}/snapshot`.
pub async fn start(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Competitor, ApiError> {
    let row = store::find_competitor(&state.db, ctx.org_id, id).await?;
    if queue(state, &row).await?.is_none() {
        return Err(ApiError::conflict(
            "snapshot_running",
            "A snapshot of this competitor is already under way.",
        ));
    }
    service::get(state, ctx, id).await
}

/// Cancels a queued snapshot at once and asks a running one to stop after its current page.
pub async fn cancel(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Competitor, ApiError> {
    let row = store::find_competitor(&state.db, ctx.org_id, id).await?;
    if let (Some(job_id), Some(s)) = (row.snapshot_job_id, row.snapshot_status.as_deref())
        && !status::is_finished(s)
    {
        let job = match state
            .service::<jobs::JobQueue>()
            .request_cancel(ctx.org_id, job_id)
            .await
        {
            Ok(j) => Some(j),
            Err(jobs::JobError::NotFound) => None,
            Err(e) => return Err(ApiError::internal(e)),
        };
        if job.is_none_or(|j| j.status == jobs::status::CANCELLED) {
            mark_finished(&state.db, row.id, job_id, status::CANCELLED, None, None).await?;
        }
    }
    service::get(state, ctx, id).await
}

/// Writes a run's outcome on the competitor unless a newer run took its place or the outcome
/// was written already.
pub(crate) async fn mark_finished(
    db: &impl ConnectionTrait,
    competitor_id: Uuid,
    job_id: Uuid,
    new_status: &str,
    error: Option<String>,
    finished_at: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<(), db::sea_orm::DbErr> {
    let mut update = competitor::Entity::update_many()
        .col_expr(
            competitor::Column::SnapshotStatus,
            Expr::value(Some(new_status)),
        )
        .col_expr(competitor::Column::SnapshotError, Expr::value(error));
    if let Some(at) = finished_at {
        update = update.col_expr(competitor::Column::LastSnapshotAt, Expr::value(Some(at)));
    }
    update
        .filter(competitor::Column::Id.eq(competitor_id))
        .filter(competitor::Column::SnapshotJobId.eq(job_id))
        .filter(competitor::Column::SnapshotStatus.is_in([status::QUEUED, status::RUNNING]))
        .exec(db)
        .await?;
    Ok(())
}

/// `GET /competitors/{id}/snapshots`: the latest snapshot of every page.
pub async fn latest(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<SnapshotList, ApiError> {
    let c = store::find_competitor(&state.db, ctx.org_id, id).await?;
    let pages = store::pages_of(&state.db, ctx.org_id, c.id).await?;
    let ids = pages.iter().filter_map(|p| p.last_snapshot_id).collect();
    let snaps = store::snapshots_by_id(&state.db, ctx.org_id, ids).await?;
    let mut items = Vec::with_capacity(pages.len());
    for p in pages {
        let good = snaps
            .iter()
            .find(|s| Some(s.id) == p.last_snapshot_id)
            .cloned();
        let attempt = store::latest_attempt(&state.db, ctx.org_id, p.id).await?;
        let failed_after = attempt
            .filter(|a| a.error.is_some() && good.as_ref().is_none_or(|g| a.taken_at > g.taken_at));
        items.push(PageSnapshotView {
            page_id: p.id,
            kind: parse_kind(&p.kind),
            url: p.url,
            snapshot_id: good.as_ref().map(|s| s.id),
            taken_at: good.as_ref().map(|s| s.taken_at),
            snapshot: good
                .and_then(|s| s.data)
                .and_then(|d| serde_json::from_value(d).ok()),
            last_error_at: failed_after.as_ref().map(|a| a.taken_at),
            last_error: failed_after.and_then(|a| a.error),
        });
    }
    Ok(SnapshotList { items })
}

async fn summaries(
    db: &impl ConnectionTrait,
    org: Uuid,
    rows: Vec<competitor_change::Model>,
) -> Result<Vec<ChangeSummary>, ApiError> {
    let competitor_ids: Vec<Uuid> = rows.iter().map(|r| r.competitor_id).collect();
    let page_ids: Vec<Uuid> = rows.iter().map(|r| r.page_id).collect();
    let names: HashMap<Uuid, String> = if competitor_ids.is_empty() {
        HashMap::new()
    } else {
        competitor::Entity::find()
            .filter(competitor::Column::OrganizationId.eq(org))
            .filter(competitor::Column::Id.is_in(competitor_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect()
    };
    let pages: HashMap<Uuid, competitor_page::Model> = if page_ids.is_empty() {
        HashMap::new()
    } else {
        competitor_page::Entity::find()
            .filter(competitor_page::Column::OrganizationId.eq(org))
            .filter(competitor_page::Column::Id.is_in(page_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|r| {
            let page = pages.get(&r.page_id);
            ChangeSummary {
                id: r.id,
                competitor_id: r.competitor_id,
                competitor_name: names.get(&r.competitor_id).cloned().unwrap_or_default(),
                page_id: r.page_id,
                page_url: page.map(|p| p.url.clone()).unwrap_or_default(),
                page_kind: page.map_or(intel::PageKind::Other, |p| parse_kind(&p.kind)),
                significance: r.significance,
                kind: serde_json::from_value(serde_json::Value::String(r.kind))
                    .unwrap_or(CompetitorChangeKind::Other),
                summary: r.summary,
                alerted: r.alerted,
                created_at: r.created_at,
            }
        })
        .collect())
}

/// Changes of the organization's competitors (or of one), newest first.
pub async fn changes(
    state: &AppState,
    ctx: TenantCtx,
    q: ChangeQuery,
) -> Result<ChangeList, ApiError> {
    let limit = kernel::PageParams {
        limit: q.limit,
        cursor: None,
    }
    .limit()?;
    if let Some(min) = q.min_significance
        && !(0.0..=1.0).contains(&min)
    {
        return Err(ApiError::field(
            "min_significance",
            "out_of_range",
            "Give a significance between 0 and 1.",
        ));
    }
    let mut sel = competitor_change::Entity::find()
        .filter(competitor_change::Column::OrganizationId.eq(ctx.org_id));
    if let Some(c) = q.competitor_id {
        sel = sel.filter(competitor_change::Column::CompetitorId.eq(c));
    }
    if let Some(min) = q.min_significance {
        sel = sel.filter(competitor_change::Column::Significance.gte(min));
    }
    let rows = sel
        .order_by_desc(competitor_change::Column::CreatedAt)
        .order_by_desc(competitor_change::Column::Id)
        .limit(limit)
        .all(&state.db)
        .await?;
    Ok(ChangeList {
        items: summaries(&state.db, ctx.org_id, rows).await?,
    })
}

/// `GET /competitors/{id}/changes`.
pub async fn changes_of(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    mut q: ChangeQuery,
) -> Result<ChangeList, ApiError> {
    let c = store::find_competitor(&state.db, ctx.org_id, id).await?;
    q.competitor_id = Some(c.id);
    changes(state, ctx, q).await
}

/// `GET /competitor-changes/{id}`: the change with its readable diff.
pub async fn change(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<ChangeDetail, ApiError> {
    let row = store::find_change(&state.db, ctx.org_id, id).await?;
    let change: ChangeData =
        serde_json::from_value(row.data.clone()).map_err(ApiError::internal)?;
    let snaps =
        store::snapshots_by_id(&state.db, ctx.org_id, vec![row.before_id, row.after_id]).await?;
    let taken = |id: Uuid| snaps.iter().find(|s| s.id == id).map(|s| s.taken_at);
    let (before_id, after_id) = (row.before_id, row.after_id);
    let summary = summaries(&state.db, ctx.org_id, vec![row])
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    Ok(ChangeDetail {
        summary,
        before_id,
        after_id,
        before_taken_at: taken(before_id),
        after_taken_at: taken(after_id),
        change,
    })
}
