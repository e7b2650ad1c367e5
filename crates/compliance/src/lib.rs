//! Brand compliance checker and readability measures (FR-6.4.2, FR-6.4.3, FR-8.3.2,
//! FR-8.3.4, FR-8.3.5): pure, synchronous text analysis with no I/O.
//!
//! [`check`] reads a text against a brand [`Policy`] and the [`Context`] it will be published
//! in, and returns a [`Report`]: findings with byte spans into the text, a 0-100 score and
//! [`Readability`] figures. For many texts under one policy, build a [`CompiledPolicy`] once
//! (it holds the Aho-Corasick automata for the brand's terms) and call [`check_compiled`].
//!
//! Rules, each in its own module under `rules/` with a stable id in [`rule`]:
//! - `banned_term` (an error): whole-word, case- and punctuation-insensitive, also inside hashtags that
//!   run words together (`#CheapDeals`), with the replacement styled like the original;
//! - `required_term`, `missing_disclaimer`, `preferred_words`;
//! - `tone`: a documented lexical heuristic against the brand's four sliders;
//! - `reading_grade` (in the policy's [`Language`]), `sentence_length`, `exclamation`, `emoji`,
//!   `hashtag_count` (an error past the brand's limit);
//! - `unsubstantiated_claim`: superlatives (Warning), health and money claims (Error);
//! - `sponsored_disclosure` (influencer posts) and `email_footer` (CAN-SPAM).
//!
//! The policy's [`Language`] picks the readability formula ([`readability_in`]); the English
//! word lists (tone lexicon, claim phrases) apply to English text only, while banned terms,
//! required terms and disclaimers apply in every language. The words of a required disclaimer
//! are never findings themselves ("not guaranteed" in a disclaimer is not a claim). Writers
//! that fix texts mechanically use [`CompiledPolicy::banned_matches`] and
//! [`contains_disclaimer`], which read a text exactly as the rules do.
//!
//! [`templates`] are writing templates whose rendered text goes through the same check.
//!
//! ```
//! use compliance::{BannedTerm, CheckInput, Context, Policy, check, rule};
//! let policy = Policy {
//!     banned: vec![BannedTerm {
//!         term: "synergy".into(),
//!         replacement: Some("teamwork".into()),
//!         reason: "jargon".into(),
//!     }],
//!     ..Policy::default()
//! };
//! let report = check(&CheckInput {
//!     policy: Some(&policy),
//!     context: Context::Social,
//!     ..CheckInput::new("Synergy, guaranteed.")
//! });
//! let banned = &report.findings[0];
//! assert_eq!((banned.rule, banned.start, banned.end), (rule::BANNED_TERM, 0, 7));
//! assert_eq!(banned.suggestion.as_deref(), Some("Teamwork"));
//! assert!(report.findings.iter().any(|f| f.rule == rule::UNSUBSTANTIATED_CLAIM));
//! assert!(report.score < 100);
//! ```

mod engine;
mod policy;
pub mod readability;
mod report;
mod rules;
mod templates;
mod text;

pub use engine::{
    BannedMatch, CheckInput, CompiledPolicy, check, check_compiled, contains_disclaimer,
    contains_phrase,
};
pub use policy::{
    BannedTerm, Context, DEFAULT_MAX_EXCLAMATIONS, DEFAULT_MAX_SENTENCE_WORDS, EmojiRule,
    ExclamationRule, Language, Policy, Tone,
};
pub use readability::syllables::syllables;
pub use readability::{
    MIN_SENTENCES_TO_JUDGE, MIN_WORDS_TO_JUDGE, Readability, grade_for_ease, readability,
    readability_in, syllables_in,
};
pub use report::{Finding, RULE_CAP, Report, RuleId, Severity, rule, score};
pub use rules::disclosure::VISIBLE_CHARS as DISCLOSURE_VISIBLE_CHARS;
pub use rules::reading_grade::GRADE_TOLERANCE;
pub use rules::tone::{MIN_WORDS as TONE_MIN_WORDS, TOLERANCE as TONE_TOLERANCE, estimate_tone};
pub use templates::{
    SectionOverrun, Template, TemplateSection, render_template, section_overruns, template,
    templates,
};
pub use text::emoji::emoji_count;
pub use text::words::word_count;
