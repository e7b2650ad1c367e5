//! Values of the `jobs.status` column.

pub const QUEUED: &str = "queued";
pub const RUNNING: &str = "running";
pub const SUCCEEDED: &str = "succeeded";
pub const DEAD: &str = "dead";
pub const CANCELLED: &str = "cancelled";

/// True when the job will never run again.
pub fn is_finished(status: &str) -> bool {
    matches!(status, SUCCEEDED | DEAD | CANCELLED)
}
