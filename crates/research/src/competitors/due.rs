//! Scheduled snapshots: the scheduler loop calls [`run_due`] on every instance.

use api::{ApiError, AppState};
use db::entities::competitor;
use db::sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};

use super::service::now;
use super::snapshots;
use crate::sites::Schedule;

/// Competitors claimed per pass; the rest wait for the next pass.
const BATCH: u64 = 100;

/// Claims the competitors whose snapshot is due and queues one snapshot for each; answers how
/// many were queued. A claim moves `next_snapshot_at` one period ahead with an UPDATE that
/// only matches while the row is still due, so of two instances passing at once only one
/// claims each competitor. A competitor whose previous snapshot still runs is claimed but not
/// queued again.
pub async fn run_due(state: &AppState) -> Result<usize, ApiError> {
    let now = now(state);
    let due = competitor::Entity::find()
        .filter(competitor::Column::NextSnapshotAt.lte(now))
        .filter(competitor::Column::Schedule.ne(Schedule::Off.as_str()))
        .order_by_asc(competitor::Column::NextSnapshotAt)
        .limit(BATCH)
        .all(&state.db)
        .await?;
    let mut queued = 0;
    for c in due {
        let next = Schedule::parse(&c.schedule).next_after(now);
        let claimed = competitor::Entity::update_many()
            .col_expr(competitor::Column::NextSnapshotAt, Expr::value(next))
            .filter(competitor::Column::Id.eq(c.id))
            .filter(competitor::Column::NextSnapshotAt.lte(now))
            .exec(&state.db)
            .await?
            .rows_affected;
        if claimed == 0 {
            continue;
        }
        match snapshots::queue(state, &c).await {
            Ok(Some(_)) => queued += 1,
            Ok(None) => {}
            // One competitor's failure must not hold back the others.
            Err(e) => {
                tracing::warn!(competitor.id = %c.id, error = %e.detail, "could not queue a scheduled snapshot")
            }
        }
    }
    Ok(queued)
}
