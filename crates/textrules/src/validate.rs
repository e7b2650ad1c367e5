//! The post validator: every rule of the platform table, located in the text.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::count::count_with;
use crate::entities::{hashtags, mentions};
use crate::format::fits_spec;
use crate::platform::{LinkCounting, Platform, RuleSettings};
use crate::specs::{hashtag_limit, spec, text_limit};
use crate::tidy::long_line_break_runs;
use crate::urls::find_urls;
use crate::violation::Violation;

/// Checks the posts of one publication (a thread when there are several) against `platform`.
pub fn validate(platform: Platform, parts: &[String], settings: &RuleSettings) -> Vec<Violation> {
    let spec = spec(platform);
    let name = spec.display_name;
    let mut found = Vec::new();
    if parts.is_empty() {
        found.push(Violation::error(
            "empty",
            "There is nothing to publish.".into(),
            0,
            (0, 0),
        ));
        return found;
    }
    if !spec.supports_threads && parts.len() > 1 {
        let message = format!(
            "{name} has no threads; publish one post instead of {}.",
            parts.len()
        );
        found.push(
            Violation::error("too_many_parts", message, 1, (0, parts[1].len()))
                .counts(1, parts.len()),
        );
    }
    let limit = text_limit(platform, settings);
    for (i, part) in parts.iter().enumerate() {
        if part.trim().is_empty() {
            let message = "This post is empty.".to_owned();
            found.push(Violation::error("empty", message, i, (0, part.len())));
            continue;
        }
        let length = count_with(spec.counting, part);
        if length > limit {
            let start = overflow_start(part, &|p| fits_spec(spec, limit, &[p]));
            let message =
                format!("{length} characters as {name} counts them; the limit is {limit}.");
            found.push(
                Violation::error("too_long", message, i, (start, part.len())).counts(limit, length),
            );
        }
        if let Some(max) = spec.max_utf8_bytes
            && part.len() > max
        {
            let start = (0..=max)
                .rev()
                .find(|b| part.is_char_boundary(*b))
                .unwrap_or(0);
            let message = format!("{} bytes; {name} stores at most {max}.", part.len());
            found.push(
                Violation::error("too_many_bytes", message, i, (start, part.len()))
                    .counts(max, part.len()),
            );
        }
        let tags: Vec<Range<usize>> = hashtags(part).collect();
        if let Some(max) = hashtag_limit(platform, settings) {
            over_count(
                &mut found,
                i,
                &tags,
                max,
                "too_many_hashtags",
                "hashtags",
                name,
            );
        }
        if let Some(max) = spec.max_hashtag_length {
            for tag in &tags {
                let len = part[tag.clone()].graphemes(true).count();
                if len > max {
                    let message = format!("This hashtag is {len} characters; {name} allows {max}.");
                    let v = Violation::error("hashtag_too_long", message, i, (tag.start, tag.end));
                    found.push(v.counts(max, len));
                }
            }
        }
        if let Some(max) = spec.max_mentions {
            let ats: Vec<Range<usize>> = mentions(part).collect();
            over_count(
                &mut found,
                i,
                &ats,
                max,
                "too_many_mentions",
                "mentions",
                name,
            );
        }
        if let Some(max) = spec.max_links {
            over_count(
                &mut found,
                i,
                &links(platform, part),
                max,
                "too_many_links",
                "links",
                name,
            );
        }
        if let Some(max) = spec.max_consecutive_line_breaks {
            for (start, end, run) in long_line_break_runs(part, max) {
                let message = format!("{run} line breaks in a row; {name} shows at most {max}.");
                let v = Violation::error("too_many_line_breaks", message, i, (start, end));
                found.push(v.counts(max, run));
            }
        }
    }
    found
}

/// The links a platform counts against its link limit. Threads counts each distinct URL once.
fn links(platform: Platform, part: &str) -> Vec<Range<usize>> {
    let scheme_required = matches!(
        spec(platform).link_counting,
        LinkCounting::Fixed {
            scheme_required: true,
            ..
        }
    );
    let mut found: Vec<Range<usize>> = find_urls(part, !scheme_required).collect();
    if platform == Platform::Threads {
        let mut seen: Vec<&str> = Vec::new();
        found.retain(|r| {
            let url = &part[r.clone()];
            let fresh = !seen.contains(&url);
            seen.push(url);
            fresh
        });
    }
    found
}

fn over_count(
    found: &mut Vec<Violation>,
    part: usize,
    items: &[Range<usize>],
    max: usize,
    code: &'static str,
    what: &str,
    name: &str,
) {
    if items.len() <= max {
        return;
    }
    let span = (items[max].start, items[items.len() - 1].end);
    let message = format!("{} {what}; {name} allows {max}.", items.len());
    found.push(Violation::error(code, message, part, span).counts(max, items.len()));
}

/// The first byte past the longest prefix that fits, on a grapheme boundary and never inside a link.
pub(crate) fn overflow_start(part: &str, fits: &dyn Fn(&str) -> bool) -> usize {
    let bounds: Vec<usize> = part
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([part.len()])
        .collect();
    let fitting = bounds.partition_point(|b| fits(&part[..*b]));
    let start = bounds[fitting.saturating_sub(1)];
    find_urls(part, true)
        .find(|r| r.start < start && start < r.end)
        .map_or(start, |r| r.start)
}
