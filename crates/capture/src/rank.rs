//! Merges the facts of every page and stylesheet into one proposal.

use std::collections::{HashMap, HashSet};

use crate::color_value::is_neutral;
use crate::model::{CaptureResult, ColorShare, CssFacts, LogoCandidate, PageFacts};

const MAX_COLORS: usize = 12;
const MAX_HEADLINES: usize = 10;
const MAX_CALLS_TO_ACTION: usize = 10;

/// `pages` home page first; `css` from stylesheets and inline styles of any page.
/// Name, title and description come from the home page, falling back to later pages.
pub fn rank(pages: &[PageFacts], css: &[CssFacts]) -> CaptureResult {
    let logo_candidates = logos(pages);
    CaptureResult {
        colors: colors(css),
        fonts: fonts(css),
        logos: logo_candidates.iter().map(|l| l.url.clone()).collect(),
        logo_candidates,
        name: pages.iter().find_map(|p| p.site_name.clone()),
        title: pages.iter().find_map(|p| p.title.clone()),
        description: pages.iter().find_map(|p| p.description.clone()),
        headlines: merged(pages, |p| &p.headlines, MAX_HEADLINES),
        calls_to_action: merged(pages, |p| &p.calls_to_action, MAX_CALLS_TO_ACTION),
        social_links: merged(pages, |p| &p.social_links, usize::MAX),
        pages: pages.iter().map(|p| p.url.clone()).collect(),
    }
}

fn colors(css: &[CssFacts]) -> Vec<ColorShare> {
    let mut counts: Vec<(String, u32)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for c in css.iter().flat_map(|f| &f.colors) {
        let i = *index.entry(c.hex.clone()).or_insert_with(|| {
            counts.push((c.hex.clone(), 0));
            counts.len() - 1
        });
        counts[i].1 += c.count;
    }
    let total: u32 = counts.iter().map(|(_, n)| n).sum();
    // Stable sort: ties keep the order in which the colours were first seen.
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
        .into_iter()
        .take(MAX_COLORS)
        .map(|(hex, n)| ColorShare {
            neutral: is_neutral(&hex),
            weight: f64::from(n) / f64::from(total.max(1)),
            hex,
        })
        .collect()
}

fn fonts(css: &[CssFacts]) -> Vec<String> {
    let mut counts: Vec<(String, u32)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for f in css.iter().flat_map(|c| &c.fonts) {
        let i = *index.entry(f.family.to_lowercase()).or_insert_with(|| {
            counts.push((f.family.clone(), 0));
            counts.len() - 1
        });
        counts[i].1 += f.count;
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.into_iter().map(|(family, _)| family).collect()
}

fn logos(pages: &[PageFacts]) -> Vec<LogoCandidate> {
    let mut all: Vec<_> = pages.iter().flat_map(|p| &p.logos).collect();
    // Stable: within a kind, home page and document order.
    all.sort_by_key(|l| l.kind);
    let mut seen = HashSet::new();
    all.into_iter()
        .filter(|l| seen.insert(l.url.clone()))
        .cloned()
        .collect()
}

fn merged(
    pages: &[PageFacts],
    field: impl Fn(&PageFacts) -> &Vec<String>,
    cap: usize,
) -> Vec<String> {
    let mut seen = HashSet::new();
    pages
        .iter()
        .flat_map(|p| field(p).iter())
        .filter(|s| seen.insert(s.to_lowercase().trim_end_matches('/').to_string()))
        .take(cap)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ColorCount, FontCount, LogoKind};

    fn css(colors: &[(&str, u32)], fonts: &[(&str, u32)]) -> CssFacts {
        CssFacts {
            colors: colors
                .iter()
                .map(|(h, n)| ColorCount {
                    hex: (*h).into(),
                    count: *n,
                })
                .collect(),
            fonts: fonts
                .iter()
                .map(|(f, n)| FontCount {
                    family: (*f).into(),
                    count: *n,
                })
                .collect(),
        }
    }

    fn logo(url: &str, kind: LogoKind) -> LogoCandidate {
        LogoCandidate {
            url: url.into(),
            kind,
        }
    }

    #[test]
    fn colours_are_summed_across_sources_and_weighted_by_share() {
        let result = rank(
            &[],
            &[
                css(&[("#2563EB", 5), ("#FFFFFF", 3)], &[]),
                css(&[("#FFFFFF", 1), ("#F59E0B", 1)], &[]),
            ],
        );
        let got: Vec<(&str, f64, bool)> = result
            .colors
            .iter()
            .map(|c| (c.hex.as_str(), c.weight, c.neutral))
            .collect();
        assert_eq!(
            got,
            [
                ("#2563EB", 0.5, false),
                ("#FFFFFF", 0.4, true),
                ("#F59E0B", 0.1, false)
            ]
        );
    }

    #[test]
    fn at_most_twelve_colours_are_proposed() {
        let many: Vec<(String, u32)> = (0..20).map(|i| (format!("#0000{i:02X}"), 1)).collect();
        let many: Vec<(&str, u32)> = many.iter().map(|(h, n)| (h.as_str(), *n)).collect();
        assert_eq!(rank(&[], &[css(&many, &[])]).colors.len(), 12);
    }

    #[test]
    fn fonts_are_ordered_by_frequency_across_sources() {
        let result = rank(
            &[],
            &[
                css(&[], &[("Lora", 2), ("Inter", 1)]),
                css(&[], &[("inter", 3)]),
            ],
        );
        assert_eq!(result.fonts, ["Inter", "Lora"]);
    }

    #[test]
    fn logos_are_ordered_by_kind_then_page_order_without_duplicates() {
        let home = PageFacts {
            url: "https://acme.test/".into(),
            logos: vec![
                logo("https://acme.test/favicon.ico", LogoKind::Favicon),
                logo("https://acme.test/og.png", LogoKind::OgImage),
                logo("https://acme.test/apple.png", LogoKind::AppleTouchIcon),
                logo("https://acme.test/logo.svg", LogoKind::Header),
            ],
            ..PageFacts::default()
        };
        let about = PageFacts {
            url: "https://acme.test/about".into(),
            logos: vec![
                logo("https://acme.test/logo.svg", LogoKind::Header),
                logo("https://acme.test/team-logo.png", LogoKind::Header),
            ],
            ..PageFacts::default()
        };
        let result = rank(&[home, about], &[]);
        assert_eq!(
            result.logos,
            [
                "https://acme.test/logo.svg",
                "https://acme.test/team-logo.png",
                "https://acme.test/apple.png",
                "https://acme.test/og.png",
                "https://acme.test/favicon.ico",
            ]
        );
        let kinds: Vec<LogoKind> = result.logo_candidates.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [
                LogoKind::Header,
                LogoKind::Header,
                LogoKind::AppleTouchIcon,
                LogoKind::OgImage,
                LogoKind::Favicon
            ]
        );
        assert_eq!(
            result.pages,
            ["https://acme.test/", "https://acme.test/about"]
        );
    }

    #[test]
    fn copy_comes_from_the_home_page_first_and_lists_are_deduplicated() {
        let home = PageFacts {
            url: "https://acme.test/".into(),
            title: Some("Acme".into()),
            headlines: vec!["Invoices, done".into()],
            social_links: vec!["https://x.com/acme".into()],
            ..PageFacts::default()
        };
        let about = PageFacts {
            url: "https://acme.test/about".into(),
            title: Some("About Acme".into()),
            description: Some("We make invoicing easy.".into()),
            headlines: vec!["invoices, done".into(), "Our story".into()],
            social_links: vec!["https://x.com/acme/".into()],
            ..PageFacts::default()
        };
        let result = rank(&[home, about], &[]);
        assert_eq!(result.title.as_deref(), Some("Acme"));
        assert_eq!(
            result.description.as_deref(),
            Some("We make invoicing easy.")
        );
        assert_eq!(result.headlines, ["Invoices, done", "Our story"]);
        assert_eq!(result.social_links, ["https://x.com/acme"]);
    }

    #[test]
    fn no_colours_means_an_empty_list_not_a_division_by_zero() {
        assert!(rank(&[], &[CssFacts::default()]).colors.is_empty());
    }
}
