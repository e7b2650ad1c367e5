//! Everything an audit reads from one HTML page, in one pass over the parsed tree.
//!
//! Pure and synchronous. scraper's document is not `Send`: callers parse inside
//! `spawn_blocking` (as the crawler does) and only the returned [`HtmlFacts`] crosses threads.

use ego_tree::iter::Edge;
use scraper::{Html, Node, node::Element};
use url::Url;

use crate::{
    model::{
        Heading, Hreflang, HtmlFacts, Image, JsonLd, Link, MAX_KEPT_TEXT, Resource, ResourceKind,
    },
    simhash::simhash,
    site::Site,
    url_norm::normalize,
};

/// Elements whose text is never shown.
const HIDDEN: &[&str] = &["script", "style", "noscript", "template"];

/// Elements that do not break a word: text on both sides of them runs on.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// Elements HTML5 made obsolete.
const OBSOLETE: &[&str] = &[
    "acronym",
    "applet",
    "basefont",
    "bgsound",
    "big",
    "blink",
    "center",
    "dir",
    "font",
    "frame",
    "frameset",
    "isindex",
    "keygen",
    "listing",
    "marquee",
    "menuitem",
    "multicol",
    "nextid",
    "nobr",
    "noembed",
    "noframes",
    "plaintext",
    "rb",
    "rtc",
    "spacer",
    "strike",
    "tt",
    "xmp",
];

/// Reads the facts of one page. `page_url` is the URL the page was served from (after
/// redirects); relative URLs are resolved against `<base href>` when there is one.
pub fn parse_html(page_url: &Url, body: &str, site: &Site, keep_text: bool) -> HtmlFacts {
    let doc = Html::parse_document(body);
    let base = find_base(&doc, page_url);
    let mut walk = Walk {
        base: &base,
        site,
        facts: HtmlFacts::default(),
        text: String::new(),
        hidden: 0,
        in_head: 0,
        in_body: 0,
        title: None,
        anchor: None,
        heading: None,
    };
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let inline_text: String = if matches!(el.name(), "script" | "style") {
                        node.children()
                            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                            .collect()
                    } else {
                        String::new()
                    };
                    walk.open(el, &inline_text);
                }
                Node::Text(text) => walk.text(text),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    walk.close(el);
                }
            }
        }
    }
    walk.finish(keep_text)
}

/// The first `<base href>` resolved against the page URL, or the page URL.
fn find_base(doc: &Html, page_url: &Url) -> Url {
    doc.tree
        .root()
        .descendants()
        .filter_map(|n| n.value().as_element())
        .find(|el| el.name() == "base" && el.attr("href").is_some())
        .and_then(|el| el.attr("href"))
        .and_then(|href| page_url.join(href.trim()).ok())
        .unwrap_or_else(|| page_url.clone())
}

struct Walk<'a> {
    base: &'a Url,
    site: &'a Site,
    facts: HtmlFacts,
    /// Visible body text, words separated by single spaces.
    text: String,
    hidden: u32,
    in_head: u32,
    in_body: u32,
    title: Option<String>,
    /// The `<a href>` being read and its text so far.
    anchor: Option<(Link, String)>,
    heading: Option<(u8, String)>,
}

impl Walk<'_> {
    fn resolve(&self, href: &str) -> Option<Url> {
        normalize(Some(self.base), href)
    }

    fn open(&mut self, el: &Element, inline_text: &str) {
        let name = el.name();
        if !INLINE.contains(&name) {
            self.break_word();
        }
        if OBSOLETE.contains(&name) && !self.facts.obsolete_tags.iter().any(|t| t == name) {
            self.facts.obsolete_tags.push(name.to_string());
        }
        match name {
            "html" if self.facts.lang.is_none() => {
                self.facts.lang = el.attr("lang").map(|l| l.trim().to_string());
            }
            "head" => self.in_head += 1,
            "body" => self.in_body += 1,
            "title" if self.in_head > 0 => self.title = Some(String::new()),
            "meta" => self.meta(el),
            "link" => self.link(el),
            "a" => {
                if let Some(url) = el.attr("href").and_then(|h| self.resolve(h)) {
                    let link = Link {
                        internal: self.site.contains(&url),
                        href: url.into(),
                        text: String::new(),
                        nofollow: rel_tokens(el).any(|t| t == "nofollow"),
                    };
                    self.anchor = Some((link, String::new()));
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name.as_bytes()[1] - b'0';
                self.heading = Some((level, String::new()));
            }
            "img" => self.image(el),
            "script" => {
                if let Some(url) = el.attr("src").and_then(|s| self.resolve(s)) {
                    self.resource(url, ResourceKind::Script);
                } else {
                    self.facts.inline_bytes += inline_text.len() as u64;
                    let ty = el.attr("type").unwrap_or("").trim().to_ascii_lowercase();
                    if ty == "application/ld+json" {
                        self.facts.json_ld.push(json_ld(inline_text));
                    }
                }
            }
            "style" => self.facts.inline_bytes += inline_text.len() as u64,
            "iframe" | "video" | "audio" | "source" | "embed" | "track" => {
                if let Some(url) = el.attr("src").and_then(|s| self.resolve(s)) {
                    self.resource(url, ResourceKind::Other);
                }
            }
            "form" => {
                let action = el.attr("action").map(str::trim).filter(|a| !a.is_empty());
                let target = match action {
                    Some(a) => self.base.join(a).ok(),
                    None => Some(self.base.clone()),
                };
                if target.is_some_and(|t| t.scheme() == "http") {
                    self.facts.insecure_forms += 1;
                }
            }
            _ => {}
        }
        if HIDDEN.contains(&name) {
            self.hidden += 1;
        }
    }

    fn close(&mut self, el: &Element) {
        let name = el.name();
        if HIDDEN.contains(&name) {
            self.hidden = self.hidden.saturating_sub(1);
        }
        match name {
            "head" => self.in_head = self.in_head.saturating_sub(1),
            "body" => self.in_body = self.in_body.saturating_sub(1),
            "title" => {
                if let Some(title) = self.title.take() {
                    self.facts.titles.push(collapse(&title));
                }
            }
            "a" => {
                if let Some((mut link, text)) = self.anchor.take() {
                    link.text = collapse(&text);
                    self.facts.links.push(link);
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if let Some((level, text)) = self.heading.take() {
                    self.facts.headings.push(Heading {
                        level,
                        text: collapse(&text),
                    });
                }
            }
            _ => {}
        }
        if !INLINE.contains(&name) {
            self.break_word();
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(title) = &mut self.title {
            title.push_str(text);
        }
        if self.hidden > 0 {
            return;
        }
        if let Some((_, anchor_text)) = &mut self.anchor {
            anchor_text.push_str(text);
        }
        if let Some((_, heading_text)) = &mut self.heading {
            heading_text.push_str(text);
        }
        if self.in_body > 0 && self.in_head == 0 {
            push_words(&mut self.text, text);
        }
    }

    /// Ends the current word at a block boundary, so that `<p>a</p><p>b</p>` is two words.
    fn break_word(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
        for buf in [
            self.anchor.as_mut().map(|a| &mut a.1),
            self.heading.as_mut().map(|h| &mut h.1),
        ]
        .into_iter()
        .flatten()
        {
            if !buf.is_empty() && !buf.ends_with(' ') {
                buf.push(' ');
            }
        }
    }

    fn meta(&mut self, el: &Element) {
        let content = el.attr("content").map(str::trim);
        if let Some(charset) = el.attr("charset") {
            self.facts
                .charset
                .get_or_insert_with(|| charset.trim().to_string());
        }
        if let Some(equiv) = el.attr("http-equiv") {
            match equiv.trim().to_ascii_lowercase().as_str() {
                "content-type" => {
                    if let Some(cs) = content.and_then(charset_of) {
                        self.facts.charset.get_or_insert(cs);
                    }
                }
                "refresh" => {
                    if let Some(c) = content {
                        self.facts.meta_refresh.get_or_insert_with(|| c.to_string());
                    }
                }
                _ => {}
            }
        }
        let name = el.attr("name").map(|n| n.trim().to_ascii_lowercase());
        let property = el.attr("property").map(|p| p.trim().to_ascii_lowercase());
        let Some(content) = content else { return };
        match name.as_deref() {
            Some("description") => self.facts.meta_descriptions.push(content.to_string()),
            Some("robots" | "googlebot") => {
                let value = content.to_ascii_lowercase();
                self.facts.meta_robots = Some(match self.facts.meta_robots.take() {
                    Some(prev) => format!("{prev}, {value}"),
                    None => value,
                });
            }
            Some("viewport") => {
                self.facts
                    .viewport
                    .get_or_insert_with(|| content.to_string());
            }
            _ => {}
        }
        for key in [property.as_deref(), name.as_deref()].into_iter().flatten() {
            let map = if key.starts_with("og:") {
                &mut self.facts.open_graph
            } else if key.starts_with("twitter:") {
                &mut self.facts.twitter
            } else {
                continue;
            };
            map.entry(key.to_string())
                .or_insert_with(|| content.to_string());
        }
    }

    fn link(&mut self, el: &Element) {
        let rels: Vec<String> = rel_tokens(el).collect();
        let Some(href) = el.attr("href") else { return };
        let url = self.resolve(href);
        if rels.iter().any(|r| r == "icon") {
            self.facts.has_favicon = true;
        }
        let Some(url) = url else { return };
        if rels.iter().any(|r| r == "canonical") {
            self.facts.canonicals.push(url.to_string());
        }
        if rels.iter().any(|r| r == "alternate")
            && let Some(lang) = el.attr("hreflang")
        {
            self.facts.hreflang.push(Hreflang {
                lang: lang.trim().to_ascii_lowercase(),
                href: url.to_string(),
            });
        }
        if rels.iter().any(|r| r == "stylesheet") {
            self.resource(url, ResourceKind::Stylesheet);
        } else if rels.iter().any(|r| r == "icon") {
            self.resource(url, ResourceKind::Image);
        }
    }

    fn image(&mut self, el: &Element) {
        let Some(src) = el.attr("src").map(str::trim).filter(|s| !s.is_empty()) else {
            return;
        };
        let url = self.resolve(src);
        if let Some(alt) = el.attr("alt")
            && let Some((_, text)) = &mut self.anchor
        {
            text.push(' ');
            text.push_str(alt);
            text.push(' ');
        }
        self.facts.images.push(Image {
            src: url.as_ref().map_or_else(|| src.to_string(), Url::to_string),
            alt: el.attr("alt").map(|a| a.trim().to_string()),
            width: el.attr("width").map(|w| w.trim().to_string()),
            height: el.attr("height").map(|h| h.trim().to_string()),
        });
        if let Some(url) = url {
            self.resource(url, ResourceKind::Image);
        }
    }

    fn resource(&mut self, url: Url, kind: ResourceKind) {
        let url = String::from(url);
        if !self.facts.resources.iter().any(|r| r.url == url) {
            self.facts.resources.push(Resource { url, kind });
        }
    }

    fn finish(mut self, keep_text: bool) -> HtmlFacts {
        let text = self.text.trim();
        self.facts.word_count = text.split_whitespace().count() as u32;
        self.facts.simhash = simhash(text);
        if keep_text {
            self.facts.text = Some(text.chars().take(MAX_KEPT_TEXT).collect());
        }
        self.facts
    }
}

fn rel_tokens<'a>(el: &'a Element) -> impl Iterator<Item = String> + 'a {
    el.attr("rel")
        .unwrap_or("")
        .split_ascii_whitespace()
        .map(str::to_ascii_lowercase)
}

/// Appends `text` with runs of whitespace turned into one space.
fn push_words(out: &mut String, text: &str) {
    if text.starts_with(char::is_whitespace) && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    let mut first = true;
    for word in text.split_whitespace() {
        if !first {
            out.push(' ');
        }
        out.push_str(word);
        first = false;
    }
    if !first && text.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text/html; charset=UTF-8` → `UTF-8`.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').find_map(|part| {
        let (key, value) = part.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// The `@type`s of a JSON-LD block, `@graph` and nested objects included.
fn json_ld(text: &str) -> JsonLd {
    match serde_json::from_str::<serde_json::Value>(text.trim()) {
        Ok(value) => {
            let mut types = Vec::new();
            collect_types(&value, &mut types);
            JsonLd { types, error: None }
        }
        Err(e) => JsonLd {
            types: Vec::new(),
            error: Some(e.to_string()),
        },
    }
}

fn collect_types(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_types(v, out)),
        serde_json::Value::Object(map) => {
            match map.get("@type") {
                Some(serde_json::Value::String(t)) => out.push(t.clone()),
                Some(serde_json::Value::Array(ts)) => {
                    out.extend(ts.iter().filter_map(|t| t.as_str().map(str::to_string)));
                }
                _ => {}
            }
            for (key, v) in map {
                if key != "@type" {
                    collect_types(v, out);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
