use chrono::{DateTime, Utc};
use uuid::Uuid;

pub const DEFAULT_MAX_ATTEMPTS: i32 = 5;

/// What to put on the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct NewJob {
    pub kind: String,
    pub payload: serde_json::Value,
    pub organization_id: Option<Uuid>,
    pub max_attempts: i32,
    /// Earliest start; `None` means now.
    pub run_at: Option<DateTime<Utc>>,
}

impl NewJob {
    pub fn new(kind: impl Into<String>, payload: serde_json::Value) -> Self {
        Self {
            kind: kind.into(),
            payload,
            organization_id: None,
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            run_at: None,
        }
    }

    pub fn for_org(mut self, org: Uuid) -> Self {
        self.organization_id = Some(org);
        self
    }

    pub fn max_attempts(mut self, n: i32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    pub fn run_at(mut self, at: DateTime<Utc>) -> Self {
        self.run_at = Some(at);
        self
    }
}
