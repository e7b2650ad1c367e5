//! The worker side of the queue: claiming jobs under a lease, renewing it, and finishing.
//!
//! Every write here is a conditional UPDATE whose WHERE clause restates what must still be
//! true (still queued, still held by this worker...), so two workers or two processes racing
//! for the same row cannot both win, on SQLite or on PostgreSQL.

use crate::backoff::retry_delay;
use crate::queue::to_delta;
use crate::{JobError, JobQueue, job, status};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{ExprTrait, LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    prelude::Expr,
};
use std::time::Duration;
use uuid::Uuid;

impl JobQueue {
    /// Takes the next due job of one of `kinds`: a queued job whose `run_at` has come, or a
    /// running job whose lease ran out because its worker died. The job becomes `running`,
    /// held by `worker_id` until `now + lease`, with one more attempt counted.
    #[tracing::instrument(skip_all, fields(worker = worker_id), err)]
    pub async fn claim(
        &self,
        worker_id: &str,
        kinds: &[&str],
        lease: Duration,
    ) -> Result<Option<job::Model>, JobError> {
        if kinds.is_empty() {
            return Ok(None);
        }
        let now = self.now();
        self.reap_expired(now).await?;

        let mut candidate = job::Entity::find()
            .select_only()
            .column(job::Column::Id)
            .filter(claimable(now))
            .filter(job::Column::Kind.is_in(kinds.iter().copied()))
            .order_by_asc(job::Column::RunAt)
            .order_by_asc(job::Column::Id)
            .limit(1);
        if !db::is_sqlite(&self.db) {
            // Concurrent claimers skip rows another transaction is taking instead of
            // queueing behind it and then finding the row gone.
            candidate = candidate.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        // One statement: SQLite takes its write lock before evaluating the subquery, and on
        // PostgreSQL the row lock plus the repeated condition make the update exclusive.
        // `id = (scalar subquery)`, not `id IN (...)`: PostgreSQL may re-run an IN subquery
        // per row, and with SKIP LOCKED each run picks another row, claiming several jobs.
        let claimed = job::Entity::update_many()
            .col_expr(job::Column::Status, Expr::value(status::RUNNING))
            .col_expr(
                job::Column::Attempts,
                Expr::col(job::Column::Attempts).add(1),
            )
            .col_expr(job::Column::LeaseUntil, Expr::value(now + to_delta(lease)))
            .col_expr(job::Column::LockedBy, Expr::value(worker_id))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(
                Expr::col((job::Entity, job::Column::Id)).eq(Expr::from(candidate.into_query())),
            )
            .filter(claimable(now))
            .exec_with_returning(&self.db)
            .await?;
        let job = claimed.into_iter().next();
        if let Some(j) = &job {
            tracing::debug!(job.id = %j.id, job.kind = %j.kind, attempt = j.attempts, "job claimed");
        }
        Ok(job)
    }

    /// Renews the lease. `false` means stop: the job was cancelled, or it is no longer ours.
    pub async fn heartbeat(
        &self,
        id: Uuid,
        worker_id: &str,
        lease: Duration,
    ) -> Result<bool, JobError> {
        let now = self.now();
        let rows = job::Entity::update_many()
            .col_expr(job::Column::LeaseUntil, Expr::value(now + to_delta(lease)))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(held_by(id, worker_id))
            .exec_with_returning(&self.db)
            .await?;
        Ok(rows.first().is_some_and(|j| !j.cancel_requested))
    }

    /// The handler finished: `succeeded`, or `cancelled` if a cancel was requested meanwhile.
    #[tracing::instrument(skip_all, fields(job.id = %id), err)]
    pub async fn complete(&self, id: Uuid, worker_id: &str) -> Result<(), JobError> {
        let now = self.now();
        let outcome = Expr::case(job::Column::CancelRequested.eq(true), status::CANCELLED)
            .finally(status::SUCCEEDED);
        let res = job::Entity::update_many()
            .col_expr(job::Column::Status, outcome.into())
            .col_expr(
                job::Column::LeaseUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(job::Column::FinishedAt, Expr::value(now))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(held_by(id, worker_id))
            .exec(&self.db)
            .await?;
        if res.rows_affected == 0 {
            return Err(JobError::NotFound);
        }
        Ok(())
    }

    /// The handler failed: retry after a backoff, or dead-letter the job once it has used
    /// all its attempts. A job whose cancel was requested ends as `cancelled` instead.
    #[tracing::instrument(skip_all, fields(job.id = %id), err)]
    pub async fn fail(&self, id: Uuid, worker_id: &str, error: &str) -> Result<(), JobError> {
        // Read, decide, then write only if the row is still what we decided on; a cancel
        // request arriving in between makes the write miss and we decide again.
        for _ in 0..5 {
            let Some(current) = job::Entity::find()
                .filter(held_by(id, worker_id))
                .one(&self.db)
                .await?
            else {
                return Err(JobError::NotFound);
            };
            let now = self.now();
            let mut update = job::Entity::update_many()
                .col_expr(job::Column::LastError, Expr::value(truncate(error, 4000)))
                .col_expr(
                    job::Column::LeaseUntil,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .col_expr(job::Column::UpdatedAt, Expr::value(now));
            update = if current.cancel_requested {
                update
                    .col_expr(job::Column::Status, Expr::value(status::CANCELLED))
                    .col_expr(job::Column::FinishedAt, Expr::value(now))
            } else if current.attempts >= current.max_attempts {
                tracing::warn!(job.id = %id, job.kind = %current.kind, attempts = current.attempts, error, "job dead-lettered");
                update
                    .col_expr(job::Column::Status, Expr::value(status::DEAD))
                    .col_expr(job::Column::FinishedAt, Expr::value(now))
            } else {
                let run_at = now + to_delta(retry_delay(current.attempts));
                tracing::info!(job.id = %id, job.kind = %current.kind, attempts = current.attempts, %run_at, error, "job will be retried");
                update
                    .col_expr(job::Column::Status, Expr::value(status::QUEUED))
                    .col_expr(job::Column::RunAt, Expr::value(run_at))
                    .col_expr(job::Column::LockedBy, Expr::value(Option::<String>::None))
            };
            let res = update
                .filter(held_by(id, worker_id))
                .filter(job::Column::CancelRequested.eq(current.cancel_requested))
                .exec(&self.db)
                .await?;
            if res.rows_affected == 1 {
                return Ok(());
            }
        }
        Err(JobError::NotFound)
    }

    /// Settles running jobs whose worker vanished and that must not run again: a cancel was
    /// requested, or the attempt that died was the last one (a job that crashes its worker
    /// every time must not loop forever).
    async fn reap_expired(&self, now: DateTime<Utc>) -> Result<(), JobError> {
        let expired = || {
            Condition::all()
                .add(job::Column::Status.eq(status::RUNNING))
                .add(job::Column::LeaseUntil.lt(now))
        };
        let cancelled = job::Entity::update_many()
            .col_expr(job::Column::Status, Expr::value(status::CANCELLED))
            .col_expr(
                job::Column::LeaseUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(job::Column::FinishedAt, Expr::value(now))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(expired())
            .filter(job::Column::CancelRequested.eq(true))
            .exec(&self.db)
            .await?;
        let dead = job::Entity::update_many()
            .col_expr(job::Column::Status, Expr::value(status::DEAD))
            .col_expr(
                job::Column::LastError,
                Expr::value("worker stopped during the final attempt (lease expired)"),
            )
            .col_expr(
                job::Column::LeaseUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(job::Column::FinishedAt, Expr::value(now))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(expired())
            .filter(Expr::col(job::Column::Attempts).gte(Expr::col(job::Column::MaxAttempts)))
            .exec(&self.db)
            .await?;
        if cancelled.rows_affected + dead.rows_affected > 0 {
            tracing::warn!(
                cancelled = cancelled.rows_affected,
                dead = dead.rows_affected,
                "settled jobs of vanished workers"
            );
        }
        Ok(())
    }
}

/// Due for a (re)start: queued and its time has come, or running under an expired lease.
fn claimable(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(
            Condition::all()
                .add(job::Column::Status.eq(status::QUEUED))
                .add(job::Column::RunAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(job::Column::Status.eq(status::RUNNING))
                .add(job::Column::LeaseUntil.lt(now)),
        )
}

fn held_by(id: Uuid, worker_id: &str) -> Condition {
    Condition::all()
        .add(job::Column::Id.eq(id))
        .add(job::Column::Status.eq(status::RUNNING))
        .add(job::Column::LockedBy.eq(worker_id))
}

fn truncate(s: &str, max_chars: usize) -> String {
    s.chars().take(max_chars).collect()
}
