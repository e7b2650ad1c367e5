//! Sponsored disclosure for influencer posts (FTC Endorsement Guides, UK ASA/CMA).
//!
//! A disclosure is one of the hashtags #ad, #ads, #advert, #advertisement, #sponsored,
//! #sponsoredpost, #paidpartnership or #paidpartner, or the words "sponsored", "paid
//! partnership" or "advertisement". None at all is an Error. One that only appears after the
//! first [`VISIBLE_CHARS`] characters is a Warning: feeds cut captions there, and regulators
//! do not accept a disclosure hidden behind "more" or at the end of a pile of hashtags.

use std::sync::LazyLock;

use crate::engine::Ctx;
use crate::policy::Context;
use crate::report::{Finding, Severity, rule};
use crate::text::Span;
use crate::text::hashtag::{hashtag_spans, tag_body};
use crate::text::phrase::PhraseMatcher;

/// Characters a feed shows before truncating a caption (Instagram shows about 125).
pub const VISIBLE_CHARS: usize = 125;

const TAGS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "sponsored",
    "sponsoredpost",
    "paidpartnership",
    "paidpartner",
];

static WORDS: LazyLock<PhraseMatcher> = LazyLock::new(|| {
    PhraseMatcher::new([
        ("sponsored", 0),
        ("paid partnership", 1),
        ("advertisement", 2),
    ])
});

fn first_disclosure(ctx: &Ctx) -> Option<Span> {
    let tag = hashtag_spans(ctx.text)
        .into_iter()
        .find(|s| TAGS.contains(&tag_body(ctx.text, *s).as_str()));
    let words = WORDS
        .find_all(&ctx.normalized)
        .into_iter()
        .next()
        .map(|m| m.span);
    match (tag, words) {
        (Some(a), Some(b)) => Some(if a.start <= b.start { a } else { b }),
        (a, b) => a.or(b),
    }
}

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.context != Context::Influencer {
        return;
    }
    match first_disclosure(ctx) {
        None => out.push(
            Finding::whole(
                rule::SPONSORED_DISCLOSURE,
                Severity::Error,
                "Sponsored post without a clear disclosure".into(),
            )
            .suggest("Start the post with \"#ad\" or \"Paid partnership with <brand>\"."),
        ),
        Some(span) => {
            let before = ctx.text.get(..span.start).map_or(0, |s| s.chars().count());
            if before >= VISIBLE_CHARS {
                out.push(
                    Finding::span(
                        rule::SPONSORED_DISCLOSURE,
                        Severity::Warning,
                        span.start,
                        span.end,
                        format!(
                            "The disclosure comes after the first {VISIBLE_CHARS} characters, where feeds cut the caption"
                        ),
                    )
                    .suggest("Move the disclosure to the start of the post."),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, Policy};
    use crate::report::Severity;
    use crate::report::rule::SPONSORED_DISCLOSURE;
    use crate::rules::test_support::{findings, spans};

    fn check(text: &str, context: Context) -> Vec<crate::report::Finding> {
        findings(
            &Policy::default(),
            text,
            context,
            None,
            SPONSORED_DISCLOSURE,
        )
    }

    #[test]
    fn missing_disclosure_is_an_error_only_for_influencers() {
        let text = "Loving my new trainers from @acme, so comfy";
        let found = check(text, Context::Influencer);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!((found[0].start, found[0].end), (0, 0));
        assert!(check(text, Context::Social).is_empty());
    }

    #[test]
    fn accepts_hashtags_and_words() {
        for text in [
            "#AD Loving my new trainers",
            "Loving these #sponsored",
            "Paid partnership with Acme: loving these",
            "Sponsored by Acme",
            "This is an advertisement for Acme",
        ] {
            assert!(check(text, Context::Influencer).is_empty(), "{text}");
        }
        // "#adventure" and "ad" as a plain word are not disclosures.
        assert_eq!(check("My #adventure ad", Context::Influencer).len(), 1);
    }

    #[test]
    fn disclosure_buried_after_the_fold_is_a_warning() {
        let text = format!("{} #travel #ad", "So much fun on this trip. ".repeat(6));
        let found = check(&text, Context::Influencer);
        assert_eq!(spans(&text, &found), vec!["#ad"]);
        assert_eq!(found[0].severity, Severity::Warning);
    }
}
