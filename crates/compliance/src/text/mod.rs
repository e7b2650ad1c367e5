//! Splitting text into words, sentences, emoji and hashtags, always as byte spans on char
//! boundaries of the original text so findings can point back into it.

pub(crate) mod case;
pub(crate) mod emoji;
pub(crate) mod hashtag;
pub(crate) mod phrase;
pub(crate) mod sentences;
pub(crate) mod words;

use std::ops::Range;

/// A half-open byte range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Letters and digits start a word; combining marks continue one, so decomposed accents
/// (e + U+0301) do not split it.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Words and sentences of one text, computed once and shared by the rules.
pub(crate) struct Analysis<'a> {
    pub text: &'a str,
    pub words: Vec<Span>,
    pub sentences: Vec<Sentence>,
}

/// A sentence and the indices of its words in [`Analysis::words`].
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub span: Span,
    pub words: Range<usize>,
}

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str) -> Self {
        let words = words::words(text);
        let spans = sentences::sentence_spans(text);
        let mut sentences = Vec::with_capacity(spans.len());
        let mut w = 0;
        for span in spans {
            while w < words.len() && words[w].start < span.start {
                w += 1;
            }
            let first = w;
            while w < words.len() && words[w].start < span.end {
                w += 1;
            }
            // Lines of only emoji or punctuation are not sentences to a reader.
            if w > first {
                sentences.push(Sentence {
                    span,
                    words: first..w,
                });
            }
        }
        Analysis {
            text,
            words,
            sentences,
        }
    }

    /// Sentences as the formulas count them: a text with words but no full stop is one.
    pub fn sentence_count(&self) -> usize {
        if self.words.is_empty() {
            0
        } else {
            self.sentences.len().max(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_assigns_words_to_sentences_and_drops_emoji_lines() {
        let text = "One two three. Four five!\n\n🎉🎉\n\nSix";
        let a = Analysis::new(text);
        assert_eq!(a.words.len(), 6);
        let counts: Vec<usize> = a.sentences.iter().map(|s| s.words.len()).collect();
        assert_eq!(counts, vec![3, 2, 1]);
        assert_eq!(a.sentences[1].span.of(text), "Four five!");
        assert_eq!(a.sentence_count(), 3);
        assert_eq!(Analysis::new("no stop here").sentence_count(), 1);
        assert_eq!(Analysis::new("  !!! ").sentence_count(), 0);
    }

    #[test]
    fn decomposed_accents_stay_inside_the_word() {
        let text = "cafe\u{301} ok";
        let a = Analysis::new(text);
        assert_eq!(a.words.len(), 2);
        assert_eq!(a.words[0].of(text), "cafe\u{301}");
    }
}
