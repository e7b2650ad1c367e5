//! Conversions between sRGB and the spaces designers and printers talk in (HSL, CMYK) and
//! the perceptual space the maths needs (CIE L*a*b*).
//!
//! Sources: HSL per CSS Color Module Level 4 §7 ("HSL colors"); naive (device-independent,
//! no ICC profile) CMYK as used by design tools for display only; sRGB → XYZ per
//! IEC 61966-2-1 with the D65 white point, XYZ → L*a*b* per CIE 15:2004 with the exact
//! ε = 216/24389 and κ = 24389/27 constants (Lindbloom).

use serde::{Deserialize, Serialize};

use crate::hex::Rgb;

/// Hue in degrees `[0, 360)`, saturation and lightness in percent `[0, 100]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Hsl {
    pub h: f64,
    pub s: f64,
    pub l: f64,
}

/// Cyan, magenta, yellow and key (black) in percent `[0, 100]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Cmyk {
    pub c: f64,
    pub m: f64,
    pub y: f64,
    pub k: f64,
}

/// CIE L*a*b* (D65). Not rounded: it feeds ΔE computations.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Lab {
    pub l: f64,
    pub a: f64,
    pub b: f64,
}

/// One colour in every format a brand kit shows next to a swatch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColourFormats {
    pub hex: String,
    pub rgb: Rgb,
    pub hsl: Hsl,
    pub cmyk: Cmyk,
}

impl From<Rgb> for ColourFormats {
    fn from(rgb: Rgb) -> Self {
        ColourFormats {
            hex: rgb.to_hex(),
            rgb,
            hsl: rgb.to_hsl(),
            cmyk: rgb.to_cmyk(),
        }
    }
}

/// Display values get one decimal: enough to round-trip 8-bit RGB within ±1 per channel,
/// few enough to read.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// sRGB transfer function inverse (IEC 61966-2-1). WCAG 2.x quotes the threshold as 0.03928
/// instead of 0.04045; no 8-bit value lies between them (10/255 < 0.03928, 11/255 > 0.04045),
/// so one function serves both.
pub(crate) fn srgb_to_linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

impl Rgb {
    /// HSL rounded to one decimal, for display and storage.
    pub fn to_hsl(self) -> Hsl {
        let h = self.to_hsl_exact();
        let mut hue = round1(h.h);
        if hue >= 360.0 {
            hue -= 360.0;
        }
        Hsl {
            h: hue,
            s: round1(h.s),
            l: round1(h.l),
        }
    }

    /// Unrounded HSL, for computations that rotate hue or move lightness.
    pub fn to_hsl_exact(self) -> Hsl {
        let r = f64::from(self.r) / 255.0;
        let g = f64::from(self.g) / 255.0;
        let b = f64::from(self.b) / 255.0;
        let max = r.max(g).max(b);
        let min = r.min(g).min(b);
        let l = (max + min) / 2.0;
        let d = max - min;
        if d == 0.0 {
            // Greys have no hue; 0 is the CSS convention.
            return Hsl {
                h: 0.0,
                s: 0.0,
                l: l * 100.0,
            };
        }
        let s = d / (1.0 - (2.0 * l - 1.0).abs());
        let h = if max == r {
            ((g - b) / d).rem_euclid(6.0)
        } else if max == g {
            (b - r) / d + 2.0
        } else {
            (r - g) / d + 4.0
        } * 60.0;
        Hsl {
            h: h.rem_euclid(360.0),
            s: (s * 100.0).min(100.0),
            l: l * 100.0,
        }
    }

    /// Naive CMYK: k = 1 − max(r, g, b), others relative to the remaining ink. Print work
    /// needs an ICC profile; this is what design tools show as a starting point.
    pub fn to_cmyk(self) -> Cmyk {
        let r = f64::from(self.r) / 255.0;
        let g = f64::from(self.g) / 255.0;
        let b = f64::from(self.b) / 255.0;
        let k = 1.0 - r.max(g).max(b);
        if k >= 1.0 {
            return Cmyk {
                c: 0.0,
                m: 0.0,
                y: 0.0,
                k: 100.0,
            };
        }
        let ink = |x: f64| round1((1.0 - x - k) / (1.0 - k) * 100.0);
        Cmyk {
            c: ink(r),
            m: ink(g),
            y: ink(b),
            k: round1(k * 100.0),
        }
    }

    /// sRGB (D65) → XYZ → CIE L*a*b*.
    pub fn to_lab(self) -> Lab {
        let (r, g, b) = (
            srgb_to_linear(self.r),
            srgb_to_linear(self.g),
            srgb_to_linear(self.b),
        );
        // IEC 61966-2-1 sRGB → XYZ matrix (Lindbloom's 7-digit version).
        let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
        let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
        let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
        // D65 reference white = the matrix row sums, so white maps to a = b = 0.
        const XN: f64 = 0.950_470;
        const YN: f64 = 1.0;
        const ZN: f64 = 1.088_830;
        const EPSILON: f64 = 216.0 / 24389.0;
        const KAPPA: f64 = 24389.0 / 27.0;
        let f = |t: f64| {
            if t > EPSILON {
                t.cbrt()
            } else {
                (KAPPA * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x / XN), f(y / YN), f(z / ZN));
        Lab {
            l: 116.0 * fy - 16.0,
            a: 500.0 * (fx - fy),
            b: 200.0 * (fy - fz),
        }
    }

    pub fn formats(self) -> ColourFormats {
        ColourFormats::from(self)
    }
}

impl Hsl {
    /// CSS Color 4 §7.1 HSL → sRGB, rounded to the nearest 8-bit value. Out-of-range input is
    /// clamped (saturation, lightness) or wrapped (hue) rather than rejected, because callers
    /// rotate hues and step lightness arithmetically.
    pub fn to_rgb(self) -> Rgb {
        let h = self.h.rem_euclid(360.0) / 60.0;
        let s = (self.s / 100.0).clamp(0.0, 1.0);
        let l = (self.l / 100.0).clamp(0.0, 1.0);
        let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
        let x = c * (1.0 - (h.rem_euclid(2.0) - 1.0).abs());
        let (r, g, b) = match h as u32 {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        let m = l - c / 2.0;
        let to8 = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
        Rgb::new(to8(r), to8(g), to8(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse_hex(hex).unwrap()
    }

    fn hsl(h: f64, s: f64, l: f64) -> Hsl {
        Hsl { h, s, l }
    }

    fn cmyk(c: f64, m: f64, y: f64, k: f64) -> Cmyk {
        Cmyk { c, m, y, k }
    }

    #[test]
    fn known_hsl_values() {
        assert_eq!(rgb("#106D7C").to_hsl(), hsl(188.3, 77.1, 27.5));
        assert_eq!(rgb("#FF7557").to_hsl(), hsl(10.7, 100.0, 67.1));
        assert_eq!(rgb("#FFFFFF").to_hsl(), hsl(0.0, 0.0, 100.0));
        assert_eq!(rgb("#000000").to_hsl(), hsl(0.0, 0.0, 0.0));
        assert_eq!(rgb("#FF0000").to_hsl(), hsl(0.0, 100.0, 50.0));
        assert_eq!(rgb("#00FF00").to_hsl(), hsl(120.0, 100.0, 50.0));
        assert_eq!(rgb("#0000FF").to_hsl(), hsl(240.0, 100.0, 50.0));
        assert_eq!(rgb("#FF00FF").to_hsl(), hsl(300.0, 100.0, 50.0));
        assert_eq!(rgb("#808080").to_hsl(), hsl(0.0, 0.0, 50.2));
    }

    #[test]
    fn hsl_hue_stays_below_360() {
        // The reddest non-red hue (#FF0001, 359.76°) must stay below 360 after rounding.
        let h = rgb("#FF0001").to_hsl().h;
        assert!((359.0..360.0).contains(&h), "{h}");
    }

    #[test]
    fn known_hsl_to_rgb() {
        assert_eq!(hsl(188.3, 77.1, 27.5).to_rgb(), rgb("#106D7C"));
        assert_eq!(hsl(10.7, 100.0, 67.1).to_rgb(), rgb("#FF7557"));
        assert_eq!(hsl(0.0, 0.0, 100.0).to_rgb(), Rgb::WHITE);
        assert_eq!(hsl(0.0, 0.0, 0.0).to_rgb(), Rgb::BLACK);
        assert_eq!(hsl(360.0, 100.0, 50.0).to_rgb(), rgb("#FF0000"));
        assert_eq!(hsl(-120.0, 100.0, 50.0).to_rgb(), rgb("#0000FF"));
        assert_eq!(hsl(60.0, 150.0, 120.0).to_rgb(), Rgb::WHITE, "clamped");
    }

    #[test]
    fn known_cmyk_values() {
        assert_eq!(rgb("#106D7C").to_cmyk(), cmyk(87.1, 12.1, 0.0, 51.4));
        assert_eq!(rgb("#FF7557").to_cmyk(), cmyk(0.0, 54.1, 65.9, 0.0));
        assert_eq!(rgb("#FFFFFF").to_cmyk(), cmyk(0.0, 0.0, 0.0, 0.0));
        assert_eq!(rgb("#000000").to_cmyk(), cmyk(0.0, 0.0, 0.0, 100.0));
    }

    #[test]
    fn known_lab_values() {
        // Reference values from Lindbloom's calculator (sRGB, D65).
        let close = |got: Lab, l: f64, a: f64, b: f64| {
            assert!(
                (got.l - l).abs() < 0.01 && (got.a - a).abs() < 0.01 && (got.b - b).abs() < 0.01,
                "{got:?} vs ({l}, {a}, {b})"
            );
        };
        close(Rgb::WHITE.to_lab(), 100.0, 0.0, 0.0);
        close(Rgb::BLACK.to_lab(), 0.0, 0.0, 0.0);
        close(rgb("#FF0000").to_lab(), 53.2408, 80.0925, 67.2032);
        close(rgb("#808080").to_lab(), 53.5850, 0.0, 0.0);
    }

    #[test]
    fn formats_bundle_everything() {
        let f = rgb("#106d7c").formats();
        assert_eq!(f.hex, "#106D7C");
        assert_eq!(f.rgb, rgb("#106D7C"));
        assert_eq!(f.hsl, hsl(188.3, 77.1, 27.5));
        assert_eq!(f.cmyk, cmyk(87.1, 12.1, 0.0, 51.4));
    }

    #[test]
    fn hsl_round_trip_within_one_per_channel() {
        // Property: the *rounded* HSL we display converts back to within ±1 of the original.
        for r in (0..=255u8).step_by(3) {
            for g in (0..=255u8).step_by(7) {
                for b in (0..=255u8).step_by(11) {
                    let c = Rgb::new(r, g, b);
                    let back = c.to_hsl().to_rgb();
                    for (x, y) in [(c.r, back.r), (c.g, back.g), (c.b, back.b)] {
                        assert!(x.abs_diff(y) <= 1, "{c} -> {:?} -> {back}", c.to_hsl());
                    }
                    assert_eq!(
                        c.to_hsl_exact().to_rgb(),
                        c,
                        "exact HSL round-trips exactly"
                    );
                }
            }
        }
    }

    #[test]
    fn cmyk_and_hsl_stay_in_range() {
        for r in (0..=255u8).step_by(17) {
            for g in (0..=255u8).step_by(17) {
                for b in (0..=255u8).step_by(17) {
                    let c = Rgb::new(r, g, b);
                    let h = c.to_hsl();
                    assert!((0.0..360.0).contains(&h.h) && (0.0..=100.0).contains(&h.s));
                    assert!((0.0..=100.0).contains(&h.l));
                    let k = c.to_cmyk();
                    for v in [k.c, k.m, k.y, k.k] {
                        assert!((0.0..=100.0).contains(&v), "{c} -> {k:?}");
                    }
                    let lab = c.to_lab();
                    assert!((-0.01..=100.01).contains(&lab.l));
                }
            }
        }
    }
}
