//! What is due: scheduled crawls of our sites and snapshots of competitors. The application's
//! scheduler loop calls [`run_due`] every few seconds on every instance; a row is claimed with
//! a conditional update, so two instances never both queue the same work.

use api::{ApiError, AppState};
use chrono::SubsecRound;
use db::entities::research_site;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr};

use crate::crawls;
use crate::sites::Schedule;

/// Sites claimed per call, so one busy organization cannot hold the loop.
const CLAIM_LIMIT: u64 = 20;

/// Queues every due crawl and snapshot; answers how many were queued.
pub async fn run_due(state: &AppState) -> Result<usize, ApiError> {
    Ok(due_crawls(state).await? + crate::competitors::run_due(state).await?)
}

async fn due_crawls(state: &AppState) -> Result<usize, ApiError> {
    let now = state.clock.now().trunc_subsecs(6);
    let due = research_site::Entity::find()
        .filter(research_site::Column::NextCrawlAt.lte(now))
        .filter(research_site::Column::Schedule.ne("off"))
        .limit(CLAIM_LIMIT)
        .all(&state.db)
        .await?;
    let mut queued = 0;
    for site in due {
        let next = Schedule::parse(&site.schedule).next_after(now);
        let txn = db::begin_write(&state.db).await?;
        let claimed = research_site::Entity::update_many()
            .col_expr(research_site::Column::NextCrawlAt, Expr::value(next))
            .filter(research_site::Column::Id.eq(site.id))
            .filter(research_site::Column::NextCrawlAt.eq(site.next_crawl_at))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if claimed
            && crawls::queue(&txn, state, &site, "schedule", None)
                .await?
                .is_some()
        {
            queued += 1;
        }
        txn.commit().await?;
    }
    Ok(queued)
}
