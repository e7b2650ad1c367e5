//! Sentence length: each sentence longer than the policy's limit, with its span.

use crate::engine::Ctx;
use crate::report::{Finding, Severity, rule};

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let limit = ctx.compiled.max_sentence_words;
    if limit == 0 {
        return;
    }
    for s in &ctx.analysis.sentences {
        let words = s.words.len();
        if words > limit {
            out.push(
                Finding::span(
                    rule::SENTENCE_LENGTH,
                    Severity::Warning,
                    s.span.start,
                    s.span.end,
                    format!("This sentence has {words} words; keep sentences to {limit} or fewer"),
                )
                .suggest("Split it into two or more sentences, one idea each."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, DEFAULT_MAX_SENTENCE_WORDS, Policy};
    use crate::report::rule::SENTENCE_LENGTH;
    use crate::rules::test_support::{findings, spans};

    #[test]
    fn flags_each_long_sentence_with_its_span() {
        let long = format!("{}end.", "word ".repeat(DEFAULT_MAX_SENTENCE_WORDS));
        let text = format!("Short one. {long} Another short one.");
        let found = findings(
            &Policy::default(),
            &text,
            Context::Blog,
            None,
            SENTENCE_LENGTH,
        );
        assert_eq!(spans(&text, &found), vec![long.as_str()]);
        assert!(
            found[0].message.contains("31 words"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn limit_comes_from_the_policy_and_zero_disables() {
        let text = "One two three four. Five six.";
        let p = |m| Policy {
            max_sentence_words: Some(m),
            ..Policy::default()
        };
        let found = findings(&p(3), text, Context::Blog, None, SENTENCE_LENGTH);
        assert_eq!(spans(text, &found), vec!["One two three four."]);
        assert!(findings(&p(0), text, Context::Blog, None, SENTENCE_LENGTH).is_empty());
    }
}
