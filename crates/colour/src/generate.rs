//! Palette generation from one base colour: classic colour-wheel harmonies (rotations of the
//! HSL hue, as in Itten's colour wheel and every design tool) and a 50–900 monochrome scale in
//! the Tailwind naming convention, each colour paired with an accessible text colour.

use serde::{Deserialize, Serialize};

use crate::convert::Hsl;
use crate::hex::Rgb;
use crate::wcag::{Role, contrast_ratio};

/// Near-black for text on light colours: Tailwind's gray-900, softer than pure black but still
/// ~17.7:1 on white.
pub const DARK_TEXT: Rgb = Rgb::new(0x11, 0x18, 0x27);
pub const LIGHT_TEXT: Rgb = Rgb::WHITE;

/// The scale's step names, lightest first.
pub const SCALE_STEPS: [u16; 10] = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900];

/// HSL lightness of the 50 and 900 ends: near white / near black but still tinted.
const LIGHTEST: f64 = 97.0;
const DARKEST: f64 = 15.0;
/// 500 keeps the base's lightness when it lies in this band; outside it the band edge is used,
/// so a very light or very dark base still leaves room for distinct steps on both sides.
const MID_BAND: (f64, f64) = (25.0, 75.0);

/// A colour plus the text colour to put on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Swatch {
    pub colour: Rgb,
    pub hex: String,
    /// `#FFFFFF` or `#111827`, whichever contrasts more with `colour`.
    pub text: Rgb,
    /// Contrast of `text` on `colour`, 2 decimals.
    pub text_ratio: f64,
}

impl From<Rgb> for Swatch {
    fn from(colour: Rgb) -> Self {
        let text = accessible_text(colour);
        let ratio = contrast_ratio(text, colour);
        Swatch {
            colour,
            hex: colour.to_hex(),
            text,
            text_ratio: (ratio * 100.0).round() / 100.0,
        }
    }
}

/// One step of the monochrome scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScaleSwatch {
    pub step: u16,
    pub swatch: Swatch,
}

/// Harmonies of a base colour. Pairs are ordered (−offset, +offset).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GeneratedPalette {
    pub base: Swatch,
    /// Hue + 180°.
    pub complementary: Swatch,
    /// Hue ∓ 30°.
    pub analogous: [Swatch; 2],
    /// Hue ∓ 120°.
    pub triadic: [Swatch; 2],
    /// Hue ∓ 150° (the two neighbours of the complement).
    pub split_complementary: [Swatch; 2],
    pub monochrome: Vec<ScaleSwatch>,
}

/// White or near-black, whichever contrasts more with `background`. One of them always
/// reaches at least 4.5:1 except for a narrow band of mid tones, where it is still the best
/// of the two.
pub fn accessible_text(background: Rgb) -> Rgb {
    if contrast_ratio(LIGHT_TEXT, background) >= contrast_ratio(DARK_TEXT, background) {
        LIGHT_TEXT
    } else {
        DARK_TEXT
    }
}

/// The base colour with its HSL hue rotated by `degrees`, saturation and lightness kept.
pub fn rotate_hue(base: Rgb, degrees: f64) -> Rgb {
    let hsl = base.to_hsl_exact();
    Hsl {
        h: (hsl.h + degrees).rem_euclid(360.0),
        ..hsl
    }
    .to_rgb()
}

pub fn generate_palette(base: Rgb) -> GeneratedPalette {
    let pair = |offset: f64| {
        [
            rotate_hue(base, -offset).into(),
            rotate_hue(base, offset).into(),
        ]
    };
    GeneratedPalette {
        base: base.into(),
        complementary: rotate_hue(base, 180.0).into(),
        analogous: pair(30.0),
        triadic: pair(120.0),
        split_complementary: pair(150.0),
        monochrome: monochrome_scale(base)
            .into_iter()
            .map(|(step, colour)| ScaleSwatch {
                step,
                swatch: colour.into(),
            })
            .collect(),
    }
}

/// Ten tints and shades of the base's hue and saturation, named 50 (lightest) to 900 (darkest).
/// 500 is the base itself when its lightness is within 25–75%; lighter steps are spaced evenly
/// up to 97% lightness, darker ones down to 15%, so luminance strictly falls from 50 to 900.
pub fn monochrome_scale(base: Rgb) -> Vec<(u16, Rgb)> {
    let hsl = base.to_hsl_exact();
    let mid = hsl.l.clamp(MID_BAND.0, MID_BAND.1);
    let lighter = 5.0; // steps 50..400
    let darker = 4.0; // steps 600..900
    SCALE_STEPS
        .iter()
        .enumerate()
        .map(|(i, &step)| {
            let colour = if step == 500 && mid == hsl.l {
                base
            } else if i < 5 {
                let k = (5 - i) as f64 / lighter;
                Hsl {
                    l: mid + (LIGHTEST - mid) * k,
                    ..hsl
                }
                .to_rgb()
            } else {
                let k = (i - 5) as f64 / darker;
                Hsl {
                    l: mid - (mid - DARKEST) * k,
                    ..hsl
                }
                .to_rgb()
            };
            (step, colour)
        })
        .collect()
}

/// A colour-wheel scheme a palette can be generated with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    Complementary,
    Analogous,
    Triadic,
    SplitComplementary,
    Monochrome,
}

impl Scheme {
    pub const ALL: [Scheme; 5] = [
        Scheme::Complementary,
        Scheme::Analogous,
        Scheme::Triadic,
        Scheme::SplitComplementary,
        Scheme::Monochrome,
    ];
}

/// One colour of a generated palette with the role we suggest for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SchemeColour {
    pub role: Role,
    /// A short label for the palette editor, e.g. "Complement".
    pub name: &'static str,
    pub swatch: Swatch,
}

/// A ready-to-use palette from one base colour: the base as primary, the scheme's harmonies as
/// secondary and accent, and a tinted background (scale 50) and text colour (scale 900).
///
/// The text/background pair is the one a reader sees most, so it must pass WCAG AAA (7:1): when
/// the tinted pair does not (a very light or very saturated base), plain [`DARK_TEXT`] on the
/// tinted background is used instead, and white if even that fails.
pub fn scheme_colours(base: Rgb, scheme: Scheme) -> Vec<SchemeColour> {
    let p = generate_palette(base);
    let step = |n: u16| {
        p.monochrome
            .iter()
            .find(|s| s.step == n)
            .map(|s| s.swatch.clone())
            .unwrap_or_else(|| base.into())
    };
    let c = |role, name, swatch: Swatch| SchemeColour { role, name, swatch };
    let mut colours = match scheme {
        Scheme::Complementary => vec![
            c(Role::Primary, "Base", p.base.clone()),
            c(Role::Accent, "Complement", p.complementary.clone()),
        ],
        Scheme::Analogous => vec![
            c(Role::Primary, "Base", p.base.clone()),
            c(Role::Secondary, "Analogous −30°", p.analogous[0].clone()),
            c(Role::Accent, "Analogous +30°", p.analogous[1].clone()),
        ],
        Scheme::Triadic => vec![
            c(Role::Primary, "Base", p.base.clone()),
            c(Role::Secondary, "Triad −120°", p.triadic[0].clone()),
            c(Role::Accent, "Triad +120°", p.triadic[1].clone()),
        ],
        Scheme::SplitComplementary => vec![
            c(Role::Primary, "Base", p.base.clone()),
            c(
                Role::Secondary,
                "Split −150°",
                p.split_complementary[0].clone(),
            ),
            c(
                Role::Accent,
                "Split +150°",
                p.split_complementary[1].clone(),
            ),
        ],
        Scheme::Monochrome => vec![
            c(Role::Primary, "Base", p.base.clone()),
            c(Role::Secondary, "Shade 700", step(700)),
            c(Role::Accent, "Tint 300", step(300)),
            c(Role::Supporting, "Tint 100", step(100)),
        ],
    };
    let background = step(50);
    let tinted_text = step(900).colour;
    let text = [tinted_text, DARK_TEXT, LIGHT_TEXT]
        .into_iter()
        .find(|t| contrast_ratio(*t, background.colour) >= crate::wcag::AAA_NORMAL)
        .unwrap_or_else(|| accessible_text(background.colour));
    colours.push(c(Role::Background, "Background", background));
    colours.push(c(Role::Text, "Text", text.into()));
    colours
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wcag::relative_luminance;

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse_hex(hex).unwrap()
    }

    /// Signed shortest angle from `a` to `b`, in degrees.
    fn hue_offset(a: Rgb, b: Rgb) -> f64 {
        let d = b.to_hsl_exact().h - a.to_hsl_exact().h;
        (d + 180.0).rem_euclid(360.0) - 180.0
    }

    #[test]
    fn accessible_text_picks_the_stronger_contrast() {
        assert_eq!(accessible_text(Rgb::WHITE), DARK_TEXT);
        assert_eq!(accessible_text(Rgb::BLACK), LIGHT_TEXT);
        assert_eq!(accessible_text(rgb("#106D7C")), LIGHT_TEXT);
        assert_eq!(accessible_text(rgb("#FF7557")), DARK_TEXT);
        let s = Swatch::from(rgb("#106D7C"));
        assert_eq!(s.hex, "#106D7C");
        assert!(s.text_ratio >= 4.5, "{}", s.text_ratio);
    }

    #[test]
    fn harmonies_have_the_right_hue_offsets() {
        for base in [
            rgb("#106D7C"),
            rgb("#FF7557"),
            rgb("#3B82F6"),
            rgb("#22C55E"),
        ] {
            let p = generate_palette(base);
            assert_eq!(p.base.colour, base);
            let check = |s: &Swatch, want: f64| {
                let got = hue_offset(base, s.colour);
                let diff = (got - want + 180.0).rem_euclid(360.0) - 180.0;
                assert!(
                    diff.abs() < 2.0,
                    "{base}: wanted {want}, got {got} ({})",
                    s.hex
                );
            };
            check(&p.complementary, 180.0);
            check(&p.analogous[0], -30.0);
            check(&p.analogous[1], 30.0);
            check(&p.triadic[0], -120.0);
            check(&p.triadic[1], 120.0);
            check(&p.split_complementary[0], -150.0);
            check(&p.split_complementary[1], 150.0);
            assert_eq!(p.monochrome.len(), 10);
        }
    }

    #[test]
    fn known_complement() {
        assert_eq!(rotate_hue(rgb("#FF0000"), 180.0), rgb("#00FFFF"));
        assert_eq!(rotate_hue(rgb("#FF0000"), 120.0), rgb("#00FF00"));
        assert_eq!(rotate_hue(rgb("#FF0000"), -120.0), rgb("#0000FF"));
        assert_eq!(
            rotate_hue(rgb("#808080"), 90.0),
            rgb("#808080"),
            "greys have no hue"
        );
    }

    #[test]
    fn every_generated_colour_carries_its_best_text_colour() {
        let p = generate_palette(rgb("#106D7C"));
        let mut all = vec![&p.base, &p.complementary];
        all.extend(
            p.analogous
                .iter()
                .chain(&p.triadic)
                .chain(&p.split_complementary),
        );
        all.extend(p.monochrome.iter().map(|s| &s.swatch));
        for s in all {
            let other = if s.text == LIGHT_TEXT {
                DARK_TEXT
            } else {
                LIGHT_TEXT
            };
            assert!(contrast_ratio(s.text, s.colour) >= contrast_ratio(other, s.colour));
            assert_eq!(
                s.text_ratio,
                (contrast_ratio(s.text, s.colour) * 100.0).round() / 100.0
            );
        }
    }

    #[test]
    fn scale_keeps_base_at_500_with_steps_in_order() {
        let base = rgb("#106D7C");
        let scale = monochrome_scale(base);
        let steps: Vec<u16> = scale.iter().map(|(s, _)| *s).collect();
        assert_eq!(steps, SCALE_STEPS);
        assert_eq!(scale[5], (500, base));
        let lightest = scale[0].1.to_hsl();
        assert!(
            (lightest.l - LIGHTEST).abs() < 1.0 && (lightest.h - 188.3).abs() < 5.0,
            "8-bit tints quantise hue: {lightest:?}"
        );
    }

    #[test]
    fn scale_luminance_is_strictly_monotonic_for_many_bases() {
        for r in (0..=255u8).step_by(15) {
            for g in (0..=255u8).step_by(51) {
                for b in (0..=255u8).step_by(51) {
                    let base = Rgb::new(r, g, b);
                    let scale = monochrome_scale(base);
                    for w in scale.windows(2) {
                        assert!(
                            relative_luminance(w[0].1) > relative_luminance(w[1].1),
                            "{base}: {} {} !> {} {}",
                            w[0].0,
                            w[0].1,
                            w[1].0,
                            w[1].1
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn extreme_bases_still_get_a_full_scale() {
        for base in [Rgb::WHITE, Rgb::BLACK, rgb("#FEFCE8")] {
            let scale = monochrome_scale(base);
            let distinct: std::collections::HashSet<Rgb> = scale.iter().map(|(_, c)| *c).collect();
            assert_eq!(distinct.len(), 10, "{base}");
        }
    }

    #[test]
    fn schemes_suggest_roles_and_a_readable_text_background_pair() {
        for base in [
            rgb("#106D7C"),
            rgb("#FF7557"),
            rgb("#FEFCE8"),
            rgb("#000000"),
            rgb("#FFFF00"),
        ] {
            for scheme in Scheme::ALL {
                let colours = scheme_colours(base, scheme);
                let role = |r: Role| {
                    colours
                        .iter()
                        .find(|c| c.role == r)
                        .map(|c| c.swatch.colour)
                };
                assert_eq!(role(Role::Primary), Some(base), "{scheme:?}");
                let (text, bg) = (role(Role::Text).unwrap(), role(Role::Background).unwrap());
                assert!(
                    contrast_ratio(text, bg) >= crate::wcag::AAA_NORMAL,
                    "{base} {scheme:?}: {text} on {bg}"
                );
                assert!(role(Role::Accent).is_some(), "{scheme:?}");
            }
        }
        let comp = scheme_colours(rgb("#FF0000"), Scheme::Complementary);
        assert_eq!(comp[1].role, Role::Accent);
        assert_eq!(comp[1].swatch.colour, rgb("#00FFFF"));
        let tri = scheme_colours(rgb("#FF0000"), Scheme::Triadic);
        assert_eq!(
            tri.iter()
                .map(|c| c.swatch.hex.as_str())
                .take(3)
                .collect::<Vec<_>>(),
            ["#FF0000", "#0000FF", "#00FF00"]
        );
        let mono = scheme_colours(rgb("#106D7C"), Scheme::Monochrome);
        assert_eq!(mono.len(), 6);
        assert_eq!(
            serde_json::to_string(&Scheme::SplitComplementary).unwrap(),
            r#""split_complementary""#
        );
    }
}
