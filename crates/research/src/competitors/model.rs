//! What the competitor routes read and answer. Inputs are validated here (garde) so that the
//! service only sees well-formed values.

use chrono::{DateTime, Utc};
use garde::Validate;
use intel::PageKind;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::profile::{Network, check_profile, normalize_url};
use crate::sites::Schedule;

/// A change at or above this significance raises an alert unless the competitor says otherwise.
pub const DEFAULT_ALERT_THRESHOLD: f64 = 0.5;

pub use jobs::work_status as status;

fn valid_website(value: &str, _: &()) -> garde::Result {
    normalize_url(value).map(|_| ()).ok_or_else(|| {
        garde::Error::new("Enter the address of a website, e.g. https://example.com.")
    })
}

fn profile(network: Network, value: &str) -> garde::Result {
    if value.trim().is_empty() {
        return Ok(()); // an empty field clears the profile
    }
    check_profile(network, value)
        .map(|_| ())
        .map_err(garde::Error::new)
}

fn x_profile(v: &str, _: &()) -> garde::Result {
    profile(Network::X, v)
}
fn linkedin_profile(v: &str, _: &()) -> garde::Result {
    profile(Network::LinkedIn, v)
}
fn facebook_profile(v: &str, _: &()) -> garde::Result {
    profile(Network::Facebook, v)
}
fn instagram_profile(v: &str, _: &()) -> garde::Result {
    profile(Network::Instagram, v)
}
fn youtube_profile(v: &str, _: &()) -> garde::Result {
    profile(Network::YouTube, v)
}
fn tiktok_profile(v: &str, _: &()) -> garde::Result {
    profile(Network::TikTok, v)
}

/// The competitor's profiles on social networks, each on its network's site.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct SocialProfiles {
    #[garde(inner(length(chars, max = 500), custom(x_profile)))]
    #[schema(example = "https://x.com/acme")]
    pub x: Option<String>,
    #[garde(inner(length(chars, max = 500), custom(linkedin_profile)))]
    pub linkedin: Option<String>,
    #[garde(inner(length(chars, max = 500), custom(facebook_profile)))]
    pub facebook: Option<String>,
    #[garde(inner(length(chars, max = 500), custom(instagram_profile)))]
    pub instagram: Option<String>,
    #[garde(inner(length(chars, max = 500), custom(youtube_profile)))]
    pub youtube: Option<String>,
    #[garde(inner(length(chars, max = 500), custom(tiktok_profile)))]
    pub tiktok: Option<String>,
}

impl SocialProfiles {
    fn fields_mut(&mut self) -> [(Network, &mut Option<String>); 6] {
        [
            (Network::X, &mut self.x),
            (Network::LinkedIn, &mut self.linkedin),
            (Network::Facebook, &mut self.facebook),
            (Network::Instagram, &mut self.instagram),
            (Network::YouTube, &mut self.youtube),
            (Network::TikTok, &mut self.tiktok),
        ]
    }

    /// Blank profiles dropped, the others written as full addresses. Call after validation.
    pub fn normalized(mut self) -> Self {
        for (network, field) in self.fields_mut() {
            *field = field
                .take()
                .filter(|v| !v.trim().is_empty())
                .and_then(|v| check_profile(network, &v).ok())
                .map(|u| u.to_string());
        }
        self
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct CompetitorInput {
    #[garde(length(chars, min = 1, max = 200))]
    #[schema(example = "Acme")]
    pub name: String,
    /// The home page; `acme.com` means `https://acme.com/`.
    #[garde(length(chars, min = 1, max = 2000), custom(valid_website))]
    #[schema(example = "https://acme.com")]
    pub website: String,
    #[garde(dive)]
    #[serde(default)]
    pub social: SocialProfiles,
    /// How often the key pages are snapshotted; weekly unless set.
    #[garde(skip)]
    pub schedule: Option<Schedule>,
    /// Changes at or above this significance (0 to 1) raise an alert; 0.5 unless set.
    #[garde(inner(range(min = 0.0, max = 1.0)))]
    pub alert_threshold: Option<f64>,
}

#[derive(Debug, Default, Deserialize, Validate, ToSchema)]
pub struct CompetitorPatch {
    #[garde(inner(length(chars, min = 1, max = 200)))]
    pub name: Option<String>,
    /// A website on another site drops the pages of the old one.
    #[garde(inner(length(chars, min = 1, max = 2000), custom(valid_website)))]
    pub website: Option<String>,
    /// Replaces every profile; leave out to keep them.
    #[garde(dive)]
    pub social: Option<SocialProfiles>,
    #[garde(skip)]
    pub schedule: Option<Schedule>,
    #[garde(inner(range(min = 0.0, max = 1.0)))]
    pub alert_threshold: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotStatus {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

impl SnapshotStatus {
    pub fn parse(s: &str) -> Self {
        match s {
            status::RUNNING => SnapshotStatus::Running,
            status::SUCCEEDED => SnapshotStatus::Succeeded,
            status::FAILED => SnapshotStatus::Failed,
            status::CANCELLED => SnapshotStatus::Cancelled,
            _ => SnapshotStatus::Queued,
        }
    }
}

/// How far a running snapshot has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SnapshotProgress {
    pub pages_done: usize,
    /// Known once the key pages are found (1, the home page, until then).
    pub pages_total: usize,
    /// The page being read.
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Competitor {
    pub id: Uuid,
    pub name: String,
    pub website: String,
    pub social: SocialProfiles,
    pub schedule: Schedule,
    /// When the scheduler takes the next snapshot; none when the schedule is off.
    pub next_snapshot_at: Option<DateTime<Utc>>,
    pub alert_threshold: f64,
    /// The latest snapshot run; none before the first.
    pub snapshot_status: Option<SnapshotStatus>,
    pub snapshot_progress: Option<SnapshotProgress>,
    /// Why the latest run failed, or which pages it could not read.
    pub snapshot_error: Option<String>,
    pub last_snapshot_at: Option<DateTime<Utc>>,
    pub pages: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CompetitorList {
    pub items: Vec<Competitor>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct PageInput {
    /// A page of the competitor's website.
    #[garde(length(chars, min = 1, max = 2000))]
    #[schema(example = "https://acme.com/integrations")]
    pub url: String,
    /// Read from the address when left out.
    #[garde(skip)]
    pub kind: Option<PageKind>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CompetitorPage {
    pub id: Uuid,
    pub url: String,
    pub kind: PageKind,
    /// Added by a person rather than found on the home page.
    pub custom: bool,
    pub last_snapshot_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CompetitorPageList {
    pub items: Vec<CompetitorPage>,
}

/// The latest snapshot of one page.
#[derive(Debug, Serialize, ToSchema)]
pub struct PageSnapshotView {
    pub page_id: Uuid,
    pub url: String,
    pub kind: PageKind,
    /// The latest readable snapshot: messaging, prices, technologies and text as extracted.
    pub snapshot_id: Option<Uuid>,
    pub taken_at: Option<DateTime<Utc>>,
    pub snapshot: Option<intel::PageSnapshot>,
    /// The latest attempt, when it failed after that snapshot: HTTP status and why.
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SnapshotList {
    pub items: Vec<PageSnapshotView>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChangeSummary {
    pub id: Uuid,
    pub competitor_id: Uuid,
    pub competitor_name: String,
    pub page_id: Uuid,
    pub page_url: String,
    pub page_kind: PageKind,
    /// 0 to 1: how much the change matters (prices and plans weigh most, wording least).
    pub significance: f64,
    /// What changed most.
    pub kind: CompetitorChangeKind,
    pub summary: String,
    /// An alert was raised for it.
    pub alerted: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangeList {
    /// Newest first.
    pub items: Vec<ChangeSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangeDetail {
    #[serde(flatten)]
    pub summary: ChangeSummary,
    pub before_id: Uuid,
    pub after_id: Uuid,
    pub before_taken_at: Option<DateTime<Utc>>,
    pub after_taken_at: Option<DateTime<Utc>>,
    /// What changed, with the readable diff of the page's text.
    pub change: ChangeData,
}

/// What kind of change a field is (or a whole change, by its most significant field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CompetitorChangeKind {
    Pricing,
    Plans,
    Headline,
    Messaging,
    CallToAction,
    Technology,
    Content,
    Footer,
    /// A kind this version does not know yet.
    #[serde(other)]
    Other,
}

/// One field of the page that changed. For lists `before` and `after` hold the whole list on
/// each side; for the main text, the deleted and the inserted lines.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ChangedField {
    /// `plans.Pro.price`, `plans`, `prices`, `headlines`, `title`, `main_text`...
    pub field: String,
    pub kind: CompetitorChangeKind,
    pub before: Vec<String>,
    pub after: Vec<String>,
    /// How much this field weighs in the significance.
    pub weight: f64,
}

/// A change between two snapshots of a page, as the change detection describes it (read from
/// the stored `intel::Change`; named apart from the brand module's revision changes).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ChangeData {
    pub significance: f64,
    pub kind: CompetitorChangeKind,
    /// One readable sentence, e.g. "Pro plan price changed from $29/month to $39/month".
    pub summary: String,
    /// Changed fields, most significant first.
    pub fields: Vec<ChangedField>,
    /// Line diff of the main text: changed lines with two lines of context.
    pub diff: Vec<intel::DiffLine>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChangeQuery {
    /// Only changes at least this significant (0 to 1).
    pub min_significance: Option<f64>,
    /// Only this competitor's changes.
    pub competitor_id: Option<Uuid>,
    /// 1 to 200, default 50.
    pub limit: Option<u64>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AnalysisQuery {
    /// The brand whose positioning is compared; the organization's first brand by default.
    pub brand_id: Option<Uuid>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn social_profiles_are_validated_per_network() {
        let ok = SocialProfiles {
            x: Some("x.com/acme".into()),
            linkedin: Some("".into()),
            ..Default::default()
        };
        assert!(ok.validate().is_ok());
        let bad = SocialProfiles {
            youtube: Some("https://vimeo.com/acme".into()),
            ..Default::default()
        };
        let report = bad.validate().unwrap_err();
        assert_eq!(report.iter().next().unwrap().0.to_string(), "youtube");
        assert_eq!(
            ok.normalized(),
            SocialProfiles {
                x: Some("https://x.com/acme".into()),
                ..Default::default()
            }
        );
    }

    #[test]
    fn threshold_and_website_are_checked() {
        let input = CompetitorInput {
            name: "Acme".into(),
            website: "ftp://acme.test".into(),
            social: SocialProfiles::default(),
            schedule: None,
            alert_threshold: Some(1.5),
        };
        let mut fields: Vec<String> = input
            .validate()
            .unwrap_err()
            .iter()
            .map(|(p, _)| p.to_string())
            .collect();
        fields.sort();
        assert_eq!(fields, vec!["alert_threshold", "website"]);
    }

    #[test]
    fn stored_changes_read_as_change_data() {
        let before = intel::snapshot(
            "https://acme.test/pricing",
            r#"<section class="pricing"><div class="card"><h3>Starter</h3><p>$9/mo</p></div>
               <div class="card"><h3>Pro</h3><p>$29/mo</p></div></section>"#,
            &[],
        );
        let after = intel::snapshot(
            "https://acme.test/pricing",
            r#"<section class="pricing"><div class="card"><h3>Starter</h3><p>$9/mo</p></div>
               <div class="card"><h3>Pro</h3><p>$39/mo</p></div></section>"#,
            &[],
        );
        let change = intel::compare(&before, &after).expect("a price change");
        let data: ChangeData =
            serde_json::from_value(serde_json::to_value(&change).unwrap()).unwrap();
        assert_eq!(data.summary, change.summary);
        assert_eq!(data.fields.len(), change.fields.len());
        assert!(matches!(
            data.kind,
            CompetitorChangeKind::Pricing | CompetitorChangeKind::Plans
        ));
        let unknown: CompetitorChangeKind = serde_json::from_value(json!("logo")).unwrap();
        assert_eq!(unknown, CompetitorChangeKind::Other);
    }

    #[test]
    fn statuses_round_trip() {
        for s in ["queued", "running", "succeeded", "failed", "cancelled"] {
            let parsed = SnapshotStatus::parse(s);
            assert_eq!(serde_json::to_value(parsed).unwrap(), s);
        }
        assert!(status::is_finished("failed") && !status::is_finished("running"));
    }
}
