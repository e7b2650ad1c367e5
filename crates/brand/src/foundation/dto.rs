//! Request and response bodies of the brand foundation routes, as named in the OpenAPI document.

use super::diff::Change;
use super::voice_search::VoiceHit;
use crate::model::BrandProfile;
use chrono::{DateTime, Utc};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

fn not_blank(value: &str, _: &()) -> garde::Result {
    if value.trim().is_empty() {
        Err(garde::Error::new("This field is required."))
    } else {
        Ok(())
    }
}

/// Paging of a list: `limit` (1-200, default 50) and the `cursor` of the previous page.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

impl PageQuery {
    pub fn page(&self) -> kernel::PageParams {
        kernel::PageParams {
            limit: self.limit,
            cursor: self.cursor.clone(),
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct CreateBrandRequest {
    #[garde(custom(not_blank), length(chars, max = 200))]
    pub name: String,
}

/// A brand in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct BrandSummary {
    pub id: Uuid,
    pub name: String,
    /// The newest published version; 0 while nothing is published.
    pub published_version: i32,
    pub published_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BrandPage {
    pub items: Vec<BrandSummary>,
    pub next_cursor: Option<String>,
}

/// A brand with its draft profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct Brand {
    pub id: Uuid,
    pub name: String,
    pub draft: BrandProfile,
    /// The newest published version; 0 while nothing is published.
    pub published_version: i32,
    pub published_at: Option<DateTime<Utc>>,
    /// Whether the draft differs from the newest published version (always true before the first publish).
    pub has_unpublished_changes: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Default, Deserialize, Validate, ToSchema)]
pub struct PublishRequest {
    /// What changed, for the revision history and the members' notification.
    #[garde(length(chars, max = 500))]
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Default, Deserialize, Validate, ToSchema)]
pub struct RestoreRequest {
    /// Defaults to "Restored version N".
    #[garde(inner(length(chars, max = 500)))]
    #[serde(default)]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RevisionAuthor {
    pub id: Uuid,
    pub name: String,
}

/// A published version of the brand profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionSummary {
    pub version: i32,
    pub message: String,
    /// Absent when the author's account was deleted.
    pub author: Option<RevisionAuthor>,
    pub created_at: DateTime<Utc>,
    /// The version this one restored, when it was a restore.
    pub restored_from: Option<i32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionPage {
    pub items: Vec<RevisionSummary>,
    pub next_cursor: Option<String>,
}

/// A published version with the profile as it was.
#[derive(Debug, Serialize, ToSchema)]
pub struct Revision {
    #[serde(flatten)]
    pub summary: RevisionSummary,
    pub snapshot: BrandProfile,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The older side: a version number (required).
    pub from: Option<String>,
    /// The newer side: a version number, or `draft` (the default).
    pub to: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionDiff {
    pub from: i32,
    /// A version number, or `draft`.
    pub to: String,
    pub changes: Vec<Change>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VoiceSearchQuery {
    /// Words to find; case and accents are ignored.
    pub q: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VoiceSearchResult {
    pub query: String,
    pub hits: Vec<VoiceHit>,
}
