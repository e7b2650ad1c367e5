//! The formatter: tidies a text for a platform and fits it to the platform's limits by meaning.

use std::ops::Range;

use serde::Serialize;

use crate::count::count_with;
use crate::entities::{hashtags, mentions};
use crate::platform::{Platform, RuleSettings};
use crate::segment::{Level, breaks};
use crate::specs::{PlatformSpec, hashtag_limit, spec, text_limit};
use crate::split::{Fits, shorten, thread};
use crate::urls::find_urls;
use crate::{hashtags as layout, tidy};

/// One thing the formatter did, for the person to review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Stable snake_case code: `whitespace_normalised`, `line_breaks_collapsed`,
    /// `hashtags_moved`, `hashtags_trimmed`, `shortened`, `split_into_thread`.
    pub code: &'static str,
    pub message: String,
}

/// The formatter's result: the posts to publish (several for a thread) and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Formatted {
    pub parts: Vec<String>,
    pub changes: Vec<Change>,
}

fn change(code: &'static str, message: String) -> Change {
    Change { code, message }
}

/// Tidies `text` and fits it to `platform`: whitespace, line breaks, hashtag layout and limits,
/// then a numbered thread or a shortened text when it is still too long. Text that already
/// follows the rules comes back unchanged, with no changes listed. Links are kept whole and
/// never dropped (see [`format_with`]).
pub fn format(platform: Platform, text: &str, settings: &RuleSettings) -> Formatted {
    format_with(platform, text, settings, &[])
}

/// [`format`], keeping the `keep` segments (the brand's required disclaimers, the call to
/// action) verbatim in what is published, as every link in the text is kept.
///
/// When the text is too long, the protected segments and links found in it are taken out of
/// the body and placed after it, before the closing hashtags; then only the body is shortened
/// (whole sentences first) or split. A thread carries them in its last part, with the hashtags
/// (its links stay where they were: a thread drops nothing).
/// Shortening gives up, in order, the body, then the hashtags, never a protected segment: when
/// the protected segments alone are over the limit they are returned as they are, and the
/// validator reports the length. A segment that does not occur in the text is ignored (the
/// formatter adds nothing).
pub fn format_with(
    platform: Platform,
    text: &str,
    settings: &RuleSettings,
    keep: &[&str],
) -> Formatted {
    let spec = spec(platform);
    let mut changes = Vec::new();
    let mut current = tidy::normalise_whitespace(text);
    if current != text {
        changes.push(change(
            "whitespace_normalised",
            "Tidied spaces and line endings.".into(),
        ));
    }
    if let Some(max) = spec.max_consecutive_line_breaks {
        let collapsed = tidy::collapse_line_breaks(&current, max);
        if collapsed != current {
            let message = format!(
                "Kept at most {max} line breaks in a row, as {} shows.",
                spec.display_name
            );
            changes.push(change("line_breaks_collapsed", message));
            current = collapsed;
        }
    }
    if spec.hashtags_at_end {
        let (moved, count) = layout::move_to_end(&current);
        if count > 0 {
            changes.push(change(
                "hashtags_moved",
                format!("Moved {count} hashtag(s) to the end."),
            ));
            current = moved;
        }
    }
    if let Some(limit) = hashtag_limit(platform, settings) {
        let (trimmed, dropped) = layout::trim_to_limit(&current, limit);
        if dropped > 0 {
            let message = format!(
                "Kept the first {limit} hashtag(s); {dropped} over the limit were removed."
            );
            changes.push(change("hashtags_trimmed", message));
            current = trimmed;
        }
    }
    let limit = text_limit(platform, settings);
    let fits = |pieces: &[&str]| fits_spec(spec, limit, pieces);
    if fits(&[&current]) {
        return Formatted {
            parts: vec![current],
            changes,
        };
    }
    // A thread drops nothing, so links may stay where they are; a shortened text keeps them.
    if let Some(kept) = Kept::split(spec, &current, keep, !spec.supports_threads) {
        // Many long links can be more than the limit on their own: then only the segments
        // asked for are kept, and the links are the body's like any other words.
        let kept = match Kept::split(spec, &current, keep, false) {
            Some(own) if !fits(&[&kept.tail(false)]) => Some(own),
            None if !fits(&[&kept.tail(false)]) => None,
            _ => Some(kept),
        };
        if let Some(kept) = kept {
            return fit_keeping(spec, limit, kept, &fits, changes);
        }
    }
    if spec.supports_threads {
        let parts = thread(&current, &breaks(&current, &protected(&current)), &fits);
        if parts.len() > 1 {
            let message = format!(
                "Split into {} numbered posts that each fit {}.",
                parts.len(),
                spec.display_name
            );
            changes.push(change("split_into_thread", message));
        }
        return Formatted { parts, changes };
    }
    let (short, level) = shorten_keeping_tags(spec, &current, &fits);
    if short != current {
        let how = match level {
            Level::Paragraph | Level::Sentence => "dropping whole sentences at the end",
            Level::Clause => "cutting the first sentence after a clause",
            Level::Word => "cutting after a word",
        };
        changes.push(change(
            "shortened",
            format!("Shortened to fit {limit} by {how}."),
        ));
    }
    Formatted {
        parts: vec![short],
        changes,
    }
}

/// Whether pieces joined fit the limit (and the byte ceiling where the platform has one).
pub(crate) fn fits_spec(spec: &PlatformSpec, limit: usize, pieces: &[&str]) -> bool {
    let length: usize = pieces.iter().map(|p| count_with(spec.counting, p)).sum();
    let bytes: usize = pieces.iter().map(|p| p.len()).sum();
    length <= limit && spec.max_utf8_bytes.is_none_or(|max| bytes <= max)
}

/// Links, hashtags and mentions: spans a break must never fall inside, sorted and merged.
pub(crate) fn protected(text: &str) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = find_urls(text, true)
        .chain(hashtags(text))
        .chain(mentions(text))
        .collect();
    spans.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Shortens the body and keeps the closing hashtag block when the platform puts tags there and
/// the shortened body still leaves room for it.
fn shorten_keeping_tags(spec: &PlatformSpec, text: &str, fits: &Fits) -> (String, Level) {
    if spec.hashtags_at_end
        && let Some(start) = layout::closing_block_start(text)
    {
        let body = &text[..start - 2];
        let tail = &text[start - 2..];
        let with_tail = |pieces: &[&str]| {
            let mut all = pieces.to_vec();
            all.push(tail);
            fits(&all)
        };
        let (short, level) = shorten(body, &breaks(body, &protected(body)), &with_tail, true);
        if with_tail(&[&short]) {
            return (format!("{short}{tail}"), level);
        }
    }
    shorten(text, &breaks(text, &protected(text)), fits, true)
}

/// A text that is too long, taken apart: the body that may be shortened or split, the
/// segments that must be published verbatim (in text order), and the closing hashtag block.
struct Kept {
    body: String,
    segments: Vec<String>,
    tags: Option<String>,
}

impl Kept {
    /// `None` when nothing in `text` needs keeping (no protected segment found, nor a link
    /// when `links`).
    fn split(spec: &PlatformSpec, text: &str, protected: &[&str], links: bool) -> Option<Kept> {
        let (main, tags) = match layout::closing_block_start(text) {
            Some(start) => (&text[..start - 2], Some(text[start..].to_owned())),
            None => (text, None),
        };
        let mut ranges: Vec<Range<usize>> = if links {
            find_urls(main, true)
                .map(|r| call_to_action_start(main, r.start)..r.end)
                .collect()
        } else {
            Vec::new()
        };
        for segment in protected.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
            if let Some(at) = main.find(segment) {
                ranges.push(at..at + segment.len());
            }
        }
        if ranges.is_empty() {
            return None;
        }
        ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        let mut body = String::with_capacity(main.len());
        let mut at = 0;
        for r in &merged {
            body.push_str(&main[at..r.start]);
            body.push(' ');
            at = r.end;
        }
        body.push_str(&main[at..]);
        let mut body = tidy_gaps(&body);
        let mut tags = tags;
        // Taking a link out can leave tags trailing a finished sentence: they join the
        // closing block, as the formatter would put them, so formatting again changes nothing.
        if spec.hashtags_at_end {
            let joined = match &tags {
                Some(t) => format!("{body}\n\n{t}"),
                None => body.clone(),
            };
            let (moved, count) = layout::move_to_end(&joined);
            if count > 0
                && let Some(start) = layout::closing_block_start(&moved)
            {
                body = moved[..start - 2].to_owned();
                tags = Some(moved[start..].to_owned());
            }
        }
        Some(Kept {
            body,
            segments: merged.iter().map(|r| main[r.clone()].to_owned()).collect(),
            tags,
        })
    }

    /// The segments and, when `with_tags`, the hashtag block: what follows the body.
    fn tail(&self, with_tags: bool) -> String {
        let mut tail = self.segments.join(" ");
        if let Some(tags) = self.tags.as_ref().filter(|_| with_tags) {
            tail.push_str("\n\n");
            tail.push_str(tags);
        }
        tail
    }
}

/// Where the call to action that introduces a link starts: the words before it in the same
/// sentence ("Book a free check: https://…"), when they are few; else the link itself.
fn call_to_action_start(text: &str, link: usize) -> usize {
    const MAX_LEAD: usize = 80;
    let before = &text[..link];
    // The last sentence end: a stop followed by whitespace, or a line break.
    let mut start = 0;
    let mut next: Option<char> = None;
    for (i, c) in before.char_indices().rev() {
        if c == '\n'
            || (matches!(c, '.' | '!' | '?' | '…') && next.is_some_and(char::is_whitespace))
        {
            start = i + c.len_utf8();
            break;
        }
        next = Some(c);
    }
    let lead = before[start..].trim_start();
    let linkish = lead.contains(['/', '@', '#']) || lead.contains("www.");
    if lead.is_empty() || lead.len() > MAX_LEAD || linkish {
        return link;
    }
    link - lead.len()
}

/// Spaces left where segments were taken out: no doubled spaces, no space before punctuation,
/// no dangling "at" or ":" before a removed link is worth guessing at, so only whitespace is
/// tidied.
fn tidy_gaps(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let mut out = String::with_capacity(line.len());
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let glued = word.starts_with(['.', ',', '!', '?', ';', ':', ')']);
            if !out.is_empty() && !glued {
                out.push(' ');
            }
            out.push_str(word);
        }
        lines.push(out);
    }
    let joined = lines.join("\n");
    let mut text = joined.trim().to_owned();
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text
}

/// Fits a text whose protected segments were taken out: shortens or splits the body only.
fn fit_keeping(
    spec: &PlatformSpec,
    limit: usize,
    kept: Kept,
    fits: &Fits,
    mut changes: Vec<Change>,
) -> Formatted {
    let join = |body: &str, tail: &str| {
        if body.is_empty() {
            tail.to_owned()
        } else {
            format!("{body} {tail}")
        }
    };
    if spec.supports_threads {
        let tail = kept.tail(true);
        let text = join(&kept.body, &tail);
        let body_end = text.len() - tail.len();
        let mut spans = protected(&text[..body_end]);
        spans.push(body_end..text.len());
        let cuts: Vec<_> = breaks(&text, &spans)
            .into_iter()
            .filter(|b| b.end < body_end || b.end == text.len())
            .collect();
        let parts = thread(&text, &cuts, fits);
        if parts.len() > 1 {
            let message = format!(
                "Split into {} numbered posts that each fit {}; the last one keeps the link, \
                 call to action and required statements.",
                parts.len(),
                spec.display_name
            );
            changes.push(change("split_into_thread", message));
        }
        return Formatted { parts, changes };
    }
    for with_tags in [true, false] {
        let tail = kept.tail(with_tags);
        let sep_tail = format!(" {tail}");
        if !fits(&[&tail]) {
            continue;
        }
        let with_tail = |pieces: &[&str]| {
            let mut all = pieces.to_vec();
            all.push(&sep_tail);
            fits(&all)
        };
        let body = kept.body.as_str();
        let short = if body.is_empty() || !with_tail(&[""]) {
            String::new()
        } else if with_tail(&[body]) {
            body.to_owned()
        } else {
            let (short, _) = shorten(body, &breaks(body, &protected(body)), &with_tail, true);
            if with_tail(&[&short]) {
                short
            } else {
                String::new()
            }
        };
        let how = if with_tags {
            "shortening the text"
        } else {
            "shortening the text and dropping the hashtags"
        };
        changes.push(change(
            "shortened",
            format!(
                "Shortened to fit {limit} by {how}; the link, call to action and required \
                 statements are kept."
            ),
        ));
        return Formatted {
            parts: vec![join(&short, &tail)],
            changes,
        };
    }
    // The protected segments alone are over the limit: they are published whole, and the
    // validator says by how much.
    changes.push(change(
        "shortened",
        format!(
            "Only the link, call to action and required statements are left, and they are \
             still over {limit}."
        ),
    ));
    Formatted {
        parts: vec![kept.tail(false)],
        changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(p: Platform, text: &str) -> usize {
        crate::count::count(p, text, &RuleSettings::default())
    }

    const DISCLAIMER: &str = "Rebates depend on your utility and are not guaranteed.";
    const CTA: &str = "Book a free roof check: https://example.com/roof";

    fn long_post() -> String {
        format!(
            "Solar panels cut your power bill. {CTA} Our crews have fitted 4,000 roofs since \
             2009 and every one of them came with a twenty-five year warranty on parts and \
             labour. {} {DISCLAIMER}\n\n#Solar #Sunny",
            "Summer is the best time to start because the days are long. ".repeat(6)
        )
    }

    #[test]
    fn shortening_keeps_the_disclaimer_the_link_and_the_call_to_action() {
        let text = long_post();
        let f = format_with(
            Platform::Instagram,
            &text.repeat(8),
            &RuleSettings::default(),
            &[DISCLAIMER, CTA],
        );
        assert_eq!(f.parts.len(), 1);
        let post = &f.parts[0];
        assert!(post.contains(DISCLAIMER), "{post}");
        assert!(post.contains(CTA), "{post}");
        assert!(post.ends_with("#Solar #Sunny"), "{post}");
        assert!(count(Platform::Instagram, post) <= 2200);
    }

    #[test]
    fn a_link_keeps_the_words_that_introduce_it() {
        let text = format!(
            "{} Book a free roof check: https://example.com/roof {}",
            "Solar is here. ".repeat(100),
            "More words follow here. ".repeat(100)
        );
        let f = format(Platform::Instagram, &text, &RuleSettings::default());
        assert!(
            f.parts[0].contains("Book a free roof check: https://example.com/roof"),
            "{f:?}"
        );
        assert_eq!(call_to_action_start("Hi. Go: https://x.y", 8), 4);
        assert_eq!(call_to_action_start("https://x.y", 0), 0);
    }

    #[test]
    fn format_without_protection_still_keeps_links_when_shortening() {
        let text = format!(
            "{} Read more: https://example.com/long-read",
            "A sentence that goes on. ".repeat(120)
        );
        let f = format(Platform::Instagram, &text, &RuleSettings::default());
        assert!(
            f.parts[0].contains("https://example.com/long-read"),
            "{f:?}"
        );
        assert!(count(Platform::Instagram, &f.parts[0]) <= 2200);
    }

    #[test]
    fn a_thread_keeps_protected_segments_whole_in_its_last_part_with_the_hashtags() {
        let text = long_post();
        let f = format_with(
            Platform::X,
            &text,
            &RuleSettings::default(),
            &[DISCLAIMER, CTA],
        );
        assert!(f.parts.len() > 1, "{f:?}");
        let last = f.parts.last().unwrap();
        assert!(last.contains(DISCLAIMER), "{last}");
        assert!(last.contains(CTA), "{last}");
        assert!(last.contains("#Solar #Sunny"), "{last}");
        for (i, p) in f.parts.iter().enumerate() {
            assert!(count(Platform::X, p) <= 280, "{p}");
            if i + 1 < f.parts.len() {
                assert!(!p.contains("https://"), "{p}");
            }
        }
    }

    #[test]
    fn hashtags_go_before_a_protected_segment_does() {
        // Room for the disclaimer but not for the disclaimer and the tags: the tags go.
        let tags = (0..25)
            .map(|i| format!("#tag{i}word"))
            .collect::<Vec<_>>()
            .join(" ");
        let text = format!("{} {DISCLAIMER}\n\n{tags}", "Words here. ".repeat(200));
        let f = format_with(
            Platform::Instagram,
            &text,
            &RuleSettings {
                instagram_hashtag_limit: 30,
                ..RuleSettings::default()
            },
            &[DISCLAIMER],
        );
        assert!(f.parts[0].contains(DISCLAIMER));
        assert!(count(Platform::Instagram, &f.parts[0]) <= 2200);
    }

    #[test]
    fn fitting_text_is_left_alone_and_absent_segments_are_ignored() {
        let text = "Short and sweet. Book now: https://example.com";
        let f = format_with(
            Platform::X,
            text,
            &RuleSettings::default(),
            &["Not in the text."],
        );
        assert_eq!(f.parts, [text]);
        assert!(f.changes.is_empty());
    }

    #[test]
    fn protected_segments_over_the_limit_are_kept_whole() {
        let huge = "Terms apply. ".repeat(40);
        let text = format!("Hello there. {huge}");
        let f = format_with(
            Platform::Bluesky,
            &text,
            &RuleSettings::default(),
            &[huge.trim()],
        );
        assert!(f.parts.iter().any(|p| p.contains(huge.trim())), "{f:?}");
    }
}
