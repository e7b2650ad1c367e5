use crate::{JobError, NewJob, job, status};
use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use kernel::Clock;
use sea_orm::prelude::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect,
};
use std::sync::Arc;
use std::time::Duration;
use uuid::Uuid;

/// Handle on the job table. Cheap to clone; every clone shares the pool and the clock.
#[derive(Clone)]
pub struct JobQueue {
    pub(crate) db: DatabaseConnection,
    clock: Arc<dyn Clock>,
}

/// Number of jobs per state, for `/metrics` and the admin screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueDepth {
    pub queued: u64,
    pub running: u64,
    pub dead: u64,
}

impl JobQueue {
    pub fn new(db: DatabaseConnection, clock: Arc<dyn Clock>) -> Self {
        Self { db, clock }
    }

    /// The clock every timestamp of this queue comes from, so that callers writing rows next
    /// to their jobs stay consistent with it (and with a test clock).
    pub fn clock(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }

    /// Now, at the microsecond precision PostgreSQL stores, so that a value read back
    /// compares equal to the one written on both backends.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.clock.now().trunc_subsecs(6)
    }

    pub async fn enqueue(&self, new: NewJob) -> Result<Uuid, JobError> {
        self.enqueue_with(&self.db, new).await
    }

    /// Enqueues on `conn`, typically a transaction that also writes the rows the job will
    /// work on: either both are committed or neither, so no job points at a missing row and
    /// no row waits for a job that was never queued.
    #[tracing::instrument(skip_all, fields(job.kind = %new.kind), err)]
    pub async fn enqueue_with<C: ConnectionTrait>(
        &self,
        conn: &C,
        new: NewJob,
    ) -> Result<Uuid, JobError> {
        let now = self.now();
        let id = Uuid::now_v7();
        let row = job::ActiveModel {
            id: Set(id),
            organization_id: Set(new.organization_id),
            kind: Set(new.kind),
            payload: Set(new.payload),
            status: Set(status::QUEUED.to_owned()),
            attempts: Set(0),
            max_attempts: Set(new.max_attempts.max(1)),
            run_at: Set(new.run_at.map_or(now, |t| t.trunc_subsecs(6))),
            lease_until: Set(None),
            locked_by: Set(None),
            last_error: Set(None),
            progress: Set(None),
            cancel_requested: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            finished_at: Set(None),
        };
        job::Entity::insert(row)
            .exec_without_returning(conn)
            .await?;
        tracing::debug!(job.id = %id, "job enqueued");
        Ok(id)
    }

    /// One job. With `Some(org)` only that organization's jobs are visible, so a job id
    /// from another tenant is indistinguishable from a missing one.
    pub async fn get(&self, org: Option<Uuid>, id: Uuid) -> Result<job::Model, JobError> {
        let mut q = job::Entity::find_by_id(id);
        if let Some(org) = org {
            q = q.filter(job::Column::OrganizationId.eq(org));
        }
        q.one(&self.db).await?.ok_or(JobError::NotFound)
    }

    /// Cancels a queued job at once; asks a running job's handler to stop (it sees
    /// `is_cancelled()` and the job ends as `cancelled`); leaves a finished job alone.
    #[tracing::instrument(skip_all, fields(job.id = %id, org.id = %org), err)]
    pub async fn request_cancel(&self, org: Uuid, id: Uuid) -> Result<job::Model, JobError> {
        // A worker may claim the job between our read and our write; the conditional
        // updates notice (no row changed) and we look again.
        for _ in 0..5 {
            let current = self.get(Some(org), id).await?;
            let now = self.now();
            let changed = match current.status.as_str() {
                status::QUEUED => {
                    job::Entity::update_many()
                        .col_expr(job::Column::Status, Expr::value(status::CANCELLED))
                        .col_expr(job::Column::FinishedAt, Expr::value(now))
                        .col_expr(job::Column::UpdatedAt, Expr::value(now))
                        .filter(job::Column::Id.eq(id))
                        .filter(job::Column::Status.eq(status::QUEUED))
                        .exec(&self.db)
                        .await?
                        .rows_affected
                }
                status::RUNNING => {
                    job::Entity::update_many()
                        .col_expr(job::Column::CancelRequested, Expr::value(true))
                        .col_expr(job::Column::UpdatedAt, Expr::value(now))
                        .filter(job::Column::Id.eq(id))
                        .filter(job::Column::Status.eq(status::RUNNING))
                        .exec(&self.db)
                        .await?
                        .rows_affected
                }
                _ => return Ok(current),
            };
            if changed == 1 {
                return self.get(Some(org), id).await;
            }
        }
        self.get(Some(org), id).await
    }

    pub async fn depth(&self) -> Result<QueueDepth, JobError> {
        let counts: Vec<(String, i64)> = job::Entity::find()
            .select_only()
            .column(job::Column::Status)
            .column_as(job::Column::Id.count(), "n")
            .filter(job::Column::Status.is_in([status::QUEUED, status::RUNNING, status::DEAD]))
            .group_by(job::Column::Status)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut depth = QueueDepth::default();
        for (s, n) in counts {
            let n = u64::try_from(n).unwrap_or(0);
            match s.as_str() {
                status::QUEUED => depth.queued = n,
                status::RUNNING => depth.running = n,
                status::DEAD => depth.dead = n,
                _ => {}
            }
        }
        Ok(depth)
    }

    /// Records how far a running job has got (free-form JSON the UI shows).
    pub async fn set_progress(
        &self,
        id: Uuid,
        progress: serde_json::Value,
    ) -> Result<(), JobError> {
        let now = self.now();
        let res = job::Entity::update_many()
            .col_expr(job::Column::Progress, Expr::value(progress))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(job::Column::Id.eq(id))
            .filter(job::Column::Status.eq(status::RUNNING))
            .exec(&self.db)
            .await?;
        if res.rows_affected == 0 {
            return Err(JobError::NotFound);
        }
        Ok(())
    }
}

pub(crate) fn to_delta(d: Duration) -> TimeDelta {
    TimeDelta::from_std(d).unwrap_or(TimeDelta::days(365))
}
