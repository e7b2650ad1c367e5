//! The vocabulary of runs and inbox items, as the API speaks it.

use chrono::{DateTime, Utc};
use content::{Channel, Draft};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::review::Review;

/// Where an inbox item stands. Stored as its snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    Queued,
    Running,
    AwaitingReview,
    Approved,
    Rejected,
    Scheduled,
    Published,
    Failed,
}

impl ItemState {
    pub const ALL: [ItemState; 8] = [
        ItemState::Queued,
        ItemState::Running,
        ItemState::AwaitingReview,
        ItemState::Approved,
        ItemState::Rejected,
        ItemState::Scheduled,
        ItemState::Published,
        ItemState::Failed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemState::Queued => "queued",
            ItemState::Running => "running",
            ItemState::AwaitingReview => "awaiting_review",
            ItemState::Approved => "approved",
            ItemState::Rejected => "rejected",
            ItemState::Scheduled => "scheduled",
            ItemState::Published => "published",
            ItemState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// People can still decide on it (approve, reject, edit, regenerate).
    pub fn is_open(self) -> bool {
        matches!(self, ItemState::AwaitingReview)
    }
}

/// A generation run's status.
pub mod run_status {
    pub const QUEUED: &str = "queued";
    pub const RUNNING: &str = "running";
    pub const COMPLETED: &str = "completed";
    pub const FAILED: &str = "failed";
    pub const CANCELLED: &str = "cancelled";

    pub fn is_finished(s: &str) -> bool {
        matches!(s, COMPLETED | FAILED | CANCELLED)
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Variant {
    pub position: i32,
    pub draft: Draft,
    pub review: Review,
    /// `builtin`, `openai_compatible` or `anthropic`.
    pub provider: String,
    pub model: String,
    /// The configured provider failed and the built-in composer wrote this variant instead.
    pub fallback_used: bool,
    pub prompt_version: String,
    pub words: i32,
    pub edited: bool,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ItemSummary {
    pub id: Uuid,
    pub run_id: Option<Uuid>,
    pub brand_id: Uuid,
    pub persona_id: Option<Uuid>,
    pub persona_name: Option<String>,
    #[schema(value_type = String)]
    pub agent: String,
    pub channel: Channel,
    pub state: ItemState,
    pub title: String,
    pub campaign: Option<String>,
    pub assignee_id: Option<Uuid>,
    pub sequence_index: Option<i32>,
    pub chosen_variant: Option<i32>,
    /// The approval step the item waits for (0-based), out of `approval_steps`.
    pub approval_step: i32,
    pub approval_steps: i32,
    pub variant_count: i32,
    /// The best compliance score among the variants.
    pub best_score: Option<i32>,
    pub fallback_used: bool,
    pub error: Option<String>,
    pub reject_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ItemEvent {
    pub id: Uuid,
    /// `comment`, `approved`, `rejected`, `edited`, `regenerated`, `assigned`, `shared`.
    pub kind: String,
    pub user_id: Option<Uuid>,
    pub user_name: Option<String>,
    pub step: Option<i32>,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ItemDetail {
    #[serde(flatten)]
    pub item: ItemSummary,
    pub variants: Vec<Variant>,
    pub events: Vec<ItemEvent>,
    /// What the caller may do now.
    pub can_approve: bool,
    pub can_edit: bool,
}
