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
    /// Who wrote it: `builtin` (the built-in composer, English only: no language model is
    /// configured, or the configured one failed, see `fallback_used`), `openai_compatible` or
    /// `anthropic`.
    pub provider: String,
    /// The model's name, or `composer <version>` for the built-in composer.
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
    /// The first line of the chosen variant's text (else the first variant's), at most about
    /// 140 characters; `null` before anything is written.
    pub preview: Option<String>,
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
    /// `comment`, `approved`, `overridden` (approved over review errors: the body gives the
    /// reason and the findings), `rejected`, `edited`, `regenerated`, `assigned`, `shared`,
    /// `approval_superseded` (an approval of text that was written again).
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
    /// Approve a variant over its error-level review findings, with a reason: the caller may
    /// approve now and the brand's approval policy lists their role in `override_roles`.
    pub can_override: bool,
    /// Write the item again with feedback: awaiting review, rejected or failed, and the caller
    /// writes content. Stays true after a regeneration has finished.
    pub can_regenerate: bool,
}

impl ItemState {
    /// People can have it written again: awaiting review, rejected or failed.
    pub fn can_regenerate(self) -> bool {
        matches!(
            self,
            ItemState::AwaitingReview | ItemState::Rejected | ItemState::Failed
        )
    }
}

/// Characters of an inbox list preview, ellipsis included.
pub const PREVIEW_CHARS: usize = 140;

/// The first non-empty line of what a reader sees of `draft`, cut at a word near
/// [`PREVIEW_CHARS`] with an ellipsis.
pub fn preview_of(draft: &Draft) -> Option<String> {
    let text = draft.main_text();
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    if line.chars().count() <= PREVIEW_CHARS {
        return Some(line.to_owned());
    }
    let cut: String = line.chars().take(PREVIEW_CHARS - 1).collect();
    // Back to the last space when there is one in the second half, so no word is cut.
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    Some(format!("{}\u{2026}", cut.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn social(text: &str) -> Draft {
        Draft::Social {
            text: text.into(),
            hashtags: vec!["Acme".into()],
        }
    }

    #[test]
    fn the_preview_is_the_first_line_cut_at_a_word() {
        assert_eq!(
            preview_of(&social("\n  Launch day.  \nMore below.")).as_deref(),
            Some("Launch day.")
        );
        let long = "word ".repeat(60);
        let p = preview_of(&social(&long)).unwrap();
        assert!(p.chars().count() <= PREVIEW_CHARS, "{p}");
        assert!(p.ends_with("word\u{2026}"), "{p}");
        let unbroken = "x".repeat(300);
        let p = preview_of(&social(&unbroken)).unwrap();
        assert_eq!(p.chars().count(), PREVIEW_CHARS);
        assert_eq!(
            preview_of(&Draft::Social {
                text: " ".into(),
                hashtags: vec![]
            }),
            None
        );
    }
}
