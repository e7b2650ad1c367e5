//! Where text may be broken, and how strong each break is. Breaks fall between words (at
//! whitespace, or between CJK characters, which are written without spaces), never inside a
//! word, a link, a hashtag or a mention.

use std::ops::Range;

/// How much meaning a break keeps together, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    Word,
    Clause,
    Sentence,
    Paragraph,
}

/// A place to break: the kept text ends at `end`, the next piece starts at `next`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Break {
    pub end: usize,
    pub next: usize,
    pub level: Level,
}

const SENTENCE_END: &[char] = &['.', '!', '?', '…', '。', '！', '？', '؟', '۔', '।', '‼'];
const CLAUSE_END: &[char] = &[',', ';', ':', '،', '؛', '、', '，', '；', '：', '—', '–'];
const CLOSERS: &[char] = &[
    ')', ']', '"', '\'', '”', '’', '»', '」', '』', '）', '】', '〉', '》',
];
const DASHES: [&str; 3] = ["-", "—", "–"];

/// Every break in `text`, in order, ending with the end of the text (a paragraph break).
/// `protected` ranges (links, tags, mentions; sorted and disjoint) are never broken inside.
pub(crate) fn breaks(text: &str, protected: &[Range<usize>]) -> Vec<Break> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut before: Option<char> = None;
    while let Some((at, c)) = chars.next() {
        if is_break_space(c) {
            let mut end = at + c.len_utf8();
            let mut newlines = usize::from(c == '\n');
            while let Some((i, w)) = chars.next_if(|(_, w)| is_break_space(*w)) {
                end = i + w.len_utf8();
                newlines += usize::from(w == '\n');
            }
            if at > 0 && end < text.len() {
                let level = match newlines {
                    0 => level_after(&text[..at]),
                    1 => Level::Sentence.max(level_after(&text[..at])),
                    _ => Level::Paragraph,
                };
                out.push(Break {
                    end: at,
                    next: end,
                    level,
                });
            }
            before = None;
            continue;
        }
        if let Some(&(next_at, n)) = chars.peek()
            && !is_break_space(n)
            && let Some(level) = glued_break(c, n, before)
            && !inside(protected, next_at)
        {
            out.push(Break {
                end: next_at,
                next: next_at,
                level,
            });
        }
        before = Some(c);
    }
    out.push(Break {
        end: text.len(),
        next: text.len(),
        level: Level::Paragraph,
    });
    out
}

/// Whitespace a line may wrap at; no-break spaces hold their neighbours together.
pub(crate) fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// `protected` is sorted and disjoint (see [`crate::format::protected`]).
fn inside(protected: &[Range<usize>], at: usize) -> bool {
    let after = protected.partition_point(|r| r.start < at);
    after > 0 && at < protected[after - 1].end
}

/// The level of a break after `before`, judged by how it ends.
fn level_after(before: &str) -> Level {
    let last_word = before.rsplit(is_break_space).next().unwrap_or_default();
    if DASHES.contains(&last_word) {
        return Level::Clause;
    }
    let core = last_word.trim_end_matches(CLOSERS);
    match core.chars().next_back() {
        Some(c) if SENTENCE_END.contains(&c) => Level::Sentence,
        Some(c) if CLAUSE_END.contains(&c) => Level::Clause,
        _ => Level::Word,
    }
}

/// A break between two non-space characters `c` and `n`, for scripts written without spaces.
fn glued_break(c: char, n: char, before_c: Option<char>) -> Option<Level> {
    // Closing marks and CJK punctuation never start a piece.
    if CLOSERS.contains(&n) || SENTENCE_END.contains(&n) || CLAUSE_END.contains(&n) || n == 'ー' {
        return None;
    }
    let c_cjk = is_cjk(c);
    let closes_cjk_sentence =
        CLOSERS.contains(&c) && before_c.is_some_and(|b| "。！？".contains(b));
    if "。！？".contains(c) || closes_cjk_sentence {
        return Some(Level::Sentence);
    }
    if "、，；：".contains(c) {
        return Some(Level::Clause);
    }
    (c_cjk && is_cjk(n)).then_some(Level::Word)
}

/// Han, kana and CJK symbols: scripts where each character may start a new line.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30FF      // hiragana, katakana
        | 0x3400..=0x4DBF    // Han extension A
        | 0x4E00..=0x9FFF    // Han
        | 0xF900..=0xFAFF    // Han compatibility
        | 0x20000..=0x3134F) // Han extensions B-G
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(text: &str) -> Vec<(&str, Level)> {
        breaks(text, &[])
            .into_iter()
            .map(|b| (&text[..b.end], b.level))
            .collect()
    }

    #[test]
    fn latin_breaks_carry_their_strength() {
        let text = "One, two. Three —\nfour\n\nfive";
        let found = levels(text);
        assert_eq!(found[0], ("One,", Level::Clause));
        assert_eq!(found[1], ("One, two.", Level::Sentence));
        assert_eq!(found[2], ("One, two. Three", Level::Word));
        assert_eq!(found[3], ("One, two. Three —", Level::Sentence));
        assert_eq!(found[4], ("One, two. Three —\nfour", Level::Paragraph));
        assert_eq!(found.last(), Some(&(text, Level::Paragraph)));
    }

    #[test]
    fn cjk_breaks_between_characters_but_not_before_punctuation() {
        let found = levels("今日は晴れ。「明日」も、");
        let ends: Vec<&str> = found.iter().map(|(t, _)| *t).collect();
        assert!(ends.contains(&"今日は晴れ。"));
        assert!(!ends.contains(&"今日は晴れ"), "no break before 。");
        assert!(found.contains(&("今日は晴れ。", Level::Sentence)));
        assert!(found.contains(&("今日は晴れ。「明日」も、", Level::Paragraph)));
    }

    #[test]
    fn protected_ranges_are_not_broken() {
        let text = "見て https://例え.jp/日本語 です";
        let link = text.find("https").unwrap_or(0)..text.find(" です").unwrap_or(0);
        let inside_link = |b: &Break| link.start < b.end && b.end < link.end;
        assert!(
            breaks(text, &[]).iter().any(inside_link),
            "unprotected, the path would break"
        );
        assert!(
            !breaks(text, std::slice::from_ref(&link))
                .iter()
                .any(inside_link)
        );
    }
}
