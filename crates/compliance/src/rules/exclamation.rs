//! Exclamation marks: runs past the voice's allowance, and repeated marks ("!!!") that read
//! as shouting.

use crate::engine::Ctx;
use crate::report::{Finding, Severity, rule};
use crate::text::Span;

fn is_bang(c: char) -> bool {
    matches!(c, '!' | '！' | '‼' | '⁉')
}

/// Runs of exclamation marks; "?!" counts as an exclamation too.
fn runs(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        match (&mut current, is_bang(c)) {
            (Some(run), true) => run.end = end,
            (None, true) => current = Some(Span::new(i, end)),
            (Some(_), false) => out.extend(current.take()),
            (None, false) => {}
        }
    }
    out.extend(current);
    out
}

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(limit) = ctx.compiled.exclamation_limit else {
        return;
    };
    for (n, span) in runs(ctx.text).into_iter().enumerate() {
        let marks = span.of(ctx.text).chars().count();
        let finding = if n >= limit {
            let allowed = match limit {
                0 => "This brand's voice does not use exclamation marks".to_string(),
                1 => "More than one exclamation in this text".to_string(),
                _ => format!("More than {limit} exclamations in this text"),
            };
            Finding::span(
                rule::EXCLAMATION,
                Severity::Warning,
                span.start,
                span.end,
                allowed,
            )
            .suggest("End the sentence with a full stop.")
        } else if marks > 1 {
            Finding::span(
                rule::EXCLAMATION,
                Severity::Warning,
                span.start,
                span.end,
                "Repeated exclamation marks read as shouting".into(),
            )
            .suggest("Use a single exclamation mark.")
        } else {
            continue;
        };
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, ExclamationRule, Policy, Tone};
    use crate::report::rule::EXCLAMATION;
    use crate::rules::test_support::{findings, spans};

    fn policy(rule: ExclamationRule) -> Policy {
        Policy {
            exclamation: rule,
            ..Policy::default()
        }
    }

    #[test]
    fn flags_runs_past_the_limit_and_repeated_marks() {
        let text = "New! Better!!! Faster! Cheaper!";
        let found = findings(
            &policy(ExclamationRule::MaxPerText(2)),
            text,
            Context::Ad,
            None,
            EXCLAMATION,
        );
        assert_eq!(spans(text, &found), vec!["!!!", "!", "!"]);
        assert!(found[0].message.contains("shouting"));
        assert!(found[1].message.contains("More than 2"));
    }

    #[test]
    fn never_flags_every_run_and_unlimited_none() {
        let text = "Hi! What?! Ｏｋ！";
        let never = findings(
            &policy(ExclamationRule::Never),
            text,
            Context::Social,
            None,
            EXCLAMATION,
        );
        assert_eq!(spans(text, &never), vec!["!", "!", "！"]);
        let free = findings(
            &policy(ExclamationRule::Unlimited),
            "Wow!!!!",
            Context::Social,
            None,
            EXCLAMATION,
        );
        assert!(free.is_empty());
    }

    #[test]
    fn auto_uses_the_tone() {
        let calm = Policy {
            tone: Some(Tone {
                matter_of_fact_enthusiastic: 10,
                ..Tone::default()
            }),
            ..Policy::default()
        };
        assert_eq!(
            findings(&calm, "Done!", Context::General, None, EXCLAMATION).len(),
            1
        );
        assert!(
            findings(
                &Policy::default(),
                "A! B! C!",
                Context::General,
                None,
                EXCLAMATION
            )
            .is_empty()
        );
        assert_eq!(
            findings(
                &Policy::default(),
                "A! B! C! D!",
                Context::General,
                None,
                EXCLAMATION
            )
            .len(),
            1
        );
    }
}
