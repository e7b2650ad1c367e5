//! What a website capture proposes for the brand profile: the capture engine's facts with a
//! suggested role for each colour and font and a tagline guessed from the title. The user
//! accepts or edits each proposal on the client; nothing here writes the profile.

use capture::{CaptureResult, LogoKind};
use colour::Rgb;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::model::{ColourRole, FontRole};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ProposedColour {
    /// Uppercase `#RRGGBB`.
    pub hex: String,
    /// Share of all colour uses found in the site's CSS, 0..1; most used first.
    pub weight: f64,
    /// Black, white or a grey.
    pub neutral: bool,
    pub role: ColourRole,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ProposedFont {
    pub family: String,
    pub role: FontRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LogoSource {
    /// An `<img>` or inline `<svg>` in the page header, or one named "logo".
    Header,
    AppleTouchIcon,
    OgImage,
    Favicon,
}

impl From<LogoKind> for LogoSource {
    fn from(k: LogoKind) -> Self {
        match k {
            LogoKind::Header => LogoSource::Header,
            LogoKind::AppleTouchIcon => LogoSource::AppleTouchIcon,
            LogoKind::OgImage => LogoSource::OgImage,
            LogoKind::Favicon => LogoSource::Favicon,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ProposedLogo {
    /// Absolute URL, or a `data:image/svg+xml,` URL for an inline SVG.
    pub url: String,
    pub kind: LogoSource,
}

/// The result of a finished capture.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct CaptureProposal {
    pub name: Option<String>,
    /// From the home page title without the site name, else the meta description.
    pub tagline: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub colours: Vec<ProposedColour>,
    pub fonts: Vec<ProposedFont>,
    /// Best first: header logos, then touch icon, og:image and favicon.
    pub logos: Vec<ProposedLogo>,
    pub headlines: Vec<String>,
    pub calls_to_action: Vec<String>,
    pub social_links: Vec<String>,
    /// The pages read, home page first.
    pub pages: Vec<String>,
}

pub fn propose(r: CaptureResult) -> CaptureProposal {
    CaptureProposal {
        tagline: tagline(
            r.title.as_deref(),
            r.name.as_deref(),
            r.description.as_deref(),
        ),
        colours: colour_roles(&r.colors),
        fonts: font_roles(&r.fonts),
        logos: r
            .logo_candidates
            .into_iter()
            .map(|l| ProposedLogo {
                url: l.url,
                kind: l.kind.into(),
            })
            .collect(),
        name: r.name,
        title: r.title,
        description: r.description,
        headlines: r.headlines,
        calls_to_action: r.calls_to_action,
        social_links: r.social_links,
        pages: r.pages,
    }
}

/// Brand colours in order of use become primary, secondary and accent; the most used light
/// neutral becomes the background and the most used dark one the text colour; everything
/// else is supporting. A site's CSS uses its brand colour most after its neutrals, so rank
/// order is the best evidence we have.
pub fn colour_roles(colours: &[capture::ColorShare]) -> Vec<ProposedColour> {
    let mut brand = [
        ColourRole::Primary,
        ColourRole::Secondary,
        ColourRole::Accent,
    ]
    .into_iter();
    let (mut background, mut text) = (false, false);
    colours
        .iter()
        .map(|c| {
            let lightness = Rgb::parse_hex(&c.hex).map_or(50.0, |rgb| rgb.to_hsl().l);
            let role = if !c.neutral {
                brand.next().unwrap_or(ColourRole::Supporting)
            } else if lightness >= 80.0 && !background {
                background = true;
                ColourRole::Background
            } else if lightness <= 30.0 && !text {
                text = true;
                ColourRole::Text
            } else {
                ColourRole::Supporting
            };
            ProposedColour {
                hex: c.hex.clone(),
                weight: (c.weight * 10_000.0).round() / 10_000.0,
                neutral: c.neutral,
                role,
            }
        })
        .collect()
}

/// The most declared family is the body font (paragraphs outnumber headings), the next one the
/// heading font; a family named like a code font is monospace; the rest are accents.
pub fn font_roles(families: &[String]) -> Vec<ProposedFont> {
    let mut roles = [FontRole::Body, FontRole::Heading].into_iter();
    families
        .iter()
        .map(|family| {
            let lower = family.to_lowercase();
            let role = if ["mono", "code", "courier", "consol"]
                .iter()
                .any(|w| lower.contains(w))
            {
                FontRole::Monospace
            } else {
                roles.next().unwrap_or(FontRole::Accent)
            };
            ProposedFont {
                family: family.clone(),
                role,
            }
        })
        .collect()
}

/// "Acme — Invoicing for small teams" with name "Acme" gives "Invoicing for small teams".
/// A title that is only the name, or a "Home" page title, falls back to the description.
pub fn tagline(
    title: Option<&str>,
    name: Option<&str>,
    description: Option<&str>,
) -> Option<String> {
    let name = name.map(str::to_lowercase);
    let from_title = title.and_then(|t| {
        let mut parts = vec![t.replace('\u{a0}', " ")];
        for separator in [" | ", " — ", " – ", " - ", ": "] {
            parts = parts
                .iter()
                .flat_map(|p| p.split(separator))
                .map(str::to_owned)
                .collect();
        }
        parts
            .into_iter()
            .map(|p| p.trim().to_owned())
            .filter(|p| Some(p.to_lowercase()) != name)
            .filter(|p| !matches!(p.to_lowercase().as_str(), "home" | "homepage" | "welcome"))
            .find(|p| p.split_whitespace().count() >= 2)
    });
    from_title
        .or_else(|| description.map(str::to_owned))
        .map(|t| t.chars().take(300).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use capture::ColorShare;

    fn share(hex: &str, weight: f64, neutral: bool) -> ColorShare {
        ColorShare {
            hex: hex.into(),
            weight,
            neutral,
        }
    }

    #[test]
    fn brand_colours_take_the_brand_roles_and_neutrals_the_page_roles() {
        let roles: Vec<(String, ColourRole)> = colour_roles(&[
            share("#2563EB", 0.4, false),
            share("#FFFFFF", 0.2, true),
            share("#111827", 0.15, true),
            share("#F59E0B", 0.1, false),
            share("#F3F4F6", 0.05, true),
            share("#10B981", 0.04, false),
            share("#E11D48", 0.03, false),
            share("#6B7280", 0.03, true),
        ])
        .into_iter()
        .map(|c| (c.hex, c.role))
        .collect();
        use ColourRole::*;
        assert_eq!(
            roles,
            [
                ("#2563EB".into(), Primary),
                ("#FFFFFF".into(), Background),
                ("#111827".into(), Text),
                ("#F59E0B".into(), Secondary),
                ("#F3F4F6".into(), Supporting),
                ("#10B981".into(), Accent),
                ("#E11D48".into(), Supporting),
                ("#6B7280".into(), Supporting),
            ]
        );
    }

    #[test]
    fn fonts_get_body_heading_and_monospace() {
        let fonts = font_roles(&[
            "Inter".into(),
            "JetBrains Mono".into(),
            "Lora".into(),
            "Pacifico".into(),
        ]);
        let roles: Vec<FontRole> = fonts.iter().map(|f| f.role).collect();
        assert_eq!(
            roles,
            [
                FontRole::Body,
                FontRole::Monospace,
                FontRole::Heading,
                FontRole::Accent
            ]
        );
    }

    #[test]
    fn taglines_come_from_the_title_without_the_name() {
        assert_eq!(
            tagline(
                Some("Acme — Invoicing for small teams"),
                Some("Acme"),
                Some("desc")
            )
            .as_deref(),
            Some("Invoicing for small teams")
        );
        assert_eq!(
            tagline(
                Some("Home | Acme"),
                Some("Acme"),
                Some("We make invoices easy.")
            )
            .as_deref(),
            Some("We make invoices easy.")
        );
        assert_eq!(tagline(Some("Acme"), Some("Acme"), None), None);
        assert_eq!(
            tagline(Some("Fast invoices: Acme"), None, None).as_deref(),
            Some("Fast invoices")
        );
    }

    #[test]
    fn a_capture_result_becomes_a_proposal() {
        let r = CaptureResult {
            colors: vec![share("#2563EB", 0.123456, false)],
            fonts: vec!["Inter".into()],
            logo_candidates: vec![capture::LogoCandidate {
                url: "https://acme.test/logo.svg".into(),
                kind: LogoKind::Header,
            }],
            name: Some("Acme".into()),
            title: Some("Acme - Get paid faster".into()),
            ..CaptureResult::default()
        };
        let p = propose(r);
        assert_eq!(p.colours[0].weight, 0.1235);
        assert_eq!(p.logos[0].kind, LogoSource::Header);
        assert_eq!(p.tagline.as_deref(), Some("Get paid faster"));
        let json = serde_json::to_value(&p).unwrap();
        let back: CaptureProposal = serde_json::from_value(json).unwrap();
        assert_eq!(back, p);
    }
}
