//! The visual consistency check (FR-6.3.2, FR-6.3.3) and the logo usage check (FR-6.1.2):
//! read an image, an SVG or an HTML snippet, find its dominant colours, judge them against the
//! brand's palette, and measure the logo rules that can be measured.

use api::{ApiError, AppJson, AppState};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use colour::Rgb;
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::grade::{
    self, ColourVerdict, FAIL_DELTA_E, Finding, PASS_DELTA_E, Reference, Severity, Verdict,
};
use super::layout::{self, Background, Margins};
use super::picture::{self, Picture, PictureError};
use crate::model::BrandProfile;

/// Most dominant colours reported for an image.
const MAX_COLOURS: usize = 8;
/// Image clusters smaller than this are left out of the report (anti-aliasing, noise).
const MIN_IMAGE_SHARE: f64 = 0.01;
/// A logo's colours that count as "logo colours" for other logo checks.
const MIN_LOGO_SHARE: f64 = 0.05;
/// Logos of the brand read for their colours.
const MAX_REFERENCE_LOGOS: usize = 5;
/// Largest HTML snippet read.
pub const MAX_HTML_CHARS: usize = 200_000;

/// The multipart form of the checks.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct CheckForm {
    /// A PNG, JPEG, WebP, GIF or SVG image, at most 10 MB and 25 megapixels.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// The JSON form of the checks: one of the two.
#[derive(Debug, Default, Deserialize, Validate, ToSchema)]
pub struct CheckRequest {
    /// An HTML snippet: colours are read from `<style>`, `style=""` and colour attributes.
    #[garde(inner(length(chars, max = MAX_HTML_CHARS)))]
    #[serde(default)]
    pub html: Option<String>,
    /// An image of the asset library.
    #[garde(skip)]
    #[serde(default)]
    pub asset_id: Option<Uuid>,
}

pub enum CheckInput {
    File(Vec<u8>),
    Html(String),
    Asset(Uuid),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CheckSource {
    /// A raster image: dominant colours by k-means over its visible pixels.
    Image,
    /// An SVG: colours from its fills, strokes and styles, weighted by how often each is used.
    Svg,
    /// An HTML snippet: colours from its styles, weighted by how often each is used.
    Html,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VisualCheckReport {
    pub source: CheckSource,
    /// Pixels (CSS pixels for an SVG), when known.
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub status: Verdict,
    /// Share-weighted percentage of the colour that is on the palette (within ΔE 10).
    pub score: u8,
    /// ΔE00 up to which a colour passes.
    pub pass_delta_e: f64,
    /// ΔE00 beyond which a colour fails.
    pub fail_delta_e: f64,
    /// Most area (or use) first.
    pub colours: Vec<ColourVerdict>,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ClearSpace {
    /// `clear_space_ratio` × the logo's height.
    pub required_px: u32,
    pub margins: Margins,
    pub ok: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LogoCheckReport {
    pub source: CheckSource,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// The logo itself: the image without its transparent or plain background.
    pub logo_width: Option<u32>,
    pub logo_height: Option<u32>,
    pub min_width_px: Option<u32>,
    /// Whether the logo is at least `min_width_px` wide; `None` when no minimum is set.
    pub width_ok: Option<bool>,
    /// Measured on raster images when the rules set a clear space ratio.
    pub clear_space: Option<ClearSpace>,
    pub status: Verdict,
    pub score: u8,
    pub pass_delta_e: f64,
    pub fail_delta_e: f64,
    pub colours: Vec<ColourVerdict>,
    pub findings: Vec<Finding>,
}

fn multipart_error(e: axum::extract::multipart::MultipartError) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        PictureError::TooManyBytes.into()
    } else {
        ApiError::bad_request(
            "malformed_upload",
            format!("The multipart body could not be read: {}", e.body_text()),
        )
    }
}

/// Reads the request body: a multipart `file`, or JSON with `html` or `asset_id`.
pub async fn read_input(
    req: Request,
    state: &AppState,
    allow_html: bool,
) -> Result<CheckInput, ApiError> {
    let is_multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("multipart/form-data"));
    if is_multipart {
        let mut form = Multipart::from_request(req, state).await.map_err(|_| {
            ApiError::bad_request("malformed_upload", "The multipart body could not be read.")
        })?;
        while let Some(mut field) = form.next_field().await.map_err(multipart_error)? {
            if field.name() != Some("file") {
                continue;
            }
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
                if bytes.len() + chunk.len() > picture::MAX_BYTES {
                    return Err(PictureError::TooManyBytes.into());
                }
                bytes.extend_from_slice(&chunk);
            }
            return Ok(CheckInput::File(bytes));
        }
        return Err(ApiError::field(
            "file",
            "required",
            "Choose an image to check.",
        ));
    }
    let AppJson(body) = AppJson::<CheckRequest>::from_request(req, state).await?;
    match (body.html, body.asset_id) {
        (Some(_), Some(_)) => Err(ApiError::field(
            "html",
            "invalid",
            "Send either an HTML snippet or an asset, not both.",
        )),
        (Some(html), None) if allow_html => {
            if html.trim().is_empty() {
                Err(ApiError::field(
                    "html",
                    "required",
                    "Paste some HTML to check.",
                ))
            } else {
                Ok(CheckInput::Html(html))
            }
        }
        (Some(_), None) => Err(ApiError::field(
            "html",
            "invalid",
            "The logo check reads images: upload a file or choose an asset.",
        )),
        (None, Some(id)) => Ok(CheckInput::Asset(id)),
        (None, None) => Err(ApiError::field(
            "file",
            "required",
            if allow_html {
                "Upload an image, paste HTML or choose an asset."
            } else {
                "Upload an image or choose an asset."
            },
        )),
    }
}

/// Colours with their share of the area (or of the uses), most first.
type Shares = Vec<(Rgb, f64)>;

/// Where a logo is in its image, and its colours without the background.
#[derive(Default)]
struct LogoLayout {
    content: Option<layout::Content>,
    colours: Shares,
}

/// What the checks read from their input, computed off the async threads.
enum Source {
    Raster {
        size: (u32, u32),
        /// Dominant colours of every visible pixel (not measured for the logo check).
        colours: Shares,
        /// Measured for the logo check only.
        logo: Option<LogoLayout>,
    },
    Svg {
        size: Option<(f64, f64)>,
        colours: capture::CssFacts,
    },
    Html(capture::CssFacts),
}

/// Decodes and measures `bytes`: CPU-bound work for a blocking thread.
fn analyse(bytes: &[u8], for_logo: bool) -> Result<Source, PictureError> {
    Ok(match picture::decode(bytes)? {
        Picture::Raster(img) => {
            let logo = for_logo.then(|| {
                let bg = Background::detect(&img);
                LogoLayout {
                    content: layout::content_box(&img, bg),
                    colours: image_shares(&img, Some(bg)),
                }
            });
            Source::Raster {
                size: (img.width(), img.height()),
                colours: if for_logo {
                    Vec::new()
                } else {
                    image_shares(&img, None)
                },
                logo,
            }
        }
        Picture::Svg { size, colours } => Source::Svg { size, colours },
    })
}

async fn analyse_blocking(bytes: Vec<u8>, for_logo: bool) -> Result<Source, ApiError> {
    tokio::task::spawn_blocking(move || analyse(&bytes, for_logo))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::from)
}

async fn asset_bytes(state: &AppState, org: Uuid, id: Uuid) -> Result<Vec<u8>, ApiError> {
    match assets::read_bytes(state, org, id).await {
        Ok((_, bytes)) => Ok(bytes),
        Err(assets::AssetError::NotFound) => Err(ApiError::field(
            "asset_id",
            "unknown_asset",
            "There is no such asset in the library.",
        )),
        Err(assets::AssetError::TooLarge { .. }) => Err(PictureError::TooManyBytes.into()),
        Err(e) => Err(e.into()),
    }
}

async fn load(
    state: &AppState,
    org: Uuid,
    input: CheckInput,
    for_logo: bool,
) -> Result<Source, ApiError> {
    match input {
        CheckInput::File(bytes) => analyse_blocking(bytes, for_logo).await,
        CheckInput::Asset(id) => {
            let bytes = asset_bytes(state, org, id).await?;
            analyse_blocking(bytes, for_logo).await.map_err(|mut e| {
                for fe in &mut e.errors {
                    fe.field = "asset_id".into();
                }
                e
            })
        }
        CheckInput::Html(html) => Ok(Source::Html(
            tokio::task::spawn_blocking(move || capture::extract_markup(&html))
                .await
                .map_err(ApiError::internal)?,
        )),
    }
}

/// Colour uses of some markup as (colour, share).
fn markup_shares(facts: &capture::CssFacts) -> Shares {
    let total: u32 = facts.colors.iter().map(|c| c.count).sum();
    facts
        .colors
        .iter()
        .take(MAX_COLOURS * 2)
        .filter_map(|c| {
            Some((
                Rgb::parse_hex(&c.hex).ok()?,
                f64::from(c.count) / f64::from(total.max(1)),
            ))
        })
        .collect()
}

fn image_shares(img: &image::RgbaImage, background: Option<Background>) -> Shares {
    let q = colour::dominant_colours(
        picture::sample(img, move |p| background.is_none_or(|b| !b.contains(p))),
        MAX_COLOURS,
        MIN_IMAGE_SHARE,
    );
    q.colours.into_iter().map(|c| (c.colour, c.share)).collect()
}

fn no_colours() -> Finding {
    Finding::new(
        Severity::Info,
        "no_colours",
        "No colours were found: the image is transparent, or the HTML sets no colours.".into(),
        None,
    )
}

fn palette_empty() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "palette_empty",
        "The brand has no palette yet: add its colours on the visual identity page first.",
    )
}

/// Compares the dominant colours of the input with the brand's palette.
pub async fn visual_check(
    state: &AppState,
    org: Uuid,
    profile: &BrandProfile,
    input: CheckInput,
) -> Result<VisualCheckReport, ApiError> {
    if profile.visual.palette.is_empty() {
        return Err(palette_empty());
    }
    let (kind, size, observed) = match load(state, org, input, false).await? {
        Source::Raster { size, colours, .. } => (CheckSource::Image, Some(size), colours),
        Source::Svg { size, colours } => (
            CheckSource::Svg,
            size.map(|(w, h)| (w.round() as u32, h.round() as u32)),
            markup_shares(&colours),
        ),
        Source::Html(facts) => (CheckSource::Html, None, markup_shares(&facts)),
    };
    let refs = grade::references(&profile.visual.palette);
    let (score, colours) = grade::grade(&observed, &refs);
    let total: f64 = colours.iter().map(|c| c.share).sum();
    let mut findings = grade::colour_findings(&colours, total);
    if colours.is_empty() {
        findings.push(no_colours());
    }
    Ok(VisualCheckReport {
        source: kind,
        width: size.map(|s| s.0),
        height: size.map(|s| s.1),
        status: grade::overall(score, &findings),
        score,
        pass_delta_e: PASS_DELTA_E,
        fail_delta_e: FAIL_DELTA_E,
        colours,
        findings,
    })
}

/// The colours of the brand's own logo files, which a logo may use even when the palette
/// does not list them. A logo that cannot be read is skipped.
async fn logo_colours(state: &AppState, org: Uuid, profile: &BrandProfile) -> Vec<Reference> {
    let mut refs = Vec::new();
    for logo in profile.visual.logos.iter().take(MAX_REFERENCE_LOGOS) {
        let Ok(bytes) = asset_bytes(state, org, logo.asset_id).await else {
            continue;
        };
        // Every visible pixel: a logo file on a plain background adds that background's
        // colour, which is harmless, while guessing the background of a logo file that is
        // one flat colour would leave no colour at all.
        let colours: Vec<Rgb> = match analyse_blocking(bytes, false).await {
            Ok(Source::Raster { colours, .. }) => colours
                .into_iter()
                .filter(|(_, share)| *share >= MIN_LOGO_SHARE)
                .map(|(c, _)| c)
                .collect(),
            Ok(Source::Svg { colours, .. }) => colours
                .colors
                .iter()
                .filter_map(|c| Rgb::parse_hex(&c.hex).ok())
                .collect(),
            Ok(Source::Html(_)) => Vec::new(),
            Err(e) => {
                tracing::debug!(asset.id = %logo.asset_id, error = %e, "skipping an unreadable logo");
                continue;
            }
        };
        for colour in colours {
            if !refs.iter().any(|r: &Reference| r.colour == colour) {
                refs.push(Reference {
                    name: "Logo colour".into(),
                    role: None,
                    colour,
                });
            }
        }
    }
    refs
}

/// Measures a logo against the brand's logo rules: size, colours, clear space.
pub async fn logo_check(
    state: &AppState,
    org: Uuid,
    profile: &BrandProfile,
    input: CheckInput,
) -> Result<LogoCheckReport, ApiError> {
    let source = load(state, org, input, true).await?;
    let rules = &profile.visual.logo_rules;
    let mut findings = Vec::new();
    let is_svg = matches!(source, Source::Svg { .. });
    let (kind, size, logo_size, observed, clear_space) = match source {
        Source::Raster { size, logo, .. } => {
            let LogoLayout {
                content,
                colours: shares,
            } = logo.unwrap_or_default();
            let clear_space = match (rules.clear_space_ratio, content) {
                (Some(ratio), Some(c)) => {
                    let required = (f64::from(ratio) * f64::from(c.height)).ceil() as u32;
                    Some(ClearSpace {
                        required_px: required,
                        margins: c.margins,
                        ok: c.margins.smallest() >= required,
                    })
                }
                _ => None,
            };
            (
                CheckSource::Image,
                Some(size),
                content.map(|c| (c.width, c.height)),
                shares,
                clear_space,
            )
        }
        Source::Svg { size, colours } => {
            let size = size.map(|(w, h)| (w.round() as u32, h.round() as u32));
            (CheckSource::Svg, size, size, markup_shares(&colours), None)
        }
        Source::Html(_) => {
            return Err(ApiError::field(
                "html",
                "invalid",
                "The logo check reads images: upload a file or choose an asset.",
            ));
        }
    };

    let logo_width = logo_size.map(|s| s.0);
    let width_ok = match (rules.min_width_px, logo_width) {
        (Some(min), Some(w)) => Some(w >= min),
        _ => None,
    };
    match (rules.min_width_px, logo_width) {
        (Some(min), Some(w)) if w < min => findings.push(Finding::new(
            Severity::Fail,
            "too_small",
            format!("The logo is {w} px wide; the brand's minimum is {min} px."),
            Some(format!(
                "Use a larger file and never show the logo narrower than {min} px."
            )),
        )),
        (Some(_), None) => findings.push(Finding::new(
            Severity::Info,
            "width_unknown",
            "The SVG does not say how wide it is drawn, so its width was not checked.".into(),
            None,
        )),
        (None, _) => findings.push(Finding::new(
            Severity::Info,
            "min_width_unset",
            "The logo rules set no minimum width.".into(),
            Some("Set one on the visual identity page to have it checked.".into()),
        )),
        _ => {}
    }
    match (&clear_space, rules.clear_space_ratio, is_svg) {
        (Some(cs), Some(ratio), _) if !cs.ok => {
            let m = cs.margins;
            findings.push(Finding::new(
                Severity::Warn,
                "clear_space",
                format!(
                    "The logo has {} px of free space at its closest edge (top {}, right {}, bottom {}, left {}); \
                     the rules ask for {} px ({ratio} × its height).",
                    m.smallest(),
                    m.top,
                    m.right,
                    m.bottom,
                    m.left,
                    cs.required_px
                ),
                Some("Leave more space between the logo and other elements or the edge.".into()),
            ));
        }
        (None, Some(_), true) => findings.push(Finding::new(
            Severity::Info,
            "clear_space_not_measured",
            "Clear space is measured on PNG, JPEG, WebP and GIF images, not on SVG.".into(),
            None,
        )),
        _ => {}
    }

    let mut refs = grade::references(&profile.visual.palette);
    refs.extend(logo_colours(state, org, profile).await);
    let has_reference =
        !profile.visual.palette.is_empty() || refs.iter().any(|r| r.name == "Logo colour");
    let (score, colours) = if has_reference {
        grade::grade(&observed, &refs)
    } else {
        findings.push(Finding::new(
            Severity::Info,
            "palette_empty",
            "The brand has no palette or logo yet, so the logo's colours were not checked.".into(),
            None,
        ));
        (100, Vec::new())
    };
    let total: f64 = colours.iter().map(|c| c.share).sum();
    findings.extend(grade::colour_findings(&colours, total));
    if has_reference && colours.is_empty() {
        findings.push(no_colours());
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    Ok(LogoCheckReport {
        source: kind,
        width: size.map(|s| s.0),
        height: size.map(|s| s.1),
        logo_width,
        logo_height: logo_size.map(|s| s.1),
        min_width_px: rules.min_width_px,
        width_ok,
        clear_space,
        status: grade::overall(score, &findings),
        score,
        pass_delta_e: PASS_DELTA_E,
        fail_delta_e: FAIL_DELTA_E,
        colours,
        findings,
    })
}
