//! The formatter on each platform: tidying, hashtag layout, threads and shortening.

use textrules::{Formatted, Platform, RuleSettings, count, format, text_limit, validate};

fn fmt(platform: Platform, text: &str) -> Formatted {
    format(platform, text, &RuleSettings::default())
}

fn codes(f: &Formatted) -> Vec<&'static str> {
    f.changes.iter().map(|c| c.code).collect()
}

fn sentences(n: usize, words: &str) -> String {
    (1..=n)
        .map(|i| format!("Sentence {i} says {words}."))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn valid_text_comes_back_unchanged_on_every_platform() {
    let text = "Our spring collection is here 🌸\n\nRead more: https://example.com/spring #fashion";
    for platform in Platform::ALL {
        let f = fmt(platform, text);
        assert_eq!(f.parts, [text], "{platform:?}");
        assert!(f.changes.is_empty(), "{platform:?}: {:?}", f.changes);
    }
}

#[test]
fn whitespace_and_line_breaks_are_tidied() {
    let f = fmt(
        Platform::LinkedIn,
        "  Hello   team \r\n\r\n\r\n\r\nNew   quarter.  ",
    );
    assert_eq!(f.parts, ["Hello team\n\nNew quarter."]);
    assert_eq!(
        codes(&f),
        ["whitespace_normalised", "line_breaks_collapsed"]
    );
    // X shows every line break, so only the spaces are tidied there.
    let x = fmt(Platform::X, "a\n\n\n\nb  c");
    assert_eq!(x.parts, ["a\n\n\n\nb c"]);
    assert_eq!(codes(&x), ["whitespace_normalised"]);
}

#[test]
fn trailing_tag_clusters_move_to_the_end_on_instagram_and_linkedin() {
    let text = "Launch day is here! #launch #startup\n\nWe love #rust and tea.\n#coffee";
    for platform in [Platform::Instagram, Platform::LinkedIn] {
        let f = fmt(platform, text);
        assert_eq!(
            f.parts,
            ["Launch day is here!\n\nWe love #rust and tea.\n\n#launch #startup #coffee"]
        );
        assert_eq!(codes(&f), ["hashtags_moved"]);
        // The moved layout is stable.
        let again = fmt(platform, &f.parts[0]);
        assert_eq!(again.parts, f.parts);
        assert!(again.changes.is_empty());
    }
    // X keeps hashtags where they were written.
    assert_eq!(fmt(Platform::X, text).parts, [text]);
}

#[test]
fn moved_tags_join_an_existing_closing_block_without_duplicates() {
    let f = fmt(
        Platform::Instagram,
        "Fresh beans today. #Coffee\n\n#coffee #morning",
    );
    assert_eq!(f.parts, ["Fresh beans today.\n\n#coffee #morning"]);
}

#[test]
fn hashtags_over_the_limit_are_trimmed_from_the_end() {
    let tags: Vec<String> = (1..=35).map(|i| format!("#tag{i}")).collect();
    let text = format!("New drop.\n\n{}", tags.join(" "));
    let f = fmt(Platform::Instagram, &text);
    assert_eq!(f.parts[0], format!("New drop.\n\n{}", tags[..30].join(" ")));
    assert_eq!(codes(&f), ["hashtags_trimmed"]);
    let five = RuleSettings {
        instagram_hashtag_limit: 5,
        ..RuleSettings::default()
    };
    let f = format(Platform::Instagram, &text, &five);
    assert_eq!(f.parts[0], format!("New drop.\n\n{}", tags[..5].join(" ")));
}

#[test]
fn threads_keeps_one_topic_and_untags_the_rest_inside_prose() {
    let f = fmt(Platform::Threads, "We ship #rust and #go services.");
    assert_eq!(f.parts, ["We ship #rust and go services."]);
    assert_eq!(codes(&f), ["hashtags_trimmed"]);
    // Tags in a cluster after a finished sentence go whole rather than leave stray words.
    let f = fmt(
        Platform::Threads,
        "Read our launch notes. #launch #notes #saas",
    );
    assert_eq!(f.parts, ["Read our launch notes. #launch"]);
}

#[test]
fn long_text_becomes_a_numbered_thread_on_thread_platforms() {
    let text = sentences(30, "something useful about our product launch");
    let settings = RuleSettings::default();
    for platform in [
        Platform::X,
        Platform::Bluesky,
        Platform::Mastodon,
        Platform::Threads,
    ] {
        let f = fmt(platform, &text);
        let total = f.parts.len();
        assert!(total > 1, "{platform:?}");
        assert_eq!(codes(&f), ["split_into_thread"]);
        for (i, part) in f.parts.iter().enumerate() {
            assert!(part.ends_with(&format!(" {}/{total}", i + 1)), "{part}");
            assert!(
                count(platform, part, &settings) <= text_limit(platform, &settings),
                "{platform:?}: {part}"
            );
            // Every part ends a sentence: no sentence was needlessly broken.
            let body = part.rsplit_once(' ').map_or("", |(b, _)| b);
            assert!(body.ends_with('.'), "{platform:?}: {part}");
        }
        assert!(
            validate(platform, &f.parts, &settings).is_empty(),
            "{platform:?}"
        );
    }
}

#[test]
fn mastodon_follows_the_instance_limit() {
    let text = sentences(20, "a sentence of a moderate length");
    assert!(fmt(Platform::Mastodon, &text).parts.len() > 1);
    let roomy = RuleSettings {
        mastodon_char_limit: 5000,
        ..RuleSettings::default()
    };
    let f = format(Platform::Mastodon, &text, &roomy);
    assert_eq!(f.parts, [text]);
}

#[test]
fn non_thread_platforms_drop_whole_trailing_sentences() {
    let first = "A".repeat(1500) + ".";
    let second = "B".repeat(1000) + ".";
    let text = format!("{first} {second}");
    let f = fmt(Platform::Instagram, &text);
    assert_eq!(f.parts, [first]);
    assert_eq!(codes(&f), ["shortened"]);
    assert!(
        f.parts[0].ends_with('.'),
        "no ellipsis when whole sentences fit"
    );
}

#[test]
fn a_clause_cut_ends_with_an_ellipsis() {
    let clause = "word ".repeat(300);
    let text = format!(
        "{}, {} end.",
        clause.trim_end(),
        "more ".repeat(300).trim_end()
    );
    let f = fmt(Platform::LinkedIn, &text);
    assert_eq!(f.parts[0], format!("{}…", clause.trim_end()));
}

#[test]
fn shortening_keeps_the_closing_hashtag_block() {
    let body = sentences(100, "how our team builds calm marketing");
    let text = format!("{body}\n\n#marketing #calm");
    let f = fmt(Platform::TikTok, &text);
    let part = &f.parts[0];
    assert!(part.ends_with(".\n\n#marketing #calm"), "{part}");
    assert!(count(Platform::TikTok, part, &RuleSettings::default()) <= 2200);
}

#[test]
fn a_word_longer_than_the_limit_is_left_whole() {
    let url = format!("https://example.com/{}", "x".repeat(400));
    let text = format!("{url} and a few words after it.");
    let f = fmt(Platform::Bluesky, &text);
    assert_eq!(f.parts[0], format!("{url} 1/2"));
    let found = validate(Platform::Bluesky, &f.parts, &RuleSettings::default());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code, "too_long");
    assert_eq!(found[0].part, 0);
    assert_eq!(
        found[0].start, 0,
        "the violation starts at the link, not inside it"
    );
}

#[test]
fn cjk_text_without_spaces_splits_between_characters() {
    let text = "今日は新製品の発表です。".repeat(20);
    let f = fmt(Platform::X, &text);
    let settings = RuleSettings::default();
    assert!(f.parts.len() > 1);
    for part in &f.parts {
        assert!(count(Platform::X, part, &settings) <= 280);
        let body = part.rsplit_once(' ').map_or("", |(b, _)| b);
        assert!(body.ends_with('。'), "breaks at a sentence end: {part}");
    }
}
