//! The brand's banned terms and the phrases its users keep deleting.
//!
//! A term matches where a word starts, case-insensitively. Terms of four letters or more
//! also catch longer forms ("cheap" catches "cheaper", "team" catches "teammates"); shorter
//! ones only catch themselves and plurals, so banning "AI" does not ban "aim".

#[derive(Debug, Clone, Default)]
pub struct Avoid {
    terms: Vec<Vec<char>>,
}

impl Avoid {
    pub fn new(words: &[String]) -> Avoid {
        let mut terms: Vec<Vec<char>> = words
            .iter()
            .map(|w| lower(w.trim()))
            .filter(|t| t.iter().any(|c| c.is_alphanumeric()))
            .collect();
        terms.sort();
        terms.dedup();
        Avoid { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when `text` contains any avoided term.
    pub fn hits(&self, text: &str) -> bool {
        if self.terms.is_empty() {
            return false;
        }
        let hay = lower(text);
        self.terms.iter().any(|t| next_match(&hay, t, 0).is_some())
    }

    /// `text` with every word that carries an avoided term removed, spacing and punctuation
    /// tidied. The last line of defence: composition already skips phrases that hit.
    pub fn scrub(&self, text: &str) -> String {
        if !self.hits(text) {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let hay = lower(text);
        // `lower` keeps one char per char, so indices line up with `chars`.
        let mut cut = vec![false; chars.len()];
        for t in &self.terms {
            let mut from = 0;
            while let Some((start, end)) = next_match(&hay, t, from) {
                cut[start..end].iter_mut().for_each(|c| *c = true);
                from = end.max(start + 1);
            }
        }
        let kept: String = chars
            .iter()
            .zip(&cut)
            .filter(|(_, c)| !**c)
            .map(|(ch, _)| *ch)
            .collect();
        tidy(&kept)
    }
}

/// Lowercase, one char per input char (multi-char lowercasings keep their first char) so that
/// positions in the lowered text are positions in the original.
fn lower(s: &str) -> Vec<char> {
    s.chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect()
}

/// The next match of `term` in `hay` at or after `from`, as the char range of the whole
/// word(s) it covers.
fn next_match(hay: &[char], term: &[char], from: usize) -> Option<(usize, usize)> {
    if term.is_empty() || hay.len() < term.len() {
        return None;
    }
    let mut i = from;
    while i + term.len() <= hay.len() {
        let starts_word = i == 0 || !hay[i - 1].is_alphanumeric();
        if starts_word && hay[i..i + term.len()] == *term {
            let mut end = i + term.len();
            while end < hay.len() && (hay[end].is_alphanumeric() || hay[end] == '\'') {
                end += 1;
            }
            let tail: String = hay[i + term.len()..end].iter().collect();
            let ends_alnum = term.last().is_some_and(|c| c.is_alphanumeric());
            let allowed = !ends_alnum
                || tail.is_empty()
                || term.len() >= 4
                || matches!(tail.as_str(), "s" | "es" | "'s");
            if allowed {
                return Some((i, end));
            }
        }
        i += 1;
    }
    None
}

/// One pass over the bytes: most phrases are already tidy and can skip the rewrite.
fn needs_tidy(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first()
        .is_some_and(|c| matches!(c, b',' | b';' | b':' | b' '))
        || b.last() == Some(&b' ')
    {
        return true;
    }
    b.windows(2).any(|w| match w[0] {
        b' ' => matches!(w[1], b' ' | b',' | b'.' | b'!' | b'?' | b';' | b':' | b')'),
        b'(' => w[1] == b')',
        b',' => matches!(w[1], b',' | b'.'),
        b'\n' => matches!(w[1], b',' | b';' | b':' | b' '),
        _ => false,
    })
}

/// Repairs the gaps a removal leaves: doubled spaces, space before punctuation, empty
/// brackets, orphaned leading punctuation on a line.
pub fn tidy(s: &str) -> String {
    if !needs_tidy(s) {
        return s.to_string();
    }
    let mut lines: Vec<String> = Vec::new();
    for line in s.split('\n') {
        let mut out = String::with_capacity(line.len());
        for c in line.chars() {
            if c == ' ' && out.ends_with(' ') {
                continue;
            }
            if matches!(c, ',' | '.' | '!' | '?' | ';' | ':' | ')') && out.ends_with(' ') {
                out.pop();
            }
            if matches!(c, ',' | '.' | ';' | ':') && out.ends_with([',', ';', ':']) {
                out.pop();
            }
            out.push(c);
        }
        let out = out.replace("()", "").replace(" ,", ",");
        let trimmed = out
            .trim_start_matches([',', ';', ':', ' '])
            .trim_end()
            .to_string();
        lines.push(trimmed);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn avoid(words: &[&str]) -> Avoid {
        Avoid::new(&words.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn matches_at_word_starts_case_insensitively() {
        let a = avoid(&["Cheap", "game changer", "AI"]);
        assert!(a.hits("So CHEAP!"));
        assert!(a.hits("cheaper than ever"));
        assert!(a.hits("A real Game Changer."));
        assert!(a.hits("Built with AI."));
        assert!(a.hits("AIs everywhere"));
        assert!(!a.hits("We aim high"));
        assert!(!a.hits("Cheapskate") || a.hits("cheap"));
        assert!(!a.hits("inexpensive"));
        assert!(!avoid(&[]).hits("anything"));
    }

    #[test]
    fn ignores_blank_and_symbol_terms() {
        let a = avoid(&["", "  ", "!!"]);
        assert!(a.is_empty());
        assert!(!a.hits("Hello!!"));
    }

    #[test]
    fn scrub_removes_whole_words_and_tidies() {
        let a = avoid(&["synergy", "leverage"]);
        assert_eq!(a.scrub("We leverage synergy, daily."), "We, daily.");
        assert_eq!(a.scrub("Leveraged matter"), "matter");
        assert_eq!(a.scrub("Nothing to do"), "Nothing to do");
        let out = a.scrub("İstanbul leverages SYNERGY (synergy) now");
        assert!(!a.hits(&out), "{out}");
        assert!(out.starts_with("İstanbul"), "{out}");
    }
}
