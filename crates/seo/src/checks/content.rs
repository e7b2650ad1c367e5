//! The page's text and the basics of its markup.

use std::collections::HashMap;

use super::Check;
use crate::findings::Findings;
use crate::site::{Judged, Site};

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("thin-content", thin_content),
    ("duplicate-content", duplicate_content),
    ("near-duplicate-content", near_duplicate_content),
    ("viewport-missing", viewport_missing),
    ("charset-missing", charset_missing),
    ("obsolete-html", obsolete_html),
    ("favicon-missing", favicon_missing),
];

pub(crate) const THIN_WORDS: u32 = 200;
/// SimHash bits two texts may differ by and still be near-duplicates.
pub(crate) const NEAR_DUPLICATE_BITS: u32 = 3;

/// Pages whose text competes in search: indexable, canonical, with text.
fn competing<'a>(site: &Site<'a>) -> Vec<Judged<'a>> {
    site.judged
        .iter()
        .filter(|p| p.indexable_canonical() && p.html.simhash != 0)
        .copied()
        .collect()
}

fn thin_content(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| p.indexable_canonical()) {
        if p.html.word_count < THIN_WORDS {
            out.add(
                "thin-content",
                p.url(),
                format!("{} words of text (under {THIN_WORDS})", p.html.word_count),
            );
        }
    }
}

fn exact(a: &Judged, b: &Judged) -> bool {
    a.html.simhash == b.html.simhash && a.html.word_count == b.html.word_count
}

fn duplicate_content(site: &Site, out: &mut Findings) {
    let mut groups: HashMap<(u64, u32), Vec<Judged>> = HashMap::new();
    for p in competing(site) {
        groups
            .entry((p.html.simhash, p.html.word_count))
            .or_default()
            .push(p);
    }
    let mut found: Vec<(&str, String)> = Vec::new();
    for group in groups.values().filter(|g| g.len() > 1) {
        for p in group {
            let other = group.iter().find(|o| o.url() != p.url()).map(|o| o.url());
            found.push((
                p.url(),
                format!(
                    "same text as {} ({} other page(s))",
                    other.unwrap_or_default(),
                    group.len() - 1
                ),
            ));
        }
    }
    found.sort();
    for (url, detail) in found {
        out.add("duplicate-content", url, detail);
    }
}

fn near_duplicate_content(site: &Site, out: &mut Findings) {
    let pages = competing(site);
    let mut closest: HashMap<usize, (u32, usize)> = HashMap::new();
    for i in 0..pages.len() {
        for j in (i + 1)..pages.len() {
            let (a, b) = (&pages[i], &pages[j]);
            if exact(a, b) {
                continue;
            }
            let bits = (a.html.simhash ^ b.html.simhash).count_ones();
            if bits <= NEAR_DUPLICATE_BITS {
                for (me, other) in [(i, j), (j, i)] {
                    let e = closest.entry(me).or_insert((bits, other));
                    if bits < e.0 {
                        *e = (bits, other);
                    }
                }
            }
        }
    }
    let mut found: Vec<(usize, u32, usize)> =
        closest.into_iter().map(|(k, (b, o))| (k, b, o)).collect();
    found.sort();
    for (me, bits, other) in found {
        out.add(
            "near-duplicate-content",
            pages[me].url(),
            format!(
                "text nearly identical to {} (SimHash differs by {bits} bit(s))",
                pages[other].url()
            ),
        );
    }
}

fn viewport_missing(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if p.html
            .viewport
            .as_deref()
            .is_none_or(|v| v.trim().is_empty())
        {
            out.add("viewport-missing", p.url(), "no <meta name=\"viewport\">");
        }
    }
}

fn charset_missing(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        // A charset in the Content-Type header is as good as one in the HTML.
        let in_header = p
            .record
            .content_type
            .as_deref()
            .is_some_and(|c| c.to_ascii_lowercase().contains("charset="));
        if p.html.charset.is_none() && !in_header {
            out.add(
                "charset-missing",
                p.url(),
                "no charset in the HTML or the Content-Type header",
            );
        }
    }
}

fn obsolete_html(site: &Site, out: &mut Findings) {
    for p in site
        .judged
        .iter()
        .filter(|p| !p.html.obsolete_tags.is_empty())
    {
        let mut tags = p.html.obsolete_tags.clone();
        tags.sort();
        tags.dedup();
        let list: Vec<String> = tags.iter().map(|t| format!("<{t}>")).collect();
        out.add(
            "obsolete-html",
            p.url(),
            format!("uses {}", list.join(", ")),
        );
    }
}

fn favicon_missing(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| !p.html.has_favicon) {
        out.add("favicon-missing", p.url(), "no <link rel=\"icon\">");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn clean_site_has_no_content_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn thin_pages_unless_noindex() {
        let mut c = clean_crawl();
        facts(&mut c, 1).word_count = THIN_WORDS - 1;
        facts(&mut c, 2).word_count = 10;
        facts(&mut c, 2).meta_robots = Some("noindex".into());
        assert_eq!(paths(&c, thin_content), vec!["/contact"]);
    }

    #[test]
    fn exact_and_near_duplicates_are_told_apart() {
        let mut c = clean_crawl();
        let base = facts(&mut c, 1).simhash;
        facts(&mut c, 2).simhash = base;
        facts(&mut c, 3).simhash = base ^ 0b101;
        let mut dupes = paths(&c, duplicate_content);
        dupes.sort();
        assert_eq!(dupes, vec!["/about", "/contact"]);
        let mut near = paths(&c, near_duplicate_content);
        near.sort();
        assert_eq!(near, vec!["/about", "/contact", "/pricing"]);
        facts(&mut c, 3).simhash = base ^ 0b1111;
        near = paths(&c, near_duplicate_content);
        assert!(near.is_empty(), "{near:?}");
    }

    #[test]
    fn a_canonicalised_copy_is_not_a_duplicate() {
        let mut c = clean_crawl();
        let base = facts(&mut c, 1).simhash;
        facts(&mut c, 2).simhash = base;
        facts(&mut c, 2).canonicals = vec![format!("{ORIGIN}/contact")];
        assert!(paths(&c, duplicate_content).is_empty());
    }

    #[test]
    fn markup_basics() {
        let mut c = clean_crawl();
        facts(&mut c, 0).viewport = None;
        facts(&mut c, 1).charset = None;
        c.pages[1].content_type = Some("text/html".into());
        facts(&mut c, 2).charset = None;
        facts(&mut c, 3).obsolete_tags = vec!["font".into(), "center".into(), "font".into()];
        facts(&mut c, 3).has_favicon = false;
        assert_eq!(paths(&c, viewport_missing), vec!["/"]);
        assert_eq!(paths(&c, charset_missing), vec!["/contact"]);
        let found = run(&c, obsolete_html);
        assert_eq!(
            found,
            vec![("/pricing".to_string(), "uses <center>, <font>".to_string())]
        );
        assert_eq!(paths(&c, favicon_missing), vec!["/pricing"]);
    }
}
