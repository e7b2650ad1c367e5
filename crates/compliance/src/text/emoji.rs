//! Emoji as a reader sees them: a family (👨‍👩‍👧), a flag (🇫🇷), a keycap (1️⃣) or a thumbs-up
//! with skin tone (👍🏽) is one emoji.
//!
//! Hand-written ranges rather than the full Unicode emoji tables: pictographs in the emoji
//! planes always count; older symbols (☀, ✔, ©) count only where Unicode gives them emoji
//! presentation by default or the text asks for it with VS16 (U+FE0F), so a plain check mark
//! or copyright sign in body copy is not mistaken for an emoji.

use super::Span;

const VS16: char = '\u{FE0F}';
const VS15: char = '\u{FE0E}';
const ZWJ: char = '\u{200D}';
const KEYCAP: char = '\u{20E3}';

/// Characters shown as emoji without any selector.
fn is_pictographic(c: char) -> bool {
    matches!(c,
        '\u{1F300}'..='\u{1F5FF}'
        | '\u{1F600}'..='\u{1F64F}'
        | '\u{1F680}'..='\u{1F6FF}'
        | '\u{1F7E0}'..='\u{1F7F0}'
        | '\u{1F900}'..='\u{1F9FF}'
        | '\u{1FA70}'..='\u{1FAFF}'
        | '\u{1F004}' | '\u{1F0CF}' | '\u{1F18E}' | '\u{1F191}'..='\u{1F19A}'
        | '\u{1F201}' | '\u{1F21A}' | '\u{1F22F}' | '\u{1F232}'..='\u{1F23A}'
        | '\u{1F250}'..='\u{1F251}'
        | '\u{231A}'..='\u{231B}' | '\u{23E9}'..='\u{23EC}' | '\u{23F0}' | '\u{23F3}'
        | '\u{25FD}'..='\u{25FE}' | '\u{2614}'..='\u{2615}' | '\u{2648}'..='\u{2653}'
        | '\u{267F}' | '\u{2693}' | '\u{26A1}' | '\u{26AA}'..='\u{26AB}'
        | '\u{26BD}'..='\u{26BE}' | '\u{26C4}'..='\u{26C5}' | '\u{26CE}' | '\u{26D4}'
        | '\u{26EA}' | '\u{26F2}'..='\u{26F3}' | '\u{26F5}' | '\u{26FA}' | '\u{26FD}'
        | '\u{2705}' | '\u{270A}'..='\u{270B}' | '\u{2728}' | '\u{274C}' | '\u{274E}'
        | '\u{2753}'..='\u{2755}' | '\u{2757}' | '\u{2795}'..='\u{2797}' | '\u{27B0}'
        | '\u{27BF}' | '\u{2B1B}'..='\u{2B1C}' | '\u{2B50}' | '\u{2B55}')
}

/// Symbols that are emoji only when followed by VS16.
fn is_text_symbol(c: char) -> bool {
    matches!(c,
        '\u{00A9}' | '\u{00AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}'
        | '\u{2194}'..='\u{21AA}' | '\u{2300}'..='\u{23FF}' | '\u{24C2}'
        | '\u{25AA}'..='\u{25FE}' | '\u{2600}'..='\u{27BF}' | '\u{2934}'..='\u{2935}'
        | '\u{2B05}'..='\u{2B55}' | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
        | '\u{1F170}'..='\u{1F189}')
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

fn is_modifier(c: char) -> bool {
    matches!(c, VS16 | VS15 | KEYCAP | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// The spans of every emoji in `text`.
pub(crate) fn emoji_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(c) = char_at(text, pos) {
        let next = char_at(text, pos + c.len_utf8());
        let starts = if is_pictographic(c) || is_regional_indicator(c) {
            true
        } else if is_text_symbol(c) {
            next == Some(VS16)
        } else if c.is_ascii_digit() || c == '#' || c == '*' {
            next == Some(KEYCAP)
                || (next == Some(VS16)
                    && char_at(text, pos + c.len_utf8() + VS16.len_utf8()) == Some(KEYCAP))
        } else {
            false
        };
        if !starts {
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        pos += c.len_utf8();
        if is_regional_indicator(c) && char_at(text, pos).is_some_and(is_regional_indicator) {
            pos += '\u{1F1E6}'.len_utf8();
        }
        loop {
            match char_at(text, pos) {
                Some(m) if is_modifier(m) => pos += m.len_utf8(),
                Some(ZWJ) => {
                    let joined = char_at(text, pos + ZWJ.len_utf8())
                        .filter(|&j| is_pictographic(j) || is_text_symbol(j));
                    match joined {
                        Some(j) => pos += ZWJ.len_utf8() + j.len_utf8(),
                        None => break,
                    }
                }
                _ => break,
            }
        }
        out.push(Span::new(start, pos));
    }
    out
}

/// The number of emoji in `text`.
pub fn emoji_count(text: &str) -> usize {
    emoji_spans(text).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<&str> {
        emoji_spans(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn counts_sequences_as_one_emoji() {
        assert_eq!(
            list("Hi 👋🏽 fam 👨‍👩‍👧 from 🇫🇷🇩🇪 1️⃣ ❤️!"),
            vec!["👋🏽", "👨‍👩‍👧", "🇫🇷", "🇩🇪", "1️⃣", "❤️"]
        );
    }

    #[test]
    fn plain_symbols_are_not_emoji() {
        assert!(list("© 2024 Acme™ ✔ done, 5 * 3 # 1").is_empty());
        assert_eq!(list("✔️ done ⭐"), vec!["✔️", "⭐"]);
        assert_eq!(emoji_count("🎉🎉🎉"), 3);
    }

    #[test]
    fn dangling_joiners_and_modifiers_do_not_panic() {
        assert_eq!(list("👩\u{200D}"), vec!["👩"]);
        assert!(list("\u{200D}\u{FE0F}\u{20E3}").is_empty());
        assert_eq!(list("🇫"), vec!["🇫"]);
    }
}
