//! Banned terms: every whole-word occurrence, with the brand's replacement styled like the
//! original ("Synergy" → "Teamwork").

use crate::engine::Ctx;
use crate::report::{Finding, Severity, rule};
use crate::text::case::match_case;

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.compiled.banned.is_empty() {
        return;
    }
    for m in ctx.compiled.banned.find_all(&ctx.normalized) {
        let Some(term) = ctx.policy().banned.get(m.id) else {
            continue;
        };
        let found = m.span.of(ctx.text);
        let mut message = format!("\"{found}\" is not used in this brand's voice");
        if !term.reason.trim().is_empty() {
            message.push_str(": ");
            message.push_str(term.reason.trim());
        }
        let finding = Finding::span(
            rule::BANNED_TERM,
            Severity::Warning,
            m.span.start,
            m.span.end,
            message,
        );
        out.push(match term.replacement.as_deref().map(str::trim) {
            Some(r) if !r.is_empty() => finding.suggest(match_case(found, r)),
            _ => finding,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{BannedTerm, Context, Policy};
    use crate::report::rule::BANNED_TERM;
    use crate::rules::test_support::{findings, spans};

    fn policy() -> Policy {
        let term = |t: &str, r: Option<&str>| BannedTerm {
            term: t.into(),
            replacement: r.map(Into::into),
            reason: "jargon".into(),
        };
        Policy {
            banned: vec![
                term("synergy", Some("teamwork")),
                term("best-in-class", Some("leading")),
                term("touch base", Some("talk")),
                term("Straße", None),
            ],
            ..Policy::default()
        }
    }

    #[test]
    fn flags_every_occurrence_with_styled_replacement() {
        let text = "Synergy! Our SYNERGY and synergy, not synergyx. Let's Touch   Base.";
        let found = findings(&policy(), text, Context::General, None, BANNED_TERM);
        assert_eq!(
            spans(text, &found),
            vec!["Synergy", "SYNERGY", "synergy", "Touch   Base"]
        );
        let suggestions: Vec<_> = found.iter().map(|f| f.suggestion.as_deref()).collect();
        assert_eq!(
            suggestions,
            vec![
                Some("Teamwork"),
                Some("TEAMWORK"),
                Some("teamwork"),
                Some("Talk")
            ]
        );
        assert!(found[0].message.contains("jargon"), "{}", found[0].message);
    }

    #[test]
    fn phrases_match_across_punctuation_and_unicode_case() {
        let text = "A best in class tool on der STRASSE? No: an der STRAẞE.";
        let found = findings(&policy(), text, Context::General, None, BANNED_TERM);
        assert_eq!(spans(text, &found), vec!["best in class", "STRAẞE"]);
        assert_eq!(found[1].suggestion, None);
    }

    #[test]
    fn nothing_to_flag_without_terms() {
        let found = findings(
            &Policy::default(),
            "synergy",
            Context::General,
            None,
            BANNED_TERM,
        );
        assert!(found.is_empty());
    }
}
