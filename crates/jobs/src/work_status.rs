//! Values of the `status` column of rows whose work a job does for a person (a website
//! capture, a crawl, a competitor snapshot): what the person sees, unlike the job's own
//! status, which knows retries and dead letters.

pub const QUEUED: &str = "queued";
pub const RUNNING: &str = "running";
pub const SUCCEEDED: &str = "succeeded";
pub const FAILED: &str = "failed";
pub const CANCELLED: &str = "cancelled";

/// True when the work has ended, however it ended.
pub fn is_finished(s: &str) -> bool {
    matches!(s, SUCCEEDED | FAILED | CANCELLED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_three_endings_are_finished() {
        assert!(is_finished(SUCCEEDED) && is_finished(FAILED) && is_finished(CANCELLED));
        assert!(!is_finished(QUEUED) && !is_finished(RUNNING));
    }
}
