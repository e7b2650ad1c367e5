//! The heading outline: one H1, levels in order, no empty headings.

use super::Check;
use crate::findings::Findings;
use crate::site::Site;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("h1-missing", h1_missing),
    ("h1-multiple", h1_multiple),
    ("h1-too-long", h1_too_long),
    ("heading-order-skipped", heading_order_skipped),
    ("heading-empty", heading_empty),
];

pub(crate) const H1_MAX: usize = 70;

fn h1_missing(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if !p.html.headings.iter().any(|h| h.level == 1) {
            out.add("h1-missing", p.url(), "no <h1> on the page");
        }
    }
}

fn h1_multiple(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let n = p.html.headings.iter().filter(|h| h.level == 1).count();
        if n > 1 {
            out.add("h1-multiple", p.url(), format!("{n} <h1> headings"));
        }
    }
}

fn h1_too_long(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(h) = p.html.headings.iter().find(|h| h.level == 1) {
            let n = h.text.trim().chars().count();
            if n > H1_MAX {
                out.add(
                    "h1-too-long",
                    p.url(),
                    format!("the H1 has {n} characters (over {H1_MAX})"),
                );
            }
        }
    }
}

fn heading_order_skipped(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let skip = p
            .html
            .headings
            .windows(2)
            .find(|w| w[1].level > w[0].level + 1);
        if let Some(w) = skip {
            out.add(
                "heading-order-skipped",
                p.url(),
                format!(
                    "h{} \"{}\" is followed by h{} \"{}\"",
                    w[0].level,
                    w[0].text.trim(),
                    w[1].level,
                    w[1].text.trim()
                ),
            );
        }
    }
}

fn heading_empty(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let empty: Vec<String> = p
            .html
            .headings
            .iter()
            .filter(|h| h.text.trim().is_empty())
            .map(|h| format!("h{}", h.level))
            .collect();
        if !empty.is_empty() {
            out.add(
                "heading-empty",
                p.url(),
                format!("empty heading(s): {}", empty.join(", ")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crawler::Heading;

    fn h(level: u8, text: &str) -> Heading {
        Heading {
            level,
            text: text.into(),
        }
    }

    #[test]
    fn clean_site_has_no_heading_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn h1_problems() {
        let mut c = clean_crawl();
        facts(&mut c, 1).headings = vec![h(2, "Only a subheading")];
        facts(&mut c, 2).headings.push(h(1, "Another main heading"));
        facts(&mut c, 3).headings = vec![h(1, &"w".repeat(H1_MAX + 1))];
        assert_eq!(paths(&c, h1_missing), vec!["/contact"]);
        assert_eq!(paths(&c, h1_multiple), vec!["/about"]);
        assert_eq!(paths(&c, h1_too_long), vec!["/pricing"]);
    }

    #[test]
    fn skipped_levels_going_down_only() {
        let mut c = clean_crawl();
        facts(&mut c, 1).headings = vec![h(1, "Main"), h(2, "Part"), h(4, "Detail")];
        facts(&mut c, 2).headings = vec![h(1, "Main"), h(2, "A"), h(3, "B"), h(2, "C")];
        let found = run(&c, heading_order_skipped);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "/contact");
        assert!(found[0].1.contains("h2 \"Part\" is followed by h4"));
    }

    #[test]
    fn empty_headings() {
        let mut c = clean_crawl();
        facts(&mut c, 3).headings.push(h(3, "  "));
        assert_eq!(paths(&c, heading_empty), vec!["/pricing"]);
    }
}
