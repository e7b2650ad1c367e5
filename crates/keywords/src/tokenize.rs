//! Pages to sentences of interned word tokens. Words are interned once so that every later step
//! hashes small integer keys instead of strings: a 500-page crawl yields about half a million tokens.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::model::Document;
use crate::normalize::fold_plural;
use crate::stopwords::{is_joiner, is_stop_word};

/// Where a sentence sits on its page; titles and headings say what a page is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    Title,
    Heading,
    Body,
}

impl Zone {
    pub fn weight(self) -> f32 {
        match self {
            Zone::Title => 3.0,
            Zone::Heading => 2.0,
            Zone::Body => 1.0,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Interned lower-case surface form.
    pub word: u32,
    /// Capitalised where capitals are informative (not sentence-initial, not in titles or headings).
    pub upper: bool,
    pub acronym: bool,
    /// True when punctuation separates this token from the previous one: phrases never cross it.
    pub break_before: bool,
}

#[derive(Clone, Debug)]
pub struct Sentence {
    pub zone: Zone,
    pub tokens: Vec<Token>,
}

/// Interned words and their per-word facts.
#[derive(Default, Debug)]
pub struct Vocab {
    ids: HashMap<String, u32>,
    pub words: Vec<String>,
    /// Plural-folded key id per word id.
    pub key: Vec<u32>,
    pub stop: Vec<bool>,
    /// Stop words allowed inside a phrase.
    pub joiner: Vec<bool>,
    pub numeric: Vec<bool>,
    keys: HashMap<String, u32>,
}

impl Vocab {
    pub fn intern(&mut self, lower: &str) -> u32 {
        if let Some(&id) = self.ids.get(lower) {
            return id;
        }
        let id = self.words.len() as u32;
        let folded = fold_plural(lower);
        let next_key = self.keys.len() as u32;
        let key = *self.keys.entry(folded).or_insert(next_key);
        self.ids.insert(lower.to_string(), id);
        self.words.push(lower.to_string());
        self.key.push(key);
        self.stop.push(is_stop_word(lower));
        self.joiner.push(is_joiner(lower));
        self.numeric.push(
            lower
                .chars()
                .all(|c| c.is_numeric() || c == '.' || c == ','),
        );
        id
    }
}

/// Byte ranges of words: letters and digits, joined by single in-word apostrophes, hyphens and dots
/// ("don't", "follow-up", "node.js"). A hand-written scan: this runs on every character of a crawl.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to the next letter or digit.
        let start = loop {
            let (i, c) = chars.next()?;
            if c.is_alphanumeric() {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
                continue;
            }
            if matches!(c, '\'' | '’' | '.' | '-') {
                let joiner_end = i + c.len_utf8();
                if text[joiner_end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
                {
                    chars.next();
                    continue;
                }
            }
            end = i;
            break;
        }
        Some((start, end))
    })
}

fn noise_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // Links and addresses would otherwise leave "https", "www" and "com" behind as words.
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+").expect("valid regex")
    })
}

/// Longest word kept; longer runs are hashes, tokens or glued junk.
const MAX_WORD_CHARS: usize = 40;

/// Appends the tokens of one sentence.
fn tokenize_sentence(text: &str, zone: Zone, vocab: &mut Vocab, buf: &mut String) -> Sentence {
    let mut tokens = Vec::new();
    let mut last_end = 0;
    let mut pending_break = false;
    for (start, end) in words(text) {
        let gap = &text[last_end..start];
        let gap = match gap.strip_prefix('.') {
            Some(rest) if after_vs(&text.as_bytes()[..last_end]) => rest,
            _ => gap,
        };
        let gap_has_punct = gap.chars().any(|c| !c.is_whitespace());
        last_end = end;
        let raw = &text[start..end];
        if raw.len() > MAX_WORD_CHARS && raw.chars().count() > MAX_WORD_CHARS {
            pending_break = true;
            continue;
        }
        buf.clear();
        if raw.is_ascii() {
            buf.push_str(raw);
            buf.make_ascii_lowercase();
        } else {
            for c in raw.chars() {
                buf.extend(c.to_lowercase());
            }
        }
        let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
        let acronym = letters >= 2
            && raw
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase());
        let capital = raw.chars().next().is_some_and(|c| c.is_uppercase());
        let upper = capital && zone == Zone::Body && !tokens.is_empty();
        let word = vocab.intern(buf);
        tokens.push(Token {
            word,
            upper,
            acronym,
            break_before: (gap_has_punct || pending_break) && !tokens.is_empty(),
        });
        pending_break = false;
    }
    Sentence { zone, tokens }
}

/// "vs." abbreviates "versus": its dot ends neither a sentence nor a phrase.
fn after_vs(before: &[u8]) -> bool {
    let n = before.len();
    n >= 2
        && before[n - 2..].eq_ignore_ascii_case(b"vs")
        && (n == 2 || !before[n - 3].is_ascii_alphanumeric())
}

/// Sentences end at a line break or at '.', '!' or '?' followed by white space. Cheaper than full
/// Unicode sentence segmentation, and the difference (abbreviations such as "e.g.") only matters
/// where punctuation already stops a phrase.
pub fn split_sentences(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            let end = match b {
                b'\n' | b'\r' => Some(i - 1),
                b'.' if after_vs(&bytes[..i - 1]) => None,
                b'.' | b'!' | b'?' if i == bytes.len() || bytes[i].is_ascii_whitespace() => Some(i),
                _ => None,
            };
            if let Some(end) = end {
                let piece = &text[start..end];
                start = i;
                if !piece.trim().is_empty() {
                    return Some(piece);
                }
            }
        }
        if start < bytes.len() {
            let piece = &text[start..];
            start = bytes.len();
            if !piece.trim().is_empty() {
                return Some(piece);
            }
        }
        None
    })
}

/// A page's sentences: the title first, then headings, then the body, so that sentence order
/// approximates how prominent a word is on the page.
pub fn tokenize_document(doc: &Document, vocab: &mut Vocab) -> Vec<Sentence> {
    let mut buf = String::new();
    let mut out = Vec::new();
    let mut push = |s: Sentence| {
        if !s.tokens.is_empty() {
            out.push(s);
        }
    };
    push(tokenize_sentence(&doc.title, Zone::Title, vocab, &mut buf));
    for heading in &doc.headings {
        push(tokenize_sentence(heading, Zone::Heading, vocab, &mut buf));
    }
    // The scan for links is skipped on the many pages that cannot contain one.
    let text = if doc.text.contains("http") || doc.text.contains("www.") || doc.text.contains('@') {
        noise_re().replace_all(&doc.text, " | ")
    } else {
        std::borrow::Cow::Borrowed(doc.text.as_str())
    };
    for sentence in split_sentences(&text) {
        push(tokenize_sentence(sentence, Zone::Body, vocab, &mut buf));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document {
            url: "https://example.com/".into(),
            source: "ours".into(),
            is_ours: true,
            title: "Email Marketing".into(),
            headings: vec!["Why it works".into()],
            text: text.into(),
            page_kind: None,
        }
    }

    #[test]
    fn title_headings_then_body_sentences() {
        let mut v = Vocab::default();
        let s = tokenize_document(&doc("First one. Second, with a comma!"), &mut v);
        let zones: Vec<Zone> = s.iter().map(|s| s.zone).collect();
        assert_eq!(
            zones,
            vec![Zone::Title, Zone::Heading, Zone::Body, Zone::Body]
        );
        let words: Vec<&str> = s[3]
            .tokens
            .iter()
            .map(|t| v.words[t.word as usize].as_str())
            .collect();
        assert_eq!(words, vec!["second", "with", "a", "comma"]);
        assert!(s[3].tokens[1].break_before, "the comma separates phrases");
        assert!(!s[3].tokens[2].break_before);
    }

    #[test]
    fn case_features_and_links() {
        let mut v = Vocab::default();
        let s = tokenize_document(
            &doc("We like Mailchimp and the SEO team, see https://x.example/a?b=c now."),
            &mut v,
        );
        let body = &s[2].tokens;
        let words: Vec<&str> = body
            .iter()
            .map(|t| v.words[t.word as usize].as_str())
            .collect();
        assert_eq!(
            words,
            vec![
                "we",
                "like",
                "mailchimp",
                "and",
                "the",
                "seo",
                "team",
                "see",
                "now"
            ]
        );
        assert!(!body[0].upper, "sentence-initial capitals say nothing");
        assert!(body[2].upper);
        assert!(body[5].acronym);
        assert!(body[8].break_before, "a removed link breaks the phrase");
    }

    #[test]
    fn words_keep_in_word_joiners_only() {
        let text = "Don't re-use node.js -- end. Über-cool 'quoted' x-";
        let got: Vec<&str> = words(text).map(|(a, b)| &text[a..b]).collect();
        assert_eq!(
            got,
            vec![
                "Don't",
                "re-use",
                "node.js",
                "end",
                "Über-cool",
                "quoted",
                "x"
            ]
        );
    }

    #[test]
    fn sentences_split_at_terminal_punctuation_and_lines() {
        let got: Vec<&str> = split_sentences("One. Two! Node.js stays?\nFour\n\nfive").collect();
        assert_eq!(
            got,
            vec!["One.", " Two!", " Node.js stays?", "Four", "five"]
        );
    }

    #[test]
    fn plural_variants_share_a_key() {
        let mut v = Vocab::default();
        let a = v.intern("tools");
        let b = v.intern("tool");
        assert_ne!(a, b);
        assert_eq!(v.key[a as usize], v.key[b as usize]);
        let year = v.intern("2024");
        assert!(v.numeric[year as usize]);
    }
}
