//! The platform rules table. Each figure carries its source; where a platform publishes nothing,
//! the comment says the figure is observed behaviour or a choice of ours.

use serde::Serialize;

use crate::platform::{AspectRatio, Counting, LinkCounting, Platform, RuleSettings};

/// Everything the counter, formatter and validator need to know about one platform.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlatformSpec {
    pub platform: Platform,
    pub display_name: &'static str,
    /// Maximum length in the platform's own unit (see `counting`). For Mastodon this is the stock
    /// default; the effective value comes from [`RuleSettings::mastodon_char_limit`].
    pub text_limit: usize,
    pub counting: Counting,
    pub link_counting: LinkCounting,
    /// `None`: the platform sets no limit. For Instagram the effective value comes from
    /// [`RuleSettings::instagram_hashtag_limit`].
    pub max_hashtags: Option<usize>,
    pub max_mentions: Option<usize>,
    pub max_links: Option<usize>,
    /// Longest hashtag, in grapheme clusters, `#` included.
    pub max_hashtag_length: Option<usize>,
    /// A second, byte-based ceiling some platforms enforce next to the visible one.
    pub max_utf8_bytes: Option<usize>,
    /// Whether a long text can be published as a chain of replies.
    pub supports_threads: bool,
    /// Longest run of line breaks the platform shows as written; `None`: every one is kept.
    pub max_consecutive_line_breaks: Option<usize>,
    /// Whether hashtags conventionally go in a block at the end of the post.
    pub hashtags_at_end: bool,
    pub image_aspect_ratios: &'static [AspectRatio],
}

const fn ratio(label: &'static str, width: f32, height: f32) -> AspectRatio {
    AspectRatio {
        label,
        width,
        height,
    }
}

static SPECS: [PlatformSpec; 8] = [
    PlatformSpec {
        platform: Platform::X,
        display_name: "X",
        // twitter-text v3 config (config/v3.json): maxWeightedTweetLength 280, scale 100,
        // defaultWeight 200, ranges 0-4351 / 8192-8205 / 8208-8223 / 8242-8247 weigh 100.
        text_limit: 280,
        counting: Counting::XWeighted,
        // twitter-text v3 config: transformedURLLength 23; URLs are found with or without scheme.
        link_counting: LinkCounting::Fixed {
            length: 23,
            scheme_required: false,
        },
        // Tweetypie TweetText.scala (twitter/the-algorithm): maxHashtags 50, maxMentions 50, maxUrls 10.
        max_hashtags: Some(50),
        max_mentions: Some(50),
        max_links: Some(10),
        max_hashtag_length: None,
        max_utf8_bytes: None,
        // X help centre, "How to create a thread".
        supports_threads: true,
        // The X apps render every line break as written.
        max_consecutive_line_breaks: None,
        hashtags_at_end: false,
        // X media best practices: 16:9 single image, 1:1 and 4:5 for in-feed cards.
        image_aspect_ratios: &[
            ratio("16:9", 16.0, 9.0),
            ratio("1:1", 1.0, 1.0),
            ratio("4:5", 4.0, 5.0),
        ],
    },
    PlatformSpec {
        platform: Platform::LinkedIn,
        display_name: "LinkedIn",
        // LinkedIn Posts API (Marketing docs): `commentary` holds up to 3000 characters; the web
        // composer measures JavaScript string length, so UTF-16 units.
        text_limit: 3000,
        counting: Counting::Utf16,
        link_counting: LinkCounting::AsWritten,
        // LinkedIn publishes no hashtag or mention limit.
        max_hashtags: None,
        max_mentions: None,
        max_links: None,
        max_hashtag_length: None,
        max_utf8_bytes: None,
        supports_threads: false,
        // Observed: the feed shows at most one empty line between paragraphs.
        max_consecutive_line_breaks: Some(2),
        hashtags_at_end: true,
        // LinkedIn image specs (help centre): 1.91:1 landscape, 1:1 square, 4:5 portrait.
        image_aspect_ratios: &[
            ratio("1.91:1", 1.91, 1.0),
            ratio("1:1", 1.0, 1.0),
            ratio("4:5", 4.0, 5.0),
        ],
    },
    PlatformSpec {
        platform: Platform::Instagram,
        display_name: "Instagram",
        // Instagram Graph API, Content Publishing limitations: captions up to 2200 characters,
        // 30 hashtags and 20 @ tags.
        text_limit: 2200,
        counting: Counting::Utf16,
        // Instagram does not link URLs in captions; they are plain text.
        link_counting: LinkCounting::AsWritten,
        max_hashtags: Some(30),
        max_mentions: Some(20),
        max_links: None,
        max_hashtag_length: None,
        max_utf8_bytes: None,
        supports_threads: false,
        // Observed: the app keeps one empty line and drops longer runs.
        max_consecutive_line_breaks: Some(2),
        hashtags_at_end: true,
        // Graph API: feed images must be between 4:5 and 1.91:1; 9:16 for stories and reels.
        image_aspect_ratios: &[
            ratio("1:1", 1.0, 1.0),
            ratio("4:5", 4.0, 5.0),
            ratio("1.91:1", 1.91, 1.0),
            ratio("9:16", 9.0, 16.0),
        ],
    },
    PlatformSpec {
        platform: Platform::Facebook,
        display_name: "Facebook",
        // 63206 characters is the widely reported post limit; Meta documents no other figure.
        text_limit: 63206,
        counting: Counting::Utf16,
        link_counting: LinkCounting::AsWritten,
        max_hashtags: None,
        max_mentions: None,
        max_links: None,
        max_hashtag_length: None,
        max_utf8_bytes: None,
        supports_threads: false,
        // Observed: as Instagram, one empty line is kept.
        max_consecutive_line_breaks: Some(2),
        hashtags_at_end: false,
        // Meta Business Help, image ad specs: 1:1, 4:5, 1.91:1, 9:16.
        image_aspect_ratios: &[
            ratio("1:1", 1.0, 1.0),
            ratio("4:5", 4.0, 5.0),
            ratio("1.91:1", 1.91, 1.0),
            ratio("9:16", 9.0, 16.0),
        ],
    },
    PlatformSpec {
        platform: Platform::Threads,
        display_name: "Threads",
        // Threads API, Posts: "Text posts are limited to 500 characters. Emojis are counted as
        // the number of UTF-8 bytes."
        text_limit: 500,
        counting: Counting::ThreadsEmojiBytes,
        link_counting: LinkCounting::AsWritten,
        // Threads help centre: one topic (hashtag) per post.
        max_hashtags: Some(1),
        max_mentions: None,
        // Threads API, Text attachments: posts with more than 5 links fail (from 22 December 2025).
        max_links: Some(5),
        // Threads API: a topic tag is at most 50 characters, so 51 with its `#`.
        max_hashtag_length: Some(51),
        max_utf8_bytes: None,
        // Threads API, Reply management: replies to one's own post form a thread.
        supports_threads: true,
        max_consecutive_line_breaks: Some(2),
        hashtags_at_end: false,
        // Threads API, Media specifications: any ratio up to 10:1; 4:5 and 1:1 fill the feed.
        image_aspect_ratios: &[
            ratio("4:5", 4.0, 5.0),
            ratio("1:1", 1.0, 1.0),
            ratio("9:16", 9.0, 16.0),
        ],
    },
    PlatformSpec {
        platform: Platform::Mastodon,
        display_name: "Mastodon",
        // Mastodon StatusLengthValidator: MAX_CHARS 500 by default, set per instance; length is
        // `each_grapheme_cluster.size` after replacing each URL with 23 characters and each
        // `@user@domain` mention with `@user`. Instances publish theirs in
        // /api/v2/instance `configuration.statuses.max_characters` (Mastodon API docs).
        text_limit: 500,
        counting: Counting::MastodonGraphemes,
        link_counting: LinkCounting::Fixed {
            length: 23,
            scheme_required: true,
        },
        max_hashtags: None,
        max_mentions: None,
        max_links: None,
        max_hashtag_length: None,
        max_utf8_bytes: None,
        // Mastodon docs, Posting: a reply to one's own post continues a thread.
        supports_threads: true,
        // Mastodon's formatter makes paragraphs of /\n\n+/, so longer runs render as one break.
        max_consecutive_line_breaks: Some(2),
        hashtags_at_end: false,
        // Mastodon web UI crops single images to 16:9 in timelines; 1:1 and 4:3 fit galleries.
        image_aspect_ratios: &[
            ratio("16:9", 16.0, 9.0),
            ratio("1:1", 1.0, 1.0),
            ratio("4:3", 4.0, 3.0),
        ],
    },
    PlatformSpec {
        platform: Platform::Bluesky,
        display_name: "Bluesky",
        // AT Protocol lexicon app.bsky.feed.post: text maxGraphemes 300, maxLength 3000 (bytes).
        text_limit: 300,
        counting: Counting::Graphemes,
        // The record holds the text as written; links are facets over that text.
        link_counting: LinkCounting::AsWritten,
        max_hashtags: None,
        max_mentions: None,
        max_links: None,
        // Lexicon app.bsky.richtext.facet#tag: maxGraphemes 64 (without `#`), so 65 with it.
        max_hashtag_length: Some(65),
        max_utf8_bytes: Some(3000),
        // Replies to one's own post (app.bsky.feed.post `reply`) form a thread.
        supports_threads: true,
        // The text is stored and rendered verbatim.
        max_consecutive_line_breaks: None,
        hashtags_at_end: false,
        // Lexicon app.bsky.embed.images carries any aspectRatio; the app shows 1:1, 4:5 and
        // 16:9 without cropping.
        image_aspect_ratios: &[
            ratio("1:1", 1.0, 1.0),
            ratio("4:5", 4.0, 5.0),
            ratio("16:9", 16.0, 9.0),
        ],
    },
    PlatformSpec {
        platform: Platform::TikTok,
        display_name: "TikTok",
        // TikTok Content Posting API: video `title` (the caption) at most 2200 UTF-16 runes.
        // Photo posts accept a 4000-rune description in newer docs; we hold every caption to
        // 2200 so a caption stays valid whichever media the post ends up carrying.
        text_limit: 2200,
        counting: Counting::Utf16,
        link_counting: LinkCounting::AsWritten,
        max_hashtags: None,
        max_mentions: None,
        max_links: None,
        max_hashtag_length: None,
        max_utf8_bytes: None,
        supports_threads: false,
        // Observed: captions keep one empty line.
        max_consecutive_line_breaks: Some(2),
        hashtags_at_end: true,
        // TikTok for Business, video specs: 9:16 full screen; 1:1 accepted.
        image_aspect_ratios: &[ratio("9:16", 9.0, 16.0), ratio("1:1", 1.0, 1.0)],
    },
];

/// The rules of one platform.
pub fn spec(platform: Platform) -> &'static PlatformSpec {
    // The table is ordered like the enum's variants; a test holds that in place.
    &SPECS[platform as usize]
}

/// The whole table, in `Platform::ALL` order, for the API to show.
pub fn all_specs() -> &'static [PlatformSpec] {
    &SPECS
}

/// The text limit in force, with per-installation settings applied.
pub fn text_limit(platform: Platform, settings: &RuleSettings) -> usize {
    match platform {
        Platform::Mastodon => settings.mastodon_char_limit,
        _ => spec(platform).text_limit,
    }
}

/// The hashtag limit in force, with per-installation settings applied.
pub fn hashtag_limit(platform: Platform, settings: &RuleSettings) -> Option<usize> {
    match platform {
        Platform::Instagram => Some(settings.instagram_hashtag_limit),
        _ => spec(platform).max_hashtags,
    }
}
