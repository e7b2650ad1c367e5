//! The crawl indexed for the checks: records by normalised URL, and the pages that are judged.

use std::collections::HashMap;

use crawler::{CrawlOutput, HtmlFacts, PageRecord, ResourceKind};

use crate::urls::norm;

/// A read-only view of one crawl.
pub(crate) struct Site<'a> {
    pub crawl: &'a CrawlOutput,
    by_url: HashMap<String, &'a PageRecord>,
    /// HTML pages answered 200 without a redirect: the only ones the on-page checks read.
    /// A redirecting record is skipped because its destination is judged under its own URL.
    pub judged: Vec<Judged<'a>>,
}

/// A page the on-page checks read.
#[derive(Clone, Copy)]
pub(crate) struct Judged<'a> {
    pub record: &'a PageRecord,
    pub html: &'a HtmlFacts,
}

impl<'a> Judged<'a> {
    pub fn url(&self) -> &'a str {
        &self.record.url
    }
}

/// Where an internal URL ended up, as far as the crawl knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Ok,
    Redirected,
    ClientError(u16),
    ServerError(u16),
    /// Timed out, refused or failed to resolve.
    Unreachable,
    Loop,
    Blocked,
    /// Any other status or error (1xx, 3xx without a destination, refused by policy...).
    Other,
}

impl<'a> Site<'a> {
    pub fn new(crawl: &'a CrawlOutput) -> Self {
        let mut by_url = HashMap::new();
        for r in &crawl.pages {
            by_url.entry(norm(&r.url)).or_insert(r);
        }
        let judged = crawl
            .pages
            .iter()
            .filter_map(|record| {
                let html = record.html.as_ref()?;
                (record.kind == ResourceKind::Page
                    && record.status == Some(200)
                    && !record.blocked_by_robots
                    && record.redirects.is_empty())
                .then_some(Judged { record, html })
            })
            .collect();
        Self {
            crawl,
            by_url,
            judged,
        }
    }

    /// The record crawled for `url`, if any.
    pub fn get(&self, url: &str) -> Option<&'a PageRecord> {
        self.by_url.get(&norm(url)).copied()
    }

    /// The judged page at `url`.
    pub fn judged_at(&self, url: &str) -> Option<Judged<'a>> {
        let record = self.get(url)?;
        self.judged
            .iter()
            .find(|j| std::ptr::eq(j.record, record))
            .copied()
    }

    /// The number of pages judged; at least 1 so that shares are defined.
    pub fn page_count(&self) -> usize {
        self.judged.len().max(1)
    }
}

/// How a crawled record ended.
pub(crate) fn outcome(r: &PageRecord) -> Outcome {
    if r.blocked_by_robots {
        return Outcome::Blocked;
    }
    if let Some(e) = r.error.as_deref() {
        return match e {
            "redirect_loop" => Outcome::Loop,
            "timeout" | "dns" | "connection" => Outcome::Unreachable,
            _ => Outcome::Other,
        };
    }
    match r.status {
        Some(s @ 400..=499) => Outcome::ClientError(s),
        Some(s @ 500..=599) => Outcome::ServerError(s),
        Some(200..=299) if !r.redirects.is_empty() => Outcome::Redirected,
        Some(200..=299) => Outcome::Ok,
        _ => Outcome::Other,
    }
}

/// Meta robots or X-Robots-Tag says noindex.
pub(crate) fn meta_noindex(h: &HtmlFacts) -> bool {
    h.meta_robots
        .as_deref()
        .is_some_and(|m| has_directive(m, "noindex") || has_directive(m, "none"))
}

pub(crate) fn header_noindex(r: &PageRecord) -> bool {
    r.x_robots_tag
        .as_deref()
        .is_some_and(|m| has_directive(m, "noindex") || has_directive(m, "none"))
}

pub(crate) fn has_directive(list: &str, directive: &str) -> bool {
    list.split([',', ' ', ';'])
        .map(|d| d.trim().to_ascii_lowercase())
        .any(|d| d == directive || d.ends_with(&format!(":{directive}")))
}

impl Judged<'_> {
    pub fn noindex(&self) -> bool {
        meta_noindex(self.html) || header_noindex(self.record)
    }

    /// The page names itself (or nothing) as canonical.
    pub fn self_canonical(&self) -> bool {
        match self.html.canonicals.as_slice() {
            [] => true,
            [c] => norm(c) == norm(&self.record.url),
            _ => false,
        }
    }

    /// A page that competes in search under its own URL: indexable and canonical.
    pub fn indexable_canonical(&self) -> bool {
        !self.noindex() && self.self_canonical()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn judges_only_html_pages_answered_200_without_redirects() {
        let mut redirected = page("http://s.test/old");
        redirected.redirects = vec![hop("http://s.test/old", 301)];
        let mut blocked = bare("http://s.test/admin");
        blocked.blocked_by_robots = true;
        let crawl = crawl_of(vec![
            page("http://s.test/"),
            redirected,
            blocked,
            status_page("http://s.test/gone", 404),
            image("http://s.test/a.png", 1000),
        ]);
        let site = Site::new(&crawl);
        let urls: Vec<_> = site.judged.iter().map(|j| j.url()).collect();
        assert_eq!(urls, vec!["http://s.test/"]);
        assert!(site.judged_at("http://s.test/#top").is_some());
        assert!(site.judged_at("http://s.test/old").is_none());
    }

    #[test]
    fn outcomes() {
        assert_eq!(
            outcome(&status_page("http://s.test/a", 404)),
            Outcome::ClientError(404)
        );
        assert_eq!(
            outcome(&status_page("http://s.test/a", 503)),
            Outcome::ServerError(503)
        );
        assert_eq!(
            outcome(&failed("http://s.test/a", "timeout")),
            Outcome::Unreachable
        );
        assert_eq!(
            outcome(&failed("http://s.test/a", "redirect_loop")),
            Outcome::Loop
        );
        assert_eq!(outcome(&page("http://s.test/a")), Outcome::Ok);
    }

    #[test]
    fn directives() {
        assert!(has_directive("index, NOINDEX", "noindex"));
        assert!(has_directive("googlebot: noindex", "noindex"));
        assert!(!has_directive("index, follow", "noindex"));
        assert!(!has_directive("noindexer", "noindex"));
    }
}
