//! Search over a brand's voice guidelines (FR-6.4.1): "what do we say instead of cheap?"
//!
//! Pure and in memory: one brand's guidelines are a few hundred short texts at most. Matching
//! ignores case and accents ("resume" finds "Résumé"), and each hit carries a snippet around
//! the match so a result list can show it in context.

use crate::model::Voice;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use utoipa::ToSchema;

/// Characters of context kept on each side of a match.
const CONTEXT: usize = 40;

/// Where a hit is, in the words of the voice page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VoiceSection {
    Traits,
    PreferredWords,
    BannedTerms,
    Disclaimers,
    WritingExamples,
    Hashtags,
}

/// The matched text with some context: `before` + `matched` + `after` reads as the snippet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Snippet {
    /// Text before the match, starting with `…` when cut.
    pub before: String,
    /// The match as written in the guidelines (with its own case and accents).
    pub matched: String,
    /// Text after the match, ending with `…` when cut.
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct VoiceHit {
    pub section: VoiceSection,
    /// Path of the field in the profile, as in validation errors: `voice.banned_terms[0].replacement`.
    pub path: String,
    /// The whole text of the field.
    pub text: String,
    pub snippet: Snippet,
}

/// Every field of `voice` containing `query`, in the order of the voice page. A blank query finds nothing.
pub fn search(voice: &Voice, query: &str) -> Vec<VoiceHit> {
    let needle = fold(
        query
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
    )
    .text;
    if needle.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut check = |section: VoiceSection, path: String, text: &str| {
        if let Some(snippet) = find(text, &needle) {
            hits.push(VoiceHit {
                section,
                path,
                text: text.to_owned(),
                snippet,
            });
        }
    };
    use VoiceSection::*;
    for (i, t) in voice.traits.iter().enumerate() {
        check(Traits, format!("voice.traits[{i}].name"), &t.name);
        check(Traits, format!("voice.traits[{i}].we_are"), &t.we_are);
        check(
            Traits,
            format!("voice.traits[{i}].we_are_not"),
            &t.we_are_not,
        );
        for (j, e) in t.examples.iter().enumerate() {
            check(Traits, format!("voice.traits[{i}].examples[{j}]"), e);
        }
    }
    for (i, w) in voice.preferred_words.iter().enumerate() {
        check(PreferredWords, format!("voice.preferred_words[{i}]"), w);
    }
    for (i, b) in voice.banned_terms.iter().enumerate() {
        check(
            BannedTerms,
            format!("voice.banned_terms[{i}].term"),
            &b.term,
        );
        if let Some(r) = &b.replacement {
            check(
                BannedTerms,
                format!("voice.banned_terms[{i}].replacement"),
                r,
            );
        }
        check(
            BannedTerms,
            format!("voice.banned_terms[{i}].reason"),
            &b.reason,
        );
    }
    for (i, d) in voice.required_disclaimers.iter().enumerate() {
        check(Disclaimers, format!("voice.required_disclaimers[{i}]"), d);
    }
    for (i, e) in voice.examples.iter().enumerate() {
        check(
            WritingExamples,
            format!("voice.examples[{i}].text"),
            &e.text,
        );
        check(
            WritingExamples,
            format!("voice.examples[{i}].note"),
            &e.note,
        );
    }
    for (i, h) in voice.hashtag_policy.branded.iter().enumerate() {
        check(Hashtags, format!("voice.hashtag_policy.branded[{i}]"), h);
    }
    check(
        Hashtags,
        "voice.hashtag_policy.guidance".into(),
        &voice.hashtag_policy.guidance,
    );
    hits
}

/// Text folded for matching, and for each folded character the byte range of the original
/// character it came from, so a match maps back onto the text as written.
struct Folded {
    text: String,
    origin: Vec<(usize, usize)>,
}

/// Lower case without accents. Whitespace runs become one space so that a phrase matches
/// across a line break.
fn fold(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    let mut last_space = false;
    for (at, c) in s.char_indices() {
        let span = (at, at + c.len_utf8());
        if c.is_whitespace() {
            if !last_space {
                text.push(' ');
                origin.push(span);
            }
            last_space = true;
            continue;
        }
        last_space = false;
        for base in base_letters(c) {
            for lower in base.to_lowercase() {
                text.push(lower);
                origin.push(span);
            }
        }
    }
    Folded { text, origin }
}

/// A character without its accents; the few Latin letters that do not decompose are spelled out.
fn base_letters(c: char) -> Vec<char> {
    match c {
        'ß' => vec!['s', 's'],
        'æ' => vec!['a', 'e'],
        'Æ' => vec!['A', 'E'],
        'œ' => vec!['o', 'e'],
        'Œ' => vec!['O', 'E'],
        'ø' => vec!['o'],
        'Ø' => vec!['O'],
        'ł' => vec!['l'],
        'Ł' => vec!['L'],
        'đ' => vec!['d'],
        'Đ' => vec!['D'],
        'ı' => vec!['i'],
        _ => std::iter::once(c)
            .nfd()
            .filter(|d| !is_combining_mark(*d))
            .collect(),
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn find(text: &str, needle: &str) -> Option<Snippet> {
    let folded = fold(text);
    let start_byte = folded.text.find(needle)?;
    // folded byte offsets to folded character positions, then to the original text
    let start_char = folded.text[..start_byte].chars().count();
    let len_chars = needle.chars().count();
    let from = folded.origin[start_char].0;
    let to = folded.origin[start_char + len_chars - 1].1;
    let before = &text[..from];
    let after = &text[to..];
    let before_cut: String = {
        let chars: Vec<char> = before.chars().collect();
        if chars.len() > CONTEXT {
            let kept: String = chars[chars.len() - CONTEXT..].iter().collect();
            format!("…{}", kept.trim_start())
        } else {
            before.to_owned()
        }
    };
    let after_cut: String = {
        let chars: Vec<char> = after.chars().collect();
        if chars.len() > CONTEXT {
            let kept: String = chars[..CONTEXT].iter().collect();
            format!("{}…", kept.trim_end())
        } else {
            after.to_owned()
        }
    };
    Some(Snippet {
        before: before_cut,
        matched: text[from..to].to_owned(),
        after: after_cut,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BannedTerm, VoiceTrait, WritingExample};

    fn voice() -> Voice {
        Voice {
            traits: vec![VoiceTrait {
                name: "Warm".into(),
                we_are: "Friendly and direct, like a good café owner".into(),
                we_are_not: "Cheesy or over-familiar".into(),
                examples: vec!["Welcome back! Your order is on its way.".into()],
            }],
            preferred_words: vec!["Résumé".into(), "team".into()],
            banned_terms: vec![BannedTerm {
                term: "cheap".into(),
                replacement: Some("affordable".into()),
                reason: "Sounds low quality".into(),
            }],
            required_disclaimers: vec!["Prices include VAT.".into()],
            examples: vec![WritingExample {
                text: "We fixed it. Sorry for the wait.".into(),
                good: true,
                note: "Owns the mistake".into(),
            }],
            ..Voice::default()
        }
    }

    #[test]
    fn finds_across_sections_ignoring_case() {
        let hits = search(&voice(), "CHEAP");
        let paths: Vec<&str> = hits.iter().map(|h| h.path.as_str()).collect();
        assert_eq!(paths, vec!["voice.banned_terms[0].term"]);
        let hits = search(&voice(), "che");
        let paths: Vec<&str> = hits.iter().map(|h| h.path.as_str()).collect();
        assert_eq!(
            paths,
            vec!["voice.traits[0].we_are_not", "voice.banned_terms[0].term"]
        );
        assert_eq!(hits[0].section, VoiceSection::Traits);
        assert_eq!(hits[1].section, VoiceSection::BannedTerms);
    }

    #[test]
    fn accents_do_not_matter_either_way() {
        let hits = search(&voice(), "resume");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].snippet.matched, "Résumé");
        assert_eq!(hits[0].section, VoiceSection::PreferredWords);
        let hits = search(&voice(), "CAFÉ");
        assert_eq!(hits[0].snippet.matched, "café");
        assert_eq!(hits[0].path, "voice.traits[0].we_are");
        let hits = search(&voice(), "cafe owner");
        assert_eq!(hits[0].snippet.matched, "café owner");
    }

    #[test]
    fn replacements_and_notes_are_searched() {
        let hits = search(&voice(), "afford");
        assert_eq!(hits[0].path, "voice.banned_terms[0].replacement");
        assert_eq!(hits[0].text, "affordable");
        let hits = search(&voice(), "mistake");
        assert_eq!(hits[0].section, VoiceSection::WritingExamples);
        assert_eq!(hits[0].path, "voice.examples[0].note");
    }

    #[test]
    fn the_snippet_keeps_context_and_marks_cuts() {
        let mut v = Voice::default();
        let long = format!("{} needle {}", "a".repeat(100), "b".repeat(100));
        v.required_disclaimers.push(long.clone());
        let hits = search(&v, "Needle");
        let s = &hits[0].snippet;
        assert_eq!(s.matched, "needle");
        assert!(s.before.starts_with('…') && s.before.chars().count() <= CONTEXT + 1);
        assert!(s.after.ends_with('…') && s.after.chars().count() <= CONTEXT + 1);
        let short = search(&voice(), "vat");
        assert_eq!(
            (
                short[0].snippet.before.as_str(),
                short[0].snippet.matched.as_str(),
                short[0].snippet.after.as_str()
            ),
            ("Prices include ", "VAT", ".")
        );
    }

    #[test]
    fn blank_or_absent_queries_find_nothing() {
        assert!(search(&voice(), "   ").is_empty());
        assert!(search(&voice(), "zebra").is_empty());
    }

    #[test]
    fn letters_that_do_not_decompose_still_fold() {
        let mut v = Voice::default();
        v.preferred_words.push("Straße".into());
        v.preferred_words.push("Łódź".into());
        assert_eq!(search(&v, "strasse")[0].snippet.matched, "Straße");
        assert_eq!(search(&v, "lodz")[0].snippet.matched, "Łódź");
    }
}
