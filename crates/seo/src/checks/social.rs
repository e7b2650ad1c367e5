//! Structured data (JSON-LD) and the tags social networks read when a page is shared.

use super::Check;
use crate::findings::Findings;
use crate::site::Site;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("structured-data-missing", structured_data_missing),
    ("json-ld-invalid", json_ld_invalid),
    ("json-ld-missing-type", json_ld_missing_type),
    ("og-title-missing", og_title_missing),
    ("og-description-missing", og_description_missing),
    ("og-image-missing", og_image_missing),
    ("twitter-card-missing", twitter_card_missing),
];

fn structured_data_missing(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| p.html.json_ld.is_empty()) {
        out.add(
            "structured-data-missing",
            p.url(),
            "no JSON-LD block on the page",
        );
    }
}

fn json_ld_invalid(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(e) = p.html.json_ld.iter().find_map(|j| j.error.as_deref()) {
            out.add(
                "json-ld-invalid",
                p.url(),
                format!("a JSON-LD block does not parse: {e}"),
            );
        }
    }
}

fn json_ld_missing_type(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if p.html
            .json_ld
            .iter()
            .any(|j| j.error.is_none() && j.types.is_empty())
        {
            out.add(
                "json-ld-missing-type",
                p.url(),
                "a JSON-LD block has no @type",
            );
        }
    }
}

fn missing_property(
    site: &Site,
    out: &mut Findings,
    check: &'static str,
    name: &str,
    twitter: bool,
) {
    for p in &site.judged {
        let map = if twitter {
            &p.html.twitter
        } else {
            &p.html.open_graph
        };
        if map.get(name).is_none_or(|v| v.trim().is_empty()) {
            out.add(check, p.url(), format!("no {name}"));
        }
    }
}

fn og_title_missing(site: &Site, out: &mut Findings) {
    missing_property(site, out, "og-title-missing", "og:title", false);
}

fn og_description_missing(site: &Site, out: &mut Findings) {
    missing_property(site, out, "og-description-missing", "og:description", false);
}

fn og_image_missing(site: &Site, out: &mut Findings) {
    missing_property(site, out, "og-image-missing", "og:image", false);
}

fn twitter_card_missing(site: &Site, out: &mut Findings) {
    missing_property(site, out, "twitter-card-missing", "twitter:card", true);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crawler::JsonLd;

    #[test]
    fn clean_site_has_no_social_or_structured_data_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn json_ld_problems() {
        let mut c = clean_crawl();
        facts(&mut c, 1).json_ld.clear();
        facts(&mut c, 2).json_ld.push(JsonLd {
            types: vec![],
            error: Some("expected value at line 1".into()),
        });
        facts(&mut c, 3).json_ld.push(JsonLd {
            types: vec![],
            error: None,
        });
        assert_eq!(paths(&c, structured_data_missing), vec!["/contact"]);
        assert_eq!(paths(&c, json_ld_invalid), vec!["/about"]);
        assert_eq!(paths(&c, json_ld_missing_type), vec!["/pricing"]);
    }

    #[test]
    fn open_graph_and_twitter() {
        let mut c = clean_crawl();
        facts(&mut c, 0).open_graph.remove("og:title");
        facts(&mut c, 1)
            .open_graph
            .insert("og:description".into(), " ".into());
        facts(&mut c, 2).open_graph.remove("og:image");
        facts(&mut c, 3).twitter.clear();
        assert_eq!(paths(&c, og_title_missing), vec!["/"]);
        assert_eq!(paths(&c, og_description_missing), vec!["/contact"]);
        assert_eq!(paths(&c, og_image_missing), vec!["/about"]);
        assert_eq!(paths(&c, twitter_card_missing), vec!["/pricing"]);
    }
}
