//! Judging observed colours against the brand palette: a verdict per colour by perceptual
//! distance (CIEDE2000), a score, and findings a person can act on. Pure.

use colour::Rgb;
use serde::Serialize;
use utoipa::ToSchema;

use crate::model::{ColourRole, PaletteColour};

/// Up to this ΔE00 an observed colour is the palette colour (rendering, compression).
pub const PASS_DELTA_E: f64 = 5.0;
/// Up to this ΔE00 it reads as the palette colour but is not exact; beyond it, off-palette.
pub const FAIL_DELTA_E: f64 = colour::DEFAULT_THRESHOLD;
/// Colours covering less than this share get no finding of their own: thin lines and
/// anti-aliasing are not choices anyone made.
pub const NOTABLE_SHARE: f64 = 0.02;

/// A colour observed colours are compared with.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub name: String,
    /// `None` for the implicit neutrals and for logo colours.
    pub role: Option<ColourRole>,
    pub colour: Rgb,
}

fn role_label(role: ColourRole) -> &'static str {
    match role {
        ColourRole::Primary => "Primary",
        ColourRole::Secondary => "Secondary",
        ColourRole::Supporting => "Supporting",
        ColourRole::Text => "Text",
        ColourRole::Background => "Background",
        ColourRole::Accent => "Accent",
        ColourRole::Success => "Success",
        ColourRole::Warning => "Warning",
        ColourRole::Error => "Error",
    }
}

/// The palette, then pure white and black: every layout has them (paper, type) and a palette
/// rarely lists them, so they are never reported as off-brand.
pub fn references(palette: &[PaletteColour]) -> Vec<Reference> {
    let mut refs: Vec<Reference> = palette
        .iter()
        .filter_map(|p| {
            let colour = Rgb::parse_hex(&p.hex).ok()?;
            let name = if p.name.trim().is_empty() {
                role_label(p.role).to_owned()
            } else {
                p.name.trim().to_owned()
            };
            Some(Reference {
                name,
                role: Some(p.role),
                colour,
            })
        })
        .collect();
    for (name, colour) in [("White", Rgb::WHITE), ("Black", Rgb::BLACK)] {
        if !refs.iter().any(|r| r.colour == colour) {
            refs.push(Reference {
                name: name.into(),
                role: None,
                colour,
            });
        }
    }
    refs
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Warn,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warn,
    Fail,
}

/// The palette colour an observed colour is closest to.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PaletteMatch {
    pub name: String,
    /// `None` for the implicit white and black, and for colours of the brand's logos.
    pub role: Option<ColourRole>,
    pub hex: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ColourVerdict {
    pub hex: String,
    /// Share of the image's visible pixels, or of the colour uses in the markup, 0..1.
    pub share: f64,
    pub nearest: Option<PaletteMatch>,
    /// ΔE00 to `nearest`: under 5 passes, up to 10 warns, beyond fails.
    pub delta_e: Option<f64>,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Finding {
    pub severity: Severity,
    /// Stable: `off_palette`, `near_palette`, `no_colours`, `too_small`, `clear_space`...
    pub code: String,
    pub message: String,
    pub suggestion: Option<String>,
}

impl Finding {
    pub fn new(
        severity: Severity,
        code: &str,
        message: String,
        suggestion: Option<String>,
    ) -> Self {
        Finding {
            severity,
            code: code.to_owned(),
            message,
            suggestion,
        }
    }
}

/// Verdicts for `observed` (colour, share) and the share-weighted score: the percentage of the
/// observed colour that is within [`FAIL_DELTA_E`] of a reference.
pub fn grade(observed: &[(Rgb, f64)], refs: &[Reference]) -> (u8, Vec<ColourVerdict>) {
    let palette: Vec<(String, Rgb)> = refs.iter().map(|r| (r.name.clone(), r.colour)).collect();
    let report = colour::compare_to_palette(observed, &palette, FAIL_DELTA_E);
    let verdicts = report
        .matches
        .iter()
        .map(|m| {
            let nearest = m.nearest_name.as_ref().and_then(|name| {
                refs.iter()
                    .find(|r| &r.name == name && Some(r.colour) == m.nearest)
                    .map(|r| PaletteMatch {
                        name: r.name.clone(),
                        role: r.role,
                        hex: r.colour.to_hex(),
                    })
            });
            let verdict = match m.delta_e {
                Some(d) if d <= PASS_DELTA_E => Verdict::Pass,
                Some(d) if d <= FAIL_DELTA_E => Verdict::Warn,
                _ => Verdict::Fail,
            };
            ColourVerdict {
                hex: m.observed.to_hex(),
                share: (m.share * 10_000.0).round() / 10_000.0,
                nearest,
                delta_e: m.delta_e,
                verdict,
            }
        })
        .collect();
    (report.score, verdicts)
}

fn percent(share: f64) -> String {
    let p = share * 100.0;
    if p < 1.0 {
        "under 1%".into()
    } else {
        format!("{}%", p.round())
    }
}

/// A finding for each notable colour that is not exactly on the palette.
pub fn colour_findings(colours: &[ColourVerdict], total_share: f64) -> Vec<Finding> {
    let total = if total_share > 0.0 { total_share } else { 1.0 };
    colours
        .iter()
        .filter(|c| c.share / total >= NOTABLE_SHARE && c.verdict != Verdict::Pass)
        .map(|c| {
            let share = percent(c.share / total);
            let (near_name, near_hex) = c
                .nearest
                .as_ref()
                .map_or(("", ""), |n| (n.name.as_str(), n.hex.as_str()));
            let delta = c.delta_e.unwrap_or_default();
            if c.verdict == Verdict::Warn {
                Finding::new(
                    Severity::Warn,
                    "near_palette",
                    format!(
                        "{} ({share}) is close to {near_name} {near_hex} (ΔE {delta:.1}) but not the same colour.",
                        c.hex
                    ),
                    Some(format!("Use the exact palette value {near_hex}.")),
                )
            } else {
                Finding::new(
                    Severity::Fail,
                    "off_palette",
                    format!(
                        "{} ({share}) is not a brand colour: the nearest, {near_name} {near_hex}, is ΔE {delta:.1} away.",
                        c.hex
                    ),
                    Some(format!(
                        "Replace it with {near_name} {near_hex} or another palette colour."
                    )),
                )
            }
        })
        .collect()
}

/// Pass from a score of 90 with no warning, warn from 70, fail below or on any failing finding
/// about something other than colour shares (a logo shown too small fails whatever its colours).
pub fn overall(score: u8, findings: &[Finding]) -> Verdict {
    let worst = findings.iter().map(|f| f.severity).max();
    let hard_fail = findings
        .iter()
        .any(|f| f.severity == Severity::Fail && f.code != "off_palette");
    if hard_fail || score < 70 {
        Verdict::Fail
    } else if score < 90 || worst >= Some(Severity::Warn) {
        Verdict::Warn
    } else {
        Verdict::Pass
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse_hex(hex).unwrap()
    }

    fn palette() -> Vec<PaletteColour> {
        vec![
            PaletteColour {
                role: ColourRole::Primary,
                name: "Teal".into(),
                hex: "#106D7C".into(),
            },
            PaletteColour {
                role: ColourRole::Accent,
                name: String::new(),
                hex: "#FF7557".into(),
            },
            PaletteColour {
                role: ColourRole::Background,
                name: "Paper".into(),
                hex: "#FFFFFF".into(),
            },
        ]
    }

    #[test]
    fn references_add_black_and_white_once() {
        let refs = references(&palette());
        let names: Vec<&str> = refs.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Teal", "Accent", "Paper", "Black"]);
        assert_eq!(refs[3].role, None);
    }

    #[test]
    fn verdicts_follow_the_distance_bands() {
        let refs = references(&palette());
        let (score, v) = grade(
            &[
                (rgb("#106D7C"), 0.5),
                (rgb("#168090"), 0.2),
                (rgb("#9333EA"), 0.3),
            ],
            &refs,
        );
        assert_eq!(v[0].verdict, Verdict::Pass);
        assert_eq!(v[0].nearest.as_ref().unwrap().name, "Teal");
        assert_eq!(
            v[0].nearest.as_ref().unwrap().role,
            Some(ColourRole::Primary)
        );
        let near = v[1].delta_e.unwrap();
        assert!(near > PASS_DELTA_E && near <= FAIL_DELTA_E, "{near}");
        assert_eq!(v[1].verdict, Verdict::Warn);
        assert_eq!(v[2].verdict, Verdict::Fail);
        assert_eq!(score, 70);
        let findings = colour_findings(&v, 1.0);
        let codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["near_palette", "off_palette"]);
        assert!(
            findings[1]
                .message
                .starts_with("#9333EA (30%) is not a brand colour")
        );
        assert!(
            findings[0]
                .suggestion
                .as_deref()
                .unwrap()
                .contains("#106D7C")
        );
        assert_eq!(overall(score, &findings), Verdict::Warn);
    }

    #[test]
    fn small_shares_get_no_finding_and_the_overall_verdict_follows_the_score() {
        let refs = references(&palette());
        let (score, v) = grade(&[(rgb("#106D7C"), 0.99), (rgb("#9333EA"), 0.01)], &refs);
        assert_eq!(score, 99);
        assert!(colour_findings(&v, 1.0).is_empty());
        assert_eq!(overall(score, &[]), Verdict::Pass);
        assert_eq!(overall(60, &[]), Verdict::Fail);
        let too_small = Finding::new(Severity::Fail, "too_small", "x".into(), None);
        assert_eq!(overall(100, &[too_small]), Verdict::Fail);
        let info = Finding::new(Severity::Info, "min_width_unset", "x".into(), None);
        assert_eq!(overall(100, &[info]), Verdict::Pass);
    }
}
