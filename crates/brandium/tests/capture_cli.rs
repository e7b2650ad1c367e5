//! `brandium capture URL --format json` against a site served on 127.0.0.1, with no database
//! or server configured.

use std::process::{Command, Output};

use axum::http::header;
use axum::routing::get;

const HOME: &str = r#"<html><head><title>Acme — Invoicing for small teams</title>
<meta name="description" content="Send invoices in seconds.">
<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/site.css"></head>
<body><header><img src="/logo.svg" alt="Acme logo"></header>
<h1>Invoices, done</h1><a class="btn" href="/signup">Start free trial</a>
<a href="https://twitter.com/acme">Twitter</a></body></html>"#;

const CSS: &str = r#":root { --brand: #2563EB; }
body { font-family: "Inter", sans-serif; color: #111827; }
a, h1 { color: var(--brand); }"#;

async fn serve() -> String {
    let app = axum::Router::new()
        .route(
            "/",
            get(|| async { ([(header::CONTENT_TYPE, "text/html")], HOME) }),
        )
        .route(
            "/site.css",
            get(|| async { ([(header::CONTENT_TYPE, "text/css")], CSS) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/")
}

/// Runs the binary with a clean environment (no database URL, no config file) off the
/// runtime's threads, so that the test server keeps answering.
async fn brandium(args: Vec<String>, allow_private: bool) -> Output {
    tokio::task::spawn_blocking(move || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_brandium"));
        cmd.args(&args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .current_dir(std::env::temp_dir());
        if allow_private {
            cmd.env("BRANDIUM_ALLOW_PRIVATE_NETWORKS", "true");
        }
        cmd.output().unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn capture_prints_the_proposal_as_json() {
    let url = serve().await;
    let out = brandium(
        vec![
            "capture".into(),
            url.clone(),
            "--format".into(),
            "json".into(),
        ],
        true,
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stderr: {stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let colors = json["colors"].as_array().unwrap();
    assert_eq!(colors[0]["hex"], "#2563EB");
    assert!(
        colors
            .iter()
            .all(|c| c["hex"].is_string() && c["weight"].is_f64())
    );
    assert_eq!(json["fonts"], serde_json::json!(["Inter"]));
    assert_eq!(
        json["logos"],
        serde_json::json!([format!("{url}logo.svg"), format!("{url}favicon.ico")])
    );
    assert_eq!(json["name"], "Acme");
    assert_eq!(json["title"], "Acme — Invoicing for small teams");
    assert_eq!(json["description"], "Send invoices in seconds.");
    assert_eq!(json["headlines"], serde_json::json!(["Invoices, done"]));
    assert_eq!(
        json["social_links"],
        serde_json::json!(["https://twitter.com/acme"])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn capture_prints_a_readable_summary_by_default() {
    let url = serve().await;
    let out = brandium(vec!["capture".into(), url], true).await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Name         Acme"), "{stdout}");
    assert!(stdout.contains("#2563EB"), "{stdout}");
    assert!(stdout.contains("Fonts        Inter"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread")]
async fn capture_refuses_a_private_address_without_the_variable() {
    let url = serve().await;
    let out = brandium(
        vec!["capture".into(), url, "--format".into(), "json".into()],
        false,
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "refusing to connect to non-public address 127.0.0.1; \
             set BRANDIUM_ALLOW_PRIVATE_NETWORKS=true for intranet sites"
        ),
        "{stderr}"
    );
    assert!(out.stdout.is_empty() || !String::from_utf8_lossy(&out.stdout).contains("colors"));
}
