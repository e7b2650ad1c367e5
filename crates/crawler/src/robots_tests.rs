use super::*;

const UA: &str = "Brandium/0.1 (+https://brandium.local)";

fn robots(txt: &str) -> Robots {
    Robots::parse(txt.as_bytes(), UA)
}

fn allowed(txt: &str, path: &str) -> bool {
    robots(txt).is_allowed_path(path)
}

/// One rule for every agent, checked against paths that must and must not match it.
fn check_pattern(pattern: &str, matching: &[&str], not_matching: &[&str]) {
    let txt = format!("User-agent: *\nDisallow: {pattern}\n");
    for path in matching {
        assert!(!allowed(&txt, path), "{pattern} should match {path}");
    }
    for path in not_matching {
        assert!(allowed(&txt, path), "{pattern} should not match {path}");
    }
}

#[test]
fn rfc_prefix_patterns_fish() {
    let fish = [
        "/fish",
        "/fish.html",
        "/fish/salmon.html",
        "/fishheads",
        "/fishheads/yummy.html",
        "/fish.php?id=anything",
    ];
    let not_fish = ["/Fish.asp", "/catfish", "/?id=fish", "/desert/fish"];
    check_pattern("/fish", &fish, &not_fish);
    // A trailing `*` changes nothing.
    check_pattern("/fish*", &fish, &not_fish);
}

#[test]
fn rfc_path_with_trailing_slash() {
    check_pattern(
        "/fish/",
        &["/fish/", "/fish/?id=anything", "/fish/salmon.htm"],
        &["/fish", "/fish.html", "/animals/fish/", "/Fish/Salmon.asp"],
    );
    check_pattern("/path", &["/path", "/path/", "/path/x"], &["/pat"]);
    check_pattern("/path/", &["/path/"], &["/path"]);
}

#[test]
fn rfc_wildcards_and_end_anchor() {
    check_pattern(
        "/*.php",
        &[
            "/index.php",
            "/filename.php",
            "/folder/filename.php",
            "/folder/filename.php?parameters",
            "/folder/any.php.file.html",
            "/filename.php/",
        ],
        &["/", "/windows.PHP"],
    );
    check_pattern(
        "/*.php$",
        &["/filename.php", "/folder/filename.php"],
        &[
            "/filename.php?parameters",
            "/filename.php/",
            "/filename.php5",
            "/windows.PHP",
        ],
    );
    check_pattern("*.php$", &["/a/b.php"], &["/a/b.php?x"]);
    check_pattern(
        "/fish*.php",
        &["/fish.php", "/fishheads/catfish.php?parameters"],
        &["/Fish.PHP"],
    );
    check_pattern("/$", &["/"], &["/page"]);
    check_pattern("/a*b*c$", &["/abc", "/a-b-c", "/ab/bc"], &["/abcd", "/ac"]);
}

#[test]
fn longest_match_wins_and_allow_wins_ties() {
    assert!(allowed("User-agent: *\nAllow: /p\nDisallow: /", "/page"));
    assert!(allowed(
        "User-agent: *\nAllow: /folder\nDisallow: /folder",
        "/folder/page"
    ));
    assert!(allowed(
        "User-agent: *\nDisallow: /folder\nAllow: /folder",
        "/folder/page"
    ));
    assert!(!allowed(
        "User-agent: *\nAllow: /page\nDisallow: /*.htm",
        "/page.htm"
    ));
    assert!(allowed("User-agent: *\nAllow: /$\nDisallow: /", "/"));
    assert!(!allowed(
        "User-agent: *\nAllow: /$\nDisallow: /",
        "/page.htm"
    ));
    // RFC 9309 §5.2.
    let txt = "User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n";
    let r = Robots::parse(txt.as_bytes(), "FooBot");
    assert!(r.is_allowed_path("/example/page/"));
    assert!(r.is_allowed_path("/example/page/ok.html"));
    assert!(!r.is_allowed_path("/example/page/disallowed.gif"));
}

#[test]
fn rfc_example_groups() {
    // RFC 9309 §5.1.
    let txt = "User-Agent: *\nDisallow: *.gif$\nDisallow: /example/\nAllow: /publications/\n\n\
        User-Agent: foobot\nDisallow:/\nAllow:/example/page.html\nAllow:/example/allowed.gif\n\n\
        User-Agent: barbot\nUser-Agent: bazbot\nDisallow: /example/page.html\n\n\
        User-Agent: quxbot\n";
    let star = Robots::parse(txt.as_bytes(), "OtherBot");
    assert!(!star.is_allowed_path("/x.gif"));
    assert!(!star.is_allowed_path("/example/a"));
    assert!(star.is_allowed_path("/publications/a"));
    let foo = Robots::parse(txt.as_bytes(), "foobot");
    assert!(!foo.is_allowed_path("/other"));
    assert!(foo.is_allowed_path("/example/page.html"));
    assert!(foo.is_allowed_path("/example/allowed.gif"));
    for bot in ["barbot", "bazbot"] {
        let r = Robots::parse(txt.as_bytes(), bot);
        assert!(!r.is_allowed_path("/example/page.html"), "{bot}");
        assert!(
            r.is_allowed_path("/example/other.gif"),
            "{bot}: its own group only"
        );
    }
    // A group without rules allows everything and hides the `*` group.
    let qux = Robots::parse(txt.as_bytes(), "quxbot");
    assert!(qux.is_allowed_path("/example/a.gif"));
}

#[test]
fn our_product_token_selects_our_group_else_star() {
    let txt = "User-agent: *\nDisallow: /\n\nUser-agent: Brandium/2.0\nDisallow: /private\n";
    let r = robots(txt);
    assert!(r.is_allowed_path("/public"));
    assert!(!r.is_allowed_path("/private/x"));
    let only_star = robots("User-agent: *\nDisallow: /\n\nUser-agent: otherbot\nAllow: /\n");
    assert!(!only_star.is_allowed_path("/a"));
    assert!(robots("User-agent: otherbot\nDisallow: /\n").is_allowed_path("/a"));
}

#[test]
fn groups_for_the_same_agent_are_merged() {
    let txt = "User-agent: brandium\nDisallow: /a\n\nUser-agent: *\nDisallow: /c\n\n\
        User-agent: Brandium\nDisallow: /b\n";
    let r = robots(txt);
    assert!(!r.is_allowed_path("/a"));
    assert!(!r.is_allowed_path("/b"));
    assert!(r.is_allowed_path("/c"));
}

#[test]
fn agent_and_directive_names_are_case_insensitive() {
    let txt = "USER-AGENT: BRANDIUM\nDISALLOW: /a\nallow: /a/ok\ndisallow: /b\n";
    let r = robots(txt);
    assert!(!r.is_allowed_path("/a/x"));
    assert!(r.is_allowed_path("/a/ok"));
    assert!(!r.is_allowed_path("/b"));
    // Paths are case-sensitive.
    assert!(r.is_allowed_path("/A/x"));
}

#[test]
fn lines_without_colon_typos_and_comments() {
    let r = robots("user-agent brandium\ndisallow /a # comment\ndissallow: /b\n# Disallow: /c\n");
    assert!(!r.is_allowed_path("/a"));
    assert!(!r.is_allowed_path("/b"));
    assert!(r.is_allowed_path("/c"));
    // Three words without a colon are not a line.
    assert!(robots("user-agent: *\ndisallow /a /b\n").is_allowed_path("/a"));
}

#[test]
fn bom_and_every_line_ending() {
    for txt in [
        "\u{feff}User-agent: *\nDisallow: /a\n",
        "User-agent: *\r\nDisallow: /a\r\n",
        "User-agent: *\rDisallow: /a\r",
        "User-agent: *\nDisallow: /a",
    ] {
        assert!(!robots(txt).is_allowed_path("/a/b"), "{txt:?}");
        assert!(robots(txt).is_allowed_path("/b"), "{txt:?}");
    }
}

#[test]
fn empty_disallow_and_rules_before_any_group_mean_nothing() {
    assert!(robots("User-agent: *\nDisallow:\n").is_allowed_path("/anything"));
    assert!(robots("Disallow: /\nUser-agent: *\nAllow: /x\n").is_allowed_path("/a"));
    assert!(robots("").is_allowed_path("/a"));
}

#[test]
fn percent_encoding_is_equivalent() {
    // RFC 9309 §2.2.2: a non-ASCII rule matches its encoded form and the other way round.
    let r = robots("User-agent: *\nDisallow: /foo/bar/ツ\n");
    assert!(!r.is_allowed_path("/foo/bar/%E3%83%84"));
    let r = robots("User-agent: *\nDisallow: /foo/bar/%E3%83%84\n");
    assert!(!r.is_allowed_path("/foo/bar/ツ"));
    assert!(!r.is_allowed_path("/foo/bar/%e3%83%84"));
    // Escapes of unreserved characters are the characters.
    let r = robots("User-agent: *\nDisallow: /foo/bar/%62%61%7A\n");
    assert!(!r.is_allowed_path("/foo/bar/baz"));
    let r = robots("User-agent: *\nDisallow: /foo/bar/baz\n");
    assert!(!r.is_allowed_path("/foo/bar/%62%61%7A"));
    // A query is part of the matched path.
    let r = robots("User-agent: *\nDisallow: /foo/bar?baz=quest\n");
    assert!(!r.is_allowed_path("/foo/bar?baz=quest"));
    assert!(r.is_allowed_path("/foo/bar?baz=other"));
}

#[test]
fn urls_are_matched_by_path_and_query() {
    let r = robots("User-agent: *\nDisallow: /*?sort=\n");
    assert!(!r.is_allowed(&Url::parse("https://example.com/list?sort=asc").unwrap()));
    assert!(r.is_allowed(&Url::parse("https://example.com/list").unwrap()));
    // robots.txt itself is always allowed.
    assert!(robots("User-agent: *\nDisallow: /\n").is_allowed_path("/robots.txt"));
}

#[test]
fn crawl_delay_and_sitemaps() {
    let txt = "Sitemap: https://example.com/s1.xml\nUser-agent: *\nCrawl-delay: 7\n\
        User-agent: brandium\nCrawl-delay: 2.5\nsitemap: https://example.com/s2.xml.gz\n";
    let r = robots(txt);
    assert_eq!(r.crawl_delay, Some(2.5));
    assert_eq!(
        r.sitemaps,
        [
            "https://example.com/s1.xml",
            "https://example.com/s2.xml.gz"
        ]
    );
    let other = Robots::parse(txt.as_bytes(), "otherbot");
    assert_eq!(other.crawl_delay, Some(7.0), "the `*` group's own delay");
    let elsewhere = Robots::parse(b"User-agent: a\nCrawl-delay: 7\n", UA);
    assert_eq!(
        elsewhere.crawl_delay, None,
        "another agent's delay is not ours"
    );
    assert_eq!(
        robots("User-agent: *\nCrawl-delay: soon\n").crawl_delay,
        None
    );
    assert_eq!(robots("User-agent: *\nCrawl-delay: -1\n").crawl_delay, None);
}

#[test]
fn fetch_outcomes_follow_rfc_9309() {
    let body = b"User-agent: *\nDisallow: /a\n";
    assert!(!Robots::from_fetch(Some(200), body, UA).is_allowed_path("/a"));
    for status in [400, 401, 403, 404, 410] {
        assert!(
            Robots::from_fetch(Some(status), body, UA).is_allowed_path("/a"),
            "{status}"
        );
    }
    for status in [Some(500), Some(503), Some(429), None] {
        assert!(
            !Robots::from_fetch(status, body, UA).is_allowed_path("/b"),
            "{status:?}"
        );
    }
}

#[test]
fn only_the_first_500_kib_are_parsed() {
    let mut txt = String::from("User-agent: *\nDisallow: /early\n");
    while txt.len() < MAX_ROBOTS_BYTES + 10 {
        txt.push_str("# padding padding padding padding padding padding\n");
    }
    txt.push_str("Disallow: /late\n");
    let r = robots(&txt);
    assert!(!r.is_allowed_path("/early"));
    assert!(r.is_allowed_path("/late"));
}

#[test]
fn product_tokens() {
    assert_eq!(product_token("Brandium/1.0 (+https://x)"), "brandium");
    assert_eq!(product_token("Foo_Bot-2"), "foo_bot-");
    assert_eq!(product_token(" * "), "*");
}
