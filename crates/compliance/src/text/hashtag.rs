//! Hashtags: `#` (or the full-width `＃`) at the start of a word, followed by letters, digits
//! or underscores including at least one letter, so "#1", "C#" and "&#39;" are not tags.

use super::{Span, is_word_char};

fn is_tag_char(c: char) -> bool {
    is_word_char(c) || c == '_'
}

/// The spans of every hashtag in `text`, `#` included.
pub(crate) fn hashtag_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let at_word_start = prev.is_none_or(|p| !(is_tag_char(p) || matches!(p, '&' | '#' | '＃')));
        prev = Some(c);
        if !(matches!(c, '#' | '＃') && at_word_start) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut has_letter = false;
        while let Some(&(j, n)) = iter.peek() {
            if !is_tag_char(n) {
                break;
            }
            has_letter |= n.is_alphabetic();
            end = j + n.len_utf8();
            prev = Some(n);
            iter.next();
        }
        if has_letter {
            out.push(Span::new(i, end));
        }
    }
    out
}

/// The body of a hashtag span in lower case, without the `#`.
pub(crate) fn tag_body(text: &str, span: Span) -> String {
    span.of(text).trim_start_matches(['#', '＃']).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<&str> {
        hashtag_spans(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn finds_tags_at_word_starts() {
        assert_eq!(
            list("New! #Launch2024 #ad,#made_in_UK ＃東京 end#not"),
            vec!["#Launch2024", "#ad", "#made_in_UK", "＃東京"]
        );
    }

    #[test]
    fn ignores_numbers_entities_and_languages() {
        assert!(list("We're #1 in C# &#39; ## #").is_empty());
        let text = "#AD";
        assert_eq!(tag_body(text, hashtag_spans(text)[0]), "ad");
    }
}
