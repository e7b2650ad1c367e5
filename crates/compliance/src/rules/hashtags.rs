//! Hashtag count: each hashtag past the brand's limit, an error: the brand set the limit.

use crate::engine::Ctx;
use crate::report::{Finding, Severity, rule};
use crate::text::hashtag::hashtag_spans;

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(max) = ctx.policy().max_hashtags else {
        return;
    };
    let tags = hashtag_spans(ctx.text);
    let total = tags.len();
    for span in tags.into_iter().skip(max) {
        out.push(
            Finding::span(
                rule::HASHTAG_COUNT,
                Severity::Error,
                span.start,
                span.end,
                format!("{total} hashtags; the brand uses at most {max}"),
            )
            .suggest("Keep the most relevant hashtags and remove the rest."),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, Policy};
    use crate::report::rule::HASHTAG_COUNT;
    use crate::rules::test_support::{findings, spans};

    #[test]
    fn flags_hashtags_past_the_limit() {
        let p = Policy {
            max_hashtags: Some(2),
            ..Policy::default()
        };
        let text = "We're #1! #launch #saas #startup #growth";
        let found = findings(&p, text, Context::Social, None, HASHTAG_COUNT);
        assert_eq!(spans(text, &found), vec!["#startup", "#growth"]);
        assert!(found[0].message.starts_with("4 hashtags"));
        assert_eq!(found[0].severity, crate::report::Severity::Error);
        assert!(
            findings(
                &Policy::default(),
                text,
                Context::Social,
                None,
                HASHTAG_COUNT
            )
            .is_empty()
        );
    }
}
