//! Captures a small multi-page site served on 127.0.0.1 through the real guarded client.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use net::{GuardedClient, NetConfig, NetError};

const HOME: &str = r##"<!doctype html><html><head>
<title>Acme — Invoicing for small teams</title>
<meta name="description" content="Send invoices in seconds and get paid faster.">
<meta property="og:site_name" content="Acme">
<meta property="og:image" content="/og.png">
<link rel="icon" href="/favicon.ico">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<link rel="stylesheet" href="/site.css">
</head><body>
<header><a href="/"><img src="/logo.svg" alt="Acme"></a>
  <nav><a href="/about">About</a> <a href="/pricing">Pricing</a> <a href="/private">Staff</a>
  <a class="btn" href="/signup">Start free trial</a></nav></header>
<h1>Invoices, done in seconds</h1>
<h2>Why teams switch</h2>
<a href="/demo">Book a demo</a>
<footer><a href="https://twitter.com/acme">Twitter</a>
<a href="https://www.instagram.com/acme/">Instagram</a></footer>
</body></html>"##;

const ABOUT: &str = r#"<html><head><title>About | Acme</title></head><body>
<h1>Our story</h1><a class="button" href="/jobs">See open roles</a></body></html>"#;

const PRICING: &str = r#"<html><head><title>Pricing | Acme</title></head><body>
<h1>Simple pricing</h1><h2>Why teams switch</h2></body></html>"#;

const CSS: &str = r#":root { --brand-primary: #2563EB; --brand-accent: #F59E0B; }
body { font-family: "Inter", system-ui, sans-serif; color: #111827; background: #FFFFFF; }
h1, h2 { font-family: 'Lora', Georgia, serif; color: var(--brand-primary); }
a, .btn { color: var(--brand-primary); }
.btn { background: var(--brand-primary); border-color: var(--brand-primary); }
.badge { background: var(--brand-accent); }
nav { font-family: Inter, sans-serif; }"#;

const ROBOTS: &str = "User-agent: *\nDisallow: /private\n";

type Hits = Arc<Mutex<HashMap<String, usize>>>;

async fn site(State(hits): State<Hits>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    *hits.lock().unwrap().entry(path.clone()).or_default() += 1;
    let html = |body: &'static str| ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body);
    match path.as_str() {
        "/" => html(HOME).into_response(),
        "/about" => html(ABOUT).into_response(),
        "/pricing" => html(PRICING).into_response(),
        "/private" => html("<h1>Staff only</h1>").into_response(),
        "/site.css" => ([(header::CONTENT_TYPE, "text/css")], CSS).into_response(),
        "/robots.txt" => ([(header::CONTENT_TYPE, "text/plain")], ROBOTS).into_response(),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn serve() -> (String, Hits) {
    let hits = Hits::default();
    let app = axum::Router::new().fallback(site).with_state(hits.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}"), hits)
}

fn client(allow_private_networks: bool) -> GuardedClient {
    GuardedClient::new(NetConfig {
        allow_private_networks,
        ..NetConfig::default()
    })
    .unwrap()
}

#[tokio::test]
async fn captures_brand_facts_from_a_multi_page_site() {
    let (base, hits) = serve().await;
    let result = capture::capture(&client(true), &format!("{base}/"), 4)
        .await
        .unwrap();

    assert_eq!(result.colors[0].hex, "#2563EB", "{:?}", result.colors);
    assert!(!result.colors[0].neutral);
    let weights: Vec<f64> = result.colors.iter().map(|c| c.weight).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
    assert!((weights.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    assert_eq!(result.colors[1].hex, "#F59E0B");
    assert!(
        result
            .colors
            .iter()
            .any(|c| c.hex == "#FFFFFF" && c.neutral)
    );

    assert_eq!(result.fonts, ["Inter", "Lora"]);
    assert_eq!(
        result.logos,
        [
            format!("{base}/logo.svg"),
            format!("{base}/apple-touch-icon.png"),
            format!("{base}/og.png"),
            format!("{base}/favicon.ico"),
        ]
    );
    assert_eq!(result.name.as_deref(), Some("Acme"));
    assert_eq!(
        result.title.as_deref(),
        Some("Acme — Invoicing for small teams")
    );
    assert_eq!(
        result.description.as_deref(),
        Some("Send invoices in seconds and get paid faster.")
    );
    assert_eq!(
        result.headlines,
        [
            "Invoices, done in seconds",
            "Why teams switch",
            "Our story",
            "Simple pricing"
        ]
    );
    assert_eq!(
        result.calls_to_action,
        ["Start free trial", "Book a demo", "See open roles"]
    );
    assert_eq!(
        result.social_links,
        [
            "https://twitter.com/acme",
            "https://www.instagram.com/acme/"
        ]
    );
    assert_eq!(
        result.pages,
        [
            format!("{base}/"),
            format!("{base}/about"),
            format!("{base}/pricing")
        ]
    );

    let hits = hits.lock().unwrap();
    assert_eq!(
        hits.get("/private"),
        None,
        "robots.txt disallows /private: {hits:?}"
    );
    assert_eq!(hits.get("/robots.txt"), Some(&1));
    assert_eq!(hits.get("/site.css"), Some(&1));
}

#[tokio::test]
async fn max_pages_limits_the_key_pages_fetched() {
    let (base, hits) = serve().await;
    let result = capture::capture(&client(true), &base, 2).await.unwrap();
    assert_eq!(result.pages, [format!("{base}/"), format!("{base}/about")]);
    assert_eq!(hits.lock().unwrap().get("/pricing"), None);
}

#[tokio::test]
async fn private_addresses_are_refused_unless_allowed() {
    let (base, hits) = serve().await;
    let err = capture::capture(&client(false), &base, 4)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            capture::CaptureError::Net(NetError::ForbiddenAddress(_))
        ),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "refusing to connect to non-public address 127.0.0.1"
    );
    assert!(hits.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_missing_home_page_is_an_error_and_a_non_html_one_too() {
    let (base, _) = serve().await;
    let err = capture::capture(&client(true), &format!("{base}/nope"), 4)
        .await
        .unwrap_err();
    assert!(
        matches!(err, capture::CaptureError::Status { status: 404, .. }),
        "{err:?}"
    );
    let err = capture::capture(&client(true), &format!("{base}/site.css"), 4)
        .await
        .unwrap_err();
    assert!(
        matches!(err, capture::CaptureError::NotHtml { .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn robots_disallowing_the_home_page_stops_the_capture() {
    let (base, hits) = serve().await;
    let err = capture::capture(&client(true), &format!("{base}/private"), 4)
        .await
        .unwrap_err();
    assert!(
        matches!(err, capture::CaptureError::DisallowedByRobots(_)),
        "{err:?}"
    );
    assert_eq!(hits.lock().unwrap().get("/private"), None);
}

#[tokio::test]
async fn progress_counts_pages_and_stylesheets_as_they_arrive() {
    let (base, _) = serve().await;
    let events = Mutex::new(Vec::new());
    let result = capture::capture_with_progress(&client(true), &base, 4, &|p| {
        events.lock().unwrap().push(p)
    })
    .await
    .unwrap();
    let events = events.into_inner().unwrap();
    let last = *events.last().unwrap();
    assert_eq!(
        last,
        capture::CaptureProgress {
            stage: capture::CaptureStage::Stylesheets,
            pages_fetched: 3,
            pages_total: 3,
            stylesheets_fetched: 1,
            stylesheets_total: 1,
        }
    );
    let pages: Vec<usize> = events.iter().map(|e| e.pages_fetched).collect();
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "{pages:?}");
    assert_eq!(pages[0], 0, "the first report comes before any page");
    assert_eq!(result.pages.len(), 3);
    let kinds: Vec<capture::LogoKind> = result.logo_candidates.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            capture::LogoKind::Header,
            capture::LogoKind::AppleTouchIcon,
            capture::LogoKind::OgImage,
            capture::LogoKind::Favicon
        ]
    );
}
