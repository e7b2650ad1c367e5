//! Reads one HTML page: copy, logo candidates, social profiles, stylesheets and links.
//!
//! scraper's document is not `Send`, so it lives only inside [`parse_page`], which returns
//! owned data; callers in async code never hold it across an `.await`.

use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::model::{LogoCandidate, LogoKind, PageFacts};
use crate::site::{host_key, same_site};

const MAX_HEADLINES: usize = 10;
const MAX_CALLS_TO_ACTION: usize = 10;
/// A call to action is a button label, not a paragraph.
const MAX_CTA_CHARS: usize = 40;
/// Inline SVGs larger than this are illustrations, not logos, and would bloat the result.
const MAX_INLINE_SVG_BYTES: usize = 20_000;

const CTA_CLASS_HINTS: &[&str] = &["btn", "button", "cta"];
/// First words of short imperative labels ("Get started", "Book a demo").
const CTA_VERBS: &[&str] = &[
    "get",
    "start",
    "sign",
    "book",
    "try",
    "request",
    "join",
    "buy",
    "subscribe",
    "download",
    "contact",
    "schedule",
    "create",
    "register",
    "shop",
    "order",
    "talk",
    "claim",
    "see",
];

/// Profile hosts; subdomains count too (`uk.linkedin.com`).
const SOCIAL_HOSTS: &[&str] = &[
    "twitter.com",
    "x.com",
    "facebook.com",
    "instagram.com",
    "linkedin.com",
    "youtube.com",
    "tiktok.com",
    "threads.net",
    "bsky.app",
    "github.com",
    "pinterest.com",
];

const NON_PAGE_EXTENSIONS: &[&str] = &[
    ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".zip", ".css", ".js", ".xml",
    ".mp4", ".ico",
];

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("static selector")
}

/// Everything `html` (served at `base_url`) says about the brand. Pure: no I/O.
pub fn parse_page(base_url: &Url, html: &str) -> PageFacts {
    let doc = Html::parse_document(html);
    let resolve = |href: &str| resolve(base_url, href);

    let title = doc
        .select(&selector("title"))
        .next()
        .map(|t| clean_text(t.text()))
        .filter(|t| !t.is_empty());
    let meta = |css: &str| {
        doc.select(&selector(css))
            .find_map(|m| m.value().attr("content"))
            .map(collapse_whitespace)
            .filter(|c| !c.is_empty())
    };
    let description =
        meta("meta[name=description]").or_else(|| meta("meta[property='og:description']"));
    let site_name = meta("meta[property='og:site_name']")
        .or_else(|| meta("meta[name=application-name]"))
        .or_else(|| title.as_deref().and_then(|t| name_from_title(t, base_url)));

    let mut logos = header_logos(&doc, base_url);
    for link in doc.select(&selector("link[rel][href]")) {
        let rel = link
            .value()
            .attr("rel")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let kind = match rel.split_whitespace().collect::<Vec<_>>().as_slice() {
            r if r.contains(&"apple-touch-icon") || r.contains(&"apple-touch-icon-precomposed") => {
                LogoKind::AppleTouchIcon
            }
            r if r.contains(&"icon") || r.contains(&"mask-icon") => LogoKind::Favicon,
            _ => continue,
        };
        if let Some(url) = link.value().attr("href").and_then(resolve) {
            logos.push(LogoCandidate { url, kind });
        }
    }
    if let Some(url) = meta("meta[property='og:image']").and_then(|u| resolve(&u)) {
        logos.push(LogoCandidate {
            url,
            kind: LogoKind::OgImage,
        });
    }
    dedup_by_key(&mut logos, |l| l.url.clone());

    let mut stylesheets: Vec<String> = doc
        .select(&selector("link[rel][href]"))
        .filter(|l| {
            l.value().attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("stylesheet"))
            })
        })
        .filter_map(|l| l.value().attr("href").and_then(resolve))
        .collect();
    dedup_by_key(&mut stylesheets, String::clone);

    let mut inline_css: Vec<String> = doc
        .select(&selector("style"))
        .map(|s| s.text().collect::<String>())
        .collect();
    inline_css.extend(
        doc.select(&selector("[style]"))
            .filter_map(|e| e.value().attr("style"))
            .map(str::to_string),
    );

    let mut social_links = Vec::new();
    let mut same_site_links = Vec::new();
    for a in doc.select(&selector("a[href], link[rel~=me][href]")) {
        let Some(url) = a
            .value()
            .attr("href")
            .and_then(|h| Url::parse(&resolve(h)?).ok())
        else {
            continue;
        };
        let rel_me = a
            .value()
            .attr("rel")
            .is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("me")));
        if same_site(&url, base_url) {
            if a.value().name() == "a" && is_page(&url) && url != *base_url {
                same_site_links.push(url.to_string());
            }
        } else if rel_me || is_social_profile(&url) {
            social_links.push(url.to_string());
        }
    }
    dedup_by_key(&mut social_links, |u| {
        u.trim_end_matches('/').to_ascii_lowercase()
    });
    dedup_by_key(&mut same_site_links, String::clone);

    PageFacts {
        url: base_url.to_string(),
        title,
        description,
        site_name,
        headlines: headlines(&doc),
        calls_to_action: calls_to_action(&doc),
        logos,
        social_links,
        stylesheets,
        inline_css,
        same_site_links,
    }
}

fn header_logos(doc: &Html, base_url: &Url) -> Vec<LogoCandidate> {
    let mut out = Vec::new();
    for el in doc.select(&selector("img, svg")) {
        let in_header = el
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().name() == "header" || attr_has(a, "role", "banner"));
        let named_logo = ["class", "id", "alt", "src", "aria-label"]
            .iter()
            .any(|name| attr_has(el, name, "logo"))
            || el
                .ancestors()
                .filter_map(ElementRef::wrap)
                .take(2)
                .any(|a| attr_has(a, "class", "logo") || attr_has(a, "id", "logo"));
        if !(in_header || named_logo) {
            continue;
        }
        let url = if el.value().name() == "img" {
            el.value().attr("src").and_then(|s| resolve(base_url, s))
        } else {
            let nested = el
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "svg");
            let markup = el.html();
            (!nested && markup.len() <= MAX_INLINE_SVG_BYTES).then(|| svg_data_url(&markup))
        };
        if let Some(url) = url {
            out.push(LogoCandidate {
                url,
                kind: LogoKind::Header,
            });
        }
    }
    out
}

fn headlines(doc: &Html) -> Vec<String> {
    let mut out: Vec<String> = doc
        .select(&selector("h1, h2"))
        .map(|h| clean_text(h.text()))
        .filter(|t| !t.is_empty() && t.chars().count() <= 200)
        .collect();
    dedup_by_key(&mut out, |t| t.to_lowercase());
    out.truncate(MAX_HEADLINES);
    out
}

fn calls_to_action(doc: &Html) -> Vec<String> {
    let mut out: Vec<String> = doc
        .select(&selector("a, button, input[type=submit]"))
        .filter_map(|el| {
            let text = match el.value().name() {
                "input" => collapse_whitespace(el.value().attr("value").unwrap_or_default()),
                _ => clean_text(el.text()),
            };
            if text.is_empty() || text.chars().count() > MAX_CTA_CHARS {
                return None;
            }
            let styled = ["class", "id"]
                .iter()
                .any(|name| CTA_CLASS_HINTS.iter().any(|hint| attr_has(el, name, hint)))
                || attr_has(el, "role", "button");
            (styled || is_imperative(&text)).then_some(text)
        })
        .collect();
    dedup_by_key(&mut out, |t| t.to_lowercase());
    out.truncate(MAX_CALLS_TO_ACTION);
    out
}

/// "Get started", "Book a demo": a short label that opens with a verb of action.
fn is_imperative(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.len() <= 5
        && words
            .first()
            .is_some_and(|w| CTA_VERBS.contains(&w.as_str()))
}

fn is_social_profile(url: &Url) -> bool {
    let Some(host) = url.host_str().map(host_key) else {
        return false;
    };
    let path = url.path().to_ascii_lowercase();
    // Share buttons point at these hosts too, but they are not the brand's profile.
    let share = ["/share", "/intent", "/sharer", "/sharing"]
        .iter()
        .any(|p| path.starts_with(p));
    !share
        && path.len() > 1
        && SOCIAL_HOSTS
            .iter()
            .any(|s| host == *s || host.ends_with(&format!(".{s}")))
}

fn is_page(url: &Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    matches!(url.scheme(), "http" | "https")
        && !NON_PAGE_EXTENSIONS.iter().any(|ext| path.ends_with(ext))
}

/// The site name hidden in a title such as "Acme — Invoicing for teams" or "Home | Acme":
/// the part that matches the host name, else the first part.
fn name_from_title(title: &str, base_url: &Url) -> Option<String> {
    let parts = split_title(title);
    let host = base_url.host_str().map(host_key).unwrap_or_default();
    let label: String = host.split('.').next().unwrap_or_default().to_string();
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let matching = parts
        .iter()
        .find(|p| !label.is_empty() && squash(p).contains(&label));
    let chosen = matching.or(parts.first())?;
    (parts.len() > 1 || matching.is_some() || chosen.chars().count() <= 30)
        .then(|| chosen.to_string())
}

fn split_title(title: &str) -> Vec<&str> {
    title
        .split(" | ")
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" · "))
        .flat_map(|p| p.split(": "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

fn resolve(base: &Url, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    let mut url = base.join(href).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    url.set_fragment(None);
    Some(url.to_string())
}

/// Whether attribute `name` of `el` contains `needle`, ignoring case.
fn attr_has(el: ElementRef<'_>, name: &str, needle: &str) -> bool {
    el.value()
        .attr(name)
        .is_some_and(|v| v.to_ascii_lowercase().contains(needle))
}

fn clean_text<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    collapse_whitespace(&parts.collect::<Vec<_>>().join(" "))
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keeps the first of each key, in order.
fn dedup_by_key<T, K: Eq + std::hash::Hash>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut seen = std::collections::HashSet::new();
    items.retain(|item| seen.insert(key(item)));
}

/// An inline SVG as a URL, so that every logo candidate is one string the caller can show.
/// Inside HTML an `<svg>` needs no namespace, but a standalone SVG file does: without it a
/// browser (or the asset library) does not read the document as SVG.
fn svg_data_url(markup: &str) -> String {
    let markup = match markup.strip_prefix("<svg") {
        Some(rest) if !markup.contains("xmlns=") => {
            format!("<svg xmlns=\"http://www.w3.org/2000/svg\"{rest}")
        }
        _ => markup.to_owned(),
    };
    let mut out = String::from("data:image/svg+xml,");
    for byte in markup.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~/=:;,()'!*@".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
#[path = "page_tests.rs"]
mod tests;
