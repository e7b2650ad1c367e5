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
/// follows the rules comes back unchanged, with no changes listed.
pub fn format(platform: Platform, text: &str, settings: &RuleSettings) -> Formatted {
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
