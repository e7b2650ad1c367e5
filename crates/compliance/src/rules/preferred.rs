//! Preferred words: a gentle nudge when a text long enough to show the brand's vocabulary
//! uses none of it. Short texts cannot be expected to fit the words in.

use crate::engine::Ctx;
use crate::readability::MIN_WORDS_TO_JUDGE;
use crate::report::{Finding, Severity, rule};

/// How many preferred words the suggestion lists.
const SUGGESTED: usize = 5;

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let words = &ctx.policy().preferred_words;
    if ctx.compiled.preferred.is_empty() || ctx.readability.words < MIN_WORDS_TO_JUDGE {
        return;
    }
    let found = ctx
        .compiled
        .preferred
        .found_ids(&ctx.normalized, words.len());
    if found.contains(&true) {
        return;
    }
    let listed: Vec<&str> = words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .take(SUGGESTED)
        .collect();
    out.push(
        Finding::whole(
            rule::PREFERRED_WORDS,
            Severity::Info,
            "The text uses none of the brand's preferred words".into(),
        )
        .suggest(format!("Where it fits, use: {}.", listed.join(", "))),
    );
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, Policy};
    use crate::report::rule::PREFERRED_WORDS;
    use crate::rules::test_support::findings;

    fn policy() -> Policy {
        Policy {
            preferred_words: vec!["members".into(), "craft".into()],
            ..Policy::default()
        }
    }

    #[test]
    fn nudges_only_long_texts_without_any_preferred_word() {
        let plain = "We build tools for people who make things. ".repeat(5);
        let found = findings(&policy(), &plain, Context::Blog, None, PREFERRED_WORDS);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].suggestion.as_deref(),
            Some("Where it fits, use: members, craft.")
        );
        let with = format!("{plain} Our Members love it.");
        assert!(findings(&policy(), &with, Context::Blog, None, PREFERRED_WORDS).is_empty());
        assert!(
            findings(
                &policy(),
                "Short text.",
                Context::Blog,
                None,
                PREFERRED_WORDS
            )
            .is_empty()
        );
    }
}
