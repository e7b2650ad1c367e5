//! Compiling a policy once and checking many texts against it.

use std::sync::LazyLock;

use crate::policy::{Context, DEFAULT_MAX_SENTENCE_WORDS, Policy};
use crate::readability::{self, Readability};
use crate::report::Report;
use crate::rules;
use crate::text::Analysis;
use crate::text::phrase::{Normalized, PhraseMatcher, normalize_phrase};

/// What to check.
#[derive(Debug, Clone, Copy)]
pub struct CheckInput<'a> {
    pub text: &'a str,
    /// The brand's rules; `None` applies the general rules only.
    pub policy: Option<&'a Policy>,
    pub context: Context,
    /// The HTML part of an email, checked for the unsubscribe link and postal address.
    pub email_html: Option<&'a str>,
}

impl<'a> CheckInput<'a> {
    /// A general-rules check of `text`.
    pub fn new(text: &'a str) -> Self {
        CheckInput {
            text,
            policy: None,
            context: Context::General,
            email_html: None,
        }
    }
}

/// A policy with its phrase automata built, ready to check any number of texts. Building
/// costs far more than a short check, so services keep one per brand revision.
#[derive(Debug, Clone)]
pub struct CompiledPolicy {
    pub(crate) policy: Policy,
    pub(crate) banned: PhraseMatcher,
    pub(crate) required: PhraseMatcher,
    pub(crate) preferred: PhraseMatcher,
    /// Required disclaimers in [`normalize_disclaimer`] form, paired with their index.
    pub(crate) disclaimers: Vec<(usize, String)>,
    /// 0 when the sentence length rule is off.
    pub(crate) max_sentence_words: usize,
    /// `None` when exclamations are unlimited.
    pub(crate) exclamation_limit: Option<usize>,
}

static GENERAL: LazyLock<CompiledPolicy> =
    LazyLock::new(|| CompiledPolicy::new(&Policy::default()));

impl CompiledPolicy {
    pub fn new(policy: &Policy) -> Self {
        let banned = PhraseMatcher::new(
            policy
                .banned
                .iter()
                .enumerate()
                .map(|(i, b)| (b.term.as_str(), i)),
        );
        let required = PhraseMatcher::new(
            policy
                .required_terms
                .iter()
                .enumerate()
                .map(|(i, t)| (t.as_str(), i)),
        );
        let preferred = PhraseMatcher::new(
            policy
                .preferred_words
                .iter()
                .enumerate()
                .map(|(i, t)| (t.as_str(), i)),
        );
        let disclaimers = policy
            .required_disclaimers
            .iter()
            .enumerate()
            .map(|(i, d)| (i, normalize_disclaimer(d)))
            .filter(|(_, d)| !d.is_empty())
            .collect();
        CompiledPolicy {
            banned,
            required,
            preferred,
            disclaimers,
            max_sentence_words: policy
                .max_sentence_words
                .unwrap_or(DEFAULT_MAX_SENTENCE_WORDS),
            exclamation_limit: policy.exclamation.limit(policy.tone.as_ref()),
            policy: policy.clone(),
        }
    }

    /// The compiled default policy (general rules only), built once per process.
    pub fn general() -> &'static CompiledPolicy {
        &GENERAL
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Every banned term in `text`, as the `banned_term` rule finds it (whole words, and words
    /// run together in hashtags such as `#CheapDeals`), with the brand's replacement styled like
    /// the original when the term has one. For writers that replace them mechanically.
    pub fn banned_matches(&self, text: &str) -> Vec<BannedMatch> {
        crate::rules::banned_term::matches(self, text, &Normalized::new(text))
            .into_iter()
            .filter_map(|m| {
                let term = self.policy.banned.get(m.id)?;
                let found = m.span.of(text);
                Some(BannedMatch {
                    start: m.span.start,
                    end: m.span.end,
                    term: term.term.clone(),
                    replacement: crate::rules::banned_term::replacement(term, found),
                })
            })
            .collect()
    }

    /// Shorthand for [`check_compiled`].
    pub fn check(&self, text: &str, context: Context, email_html: Option<&str>) -> Report {
        check_compiled(self, text, context, email_html)
    }
}

/// A banned term found in a text: its byte span and the replacement to put there, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BannedMatch {
    pub start: usize,
    pub end: usize,
    pub term: String,
    pub replacement: Option<String>,
}

/// Whether `text` carries `disclaimer` word for word, as the `missing_disclaimer` rule reads it
/// (ignoring letter case, runs of whitespace and curly quotes). An empty disclaimer is present.
pub fn contains_disclaimer(text: &str, disclaimer: &str) -> bool {
    normalize_disclaimer(text).contains(&normalize_disclaimer(disclaimer))
}

/// Lower case, one space for any run of whitespace, straight quotes for curly ones: the
/// differences a disclaimer may pick up when pasted between tools.
pub(crate) fn normalize_disclaimer(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '\u{2018}' | '\u{2019}' => out.push('\''),
            '\u{201C}' | '\u{201D}' => out.push('"'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Everything a rule may look at, computed once per check.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub analysis: Analysis<'a>,
    pub normalized: Normalized,
    pub readability: Readability,
    pub compiled: &'a CompiledPolicy,
    pub context: Context,
    pub email_html: Option<&'a str>,
}

impl Ctx<'_> {
    pub fn policy(&self) -> &Policy {
        &self.compiled.policy
    }
}

/// Checks `input` against its policy, compiling it first. For many texts under one policy,
/// compile once with [`CompiledPolicy::new`] and call [`check_compiled`].
pub fn check(input: &CheckInput) -> Report {
    match input.policy {
        Some(policy) => check_compiled(
            &CompiledPolicy::new(policy),
            input.text,
            input.context,
            input.email_html,
        ),
        None => check_compiled(
            CompiledPolicy::general(),
            input.text,
            input.context,
            input.email_html,
        ),
    }
}

/// Checks `text` against a compiled policy.
pub fn check_compiled(
    compiled: &CompiledPolicy,
    text: &str,
    context: Context,
    email_html: Option<&str>,
) -> Report {
    let analysis = Analysis::new(text);
    let readability = readability::from_analysis(&analysis, compiled.policy.language);
    let ctx = Ctx {
        text,
        analysis,
        normalized: Normalized::new(text),
        readability,
        compiled,
        context,
        email_html,
    };
    let mut findings = rules::run_all(&ctx);
    // A required disclaimer is the brand's own wording, published word for word: what it says
    // ("not guaranteed") is not a claim or a style problem of the text around it.
    let kept = disclaimer_spans(compiled, text);
    if !kept.is_empty() {
        findings.retain(|f| {
            f.start == f.end || !kept.iter().any(|(s, e)| *s <= f.start && f.end <= *e)
        });
    }
    Report::new(findings, readability)
}

/// Where the policy's required disclaimers occur in `text`, ignoring ASCII letter case.
fn disclaimer_spans(compiled: &CompiledPolicy, text: &str) -> Vec<(usize, usize)> {
    let disclaimers = &compiled.policy.required_disclaimers;
    if disclaimers.is_empty() {
        return Vec::new();
    }
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for d in disclaimers {
        let d = d.trim().to_ascii_lowercase();
        if d.is_empty() {
            continue;
        }
        out.extend(lower.match_indices(&d).map(|(i, m)| (i, i + m.len())));
    }
    out
}

/// Whether `phrase` occurs in `text` as whole words, ignoring case and punctuation; the test
/// the required-term rule applies.
pub fn contains_phrase(text: &str, phrase: &str) -> bool {
    if normalize_phrase(phrase).is_empty() {
        return false;
    }
    PhraseMatcher::new([(phrase, 0)]).found_ids(&Normalized::new(text), 1) == [true]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{BannedTerm, ExclamationRule};

    #[test]
    fn disclaimers_normalize_whitespace_case_and_quotes() {
        assert_eq!(
            normalize_disclaimer("  Terms\n\tApply.  “Offer” ends ‘soon’ "),
            "terms apply. \"offer\" ends 'soon'"
        );
        assert_eq!(normalize_disclaimer(" \n "), "");
    }

    #[test]
    fn compiling_resolves_defaults() {
        let general = CompiledPolicy::general();
        assert_eq!(general.max_sentence_words, DEFAULT_MAX_SENTENCE_WORDS);
        assert!(general.banned.is_empty());
        let p = Policy {
            max_sentence_words: Some(0),
            exclamation: ExclamationRule::Unlimited,
            banned: vec![BannedTerm {
                term: "synergy".into(),
                ..BannedTerm::default()
            }],
            ..Policy::default()
        };
        let c = CompiledPolicy::new(&p);
        assert_eq!(c.max_sentence_words, 0);
        assert_eq!(c.exclamation_limit, None);
        assert!(!c.banned.is_empty());
        assert_eq!(c.policy(), &p);
    }

    #[test]
    fn check_with_and_without_policy_agree_for_the_default_policy() {
        let text = "Guaranteed results!!! Best deal ever 🎉🎉";
        let none = check(&CheckInput::new(text));
        let default = Policy::default();
        let some = check(&CheckInput {
            policy: Some(&default),
            ..CheckInput::new(text)
        });
        assert_eq!(none, some);
        assert!(!none.findings.is_empty());
        assert_eq!(
            CompiledPolicy::general().check(text, Context::General, None),
            none
        );
    }

    #[test]
    fn the_words_of_a_required_disclaimer_are_not_findings() {
        let p = Policy {
            required_disclaimers: vec!["Returns are not guaranteed.".into()],
            ..Policy::default()
        };
        let c = CompiledPolicy::new(&p);
        let inside = c.check(
            "Invest with us. Returns are not guaranteed.",
            Context::Ad,
            None,
        );
        assert!(inside.findings.is_empty(), "{inside:?}");
        let outside = c.check(
            "Guaranteed returns. Returns are not guaranteed.",
            Context::Ad,
            None,
        );
        assert_eq!(outside.findings.len(), 1, "{outside:?}");
        assert_eq!(outside.findings[0].start, 0);
    }

    #[test]
    fn contains_phrase_is_whole_word_and_case_insensitive() {
        assert!(contains_phrase("Try ACME-Cloud today", "acme cloud"));
        assert!(!contains_phrase("Try ACMECloud today", "acme cloud"));
        assert!(!contains_phrase("anything", "  "));
    }
}
