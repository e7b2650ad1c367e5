//! Ad field limits: hard limits, recommendations, value counts and fitting.

use textrules::{
    AdFields, AdFormat, Severity, ad_fields, count_ad_text, fit_ad_field, validate_ad,
};

fn rsa(headlines: &[&str], descriptions: &[&str]) -> AdFields {
    AdFields::new()
        .with("headlines", headlines.iter().copied())
        .with("descriptions", descriptions.iter().copied())
}

#[test]
fn a_complete_rsa_is_valid() {
    let ad = rsa(
        &["Calm marketing", "Plan a week in minutes", "Try it free"],
        &["One place for posts.", "Self-hosted."],
    )
    .with("path1", ["plans"])
    .with("path2", ["team"]);
    assert!(validate_ad(AdFormat::GoogleRsa, &ad).is_empty());
}

#[test]
fn rsa_hard_limits_and_counts() {
    let long = "A headline that is clearly too long";
    let ad = rsa(&["One", long], &["Only one description."]);
    let found = validate_ad(AdFormat::GoogleRsa, &ad);
    let codes: Vec<_> = found
        .iter()
        .map(|v| (v.code, v.field.as_deref().unwrap_or("")))
        .collect();
    assert!(codes.contains(&("too_few_values", "headlines")));
    assert!(codes.contains(&("too_long", "headlines")));
    assert!(codes.contains(&("too_few_values", "descriptions")));
    let too_long = found
        .iter()
        .find(|v| v.code == "too_long")
        .expect("too_long");
    assert_eq!(
        (too_long.part, too_long.start, too_long.limit),
        (1, 30, Some(30))
    );
    assert_eq!(too_long.severity, Severity::Error);
}

#[test]
fn google_counts_double_width_characters_as_two() {
    assert_eq!(count_ad_text(AdFormat::GoogleRsa, "日本語の広告"), 12);
    assert_eq!(
        count_ad_text(AdFormat::GoogleRsa, "Ａ"),
        2,
        "fullwidth Latin"
    );
    assert_eq!(count_ad_text(AdFormat::GoogleRsa, "한국어"), 6);
    assert_eq!(count_ad_text(AdFormat::GoogleRsa, "Straße"), 6);
    assert_eq!(count_ad_text(AdFormat::Meta, "日本語"), 3);
    // 15 CJK characters fill a 30-character headline; 16 do not.
    let ok = rsa(&[&"語".repeat(15), "b", "c"], &["d", "e"]);
    assert!(validate_ad(AdFormat::GoogleRsa, &ok).is_empty());
    let over = rsa(&[&"語".repeat(16), "b", "c"], &["d", "e"]);
    assert_eq!(validate_ad(AdFormat::GoogleRsa, &over)[0].code, "too_long");
}

#[test]
fn rsa_value_counts_paths_and_unknown_fields() {
    let many: Vec<String> = (0..16).map(|i| format!("Headline {i}")).collect();
    let ad = AdFields::new()
        .with("headlines", many)
        .with("descriptions", ["a", "b"])
        .with("path2", ["team"])
        .with("tagline", ["x"]);
    let codes: Vec<_> = validate_ad(AdFormat::GoogleRsa, &ad)
        .iter()
        .map(|v| v.code)
        .collect();
    assert_eq!(
        codes,
        ["unknown_field", "too_many_values", "missing_required_field"]
    );
}

#[test]
fn meta_lengths_are_recommendations() {
    let primary = "word ".repeat(40);
    let ad = AdFields::new()
        .with("primary_text", [primary.trim_end()])
        .with("headline", ["Short"]);
    let found = validate_ad(AdFormat::Meta, &ad);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].code, found[0].severity),
        ("over_recommended_length", Severity::Warning)
    );
    assert_eq!(found[0].limit, Some(125));
}

#[test]
fn linkedin_has_both_kinds_of_limit() {
    let warn = AdFields::new().with("introductory_text", ["x".repeat(200)]);
    let found = validate_ad(AdFormat::LinkedinSponsored, &warn);
    assert_eq!(
        (found[0].code, found[0].severity),
        ("over_recommended_length", Severity::Warning)
    );
    let error = AdFields::new().with("introductory_text", ["x".repeat(601)]);
    let found = validate_ad(AdFormat::LinkedinSponsored, &error);
    assert_eq!(
        (found.len(), found[0].code, found[0].limit),
        (1, "too_long", Some(600))
    );
    let headline = ad_fields(AdFormat::LinkedinSponsored)
        .iter()
        .find(|f| f.name == "headline");
    assert_eq!(
        headline.map(|f| (f.hard_limit, f.recommended_limit)),
        Some((Some(200), Some(70)))
    );
}

#[test]
fn fitting_shortens_by_meaning_without_cutting_words() {
    let fitted = fit_ad_field(
        AdFormat::GoogleRsa,
        "headlines",
        "Plan your week. Publish everywhere at once",
    );
    assert_eq!(fitted, "Plan your week.");
    let fitted = fit_ad_field(
        AdFormat::GoogleRsa,
        "headlines",
        "Marketing that runs itself, quietly and well",
    );
    assert_eq!(fitted, "Marketing that runs itself");
    let fitted = fit_ad_field(AdFormat::GoogleRsa, "path1", "spring-collection-2025");
    assert_eq!(
        fitted, "spring-collection-2025",
        "a single word is never cut"
    );
    let fitted = fit_ad_field(AdFormat::GoogleRsa, "descriptions", "Short and\nsweet.");
    assert_eq!(
        fitted, "Short and sweet.",
        "single-line fields lose line breaks"
    );
    let fitted = fit_ad_field(
        AdFormat::GoogleRsa,
        "headlines",
        "日本語の広告文です。とても長い説明がここに続きます。",
    );
    assert!(
        count_ad_text(AdFormat::GoogleRsa, &fitted) <= 30,
        "{fitted}"
    );
    assert_eq!(fitted, "日本語の広告文です。");
}

#[test]
fn fitting_meta_uses_the_recommended_length() {
    let text = "First sentence is short. ".repeat(10);
    let fitted = fit_ad_field(AdFormat::Meta, "primary_text", &text);
    assert!(fitted.chars().count() <= 125);
    assert!(fitted.ends_with('.'));
    assert_eq!(fit_ad_field(AdFormat::Meta, "unknown", "  a  b "), "a b");
}

#[test]
fn fitting_keeps_a_required_statement_whole() {
    use textrules::fit_ad_field_keeping;
    let disclaimer = "Terms apply.";
    let text = format!(
        "Cut your power bill with solar panels fitted in a day. Our crews have done 4,000 roofs since 2009 across the valley. {disclaimer}"
    );
    let plain = textrules::fit_ad_field(AdFormat::Meta, "primary_text", &text);
    assert!(!plain.contains(disclaimer), "{plain}");
    let kept = fit_ad_field_keeping(AdFormat::Meta, "primary_text", &text, &[disclaimer]);
    assert!(kept.ends_with(disclaimer), "{kept}");
    assert!(kept.chars().count() <= 125, "{kept}");
    assert!(kept.starts_with("Cut your power bill"), "{kept}");
    // Fitting text is left alone.
    let short = format!("Solar in a day. {disclaimer}");
    assert_eq!(
        fit_ad_field_keeping(AdFormat::Meta, "primary_text", &short, &[disclaimer]),
        short
    );
}
