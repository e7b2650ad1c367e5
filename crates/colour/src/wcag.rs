//! WCAG 2.1 contrast: relative luminance, contrast ratio, pass levels, the contrast matrix
//! for a palette and, for failing pairs, the nearest passing shade of the text colour.
//!
//! Source: WCAG 2.1 §1.4.3 (Contrast, Minimum: AA 4.5:1, large text 3:1) and §1.4.6
//! (Contrast, Enhanced: AAA 7:1, large text 4.5:1); definitions of "relative luminance" and
//! "contrast ratio" in the WCAG 2.1 glossary.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ciede2000::delta_e_2000;
use crate::convert::srgb_to_linear;
use crate::hex::Rgb;

/// AA threshold for normal text, the bar a suggestion must clear.
pub const AA_NORMAL: f64 = 4.5;
pub const AA_LARGE: f64 = 3.0;
pub const AAA_NORMAL: f64 = 7.0;
pub const AAA_LARGE: f64 = 4.5;

/// The named slots of a brand palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
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

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Primary,
        Role::Secondary,
        Role::Supporting,
        Role::Text,
        Role::Background,
        Role::Accent,
        Role::Success,
        Role::Warning,
        Role::Error,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Primary => "primary",
            Role::Secondary => "secondary",
            Role::Supporting => "supporting",
            Role::Text => "text",
            Role::Background => "background",
            Role::Accent => "accent",
            Role::Success => "success",
            Role::Warning => "warning",
            Role::Error => "error",
        }
    }
}

impl AsRef<str> for Role {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Role {
    /// Roles that fill areas (the page, cards, buttons, banners) and so carry text. Text and
    /// status colours (success, warning, error) are drawn as text, icons or thin borders.
    pub fn is_fill(self) -> bool {
        matches!(
            self,
            Role::Background | Role::Primary | Role::Secondary | Role::Accent | Role::Supporting
        )
    }
}

/// The (text index, background index) pairs a palette actually uses: every colour as text on
/// every fill colour ([`Role::is_fill`]), so body text on the page, white on a primary button
/// and a link in the accent colour are all there, but not "page colour on the error colour".
/// The same entry and identical colours are skipped as in [`contrast_matrix`].
pub fn palette_pairs(palette: &[(Role, Rgb)]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, (_, text)) in palette.iter().enumerate() {
        for (j, (bg_role, bg)) in palette.iter().enumerate() {
            if i != j && text != bg && bg_role.is_fill() {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

/// The highest WCAG level a ratio reaches for one text size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WcagLevel {
    Fail,
    Aa,
    Aaa,
}

impl WcagLevel {
    /// Normal text (below 18pt, or 14pt bold).
    pub fn normal_text(ratio: f64) -> WcagLevel {
        Self::grade(ratio, AA_NORMAL, AAA_NORMAL)
    }

    /// Large text (at least 18pt, or 14pt bold).
    pub fn large_text(ratio: f64) -> WcagLevel {
        Self::grade(ratio, AA_LARGE, AAA_LARGE)
    }

    fn grade(ratio: f64, aa: f64, aaa: f64) -> WcagLevel {
        // WCAG: thresholds are not to be reached by rounding, so compare the exact ratio.
        if ratio >= aaa {
            WcagLevel::Aaa
        } else if ratio >= aa {
            WcagLevel::Aa
        } else {
            WcagLevel::Fail
        }
    }
}

/// WCAG relative luminance: linearised sRGB weighted by the Rec. 709 luma coefficients. 0..=1.
pub fn relative_luminance(c: Rgb) -> f64 {
    0.2126 * srgb_to_linear(c.r) + 0.7152 * srgb_to_linear(c.g) + 0.0722 * srgb_to_linear(c.b)
}

/// (L_lighter + 0.05) / (L_darker + 0.05), from 1 (same luminance) to 21 (black on white).
/// Symmetric, so argument order does not matter.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A replacement text colour that reaches AA for normal text on the pair's background.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub colour: Rgb,
    pub hex: String,
    /// Contrast against the background, rounded to 2 decimals.
    pub ratio: f64,
    /// How far the suggestion is from the original text colour (ΔE00, 2 decimals).
    pub delta_e: f64,
}

/// One cell of the contrast matrix: `text` drawn on `background`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContrastPair {
    pub text_name: String,
    pub text: Rgb,
    pub background_name: String,
    pub background: Rgb,
    /// Rounded to 2 decimals for display; the pass flags use the exact ratio.
    pub ratio: f64,
    pub normal: WcagLevel,
    pub large: WcagLevel,
    pub aa_normal: bool,
    pub aa_large: bool,
    pub aaa_normal: bool,
    pub aaa_large: bool,
    /// Present only when the pair fails AA for normal text.
    pub suggestion: Option<Suggestion>,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Every ordered (text, background) pair of different entries, in input order (row = text).
/// Entries with an identical colour are skipped: text in its own background colour is not a
/// pairing anyone uses, and a ratio of 1 would only add noise to the matrix.
pub fn contrast_matrix<N: AsRef<str>>(colours: &[(N, Rgb)]) -> Vec<ContrastPair> {
    let mut pairs = Vec::new();
    for (i, (text_name, text)) in colours.iter().enumerate() {
        for (j, (bg_name, bg)) in colours.iter().enumerate() {
            if i == j || text == bg {
                continue;
            }
            pairs.push(contrast_pair(
                text_name.as_ref(),
                *text,
                bg_name.as_ref(),
                *bg,
            ));
        }
    }
    pairs
}

/// A single matrix cell, also useful on its own (e.g. checking one button style).
pub fn contrast_pair(
    text_name: &str,
    text: Rgb,
    background_name: &str,
    background: Rgb,
) -> ContrastPair {
    let ratio = contrast_ratio(text, background);
    let aa_normal = ratio >= AA_NORMAL;
    ContrastPair {
        text_name: text_name.to_owned(),
        text,
        background_name: background_name.to_owned(),
        background,
        ratio: round2(ratio),
        normal: WcagLevel::normal_text(ratio),
        large: WcagLevel::large_text(ratio),
        aa_normal,
        aa_large: ratio >= AA_LARGE,
        aaa_normal: ratio >= AAA_NORMAL,
        aaa_large: ratio >= AAA_LARGE,
        suggestion: if aa_normal {
            None
        } else {
            suggest_text_colour(text, background, AA_NORMAL)
        },
    }
}

/// The nearest shade of `text` (same HSL hue and saturation, only lightness moved) that reaches
/// `target` contrast on `background`, or `None` if no lightness does.
///
/// Both directions are searched in 1% lightness steps up to the first passing shade, refined
/// in 0.1% steps back toward the original, and the candidate with the smaller ΔE00 from the
/// original wins. Every candidate is checked after rounding to 8-bit RGB, so what we suggest
/// is exactly what passes. Note that lightness 0/100 are black/white and one of those always
/// gives at least √21 ≈ 4.58:1, so for the AA target a suggestion always exists.
pub fn suggest_text_colour(text: Rgb, background: Rgb, target: f64) -> Option<Suggestion> {
    let hsl = text.to_hsl_exact();
    let shade = |l: f64| {
        crate::convert::Hsl {
            l: l.clamp(0.0, 100.0),
            ..hsl
        }
        .to_rgb()
    };
    let passes = |l: f64| contrast_ratio(shade(l), background) >= target;
    let original = text.to_lab();
    let mut best: Option<(f64, Rgb)> = None;
    for direction in [1.0, -1.0] {
        let mut step = 1.0;
        let found = loop {
            let l = hsl.l + direction * step;
            if passes(l) {
                break Some(l);
            }
            if !(0.0..=100.0).contains(&l) {
                break None;
            }
            step += 1.0;
        };
        let Some(mut l) = found else { continue };
        // Refine: walk back toward the original in 0.1% steps while it still passes.
        for _ in 0..10 {
            let closer = l - direction * 0.1;
            if !passes(closer) {
                break;
            }
            l = closer;
        }
        let colour = shade(l);
        let d = delta_e_2000(original, colour.to_lab());
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, colour));
        }
    }
    best.map(|(d, colour)| Suggestion {
        colour,
        hex: colour.to_hex(),
        ratio: round2(contrast_ratio(colour, background)),
        delta_e: round2(d),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse_hex(hex).unwrap()
    }

    fn many_colours() -> impl Iterator<Item = Rgb> {
        (0..=255u8).step_by(51).flat_map(|r| {
            (0..=255u8)
                .step_by(51)
                .flat_map(move |g| (0..=255u8).step_by(51).map(move |b| Rgb::new(r, g, b)))
        })
    }

    #[test]
    fn relative_luminance_endpoints_and_known_values() {
        assert_eq!(relative_luminance(Rgb::BLACK), 0.0);
        assert!((relative_luminance(Rgb::WHITE) - 1.0).abs() < 1e-12);
        assert!((relative_luminance(rgb("#FF0000")) - 0.2126).abs() < 1e-12);
        assert!((relative_luminance(rgb("#808080")) - 0.2158605).abs() < 1e-6);
    }

    #[test]
    fn black_on_white_is_21() {
        assert!((contrast_ratio(Rgb::WHITE, Rgb::BLACK) - 21.0).abs() < 1e-12);
        assert!((contrast_ratio(Rgb::BLACK, Rgb::WHITE) - 21.0).abs() < 1e-12);
        assert_eq!(contrast_ratio(Rgb::WHITE, Rgb::WHITE), 1.0);
    }

    #[test]
    fn grey_777_on_white_just_fails_aa() {
        let ratio = contrast_ratio(rgb("#777777"), Rgb::WHITE);
        assert!((ratio - 4.48).abs() < 0.005, "{ratio}");
        assert_eq!(WcagLevel::normal_text(ratio), WcagLevel::Fail);
        assert_eq!(WcagLevel::large_text(ratio), WcagLevel::Aa);
        // #767676 is the well-known lightest grey that passes on white.
        assert!(contrast_ratio(rgb("#767676"), Rgb::WHITE) >= AA_NORMAL);
    }

    #[test]
    fn levels_follow_thresholds() {
        assert_eq!(WcagLevel::normal_text(4.49), WcagLevel::Fail);
        assert_eq!(WcagLevel::normal_text(4.5), WcagLevel::Aa);
        assert_eq!(WcagLevel::normal_text(7.0), WcagLevel::Aaa);
        assert_eq!(WcagLevel::large_text(2.99), WcagLevel::Fail);
        assert_eq!(WcagLevel::large_text(3.0), WcagLevel::Aa);
        assert_eq!(WcagLevel::large_text(4.5), WcagLevel::Aaa);
        assert!(WcagLevel::Aaa > WcagLevel::Aa && WcagLevel::Aa > WcagLevel::Fail);
    }

    #[test]
    fn contrast_is_symmetric_and_bounded() {
        for a in many_colours() {
            for b in many_colours() {
                let r = contrast_ratio(a, b);
                assert!((1.0..=21.0 + 1e-9).contains(&r), "{a} {b} {r}");
                assert_eq!(r, contrast_ratio(b, a));
            }
        }
    }

    #[test]
    fn matrix_covers_every_ordered_pair_of_distinct_colours() {
        let palette = [
            (Role::Text, rgb("#111827")),
            (Role::Background, Rgb::WHITE),
            (Role::Primary, rgb("#106D7C")),
            (Role::Accent, rgb("#FF7557")),
        ];
        let m = contrast_matrix(&palette);
        assert_eq!(m.len(), 4 * 3);
        for p in &m {
            assert_ne!(p.text_name, p.background_name);
            assert_eq!(p.ratio, round2(contrast_ratio(p.text, p.background)));
            assert_eq!(p.aa_normal, p.suggestion.is_none());
            assert_eq!(p.aa_normal, p.normal >= WcagLevel::Aa);
            assert_eq!(p.aaa_large, p.large == WcagLevel::Aaa);
        }
        let accent_on_white = m
            .iter()
            .find(|p| p.text_name == "accent" && p.background_name == "background")
            .unwrap();
        assert!(!accent_on_white.aa_normal);
        let s = accent_on_white.suggestion.as_ref().unwrap();
        assert!(s.ratio >= AA_NORMAL);
        assert_eq!(
            s.colour.to_hsl().h.round(),
            rgb("#FF7557").to_hsl().h.round()
        );
        let text_on_white = m
            .iter()
            .find(|p| p.text_name == "text" && p.background_name == "background")
            .unwrap();
        assert!(text_on_white.aaa_normal && text_on_white.suggestion.is_none());
    }

    #[test]
    fn matrix_skips_identical_colours_and_accepts_plain_names() {
        let m = contrast_matrix(&[("a", Rgb::WHITE), ("b", Rgb::WHITE), ("c", Rgb::BLACK)]);
        assert_eq!(m.len(), 4, "a/b and b/a are the same colour");
        assert!(contrast_matrix::<&str>(&[]).is_empty());
        assert!(contrast_matrix(&[("only", Rgb::BLACK)]).is_empty());
    }

    #[test]
    fn suggestion_for_grey_on_white_is_the_next_darker_grey() {
        let s = suggest_text_colour(rgb("#777777"), Rgb::WHITE, AA_NORMAL).unwrap();
        assert!(contrast_ratio(s.colour, Rgb::WHITE) >= AA_NORMAL);
        assert_eq!(
            s.colour,
            rgb("#767676"),
            "0.1% lightness steps find the nearest grey"
        );
        assert!(s.delta_e < 1.0, "{}", s.delta_e);
    }

    #[test]
    fn suggestion_moves_lighter_on_dark_backgrounds() {
        let bg = rgb("#111827");
        let text = rgb("#106D7C");
        assert!(contrast_ratio(text, bg) < AA_NORMAL);
        let s = suggest_text_colour(text, bg, AA_NORMAL).unwrap();
        assert!(relative_luminance(s.colour) > relative_luminance(text));
        assert!(contrast_ratio(s.colour, bg) >= AA_NORMAL);
        let h = s.colour.to_hsl();
        assert!((h.h - text.to_hsl().h).abs() < 2.0, "hue kept: {h:?}");
    }

    #[test]
    fn suggestion_is_none_when_no_lightness_can_pass() {
        // No colour reaches 21:1 against mid grey.
        assert_eq!(
            suggest_text_colour(rgb("#808080"), rgb("#808080"), 21.0),
            None
        );
    }

    #[test]
    fn suggestion_always_passes_when_some() {
        let mut checked = 0;
        for text in many_colours() {
            for bg in many_colours() {
                if contrast_ratio(text, bg) >= AA_NORMAL {
                    continue;
                }
                let s = suggest_text_colour(text, bg, AA_NORMAL)
                    .expect("black or white always reaches 4.5:1");
                assert!(
                    contrast_ratio(s.colour, bg) >= AA_NORMAL,
                    "{text} on {bg} -> {}",
                    s.hex
                );
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn roles_serialise_in_snake_case() {
        assert_eq!(
            serde_json::to_string(&Role::Background).unwrap(),
            r#""background""#
        );
        assert_eq!(serde_json::to_string(&WcagLevel::Aaa).unwrap(), r#""aaa""#);
        for r in Role::ALL {
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{r}\""));
        }
    }

    #[test]
    fn palette_pairs_put_every_colour_on_fill_colours_only() {
        let palette = [
            (Role::Text, rgb("#111827")),
            (Role::Background, Rgb::WHITE),
            (Role::Primary, rgb("#106D7C")),
            (Role::Error, rgb("#DC2626")),
            (Role::Supporting, Rgb::WHITE),
        ];
        let pairs = palette_pairs(&palette);
        // Fills: background (1), primary (2), supporting (4, same colour as 1).
        assert!(pairs.contains(&(0, 1)), "text on background");
        assert!(pairs.contains(&(1, 2)), "white on the primary button");
        assert!(pairs.contains(&(3, 1)), "error text on the page");
        assert!(
            !pairs.iter().any(|&(_, bg)| bg == 0 || bg == 3),
            "{pairs:?}"
        );
        assert!(
            !pairs.contains(&(1, 4)) && !pairs.contains(&(4, 1)),
            "identical colours"
        );
        // text 3, white 1 (only primary), primary 2, error 3, the second white 1.
        assert_eq!(pairs.len(), 10, "{pairs:?}");
        assert!(palette_pairs(&[]).is_empty());
        assert!(Role::Accent.is_fill() && !Role::Warning.is_fill() && !Role::Text.is_fill());
    }
}
