//! The owned facts that parsing produces and the merged result that capture proposes.

use serde::{Deserialize, Serialize};

/// Where a logo candidate was found; the order of the variants is the order of preference
/// (a logo placed in the header says more about the brand than a 16px favicon).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogoKind {
    /// An `<img>` or inline `<svg>` in the header, or one named "logo".
    Header,
    AppleTouchIcon,
    OgImage,
    /// `rel=icon`, `shortcut icon` or `mask-icon`.
    Favicon,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogoCandidate {
    /// Absolute URL, or a `data:image/svg+xml` URL for an inline SVG.
    pub url: String,
    pub kind: LogoKind,
}

/// What one HTML page says about the brand, with every URL made absolute.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageFacts {
    pub url: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub site_name: Option<String>,
    pub headlines: Vec<String>,
    pub calls_to_action: Vec<String>,
    pub logos: Vec<LogoCandidate>,
    pub social_links: Vec<String>,
    pub stylesheets: Vec<String>,
    /// `<style>` elements and `style=""` attributes, to be read like a stylesheet.
    pub inline_css: Vec<String>,
    /// Links to other pages of the same site, candidates for the key pages.
    pub same_site_links: Vec<String>,
}

/// How often one colour is used in some CSS, custom-property bonus included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColorCount {
    /// Uppercase `#RRGGBB`.
    pub hex: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FontCount {
    pub family: String,
    pub count: u32,
}

/// What some CSS says about the brand, most used first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CssFacts {
    pub colors: Vec<ColorCount>,
    pub fonts: Vec<FontCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColorShare {
    pub hex: String,
    /// Share of all colour uses found, 0..1.
    pub weight: f64,
    /// Black, white or a grey: usually text and background, rarely the brand.
    pub neutral: bool,
}

/// The proposal of a website capture.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CaptureResult {
    pub colors: Vec<ColorShare>,
    pub fonts: Vec<String>,
    /// Logo candidate URLs, best first (the URLs of `logo_candidates`).
    pub logos: Vec<String>,
    /// The same candidates with where each was found.
    pub logo_candidates: Vec<LogoCandidate>,
    pub name: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub headlines: Vec<String>,
    pub calls_to_action: Vec<String>,
    pub social_links: Vec<String>,
    /// The pages fetched, home page first.
    pub pages: Vec<String>,
}

/// What a capture is doing, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaptureStage {
    Pages,
    Stylesheets,
}

/// How far a capture has got. Totals are what is planned so far: `pages_total` starts at the
/// page budget and drops to the pages actually found once the home page is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptureProgress {
    pub stage: CaptureStage,
    pub pages_fetched: usize,
    pub pages_total: usize,
    pub stylesheets_fetched: usize,
    pub stylesheets_total: usize,
}
