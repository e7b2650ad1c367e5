//! A snapshot of one competitor page: what it says, sells and runs on, in a form that can be stored as JSON and
//! compared with the next snapshot.

use scraper::{ElementRef, Html};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::dom::{collapse_ws, inside, sel, text_of, truncate_chars, visible_lines};
use crate::messaging::{calls_to_action, value_propositions};
use crate::noise::normalise;
use crate::page_kind::PageKind;
use crate::plans::{Plan, detect_plans};
use crate::price::{Price, find_prices};
use crate::technology::{Technology, detect};

/// Longest `main_text` kept, in characters.
pub const MAIN_TEXT_MAX_CHARS: usize = 20_000;
const MAX_HEADLINES: usize = 20;
const MAX_PRICES: usize = 50;
const FOOTER_MAX_CHARS: usize = 5_000;

/// What one page of a competitor's site showed when it was fetched.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct PageSnapshot {
    pub url: String,
    pub kind: PageKind,
    /// The `<title>`, or the Open Graph title; empty when neither exists.
    pub title: String,
    pub meta_description: Option<String>,
    /// `h1` texts, then `h2` texts, trimmed, at most 20.
    pub headlines: Vec<String>,
    /// Short benefit statements: hero subheading, feature headings and list items (heuristic, at most 12).
    pub value_propositions: Vec<String>,
    /// Button texts and action links, deduplicated, at most 10.
    pub calls_to_action: Vec<String>,
    /// Plans read from pricing cards or a comparison table (pricing pages and pricing sections).
    pub plans: Vec<Plan>,
    /// Every price mention in the visible text, deduplicated.
    pub prices: Vec<Price>,
    pub technologies: Vec<Technology>,
    /// Words of visible text outside the footer.
    pub word_count: usize,
    /// Visible text outside the footer, one line per block, with noise normalised (see `noise`), at most 20,000
    /// characters.
    pub main_text: String,
    /// Visible text of the footer, one line per block, as shown.
    pub footer_text: String,
    /// Number of links (`a[href]`) on the page.
    pub links_count: usize,
}

fn is_footer(el: ElementRef<'_>) -> bool {
    if el.value().name() == "footer" || el.attr("role") == Some("contentinfo") {
        return true;
    }
    const NAMES: &[&str] = &[
        "footer",
        "site-footer",
        "page-footer",
        "main-footer",
        "global-footer",
    ];
    el.attr("id")
        .is_some_and(|id| NAMES.contains(&id.to_ascii_lowercase().as_str()))
        || el.attr("class").is_some_and(|c| {
            c.split_whitespace()
                .any(|t| NAMES.contains(&t.to_ascii_lowercase().as_str()))
        })
}

/// Page-level footers: footer elements not nested in another footer and not the footer of an article or card.
fn footers<'a>(doc: &'a Html) -> Vec<ElementRef<'a>> {
    doc.select(&sel("footer, [role=contentinfo], [id], [class]"))
        .filter(|e| is_footer(*e))
        .filter(|e| !inside(*e, &["article"]))
        .filter(|e| !e.ancestors().filter_map(ElementRef::wrap).any(is_footer))
        .collect()
}

fn title_of(doc: &Html) -> String {
    doc.select(&sel("title"))
        .next()
        .map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| {
            doc.select(&sel("meta[property='og:title']"))
                .next()
                .and_then(|m| m.attr("content"))
                .map(collapse_ws)
        })
        .unwrap_or_default()
}

fn meta_description_of(doc: &Html) -> Option<String> {
    doc.select(&sel(
        "meta[name=description], meta[name=Description], meta[property='og:description']",
    ))
    .filter_map(|m| m.attr("content"))
    .map(collapse_ws)
    .find(|d| !d.is_empty())
}

fn headlines_of(doc: &Html) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in ["h1", "h2"] {
        for h in doc.select(&sel(tag)) {
            if h.ancestors().filter_map(ElementRef::wrap).any(is_footer) {
                continue;
            }
            let text = text_of(h);
            if !text.is_empty() && !out.contains(&text) && out.len() < MAX_HEADLINES {
                out.push(text);
            }
        }
    }
    out
}

/// Visible lines outside page-level footers. Footers are taken out of a clone of the tree so that the text walk
/// stays a plain walk.
fn main_lines(doc: &Html) -> Vec<String> {
    let mut html = doc.clone();
    let ids: Vec<_> = footers(doc).iter().map(|f| f.id()).collect();
    for id in ids {
        if let Some(mut node) = html.tree.get_mut(id) {
            node.detach();
        }
    }
    visible_lines(html.root_element(), &[])
}

/// Builds the snapshot of a fetched page. `headers` are the response headers as received (any case).
pub fn snapshot(url: &str, html: &str, headers: &[(String, String)]) -> PageSnapshot {
    let doc = Html::parse_document(html);
    let title = title_of(&doc);
    let kind = PageKind::classify(url, &title);
    let lines = main_lines(&doc);
    let word_count = lines.iter().map(|l| l.split_whitespace().count()).sum();

    let mut prices: Vec<Price> = Vec::new();
    for line in &lines {
        for (price, _) in find_prices(line) {
            if prices.len() < MAX_PRICES && !prices.iter().any(|p| p.text == price.text) {
                prices.push(price);
            }
        }
    }

    let main_text = truncate_chars(
        &lines
            .iter()
            .map(|l| normalise(l))
            .collect::<Vec<_>>()
            .join("\n"),
        MAIN_TEXT_MAX_CHARS,
    );
    let footer_text = truncate_chars(
        &footers(&doc)
            .into_iter()
            .flat_map(|f| visible_lines(f, &[]))
            .collect::<Vec<_>>()
            .join("\n"),
        FOOTER_MAX_CHARS,
    );

    let has_pricing_section = doc
        .select(&sel(
            "[class*=pricing], [id*=pricing], [class*=plans], [id*=plans]",
        ))
        .next()
        .is_some();
    let plans = if kind == PageKind::Pricing || has_pricing_section {
        detect_plans(&doc)
    } else {
        Vec::new()
    };

    PageSnapshot {
        url: url.to_string(),
        kind,
        title,
        meta_description: meta_description_of(&doc),
        headlines: headlines_of(&doc),
        value_propositions: value_propositions(&doc),
        calls_to_action: calls_to_action(&doc),
        plans,
        prices,
        technologies: detect(html, &doc, headers),
        word_count,
        main_text,
        footer_text,
        links_count: doc.select(&sel("a[href]")).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_fields_and_footer_split() {
        let html = r#"<html><head><title> Acme — Ship faster </title><meta name="description" content="Acme  helps teams ship."></head>
            <body><h1>Ship faster</h1><h2>Why Acme</h2><p>Updated 3 hours ago. Plans from $9/mo.</p>
            <a href="/a">A</a> <a href="/b">B</a>
            <footer><h2>Footer heading</h2><p>© 2025 Acme Inc.</p></footer></body></html>"#;
        let s = snapshot("https://acme.com/", html, &[]);
        assert_eq!(s.kind, PageKind::Home);
        assert_eq!(s.title, "Acme — Ship faster");
        assert_eq!(
            s.meta_description.as_deref(),
            Some("Acme helps teams ship.")
        );
        assert_eq!(s.headlines, vec!["Ship faster", "Why Acme"]);
        assert_eq!(
            s.main_text,
            "Ship faster\nWhy Acme\nUpdated {relative_time}. Plans from $9/mo.\nA B"
        );
        assert_eq!(s.footer_text, "Footer heading\n© 2025 Acme Inc.");
        assert_eq!(s.links_count, 2);
        assert_eq!(s.prices.len(), 1);
        assert_eq!(s.word_count, 13);
        assert!(s.plans.is_empty());
    }

    #[test]
    fn main_text_is_capped() {
        let body = "word ".repeat(10_000);
        let s = snapshot("https://acme.com/", &format!("<p>{body}</p>"), &[]);
        assert_eq!(s.main_text.chars().count(), MAIN_TEXT_MAX_CHARS);
        assert_eq!(s.word_count, 10_000);
    }

    #[test]
    fn round_trips_through_json() {
        let s = snapshot(
            "https://acme.com/pricing",
            "<h1>Pricing</h1>",
            &[("Server".into(), "nginx".into())],
        );
        let json = serde_json::to_string(&s).unwrap_or_default();
        let back: Result<PageSnapshot, _> = serde_json::from_str(&json);
        assert_eq!(back.ok(), Some(s));
    }
}
