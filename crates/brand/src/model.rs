//! The brand profile: one document, edited as a draft and frozen into numbered revisions.
//!
//! Every field has a default so a new brand starts empty and a partial document from an older
//! revision still reads. Limits are generous but bounded so one profile stays a few hundred
//! kilobytes at most.

use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

fn valid_hex(value: &str, _: &()) -> garde::Result {
    colour::Rgb::parse_hex(value)
        .map(|_| ())
        .map_err(|_| garde::Error::new("Enter a colour as #rrggbb."))
}

fn valid_url(value: &str, _: &()) -> garde::Result {
    match url::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        _ => Err(garde::Error::new(
            "Enter a full web address starting with https://.",
        )),
    }
}

fn not_blank(value: &str, _: &()) -> garde::Result {
    if value.trim().is_empty() {
        Err(garde::Error::new("This field is required."))
    } else {
        Ok(())
    }
}

/// Short text: a name, a label, one word or phrase.
const SHORT: usize = 200;
/// A sentence or a paragraph.
const TEXT: usize = 5_000;
/// Long prose: the brand story.
const LONG: usize = 20_000;
/// Items in any one list.
const ITEMS: usize = 100;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct BrandProfile {
    #[garde(custom(not_blank), length(chars, max = SHORT))]
    pub name: String,
    #[garde(length(chars, max = 300))]
    pub tagline: String,
    #[garde(length(chars, max = TEXT))]
    pub mission: String,
    #[garde(length(chars, max = TEXT))]
    pub vision: String,
    #[garde(length(max = ITEMS), dive)]
    pub values: Vec<BrandValue>,
    #[garde(dive)]
    pub positioning: Positioning,
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub value_propositions: Vec<String>,
    #[garde(length(max = ITEMS), dive)]
    pub messaging_pillars: Vec<MessagingPillar>,
    /// The brand story (FR-6.10).
    #[garde(length(chars, max = LONG))]
    pub story: String,
    #[garde(dive)]
    pub pitches: ElevatorPitches,
    /// The language the brand writes in (`en`, `es`, `fr`, `de`, `pt`); briefs default to it.
    #[garde(skip)]
    pub language: content::Language,
    /// The industry in the brand's own words, e.g. "residential solar" or "coffee roasting".
    #[garde(length(chars, max = SHORT))]
    pub industry: String,
    /// What the brand sells or offers first, e.g. "a free home energy assessment".
    #[garde(length(chars, max = TEXT))]
    pub offer: String,
    /// Where the brand works, e.g. "Sacramento and the Central Valley".
    #[garde(length(chars, max = SHORT))]
    pub location: String,
    /// Facts that back the brand's promise, e.g. "4,000 roofs since 2009".
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub proof_points: Vec<String>,
    /// Messages the brand repeats everywhere.
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub key_messages: Vec<String>,
    /// The brand's profiles on social networks and other sites, e.g. as captured from its website.
    #[garde(length(max = 30), inner(custom(valid_url), length(chars, max = 500)))]
    pub social_links: Vec<String>,
    #[garde(dive)]
    pub voice: Voice,
    #[garde(dive)]
    pub visual: VisualIdentity,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct BrandValue {
    #[garde(custom(not_blank), length(chars, max = SHORT))]
    pub name: String,
    #[garde(length(chars, max = TEXT))]
    pub description: String,
}

/// Geoffrey Moore's positioning statement: "For (target) who (need), our product is a
/// (category) that (benefit). Unlike (alternative), we (differentiator)."
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct Positioning {
    #[garde(length(chars, max = TEXT))]
    pub target: String,
    #[garde(length(chars, max = TEXT))]
    pub need: String,
    #[garde(length(chars, max = TEXT))]
    pub category: String,
    #[garde(length(chars, max = TEXT))]
    pub benefit: String,
    #[garde(length(chars, max = TEXT))]
    pub alternative: String,
    #[garde(length(chars, max = TEXT))]
    pub differentiator: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct MessagingPillar {
    #[garde(custom(not_blank), length(chars, max = SHORT))]
    pub title: String,
    #[garde(length(chars, max = TEXT))]
    pub description: String,
}

/// Elevator pitches of about 25, 50 and 100 words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct ElevatorPitches {
    #[garde(length(chars, max = TEXT))]
    pub words_25: String,
    #[garde(length(chars, max = TEXT))]
    pub words_50: String,
    #[garde(length(chars, max = TEXT))]
    pub words_100: String,
}

/// Voice guidelines (FR-6.4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct Voice {
    #[garde(length(max = ITEMS), dive)]
    pub traits: Vec<VoiceTrait>,
    #[garde(dive)]
    pub tone: ToneSliders,
    #[garde(length(max = 500), inner(length(chars, max = SHORT)))]
    pub preferred_words: Vec<String>,
    #[garde(length(max = 500), dive)]
    pub banned_terms: Vec<BannedTerm>,
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub required_disclaimers: Vec<String>,
    /// Target US school grade of the writing (Flesch-Kincaid), e.g. 8.
    #[garde(inner(range(min = 1.0, max = 18.0)))]
    pub reading_grade_target: Option<f32>,
    #[garde(skip)]
    pub emoji_policy: EmojiPolicy,
    #[garde(dive)]
    pub hashtag_policy: HashtagPolicy,
    #[garde(length(max = ITEMS), dive)]
    pub examples: Vec<WritingExample>,
}

impl Default for Voice {
    fn default() -> Self {
        Voice {
            traits: Vec::new(),
            tone: ToneSliders::default(),
            preferred_words: Vec::new(),
            banned_terms: Vec::new(),
            required_disclaimers: Vec::new(),
            reading_grade_target: None,
            emoji_policy: EmojiPolicy::Sparing,
            hashtag_policy: HashtagPolicy::default(),
            examples: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct VoiceTrait {
    #[garde(custom(not_blank), length(chars, max = SHORT))]
    pub name: String,
    /// "We are ..."
    #[garde(length(chars, max = TEXT))]
    pub we_are: String,
    /// "... but we are not ..."
    #[garde(length(chars, max = TEXT))]
    pub we_are_not: String,
    #[garde(length(max = 20), inner(length(chars, max = TEXT)))]
    pub examples: Vec<String>,
}

/// Each slider runs 0-100 from the first word to the second: 0 is fully formal, 100 fully casual.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct ToneSliders {
    #[garde(range(max = 100))]
    pub formal_casual: u8,
    #[garde(range(max = 100))]
    pub serious_playful: u8,
    #[garde(range(max = 100))]
    pub respectful_irreverent: u8,
    #[garde(range(max = 100))]
    pub matter_of_fact_enthusiastic: u8,
}

impl Default for ToneSliders {
    fn default() -> Self {
        ToneSliders {
            formal_casual: 50,
            serious_playful: 50,
            respectful_irreverent: 50,
            matter_of_fact_enthusiastic: 50,
        }
    }
}

/// A word or phrase the brand never uses, with what to say instead.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct BannedTerm {
    #[garde(custom(not_blank), length(chars, max = SHORT))]
    pub term: String,
    #[garde(inner(length(chars, max = SHORT)))]
    pub replacement: Option<String>,
    #[garde(length(chars, max = TEXT))]
    pub reason: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EmojiPolicy {
    Never,
    #[default]
    Sparing,
    Encouraged,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct HashtagPolicy {
    #[garde(range(max = 30))]
    pub max_per_post: u8,
    /// Hashtags always welcome, e.g. the brand's own.
    #[garde(length(max = ITEMS), inner(length(chars, max = 100)))]
    pub branded: Vec<String>,
    #[garde(length(chars, max = TEXT))]
    pub guidance: String,
}

impl Default for HashtagPolicy {
    fn default() -> Self {
        HashtagPolicy {
            max_per_post: 3,
            branded: Vec::new(),
            guidance: String::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct WritingExample {
    #[garde(custom(not_blank), length(chars, max = TEXT))]
    pub text: String,
    /// True for an example to follow, false for one to avoid.
    #[garde(skip)]
    pub good: bool,
    #[garde(length(chars, max = TEXT))]
    pub note: String,
}

/// The visual identity (FR-6.1, FR-6.3, FR-6.7 to FR-6.9). Images live in the asset library
/// and are referenced by id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct VisualIdentity {
    #[garde(length(max = 40), dive)]
    pub palette: Vec<PaletteColour>,
    #[garde(dive)]
    pub typography: Typography,
    #[garde(length(max = 20), dive)]
    pub logos: Vec<LogoRef>,
    #[garde(dive)]
    pub logo_rules: LogoRules,
    #[garde(dive)]
    pub iconography: ImageryGuideline,
    #[garde(dive)]
    pub photography: ImageryGuideline,
    /// Sonic assets (FR-6.8.1): audio files in the asset library.
    #[garde(length(max = ITEMS), dive)]
    pub sonic: Vec<SonicRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ColourRole {
    Primary,
    Secondary,
    Supporting,
    Text,
    Background,
    Accent,
    Success,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
pub struct PaletteColour {
    #[garde(skip)]
    pub role: ColourRole,
    #[garde(length(chars, max = 100))]
    #[serde(default)]
    pub name: String,
    /// `#rrggbb`.
    #[garde(custom(valid_hex))]
    pub hex: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct Typography {
    #[garde(length(max = 10), dive)]
    pub families: Vec<FontFamily>,
    #[garde(length(max = 20), dive)]
    pub scale: Vec<TypeStep>,
}

impl Default for Typography {
    fn default() -> Self {
        Typography {
            families: Vec::new(),
            scale: default_type_scale(),
        }
    }
}

/// A major-third scale on a 16 px base: the common default of design systems.
pub fn default_type_scale() -> Vec<TypeStep> {
    [
        ("Display", 49.0, 1.1, 700),
        ("H1", 39.0, 1.15, 700),
        ("H2", 31.0, 1.2, 600),
        ("H3", 25.0, 1.25, 600),
        ("Body", 16.0, 1.5, 400),
        ("Small", 13.0, 1.45, 400),
    ]
    .into_iter()
    .map(|(name, size_px, line_height, weight)| TypeStep {
        name: name.into(),
        size_px,
        line_height,
        weight,
    })
    .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FontRole {
    Heading,
    Body,
    Accent,
    Monospace,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
pub struct FontFamily {
    #[garde(skip)]
    pub role: FontRole,
    #[garde(custom(not_blank), length(chars, max = 100))]
    pub family: String,
    #[garde(length(max = 9), inner(range(min = 100, max = 900)))]
    #[serde(default)]
    pub weights: Vec<u16>,
    /// CSS fallback stack, e.g. `system-ui, sans-serif`.
    #[garde(length(chars, max = SHORT))]
    #[serde(default)]
    pub fallback: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
pub struct TypeStep {
    #[garde(custom(not_blank), length(chars, max = 50))]
    pub name: String,
    #[garde(range(min = 6.0, max = 400.0))]
    pub size_px: f32,
    #[garde(range(min = 0.8, max = 3.0))]
    pub line_height: f32,
    #[garde(range(min = 100, max = 900))]
    pub weight: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LogoVariant {
    Primary,
    Wordmark,
    Symbol,
    MonoLight,
    MonoDark,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
pub struct LogoRef {
    #[garde(skip)]
    pub variant: LogoVariant,
    /// An asset of the library (SVG or PNG).
    #[garde(skip)]
    pub asset_id: Uuid,
}

/// Logo usage rules (FR-6.1.2); the measurable ones feed the logo usage check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct LogoRules {
    /// Smallest width the logo may be shown at, in pixels.
    #[garde(inner(range(min = 1, max = 10_000)))]
    pub min_width_px: Option<u32>,
    /// Clear space around the logo as a share of its height, e.g. 0.25.
    #[garde(inner(range(min = 0.0, max = 2.0)))]
    pub clear_space_ratio: Option<f32>,
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub dos: Vec<String>,
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub donts: Vec<String>,
    /// Example images of correct use.
    #[garde(length(max = ITEMS))]
    pub do_examples: Vec<Uuid>,
    /// Example images of misuse.
    #[garde(length(max = ITEMS))]
    pub dont_examples: Vec<Uuid>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct ImageryGuideline {
    #[garde(length(chars, max = LONG))]
    pub guidance: String,
    /// Reference images in the asset library.
    #[garde(length(max = ITEMS))]
    pub reference_asset_ids: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
pub struct SonicRef {
    #[garde(custom(not_blank), length(chars, max = SHORT))]
    pub name: String,
    /// An audio asset of the library.
    #[garde(skip)]
    pub asset_id: Uuid,
    #[garde(length(chars, max = TEXT))]
    #[serde(default)]
    pub usage: String,
}

impl BrandProfile {
    /// A new, empty profile under `name`.
    pub fn named(name: &str) -> Self {
        BrandProfile {
            name: name.trim().to_owned(),
            ..BrandProfile::default()
        }
    }

    /// Every asset the profile points at, for existence checks and for the kit's file URLs.
    pub fn asset_ids(&self) -> Vec<Uuid> {
        let v = &self.visual;
        let mut ids: Vec<Uuid> = v
            .logos
            .iter()
            .map(|l| l.asset_id)
            .chain(v.logo_rules.do_examples.iter().copied())
            .chain(v.logo_rules.dont_examples.iter().copied())
            .chain(v.iconography.reference_asset_ids.iter().copied())
            .chain(v.photography.reference_asset_ids.iter().copied())
            .chain(v.sonic.iter().map(|s| s.asset_id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_document_reads_as_the_default_profile() {
        let p: BrandProfile = serde_json::from_str("{}").unwrap();
        assert_eq!(p, BrandProfile::default());
        assert_eq!(p.voice.tone.formal_casual, 50);
        assert_eq!(p.visual.typography.scale.len(), 6);
        assert_eq!(p.language, content::Language::En);
        assert!(p.proof_points.is_empty() && p.key_messages.is_empty());
    }

    #[test]
    fn the_language_is_a_code_and_unknown_codes_are_refused() {
        let p: BrandProfile =
            serde_json::from_str(r#"{"name":"Acme","language":"es","industry":"solar"}"#).unwrap();
        assert_eq!(p.language, content::Language::Es);
        assert_eq!(serde_json::to_value(&p).unwrap()["language"], "es");
        assert!(serde_json::from_str::<BrandProfile>(r#"{"language":"xx"}"#).is_err());
    }

    #[test]
    fn validation_names_the_bad_field() {
        let mut p = BrandProfile::named("Acme");
        p.visual.palette.push(PaletteColour {
            role: ColourRole::Primary,
            name: String::new(),
            hex: "blue-ish".into(),
        });
        p.voice.tone.serious_playful = 101;
        p.social_links = vec![
            "https://www.linkedin.com/company/acme".into(),
            "javascript:alert(1)".into(),
        ];
        let report = p.validate().unwrap_err().to_string();
        assert!(report.contains("visual.palette[0].hex"), "{report}");
        assert!(report.contains("voice.tone.serious_playful"), "{report}");
        assert!(report.contains("social_links[1]"), "{report}");
        assert!(!report.contains("social_links[0]"), "{report}");
        let mut long = BrandProfile::named("Acme");
        long.industry = "x".repeat(SHORT + 1);
        long.proof_points = vec!["ok".into(), "y".repeat(TEXT + 1)];
        let report = long.validate().unwrap_err().to_string();
        assert!(report.contains("industry"), "{report}");
        assert!(report.contains("proof_points[1]"), "{report}");
        assert!(BrandProfile::named("  ").validate().is_err());
        assert!(BrandProfile::named("Acme").validate().is_ok());
    }

    #[test]
    fn asset_ids_are_collected_once() {
        let id = Uuid::from_u128(7);
        let mut p = BrandProfile::named("Acme");
        p.visual.logos.push(LogoRef {
            variant: LogoVariant::Primary,
            asset_id: id,
        });
        p.visual.photography.reference_asset_ids.push(id);
        assert_eq!(p.asset_ids(), vec![id]);
    }
}
