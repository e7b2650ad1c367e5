use crate::{JobContext, JobError, JobHandler, JobQueue, job};
use futures::FutureExt;
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

/// Pulls jobs of the registered kinds and runs their handlers, up to `concurrency` at once.
pub struct Worker {
    queue: JobQueue,
    worker_id: String,
    handlers: HashMap<&'static str, Arc<dyn JobHandler>>,
    poll_interval: Duration,
    lease: Duration,
    concurrency: usize,
    shutdown_grace: Duration,
}

impl Worker {
    pub fn new(queue: JobQueue, worker_id: impl Into<String>) -> Self {
        // Leave room in `locked_by` (100 chars) for the per-claim suffix.
        let worker_id: String = worker_id.into().chars().take(64).collect();
        Self {
            queue,
            worker_id,
            handlers: HashMap::new(),
            poll_interval: Duration::from_secs(1),
            lease: Duration::from_secs(60),
            concurrency: 1,
            shutdown_grace: Duration::from_secs(10),
        }
    }

    pub fn register(mut self, kind: &'static str, handler: impl JobHandler) -> Self {
        self.handlers.insert(kind, Arc::new(handler));
        self
    }

    /// How long to wait before looking again when no job was due.
    pub fn poll_interval(mut self, d: Duration) -> Self {
        self.poll_interval = d;
        self
    }

    /// How long a claimed job stays ours without a heartbeat; a crashed worker's jobs are
    /// picked up again this long after its last heartbeat.
    pub fn lease(mut self, d: Duration) -> Self {
        self.lease = d.max(Duration::from_millis(30));
        self
    }

    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// How long `run` waits for in-flight jobs after shutdown before abandoning them.
    pub fn shutdown_grace(mut self, d: Duration) -> Self {
        self.shutdown_grace = d;
        self
    }

    /// Runs until the token is cancelled; finishes or abandons in-flight jobs (abandoned ones
    /// are re-claimed after their lease).
    pub async fn run(self, shutdown: CancellationToken) {
        let kinds: Vec<&'static str> = self.handlers.keys().copied().collect();
        let slots = Arc::new(Semaphore::new(self.concurrency));
        let mut in_flight = JoinSet::new();
        // Each claim gets its own lock name, so that neither two slots of this worker nor two
        // processes started with the same worker id mistake a job re-claimed by the other
        // for their own.
        let instance = &uuid::Uuid::new_v4().simple().to_string()[..8];
        let mut claims: u64 = 0;
        tracing::info!(worker = %self.worker_id, ?kinds, concurrency = self.concurrency, "worker started");

        loop {
            while in_flight.try_join_next().is_some() {}
            let permit = tokio::select! {
                biased;
                () = shutdown.cancelled() => break,
                p = slots.clone().acquire_owned() => p.expect("the semaphore is never closed"),
            };
            claims += 1;
            let lock = format!("{}/{instance}/{claims}", self.worker_id);
            match self.queue.claim(&lock, &kinds, self.lease).await {
                Ok(Some(job)) => {
                    let Some(handler) = self.handlers.get(job.kind.as_str()).cloned() else {
                        continue; // unreachable: we only claim registered kinds
                    };
                    let span = tracing::info_span!("job", job.id = %job.id, job.kind = %job.kind,
                        job.attempt = job.attempts, org.id = ?job.organization_id);
                    let run = run_one(self.queue.clone(), handler, job, lock, self.lease, permit);
                    in_flight.spawn(run.instrument(span));
                    // Look for more straight away: there may be a backlog.
                    continue;
                }
                Ok(None) => drop(permit),
                Err(e) => {
                    drop(permit);
                    tracing::error!(worker = %self.worker_id, error = %e, "could not claim a job");
                }
            }
            tokio::select! {
                () = shutdown.cancelled() => break,
                () = tokio::time::sleep(self.poll_interval) => {}
            }
        }

        let drained = tokio::time::timeout(self.shutdown_grace, async {
            while in_flight.join_next().await.is_some() {}
        })
        .await;
        if drained.is_err() {
            tracing::warn!(worker = %self.worker_id, abandoned = in_flight.len(),
                "abandoning in-flight jobs; they are picked up again when their lease expires");
            in_flight.abort_all();
            while in_flight.join_next().await.is_some() {}
        }
        tracing::info!(worker = %self.worker_id, "worker stopped");
    }
}

async fn run_one(
    queue: JobQueue,
    handler: Arc<dyn JobHandler>,
    job: job::Model,
    lock: String,
    lease: Duration,
    _slot: OwnedSemaphorePermit,
) {
    let id = job.id;
    let started = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let ctx = JobContext::new(job, queue.clone(), lock.clone(), stop.clone());
    // A panicking handler is a failed attempt, not a worker that silently loses the job.
    let mut work = AssertUnwindSafe(handler.run(ctx)).catch_unwind();
    let every = lease / 3;
    let mut beat = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    let result = loop {
        tokio::select! {
            r = &mut work => break r,
            _ = beat.tick() => match queue.heartbeat(id, &lock, lease).await {
                Ok(true) => {}
                Ok(false) => stop.store(true, Ordering::Relaxed),
                Err(e) => tracing::warn!(error = %e, "could not renew the job lease"),
            },
        }
    };
    let finished = match result {
        Ok(Ok(())) => queue.complete(id, &lock).await,
        Ok(Err(error)) => {
            tracing::warn!(%error, "job attempt failed");
            queue.fail(id, &lock, &error).await
        }
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            tracing::error!(panic = %msg, "job handler panicked");
            queue
                .fail(id, &lock, &format!("handler panicked: {msg}"))
                .await
        }
    };
    match finished {
        Ok(()) => tracing::info!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            "job attempt finished"
        ),
        Err(JobError::NotFound) => {
            tracing::warn!("job lease was lost; another worker owns the job now")
        }
        Err(e) => {
            tracing::error!(error = %e, "could not record the job outcome; it will be retried after its lease")
        }
    }
}
