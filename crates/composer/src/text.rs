//! Small text helpers that every writer needs: lengths in characters, word-safe shortening,
//! sentence and title casing, and the forms a fact takes inside a sentence.

/// Length as platforms count it for ads and subjects: Unicode scalar values.
pub fn chars(s: &str) -> usize {
    s.chars().count()
}

/// `s` shortened to at most `max` characters at a word boundary, with `ellipsis` appended
/// when something was cut (counted in `max`). Never splits a word; may return "" if the first
/// word alone is too long.
pub fn fit_words(s: &str, max: usize, ellipsis: bool) -> String {
    let s = s.trim();
    if chars(s) <= max {
        return s.to_string();
    }
    let budget = if ellipsis { max.saturating_sub(1) } else { max };
    let mut out = String::new();
    for word in s.split_whitespace() {
        let extra = if out.is_empty() { 0 } else { 1 };
        if chars(&out) + extra + chars(word) > budget {
            break;
        }
        if extra == 1 {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out
        .trim_end_matches([',', ';', ':', '-', '—', '–', '(', '&', '/'])
        .trim_end()
        .to_string();
    // A trailing "and"/"or"/"the" reads as a mistake; drop such stubs.
    let mut words: Vec<&str> = out.split(' ').collect();
    while words.len() > 1
        && words.last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "and"
                    | "or"
                    | "the"
                    | "a"
                    | "an"
                    | "to"
                    | "of"
                    | "for"
                    | "with"
                    | "in"
                    | "on"
                    | "your"
                    | "our"
            )
        })
    {
        words.pop();
    }
    let mut out = words
        .join(" ")
        .trim_end_matches([',', ';', ':'])
        .to_string();
    if ellipsis && !out.is_empty() {
        out.push('…');
    }
    out
}

/// A fact as a complete sentence: trimmed, first letter capitalised, ending punctuation added.
pub fn sentence(s: &str) -> String {
    let s = clean(s);
    if s.is_empty() {
        return s;
    }
    let mut out = upper_first(&s);
    if !out.ends_with(['.', '!', '?', '…', '"', '”']) {
        out.push('.');
    }
    out
}

/// Whitespace collapsed, surrounding quotes and spaces trimmed.
pub fn clean(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(['"', '“', '”'])
        .trim()
        .to_string()
}

/// A fact as it sits inside a sentence: no ending punctuation, first letter lowered unless
/// the first word looks like a name or acronym ("AI", "iPhone", "Google Ads").
pub fn mid(s: &str) -> String {
    let s = clean(s);
    let s = s.trim_end_matches(['.', '!', ';', ':', ',']).trim_end();
    let mut words = s.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let keep = first.chars().skip(1).any(char::is_uppercase)
        || first == "I"
        || first.starts_with("I'")
        || second.chars().next().is_some_and(char::is_uppercase);
    if keep { s.to_string() } else { lower_first(s) }
}

/// A Title Cased common phrase in running-text case: "Marketing Manager" → "marketing
/// manager", keeping acronyms and names with inner capitals ("CMO", "HubSpot"). Phrases not
/// fully in Title Case are left to [`mid`].
pub fn untitle(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let titled = words.len() > 1
        && words.iter().all(|w| {
            matches!(
                *w,
                "of" | "and" | "for" | "the" | "in" | "a" | "an" | "to" | "&"
            ) || w
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphabetic() || c.is_uppercase())
        });
    if !titled {
        return mid(s);
    }
    words
        .iter()
        .map(|w| {
            if w.chars().skip(1).any(char::is_uppercase) {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', '!', ';', ':', ','])
        .to_string()
}

pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Capitalises the first letter of each sentence (after ". ", "! ", "? ", a line start, a
/// bullet or an emoji), leaving words in `keep` (such as a brand spelled "eBay") as they are.
pub fn capitalise_sentences(s: &str, keep: &[&str]) -> String {
    // Most text is already cased: find the letters to raise, then copy around them.
    let mut raise: Vec<usize> = Vec::new();
    let mut at_start = true;
    let mut prev_end = false;
    if s.is_ascii() {
        for (i, &b) in s.as_bytes().iter().enumerate() {
            if at_start && b.is_ascii_alphabetic() {
                if b.is_ascii_lowercase()
                    && !keep.iter().any(|k| !k.is_empty() && s[i..].starts_with(k))
                {
                    raise.push(i);
                }
                at_start = false;
            } else if b == b'\n' || (b == b' ' && prev_end) {
                at_start = true;
            } else if b.is_ascii_alphanumeric() {
                at_start = false;
            }
            prev_end = matches!(b, b'.' | b'!' | b'?');
        }
        if raise.is_empty() {
            return s.to_string();
        }
        let mut bytes = s.as_bytes().to_vec();
        for i in raise {
            bytes[i] = bytes[i].to_ascii_uppercase();
        }
        return String::from_utf8(bytes).unwrap_or_else(|_| s.to_string());
    }
    for (i, c) in s.char_indices() {
        if at_start && c.is_alphabetic() {
            if c.is_lowercase() && !keep.iter().any(|k| !k.is_empty() && s[i..].starts_with(k)) {
                raise.push(i);
            }
            at_start = false;
        } else if c == '\n' || (c == ' ' && prev_end) {
            at_start = true;
        } else if c.is_alphanumeric() {
            at_start = false;
        }
        prev_end = matches!(c, '.' | '!' | '?');
    }
    if raise.is_empty() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 4);
    let mut from = 0;
    for i in raise {
        out.push_str(&s[from..i]);
        let c = s[i..].chars().next().unwrap_or(' ');
        out.extend(c.to_uppercase());
        from = i + c.len_utf8();
    }
    out.push_str(&s[from..]);
    out
}

/// Title Case for ad headlines: each word capitalised except short joining words, keeping
/// words that already carry capitals (names, acronyms) as written.
pub fn title_case(s: &str) -> String {
    const SMALL: [&str; 14] = [
        "a", "an", "the", "and", "or", "for", "to", "in", "of", "on", "with", "at", "by", "vs",
    ];
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if w.chars().any(char::is_uppercase) || (i > 0 && SMALL.contains(&w)) {
                w.to_string()
            } else {
                upper_first(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "a" or "an" for a word, by its first letter (good enough for marketing nouns).
pub fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o') => "an",
        _ => "a",
    }
}

/// A naive plural for roles ("marketing manager" → "marketing managers").
pub fn plural(noun: &str) -> String {
    let n = noun.trim();
    let lower = n.to_lowercase();
    if lower.ends_with('s')
        || lower.ends_with("people")
        || lower.ends_with("staff")
        || lower.ends_with("team") && n.contains(' ')
    {
        n.to_string()
    } else if lower.ends_with('y')
        && !lower.ends_with("ey")
        && !lower.ends_with("ay")
        && !lower.ends_with("oy")
    {
        format!("{}ies", &n[..n.len() - 1])
    } else if lower.ends_with("ch") || lower.ends_with("sh") || lower.ends_with('x') {
        format!("{n}es")
    } else {
        format!("{n}s")
    }
}

/// Joins items as "a, b and c".
pub fn join_and(items: &[String], and: &str) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} {and} {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// HTML escaping for text and double-quoted attribute values (apostrophes stay readable).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_words_never_splits_words() {
        assert_eq!(
            fit_words("Save time on every report", 14, false),
            "Save time"
        );
        assert_eq!(
            fit_words("Save time on every report", 100, true),
            "Save time on every report"
        );
        assert_eq!(fit_words("Save time and money", 14, true), "Save time…");
        assert_eq!(fit_words("Supercalifragilistic", 5, false), "");
        let s = fit_words("Crème brûlée für alle Menschen", 12, true);
        assert!(chars(&s) <= 12, "{s}");
    }

    #[test]
    fn sentence_and_mid_forms() {
        assert_eq!(sentence("  we ship   faster "), "We ship faster.");
        assert_eq!(sentence("Ready?"), "Ready?");
        assert_eq!(
            mid("Losing track of deadlines."),
            "losing track of deadlines"
        );
        assert_eq!(mid("AI tools everywhere"), "AI tools everywhere");
        assert_eq!(mid("Google Ads reports"), "Google Ads reports");
        assert_eq!(mid("iPhone photos"), "iPhone photos");
        assert_eq!(untitle("Marketing Manager"), "marketing manager");
        assert_eq!(untitle("VP of Sales"), "VP of sales");
        assert_eq!(untitle("Small HubSpot Agencies"), "small HubSpot agencies");
        assert_eq!(untitle("Google Ads reports"), "Google Ads reports");
    }

    #[test]
    fn sentences_get_capitals_except_kept_names() {
        assert_eq!(
            capitalise_sentences("hi. eBay is here! ok", &["eBay"]),
            "Hi. eBay is here! Ok"
        );
        assert_eq!(
            capitalise_sentences("line\n• point\n- two", &[]),
            "Line\n• Point\n- Two"
        );
        assert_eq!(
            capitalise_sentences("🚀 big news. 3 things", &[]),
            "🚀 Big news. 3 things"
        );
    }

    #[test]
    fn titles_plurals_and_joins() {
        assert_eq!(
            title_case("save time with the HubSpot app"),
            "Save Time with the HubSpot App"
        );
        assert_eq!(plural("marketing manager"), "marketing managers");
        assert_eq!(plural("agency"), "agencies");
        assert_eq!(plural("coach"), "coaches");
        assert_eq!(plural("sales"), "sales");
        assert_eq!(
            join_and(&["a".into(), "b".into(), "c".into()], "and"),
            "a, b and c"
        );
        assert_eq!(article("owner"), "an");
        assert_eq!(
            escape_html("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;"
        );
    }
}
