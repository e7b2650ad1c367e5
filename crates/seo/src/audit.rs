//! Running the catalogue over a crawl and summarising what failed.

use std::collections::{BTreeMap, HashMap, HashSet};

use crawler::CrawlOutput;

use crate::catalogue::{SITE_WIDE, catalogue};
use crate::checks::run_all;
use crate::findings::Findings;
use crate::importance::importance;
use crate::model::{Audit, CheckSummary, Issue, MAX_SUMMARY_URLS};
use crate::score::{health_score, priority};
use crate::site::Site;
use crate::urls::norm;

/// Audits one crawl: every check of the catalogue, prioritised, with a health score.
pub fn audit(crawl: &CrawlOutput) -> Audit {
    let site = Site::new(crawl);
    let mut findings = Findings::default();
    run_all(&site, &mut findings);
    let imp = importance(&site);
    let pages = site.page_count() as f64;

    // The same finding reported twice (a URL written two ways) counts once.
    let mut seen = HashSet::new();
    let mut by_check: HashMap<String, Vec<Issue>> = HashMap::new();
    for issue in findings.issues {
        if seen.insert((issue.check.clone(), norm(&issue.url), issue.detail.clone())) {
            by_check.entry(issue.check.clone()).or_default().push(issue);
        }
    }

    // A URL outside the link graph (an image, a sitemap, a redirect) weighs what the page it
    // was found on weighs, or the mean page when that is unknown.
    let weight_of = |url: &str| {
        imp.get(&norm(url))
            .or_else(|| {
                let found_on = site.get(url)?.found_on.as_deref()?;
                imp.get(&norm(found_on))
            })
            .copied()
            .unwrap_or(1.0)
    };
    let mut checks: Vec<(usize, CheckSummary)> = Vec::new();
    for (order, info) in catalogue().iter().enumerate() {
        let issues = by_check.get(info.id).map(Vec::as_slice).unwrap_or_default();
        let mut urls: BTreeMap<String, &str> = BTreeMap::new();
        for i in issues {
            urls.entry(norm(&i.url)).or_insert(i.url.as_str());
        }
        let affected = urls.len();
        let share = if affected == 0 {
            0.0
        } else if SITE_WIDE.contains(&info.id) {
            1.0
        } else {
            (affected as f64 / pages).min(1.0)
        };
        let mean_importance = if affected == 0 {
            0.0
        } else {
            urls.values().map(|u| weight_of(u)).sum::<f64>() / affected as f64
        };
        let mut ranked: Vec<&str> = urls.values().copied().collect();
        ranked.sort_by(|a, b| weight_of(b).total_cmp(&weight_of(a)).then(a.cmp(b)));
        checks.push((
            order,
            CheckSummary {
                id: info.id.to_string(),
                title: info.title.to_string(),
                category: info.category,
                severity: info.severity,
                explanation: info.explanation.to_string(),
                fix: info.fix.to_string(),
                affected,
                share,
                priority: priority(info.severity, share, mean_importance),
                urls: ranked
                    .into_iter()
                    .take(MAX_SUMMARY_URLS)
                    .map(String::from)
                    .collect(),
            },
        ));
    }
    checks.sort_by(|(oa, a), (ob, b)| {
        b.priority
            .total_cmp(&a.priority)
            .then(a.severity.cmp(&b.severity))
            .then(oa.cmp(ob))
    });
    let checks: Vec<CheckSummary> = checks.into_iter().map(|(_, c)| c).collect();

    let mut issues = Vec::new();
    for c in &checks {
        if let Some(mut list) = by_check.remove(&c.id) {
            list.sort_by(|a, b| a.url.cmp(&b.url).then(a.detail.cmp(&b.detail)));
            issues.extend(list);
        }
    }
    Audit {
        health_score: health_score(&checks),
        pages_crawled: site.judged.len(),
        issues,
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::catalogue;
    use crate::model::Severity;
    use crate::testkit::*;

    #[test]
    fn a_clean_site_scores_100_with_no_issues() {
        let a = audit(&clean_crawl());
        assert!(a.issues.is_empty(), "{:?}", a.issues);
        assert_eq!(a.health_score, 100);
        assert_eq!(a.pages_crawled, 4);
        assert_eq!(a.checks.len(), catalogue().len());
        assert!(
            a.checks
                .iter()
                .all(|c| c.affected == 0 && c.priority == 0.0)
        );
    }

    #[test]
    fn non_html_and_blocked_pages_are_not_judged_on_page() {
        let mut c = clean_crawl();
        let mut pdf = status_page(&format!("{ORIGIN}/brochure.pdf"), 200);
        pdf.kind = crawler::ResourceKind::Other;
        pdf.content_type = Some("application/pdf".into());
        let mut blocked = bare(&format!("{ORIGIN}/admin"));
        blocked.blocked_by_robots = true;
        c.pages.extend([pdf, blocked]);
        let a = audit(&c);
        assert!(a.issues.is_empty(), "{:?}", a.issues);
    }

    #[test]
    fn failing_checks_are_sorted_by_priority_and_issues_follow() {
        let mut c = clean_crawl();
        facts(&mut c, 1).titles.clear();
        facts(&mut c, 2).titles.clear();
        facts(&mut c, 3).viewport = None;
        facts(&mut c, 3).has_favicon = false;
        let a = audit(&c);
        let failing: Vec<&str> = a.failing().map(|c| c.id.as_str()).collect();
        assert_eq!(
            failing,
            vec!["title-missing", "viewport-missing", "favicon-missing"]
        );
        assert_eq!(a.checks[0].affected, 2);
        assert!((a.checks[0].share - 0.5).abs() < 1e-9);
        assert_eq!(a.issues.len(), 4);
        assert_eq!(a.issues[0].check, "title-missing");
        assert_eq!(a.issues[0].severity, Severity::Critical);
        assert!(a.health_score < 100);
    }

    #[test]
    fn the_home_page_weighs_more_than_a_leaf() {
        let mut home = clean_crawl();
        facts(&mut home, 0).has_favicon = false;
        let mut leaf = clean_crawl();
        facts(&mut leaf, 2).has_favicon = false;
        let p = |a: &Audit| a.checks[0].priority;
        assert!(p(&audit(&home)) > p(&audit(&leaf)));
    }

    #[test]
    fn an_image_weighs_what_the_page_showing_it_weighs() {
        let priority_when_found_on = |found_on: &str| {
            let mut c = clean_crawl();
            let mut big = image(&format!("{ORIGIN}/big.png"), 300 * 1024);
            big.found_on = Some(format!("{ORIGIN}{found_on}"));
            c.pages.push(big);
            audit(&c).checks[0].priority
        };
        assert!(priority_when_found_on("/") > priority_when_found_on("/about") * 2.0);
    }

    #[test]
    fn site_wide_checks_count_the_whole_site() {
        let mut c = clean_crawl();
        c.robots.status = Some(404);
        let a = audit(&c);
        let robots = a.failing().next().expect("robots-missing fails");
        assert_eq!(robots.id, "robots-missing");
        assert_eq!(robots.share, 1.0);
    }

    #[test]
    fn issues_serialise_with_the_documented_field_names() {
        let mut c = clean_crawl();
        facts(&mut c, 1).titles.clear();
        let a = audit(&c);
        let v = serde_json::to_value(&a.issues[0]).expect("serialisable");
        let keys: Vec<&str> = v
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, vec!["check", "detail", "severity", "url"]);
        assert_eq!(v["severity"], "critical");
        let back: Audit =
            serde_json::from_str(&serde_json::to_string(&a).expect("json")).expect("parse");
        assert_eq!(back, a);
    }
}
