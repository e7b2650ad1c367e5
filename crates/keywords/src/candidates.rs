//! Candidate phrases: runs of one to three words inside one sentence, never crossing punctuation,
//! never starting or ending with a stop word, never made of numbers alone.

use crate::tokenize::{Sentence, Vocab, Zone};

/// Up to three ids, unused slots `NONE`. Used both for plural-folded keys (a phrase's identity)
/// and for surface word ids (how it was written).
pub type PhraseIds = [u32; 3];
pub const NONE: u32 = u32::MAX;
pub const MAX_WORDS: usize = 3;

/// One occurrence of a candidate phrase.
#[derive(Clone, Copy, Debug)]
pub struct Occurrence {
    pub key: PhraseIds,
    pub surface: PhraseIds,
    pub zone: Zone,
}

pub fn for_each_candidate(sentences: &[Sentence], vocab: &Vocab, mut f: impl FnMut(Occurrence)) {
    for sentence in sentences {
        let tokens = &sentence.tokens;
        for i in 0..tokens.len() {
            let first = tokens[i].word as usize;
            // A leading number is a list count ("50 landing page templates") or a year, rarely
            // part of what people search for; a trailing one often is ("windows 11").
            if vocab.stop[first] || vocab.numeric[first] {
                continue;
            }
            let mut key = [NONE; 3];
            let mut surface = [NONE; 3];
            let mut all_numeric = true;
            let mut stop_inside = false;
            for n in 0..MAX_WORDS {
                let j = i + n;
                if j >= tokens.len() || (n > 0 && tokens[j].break_before) {
                    break;
                }
                let w = tokens[j].word as usize;
                key[n] = vocab.key[w];
                surface[n] = tokens[j].word;
                all_numeric &= vocab.numeric[w];
                if vocab.stop[w] {
                    // Only words that bind a compound may sit inside ("return on investment",
                    // "cost per click", "acme vs globex"); others leave fragments such as
                    // "write a welcome" or "automation for small".
                    if !vocab.joiner[w] {
                        break;
                    }
                    stop_inside = true;
                    continue;
                }
                // "guide to 2024" is debris; "windows 11" and "top 10 tools" are phrases.
                if all_numeric || (stop_inside && vocab.numeric[w]) {
                    continue;
                }
                f(Occurrence {
                    key,
                    surface,
                    zone: sentence.zone,
                });
            }
        }
    }
}

/// Joins surface word ids into the displayed phrase.
pub fn display(surface: &PhraseIds, vocab: &Vocab) -> String {
    surface
        .iter()
        .take_while(|&&w| w != NONE)
        .map(|&w| vocab.words[w as usize].as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn word_count(ids: &PhraseIds) -> usize {
    ids.iter().take_while(|&&w| w != NONE).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::tokenize::tokenize_document;

    fn phrases(text: &str) -> Vec<String> {
        let mut vocab = Vocab::default();
        let doc = Document {
            url: String::new(),
            source: "ours".into(),
            is_ours: true,
            title: String::new(),
            headings: vec![],
            text: text.into(),
            page_kind: None,
        };
        let sentences = tokenize_document(&doc, &mut vocab);
        let mut out = Vec::new();
        for_each_candidate(&sentences, &vocab, |o| {
            out.push(display(&o.surface, &vocab))
        });
        out
    }

    #[test]
    fn ngrams_respect_stop_words_punctuation_and_numbers() {
        let got = phrases(
            "The best email tools, in 2024 and return on investment. Write a welcome email.",
        );
        assert_eq!(
            got,
            vec![
                "best",
                "best email",
                "best email tools",
                "email",
                "email tools",
                "tools",
                "return",
                "return on investment",
                "investment",
                "write",
                "welcome",
                "welcome email",
                "email"
            ]
        );
    }

    #[test]
    fn numbers_may_sit_inside_but_not_alone() {
        let got = phrases("Top 10 tools. The 2024 guide. Windows 11.");
        assert!(
            !got.contains(&"2024 guide".to_string()),
            "leading numbers are list counts"
        );
        assert!(got.contains(&"windows 11".to_string()));
        assert!(got.contains(&"top 10 tools".to_string()));
        assert!(got.contains(&"top 10".to_string()));
        assert!(!got.contains(&"10".to_string()));
    }
}
