//! Unsubstantiated claims: words advertising regulators ask advertisers to prove.
//!
//! Three kinds, matched as whole words ignoring case and punctuation:
//! - general superlatives and promises ("best", "guaranteed", "#1", "100%", "proven",
//!   "risk-free", "lowest price") → Warning: fine when backed by evidence next to them;
//! - health claims ("cures", "clinically proven", "no side effects", "treats anxiety",
//!   "lose 10 pounds") → Error: regulated almost everywhere;
//! - financial promises ("guaranteed returns", "risk-free investment", "get rich", "double
//!   your money", "earn $500 a day") → Error.
//!
//! "Free" alone is not flagged (free trials and free plans are real); only the stock phrases
//! that promise something for nothing are ("free money", "totally free"). Fixed phrases such as
//! "best regards", "all the best" and "best practices" are recognised and left alone: the
//! longest match wins, so they swallow the "best" inside them.

use std::sync::LazyLock;

use crate::engine::Ctx;
use crate::report::{Finding, Severity, rule};
use crate::text::Span;
use crate::text::phrase::{Normalized, PhraseMatcher};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    General,
    Health,
    Finance,
    /// A fixed phrase that contains a claim word but is not a claim.
    Allowed,
}

const GENERAL: &[&str] = &[
    "guaranteed",
    "guarantee",
    "guarantees",
    "number one",
    "no 1",
    "best",
    "the best",
    "best ever",
    "risk free",
    "no risk",
    "100 percent",
    "proven",
    "unbeatable",
    "lowest price",
    "lowest prices",
    "cheapest",
    "world class",
    "world's best",
    "best in class",
    "miracle",
    "free money",
    "free cash",
    "free gift",
    "free prize",
    "totally free",
    "completely free",
    "absolutely free",
];

const ALLOWED: &[&str] = &[
    "best regards",
    "best wishes",
    "all the best",
    "best practice",
    "best practices",
    "best of luck",
    "best friend",
    "best friends",
    "at best",
    "do our best",
    "do your best",
    "try our best",
    "doing our best",
    "best before",
];

const HEALTH: &[&str] = &[
    "clinically proven",
    "clinically tested",
    "clinically shown",
    "scientifically proven",
    "doctor recommended",
    "doctors recommend",
    "recommended by doctors",
    "no side effects",
    "cure",
    "cures",
    "cured",
    "miracle cure",
    "cure all",
    "fda approved",
    "boosts immunity",
    "boost immunity",
    "boosts your immune system",
    "boost your immune system",
    "detox",
    "detoxify",
    "burn fat",
    "burns fat",
    "fat burning",
    "melt fat",
    "lose weight fast",
    "weight loss guaranteed",
    "guaranteed weight loss",
];

const HEALTH_VERBS: &[&str] = &[
    "treat",
    "treats",
    "treating",
    "prevent",
    "prevents",
    "preventing",
    "heal",
    "heals",
    "healing",
    "reverse",
    "reverses",
    "reversing",
    "fight",
    "fights",
    "fighting",
];

const CONDITIONS: &[&str] = &[
    "disease",
    "diseases",
    "illness",
    "illnesses",
    "cancer",
    "diabetes",
    "depression",
    "anxiety",
    "arthritis",
    "acne",
    "infection",
    "infections",
    "insomnia",
    "covid",
    "obesity",
    "alzheimer's",
    "alzheimers",
    "dementia",
    "heart disease",
    "high blood pressure",
    "hypertension",
    "inflammation",
    "chronic pain",
    "pain",
    "the flu",
    "flu",
    "colds",
    "a cold",
    "the common cold",
    "viruses",
    "virus",
];

const FINANCE: &[&str] = &[
    "guaranteed returns",
    "guaranteed return",
    "guaranteed income",
    "guaranteed profit",
    "guaranteed profits",
    "guaranteed growth",
    "risk free investment",
    "risk free investments",
    "risk free return",
    "risk free returns",
    "no risk investment",
    "get rich",
    "get rich quick",
    "double your money",
    "triple your money",
    "make money fast",
    "easy money",
    "can't lose",
    "zero risk",
];

struct Claims {
    matcher: PhraseMatcher,
    kinds: Vec<Kind>,
}

static CLAIMS: LazyLock<Claims> = LazyLock::new(|| {
    let mut phrases: Vec<(String, Kind)> = Vec::new();
    let mut add = |list: &[&str], kind| phrases.extend(list.iter().map(|p| (p.to_string(), kind)));
    add(GENERAL, Kind::General);
    add(ALLOWED, Kind::Allowed);
    add(HEALTH, Kind::Health);
    add(FINANCE, Kind::Finance);
    for verb in HEALTH_VERBS {
        for condition in CONDITIONS {
            phrases.push((format!("{verb} {condition}"), Kind::Health));
        }
    }
    let matcher = PhraseMatcher::new(
        phrases
            .iter()
            .enumerate()
            .map(|(i, (p, _))| (p.as_str(), i)),
    );
    Claims {
        matcher,
        kinds: phrases.into_iter().map(|(_, k)| k).collect(),
    }
});

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    // The claim phrases and patterns are English; symbols ("#1", "100%") read the same in
    // every language.
    if !ctx.policy().language.is_english() {
        push(
            ctx,
            symbol_claims(ctx.text)
                .into_iter()
                .map(|s| (s, Kind::General))
                .collect(),
            out,
        );
        return;
    }
    let mut found: Vec<(Span, Kind)> = CLAIMS
        .matcher
        .find_all(&ctx.normalized)
        .into_iter()
        .filter_map(|m| {
            let kind = CLAIMS.kinds.get(m.id).copied()?;
            (kind != Kind::Allowed).then_some((m.span, kind))
        })
        .collect();
    found.extend(
        symbol_claims(ctx.text)
            .into_iter()
            .map(|s| (s, Kind::General)),
    );
    found.extend(
        weight_loss(ctx.text, &ctx.normalized)
            .into_iter()
            .map(|s| (s, Kind::Health)),
    );
    found.extend(
        earnings(ctx.text, &ctx.normalized)
            .into_iter()
            .map(|s| (s, Kind::Finance)),
    );
    push(ctx, found, out);
}

fn push(ctx: &Ctx, found: Vec<(Span, Kind)>, out: &mut Vec<Finding>) {
    for (span, kind) in found {
        let quoted = span.of(ctx.text);
        let (severity, message, suggestion) = match kind {
            Kind::Health => (
                Severity::Error,
                format!("\"{quoted}\" is a health claim"),
                "Health claims need scientific substantiation and are regulated (FTC, FDA, ASA); \
                 remove it or state exactly what the evidence shows.",
            ),
            Kind::Finance => (
                Severity::Error,
                format!("\"{quoted}\" is a financial promise"),
                "Returns cannot be promised and financial promotions are regulated; remove the \
                 promise and state the risks.",
            ),
            Kind::General | Kind::Allowed => (
                Severity::Warning,
                format!("\"{quoted}\" is a claim that needs evidence"),
                "Back it up next to the claim (the test, survey or source) or soften it, e.g. \
                 \"one of the leading…\", \"designed to…\".",
            ),
        };
        out.push(
            Finding::span(
                rule::UNSUBSTANTIATED_CLAIM,
                severity,
                span.start,
                span.end,
                message,
            )
            .suggest(suggestion),
        );
    }
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// "#1" and "100%", which phrase matching cannot see because it drops symbols.
fn symbol_claims(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("#1") {
        let end = i + 2;
        let standalone = char_before(text, i).is_none_or(|c| !c.is_alphanumeric())
            && char_at(text, end).is_none_or(|c| !c.is_ascii_digit());
        if standalone {
            out.push(Span::new(i, end));
        }
    }
    for (i, _) in text.match_indices("100") {
        let mut end = i + 3;
        if char_at(text, end) == Some(' ') {
            end += 1;
        }
        let standalone = char_before(text, i).is_none_or(|c| !(c.is_ascii_digit() || c == '.'));
        if standalone && char_at(text, end) == Some('%') {
            out.push(Span::new(i, end + 1));
        }
    }
    out
}

const NUMBER_WORDS: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
];

const WEIGHT_UNITS: &[&str] = &[
    "pounds",
    "pound",
    "lbs",
    "lb",
    "kg",
    "kgs",
    "kilos",
    "kilo",
    "kilograms",
    "stone",
    "stones",
    "sizes",
    "inches",
    "inch",
];

fn is_digits(token: &str) -> bool {
    !token.is_empty() && token.chars().all(|c| c.is_ascii_digit())
}

/// Skips a number starting at token `i` ("10", "5,000", "2.5", "ten"), returning the token
/// after it.
fn skip_number(text: &str, n: &Normalized, i: usize, words_ok: bool) -> Option<usize> {
    let first = n.token(i);
    if !(is_digits(first) || words_ok && NUMBER_WORDS.contains(&first)) {
        return None;
    }
    let mut j = i + 1;
    if is_digits(first) {
        while j < n.len() && is_digits(n.token(j)) {
            let gap = Span::new(n.token_span(j - 1).end, n.token_span(j).start).of(text);
            if gap != "," && gap != "." {
                break;
            }
            j += 1;
        }
    }
    Some(j)
}

/// "lose 10 pounds", "drop up to two sizes", "shed 5kg".
fn weight_loss(text: &str, n: &Normalized) -> Vec<Span> {
    const VERBS: &[&str] = &[
        "lose", "losing", "lost", "drop", "dropping", "shed", "shedding",
    ];
    let mut out = Vec::new();
    for i in 0..n.len() {
        if !VERBS.contains(&n.token(i)) {
            continue;
        }
        let mut j = i + 1;
        if n.token(j) == "up" && n.token(j + 1) == "to" {
            j += 2;
        }
        // "5kg": number and unit in one token.
        let fused = n.token(j);
        let digits_end = fused
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(fused.len());
        if digits_end > 0 && WEIGHT_UNITS.contains(&&fused[digits_end..]) {
            out.push(Span::new(n.token_span(i).start, n.token_span(j).end));
            continue;
        }
        if let Some(k) = skip_number(text, n, j, true)
            && WEIGHT_UNITS.contains(&n.token(k))
        {
            out.push(Span::new(n.token_span(i).start, n.token_span(k).end));
        }
    }
    out
}

/// "earn $500 a day", "make 2,000 dollars per week", "making €300 daily".
fn earnings(text: &str, n: &Normalized) -> Vec<Span> {
    const VERBS: &[&str] = &["earn", "earns", "earning", "make", "makes", "making"];
    const CURRENCY_WORDS: &[&str] = &["dollars", "euros", "pounds", "usd", "eur", "gbp"];
    const PER: &[&str] = &["a", "per", "every", "each"];
    const PERIODS: &[&str] = &["hour", "day", "week", "month", "year"];
    const ADVERBS: &[&str] = &["hourly", "daily", "weekly", "monthly"];
    let mut out = Vec::new();
    for i in 0..n.len() {
        if !VERBS.contains(&n.token(i)) {
            continue;
        }
        for start in i + 1..(i + 3).min(n.len()) {
            let Some(mut k) = skip_number(text, n, start, false) else {
                continue;
            };
            let symbol = char_before(text, n.token_span(start).start)
                .is_some_and(|c| matches!(c, '$' | '£' | '€' | '¥' | '₹'));
            let word = CURRENCY_WORDS.contains(&n.token(k));
            if word {
                k += 1;
            }
            if !(symbol || word) {
                break;
            }
            let end = if ADVERBS.contains(&n.token(k)) {
                Some(k)
            } else if PER.contains(&n.token(k)) && PERIODS.contains(&n.token(k + 1)) {
                Some(k + 1)
            } else {
                None
            };
            if let Some(end) = end {
                out.push(Span::new(n.token_span(i).start, n.token_span(end).end));
            }
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, Policy};
    use crate::report::Severity;
    use crate::report::rule::UNSUBSTANTIATED_CLAIM;
    use crate::rules::test_support::{findings, spans};

    fn claims(text: &str) -> Vec<(&str, Severity)> {
        let found = findings(
            &Policy::default(),
            text,
            Context::Ad,
            None,
            UNSUBSTANTIATED_CLAIM,
        );
        spans(text, &found)
            .into_iter()
            .zip(found.iter().map(|f| f.severity))
            .collect()
    }

    #[test]
    fn general_claims_are_warnings() {
        use Severity::Warning;
        assert_eq!(
            claims(
                "The #1 app, 100% risk-free and Guaranteed. Proven results at the lowest price."
            ),
            vec![
                ("#1", Warning),
                ("100%", Warning),
                ("risk-free", Warning),
                ("Guaranteed", Warning),
                ("Proven", Warning),
                ("lowest price", Warning)
            ]
        );
        assert_eq!(
            claims("It's the best. Number one!"),
            vec![("the best", Warning), ("Number one", Warning)]
        );
    }

    #[test]
    fn health_and_finance_claims_are_errors() {
        use Severity::Error;
        assert_eq!(
            claims("Clinically proven to treat anxiety with no side effects. It cures colds."),
            vec![
                ("Clinically proven", Error),
                ("treat anxiety", Error),
                ("no side effects", Error),
                ("cures", Error)
            ]
        );
        assert_eq!(
            claims("Guaranteed returns on a risk-free investment: double your money!"),
            vec![
                ("Guaranteed returns", Error),
                ("risk-free investment", Error),
                ("double your money", Error)
            ]
        );
    }

    #[test]
    fn numeric_patterns() {
        use Severity::Error;
        assert_eq!(
            claims("Lose 10 pounds in a week"),
            vec![("Lose 10 pounds", Error)]
        );
        assert_eq!(
            claims("drop up to two sizes"),
            vec![("drop up to two sizes", Error)]
        );
        assert_eq!(claims("I lost 5kg."), vec![("lost 5kg", Error)]);
        assert_eq!(
            claims("Earn $5,000 a month from home"),
            vec![("Earn $5,000 a month", Error)]
        );
        assert_eq!(
            claims("making 300 dollars daily"),
            vec![("making 300 dollars daily", Error)]
        );
        assert!(claims("We make 3 products a year and lose 2 customers.").is_empty());
    }

    #[test]
    fn ordinary_phrases_and_free_are_not_claims() {
        assert!(claims("Best regards, and all the best. Follow best practices.").is_empty());
        assert!(
            claims("Start a free trial. Issue #12 ships in 1000 stores, 2.100% up.").is_empty()
        );
        assert!(claims("We treat customers well and fight for fair prices.").is_empty());
        assert_eq!(
            claims("Totally free money"),
            vec![("Totally free", Severity::Warning)]
        );
    }

    #[test]
    fn suggestions_ask_for_evidence_or_softening() {
        let found = findings(
            &Policy::default(),
            "The best.",
            Context::Ad,
            None,
            UNSUBSTANTIATED_CLAIM,
        );
        assert!(
            found[0]
                .suggestion
                .as_deref()
                .is_some_and(|s| s.contains("soften"))
        );
    }
}
