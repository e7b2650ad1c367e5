//! Builds the kit document from a profile, the files it points at and the brand's personas.
//! Pure: the service loads, this computes.

use crate::kit::dto::*;
use crate::model::{BrandProfile, ColourRole, FontRole};
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Everything a kit is made of, already loaded.
pub struct KitParts<'a> {
    pub brand_id: Option<Uuid>,
    pub source: KitSource,
    pub draft_fallback: bool,
    pub version: Option<i32>,
    pub published_at: Option<DateTime<Utc>>,
    pub generated_at: DateTime<Utc>,
    pub profile: BrandProfile,
    /// Resolved library files by asset id; an id without an entry is a file that is gone.
    pub files: &'a HashMap<Uuid, KitFile>,
    pub personas: Vec<KitPersona>,
}

pub fn assemble(parts: KitParts<'_>) -> BrandKit {
    let KitParts {
        brand_id,
        source,
        draft_fallback,
        version,
        published_at,
        generated_at,
        profile,
        files,
        personas,
    } = parts;
    let palette = palette(&profile);
    let contrast = contrast(&palette);
    let typography = typography(&profile);
    let file = |id: &Uuid| files.get(id).cloned();
    let all = |ids: &[Uuid]| ids.iter().filter_map(file).collect::<Vec<_>>();
    let v = &profile.visual;
    let logos = v
        .logos
        .iter()
        .map(|l| KitLogo {
            variant: l.variant,
            file: file(&l.asset_id),
        })
        .collect();
    let logo_examples = KitLogoExamples {
        dos: all(&v.logo_rules.do_examples),
        donts: all(&v.logo_rules.dont_examples),
    };
    let iconography = KitImagery {
        guidance: v.iconography.guidance.clone(),
        references: all(&v.iconography.reference_asset_ids),
    };
    let photography = KitImagery {
        guidance: v.photography.guidance.clone(),
        references: all(&v.photography.reference_asset_ids),
    };
    let sonic = v
        .sonic
        .iter()
        .map(|s| KitSonic {
            name: s.name.clone(),
            usage: s.usage.clone(),
            file: file(&s.asset_id),
        })
        .collect();
    BrandKit {
        brand_id,
        name: profile.name.clone(),
        source,
        draft_fallback,
        version,
        published_at,
        generated_at,
        palette,
        contrast,
        typography,
        logos,
        logo_examples,
        iconography,
        photography,
        sonic,
        personas,
        profile,
    }
}

/// Lowercase ASCII words joined by `-`: safe inside a CSS custom property or a JS key.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn role_key(r: ColourRole) -> &'static str {
    match r {
        ColourRole::Primary => "primary",
        ColourRole::Secondary => "secondary",
        ColourRole::Supporting => "supporting",
        ColourRole::Text => "text",
        ColourRole::Background => "background",
        ColourRole::Accent => "accent",
        ColourRole::Success => "success",
        ColourRole::Warning => "warning",
        ColourRole::Error => "error",
    }
}

/// Unique token keys: the first colour of a role is named after the role, the next ones
/// after the role and their own name (`supporting-sand`), or a number when that is taken.
pub fn colour_tokens(palette: &[(ColourRole, &str)]) -> Vec<String> {
    let mut used = HashSet::new();
    palette
        .iter()
        .map(|(role, name)| {
            let base = role_key(*role).to_owned();
            let mut candidates = vec![base.clone()];
            let named = slug(name);
            if !named.is_empty() && named != base {
                candidates.push(format!("{base}-{named}"));
            }
            let token = candidates
                .into_iter()
                .find(|c| !used.contains(c))
                .unwrap_or_else(|| {
                    (2..)
                        .map(|n| format!("{base}-{n}"))
                        .find(|c| !used.contains(c))
                        .expect("an unused number exists")
                });
            used.insert(token.clone());
            token
        })
        .collect()
}

/// Step names as token keys, numbered when two slugs collide.
pub fn step_tokens<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    let mut used = HashSet::new();
    names
        .iter()
        .map(|n| {
            let base = match slug(n.as_ref()) {
                s if s.is_empty() => "step".to_owned(),
                s => s,
            };
            let token = std::iter::once(base.clone())
                .chain((2..).map(|i| format!("{base}-{i}")))
                .find(|c| !used.contains(c))
                .expect("an unused number exists");
            used.insert(token.clone());
            token
        })
        .collect()
}

/// Trims a float for display: `27.0` shows as `27`, `1.15` stays.
pub fn num(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r}")
    }
}

fn palette(profile: &BrandProfile) -> Vec<KitColour> {
    let parsed: Vec<_> = profile
        .visual
        .palette
        .iter()
        .filter_map(|c| Some((c, colour::Rgb::parse_hex(&c.hex).ok()?)))
        .collect();
    let keys: Vec<(ColourRole, &str)> = parsed
        .iter()
        .map(|(c, _)| (c.role, c.name.as_str()))
        .collect();
    let tokens = colour_tokens(&keys);
    parsed
        .into_iter()
        .zip(tokens)
        .map(|((c, rgb), token)| {
            let hsl = rgb.to_hsl();
            let cmyk = rgb.to_cmyk();
            let name = if c.name.trim().is_empty() {
                crate::kit::pdf::role_label(c.role).to_owned()
            } else {
                c.name.trim().to_owned()
            };
            KitColour {
                role: c.role,
                name,
                token,
                hex: rgb.to_hex(),
                rgb: KitRgb {
                    r: rgb.r,
                    g: rgb.g,
                    b: rgb.b,
                },
                hsl: KitHsl {
                    h: hsl.h,
                    s: hsl.s,
                    l: hsl.l,
                },
                cmyk: KitCmyk {
                    c: cmyk.c,
                    m: cmyk.m,
                    y: cmyk.y,
                    k: cmyk.k,
                },
                rgb_css: format!("rgb({} {} {})", rgb.r, rgb.g, rgb.b),
                hsl_css: format!(
                    "hsl({} {}% {}%)",
                    num(hsl.h.round()),
                    num(hsl.s.round()),
                    num(hsl.l.round())
                ),
                cmyk_label: format!(
                    "C{} M{} Y{} K{}",
                    num(cmyk.c.round()),
                    num(cmyk.m.round()),
                    num(cmyk.y.round()),
                    num(cmyk.k.round())
                ),
                on_colour: colour::accessible_text(rgb).to_hex(),
            }
        })
        .collect()
}

fn level(l: colour::WcagLevel) -> KitWcagLevel {
    match l {
        colour::WcagLevel::Fail => KitWcagLevel::Fail,
        colour::WcagLevel::Aa => KitWcagLevel::Aa,
        colour::WcagLevel::Aaa => KitWcagLevel::Aaa,
    }
}

fn contrast(palette: &[KitColour]) -> Vec<KitContrast> {
    let colours: Vec<(&str, colour::Rgb)> = palette
        .iter()
        .map(|c| {
            (
                c.token.as_str(),
                colour::Rgb::new(c.rgb.r, c.rgb.g, c.rgb.b),
            )
        })
        .collect();
    colour::contrast_matrix(&colours)
        .into_iter()
        .map(|p| KitContrast {
            text_hex: p.text.to_hex(),
            background_hex: p.background.to_hex(),
            text: p.text_name,
            background: p.background_name,
            ratio: p.ratio,
            normal: level(p.normal),
            large: level(p.large),
            aa_normal: p.aa_normal,
            aa_large: p.aa_large,
            aaa_normal: p.aaa_normal,
            aaa_large: p.aaa_large,
            suggestion: p.suggestion.map(|s| KitSuggestion {
                hex: s.hex,
                ratio: s.ratio,
            }),
        })
        .collect()
}

const GENERIC_FAMILIES: [&str; 13] = [
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-monospace",
    "ui-rounded",
    "math",
    "emoji",
    "fangsong",
];

/// A CSS string literal: quotes and backslashes escaped, control characters dropped, so a
/// family name can never end the declaration it sits in.
pub fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The CSS `font-family` value: the family quoted, then each fallback (generic keywords bare).
pub fn font_stack(family: &str, fallback: &str) -> String {
    let mut parts = vec![css_string(family.trim())];
    for f in fallback.split(',') {
        let f = f.trim().trim_matches(['"', '\'']).trim();
        if f.is_empty() || f.eq_ignore_ascii_case(family.trim()) {
            continue;
        }
        let lower = f.to_ascii_lowercase();
        if GENERIC_FAMILIES.contains(&lower.as_str()) {
            parts.push(lower);
        } else {
            parts.push(css_string(f));
        }
    }
    if parts.len() == 1 {
        parts.push("sans-serif".into());
    }
    parts.join(", ")
}

fn typography(profile: &BrandProfile) -> KitTypography {
    let t = &profile.visual.typography;
    let families = t
        .families
        .iter()
        .map(|f| KitFont {
            role: f.role,
            family: f.family.trim().to_owned(),
            weights: f.weights.clone(),
            stack: font_stack(
                &f.family,
                if f.fallback.trim().is_empty() {
                    default_fallback(f.role)
                } else {
                    &f.fallback
                },
            ),
        })
        .collect();
    let names: Vec<&str> = t.scale.iter().map(|s| s.name.as_str()).collect();
    let scale = t
        .scale
        .iter()
        .zip(step_tokens(&names))
        .map(|(s, token)| KitTypeStep {
            name: s.name.clone(),
            token,
            size_px: s.size_px,
            size_rem: (s.size_px / 16.0 * 1000.0).round() / 1000.0,
            line_height: s.line_height,
            weight: s.weight,
        })
        .collect();
    KitTypography { families, scale }
}

fn default_fallback(role: FontRole) -> &'static str {
    match role {
        FontRole::Monospace => "ui-monospace, monospace",
        _ => "system-ui, sans-serif",
    }
}

/// The persona summary the kit shows: the persona's own summary, else its description,
/// cut at a sentence boundary near 300 characters.
pub fn persona_summary(details: &serde_json::Value) -> String {
    let text = ["summary", "description", "bio"]
        .iter()
        .filter_map(|k| details.get(k).and_then(|v| v.as_str()))
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    const MAX: usize = 300;
    if text.chars().count() <= MAX {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX).collect();
    match cut.rfind(". ") {
        Some(i) if i > MAX / 2 => cut[..=i].to_owned(),
        _ => format!("{}\u{2026}", cut.trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn colour(role: ColourRole, name: &str, hex: &str) -> PaletteColour {
        PaletteColour {
            role,
            name: name.into(),
            hex: hex.into(),
        }
    }

    pub(crate) fn sample_profile() -> BrandProfile {
        let mut p = BrandProfile::named("Acme Roasters");
        p.tagline = "Coffee, carefully".into();
        p.visual.palette = vec![
            colour(ColourRole::Primary, "Teal", "#106d7c"),
            colour(ColourRole::Background, "", "#ffffff"),
            colour(ColourRole::Text, "Ink", "#1a1a1a"),
            colour(ColourRole::Supporting, "Sand", "#e8d8b0"),
            colour(ColourRole::Supporting, "Clay", "#b5651d"),
        ];
        p.visual.typography.families = vec![FontFamily {
            role: FontRole::Heading,
            family: "Inter".into(),
            weights: vec![400, 700],
            fallback: "system-ui, 'Helvetica Neue', sans-serif".into(),
        }];
        p
    }

    #[test]
    fn assembles_formats_tokens_contrast_and_files() {
        let logo = Uuid::from_u128(1);
        let gone = Uuid::from_u128(2);
        let mut p = sample_profile();
        p.visual.logos = vec![
            LogoRef {
                variant: LogoVariant::Primary,
                asset_id: logo,
            },
            LogoRef {
                variant: LogoVariant::Symbol,
                asset_id: gone,
            },
        ];
        p.visual.photography.reference_asset_ids = vec![gone, logo];
        let file = KitFile {
            id: logo,
            name: "logo.png".into(),
            kind: "image".into(),
            content_type: "image/png".into(),
            width: Some(4),
            height: Some(4),
            url: "/api/v1/files/x".into(),
            thumbnail_url: None,
        };
        let files = HashMap::from([(logo, file.clone())]);
        let kit = assemble(KitParts {
            brand_id: None,
            source: KitSource::Draft,
            draft_fallback: true,
            version: None,
            published_at: None,
            generated_at: DateTime::from_timestamp(0, 0).unwrap(),
            profile: p,
            files: &files,
            personas: vec![],
        });
        let tokens: Vec<&str> = kit.palette.iter().map(|c| c.token.as_str()).collect();
        assert_eq!(
            tokens,
            [
                "primary",
                "background",
                "text",
                "supporting",
                "supporting-clay"
            ]
        );
        let teal = &kit.palette[0];
        assert_eq!(teal.hex, "#106D7C");
        assert_eq!(teal.rgb_css, "rgb(16 109 124)");
        assert_eq!(teal.hsl_css, "hsl(188 77% 28%)");
        assert_eq!(teal.cmyk_label, "C87 M12 Y0 K51");
        assert_eq!(teal.on_colour, "#FFFFFF");
        assert_eq!(
            kit.palette[1].name, "Background",
            "unnamed colours take their role's name"
        );
        assert_eq!(kit.contrast.len(), 5 * 4);
        let ink_on_white = kit
            .contrast
            .iter()
            .find(|c| c.text == "text" && c.background == "background")
            .unwrap();
        assert_eq!(ink_on_white.normal, KitWcagLevel::Aaa);
        let sand_on_white = kit
            .contrast
            .iter()
            .find(|c| c.text == "supporting" && c.background == "background")
            .unwrap();
        assert_eq!(sand_on_white.normal, KitWcagLevel::Fail);
        assert!(sand_on_white.suggestion.is_some());
        assert_eq!(kit.logos[0].file.as_ref(), Some(&file));
        assert_eq!(kit.logos[1].file, None, "a deleted asset shows as missing");
        assert_eq!(kit.photography.references, vec![file]);
        assert_eq!(
            kit.typography.families[0].stack,
            r#""Inter", system-ui, "Helvetica Neue", sans-serif"#
        );
        let h1 = kit
            .typography
            .scale
            .iter()
            .find(|s| s.token == "h1")
            .unwrap();
        assert_eq!((h1.size_px, h1.size_rem), (39.0, 2.438));
    }

    #[test]
    fn tokens_stay_unique() {
        let p = [
            (ColourRole::Accent, ""),
            (ColourRole::Accent, ""),
            (ColourRole::Accent, "accent"),
            (ColourRole::Accent, "Bright!"),
            (ColourRole::Accent, "bright"),
        ];
        assert_eq!(
            colour_tokens(&p),
            [
                "accent",
                "accent-2",
                "accent-3",
                "accent-bright",
                "accent-4"
            ]
        );
        assert_eq!(
            step_tokens(&["H1", "h1", "", "Body text"]),
            ["h1", "h1-2", "step", "body-text"]
        );
        assert_eq!(slug("  Über Cool -- Name "), "ber-cool-name");
    }

    #[test]
    fn font_names_cannot_break_out_of_css() {
        let stack = font_stack("Evil\"; } body { x: \\", "serif, \"Times\"\n");
        assert_eq!(stack, r#""Evil\"; } body { x: \\", serif, "Times""#);
        assert_eq!(font_stack("Mono", ""), r#""Mono", sans-serif"#);
    }

    #[test]
    fn persona_summaries_prefer_the_summary_and_stay_short() {
        let d = serde_json::json!({"summary": "  Busy owner. ", "description": "x"});
        assert_eq!(persona_summary(&d), "Busy owner.");
        let d = serde_json::json!({"description": "Runs a café."});
        assert_eq!(persona_summary(&d), "Runs a café.");
        assert_eq!(persona_summary(&serde_json::json!({})), "");
        let long = format!("{}. {}", "a".repeat(200), "b".repeat(300));
        assert_eq!(
            persona_summary(&serde_json::json!({"summary": long})),
            format!("{}.", "a".repeat(200))
        );
        assert_eq!(num(27.0), "27");
        assert_eq!(num(1.15), "1.15");
    }
}
