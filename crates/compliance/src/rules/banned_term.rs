//! Banned terms: every whole-word occurrence, with the brand's replacement styled like the
//! original ("Synergy" → "Teamwork"). An error: the brand said it never uses the term, so a text
//! that does is not approved without someone deciding to.

use crate::engine::{CompiledPolicy, Ctx};
use crate::policy::BannedTerm;
use crate::report::{Finding, Severity, rule};
use crate::text::Span;
use crate::text::case::match_case;
use crate::text::hashtag::hashtag_spans;
use crate::text::phrase::{Normalized, PhraseMatch};

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    for m in matches(ctx.compiled, ctx.text, &ctx.normalized) {
        let Some(term) = ctx.policy().banned.get(m.id) else {
            continue;
        };
        let found = m.span.of(ctx.text);
        let mut message = format!("\"{found}\" is not used in this brand's voice");
        if !term.reason.trim().is_empty() {
            message.push_str(": ");
            message.push_str(term.reason.trim());
        }
        let finding = Finding::span(
            rule::BANNED_TERM,
            Severity::Error,
            m.span.start,
            m.span.end,
            message,
        );
        out.push(match replacement(term, found) {
            Some(r) => finding.suggest(r),
            None => finding,
        });
    }
}

/// The brand's replacement styled like the text it replaces, if the term has one.
pub(crate) fn replacement(term: &BannedTerm, found: &str) -> Option<String> {
    match term.replacement.as_deref().map(str::trim) {
        Some(r) if !r.is_empty() => Some(match_case(found, r)),
        _ => None,
    }
}

/// Every banned term in `text`: whole words and phrases, and the words run together inside a
/// hashtag (`#CheapDeals`, `#cheap_deals`, `#Deals4Cheap`), sorted by position, never overlapping.
pub(crate) fn matches(
    compiled: &CompiledPolicy,
    text: &str,
    normalized: &Normalized,
) -> Vec<PhraseMatch> {
    if compiled.banned.is_empty() {
        return Vec::new();
    }
    let mut found = compiled.banned.find_all(normalized);
    for tag in hashtag_spans(text) {
        let (split, map) = split_tag(tag.of(text));
        if map.is_empty() {
            continue;
        }
        for m in compiled.banned.find_all(&Normalized::new(&split)) {
            let span = Span::new(tag.start + map[m.span.start], tag.start + map[m.span.end]);
            if !found
                .iter()
                .any(|f| f.span.start < span.end && span.start < f.span.end)
            {
                found.push(PhraseMatch { span, id: m.id });
            }
        }
    }
    found.sort_by_key(|m| (m.span.start, m.span.end));
    found
}

/// A hashtag with a space at each word boundary inside it (lower to upper case, an upper-case
/// run before a capitalised word, letters to digits and back), and a map from each byte offset
/// of the split text to the tag's own. An empty map: the tag has no inner boundary.
fn split_tag(tag: &str) -> (String, Vec<usize>) {
    let chars: Vec<(usize, char)> = tag.char_indices().collect();
    let mut split = String::with_capacity(tag.len() + 8);
    let mut map = Vec::with_capacity(tag.len() + 8);
    let mut boundaries = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let boundary = prev.is_some_and(|p| {
            (p.is_lowercase() && c.is_uppercase())
                || (p.is_uppercase() && c.is_uppercase() && next.is_some_and(char::is_lowercase))
                || (p.is_alphabetic() && c.is_numeric())
                || (p.is_numeric() && c.is_alphabetic())
        });
        if boundary {
            boundaries += 1;
            map.push(i);
            split.push(' ');
        }
        // A span starts on a char and ends where the next one starts, so only those offsets
        // are read; the bytes inside a char map to its start.
        for _ in 0..c.len_utf8() {
            map.push(i);
        }
        split.push(c);
    }
    map.push(tag.len());
    if boundaries == 0 {
        return (String::new(), Vec::new());
    }
    (split, map)
}

#[cfg(test)]
mod tests {
    use crate::policy::{BannedTerm, Context, Policy};
    use crate::report::rule::BANNED_TERM;
    use crate::rules::test_support::{findings, spans};

    fn policy() -> Policy {
        let term = |t: &str, r: Option<&str>| BannedTerm {
            term: t.into(),
            replacement: r.map(Into::into),
            reason: "jargon".into(),
        };
        Policy {
            banned: vec![
                term("synergy", Some("teamwork")),
                term("best-in-class", Some("leading")),
                term("touch base", Some("talk")),
                term("Straße", None),
            ],
            ..Policy::default()
        }
    }

    #[test]
    fn flags_every_occurrence_with_styled_replacement() {
        let text = "Synergy! Our SYNERGY and synergy, not synergyx. Let's Touch   Base.";
        let found = findings(&policy(), text, Context::General, None, BANNED_TERM);
        assert_eq!(
            spans(text, &found),
            vec!["Synergy", "SYNERGY", "synergy", "Touch   Base"]
        );
        let suggestions: Vec<_> = found.iter().map(|f| f.suggestion.as_deref()).collect();
        assert_eq!(
            suggestions,
            vec![
                Some("Teamwork"),
                Some("TEAMWORK"),
                Some("teamwork"),
                Some("Talk")
            ]
        );
        assert!(found[0].message.contains("jargon"), "{}", found[0].message);
    }

    #[test]
    fn phrases_match_across_punctuation_and_unicode_case() {
        let text = "A best in class tool on der STRASSE? No: an der STRAẞE.";
        let found = findings(&policy(), text, Context::General, None, BANNED_TERM);
        assert_eq!(spans(text, &found), vec!["best in class", "STRAẞE"]);
        assert_eq!(found[1].suggestion, None);
    }

    #[test]
    fn banned_words_run_together_in_hashtags_are_found() {
        let p = Policy {
            banned: vec![BannedTerm {
                term: "cheap".into(),
                replacement: Some("affordable".into()),
                reason: String::new(),
            }],
            ..Policy::default()
        };
        let text = "Sun! #CheapDeals #cheap_solar #Deals4Cheap #SUPERCheapStuff #cheapskate #Cheap";
        let found = findings(&p, text, Context::Social, None, BANNED_TERM);
        assert_eq!(
            spans(text, &found),
            vec!["Cheap", "cheap", "Cheap", "Cheap", "Cheap"],
            "{found:?}"
        );
        assert_eq!(&text[found[0].start..found[0].end], "Cheap");
        assert_eq!(found[0].start, 6);
        assert_eq!(found[0].suggestion.as_deref(), Some("Affordable"));
        // No split inside a word that is all one case: "#cheapskate" is not about price.
        assert!(
            !found
                .iter()
                .any(|f| text[f.start..].starts_with("cheapskate"))
        );
        let accents = "#ÉtéCheap";
        let found = findings(&p, accents, Context::Social, None, BANNED_TERM);
        assert_eq!(spans(accents, &found), vec!["Cheap"]);
    }

    #[test]
    fn nothing_to_flag_without_terms() {
        let found = findings(
            &Policy::default(),
            "synergy",
            Context::General,
            None,
            BANNED_TERM,
        );
        assert!(found.is_empty());
    }
}
