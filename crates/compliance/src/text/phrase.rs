//! Whole-word phrase matching that ignores letter case and punctuation.
//!
//! Text and phrases are both reduced to their lower-cased letter-and-digit runs joined by
//! single spaces, so "Risk-Free", "risk free" and "RISK—FREE!" all read `risk free`. One
//! Aho-Corasick automaton then finds every phrase in a single pass over the text, however
//! many phrases there are; a match counts only when it starts and ends on token boundaries.

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, MatchKind};

use super::{Span, is_word_char};

/// A run of letters and digits: where it sits in the normalized text and in the original.
#[derive(Debug, Clone, Copy)]
struct Token {
    norm_start: usize,
    norm_end: usize,
    start: usize,
    end: usize,
}

/// The normalized form of a text with a map back to the original bytes.
pub(crate) struct Normalized {
    text: String,
    tokens: Vec<Token>,
}

fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

impl Normalized {
    pub fn new(text: &str) -> Self {
        let mut norm = String::with_capacity(text.len());
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut current: Option<Token> = None;
        for (i, c) in text.char_indices() {
            let continues = current.is_some() && is_word_char(c);
            if continues || c.is_alphanumeric() {
                let tok = current.get_or_insert_with(|| {
                    if !norm.is_empty() {
                        norm.push(' ');
                    }
                    Token {
                        norm_start: norm.len(),
                        norm_end: norm.len(),
                        start: i,
                        end: i,
                    }
                });
                push_lower(&mut norm, c);
                tok.norm_end = norm.len();
                tok.end = i + c.len_utf8();
            } else if let Some(tok) = current.take() {
                tokens.push(tok);
            }
        }
        tokens.extend(current);
        Normalized { text: norm, tokens }
    }

    /// The normalized text: lower-case tokens separated by single spaces.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Token `i` in normalized form.
    pub fn token(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.norm_start..t.norm_end))
            .unwrap_or("")
    }

    /// Token `i`'s span in the original text.
    pub fn token_span(&self, i: usize) -> Span {
        self.tokens
            .get(i)
            .map_or(Span::new(0, 0), |t| Span::new(t.start, t.end))
    }

    /// The original span of the normalized range `start..end`, if both ends fall on tokens.
    fn original(&self, start: usize, end: usize) -> Option<Span> {
        let first = self
            .tokens
            .binary_search_by_key(&start, |t| t.norm_start)
            .ok()?;
        let last = self
            .tokens
            .binary_search_by_key(&end, |t| t.norm_end)
            .ok()?;
        Some(Span::new(self.tokens[first].start, self.tokens[last].end))
    }

    fn is_boundary(&self, start: usize, end: usize) -> bool {
        let bytes = self.text.as_bytes();
        (start == 0 || bytes.get(start - 1) == Some(&b' '))
            && (end == bytes.len() || bytes.get(end) == Some(&b' '))
    }
}

/// Normalizes a phrase the way [`Normalized`] does a text.
pub(crate) fn normalize_phrase(phrase: &str) -> String {
    Normalized::new(phrase).text
}

/// A phrase found in a text: its original span and the id it was registered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseMatch {
    pub span: Span,
    pub id: usize,
}

/// Many phrases compiled into one automaton.
#[derive(Debug, Clone)]
pub(crate) struct PhraseMatcher {
    automaton: Option<AhoCorasick>,
    /// The ids registered for each distinct normalized phrase, first registration first.
    ids: Vec<Vec<usize>>,
}

impl PhraseMatcher {
    /// Compiles `(phrase, id)` pairs. Phrases with no letters or digits can never match and
    /// are skipped; phrases that normalize alike share one pattern, so a list that repeats a
    /// term cannot multiply the matches.
    pub fn new<'p>(phrases: impl IntoIterator<Item = (&'p str, usize)>) -> Self {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut ids: Vec<Vec<usize>> = Vec::new();
        for (phrase, id) in phrases {
            let norm = normalize_phrase(phrase);
            if norm.is_empty() {
                continue;
            }
            match index.get(&norm) {
                Some(&p) => ids[p].push(id),
                None => {
                    index.insert(norm.clone(), patterns.len());
                    patterns.push(norm);
                    ids.push(vec![id]);
                }
            }
        }
        // Building only fails past billions of automaton states, far beyond any brand's
        // term list; such a matcher then finds nothing rather than failing the whole check.
        let automaton = if patterns.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .ok()
        };
        PhraseMatcher { automaton, ids }
    }

    pub fn is_empty(&self) -> bool {
        self.automaton.is_none()
    }

    /// Every whole-word occurrence, overlapping ones included, as normalized ranges with the
    /// ids of the phrase. At one end position only phrases that are suffixes of each other
    /// can match, so the count stays a small multiple of the text length.
    fn raw<'n>(
        &'n self,
        text: &'n Normalized,
    ) -> impl Iterator<Item = (usize, usize, &'n [usize])> + 'n {
        self.automaton
            .iter()
            .flat_map(move |ac| ac.find_overlapping_iter(text.as_str()))
            .filter(move |m| text.is_boundary(m.start(), m.end()))
            .map(move |m| {
                let ids = self
                    .ids
                    .get(m.pattern().as_usize())
                    .map_or(&[][..], Vec::as_slice);
                (m.start(), m.end(), ids)
            })
    }

    /// Non-overlapping occurrences, preferring the leftmost and then the longest, so
    /// "clinically proven" wins over "proven" inside it.
    pub fn find_all(&self, text: &Normalized) -> Vec<PhraseMatch> {
        // Longest phrase starting at each position; memory grows with matches, not text.
        let mut longest: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for (start, end, ids) in self.raw(text) {
            let Some(&id) = ids.first() else {
                continue;
            };
            let slot = longest.entry(start).or_insert((end, id));
            if end > slot.0 {
                *slot = (end, id);
            }
        }
        let mut out = Vec::new();
        let mut covered = 0;
        for (start, (end, id)) in longest {
            if start < covered {
                continue;
            }
            if let Some(span) = text.original(start, end) {
                out.push(PhraseMatch { span, id });
                covered = end;
            }
        }
        out
    }

    /// Which ids occur at least once; `found[id]` for ids below `id_count`.
    pub fn found_ids(&self, text: &Normalized, id_count: usize) -> Vec<bool> {
        let mut found = vec![false; id_count];
        for (_, _, ids) in self.raw(text) {
            for &id in ids {
                if let Some(slot) = found.get_mut(id) {
                    *slot = true;
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(phrases: &[&str], text: &str) -> Vec<(String, usize)> {
        let m = PhraseMatcher::new(phrases.iter().enumerate().map(|(i, p)| (*p, i)));
        m.find_all(&Normalized::new(text))
            .into_iter()
            .map(|pm| (pm.span.of(text).to_string(), pm.id))
            .collect()
    }

    #[test]
    fn normalizes_case_and_punctuation() {
        assert_eq!(normalize_phrase("  Risk-Free!! Offer "), "risk free offer");
        assert_eq!(normalize_phrase("ÜBER—Cool"), "über cool");
        assert_eq!(normalize_phrase("!!!"), "");
    }

    #[test]
    fn matches_whole_words_only() {
        assert_eq!(
            spans(&["best"], "Bestow the best, BEST-in-class; bestbest."),
            vec![("best".to_string(), 0), ("BEST".to_string(), 0)]
        );
    }

    #[test]
    fn matches_phrases_across_punctuation_and_prefers_longest() {
        assert_eq!(
            spans(
                &["proven", "clinically proven", "risk free"],
                "Clinically—proven and RISK-FREE. Proven."
            ),
            vec![
                ("Clinically—proven".to_string(), 1),
                ("RISK-FREE".to_string(), 2),
                ("Proven".to_string(), 0)
            ]
        );
    }

    #[test]
    fn unicode_case_folding_and_spans_stay_on_char_boundaries() {
        let text = "Ünd STRAẞE straße";
        let found = spans(&["ünd", "straße"], text);
        assert_eq!(found[0].0, "Ünd");
        assert!(found.iter().any(|(s, _)| s == "straße"));
    }

    #[test]
    fn repeated_and_nested_phrases_share_patterns() {
        let m = PhraseMatcher::new([("Acme", 0), ("ACME", 1), ("acme cloud", 2)]);
        assert_eq!(m.ids.len(), 2);
        assert_eq!(
            m.found_ids(&Normalized::new("acme cloud"), 3),
            vec![true, true, true]
        );
        let all = m.find_all(&Normalized::new("acme acme cloud"));
        assert_eq!(all.iter().map(|pm| pm.id).collect::<Vec<_>>(), vec![0, 2]);
    }

    #[test]
    fn found_ids_reports_presence() {
        let m = PhraseMatcher::new([("acme cloud", 0), ("missing", 1)]);
        assert_eq!(
            m.found_ids(&Normalized::new("Try ACME Cloud's app"), 2),
            vec![true, false]
        );
        assert!(PhraseMatcher::new([("--", 0)]).is_empty());
    }

    #[test]
    fn tokens_map_back_to_the_original() {
        let n = Normalized::new("Hi, Zoë!");
        assert_eq!(n.as_str(), "hi zoë");
        assert_eq!(n.len(), 2);
        assert_eq!(n.token(1), "zoë");
        assert_eq!(n.token_span(1), Span::new(4, 8));
        assert_eq!(n.token(9), "");
    }
}
