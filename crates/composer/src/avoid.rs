//! The brand's banned terms and the phrases its users keep deleting.
//!
//! A term matches where a word starts, case-insensitively. Terms of four letters or more
//! also catch longer forms ("cheap" catches "cheaper", "team" catches "teammates"); shorter
//! ones only catch themselves and plurals, so banning "AI" does not ban "aim".

#[derive(Debug, Clone, Default)]
pub struct Avoid {
    terms: Vec<Vec<char>>,
    /// The terms as bytes when every one is ASCII (the fast path of [`Avoid::hits`]).
    ascii: Option<Vec<Vec<u8>>>,
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
        let ascii = terms.iter().all(|t| t.iter().all(char::is_ascii)).then(|| {
            terms
                .iter()
                .map(|t| t.iter().map(|c| *c as u8).collect())
                .collect()
        });
        Avoid { terms, ascii }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// True when `text` contains any avoided term.
    pub fn hits(&self, text: &str) -> bool {
        if self.terms.is_empty() {
            return false;
        }
        // Most copy is ASCII: compare bytes without building a lowered copy.
        if let Some(ascii) = &self.ascii
            && text.is_ascii()
        {
            let hay = text.as_bytes();
            return ascii.iter().any(|t| ascii_match(hay, t));
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

/// The brand's preferred wording: each banned term with the words to use instead.
/// Matching is case-insensitive on whole words; the replacement takes the matched text's
/// casing (ALL CAPS, Capitalised or as written).
#[derive(Debug, Clone, Default)]
pub struct Replacer {
    pairs: Vec<(Vec<char>, String)>,
}

impl Replacer {
    pub fn new(pairs: &[content::Replacement]) -> Replacer {
        let mut out: Vec<(Vec<char>, String)> = pairs
            .iter()
            .map(|r| (lower(r.term.trim()), r.replacement.trim().to_string()))
            .filter(|(t, r)| t.iter().any(|c| c.is_alphanumeric()) && !r.is_empty())
            .collect();
        // Longer terms first, so "free trial" is replaced before "free".
        out.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        Replacer { pairs: out }
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The banned terms, for the avoid list (a term left in an inflected form is dropped).
    pub fn terms(&self) -> Vec<String> {
        self.pairs.iter().map(|(t, _)| t.iter().collect()).collect()
    }

    /// The pairs that can be applied again without changing their own output (a
    /// replacement that contains its term would grow on every pass).
    pub fn idempotent(&self) -> Replacer {
        Replacer {
            pairs: self
                .pairs
                .iter()
                .filter(|(t, r)| {
                    let term: String = t.iter().collect();
                    replace_term(r, t, "\u{0}") == *r && !r.to_lowercase().contains(&term)
                })
                .cloned()
                .collect(),
        }
    }

    /// `text` with every whole-word occurrence of a term replaced.
    pub fn apply(&self, text: &str) -> String {
        if self.pairs.is_empty() {
            return text.to_string();
        }
        let mut out = text.to_string();
        for (term, replacement) in &self.pairs {
            out = replace_term(&out, term, replacement);
        }
        out
    }
}

fn replace_term(text: &str, term: &[char], replacement: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let hay = lower(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    let n = term.len();
    while i < chars.len() {
        let starts = i == 0 || !hay[i - 1].is_alphanumeric();
        let fits = i + n <= hay.len() && hay[i..i + n] == *term;
        let ends = i + n >= hay.len() || !hay[i + n].is_alphanumeric();
        if starts && fits && ends {
            let found: String = chars[i..i + n].iter().collect();
            out.push_str(&cased_like(&found, replacement));
            i += n;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// `replacement` in the casing of `found`.
fn cased_like(found: &str, replacement: &str) -> String {
    let letters: Vec<char> = found.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return replacement.to_uppercase();
    }
    if found.chars().next().is_some_and(char::is_uppercase) {
        let mut c = replacement.chars();
        return match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        };
    }
    replacement.to_string()
}

/// Lowercase, one char per input char (multi-char lowercasings keep their first char) so that
/// positions in the lowered text are positions in the original.
fn lower(s: &str) -> Vec<char> {
    s.chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect()
}

/// [`next_match`] for ASCII text and a lowercase ASCII term: whether any match exists.
fn ascii_match(hay: &[u8], term: &[u8]) -> bool {
    let n = term.len();
    if n == 0 || hay.len() < n {
        return false;
    }
    let ends_alnum = term.last().is_some_and(|c| c.is_ascii_alphanumeric());
    let first = term[0];
    // `| 0x20` lowers ASCII letters; anything else it maps wrongly fails the full compare.
    let folded = if first.is_ascii_lowercase() {
        first
    } else {
        0xff
    };
    for i in 0..=hay.len() - n {
        let b = hay[i];
        if b != first && (b | 0x20) != folded {
            continue;
        }
        if i > 0 && hay[i - 1].is_ascii_alphanumeric() {
            continue;
        }
        if !hay[i..i + n].eq_ignore_ascii_case(term) {
            continue;
        }
        let mut end = i + n;
        while end < hay.len() && (hay[end].is_ascii_alphanumeric() || hay[end] == b'\'') {
            end += 1;
        }
        let tail = &hay[i + n..end];
        let tail_ok = !ends_alnum
            || tail.is_empty()
            || n >= 4
            || tail.eq_ignore_ascii_case(b"s")
            || tail.eq_ignore_ascii_case(b"es")
            || tail.eq_ignore_ascii_case(b"'s");
        if tail_ok {
            return true;
        }
    }
    false
}

/// The next match of `term` in `hay` at or after `from`, as the char range of the whole
/// word(s) it covers.
fn next_match(hay: &[char], term: &[char], from: usize) -> Option<(usize, usize)> {
    if term.is_empty() || hay.len() < term.len() {
        return None;
    }
    let mut i = from;
    let first = term[0];
    while i + term.len() <= hay.len() {
        if hay[i] != first {
            i += 1;
            continue;
        }
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
    fn replacements_keep_the_casing() {
        let r = Replacer::new(&[
            content::Replacement {
                term: "cheap".into(),
                replacement: "affordable".into(),
            },
            content::Replacement {
                term: "customers".into(),
                replacement: "members".into(),
            },
        ]);
        assert_eq!(
            r.apply("Cheap and cheap. CHEAP! cheapest customers."),
            "Affordable and affordable. AFFORDABLE! cheapest members."
        );
        assert_eq!(r.terms().len(), 2);
        assert_eq!(Replacer::default().apply("cheap"), "cheap");
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
