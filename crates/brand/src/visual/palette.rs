//! Palette tools: generation from one colour and the WCAG contrast matrix. Stateless maths
//! over the colour engine; these types are its face in the API.

use colour::{Rgb, Role, WcagLevel};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::model::ColourRole;

fn valid_hex(value: &str, _: &()) -> garde::Result {
    Rgb::parse_hex(value)
        .map(|_| ())
        .map_err(|_| garde::Error::new("Enter a colour as #rrggbb."))
}

pub(crate) fn to_engine(role: ColourRole) -> Role {
    match role {
        ColourRole::Primary => Role::Primary,
        ColourRole::Secondary => Role::Secondary,
        ColourRole::Supporting => Role::Supporting,
        ColourRole::Text => Role::Text,
        ColourRole::Background => Role::Background,
        ColourRole::Accent => Role::Accent,
        ColourRole::Success => Role::Success,
        ColourRole::Warning => Role::Warning,
        ColourRole::Error => Role::Error,
    }
}

pub(crate) fn from_engine(role: Role) -> ColourRole {
    match role {
        Role::Primary => ColourRole::Primary,
        Role::Secondary => ColourRole::Secondary,
        Role::Supporting => ColourRole::Supporting,
        Role::Text => ColourRole::Text,
        Role::Background => ColourRole::Background,
        Role::Accent => ColourRole::Accent,
        Role::Success => ColourRole::Success,
        Role::Warning => ColourRole::Warning,
        Role::Error => ColourRole::Error,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaletteScheme {
    /// The base and its opposite on the colour wheel (hue + 180°).
    Complementary,
    /// The base and its neighbours (hue ∓ 30°).
    Analogous,
    /// Three colours evenly spaced (hue ∓ 120°).
    Triadic,
    /// The base and the two neighbours of its complement (hue ∓ 150°).
    SplitComplementary,
    /// Tints and shades of the base only.
    Monochrome,
}

impl From<PaletteScheme> for colour::Scheme {
    fn from(s: PaletteScheme) -> Self {
        match s {
            PaletteScheme::Complementary => colour::Scheme::Complementary,
            PaletteScheme::Analogous => colour::Scheme::Analogous,
            PaletteScheme::Triadic => colour::Scheme::Triadic,
            PaletteScheme::SplitComplementary => colour::Scheme::SplitComplementary,
            PaletteScheme::Monochrome => colour::Scheme::Monochrome,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct GenerateRequest {
    /// The colour to build on, `#rrggbb` (or `#rgb`).
    #[garde(custom(valid_hex))]
    #[schema(example = "#106d7c")]
    pub base: String,
    #[garde(skip)]
    pub scheme: PaletteScheme,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct RgbValue {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// Hue in degrees, saturation and lightness in percent.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct HslValue {
    pub h: f64,
    pub s: f64,
    pub l: f64,
}

/// Device-independent CMYK in percent, for display (print needs an ICC profile).
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct CmykValue {
    pub c: f64,
    pub m: f64,
    pub y: f64,
    pub k: f64,
}

/// One colour in every notation the palette editor shows, with the text colour to put on it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ColourInfo {
    /// Uppercase `#RRGGBB`.
    pub hex: String,
    pub rgb: RgbValue,
    pub hsl: HslValue,
    pub cmyk: CmykValue,
    /// `#FFFFFF` or `#111827`, whichever reads better on this colour.
    pub text_hex: String,
    /// Contrast of `text_hex` on this colour.
    pub text_ratio: f64,
}

impl From<Rgb> for ColourInfo {
    fn from(c: Rgb) -> Self {
        let f = c.formats();
        let swatch = colour::Swatch::from(c);
        ColourInfo {
            hex: f.hex,
            rgb: RgbValue {
                r: c.r,
                g: c.g,
                b: c.b,
            },
            hsl: HslValue {
                h: f.hsl.h,
                s: f.hsl.s,
                l: f.hsl.l,
            },
            cmyk: CmykValue {
                c: f.cmyk.c,
                m: f.cmyk.m,
                y: f.cmyk.y,
                k: f.cmyk.k,
            },
            text_hex: swatch.text.to_hex(),
            text_ratio: swatch.text_ratio,
        }
    }
}

/// A generated colour with the role we suggest for it.
#[derive(Debug, Serialize, ToSchema)]
pub struct GeneratedColour {
    pub role: ColourRole,
    pub name: String,
    #[serde(flatten)]
    pub colour: ColourInfo,
}

/// One step of the 50–900 monochrome scale.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScaleStep {
    pub step: u16,
    #[serde(flatten)]
    pub colour: ColourInfo,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GeneratedPalette {
    pub scheme: PaletteScheme,
    pub base: ColourInfo,
    /// A complete palette to apply: the base as primary, the harmonies, a background and a
    /// text colour that pass WCAG AAA together.
    pub colours: Vec<GeneratedColour>,
    /// Tints and shades of the base, lightest (50) first; 500 is the base when it is a mid tone.
    pub scale: Vec<ScaleStep>,
}

pub fn generate(req: &GenerateRequest) -> GeneratedPalette {
    // Validated by garde before we get here; black is a harmless fallback.
    let base = Rgb::parse_hex(&req.base).unwrap_or(Rgb::BLACK);
    GeneratedPalette {
        scheme: req.scheme,
        base: base.into(),
        colours: colour::scheme_colours(base, req.scheme.into())
            .into_iter()
            .map(|c| GeneratedColour {
                role: from_engine(c.role),
                name: c.name.to_owned(),
                colour: c.swatch.colour.into(),
            })
            .collect(),
        scale: colour::monochrome_scale(base)
            .into_iter()
            .map(|(step, c)| ScaleStep {
                step,
                colour: c.into(),
            })
            .collect(),
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct ContrastEntry {
    #[garde(skip)]
    pub role: ColourRole,
    #[garde(length(chars, max = 100))]
    #[serde(default)]
    pub name: String,
    #[garde(custom(valid_hex))]
    pub hex: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct ContrastRequest {
    #[garde(length(max = 40), dive)]
    pub palette: Vec<ContrastEntry>,
    /// Every ordered pair of different colours instead of text on fill colours only.
    #[garde(skip)]
    #[serde(default)]
    pub all_pairs: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContrastLevel {
    Fail,
    Aa,
    Aaa,
}

impl From<WcagLevel> for ContrastLevel {
    fn from(l: WcagLevel) -> Self {
        match l {
            WcagLevel::Fail => ContrastLevel::Fail,
            WcagLevel::Aa => ContrastLevel::Aa,
            WcagLevel::Aaa => ContrastLevel::Aaa,
        }
    }
}

/// The nearest shade of the text colour (same hue and saturation) that reaches AA for normal
/// text on the pair's background.
#[derive(Debug, Serialize, ToSchema)]
pub struct ShadeSuggestion {
    pub hex: String,
    pub ratio: f64,
    /// ΔE00 from the original text colour: how visible the change is (under 2 is subtle).
    pub delta_e: f64,
}

/// One cell of the matrix: palette entry `text_index` drawn on entry `background_index`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContrastCell {
    pub text_index: usize,
    pub background_index: usize,
    pub text_hex: String,
    pub background_hex: String,
    /// Rounded to 2 decimals; the levels use the exact ratio.
    pub ratio: f64,
    /// Below 18pt (14pt bold): AA needs 4.5:1, AAA 7:1.
    pub normal: ContrastLevel,
    /// 18pt and up (14pt bold): AA needs 3:1, AAA 4.5:1.
    pub large: ContrastLevel,
    pub aa_normal: bool,
    pub aa_large: bool,
    pub aaa_normal: bool,
    pub aaa_large: bool,
    /// Present when the pair fails AA for normal text.
    pub suggestion: Option<ShadeSuggestion>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContrastMatrix {
    /// Indexes into the request's palette, in order: the matrix's rows.
    pub texts: Vec<usize>,
    /// The matrix's columns.
    pub backgrounds: Vec<usize>,
    pub cells: Vec<ContrastCell>,
    /// Cells that fail AA for normal text.
    pub failing: usize,
}

/// The palette's text/background pairs ([`colour::palette_pairs`]), or all ordered pairs.
pub fn contrast(req: &ContrastRequest) -> ContrastMatrix {
    let entries: Vec<(Role, Rgb)> = req
        .palette
        .iter()
        .map(|e| {
            (
                to_engine(e.role),
                Rgb::parse_hex(&e.hex).unwrap_or(Rgb::BLACK),
            )
        })
        .collect();
    let pairs: Vec<(usize, usize)> = if req.all_pairs {
        (0..entries.len())
            .flat_map(|i| (0..entries.len()).map(move |j| (i, j)))
            .filter(|&(i, j)| i != j && entries[i].1 != entries[j].1)
            .collect()
    } else {
        colour::palette_pairs(&entries)
    };
    let mut texts = Vec::new();
    let mut backgrounds = Vec::new();
    let cells: Vec<ContrastCell> = pairs
        .into_iter()
        .map(|(i, j)| {
            if !texts.contains(&i) {
                texts.push(i);
            }
            if !backgrounds.contains(&j) {
                backgrounds.push(j);
            }
            let p = colour::contrast_pair("", entries[i].1, "", entries[j].1);
            ContrastCell {
                text_index: i,
                background_index: j,
                text_hex: p.text.to_hex(),
                background_hex: p.background.to_hex(),
                ratio: p.ratio,
                normal: p.normal.into(),
                large: p.large.into(),
                aa_normal: p.aa_normal,
                aa_large: p.aa_large,
                aaa_normal: p.aaa_normal,
                aaa_large: p.aaa_large,
                suggestion: p.suggestion.map(|s| ShadeSuggestion {
                    hex: s.hex,
                    ratio: s.ratio,
                    delta_e: s.delta_e,
                }),
            }
        })
        .collect();
    texts.sort_unstable();
    backgrounds.sort_unstable();
    ContrastMatrix {
        failing: cells.iter().filter(|c| !c.aa_normal).count(),
        texts,
        backgrounds,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(role: ColourRole, hex: &str) -> ContrastEntry {
        ContrastEntry {
            role,
            name: String::new(),
            hex: hex.into(),
        }
    }

    #[test]
    fn roles_round_trip_through_the_engine() {
        for r in Role::ALL {
            assert_eq!(to_engine(from_engine(r)), r);
        }
    }

    #[test]
    fn generated_palettes_carry_every_notation() {
        let p = generate(&GenerateRequest {
            base: "#106d7c".into(),
            scheme: PaletteScheme::Triadic,
        });
        assert_eq!(p.base.hex, "#106D7C");
        assert_eq!(p.colours[0].role, ColourRole::Primary);
        assert_eq!(p.colours.len(), 5);
        assert_eq!(p.scale.len(), 10);
        assert_eq!(p.scale[0].step, 50);
        let json = serde_json::to_value(&p).unwrap();
        let first = &json["colours"][0];
        assert_eq!(first["hex"], "#106D7C");
        assert_eq!(first["rgb"]["g"], 0x6D);
        assert!(first["hsl"]["h"].as_f64().unwrap() > 180.0);
        assert!(first["cmyk"]["c"].as_f64().unwrap() > 80.0);
        assert_eq!(first["text_hex"], "#FFFFFF");
    }

    #[test]
    fn the_matrix_holds_text_on_fills_with_suggestions_for_failures() {
        let m = contrast(&ContrastRequest {
            palette: vec![
                entry(ColourRole::Text, "#111827"),
                entry(ColourRole::Background, "#ffffff"),
                entry(ColourRole::Accent, "#FF7557"),
            ],
            all_pairs: false,
        });
        // Fills: background and accent. Text on both, white on accent, accent on white.
        assert_eq!(m.cells.len(), 4);
        assert_eq!(m.backgrounds, vec![1, 2]);
        assert_eq!(m.texts, vec![0, 1, 2]);
        let accent_on_white = m
            .cells
            .iter()
            .find(|c| c.text_index == 2 && c.background_index == 1)
            .unwrap();
        assert_eq!(accent_on_white.normal, ContrastLevel::Fail);
        let s = accent_on_white.suggestion.as_ref().unwrap();
        assert!(s.ratio >= 4.5);
        assert_eq!(
            m.failing,
            m.cells.iter().filter(|c| c.suggestion.is_some()).count()
        );
        let all = contrast(&ContrastRequest {
            palette: vec![
                entry(ColourRole::Text, "#111827"),
                entry(ColourRole::Background, "#ffffff"),
                entry(ColourRole::Accent, "#FF7557"),
            ],
            all_pairs: true,
        });
        assert_eq!(all.cells.len(), 6);
    }
}
