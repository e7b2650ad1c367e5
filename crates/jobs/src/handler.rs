use crate::{JobQueue, job, status};
use serde::de::DeserializeOwned;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Runs jobs of one kind. `Err` is a failure to retry (until the job runs out of attempts);
/// the text is stored as the job's `last_error`, so keep it free of secrets.
#[async_trait::async_trait]
pub trait JobHandler: Send + Sync + 'static {
    async fn run(&self, ctx: JobContext) -> Result<(), String>;
}

/// What a handler gets: the job row and a way to report progress and notice cancellation.
pub struct JobContext {
    pub job: job::Model,
    queue: JobQueue,
    lock: String,
    stop: Arc<AtomicBool>,
}

impl JobContext {
    pub(crate) fn new(
        job: job::Model,
        queue: JobQueue,
        lock: String,
        stop: Arc<AtomicBool>,
    ) -> Self {
        Self {
            job,
            queue,
            lock,
            stop,
        }
    }

    pub fn payload<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_json::from_value(self.job.payload.clone())
            .map_err(|e| format!("invalid {} payload: {e}", self.job.kind))
    }

    /// Best effort: a progress update that cannot be written is logged, not fatal.
    pub async fn progress(&self, value: serde_json::Value) {
        if let Err(e) = self.queue.set_progress(self.job.id, value).await {
            tracing::warn!(job.id = %self.job.id, error = %e, "could not record job progress");
        }
    }

    /// True when the handler should stop early: a user cancelled the job, or this worker
    /// no longer holds it. Checks the database, so call it between steps, not in a tight loop.
    pub async fn is_cancelled(&self) -> bool {
        if self.stop.load(Ordering::Relaxed) {
            return true;
        }
        match self.queue.get(None, self.job.id).await {
            Ok(j) => {
                let stop = j.cancel_requested
                    || j.status != status::RUNNING
                    || j.locked_by.as_deref() != Some(&self.lock);
                if stop {
                    self.stop.store(true, Ordering::Relaxed);
                }
                stop
            }
            Err(e) => {
                tracing::warn!(job.id = %self.job.id, error = %e, "could not check for cancellation");
                false
            }
        }
    }
}

/// A handler from an async closure, for small handlers and tests.
pub fn handler_fn<F, Fut>(f: F) -> FnHandler<F>
where
    F: Fn(JobContext) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    FnHandler(f)
}

pub struct FnHandler<F>(F);

#[async_trait::async_trait]
impl<F, Fut> JobHandler for FnHandler<F>
where
    F: Fn(JobContext) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        (self.0)(ctx).await
    }
}
