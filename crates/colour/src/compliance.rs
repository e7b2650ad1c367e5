//! Visual consistency check: how much of what we observed (e.g. dominant colours extracted
//! from a page, an ad or an image) stays on the brand palette, judged by perceptual distance
//! (CIEDE2000, see [`crate::ciede2000`]).

use serde::{Deserialize, Serialize};

use crate::ciede2000::delta_e_2000;
use crate::hex::Rgb;

/// ΔE00 up to which an observed colour counts as a palette colour. Around 10 the difference
/// is obvious side by side but still reads as "the same brand colour" (e.g. after image
/// compression or a slightly different screen render); tune per brand.
pub const DEFAULT_THRESHOLD: f64 = 10.0;

/// One observed colour and the palette colour closest to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColourMatch {
    pub observed: Rgb,
    /// Share of the observed area, as given (negative or NaN shares count as 0).
    pub share: f64,
    /// `None` only when the palette is empty.
    pub nearest_name: Option<String>,
    pub nearest: Option<Rgb>,
    /// ΔE00 to `nearest`, 2 decimals; `None` only when the palette is empty.
    pub delta_e: Option<f64>,
    pub on_palette: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComplianceReport {
    /// Share-weighted percentage of observed colour that is on the palette, 0–100. Shares are
    /// normalised by their sum, so they need not add up to exactly 1. With nothing observed
    /// (or all shares zero) nothing is off-brand and the score is 100.
    pub score: u8,
    pub threshold: f64,
    /// In the order observed.
    pub matches: Vec<ColourMatch>,
}

pub fn compare_to_palette(
    observed: &[(Rgb, f64)],
    palette: &[(String, Rgb)],
    threshold: f64,
) -> ComplianceReport {
    let palette_lab: Vec<_> = palette
        .iter()
        .map(|(name, c)| (name, *c, c.to_lab()))
        .collect();
    let mut total = 0.0;
    let mut on = 0.0;
    let matches = observed
        .iter()
        .map(|&(colour, share)| {
            let share = if share.is_finite() && share > 0.0 {
                share
            } else {
                0.0
            };
            let lab = colour.to_lab();
            let nearest = palette_lab
                .iter()
                .map(|(name, c, l)| (*name, *c, delta_e_2000(lab, *l)))
                .min_by(|a, b| a.2.total_cmp(&b.2));
            let on_palette = nearest.is_some_and(|(_, _, d)| d <= threshold);
            total += share;
            if on_palette {
                on += share;
            }
            ColourMatch {
                observed: colour,
                share,
                nearest_name: nearest.map(|(n, _, _)| n.clone()),
                nearest: nearest.map(|(_, c, _)| c),
                delta_e: nearest.map(|(_, _, d)| (d * 100.0).round() / 100.0),
                on_palette,
            }
        })
        .collect();
    let score = if total > 0.0 {
        (on / total * 100.0).round() as u8
    } else {
        100
    };
    ComplianceReport {
        score,
        threshold,
        matches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse_hex(hex).unwrap()
    }

    fn palette() -> Vec<(String, Rgb)> {
        vec![
            ("primary".into(), rgb("#106D7C")),
            ("accent".into(), rgb("#FF7557")),
            ("background".into(), Rgb::WHITE),
        ]
    }

    #[test]
    fn exact_and_near_palette_colours_score_100() {
        let observed = [
            (rgb("#106D7C"), 0.5),
            (rgb("#FFFFFF"), 0.3),
            (rgb("#FF7A5C"), 0.2),
        ];
        let report = compare_to_palette(&observed, &palette(), DEFAULT_THRESHOLD);
        assert_eq!(report.score, 100);
        assert_eq!(report.matches[0].delta_e, Some(0.0));
        assert_eq!(report.matches[2].nearest_name.as_deref(), Some("accent"));
        assert!(report.matches[2].delta_e.unwrap() > 0.0);
        assert!(report.matches.iter().all(|m| m.on_palette));
    }

    #[test]
    fn off_palette_colour_lowers_the_score_by_its_share() {
        let observed = [
            (rgb("#106D7C"), 0.6),
            (rgb("#9333EA"), 0.3),
            (Rgb::WHITE, 0.1),
        ];
        let report = compare_to_palette(&observed, &palette(), DEFAULT_THRESHOLD);
        assert_eq!(report.score, 70);
        let purple = &report.matches[1];
        assert!(!purple.on_palette);
        assert!(purple.delta_e.unwrap() > DEFAULT_THRESHOLD);
        assert!(purple.nearest.is_some());
    }

    #[test]
    fn threshold_decides_and_shares_are_normalised() {
        let observed = [(rgb("#FF7A5C"), 2.0), (rgb("#106D7C"), 2.0)];
        let strict = compare_to_palette(&observed, &palette(), 0.5);
        assert_eq!(strict.score, 50);
        assert_eq!(strict.threshold, 0.5);
    }

    #[test]
    fn edge_cases() {
        let empty = compare_to_palette(&[], &palette(), DEFAULT_THRESHOLD);
        assert_eq!(empty.score, 100);
        assert!(empty.matches.is_empty());

        let no_palette = compare_to_palette(&[(Rgb::BLACK, 1.0)], &[], DEFAULT_THRESHOLD);
        assert_eq!(no_palette.score, 0);
        assert_eq!(no_palette.matches[0].nearest_name, None);
        assert!(!no_palette.matches[0].on_palette);

        let bad_shares = [
            (rgb("#9333EA"), f64::NAN),
            (rgb("#106D7C"), -1.0),
            (Rgb::WHITE, 1.0),
        ];
        let r = compare_to_palette(&bad_shares, &palette(), DEFAULT_THRESHOLD);
        assert_eq!(r.score, 100);
        assert_eq!(r.matches[0].share, 0.0);
    }

    #[test]
    fn report_serialises() {
        let r = compare_to_palette(&[(Rgb::BLACK, 1.0)], &palette(), DEFAULT_THRESHOLD);
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["matches"][0]["observed"]["r"], 0);
        let back: ComplianceReport = serde_json::from_value(json).unwrap();
        assert_eq!(back, r);
    }
}
