//! The rules table itself.

use textrules::{
    AdFormat, Platform, RuleSettings, ad_spec, all_specs, hashtag_limit, spec, text_limit,
};

#[test]
fn every_platform_has_its_own_row() {
    for platform in Platform::ALL {
        let row = spec(platform);
        assert_eq!(row.platform, platform);
        assert!(!row.display_name.is_empty());
        assert!(row.text_limit > 0);
        assert!(!row.image_aspect_ratios.is_empty());
    }
    assert_eq!(all_specs().len(), Platform::ALL.len());
    for format in [
        AdFormat::GoogleRsa,
        AdFormat::Meta,
        AdFormat::LinkedinSponsored,
    ] {
        assert_eq!(ad_spec(format).format, format);
    }
}

#[test]
fn headline_figures() {
    let limits: Vec<(Platform, usize)> = Platform::ALL
        .iter()
        .map(|p| (*p, spec(*p).text_limit))
        .collect();
    assert_eq!(
        limits,
        [
            (Platform::X, 280),
            (Platform::LinkedIn, 3000),
            (Platform::Instagram, 2200),
            (Platform::Facebook, 63206),
            (Platform::Threads, 500),
            (Platform::Mastodon, 500),
            (Platform::Bluesky, 300),
            (Platform::TikTok, 2200),
        ]
    );
    let threaded: Vec<Platform> = Platform::ALL
        .into_iter()
        .filter(|p| spec(*p).supports_threads)
        .collect();
    assert_eq!(
        threaded,
        [
            Platform::X,
            Platform::Threads,
            Platform::Mastodon,
            Platform::Bluesky
        ]
    );
}

#[test]
fn settings_override_the_table() {
    let settings = RuleSettings {
        mastodon_char_limit: 11000,
        instagram_hashtag_limit: 5,
    };
    assert_eq!(text_limit(Platform::Mastodon, &settings), 11000);
    assert_eq!(hashtag_limit(Platform::Instagram, &settings), Some(5));
    assert_eq!(text_limit(Platform::X, &settings), 280);
    let defaults = RuleSettings::default();
    assert_eq!(
        (
            defaults.mastodon_char_limit,
            defaults.instagram_hashtag_limit
        ),
        (500, 30)
    );
}

#[test]
fn names_and_serialisation() {
    for platform in Platform::ALL {
        let json = serde_json::to_value(platform).unwrap_or_default();
        assert_eq!(json, platform.as_str());
        assert_eq!(Platform::parse(platform.as_str()), Some(platform));
    }
    assert_eq!(Platform::parse("myspace"), None);
    let table = serde_json::to_value(all_specs()).unwrap_or_default();
    assert_eq!(table[0]["platform"], "x");
    assert_eq!(table[0]["link_counting"]["length"], 23);
    assert_eq!(table[7]["platform"], "tiktok");
    let settings: RuleSettings =
        serde_json::from_str(r#"{"mastodon_char_limit": 1000}"#).unwrap_or_default();
    assert_eq!(
        (
            settings.mastodon_char_limit,
            settings.instagram_hashtag_limit
        ),
        (1000, 30)
    );
}
