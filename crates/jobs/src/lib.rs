//! Durable background jobs stored in the database.
//!
//! A job row survives restarts and `kill -9`: a worker holds a job only through a lease
//! (`lease_until`) that it renews while the handler runs. When a worker dies the lease
//! runs out and any other worker claims the job again. Failures are retried with
//! exponential backoff until `max_attempts`, after which the job is dead-lettered.
//!
//! Statuses: `queued` -> `running` -> `succeeded` | `queued` (retry) | `dead` | `cancelled`.

mod backoff;
mod error;
mod handler;
mod lease;
mod new_job;
mod queue;
pub mod status;
pub mod testing;
pub mod work_status;
mod worker;

pub use db::entities::job;
pub use error::JobError;
pub use handler::{FnHandler, JobContext, JobHandler, handler_fn};
pub use new_job::{DEFAULT_MAX_ATTEMPTS, NewJob};
pub use queue::{JobQueue, QueueDepth};
pub use worker::Worker;

/// Re-exported so that callers can name the shutdown signal without another dependency.
pub use tokio_util::sync::CancellationToken;
