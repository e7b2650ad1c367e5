use url::Url;

use crate::model::LogoKind;
use crate::page::parse_page;

const HOME: &str = r##"<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Acme — Invoicing for small teams</title>
  <meta name="description" content="  Send invoices in
     seconds and get paid faster. ">
  <meta property="og:image" content="/img/og-card.png">
  <link rel="icon" href="/favicon.ico">
  <link rel="apple-touch-icon" href="/apple-touch-icon.png">
  <link rel="mask-icon" href="/safari-pinned.svg" color="#2563eb">
  <link rel="stylesheet" href="/css/site.css">
  <link rel="stylesheet" href="https://fonts.example.net/inter.css">
  <style>.hero { background: #F59E0B }</style>
</head><body>
  <header class="site-header">
    <a href="/" class="brand"><svg viewBox="0 0 10 10" aria-label="Acme"><circle cx="5" cy="5" r="4"/></svg></a>
    <nav>
      <a href="/about">About</a> <a href="/pricing#plans">Pricing</a>
      <a href="https://blog.acme.test/">Blog</a> <a href="/brochure.pdf">Brochure</a>
      <a class="btn btn-primary" href="/signup">Start your free trial</a>
    </nav>
  </header>
  <main>
    <h1>  Invoices,
       done in seconds </h1>
    <h2>Why teams switch</h2><h2>Why teams switch</h2>
    <p style="color: rgb(17, 24, 39)">Trusted by 4,000 companies. <a href="/customers">Read their stories and learn why they chose us over the rest</a></p>
    <a href="/demo">Book a demo</a>
    <button type="submit">Get started</button>
    <img src="/img/partner-logo-globex.png" alt="Globex">
    <img src="/img/screenshot.png" alt="Dashboard">
  </main>
  <footer>
    <a href="https://twitter.com/acme">Twitter</a>
    <a href="https://www.linkedin.com/company/acme/">LinkedIn</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u=acme">Share</a>
    <a rel="me" href="https://mastodon.social/@acme">Mastodon</a>
    <a href="mailto:hello@acme.test">Email us</a>
  </footer>
</body></html>"##;

fn base() -> Url {
    Url::parse("https://www.acme.test/").unwrap()
}

#[test]
fn title_description_and_a_site_name_derived_from_the_title() {
    let facts = parse_page(&base(), HOME);
    assert_eq!(facts.url, "https://www.acme.test/");
    assert_eq!(
        facts.title.as_deref(),
        Some("Acme — Invoicing for small teams")
    );
    assert_eq!(
        facts.description.as_deref(),
        Some("Send invoices in seconds and get paid faster.")
    );
    assert_eq!(facts.site_name.as_deref(), Some("Acme"));
}

#[test]
fn og_site_name_and_application_name_beat_the_title() {
    let html = r#"<title>Home | Globex</title><meta name="application-name" content="Globex App">"#;
    assert_eq!(
        parse_page(&base(), html).site_name.as_deref(),
        Some("Globex App")
    );
    let html = r#"<meta property="og:site_name" content="Globex"><meta name="application-name" content="X">"#;
    assert_eq!(
        parse_page(&base(), html).site_name.as_deref(),
        Some("Globex")
    );
    // The part of the title that names the host wins over the first part.
    let globex = Url::parse("https://globex.test/").unwrap();
    let html = "<title>Home | Globex Corp</title>";
    assert_eq!(
        parse_page(&globex, html).site_name.as_deref(),
        Some("Globex Corp")
    );
}

#[test]
fn headlines_are_trimmed_and_deduplicated() {
    let facts = parse_page(&base(), HOME);
    assert_eq!(
        facts.headlines,
        ["Invoices, done in seconds", "Why teams switch"]
    );
}

#[test]
fn calls_to_action_are_styled_buttons_and_short_imperatives() {
    let facts = parse_page(&base(), HOME);
    assert_eq!(
        facts.calls_to_action,
        ["Start your free trial", "Book a demo", "Get started"]
    );
}

#[test]
fn logo_candidates_are_found_with_their_kind_and_absolute_urls() {
    let facts = parse_page(&base(), HOME);
    let logos: Vec<(&str, LogoKind)> = facts
        .logos
        .iter()
        .map(|l| (l.url.as_str(), l.kind))
        .collect();
    assert_eq!(logos.len(), 6, "{logos:?}");
    assert!(
        logos[0]
            .0
            .starts_with("data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22"),
        "a standalone SVG needs its namespace: {logos:?}"
    );
    assert_eq!(logos[0].1, LogoKind::Header);
    assert_eq!(
        logos[1],
        (
            "https://www.acme.test/img/partner-logo-globex.png",
            LogoKind::Header
        )
    );
    assert_eq!(
        logos[2],
        ("https://www.acme.test/favicon.ico", LogoKind::Favicon)
    );
    assert_eq!(
        logos[3],
        (
            "https://www.acme.test/apple-touch-icon.png",
            LogoKind::AppleTouchIcon
        )
    );
    assert_eq!(
        logos[4],
        ("https://www.acme.test/safari-pinned.svg", LogoKind::Favicon)
    );
    assert_eq!(
        logos[5],
        ("https://www.acme.test/img/og-card.png", LogoKind::OgImage)
    );
}

#[test]
fn header_images_count_as_logos_but_body_images_do_not() {
    let html = r#"<header><img src="/brand.png"></header><main><img src="/photo.jpg"></main>"#;
    let facts = parse_page(&base(), html);
    let urls: Vec<&str> = facts.logos.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["https://www.acme.test/brand.png"]);
}

#[test]
fn social_profiles_include_rel_me_but_not_share_links() {
    let facts = parse_page(&base(), HOME);
    assert_eq!(
        facts.social_links,
        [
            "https://twitter.com/acme",
            "https://www.linkedin.com/company/acme/",
            "https://mastodon.social/@acme",
        ]
    );
}

#[test]
fn stylesheets_and_inline_css_are_collected() {
    let facts = parse_page(&base(), HOME);
    assert_eq!(
        facts.stylesheets,
        [
            "https://www.acme.test/css/site.css",
            "https://fonts.example.net/inter.css"
        ]
    );
    assert_eq!(
        facts.inline_css,
        [".hero { background: #F59E0B }", "color: rgb(17, 24, 39)"]
    );
}

#[test]
fn same_site_links_are_absolute_without_fragments_files_or_other_hosts() {
    let facts = parse_page(&base(), HOME);
    assert_eq!(
        facts.same_site_links,
        [
            "https://www.acme.test/about",
            "https://www.acme.test/pricing",
            "https://www.acme.test/signup",
            "https://www.acme.test/customers",
            "https://www.acme.test/demo",
        ]
    );
}

#[test]
fn garbage_and_empty_input_give_empty_facts() {
    for html in ["", "<<<>>>", "<html><head><title></title></head>"] {
        let facts = parse_page(&base(), html);
        assert!(facts.title.is_none() && facts.headlines.is_empty() && facts.logos.is_empty());
    }
}
