//! The outcome of a check: findings with byte spans, a 0-100 score and the readability figures.

use serde::{Deserialize, Serialize};

use crate::readability::Readability;

/// How much a finding matters. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// Points this severity takes off the score: a legal problem (Error) costs about three
    /// style problems (Warning), and ten nudges (Info).
    pub const fn weight(self) -> u32 {
        match self {
            Severity::Info => 2,
            Severity::Warning => 7,
            Severity::Error => 20,
        }
    }
}

/// Most points one rule can take off, however often it fires, so that one repeated problem
/// (say forty emoji) cannot alone sink the score to zero.
pub const RULE_CAP: u32 = 40;

/// A rule id. An alias rather than `&'static str` in the field so serde's derive does not
/// try to borrow it from the input; [`rule::deserialize`] maps it back to the constant.
pub type RuleId = &'static str;

/// One problem in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable snake_case rule id, one of [`rule::ALL`].
    #[serde(deserialize_with = "rule::deserialize")]
    pub rule: RuleId,
    pub severity: Severity,
    /// Byte offsets into the checked text, always on char boundaries. `0, 0` marks a finding
    /// about the whole text, such as a missing footer.
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub suggestion: Option<String>,
}

impl Finding {
    pub(crate) fn span(
        rule: &'static str,
        severity: Severity,
        start: usize,
        end: usize,
        message: String,
    ) -> Self {
        Finding {
            rule,
            severity,
            start,
            end,
            message,
            suggestion: None,
        }
    }

    pub(crate) fn whole(rule: &'static str, severity: Severity, message: String) -> Self {
        Finding::span(rule, severity, 0, 0, message)
    }

    pub(crate) fn suggest(mut self, suggestion: impl Into<String>) -> Self {
        self.suggestion = Some(suggestion.into());
        self
    }
}

/// The result of [`crate::check`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// 100 minus the severity weights of the findings, each rule capped at [`RULE_CAP`],
    /// clamped to 0-100.
    pub score: u8,
    /// Sorted by `start`, then `end`; whole-text findings come first.
    pub findings: Vec<Finding>,
    pub readability: Readability,
}

impl Report {
    pub(crate) fn new(mut findings: Vec<Finding>, readability: Readability) -> Self {
        findings.sort_by_key(|f| (f.start, f.end));
        Report {
            score: score(&findings),
            findings,
            readability,
        }
    }
}

/// The score of a set of findings; see [`Severity::weight`] and [`RULE_CAP`].
pub fn score(findings: &[Finding]) -> u8 {
    let mut per_rule: Vec<(&str, u32)> = Vec::new();
    for f in findings {
        match per_rule.iter_mut().find(|(r, _)| *r == f.rule) {
            Some((_, points)) => *points = points.saturating_add(f.severity.weight()),
            None => per_rule.push((f.rule, f.severity.weight())),
        }
    }
    let lost: u32 = per_rule.iter().map(|(_, p)| (*p).min(RULE_CAP)).sum();
    // Bounded by the clamp, so the cast cannot truncate.
    100u32.saturating_sub(lost) as u8
}

/// The stable rule ids.
pub mod rule {
    use serde::{Deserialize, Deserializer, de::Error};

    pub const BANNED_TERM: &str = "banned_term";
    pub const REQUIRED_TERM: &str = "required_term";
    pub const MISSING_DISCLAIMER: &str = "missing_disclaimer";
    pub const PREFERRED_WORDS: &str = "preferred_words";
    pub const TONE: &str = "tone";
    pub const READING_GRADE: &str = "reading_grade";
    pub const SENTENCE_LENGTH: &str = "sentence_length";
    pub const EXCLAMATION: &str = "exclamation";
    pub const EMOJI: &str = "emoji";
    pub const UNSUBSTANTIATED_CLAIM: &str = "unsubstantiated_claim";
    pub const SPONSORED_DISCLOSURE: &str = "sponsored_disclosure";
    pub const EMAIL_FOOTER: &str = "email_footer";
    pub const HASHTAG_COUNT: &str = "hashtag_count";

    pub const ALL: &[&str] = &[
        BANNED_TERM,
        REQUIRED_TERM,
        MISSING_DISCLAIMER,
        PREFERRED_WORDS,
        TONE,
        READING_GRADE,
        SENTENCE_LENGTH,
        EXCLAMATION,
        EMOJI,
        UNSUBSTANTIATED_CLAIM,
        SPONSORED_DISCLOSURE,
        EMAIL_FOOTER,
        HASHTAG_COUNT,
    ];

    /// Maps a serialized id back to its `'static` constant; unknown ids are an error so a
    /// stored report cannot smuggle in a rule the engine does not know.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
        let s = String::deserialize(d)?;
        ALL.iter()
            .copied()
            .find(|r| *r == s)
            .ok_or_else(|| D::Error::unknown_variant(&s, ALL))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(rule: &'static str, severity: Severity) -> Finding {
        Finding::whole(rule, severity, String::new())
    }

    #[test]
    fn score_subtracts_weights_and_caps_each_rule() {
        assert_eq!(score(&[]), 100);
        assert_eq!(score(&[f(rule::EMOJI, Severity::Warning)]), 93);
        assert_eq!(
            score(&[
                f(rule::EMAIL_FOOTER, Severity::Error),
                f(rule::TONE, Severity::Info)
            ]),
            78
        );
        let many: Vec<Finding> = (0..50).map(|_| f(rule::EMOJI, Severity::Warning)).collect();
        assert_eq!(score(&many), 60);
        let all: Vec<Finding> = rule::ALL
            .iter()
            .flat_map(|r| [f(r, Severity::Error), f(r, Severity::Error)])
            .collect();
        assert_eq!(score(&all), 0);
    }

    #[test]
    fn severity_orders_and_serializes_snake_case() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!(
            serde_json::to_string(&Severity::Warning).expect("serialize"),
            "\"warning\""
        );
    }

    #[test]
    fn finding_round_trips_and_rejects_unknown_rules() {
        let finding =
            Finding::span(rule::BANNED_TERM, Severity::Error, 3, 9, "m".into()).suggest("s");
        let json = serde_json::to_string(&finding).expect("serialize");
        assert!(json.contains("\"rule\":\"banned_term\""), "{json}");
        let back: Finding = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, finding);
        let bad = json.replace("banned_term", "made_up");
        assert!(serde_json::from_str::<Finding>(&bad).is_err());
    }
}
