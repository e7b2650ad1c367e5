//! What a competitor page is about (home, pricing, product...), and which of the home page's links lead to the
//! pages worth watching.

use scraper::Html;
use serde::{Deserialize, Serialize};
use url::Url;
use utoipa::ToSchema;

use crate::dom::{collapse_ws, sel};

/// The role of a page on a competitor's site.
#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    Home,
    Pricing,
    Product,
    About,
    Blog,
    Other,
}

/// Path segments (lowercase, accents kept as written in URLs) that name each kind, in English, French and German.
const PRICING_WORDS: &[&str] = &[
    "pricing",
    "prices",
    "price",
    "plans",
    "plan",
    "plans-pricing",
    "pricing-plans",
    "tarifs",
    "tarif",
    "prix",
    "offres",
    "preise",
    "preis",
    "buy",
    "subscribe",
    "subscription",
];
const PRODUCT_WORDS: &[&str] = &[
    "product",
    "products",
    "features",
    "feature",
    "solutions",
    "solution",
    "platform",
    "how-it-works",
    "tour",
    "produit",
    "produits",
    "fonctionnalites",
    "fonctionnalités",
    "produkt",
    "produkte",
    "funktionen",
    "services",
];
const ABOUT_WORDS: &[&str] = &[
    "about",
    "about-us",
    "aboutus",
    "company",
    "team",
    "our-story",
    "who-we-are",
    "a-propos",
    "apropos",
    "qui-sommes-nous",
    "entreprise",
    "ueber-uns",
    "uber-uns",
    "über-uns",
    "unternehmen",
];
const BLOG_WORDS: &[&str] = &[
    "blog",
    "news",
    "articles",
    "article",
    "posts",
    "post",
    "journal",
    "insights",
    "actualites",
    "aktuelles",
    "magazine",
];

/// Home paths beyond `/`: index files and bare language prefixes.
fn is_home_path(segments: &[String]) -> bool {
    match segments {
        [] => true,
        [one] => {
            one.starts_with("index.")
                || one == "home"
                || (one.len() == 2 && one.chars().all(|c| c.is_ascii_alphabetic()))
        }
        _ => false,
    }
}

fn path_segments(url: &Url) -> Vec<String> {
    url.path_segments()
        .map(|s| {
            s.filter(|p| !p.is_empty())
                .map(|p| {
                    let decoded = percent_decode(p).to_lowercase();
                    // "pricing.html" names the same page as "pricing".
                    match decoded.rsplit_once('.') {
                        Some((stem, ext))
                            if matches!(ext, "html" | "htm" | "php" | "aspx")
                                && !stem.is_empty() =>
                        {
                            stem.to_string()
                        }
                        _ => decoded,
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

fn percent_decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn kind_of_word(word: &str) -> Option<PageKind> {
    if PRICING_WORDS.contains(&word) {
        Some(PageKind::Pricing)
    } else if PRODUCT_WORDS.contains(&word) {
        Some(PageKind::Product)
    } else if ABOUT_WORDS.contains(&word) {
        Some(PageKind::About)
    } else if BLOG_WORDS.contains(&word) {
        Some(PageKind::Blog)
    } else {
        None
    }
}

/// Kind from the URL path alone; `None` when the path says nothing.
fn kind_from_path(url: &Url) -> Option<PageKind> {
    let segments = path_segments(url);
    if is_home_path(&segments) {
        return Some(PageKind::Home);
    }
    // The first segment that names a kind wins, skipping a language prefix ("/fr/tarifs").
    // A blog post under /blog/ is a blog page even if its slug says "pricing".
    segments.iter().find_map(|s| kind_of_word(s))
}

/// Kind from a title or a link text: looks for the same words, plus a few multi-word phrases.
fn kind_from_text(text: &str) -> Option<PageKind> {
    let lower = collapse_ws(text).to_lowercase();
    if lower.is_empty() {
        return None;
    }
    const PHRASES: &[(&str, PageKind)] = &[
        ("about us", PageKind::About),
        ("our story", PageKind::About),
        ("who we are", PageKind::About),
        ("à propos", PageKind::About),
        ("qui sommes-nous", PageKind::About),
        ("über uns", PageKind::About),
        ("how it works", PageKind::Product),
    ];
    if let Some((_, k)) = PHRASES.iter().find(|(p, _)| lower.contains(p)) {
        return Some(*k);
    }
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .find_map(kind_of_word)
}

impl PageKind {
    /// Classifies a page from its URL path first, then its title. An unparsable URL falls back to the title.
    pub fn classify(url: &str, title: &str) -> PageKind {
        Url::parse(url)
            .ok()
            .and_then(|u| kind_from_path(&u))
            .or_else(|| kind_from_text(title))
            .unwrap_or(PageKind::Other)
    }
}

/// Host without a leading `www.`, lowercased: `www.acme.com` and `acme.com` are the same site.
fn site_of(url: &Url) -> Option<String> {
    url.host_str()
        .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
}

/// The home page first, then the best pricing, product (or features) and about page found among the home page's
/// same-site links, at most one of each. A link whose path names the kind beats one whose text alone does; among
/// equals, the shorter path, then the first in the page. An unparsable home URL yields an empty list.
pub fn key_pages(home_url: &str, home_html: &str) -> Vec<(PageKind, String)> {
    let Ok(mut home) = Url::parse(home_url) else {
        return Vec::new();
    };
    home.set_fragment(None);
    let Some(site) = site_of(&home) else {
        return Vec::new();
    };
    let doc = Html::parse_document(home_html);
    let base = doc
        .select(&sel("base[href]"))
        .next()
        .and_then(|b| b.attr("href"))
        .and_then(|h| home.join(h).ok())
        .unwrap_or_else(|| home.clone());

    // (score, order, url) per kind; lower score is better.
    let mut best: [Option<(u32, usize, Url)>; 3] = [None, None, None];
    let slot = |k: PageKind| match k {
        PageKind::Pricing => Some(0),
        PageKind::Product => Some(1),
        PageKind::About => Some(2),
        _ => None,
    };
    for (order, a) in doc.select(&sel("a[href]")).enumerate() {
        let Some(href) = a.attr("href") else { continue };
        let Ok(mut link) = base.join(href.trim()) else {
            continue;
        };
        if !matches!(link.scheme(), "http" | "https")
            || site_of(&link).as_deref() != Some(site.as_str())
        {
            continue;
        }
        link.set_fragment(None);
        let text = a.text().collect::<String>();
        let (kind, score) = match kind_from_path(&link) {
            Some(PageKind::Home) => continue,
            Some(k) => (k, 0),
            None => {
                match kind_from_text(&text).or_else(|| a.attr("title").and_then(kind_from_text)) {
                    Some(k) => (k, 100),
                    None => continue,
                }
            }
        };
        let Some(i) = slot(kind) else { continue };
        let depth = path_segments(&link).len() as u32;
        let score = score + depth * 10 + u32::from(link.query().is_some());
        let better = match &best[i] {
            None => true,
            Some((s, o, _)) => (score, order) < (*s, *o),
        };
        if better {
            best[i] = Some((score, order, link));
        }
    }
    let mut out = vec![(PageKind::Home, home.to_string())];
    let kinds = [PageKind::Pricing, PageKind::Product, PageKind::About];
    for (kind, found) in kinds.into_iter().zip(best) {
        if let Some((_, _, url)) = found {
            out.push((kind, url.to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_by_path_then_title() {
        assert_eq!(PageKind::classify("https://acme.com/", ""), PageKind::Home);
        assert_eq!(
            PageKind::classify("https://acme.com/fr/", ""),
            PageKind::Home
        );
        assert_eq!(
            PageKind::classify("https://acme.com/pricing", ""),
            PageKind::Pricing
        );
        assert_eq!(
            PageKind::classify("https://acme.com/fr/tarifs.html", ""),
            PageKind::Pricing
        );
        assert_eq!(
            PageKind::classify("https://acme.com/features/", ""),
            PageKind::Product
        );
        assert_eq!(
            PageKind::classify("https://acme.com/company/about-us", ""),
            PageKind::About
        );
        assert_eq!(
            PageKind::classify("https://acme.com/blog/new-pricing", ""),
            PageKind::Blog
        );
        assert_eq!(
            PageKind::classify("https://acme.com/p?id=3", "Plans & Pricing | Acme"),
            PageKind::Pricing
        );
        assert_eq!(
            PageKind::classify("https://acme.com/x", "Über uns"),
            PageKind::About
        );
        assert_eq!(
            PageKind::classify("https://acme.com/legal/terms", "Terms"),
            PageKind::Other
        );
        assert_eq!(
            PageKind::classify("not a url", "About Acme"),
            PageKind::About
        );
    }

    #[test]
    fn key_pages_picks_one_of_each_same_site() {
        let html = r#"<html><body><nav>
            <a href="/">Home</a>
            <a href="https://other.com/pricing">Partner pricing</a>
            <a href="/features">Features</a>
            <a href="/product/overview/deep">Product</a>
            <a href="https://www.acme.com/pricing#top">Pricing</a>
            <a href="/pricing/enterprise">Enterprise</a>
            <a href="/story">About us</a>
            <a href="/blog">Blog</a>
            <a href="mailto:hi@acme.com">Mail</a>
        </nav></body></html>"#;
        let pages = key_pages("https://acme.com/", html);
        assert_eq!(
            pages,
            vec![
                (PageKind::Home, "https://acme.com/".to_string()),
                (
                    PageKind::Pricing,
                    "https://www.acme.com/pricing".to_string()
                ),
                (PageKind::Product, "https://acme.com/features".to_string()),
                (PageKind::About, "https://acme.com/story".to_string()),
            ]
        );
    }

    #[test]
    fn key_pages_without_links_is_home_only_and_bad_url_is_empty() {
        assert_eq!(
            key_pages("https://acme.com", "<p>hi</p>"),
            vec![(PageKind::Home, "https://acme.com/".to_string())]
        );
        assert!(key_pages("::", "<a href='/pricing'>x</a>").is_empty());
    }

    #[test]
    fn serde_is_snake_case() {
        assert_eq!(
            serde_json::to_string(&PageKind::Pricing).ok().as_deref(),
            Some("\"pricing\"")
        );
    }
}
