//! Length as each platform counts it. No intermediate strings except when X text is not already
//! in NFC, which twitter-text normalises to before weighing.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
use unicode_properties::{EmojiStatus, UnicodeEmoji};
use unicode_segmentation::UnicodeSegmentation;

use crate::entities::{mention_local_part, mentions};
use crate::platform::{Counting, Platform, RuleSettings};
use crate::specs::spec;
use crate::urls::find_urls;

/// twitter-text v3: weights are in hundredths; the listed ranges weigh 100, the rest 200.
const X_SCALE: usize = 100;
const X_DEFAULT_WEIGHT: usize = 200;
const X_LIGHT_RANGES: [(u32, u32); 4] = [(0, 4351), (8192, 8205), (8208, 8223), (8242, 8247)];
const X_URL_LENGTH: usize = 23;
const MASTODON_URL_LENGTH: usize = 23;

/// The length of `text` in the unit `platform` limits (see [`crate::PlatformSpec::counting`]).
/// The settings are taken for symmetry with the other entry points; counting never depends on them.
pub fn count(platform: Platform, text: &str, _settings: &RuleSettings) -> usize {
    count_with(spec(platform).counting, text)
}

pub(crate) fn count_with(counting: Counting, text: &str) -> usize {
    match counting {
        Counting::XWeighted => x_weighted(text),
        Counting::Graphemes => graphemes(text),
        Counting::MastodonGraphemes => mastodon(text),
        Counting::Utf16 => text.chars().map(char::len_utf16).sum(),
        Counting::ThreadsEmojiBytes if text.is_ascii() => text.len(),
        Counting::ThreadsEmojiBytes => text
            .graphemes(true)
            .map(|g| {
                if is_emoji(g) {
                    g.len()
                } else {
                    g.chars().count()
                }
            })
            .sum(),
    }
}

/// Grapheme clusters; ASCII is one per byte except CR LF, which is one cluster.
fn graphemes(text: &str) -> usize {
    if text.is_ascii() {
        text.len() - text.matches("\r\n").count()
    } else {
        text.graphemes(true).count()
    }
}

fn x_weighted(text: &str) -> usize {
    let text: Cow<str> = match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    };
    let mut weight = 0;
    let mut at = 0;
    for url in find_urls(&text, true) {
        weight += x_plain_weight(&text[at..url.start]) + X_URL_LENGTH * X_SCALE;
        at = url.end;
    }
    weight += x_plain_weight(&text[at..]);
    weight / X_SCALE
}

fn x_plain_weight(text: &str) -> usize {
    // ASCII never forms an emoji sequence; weigh it without grapheme segmentation.
    if text.is_ascii() {
        return text.len() * X_SCALE;
    }
    text.graphemes(true)
        .map(|g| {
            if is_emoji(g) {
                X_DEFAULT_WEIGHT
            } else {
                g.chars().map(x_char_weight).sum()
            }
        })
        .sum()
}

fn x_char_weight(c: char) -> usize {
    let code = u32::from(c);
    if X_LIGHT_RANGES
        .iter()
        .any(|&(start, end)| (start..=end).contains(&code))
    {
        X_SCALE
    } else {
        X_DEFAULT_WEIGHT
    }
}

/// Whether a grapheme cluster is an emoji: one drawn as emoji by default, one asked for with
/// VS16 or a keycap, or a ZWJ sequence of emoji.
pub(crate) fn is_emoji(grapheme: &str) -> bool {
    let mut chars = grapheme.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_ascii() && grapheme.len() == 1 {
        return false;
    }
    let presentation = matches!(
        first.emoji_status(),
        EmojiStatus::EmojiPresentation
            | EmojiStatus::EmojiPresentationAndModifierBase
            | EmojiStatus::EmojiPresentationAndEmojiComponent
            | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
    );
    presentation
        || (first.is_emoji_char_or_emoji_component()
            && chars.any(|c| matches!(c, '\u{FE0F}' | '\u{20E3}' | '\u{200D}')))
}

fn mastodon(text: &str) -> usize {
    let mut total = 0;
    let mut at = 0;
    let mut urls = find_urls(text, false).peekable();
    for mention in mentions(text) {
        // A mention inside a link (`https://mastodon.social/@user`) is part of the link.
        while let Some(url) = urls.next_if(|url| url.start < mention.end) {
            if url.start >= at {
                total += graphemes(&text[at..url.start]) + MASTODON_URL_LENGTH;
                at = url.end;
            }
        }
        if mention.start < at {
            continue;
        }
        total += graphemes(&text[at..mention.start]);
        total += graphemes(mention_local_part(&text[mention.clone()]));
        at = mention.end;
    }
    for url in urls {
        if url.start >= at {
            total += graphemes(&text[at..url.start]) + MASTODON_URL_LENGTH;
            at = url.end;
        }
    }
    total + graphemes(&text[at..])
}
