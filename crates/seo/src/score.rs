//! Priority of a failing check and the site's health score.

use crate::model::{CheckSummary, Severity};

/// How much more one severity matters than the next in priority: a tenfold step, so that a
/// broken page on a twentieth of the site still comes before a notice on every page, while a
/// warning on every page comes before one broken link.
fn impact(severity: Severity) -> f64 {
    match severity {
        Severity::Critical => 100.0,
        Severity::Warning => 10.0,
        Severity::Notice => 1.0,
    }
}

/// Priority of one check = severity impact x share of pages affected x mean importance of
/// the affected URLs (a URL outside the link graph, such as an image, weighs what the page it
/// was found on weighs; 1.0, the mean page, when that is unknown).
pub(crate) fn priority(severity: Severity, share: f64, mean_importance: f64) -> f64 {
    impact(severity) * share.clamp(0.0, 1.0) * mean_importance.max(0.0)
}

/// Points of penalty below which the score is halved: the curve's half-way mark.
const HALF_SCORE_PENALTY: f64 = 40.0;

/// The site's health, 0 to 100.
///
/// Each failing check adds a penalty of `weight x (0.25 + 0.75 x share)`, with weights
/// critical 10, warning 4, notice 1: a check failing anywhere costs a quarter of its weight,
/// and the rest grows with the share of pages affected. With `P` the sum of penalties,
///
/// `health = round(100 x 40 / (40 + P))`, capped at 99 when `P > 0`.
///
/// So a clean site scores exactly 100, any finding lowers the score, the score never goes
/// below 0 however many checks fail, and a site whose penalty reaches 40 points (four
/// critical checks on every page) scores 50.
pub(crate) fn health_score(checks: &[CheckSummary]) -> u8 {
    let penalty: f64 = checks
        .iter()
        .filter(|c| c.affected > 0)
        .map(|c| c.severity.weight() * (0.25 + 0.75 * c.share.clamp(0.0, 1.0)))
        .sum();
    if penalty <= 0.0 {
        return 100;
    }
    let score = (100.0 * HALF_SCORE_PENALTY / (HALF_SCORE_PENALTY + penalty)).round();
    score.clamp(0.0, 99.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Category;

    fn summary(severity: Severity, affected: usize, share: f64) -> CheckSummary {
        CheckSummary {
            id: "x".into(),
            title: "x".into(),
            category: Category::Links,
            severity,
            explanation: String::new(),
            fix: String::new(),
            affected,
            share,
            priority: 0.0,
            urls: vec![],
        }
    }

    #[test]
    fn clean_is_100_and_any_finding_lowers_it() {
        assert_eq!(health_score(&[summary(Severity::Critical, 0, 0.0)]), 100);
        assert_eq!(health_score(&[summary(Severity::Notice, 1, 0.001)]), 99);
        let one_critical = health_score(&[summary(Severity::Critical, 1, 0.01)]);
        let everywhere = health_score(&[summary(Severity::Critical, 100, 1.0)]);
        assert!(
            everywhere < one_critical && one_critical < 99,
            "{everywhere} {one_critical}"
        );
    }

    #[test]
    fn four_critical_everywhere_halves_and_many_stay_bounded() {
        let four = vec![summary(Severity::Critical, 10, 1.0); 4];
        assert_eq!(health_score(&four), 50);
        let many = vec![summary(Severity::Critical, 10, 1.0); 1000];
        assert!(health_score(&many) <= 1);
    }

    #[test]
    fn priority_scales_with_each_factor() {
        let base = priority(Severity::Warning, 0.1, 1.0);
        assert!(priority(Severity::Critical, 0.1, 1.0) > base);
        assert!(priority(Severity::Warning, 0.2, 1.0) > base);
        assert!(priority(Severity::Warning, 0.1, 3.0) > base);
        assert_eq!(priority(Severity::Warning, 0.0, 5.0), 0.0);
    }

    #[test]
    fn a_critical_on_a_twentieth_of_the_site_outranks_a_notice_everywhere() {
        assert!(priority(Severity::Critical, 0.05, 1.0) > priority(Severity::Notice, 1.0, 1.0));
        assert!(priority(Severity::Warning, 1.0, 1.0) > priority(Severity::Critical, 0.05, 1.0));
    }
}
