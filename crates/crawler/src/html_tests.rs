use super::*;

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>  Fresh   bread
  daily </title>
  <title>Second</title>
  <meta name="description" content=" Sourdough every morning. ">
  <meta name="Robots" content="NOINDEX, Follow">
  <meta name="googlebot" content="nosnippet">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="refresh" content="5; url=/new">
  <meta property="og:title" content="Bakery">
  <meta property="og:image" content="/og.png">
  <meta name="twitter:card" content="summary">
  <base href="https://www.example.com/shop/">
  <link rel="canonical" href="/shop/bread#top">
  <link rel="alternate" hreflang="EN-gb" href="https://example.com/en-gb/">
  <link rel="alternate" hreflang="x-default" href="/">
  <link rel="shortcut icon" href="/favicon.ico">
  <link rel="stylesheet" href="site.css">
  <script src="/app.js"></script>
  <script>var x = 1;</script>
  <style>body { color: red }</style>
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "Organization"}, {"@type": ["Bakery", "LocalBusiness"], "address": {"@type": "PostalAddress"}}]}
  </script>
  <script type="application/ld+json">{ not json</script>
</head>
<body>
  <h1>Our <em>bread</em></h1>
  <p>Baked fresh<br>every day.</p><p>Come by.</p>
  <a href="about#team">About <b>us</b></a>
  <a href="https://example.com/contact" rel="nofollow ugc">Contact</a>
  <a href="https://other.org/page#x"><img src="/logo.png" alt="Partner logo"></a>
  <a href="mailto:hi@example.com">Mail</a>
  <a href="javascript:void(0)">JS</a>
  <img src="cake.jpg" alt="" width="100" height="50">
  <img src="/no-alt.png">
  <h2>Visit</h2>
  <script>document.write("hidden words")</script>
  <noscript>enable javascript please</noscript>
  <template><p>template words</p></template>
  <center>old</center><font>older</font><center>again</center>
  <form action="http://example.com/post" method="post"></form>
  <form action="/search"></form>
  <iframe src="https://video.example.net/embed/1"></iframe>
</body>
</html>"#;

fn facts(keep_text: bool) -> HtmlFacts {
    let url = Url::parse("https://example.com/shop/index.html").unwrap();
    let site = Site::of(&url).unwrap();
    parse_html(&url, PAGE, &site, keep_text)
}

#[test]
fn head_facts() {
    let f = facts(false);
    assert_eq!(f.lang.as_deref(), Some("en-GB"));
    assert_eq!(f.titles, ["Fresh bread daily", "Second"]);
    assert_eq!(f.meta_descriptions, ["Sourdough every morning."]);
    assert_eq!(f.meta_robots.as_deref(), Some("noindex, follow, nosnippet"));
    assert_eq!(
        f.viewport.as_deref(),
        Some("width=device-width, initial-scale=1")
    );
    assert_eq!(f.charset.as_deref(), Some("utf-8"));
    assert_eq!(f.meta_refresh.as_deref(), Some("5; url=/new"));
    assert_eq!(f.canonicals, ["https://www.example.com/shop/bread"]);
    assert_eq!(
        f.hreflang,
        [
            Hreflang {
                lang: "en-gb".into(),
                href: "https://example.com/en-gb/".into()
            },
            Hreflang {
                lang: "x-default".into(),
                href: "https://www.example.com/".into()
            },
        ]
    );
    assert!(f.has_favicon);
    assert_eq!(
        f.open_graph.get("og:title").map(String::as_str),
        Some("Bakery")
    );
    assert_eq!(
        f.open_graph.get("og:image").map(String::as_str),
        Some("/og.png")
    );
    assert_eq!(
        f.twitter.get("twitter:card").map(String::as_str),
        Some("summary")
    );
    assert_eq!(f.json_ld.len(), 2);
    assert_eq!(
        f.json_ld[0].types,
        ["Organization", "Bakery", "LocalBusiness", "PostalAddress"]
    );
    assert!(f.json_ld[0].error.is_none());
    assert!(f.json_ld[1].error.is_some());
    assert!(f.inline_bytes >= ("var x = 1;".len() + "body { color: red }".len()) as u64);
}

#[test]
fn links_resolve_against_base_without_fragments() {
    let f = facts(false);
    let links: Vec<(&str, &str, bool, bool)> = f
        .links
        .iter()
        .map(|l| (l.href.as_str(), l.text.as_str(), l.internal, l.nofollow))
        .collect();
    assert_eq!(
        links,
        [
            (
                "https://www.example.com/shop/about",
                "About us",
                true,
                false
            ),
            ("https://example.com/contact", "Contact", true, true),
            ("https://other.org/page", "Partner logo", false, false),
        ]
    );
}

#[test]
fn body_facts() {
    let f = facts(false);
    let headings: Vec<(u8, &str)> = f
        .headings
        .iter()
        .map(|h| (h.level, h.text.as_str()))
        .collect();
    assert_eq!(headings, [(1, "Our bread"), (2, "Visit")]);
    assert_eq!(f.images.len(), 3);
    assert_eq!(f.images[1].src, "https://www.example.com/shop/cake.jpg");
    assert_eq!(f.images[1].alt.as_deref(), Some(""));
    assert_eq!(f.images[1].width.as_deref(), Some("100"));
    assert_eq!(f.images[1].height.as_deref(), Some("50"));
    assert_eq!(f.images[2].alt, None);
    assert_eq!(f.insecure_forms, 1);
    assert_eq!(f.obsolete_tags, ["center", "font"]);
    let resources: Vec<(&str, ResourceKind)> = f
        .resources
        .iter()
        .map(|r| (r.url.as_str(), r.kind))
        .collect();
    assert!(resources.contains(&(
        "https://www.example.com/shop/site.css",
        ResourceKind::Stylesheet
    )));
    assert!(resources.contains(&("https://www.example.com/app.js", ResourceKind::Script)));
    assert!(resources.contains(&("https://www.example.com/logo.png", ResourceKind::Image)));
    assert!(resources.contains(&("https://www.example.com/favicon.ico", ResourceKind::Image)));
    assert!(resources.contains(&("https://video.example.net/embed/1", ResourceKind::Other)));
}

#[test]
fn visible_text_excludes_scripts_styles_noscript_and_templates() {
    let f = facts(true);
    let text = f.text.as_deref().unwrap();
    assert!(
        text.starts_with("Our bread Baked fresh every day. Come by. About us Contact"),
        "{text}"
    );
    for hidden in [
        "hidden words",
        "enable javascript",
        "template words",
        "color: red",
        "Fresh bread daily",
    ] {
        assert!(!text.contains(hidden), "{hidden} in {text}");
    }
    assert_eq!(f.word_count as usize, text.split_whitespace().count());
    assert_eq!(f.simhash, simhash(text));
    assert!(facts(false).text.is_none());
}

#[test]
fn kept_text_is_truncated() {
    let url = Url::parse("https://example.com/").unwrap();
    let site = Site::of(&url).unwrap();
    let body = format!("<p>{}</p>", "word ".repeat(10_000));
    let f = parse_html(&url, &body, &site, true);
    assert_eq!(f.text.as_ref().unwrap().chars().count(), MAX_KEPT_TEXT);
    assert_eq!(f.word_count, 10_000);
}

#[test]
fn an_empty_page_has_no_facts() {
    let url = Url::parse("https://example.com/").unwrap();
    let site = Site::of(&url).unwrap();
    let f = parse_html(&url, "", &site, false);
    assert_eq!(f.word_count, 0);
    assert_eq!(f.simhash, 0);
    assert!(f.titles.is_empty() && f.links.is_empty() && f.lang.is_none());
    assert!(!f.has_favicon);
}

#[test]
fn charset_from_http_equiv() {
    let url = Url::parse("https://example.com/").unwrap();
    let site = Site::of(&url).unwrap();
    let body =
        r#"<head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>"#;
    assert_eq!(
        parse_html(&url, body, &site, false).charset.as_deref(),
        Some("ISO-8859-1")
    );
}
