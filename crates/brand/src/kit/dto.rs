//! The brand kit document and the share-link DTOs. The kit is one self-contained document:
//! the web style guide, the JSON export and the PDF are all rendered from it.

use crate::model::{BrandProfile, ColourRole, FontRole, LogoVariant};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// Which profile a kit is built from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum KitSource {
    /// The latest published revision (the default).
    #[default]
    Published,
    /// The working draft.
    Draft,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct KitQuery {
    /// `published` (default) or `draft`.
    pub source: Option<KitSource>,
}

/// The whole identity, assembled for rendering (FR-6.2.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct BrandKit {
    /// Absent from a kit opened through a share link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_id: Option<Uuid>,
    pub name: String,
    /// What the kit shows.
    pub source: KitSource,
    /// True when the published kit was asked for but nothing is published yet, so the draft is shown.
    pub draft_fallback: bool,
    /// The published version shown; null for a draft.
    pub version: Option<i32>,
    pub published_at: Option<DateTime<Utc>>,
    pub generated_at: DateTime<Utc>,
    pub profile: BrandProfile,
    pub palette: Vec<KitColour>,
    /// Every ordered text/background pair of different palette colours.
    pub contrast: Vec<KitContrast>,
    pub typography: KitTypography,
    pub logos: Vec<KitLogo>,
    pub logo_examples: KitLogoExamples,
    pub iconography: KitImagery,
    pub photography: KitImagery,
    pub sonic: Vec<KitSonic>,
    pub personas: Vec<KitPersona>,
}

/// One palette colour in every format a designer or printer asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitColour {
    pub role: ColourRole,
    /// The colour's own name, or its role's when it has none.
    pub name: String,
    /// Design-token key, unique in the palette: `primary`, `supporting-sand`, ...
    pub token: String,
    /// `#RRGGBB`.
    pub hex: String,
    pub rgb: KitRgb,
    pub hsl: KitHsl,
    pub cmyk: KitCmyk,
    /// `rgb(16 109 124)`.
    pub rgb_css: String,
    /// `hsl(188 77% 27%)`.
    pub hsl_css: String,
    /// `C 87 M 12 Y 0 K 51`.
    pub cmyk_label: String,
    /// Black or white, whichever reads better on this colour.
    pub on_colour: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct KitRgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// Hue in degrees, saturation and lightness in percent.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitHsl {
    pub h: f64,
    pub s: f64,
    pub l: f64,
}

/// Percentages.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitCmyk {
    pub c: f64,
    pub m: f64,
    pub y: f64,
    pub k: f64,
}

/// The highest WCAG 2.1 level a pair reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum KitWcagLevel {
    Fail,
    Aa,
    Aaa,
}

/// Text in one palette colour drawn on another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitContrast {
    /// Token of the text colour.
    pub text: String,
    pub text_hex: String,
    /// Token of the background colour.
    pub background: String,
    pub background_hex: String,
    /// Rounded to 2 decimals.
    pub ratio: f64,
    /// Level for normal text.
    pub normal: KitWcagLevel,
    /// Level for large text (18pt, or 14pt bold).
    pub large: KitWcagLevel,
    pub aa_normal: bool,
    pub aa_large: bool,
    pub aaa_normal: bool,
    pub aaa_large: bool,
    /// For a pair failing AA for normal text: the nearest shade of the text colour that passes.
    pub suggestion: Option<KitSuggestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitSuggestion {
    pub hex: String,
    pub ratio: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitTypography {
    pub families: Vec<KitFont>,
    pub scale: Vec<KitTypeStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitFont {
    pub role: FontRole,
    pub family: String,
    pub weights: Vec<u16>,
    /// The CSS `font-family` value: the family, then its fallbacks.
    pub stack: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitTypeStep {
    pub name: String,
    /// Design-token key: `display`, `h1`, `body`, ...
    pub token: String,
    pub size_px: f32,
    /// The size in rem on a 16 px root.
    pub size_rem: f32,
    pub line_height: f32,
    pub weight: u16,
}

/// A file of the asset library, with a signed URL a browser can load without a token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitFile {
    pub id: Uuid,
    pub name: String,
    /// `image`, `vector`, `audio`, `video`, `document`, `font` or `other`.
    pub kind: String,
    pub content_type: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    /// Signed URL of the original file; it lapses after a while, so reload the kit for fresh ones.
    pub url: String,
    /// Signed URL of a thumbnail, when one exists.
    pub thumbnail_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitLogo {
    pub variant: LogoVariant,
    /// Null when the asset is gone from the library.
    pub file: Option<KitFile>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitLogoExamples {
    pub dos: Vec<KitFile>,
    pub donts: Vec<KitFile>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitImagery {
    pub guidance: String,
    pub references: Vec<KitFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitSonic {
    pub name: String,
    pub usage: String,
    pub file: Option<KitFile>,
}

/// A persona as the kit shows it: who, at which stage, in a sentence or two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct KitPersona {
    /// Absent from a kit opened through a share link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    pub name: String,
    pub buying_stage: String,
    pub summary: String,
}

/// Export formats of a kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum ExportFormat {
    /// The kit document.
    #[serde(rename = "json")]
    Json,
    /// CSS custom properties on `:root`.
    #[serde(rename = "css")]
    Css,
    /// A Tailwind CSS 4 `@theme` block.
    #[serde(rename = "tailwind")]
    Tailwind,
    /// A Tailwind CSS 3 `tailwind.config.js` with `theme.extend`.
    #[serde(rename = "tailwind-js")]
    TailwindJs,
    /// A printable PDF style guide.
    #[serde(rename = "pdf")]
    Pdf,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// `json`, `css`, `tailwind`, `tailwind-js` or `pdf`.
    pub format: Option<ExportFormat>,
    /// `published` (default) or `draft`.
    pub source: Option<KitSource>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PublicExportQuery {
    /// `json`, `css`, `tailwind`, `tailwind-js` or `pdf`.
    pub format: Option<ExportFormat>,
}

/// A new share link. The token is shown only here: the server keeps its hash.
#[derive(Debug, Serialize, ToSchema)]
pub struct ShareCreated {
    pub id: Uuid,
    pub token: String,
    /// The public page of the kit.
    pub url: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BrandShare {
    pub id: Uuid,
    pub brand_id: Uuid,
    pub created_by: Option<ShareAuthor>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    /// False once revoked.
    pub active: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ShareAuthor {
    pub id: Uuid,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SharePage {
    pub items: Vec<BrandShare>,
    pub next_cursor: Option<String>,
}
