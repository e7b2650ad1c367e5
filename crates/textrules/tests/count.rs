//! Counting the way each platform counts.

use textrules::{Platform, RuleSettings, count};

fn n(platform: Platform, text: &str) -> usize {
    count(platform, text, &RuleSettings::default())
}

#[test]
fn x_weights_follow_twitter_text_v3() {
    assert_eq!(n(Platform::X, "Hello, world!"), 13);
    assert_eq!(n(Platform::X, &"a".repeat(280)), 280);
    // CJK is outside the light ranges: 2 each.
    assert_eq!(n(Platform::X, "こんにちは世界"), 14);
    assert_eq!(n(Platform::X, "你好"), 4);
    // Arabic (U+0600 block) and accented Latin are light.
    assert_eq!(n(Platform::X, "مرحبا بالعالم"), 13);
    assert_eq!(
        n(Platform::X, "Donaudampfschifffahrtsgesellschaftskapitän"),
        42
    );
    // General punctuation: curly quotes and em dash weigh 1, the ellipsis and the euro sign 2.
    assert_eq!(n(Platform::X, "“a”—"), 4);
    assert_eq!(n(Platform::X, "…€"), 4);
}

#[test]
fn x_normalises_to_nfc_before_weighing() {
    // "e" + combining acute composes to one light character.
    assert_eq!(n(Platform::X, "cafe\u{301}"), 4);
    assert_eq!(n(Platform::X, "café"), 4);
}

#[test]
fn x_counts_each_emoji_sequence_as_two() {
    assert_eq!(n(Platform::X, "😀"), 2);
    assert_eq!(n(Platform::X, "👨‍👩‍👧‍👦"), 2, "ZWJ family");
    assert_eq!(n(Platform::X, "🇯🇵🇩🇪"), 4, "two flags");
    assert_eq!(n(Platform::X, "👍🏽"), 2, "skin tone");
    assert_eq!(n(Platform::X, "❤️"), 2, "VS16");
    assert_eq!(n(Platform::X, "1️⃣"), 2, "keycap");
    assert_eq!(n(Platform::X, "🏴󠁧󠁢󠁳󠁣󠁴󠁿"), 2, "tag sequence flag");
    assert_eq!(n(Platform::X, "Go 🚀!"), 6);
}

#[test]
fn x_counts_every_url_as_23_with_or_without_scheme() {
    let long = format!("https://example.com/{}", "a".repeat(100));
    assert_eq!(n(Platform::X, &long), 23);
    assert_eq!(n(Platform::X, "https://t.co"), 23);
    assert_eq!(n(Platform::X, "example.com"), 23);
    assert_eq!(n(Platform::X, "Read example.com/path now"), 5 + 23 + 4);
    assert_eq!(n(Platform::X, "see www.example.co.uk/x, ok"), 4 + 23 + 4);
    // Not links: file names, versions, email addresses count as written.
    assert_eq!(n(Platform::X, "notes.txt"), 9);
    assert_eq!(n(Platform::X, "v1.2.3"), 6);
    assert_eq!(n(Platform::X, "bob@example.com"), 15);
}

#[test]
fn bluesky_counts_graphemes() {
    assert_eq!(n(Platform::Bluesky, "👨‍👩‍👧‍👦🇯🇵"), 2);
    assert_eq!(n(Platform::Bluesky, "cafe\u{301}"), 4);
    assert_eq!(n(Platform::Bluesky, "こんにちは"), 5);
    assert_eq!(
        n(Platform::Bluesky, "https://example.com/long/path"),
        29,
        "links count as written"
    );
    assert_eq!(n(Platform::Bluesky, "नमस्ते"), 3, "Devanagari clusters");
    assert_eq!(n(Platform::Bluesky, "a\r\nb\n"), 4, "CR LF is one cluster");
}

#[test]
fn mastodon_counts_links_as_23_and_mentions_by_username() {
    assert_eq!(
        n(Platform::Mastodon, "@gargron@mastodon.social hi"),
        "@gargron hi".len()
    );
    assert_eq!(n(Platform::Mastodon, "@alice hi"), 9);
    let long = format!("https://example.com/{}", "x".repeat(80));
    assert_eq!(n(Platform::Mastodon, &format!("see {long}")), 4 + 23);
    // Without a scheme Mastodon does not link, so the text counts as written.
    assert_eq!(n(Platform::Mastodon, "example.com"), 11);
    // A profile link stays one link, not a link plus a mention.
    assert_eq!(
        n(Platform::Mastodon, "https://mastodon.social/@gargron"),
        23
    );
    assert_eq!(n(Platform::Mastodon, "👨‍👩‍👧‍👦 ok"), 4);
}

#[test]
fn utf16_platforms_count_code_units() {
    for platform in [
        Platform::LinkedIn,
        Platform::Instagram,
        Platform::Facebook,
        Platform::TikTok,
    ] {
        assert_eq!(n(platform, "abc"), 3, "{platform:?}");
        assert_eq!(n(platform, "😀"), 2, "{platform:?}");
        assert_eq!(n(platform, "日本語"), 3, "{platform:?}");
        assert_eq!(n(platform, "Straße"), 6, "{platform:?}");
        assert_eq!(n(platform, "https://example.com"), 19, "{platform:?}");
    }
}

#[test]
fn threads_counts_emoji_by_utf8_bytes() {
    assert_eq!(n(Platform::Threads, "Hi"), 2);
    assert_eq!(n(Platform::Threads, "😀"), 4);
    assert_eq!(n(Platform::Threads, "Hi 👋"), 7);
    assert_eq!(n(Platform::Threads, "👨‍👩‍👧‍👦"), "👨‍👩‍👧‍👦".len());
    assert_eq!(n(Platform::Threads, "日本語"), 3);
}

#[test]
fn empty_text_counts_zero_everywhere() {
    for platform in Platform::ALL {
        assert_eq!(n(platform, ""), 0, "{platform:?}");
    }
}
