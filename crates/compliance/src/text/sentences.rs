//! Sentence boundaries for marketing copy, which mixes prose with one-line social posts and
//! bullet lists.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by
//! whitespace or the end of the text, except after a known abbreviation or an initial, or an
//! initialism or ellipsis followed by a lower-case word ("the U.S. market", "wait... what"). CJK full stops end a sentence
//! outright.
//! A blank line always ends one; a single line break does too unless the next line starts in
//! lower case, which is how hard-wrapped prose continues.

use super::Span;

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁉' | '！' | '？' | '。')
}

fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '」' | '』' | '）'
    )
}

/// Words that end in a full stop without ending the sentence. "etc." and "Inc." are left out
/// because they end sentences at least as often as not.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "e.g", "i.e", "approx", "fig", "cf",
    "dept", "est", "mt", "vol", "ca", "incl", "excl", "ref", "tel", "ext", "pp",
];

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// Sentence spans, trimmed of surrounding whitespace, in order.
pub(crate) fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    let close = |out: &mut Vec<Span>, start: &mut Option<usize>, end: usize| {
        if let Some(s) = start.take() {
            let trimmed = text.get(s..end).map_or(0, |t| t.trim_end().len());
            if trimmed > 0 {
                out.push(Span::new(s, s + trimmed));
            }
        }
    };
    while let Some(c) = char_at(text, pos) {
        if c == '\n' || c == '\r' {
            let (next, newlines) = skip_whitespace(text, pos);
            let next_char = char_at(text, next);
            let continues = newlines < 2 && next_char.is_some_and(char::is_lowercase);
            if !continues {
                close(&mut out, &mut start, pos);
            }
            pos = next;
            continue;
        }
        if start.is_none() && !c.is_whitespace() {
            start = Some(pos);
        }
        if is_terminator(c) {
            let mut end = pos + c.len_utf8();
            while let Some(n) = char_at(text, end).filter(|&n| is_terminator(n) || is_closer(n)) {
                end += n.len_utf8();
            }
            let at_break = char_at(text, end).is_none_or(char::is_whitespace);
            let boundary = if is_cjk_terminator(c) {
                true
            } else if !at_break {
                false
            } else if c == '.' || c == '…' {
                let ellipsis = c == '…' || text.get(pos..end).is_some_and(|r| r.starts_with(".."));
                !continues_after_stop(text, start.unwrap_or(pos), pos, end, ellipsis)
            } else {
                true
            };
            if boundary {
                close(&mut out, &mut start, end);
            }
            pos = end;
            continue;
        }
        pos += c.len_utf8();
    }
    close(&mut out, &mut start, text.len());
    out
}

/// Skips whitespace from `pos`, returning where it stops and how many line breaks it crossed
/// (`\r\n` counts once).
fn skip_whitespace(text: &str, mut pos: usize) -> (usize, usize) {
    let mut newlines = 0;
    while let Some(c) = char_at(text, pos).filter(|c| c.is_whitespace()) {
        if c == '\n' {
            newlines += 1;
        }
        pos += c.len_utf8();
    }
    (pos, newlines)
}

/// Whether a full stop at `stop` (its run ending at `end`) is part of an abbreviation, or
/// is an ellipsis followed by a lower-case word ("wait... what"), so the sentence goes on.
fn continues_after_stop(
    text: &str,
    sentence_start: usize,
    stop: usize,
    end: usize,
    ellipsis: bool,
) -> bool {
    if ellipsis {
        let (next, _) = skip_whitespace(text, end);
        return char_at(text, next).is_some_and(char::is_lowercase);
    }
    let before = text.get(sentence_start..stop).unwrap_or("");
    let token = before
        .rsplit(|c: char| !(c.is_alphabetic() || c == '.'))
        .next()
        .unwrap_or("");
    let mut letters = token.chars();
    if let (Some(first), None) = (letters.next(), letters.next())
        && first.is_uppercase()
    {
        return true;
    }
    let lower = token.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // An initialism ("U.S.", "a.m.") ends a sentence only when a capital follows.
    let (next, _) = skip_whitespace(text, end);
    token.contains('.') && char_at(text, next).is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<&str> {
        sentence_spans(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn splits_on_terminators_followed_by_space() {
        assert_eq!(
            list("We launched today. Try it now! Questions? Ask us."),
            vec!["We launched today.", "Try it now!", "Questions?", "Ask us."]
        );
    }

    #[test]
    fn keeps_decimals_urls_and_abbreviations_inside_sentences() {
        assert_eq!(
            list("Version 2.5 is out at example.com today. Mr. Smith agrees, e.g. on pricing."),
            vec![
                "Version 2.5 is out at example.com today.",
                "Mr. Smith agrees, e.g. on pricing."
            ]
        );
        assert_eq!(
            list("The U.S. market grew. Made in the U.S. Shipped at 9 a.m. today."),
            vec![
                "The U.S. market grew.",
                "Made in the U.S.",
                "Shipped at 9 a.m. today."
            ]
        );
        assert_eq!(
            list("It costs approx. ten dollars. J. R. Smith said so."),
            vec!["It costs approx. ten dollars.", "J. R. Smith said so."]
        );
    }

    #[test]
    fn closing_quotes_belong_to_the_sentence() {
        assert_eq!(
            list("She said \"wow!\" Then left."),
            vec!["She said \"wow!\"", "Then left."]
        );
    }

    #[test]
    fn line_breaks_split_posts_but_not_wrapped_prose() {
        assert_eq!(
            list("Big news\nOur app is live\n\n#launch"),
            vec!["Big news", "Our app is live", "#launch"]
        );
        assert_eq!(
            list("This sentence is wrapped\r\nacross two lines."),
            vec!["This sentence is wrapped\r\nacross two lines."]
        );
    }

    #[test]
    fn cjk_and_trailing_text_without_stop() {
        assert_eq!(list("你好。世界！"), vec!["你好。", "世界！"]);
        assert_eq!(list("  no stop at all  "), vec!["no stop at all"]);
        assert!(list("   \n\n ").is_empty());
        assert_eq!(list("Wait... what? Yes…"), vec!["Wait... what?", "Yes…"]);
        assert_eq!(
            list("great news. we're live."),
            vec!["great news.", "we're live."]
        );
    }
}
