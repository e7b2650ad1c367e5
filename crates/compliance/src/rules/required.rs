//! Required terms and disclaimers: whole-text findings for each one that is missing.

use crate::engine::{Ctx, normalize_disclaimer};
use crate::report::{Finding, Severity, rule};
use crate::rules::excerpt;

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    required_terms(ctx, out);
    disclaimers(ctx, out);
}

fn required_terms(ctx: &Ctx, out: &mut Vec<Finding>) {
    let terms = &ctx.policy().required_terms;
    if ctx.compiled.required.is_empty() {
        return;
    }
    let found = ctx
        .compiled
        .required
        .found_ids(&ctx.normalized, terms.len());
    for (term, present) in terms.iter().zip(found) {
        let term = term.trim();
        // Terms without letters or digits were never compiled and cannot be looked for.
        if present || crate::text::phrase::normalize_phrase(term).is_empty() {
            continue;
        }
        out.push(
            Finding::whole(
                rule::REQUIRED_TERM,
                Severity::Warning,
                format!("The required term \"{term}\" does not appear"),
            )
            .suggest(format!("Mention \"{term}\" at least once.")),
        );
    }
}

fn disclaimers(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.compiled.disclaimers.is_empty() {
        return;
    }
    let haystack = normalize_disclaimer(ctx.text);
    for (index, needle) in &ctx.compiled.disclaimers {
        if haystack.contains(needle.as_str()) {
            continue;
        }
        let original = ctx
            .policy()
            .required_disclaimers
            .get(*index)
            .map_or("", |d| d.trim());
        out.push(
            Finding::whole(
                rule::MISSING_DISCLAIMER,
                Severity::Error,
                format!(
                    "The required disclaimer \"{}\" is missing",
                    excerpt(original)
                ),
            )
            .suggest(format!("Add the disclaimer word for word: {original}")),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, Policy};
    use crate::report::Severity;
    use crate::report::rule::{MISSING_DISCLAIMER, REQUIRED_TERM};
    use crate::rules::test_support::findings;

    fn policy() -> Policy {
        Policy {
            required_terms: vec!["Acme Cloud".into(), "®".into(), "free trial".into()],
            required_disclaimers: vec![
                "Terms and conditions apply.".into(),
                "Capital at risk.".into(),
            ],
            ..Policy::default()
        }
    }

    #[test]
    fn missing_terms_are_whole_text_warnings() {
        let text = "Start your FREE-TRIAL of acme cloud's suite today.";
        let found = findings(&policy(), text, Context::General, None, REQUIRED_TERM);
        assert!(found.is_empty(), "{found:?}");
        let found = findings(
            &policy(),
            "Start today.",
            Context::General,
            None,
            REQUIRED_TERM,
        );
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| (f.start, f.end) == (0, 0)));
        assert!(found[0].message.contains("Acme Cloud"));
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn disclaimers_match_ignoring_case_and_whitespace() {
        let text = "Great offer.\n\nterms  and\nCONDITIONS apply. Capital at risk.";
        assert!(findings(&policy(), text, Context::Ad, None, MISSING_DISCLAIMER).is_empty());
        let found = findings(
            &policy(),
            "Great offer. Terms apply.",
            Context::Ad,
            None,
            MISSING_DISCLAIMER,
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            found[1].suggestion.as_deref(),
            Some("Add the disclaimer word for word: Capital at risk.")
        );
    }
}
