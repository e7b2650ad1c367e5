//! One HTML page: what it says and how it is marked up, rendered to HTML.

use crate::words::Lang;

#[derive(Debug, Clone)]
pub struct Img {
    pub src: String,
    pub alt: Option<String>,
    pub sized: bool,
}

#[derive(Debug, Clone)]
pub struct A {
    pub href: String,
    pub text: String,
    pub nofollow: bool,
}

impl A {
    pub fn new(href: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            href: href.into(),
            text: text.into(),
            nofollow: false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub path: String,
    pub lang: Lang,
    /// `<html lang>`; `None` leaves it out.
    pub html_lang: Option<String>,
    pub titles: Vec<String>,
    pub descriptions: Vec<String>,
    /// Headings in order: (level, text). The first is normally the H1.
    pub headings: Vec<(u8, String)>,
    pub paragraphs: Vec<String>,
    /// Links in the page's content (navigation and footer are added when `nav`).
    pub links: Vec<A>,
    pub nav: bool,
    /// Absolute canonical URLs.
    pub canonicals: Vec<String>,
    pub hreflang: Vec<(String, String)>,
    pub images: Vec<Img>,
    pub json_ld: Vec<String>,
    pub og: Vec<(String, String)>,
    pub twitter: Vec<(String, String)>,
    pub viewport: bool,
    pub charset: bool,
    pub favicon: bool,
    pub meta_robots: Option<String>,
    pub meta_refresh: Option<String>,
    pub head_extra: String,
    pub body_extra: String,
    pub headers: Vec<(String, String)>,
    /// Content-Type header; with a charset unless overridden.
    pub content_type: String,
    pub delay_ms: u64,
    pub in_sitemap: bool,
}

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Navigation and footer links around a page's content.
pub struct Chrome {
    pub nav: Vec<A>,
    pub footer: Vec<A>,
}

impl Page {
    pub fn render(&self, chrome: &Chrome) -> String {
        let mut h = String::with_capacity(8192);
        h.push_str("<!DOCTYPE html>\n");
        match &self.html_lang {
            Some(l) => h.push_str(&format!("<html lang=\"{}\">\n<head>\n", esc(l))),
            None => h.push_str("<html>\n<head>\n"),
        }
        if self.charset {
            h.push_str("<meta charset=\"utf-8\">\n");
        }
        if self.viewport {
            h.push_str(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            );
        }
        for t in &self.titles {
            h.push_str(&format!("<title>{}</title>\n", esc(t)));
        }
        for d in &self.descriptions {
            h.push_str(&format!(
                "<meta name=\"description\" content=\"{}\">\n",
                esc(d)
            ));
        }
        if let Some(r) = &self.meta_robots {
            h.push_str(&format!("<meta name=\"robots\" content=\"{}\">\n", esc(r)));
        }
        if let Some(r) = &self.meta_refresh {
            h.push_str(&format!(
                "<meta http-equiv=\"refresh\" content=\"{}\">\n",
                esc(r)
            ));
        }
        for c in &self.canonicals {
            h.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", esc(c)));
        }
        for (lang, href) in &self.hreflang {
            h.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                esc(lang),
                esc(href)
            ));
        }
        if self.favicon {
            h.push_str("<link rel=\"icon\" href=\"/favicon.ico\">\n");
        }
        h.push_str("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
        for (k, v) in &self.og {
            h.push_str(&format!(
                "<meta property=\"{}\" content=\"{}\">\n",
                esc(k),
                esc(v)
            ));
        }
        for (k, v) in &self.twitter {
            h.push_str(&format!(
                "<meta name=\"{}\" content=\"{}\">\n",
                esc(k),
                esc(v)
            ));
        }
        for j in &self.json_ld {
            h.push_str(&format!(
                "<script type=\"application/ld+json\">{j}</script>\n"
            ));
        }
        h.push_str(&self.head_extra);
        h.push_str("</head>\n<body>\n");
        if self.nav {
            h.push_str("<header><a href=\"/\"><img src=\"/images/logo.png\" alt=\"Northwind home\" width=\"120\" height=\"32\"></a>\n<nav>");
            for a in &chrome.nav {
                h.push_str(&link(a));
            }
            h.push_str("</nav></header>\n");
        }
        h.push_str("<main>\n");
        let mut paragraphs = self.paragraphs.iter();
        for (i, (level, text)) in self.headings.iter().enumerate() {
            h.push_str(&format!("<h{level}>{}</h{level}>\n", esc(text)));
            if i == 0 {
                for img in &self.images {
                    h.push_str(&image(img));
                }
            }
            if let Some(p) = paragraphs.next() {
                h.push_str(&format!("<p>{}</p>\n", esc(p)));
            }
        }
        for p in paragraphs {
            h.push_str(&format!("<p>{}</p>\n", esc(p)));
        }
        if self.headings.is_empty() {
            for img in &self.images {
                h.push_str(&image(img));
            }
        }
        if !self.links.is_empty() {
            h.push_str("<ul class=\"related\">\n");
            for a in &self.links {
                h.push_str(&format!("<li>{}</li>\n", link(a)));
            }
            h.push_str("</ul>\n");
        }
        h.push_str(&self.body_extra);
        h.push_str("</main>\n");
        if self.nav {
            h.push_str("<footer>");
            for a in &chrome.footer {
                h.push_str(&link(a));
            }
            h.push_str("</footer>\n");
        }
        h.push_str("<script src=\"/assets/site.js\" defer></script>\n</body>\n</html>\n");
        h
    }
}

fn link(a: &A) -> String {
    let rel = if a.nofollow { " rel=\"nofollow\"" } else { "" };
    format!("<a href=\"{}\"{rel}>{}</a> ", esc(&a.href), esc(&a.text))
}

fn image(i: &Img) -> String {
    let alt = i
        .alt
        .as_ref()
        .map(|a| format!(" alt=\"{}\"", esc(a)))
        .unwrap_or_default();
    let size = if i.sized {
        " width=\"800\" height=\"450\""
    } else {
        ""
    };
    format!("<img src=\"{}\"{alt}{size}>\n", esc(&i.src))
}
