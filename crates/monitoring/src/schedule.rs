//! What the application's scheduler calls every 30 seconds: due sources get a poll job, due
//! digests a digest job. Each row is claimed with a conditional UPDATE (the due time it was
//! read with must still be there), in the same transaction as its job, so two instances
//! never both queue the same work and a crash never loses it.

use api::{ApiError, AppState};
use chrono::Duration;
use db::entities::{digest_preference, monitor_source};
use db::sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};

use crate::digest::{DIGEST_JOB, DigestPayload};
use crate::schedule_math::digest_period;
use crate::sources::enqueue_poll;

/// Rows claimed per pass; the next pass takes the rest.
const BATCH: u64 = 200;

/// Queues due polls and digests; returns how many jobs were queued.
pub async fn run_due(state: &AppState) -> Result<usize, ApiError> {
    let now = state.clock.now();
    let mut queued = 0;
    let due = monitor_source::Entity::find()
        .filter(monitor_source::Column::Enabled.eq(true))
        .filter(monitor_source::Column::NextPollAt.lte(now))
        .order_by_asc(monitor_source::Column::NextPollAt)
        .limit(BATCH)
        .all(&state.db)
        .await?;
    for s in due {
        let txn = db::begin_write(&state.db).await?;
        let claimed = monitor_source::Entity::update_many()
            .col_expr(
                monitor_source::Column::NextPollAt,
                Expr::value(now + Duration::minutes(i64::from(s.schedule_minutes.max(1)))),
            )
            .filter(monitor_source::Column::Id.eq(s.id))
            .filter(monitor_source::Column::NextPollAt.eq(s.next_poll_at))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 1 {
            enqueue_poll(&txn, state, s.organization_id, s.id).await?;
            queued += 1;
        }
        txn.commit().await?;
    }

    let due = digest_preference::Entity::find()
        .filter(digest_preference::Column::NextDueAt.lte(now))
        .order_by_asc(digest_preference::Column::NextDueAt)
        .limit(BATCH)
        .all(&state.db)
        .await?;
    for p in due {
        let Some(period) = digest_period(&p.frequency) else {
            continue;
        };
        let txn = db::begin_write(&state.db).await?;
        let claimed = digest_preference::Entity::update_many()
            .col_expr(
                digest_preference::Column::NextDueAt,
                Expr::value(now + period),
            )
            .filter(digest_preference::Column::Id.eq(p.id))
            .filter(digest_preference::Column::NextDueAt.eq(p.next_due_at))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 1 {
            state
                .service::<jobs::JobQueue>()
                .enqueue_with(
                    &txn,
                    jobs::NewJob::new(
                        DIGEST_JOB,
                        serde_json::json!(DigestPayload { user_id: p.user_id }),
                    )
                    .for_org(p.organization_id)
                    .max_attempts(3),
                )
                .await
                .map_err(ApiError::internal)?;
            queued += 1;
        }
        txn.commit().await?;
    }
    Ok(queued)
}
