//! Emoji: each one past the voice's allowance (see [`crate::EmojiRule`]).

use crate::engine::Ctx;
use crate::policy::EmojiRule;
use crate::report::{Finding, Severity, rule};
use crate::text::emoji::emoji_spans;

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let rule_setting = ctx.policy().emoji;
    let Some(allowed) = rule_setting.allowance(ctx.text.chars().count()) else {
        return;
    };
    for span in emoji_spans(ctx.text).into_iter().skip(allowed) {
        let message = match rule_setting {
            EmojiRule::Never => "This brand's voice does not use emoji".to_string(),
            _ => {
                format!("More emoji than this voice allows (at most {allowed} in a text this long)")
            }
        };
        out.push(
            Finding::span(
                rule::EMOJI,
                Severity::Warning,
                span.start,
                span.end,
                message,
            )
            .suggest("Remove the emoji or say it in words."),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, EmojiRule, Policy};
    use crate::report::rule::EMOJI;
    use crate::rules::test_support::{findings, spans};

    fn policy(rule: EmojiRule) -> Policy {
        Policy {
            emoji: rule,
            ..Policy::default()
        }
    }

    #[test]
    fn sparing_allows_one_per_280_chars() {
        let text = "Launch day 🚀 with friends 👩‍👩‍👧 and cake 🎂";
        let found = findings(
            &policy(EmojiRule::Sparing),
            text,
            Context::Social,
            None,
            EMOJI,
        );
        assert_eq!(spans(text, &found), vec!["👩‍👩‍👧", "🎂"]);
        assert!(
            found[0].message.contains("at most 1"),
            "{}",
            found[0].message
        );
        let long = format!("{} 🚀 🎂", "a".repeat(300));
        assert!(
            findings(
                &policy(EmojiRule::Sparing),
                &long,
                Context::Social,
                None,
                EMOJI
            )
            .is_empty()
        );
    }

    #[test]
    fn never_flags_all_and_encouraged_none() {
        let text = "Hi 👋🏽 there ❤️";
        let never = findings(
            &policy(EmojiRule::Never),
            text,
            Context::Social,
            None,
            EMOJI,
        );
        assert_eq!(spans(text, &never), vec!["👋🏽", "❤️"]);
        assert!(
            findings(
                &policy(EmojiRule::Encouraged),
                "🎉🎉🎉🎉",
                Context::Social,
                None,
                EMOJI
            )
            .is_empty()
        );
    }
}
