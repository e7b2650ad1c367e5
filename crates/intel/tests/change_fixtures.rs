//! Change detection on realistic pages: noise never triggers, a price edit leads.

use intel::{ChangeKind, compare, snapshot};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

#[test]
fn republished_home_page_with_only_noise_is_unchanged() {
    let html = fixture("saas_home.html");
    let noisy = html
        .replace("Updated 3 hours ago", "Updated 2 days ago")
        .replace("© 2025", "© 2026")
        .replace("main-3f9a1c2b7e6d5a40.js", "main-77aa00ffee112233.js")
        .replace("G-7QX2K9ZT3B", "G-AAAA1111BB")
        .replace(
            "?utm_source=site",
            "?utm_source=newsletter&utm_campaign=nov",
        );
    let before = snapshot("https://northwind.io/", &html, &[]);
    let after = snapshot("https://northwind.io/", &noisy, &[]);
    assert_ne!(
        before.footer_text, after.footer_text,
        "the raw footer differs"
    );
    assert_eq!(compare(&before, &after), None);
}

#[test]
fn pro_price_increase_on_the_pricing_page() {
    let html = fixture("pricing_cards.html");
    let raised = html.replace(
        r#"<span class="amount">$29</span>"#,
        r#"<span class="amount">$39</span>"#,
    );
    let before = snapshot("https://northwind.io/pricing", &html, &[]);
    let after = snapshot("https://northwind.io/pricing", &raised, &[]);
    let change = compare(&before, &after).expect("the price change is detected");
    assert_eq!(change.kind, ChangeKind::Pricing);
    assert!(
        change
            .summary
            .starts_with("Pro plan price changed from $29/month to $39/month"),
        "{}",
        change.summary
    );
    assert!(change.significance >= 0.99);
}

#[test]
fn new_hero_headline_on_the_home_page() {
    let html = fixture("saas_home.html");
    let edited = html.replace(
        "<h1>Customer feedback, organised</h1>",
        "<h1>Build what customers pay for</h1>",
    );
    let change = compare(
        &snapshot("https://northwind.io/", &html, &[]),
        &snapshot("https://northwind.io/", &edited, &[]),
    )
    .expect("the headline change is detected");
    assert_eq!(change.kind, ChangeKind::Headline);
    assert!(
        change.significance >= 0.7 && change.significance < 1.0,
        "{}",
        change.significance
    );
    assert!(change.fields.iter().any(|f| f.kind == ChangeKind::Content));
}
