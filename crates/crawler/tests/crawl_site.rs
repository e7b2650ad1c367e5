//! The crawler against real local servers: a site on 127.0.0.1 and an "external" host on
//! 127.0.0.2 (a different host name, so its links are external).

mod support;

use std::{
    sync::{
        Mutex,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::Duration,
};

use crawler::{
    CrawlConfig, CrawlError, CrawlOutput, CrawlProgress, PageRecord, ResourceKind, StopReason,
    crawl,
};
use support::{Reply, client, gzip, page, route, serve};

fn config() -> CrawlConfig {
    CrawlConfig {
        delay_ms: 0,
        per_host_concurrency: 4,
        ..CrawlConfig::default()
    }
}

fn find<'a>(out: &'a CrawlOutput, base: &str, path: &str) -> &'a PageRecord {
    let url = format!("{base}{path}");
    out.pages
        .iter()
        .find(|p| p.url == url)
        .unwrap_or_else(|| panic!("{url} not recorded"))
}

fn has(out: &CrawlOutput, base: &str, path: &str) -> bool {
    let url = format!("{base}{path}");
    out.pages.iter().any(|p| p.url == url)
}

async fn run(base: &str, config: &CrawlConfig) -> Result<CrawlOutput, CrawlError> {
    crawl(
        &client(),
        &format!("{base}/"),
        config,
        &|_| {},
        &AtomicBool::new(false),
    )
    .await
}

#[tokio::test]
async fn crawls_a_site_with_robots_sitemaps_redirects_errors_and_external_links() {
    let external = serve(
        "127.0.0.2",
        vec![
            route("/ok", Reply::Html("<p>ok</p>".into())),
            route("/nohead", Reply::NoHead),
        ],
        Duration::ZERO,
    )
    .await;
    let ext = external.base.clone();
    // The site's own address is known only once bound: bind first, then describe the routes.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let base = format!("http://127.0.0.1:{port}");
    let home = Reply::Html(format!(
        r#"<html><head><title>Home</title><link rel="canonical" href="/canon"></head><body>
        <a href="/a">A</a> <a href="/b#part">B</a> <a href="/b">B again</a> <a href="/private/x">Private</a>
        <a href="/redirect1">Moved</a> <a href="/loop1">Loop</a> <a href="/missing">Missing</a>
        <a href="/broken">Broken</a> <a href="/file.pdf">PDF</a>
        <a href="{ext}/ok">ok</a> <a href="{ext}/gone">gone</a> <a href="{ext}/nohead">nohead</a>
        <img src="/logo.png" alt="Logo"></body></html>"#
    ));
    let index = format!(
        r#"<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>{base}/sitemap-pages.xml</loc></sitemap></sitemapindex>"#
    );
    let pages = format!(
        r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>{base}/a</loc></url><url><loc>{base}/orphan</loc><lastmod>2024-01-01</lastmod></url>
        <url><loc>{base}/private/listed</loc></url></urlset>"#
    );
    let routes = vec![
        route(
            "/robots.txt",
            Reply::Bytes(
                "text/plain",
                format!(
                    "User-agent: *\nDisallow: /private\nSitemap: {base}/sitemap_index.xml.gz\n"
                )
                .into_bytes(),
            ),
        ),
        route(
            "/sitemap_index.xml.gz",
            Reply::Bytes("application/gzip", gzip(index.as_bytes())),
        ),
        route(
            "/sitemap-pages.xml",
            Reply::Bytes("application/xml", pages.into_bytes()),
        ),
        route("/", home),
        route("/a", page("A", &["/a/deep", "/"])),
        route("/a/deep", page("Deep", &["/b"])),
        route("/b", page("B", &["/a"])),
        route("/redirect1", Reply::Redirect(301, "/redirect2".into())),
        route("/redirect2", Reply::Redirect(302, "/b2".into())),
        route("/b2", page("B2", &[])),
        route("/loop1", Reply::Redirect(302, "/loop2".into())),
        route("/loop2", Reply::Redirect(302, "/loop1".into())),
        route("/broken", Reply::Status(500)),
        route(
            "/file.pdf",
            Reply::Bytes(
                "application/pdf",
                b"%PDF-1.7 <html><a href=\"/pdf-link\">x</a>".to_vec(),
            ),
        ),
        route("/orphan", page("Orphan", &["/orphan-child"])),
        route("/canon", page("Canon", &["/canon-child"])),
        route("/logo.png", Reply::Bytes("image/png", vec![0u8; 1234])),
    ];
    let site = serve_on(port, routes).await;

    let calls = AtomicUsize::new(0);
    let last = Mutex::new(CrawlProgress::default());
    let on_progress = |p: CrawlProgress| {
        calls.fetch_add(1, Ordering::SeqCst);
        *last.lock().unwrap() = p;
    };
    let out = crawl(
        &client(),
        &format!("{base}/"),
        &config(),
        &on_progress,
        &AtomicBool::new(false),
    )
    .await
    .unwrap();

    assert_eq!(out.start_url, format!("{base}/"));
    assert_eq!(out.pages[0].url, format!("{base}/"), "start page first");
    assert_eq!(out.stopped, StopReason::Completed);

    // robots.txt
    assert_eq!(out.robots.status, Some(200));
    assert_eq!(
        out.robots.sitemaps,
        [format!("{base}/sitemap_index.xml.gz")]
    );
    let private = find(&out, &base, "/private/x");
    assert!(private.blocked_by_robots);
    assert_eq!(private.status, None);
    assert_eq!(site.counters.hits("/private/x"), 0);
    assert!(find(&out, &base, "/private/listed").blocked_by_robots);
    assert_eq!(site.counters.hits("/private/listed"), 0);

    // Sitemaps: the gzipped index and its child.
    assert_eq!(out.sitemaps.len(), 2, "{:?}", out.sitemaps);
    assert!(out.sitemaps[0].index);
    assert_eq!(out.sitemaps[0].url_count, 1);
    assert_eq!(out.sitemaps[1].url_count, 3);
    assert!(out.sitemaps.iter().all(|s| s.error.is_none()));
    assert_eq!(
        out.sitemap_urls,
        [
            format!("{base}/a"),
            format!("{base}/orphan"),
            format!("{base}/private/listed")
        ]
    );
    let orphan = find(&out, &base, "/orphan");
    assert_eq!(orphan.status, Some(200));
    assert_eq!(orphan.depth, None);
    assert!(orphan.in_sitemap);
    assert!(find(&out, &base, "/a").in_sitemap);
    assert!(
        !has(&out, &base, "/orphan-child"),
        "links of sitemap-only pages are not followed"
    );
    assert_eq!(site.counters.hits("/orphan"), 1);

    // Depth, inlinks, found_on.
    assert_eq!(find(&out, &base, "/").depth, Some(0));
    assert_eq!(find(&out, &base, "/a").depth, Some(1));
    assert_eq!(find(&out, &base, "/a/deep").depth, Some(2));
    let b = find(&out, &base, "/b");
    assert_eq!(b.depth, Some(1));
    assert_eq!(b.inlinks, 2, "home and /a/deep, home counted once");
    assert_eq!(b.found_on.as_deref(), Some(format!("{base}/").as_str()));
    assert_eq!(site.counters.hits("/b"), 1);
    let facts = b.html.as_ref().unwrap();
    assert_eq!(facts.titles, ["B"]);

    // Canonical target fetched, its links not followed.
    let canon = find(&out, &base, "/canon");
    assert_eq!(canon.status, Some(200));
    assert_eq!(canon.depth, None);
    assert!(!has(&out, &base, "/canon-child"));

    // Redirect chain.
    let moved = find(&out, &base, "/redirect1");
    assert_eq!(moved.status, Some(200));
    assert_eq!(moved.final_url, format!("{base}/b2"));
    let hops: Vec<(String, u16)> = moved
        .redirects
        .iter()
        .map(|h| (h.url.clone(), h.status))
        .collect();
    assert_eq!(
        hops,
        [
            (format!("{base}/redirect1"), 301),
            (format!("{base}/redirect2"), 302)
        ]
    );
    assert_eq!(
        find(&out, &base, "/b2").html.as_ref().unwrap().titles,
        ["B2"]
    );

    // Loop caught at the first repeat.
    let looped = find(&out, &base, "/loop1");
    assert_eq!(looped.error.as_deref(), Some("redirect_loop"));
    assert_eq!(looped.status, None);
    assert_eq!(looped.redirects.len(), 2);
    assert_eq!(site.counters.hits("/loop1"), 1);
    assert_eq!(site.counters.hits("/loop2"), 1);

    // Errors.
    assert_eq!(find(&out, &base, "/missing").status, Some(404));
    assert_eq!(find(&out, &base, "/broken").status, Some(500));

    // Non-HTML recorded, not parsed.
    let pdf = find(&out, &base, "/file.pdf");
    assert_eq!(pdf.status, Some(200));
    assert_eq!(pdf.content_type.as_deref(), Some("application/pdf"));
    assert!(pdf.bytes > 0);
    assert!(pdf.html.is_none());
    assert!(!has(&out, &base, "/pdf-link"));

    // Resources.
    let logo = find(&out, &base, "/logo.png");
    assert_eq!(logo.kind, ResourceKind::Image);
    assert_eq!(logo.bytes, 1234);
    assert_eq!(logo.content_type.as_deref(), Some("image/png"));

    // External links: HEAD, GET after 405, each once.
    let checks: Vec<(String, Option<u16>)> = out
        .external
        .iter()
        .map(|c| (c.url.clone(), c.status))
        .collect();
    assert_eq!(
        checks,
        [
            (format!("{ext}/ok"), Some(200)),
            (format!("{ext}/gone"), Some(404)),
            (format!("{ext}/nohead"), Some(200))
        ]
    );
    assert_eq!(out.external[0].found_on, [format!("{base}/")]);
    assert_eq!(
        external.counters.requests_of("/ok"),
        [axum::http::Method::HEAD]
    );
    assert_eq!(
        external.counters.requests_of("/nohead"),
        [axum::http::Method::HEAD, axum::http::Method::GET]
    );

    // Progress.
    // /b2 is recorded from the answer that ended /redirect1's chain, not fetched again.
    let fetched =
        out.pages.iter().filter(|p| !p.blocked_by_robots).count() - 1 + out.external.len();
    assert_eq!(site.counters.hits("/b2"), 1);
    assert_eq!(calls.load(Ordering::SeqCst), fetched);
    let last = *last.lock().unwrap();
    assert_eq!(last.crawled, fetched);
    assert_eq!(
        last.errors, 4,
        "404, 500, the loop and the external 404: {last:?}"
    );
    assert_eq!(out.progress.crawled, fetched);
    assert!(out.progress.bytes > 1234);
}

/// Serves on a port chosen beforehand (the routes must name the site's own URL).
async fn serve_on(port: u16, routes: Vec<(String, Reply)>) -> support::Served {
    support::serve_port("127.0.0.1", port, routes, Duration::ZERO).await
}

fn chain_site(n: usize) -> Vec<(String, Reply)> {
    let links: Vec<String> = (0..n).map(|i| format!("/p{i}")).collect();
    let refs: Vec<&str> = links.iter().map(String::as_str).collect();
    let mut routes = vec![route("/", page("Home", &refs))];
    for l in &links {
        routes.push(route(l, page(l, &["/"])));
    }
    routes
}

#[tokio::test]
async fn per_host_concurrency_is_never_exceeded() {
    let site = serve("127.0.0.1", chain_site(24), Duration::from_millis(30)).await;
    let config = CrawlConfig {
        per_host_concurrency: 3,
        ..config()
    };
    let out = run(&site.base, &config).await.unwrap();
    assert_eq!(out.pages.len(), 25);
    let max = site.counters.max_in_flight.load(Ordering::SeqCst);
    assert!(max <= 3, "{max} requests at once");
    assert!(max >= 2, "requests ran in parallel: {max}");
}

#[tokio::test]
async fn the_delay_between_requests_is_honoured() {
    let site = serve("127.0.0.1", chain_site(4), Duration::ZERO).await;
    let config = CrawlConfig {
        delay_ms: 120,
        ..config()
    };
    let out = run(&site.base, &config).await.unwrap();
    assert_eq!(out.pages.len(), 5);
    let times = site.counters.page_times();
    assert_eq!(times.len(), 5);
    for pair in times.windows(2) {
        let gap = pair[1].duration_since(pair[0]);
        assert!(gap >= Duration::from_millis(95), "{gap:?}");
    }
}

#[tokio::test]
async fn a_larger_robots_crawl_delay_wins() {
    let mut routes = chain_site(2);
    routes.push(route(
        "/robots.txt",
        Reply::Bytes(
            "text/plain",
            b"User-agent: brandium\nCrawl-delay: 0.25\n".to_vec(),
        ),
    ));
    let site = serve("127.0.0.1", routes, Duration::ZERO).await;
    let out = run(&site.base, &config()).await.unwrap();
    assert_eq!(out.robots.crawl_delay, Some(0.25));
    let times = site.counters.page_times();
    assert_eq!(times.len(), 3);
    for pair in times.windows(2) {
        // Arrival times carry the jitter of connection set-up; without the delay the gaps
        // would be a few milliseconds.
        let gap = pair[1].duration_since(pair[0]);
        assert!(gap >= Duration::from_millis(200), "{gap:?}");
    }
}

#[tokio::test]
async fn max_pages_stops_the_crawl() {
    let site = serve("127.0.0.1", chain_site(20), Duration::ZERO).await;
    let config = CrawlConfig {
        max_pages: 5,
        ..config()
    };
    let out = run(&site.base, &config).await.unwrap();
    assert_eq!(out.stopped, StopReason::PageLimit);
    assert_eq!(out.pages.len(), 5);
    assert_eq!(site.counters.page_times().len(), 5);
}

#[tokio::test]
async fn max_depth_limits_what_is_followed() {
    let routes = vec![
        route("/", page("Home", &["/1"])),
        route("/1", page("1", &["/2"])),
        route("/2", page("2", &["/3"])),
        route("/3", page("3", &[])),
    ];
    let site = serve("127.0.0.1", routes, Duration::ZERO).await;
    let out = run(
        &site.base,
        &CrawlConfig {
            max_depth: 2,
            ..config()
        },
    )
    .await
    .unwrap();
    assert_eq!(out.pages.len(), 3);
    assert_eq!(site.counters.hits("/3"), 0);
    assert_eq!(out.stopped, StopReason::Completed);
}

#[tokio::test]
async fn max_total_bytes_stops_the_crawl() {
    let site = serve("127.0.0.1", chain_site(20), Duration::ZERO).await;
    let config = CrawlConfig {
        max_total_bytes: 1,
        per_host_concurrency: 1,
        ..config()
    };
    let out = run(&site.base, &config).await.unwrap();
    assert_eq!(out.stopped, StopReason::ByteLimit);
    assert_eq!(out.pages.len(), 1);
}

#[tokio::test]
async fn cancel_returns_what_was_found() {
    let site = serve("127.0.0.1", chain_site(60), Duration::from_millis(10)).await;
    let cancel = AtomicBool::new(false);
    let on_progress = |p: CrawlProgress| {
        if p.crawled >= 5 {
            cancel.store(true, Ordering::SeqCst);
        }
    };
    let config = CrawlConfig {
        per_host_concurrency: 2,
        ..config()
    };
    let out = crawl(
        &client(),
        &format!("{}/", site.base),
        &config,
        &on_progress,
        &cancel,
    )
    .await
    .unwrap();
    assert_eq!(out.stopped, StopReason::Cancelled);
    assert!(
        out.pages.len() >= 5 && out.pages.len() < 20,
        "{}",
        out.pages.len()
    );
    assert_eq!(out.pages[0].url, format!("{}/", site.base));
}

#[tokio::test]
async fn start_failures_are_errors() {
    assert!(matches!(
        run("not a url", &config()).await,
        Err(CrawlError::InvalidUrl(_))
    ));

    // Nothing listens on this port.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let err = run(&dead, &config()).await.unwrap_err();
    // robots.txt unreachable forbids everything (RFC 9309 §2.3.1.4); the error says why it
    // was unreachable.
    assert!(matches!(err, CrawlError::Unreachable(_)), "{err:?}");

    let routes = vec![route(
        "/robots.txt",
        Reply::Bytes("text/plain", b"User-agent: *\nDisallow: /\n".to_vec()),
    )];
    let site = serve("127.0.0.1", routes, Duration::ZERO).await;
    assert!(matches!(
        run(&site.base, &config()).await,
        Err(CrawlError::DisallowedByRobots(_))
    ));

    let routes = vec![
        route("/robots.txt", Reply::Status(503)),
        route("/", page("Home", &[])),
    ];
    let site = serve("127.0.0.1", routes, Duration::ZERO).await;
    assert!(matches!(
        run(&site.base, &config()).await,
        Err(CrawlError::DisallowedByRobots(_))
    ));
    assert_eq!(site.counters.hits("/"), 0);
}

#[tokio::test]
async fn a_missing_robots_txt_allows_everything_and_an_unreachable_start_is_an_error() {
    let routes = vec![
        route("/", page("Home", &["/x"])),
        route("/x", page("X", &[])),
    ];
    let site = serve("127.0.0.1", routes, Duration::ZERO).await;
    let out = run(&site.base, &config()).await.unwrap();
    assert_eq!(out.robots.status, Some(404));
    assert!(
        out.sitemaps.is_empty(),
        "an absent /sitemap.xml is not reported"
    );
    assert_eq!(out.pages.len(), 2);

    // robots.txt answers, the start page times out.
    let routes = vec![
        route("/robots.txt", Reply::Status(404)),
        route("/", page("Home", &[])),
    ];
    let slow = serve("127.0.0.1", routes, Duration::from_millis(400)).await;
    let client = net::GuardedClient::new(net::NetConfig {
        allow_private_networks: true,
        timeout: Duration::from_millis(300),
        ..net::NetConfig::default()
    })
    .unwrap();
    let err = crawl(
        &client,
        &format!("{}/", slow.base),
        &config(),
        &|_| {},
        &AtomicBool::new(false),
    )
    .await;
    assert!(
        matches!(err, Err(CrawlError::Unreachable(net::NetError::Timeout))),
        "{err:?}"
    );
}

#[tokio::test]
async fn redirects_off_the_site_are_recorded_not_followed_and_hreflang_targets_are_fetched() {
    let external = serve(
        "127.0.0.2",
        vec![route("/landing", page("Elsewhere", &[]))],
        Duration::ZERO,
    )
    .await;
    let routes = vec![
        route(
            "/",
            Reply::Html(
                r#"<html><head><link rel="alternate" hreflang="de" href="/de/"></head>
                <body><a href="/away">Away</a></body></html>"#
                    .to_string(),
            ),
        ),
        route(
            "/away",
            Reply::Redirect(301, format!("{}/landing", external.base)),
        ),
        route("/de/", page("Deutsch", &["/de/mehr"])),
    ];
    let site = serve("127.0.0.1", routes, Duration::ZERO).await;
    let config = CrawlConfig {
        check_external_links: false,
        ..config()
    };
    let out = run(&site.base, &config).await.unwrap();

    let away = find(&out, &site.base, "/away");
    assert_eq!(away.status, Some(301));
    assert_eq!(away.final_url, format!("{}/landing", external.base));
    assert_eq!(away.redirects.len(), 1);
    assert!(away.html.is_none());
    assert_eq!(external.counters.hits("/landing"), 0);

    let de = find(&out, &site.base, "/de/");
    assert_eq!(de.status, Some(200));
    assert_eq!(de.depth, None);
    assert_eq!(de.inlinks, 0);
    assert_eq!(
        de.found_on.as_deref(),
        Some(format!("{}/", site.base).as_str())
    );
    assert!(
        !has(&out, &site.base, "/de/mehr"),
        "links of hreflang targets are not followed"
    );
    assert_eq!(out.pages.len(), 3);
}

#[tokio::test]
async fn each_origin_of_the_site_has_its_own_robots_txt() {
    // Another port of the same host is the same site but another origin.
    let other = serve(
        "127.0.0.1",
        vec![
            route(
                "/robots.txt",
                Reply::Bytes("text/plain", b"User-agent: *\nDisallow: /secret\n".to_vec()),
            ),
            route("/open", page("Open", &[])),
            route("/secret", page("Secret", &[])),
        ],
        Duration::ZERO,
    )
    .await;
    let o = other.base.clone();
    let routes = vec![
        route(
            "/",
            page(
                "Home",
                &[&format!("{o}/open"), &format!("{o}/secret"), "/secret"],
            ),
        ),
        route("/secret", page("Not secret here", &[])),
    ];
    let site = serve("127.0.0.1", routes, Duration::ZERO).await;
    let out = run(&site.base, &config()).await.unwrap();

    assert_eq!(find(&out, &o, "/open").status, Some(200));
    assert!(find(&out, &o, "/secret").blocked_by_robots);
    assert_eq!(other.counters.hits("/secret"), 0);
    assert_eq!(other.counters.hits("/robots.txt"), 1);
    assert_eq!(find(&out, &site.base, "/secret").status, Some(200));
    assert_eq!(out.robots.url, format!("{}/robots.txt", site.base));
}

#[tokio::test]
async fn headers_text_and_broken_sitemaps_are_recorded() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let base = format!("http://127.0.0.1:{port}");
    let routes = vec![
        route(
            "/robots.txt",
            Reply::Bytes(
                "text/plain",
                format!("Sitemap: {base}/gone.xml\nSitemap: {base}/bad.xml\n").into_bytes(),
            ),
        ),
        route(
            "/bad.xml",
            Reply::Bytes("application/xml", b"<urlset><url><loc>x</url>".to_vec()),
        ),
        route("/sitemap.xml", Reply::Bytes("text/plain", format!("{base}/listed\n").into_bytes())),
        route(
            "/",
            Reply::Tagged("noindex", "<html><body><p>Hello   brave <b>new</b> world</p><script>var hidden;</script></body></html>".into()),
        ),
        route("/listed", page("Listed", &[])),
    ];
    let site = serve_on(port, routes).await;
    let config = CrawlConfig {
        keep_text: true,
        ..config()
    };
    let out = run(&base, &config).await.unwrap();

    let home = find(&out, &base, "/");
    assert_eq!(home.x_robots_tag.as_deref(), Some("noindex"));
    let facts = home.html.as_ref().unwrap();
    assert_eq!(facts.text.as_deref(), Some("Hello brave new world"));
    assert_eq!(facts.word_count, 4);
    assert_ne!(facts.simhash, 0);

    let sitemaps: Vec<(&str, Option<u16>, bool)> = out
        .sitemaps
        .iter()
        .map(|s| (s.url.as_str(), s.status, s.error.is_some()))
        .collect();
    let gone = format!("{base}/gone.xml");
    let bad = format!("{base}/bad.xml");
    let plain = format!("{base}/sitemap.xml");
    assert_eq!(
        sitemaps,
        [
            (gone.as_str(), Some(404), true),
            (bad.as_str(), Some(200), true),
            (plain.as_str(), Some(200), false)
        ]
    );
    assert_eq!(out.sitemap_urls, [format!("{base}/listed")]);
    assert_eq!(find(&out, &base, "/listed").depth, None);
    assert_eq!(site.counters.hits("/listed"), 1);
}

/// The crawl runs as a background job: its future must be spawnable on a multi-threaded
/// runtime.
#[test]
fn the_crawl_future_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let client = client();
    let config = config();
    let cancel = AtomicBool::new(false);
    let on_progress = |_: CrawlProgress| {};
    let future = crawl(
        &client,
        "http://127.0.0.1:9/",
        &config,
        &on_progress,
        &cancel,
    );
    assert_send(&future);
}

#[tokio::test]
async fn nested_sitemap_indexes_are_followed_three_levels_deep() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let base = format!("http://127.0.0.1:{port}");
    let index = |child: &str| {
        Reply::Bytes(
            "application/xml",
            format!("<sitemapindex><sitemap><loc>{base}{child}</loc></sitemap></sitemapindex>")
                .into_bytes(),
        )
    };
    let routes = vec![
        route("/", page("Home", &[])),
        route("/sitemap.xml", index("/i1.xml")),
        route("/i1.xml", index("/i2.xml")),
        route("/i2.xml", index("/i3.xml")),
        route("/i3.xml", index("/i4.xml")),
        route(
            "/i4.xml",
            Reply::Bytes(
                "application/xml",
                format!("<urlset><url><loc>{base}/deep</loc></url></urlset>").into_bytes(),
            ),
        ),
    ];
    let site = serve_on(port, routes).await;
    let out = run(&base, &config()).await.unwrap();
    let read: Vec<&str> = out.sitemaps.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(read.len(), 4, "{read:?}");
    assert!(out.sitemaps.iter().all(|s| s.index));
    assert_eq!(site.counters.hits("/i4.xml"), 0);
    assert!(out.sitemap_urls.is_empty());
}
