//! What changed between two audits of the same site (FR-3.1.3).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{Audit, Issue};
use crate::urls::norm;

/// One check's count of affected URLs before and now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckDelta {
    pub id: String,
    pub previous: usize,
    pub current: usize,
    /// `current - previous`: negative is better.
    pub delta: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditTrend {
    pub previous_health: u8,
    pub current_health: u8,
    /// `current_health - previous_health`.
    pub health_delta: i16,
    /// Issues (by check and URL) in the current audit but not in the previous one.
    pub new_issues: Vec<Issue>,
    /// Issues (by check and URL) in the previous audit that are gone now.
    pub fixed_issues: Vec<Issue>,
    /// Every check that failed in either audit, biggest increase first.
    pub checks: Vec<CheckDelta>,
}

/// Compares two audits. An issue is identified by its check and URL, not its detail, so that
/// a page whose response time moved from 1.2 s to 1.4 s is still the same slow page.
pub fn compare(previous: &Audit, current: &Audit) -> AuditTrend {
    let key = |i: &Issue| (i.check.clone(), norm(&i.url));
    let before: BTreeSet<_> = previous.issues.iter().map(key).collect();
    let after: BTreeSet<_> = current.issues.iter().map(key).collect();
    let mut new_seen = BTreeSet::new();
    let new_issues = current
        .issues
        .iter()
        .filter(|i| !before.contains(&key(i)) && new_seen.insert(key(i)))
        .cloned()
        .collect();
    let mut fixed_seen = BTreeSet::new();
    let fixed_issues = previous
        .issues
        .iter()
        .filter(|i| !after.contains(&key(i)) && fixed_seen.insert(key(i)))
        .cloned()
        .collect();

    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for c in previous.checks.iter().filter(|c| c.affected > 0) {
        counts.entry(&c.id).or_default().0 = c.affected;
    }
    for c in current.checks.iter().filter(|c| c.affected > 0) {
        counts.entry(&c.id).or_default().1 = c.affected;
    }
    let mut checks: Vec<CheckDelta> = counts
        .into_iter()
        .map(|(id, (p, c))| CheckDelta {
            id: id.to_string(),
            previous: p,
            current: c,
            delta: c as i64 - p as i64,
        })
        .collect();
    checks.sort_by(|a, b| b.delta.cmp(&a.delta).then(a.id.cmp(&b.id)));
    AuditTrend {
        previous_health: previous.health_score,
        current_health: current.health_score,
        health_delta: i16::from(current.health_score) - i16::from(previous.health_score),
        new_issues,
        fixed_issues,
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::audit;
    use crate::testkit::*;

    #[test]
    fn fixed_new_and_deltas() {
        let mut before = clean_crawl();
        facts(&mut before, 1).titles.clear();
        facts(&mut before, 2).titles.clear();
        facts(&mut before, 3).viewport = None;
        let mut after = clean_crawl();
        facts(&mut after, 1).titles.clear();
        facts(&mut after, 0).has_favicon = false;
        after.pages[2].response_ms = 1_500;

        let t = compare(&audit(&before), &audit(&after));
        let ids = |v: &[Issue]| {
            v.iter()
                .map(|i| format!("{} {}", i.check, crate::urls::path_of(&i.url)))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(&t.fixed_issues),
            vec!["title-missing /about", "viewport-missing /pricing"]
        );
        let mut new = ids(&t.new_issues);
        new.sort();
        assert_eq!(new, vec!["favicon-missing /", "slow-response /about"]);
        let title = t
            .checks
            .iter()
            .find(|c| c.id == "title-missing")
            .expect("listed");
        assert_eq!((title.previous, title.current, title.delta), (2, 1, -1));
        assert_eq!(t.checks.last().map(|c| c.delta), Some(-1));
        assert_eq!(
            t.health_delta,
            i16::from(t.current_health) - i16::from(t.previous_health)
        );
    }

    #[test]
    fn same_audit_has_no_change() {
        let mut c = clean_crawl();
        facts(&mut c, 1).titles.clear();
        let a = audit(&c);
        let t = compare(&a, &a);
        assert!(t.new_issues.is_empty() && t.fixed_issues.is_empty());
        assert_eq!(t.checks.len(), 1);
        assert_eq!(t.checks[0].delta, 0);
    }
}
