//! Palette generation from one base colour: classic colour-wheel harmonies (rotations of the
//! HSL hue, as in Itten's colour wheel and every design tool) and a 50–900 monochrome scale in
//! the Tailwind naming convention, each colour paired with an accessible text colour.

use serde::{Deserialize, Serialize};

use crate::convert::Hsl;
use crate::hex::Rgb;
use crate::wcag::contrast_ratio;

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
}
