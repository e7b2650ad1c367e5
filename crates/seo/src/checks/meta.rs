//! Titles and meta descriptions: present, single, unique, of a length that shows in results.

use std::collections::HashMap;

use super::Check;
use crate::findings::Findings;
use crate::site::{Judged, Site};

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("title-missing", title_missing),
    ("title-empty", title_empty),
    ("title-duplicate", title_duplicate),
    ("title-too-long", title_too_long),
    ("title-too-short", title_too_short),
    ("title-multiple", title_multiple),
    ("title-equals-h1", title_equals_h1),
    ("description-missing", description_missing),
    ("description-empty", description_empty),
    ("description-duplicate", description_duplicate),
    ("description-too-long", description_too_long),
    ("description-too-short", description_too_short),
    ("description-multiple", description_multiple),
];

pub(crate) const TITLE_MAX: usize = 60;
pub(crate) const TITLE_MIN: usize = 30;
pub(crate) const DESCRIPTION_MAX: usize = 160;
pub(crate) const DESCRIPTION_MIN: usize = 70;

fn title<'a>(p: &Judged<'a>) -> Option<&'a str> {
    p.html.titles.first().map(|t| t.trim())
}

fn description<'a>(p: &Judged<'a>) -> Option<&'a str> {
    p.html.meta_descriptions.first().map(|t| t.trim())
}

fn title_missing(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| p.html.titles.is_empty()) {
        out.add("title-missing", p.url(), "no <title> element");
    }
}

fn title_empty(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if title(p).is_some_and(str::is_empty) {
            out.add("title-empty", p.url(), "the <title> is empty");
        }
    }
}

/// Pages that compete under their own URL sharing the same non-empty text (case-insensitive).
fn duplicates<'a>(
    site: &Site<'a>,
    text: impl Fn(&Judged<'a>) -> Option<&'a str>,
) -> Vec<(Judged<'a>, &'a str, Vec<&'a str>)> {
    let mut groups: HashMap<String, Vec<(Judged<'a>, &'a str)>> = HashMap::new();
    for p in site.judged.iter().filter(|p| p.indexable_canonical()) {
        if let Some(t) = text(p).filter(|t| !t.is_empty()) {
            groups.entry(t.to_lowercase()).or_default().push((*p, t));
        }
    }
    let mut out = Vec::new();
    for group in groups.values().filter(|g| g.len() > 1) {
        for (p, t) in group {
            let others = group
                .iter()
                .filter(|(o, _)| o.url() != p.url())
                .map(|(o, _)| o.url())
                .collect();
            out.push((*p, *t, others));
        }
    }
    out.sort_by(|a, b| a.0.url().cmp(b.0.url()));
    out
}

fn others_text(others: &[&str]) -> String {
    let shown: Vec<&str> = others.iter().take(3).copied().collect();
    let more = others.len().saturating_sub(shown.len());
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

fn title_duplicate(site: &Site, out: &mut Findings) {
    for (p, t, others) in duplicates(site, |p| p.html.titles.first().map(|t| t.trim())) {
        out.add(
            "title-duplicate",
            p.url(),
            format!("title \"{t}\" is also used by {}", others_text(&others)),
        );
    }
}

fn title_too_long(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(t) = title(p) {
            let n = t.chars().count();
            if n > TITLE_MAX {
                out.add(
                    "title-too-long",
                    p.url(),
                    format!("title has {n} characters (over {TITLE_MAX}): \"{t}\""),
                );
            }
        }
    }
}

fn title_too_short(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(t) = title(p) {
            let n = t.chars().count();
            if n > 0 && n < TITLE_MIN {
                out.add(
                    "title-too-short",
                    p.url(),
                    format!("title has {n} characters (under {TITLE_MIN}): \"{t}\""),
                );
            }
        }
    }
}

fn title_multiple(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| p.html.titles.len() > 1) {
        out.add(
            "title-multiple",
            p.url(),
            format!("{} <title> elements", p.html.titles.len()),
        );
    }
}

fn title_equals_h1(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let h1 = p.html.headings.iter().find(|h| h.level == 1);
        if let (Some(t), Some(h1)) = (title(p), h1)
            && !t.is_empty()
            && t.to_lowercase() == h1.text.trim().to_lowercase()
        {
            out.add(
                "title-equals-h1",
                p.url(),
                format!("title and H1 both read \"{t}\""),
            );
        }
    }
}

fn description_missing(site: &Site, out: &mut Findings) {
    for p in site
        .judged
        .iter()
        .filter(|p| p.html.meta_descriptions.is_empty())
    {
        out.add("description-missing", p.url(), "no meta description");
    }
}

fn description_empty(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if description(p).is_some_and(str::is_empty) {
            out.add(
                "description-empty",
                p.url(),
                "the meta description is empty",
            );
        }
    }
}

fn description_duplicate(site: &Site, out: &mut Findings) {
    for (p, _, others) in duplicates(site, |p| p.html.meta_descriptions.first().map(|t| t.trim())) {
        out.add(
            "description-duplicate",
            p.url(),
            format!("same meta description as {}", others_text(&others)),
        );
    }
}

fn description_too_long(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(d) = description(p) {
            let n = d.chars().count();
            if n > DESCRIPTION_MAX {
                out.add(
                    "description-too-long",
                    p.url(),
                    format!("meta description has {n} characters (over {DESCRIPTION_MAX})"),
                );
            }
        }
    }
}

fn description_too_short(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(d) = description(p) {
            let n = d.chars().count();
            if n > 0 && n < DESCRIPTION_MIN {
                out.add(
                    "description-too-short",
                    p.url(),
                    format!("meta description has {n} characters (under {DESCRIPTION_MIN})"),
                );
            }
        }
    }
}

fn description_multiple(site: &Site, out: &mut Findings) {
    for p in site
        .judged
        .iter()
        .filter(|p| p.html.meta_descriptions.len() > 1)
    {
        out.add(
            "description-multiple",
            p.url(),
            format!("{} meta descriptions", p.html.meta_descriptions.len()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn clean_site_has_no_title_or_description_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn missing_empty_and_multiple_titles() {
        let mut c = clean_crawl();
        facts(&mut c, 1).titles.clear();
        facts(&mut c, 2).titles = vec![" ".into()];
        facts(&mut c, 3)
            .titles
            .push("A second title that is long enough".into());
        assert_eq!(paths(&c, title_missing), vec!["/contact"]);
        assert_eq!(paths(&c, title_empty), vec!["/about"]);
        assert_eq!(paths(&c, title_multiple), vec!["/pricing"]);
        assert!(
            paths(&c, title_too_short).is_empty(),
            "an empty title is not short"
        );
    }

    #[test]
    fn duplicate_titles_ignore_case_and_non_canonical_pages() {
        let mut c = clean_crawl();
        facts(&mut c, 1).titles = vec!["Pricing plans for growing teams".into()];
        facts(&mut c, 2).titles = vec!["PRICING plans for growing teams".into()];
        assert_eq!(paths(&c, title_duplicate), vec!["/about", "/contact"]);
        facts(&mut c, 2).canonicals = vec![format!("{ORIGIN}/contact")];
        assert!(paths(&c, title_duplicate).is_empty());
    }

    #[test]
    fn title_lengths_at_the_limits() {
        let mut c = clean_crawl();
        facts(&mut c, 1).titles = vec!["x".repeat(TITLE_MAX)];
        facts(&mut c, 2).titles = vec!["x".repeat(TITLE_MIN)];
        assert!(paths(&c, title_too_long).is_empty());
        assert!(paths(&c, title_too_short).is_empty());
        facts(&mut c, 1).titles = vec!["é".repeat(TITLE_MAX + 1)];
        facts(&mut c, 2).titles = vec!["x".repeat(TITLE_MIN - 1)];
        assert_eq!(paths(&c, title_too_long), vec!["/contact"]);
        assert_eq!(paths(&c, title_too_short), vec!["/about"]);
    }

    #[test]
    fn title_equal_to_h1() {
        let mut c = clean_crawl();
        let h1 = facts(&mut c, 3).headings[0].text.clone();
        facts(&mut c, 3).titles = vec![h1.to_uppercase()];
        assert_eq!(paths(&c, title_equals_h1), vec!["/pricing"]);
    }

    #[test]
    fn description_problems() {
        let mut c = clean_crawl();
        facts(&mut c, 0).meta_descriptions.clear();
        facts(&mut c, 1).meta_descriptions = vec![String::new()];
        facts(&mut c, 2).meta_descriptions = vec!["y".repeat(DESCRIPTION_MAX + 1)];
        facts(&mut c, 3).meta_descriptions = vec!["short".into(), "second".into()];
        assert_eq!(paths(&c, description_missing), vec!["/"]);
        assert_eq!(paths(&c, description_empty), vec!["/contact"]);
        assert_eq!(paths(&c, description_too_long), vec!["/about"]);
        assert_eq!(paths(&c, description_too_short), vec!["/pricing"]);
        assert_eq!(paths(&c, description_multiple), vec!["/pricing"]);
        facts(&mut c, 0).meta_descriptions = vec!["y".repeat(DESCRIPTION_MAX + 1)];
        assert_eq!(paths(&c, description_duplicate), vec!["/", "/about"]);
    }
}
