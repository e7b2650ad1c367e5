//! The validator reports every rule of the table, located in the text.

use textrules::{Platform, RuleSettings, Severity, Violation, validate};

fn check(platform: Platform, parts: &[&str]) -> Vec<Violation> {
    let parts: Vec<String> = parts.iter().map(|p| (*p).to_owned()).collect();
    validate(platform, &parts, &RuleSettings::default())
}

fn codes(found: &[Violation]) -> Vec<&'static str> {
    found.iter().map(|v| v.code).collect()
}

#[test]
fn valid_posts_have_no_violations() {
    for platform in Platform::ALL {
        assert!(
            check(platform, &["Hello from Brandium 👋 https://example.com"]).is_empty(),
            "{platform:?}"
        );
    }
}

#[test]
fn empty_posts_and_publications() {
    assert_eq!(
        codes(&validate(Platform::X, &[], &RuleSettings::default())),
        ["empty"]
    );
    let found = check(Platform::Bluesky, &["ok", "  "]);
    assert_eq!(codes(&found), ["empty"]);
    assert_eq!(found[0].part, 1);
}

#[test]
fn too_long_points_at_the_overflow_for_every_platform() {
    for platform in Platform::ALL {
        let limit = textrules::text_limit(platform, &RuleSettings::default());
        let text = "é".repeat(limit + 5);
        let found = check(platform, &[&text]);
        let v = found
            .iter()
            .find(|v| v.code == "too_long")
            .expect("too_long reported");
        assert_eq!(v.severity, Severity::Error);
        assert_eq!(v.limit, Some(limit));
        assert!(v.actual.is_some_and(|a| a > limit));
        assert!(
            text.is_char_boundary(v.start) && v.end == text.len(),
            "{platform:?}"
        );
        // Everything before `start` fits.
        let head = &text[..v.start];
        assert!(textrules::count(platform, head, &RuleSettings::default()) <= limit);
    }
}

#[test]
fn x_limit_is_weighted() {
    assert!(check(Platform::X, &[&"日".repeat(140)]).is_empty());
    let found = check(Platform::X, &[&"日".repeat(141)]);
    assert_eq!(codes(&found), ["too_long"]);
    assert_eq!(found[0].actual, Some(282));
    assert_eq!(found[0].start, "日".len() * 140);
}

#[test]
fn mastodon_limit_comes_from_settings() {
    let text = ["word"; 150].join(" ");
    assert_eq!(codes(&check(Platform::Mastodon, &[&text])), ["too_long"]);
    let roomy = RuleSettings {
        mastodon_char_limit: 1000,
        ..RuleSettings::default()
    };
    assert!(validate(Platform::Mastodon, &[text], &roomy).is_empty());
}

#[test]
fn hashtag_limits_locate_the_excess() {
    let tags: Vec<String> = (1..=32).map(|i| format!("#t{i}a")).collect();
    let text = tags.join(" ");
    let found = check(Platform::Instagram, &[&text]);
    assert_eq!(codes(&found), ["too_many_hashtags"]);
    assert_eq!(&text[found[0].start..found[0].start + 5], "#t31a");
    assert_eq!((found[0].limit, found[0].actual), (Some(30), Some(32)));
    let five = RuleSettings {
        instagram_hashtag_limit: 5,
        ..RuleSettings::default()
    };
    let found = validate(Platform::Instagram, &[text], &five);
    assert_eq!(found[0].limit, Some(5));
    assert_eq!(
        codes(&check(Platform::Threads, &["#one #two"])),
        ["too_many_hashtags"]
    );
}

#[test]
fn bluesky_tags_have_a_length_limit_and_posts_a_byte_ceiling() {
    let long_tag = format!("#{}", "a".repeat(65));
    let found = check(Platform::Bluesky, &[&format!("hi {long_tag}")]);
    assert_eq!(codes(&found), ["hashtag_too_long"]);
    assert_eq!((found[0].start, found[0].end), (3, 3 + long_tag.len()));
    // 150 family emoji: 150 graphemes but 3750 bytes.
    let heavy = "👨‍👩‍👧‍👦".repeat(150);
    assert_eq!(
        codes(&check(Platform::Bluesky, &[&heavy])),
        ["too_many_bytes"]
    );
}

#[test]
fn mention_and_link_limits() {
    let ats: Vec<String> = (0..21).map(|i| format!("@user{i}")).collect();
    assert_eq!(
        codes(&check(Platform::Instagram, &[&ats.join(" ")])),
        ["too_many_mentions"]
    );
    let links: Vec<String> = (0..6).map(|i| format!("https://example.com/{i}")).collect();
    assert_eq!(
        codes(&check(Platform::Threads, &[&links.join(" ")])),
        ["too_many_links"]
    );
    // Threads counts each distinct link once.
    let same = ["https://example.com/a"; 6].join(" ");
    assert!(check(Platform::Threads, &[&same]).is_empty());
    let x_links: Vec<String> = (0..11).map(|i| format!("ex{i}.com")).collect();
    assert_eq!(
        codes(&check(Platform::X, &[&x_links.join(" ")])),
        ["too_many_links"]
    );
}

#[test]
fn parts_on_platforms_without_threads() {
    let found = check(Platform::LinkedIn, &["one", "two"]);
    assert_eq!(codes(&found), ["too_many_parts"]);
    assert_eq!(found[0].part, 1);
    assert!(check(Platform::X, &["one", "two"]).is_empty());
}

#[test]
fn line_break_runs() {
    let found = check(Platform::Instagram, &["a\n\n\n\nb"]);
    assert_eq!(codes(&found), ["too_many_line_breaks"]);
    assert_eq!(
        (found[0].start, found[0].end, found[0].actual),
        (1, 5, Some(4))
    );
    assert!(check(Platform::X, &["a\n\n\n\nb"]).is_empty());
}

#[test]
fn violations_serialise_with_stable_codes() {
    let found = check(Platform::LinkedIn, &["one", "two"]);
    let json = serde_json::to_value(&found).unwrap_or_default();
    assert_eq!(json[0]["code"], "too_many_parts");
    assert_eq!(json[0]["severity"], "error");
    assert!(json[0].get("field").is_none());
}
