//! The audit against a generated site served on loopback and crawled for real: every planted
//! defect is found and nothing else is, and a clean site scores 100.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use crawler::{CrawlConfig, CrawlOutput, crawl};
use net::{GuardedClient, NetConfig};
use sitegen::{Site, SiteSpec, generate, serve, serve_external};
use tokio::net::TcpListener;

async fn crawl_generated(pages: usize, planted_defects: bool) -> (Site, CrawlOutput) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind site");
    let external = TcpListener::bind("127.0.0.2:0")
        .await
        .expect("bind external site");
    let base_url = format!("http://{}", listener.local_addr().expect("addr"));
    let external_base = format!("http://{}", external.local_addr().expect("addr"));
    let site = generate(&SiteSpec {
        pages,
        planted_defects,
        seed: 11,
        base_url: base_url.clone(),
        external_base: Some(external_base),
    });
    let shared = Arc::new(site.clone());
    tokio::spawn(serve(shared, listener));
    tokio::spawn(serve_external(external));

    // A short timeout makes the planted never-answering pages fail fast; the slowest
    // planted page that must answer takes 3.4 s.
    let client = GuardedClient::new(NetConfig {
        allow_private_networks: true,
        timeout: Duration::from_secs(6),
        ..NetConfig::default()
    })
    .expect("client");
    let config = CrawlConfig {
        delay_ms: 0,
        per_host_concurrency: 8,
        max_pages: 1000,
        ..CrawlConfig::default()
    };
    let out = crawl(
        &client,
        &format!("{base_url}/"),
        &config,
        &|_| {},
        &AtomicBool::new(false),
    )
    .await
    .expect("crawl");
    (site, out)
}

fn path_of(url: &str) -> String {
    let u = url::Url::parse(url).expect("absolute URL");
    match u.query() {
        Some(q) => format!("{}?{q}", u.path()),
        None => u.path().to_string(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_planted_defect_is_found_and_nothing_else() {
    let (site, out) = crawl_generated(300, true).await;
    let audit = seo::audit(&out);
    let found: BTreeSet<(String, String)> = audit
        .issues
        .iter()
        .map(|i| (i.check.clone(), path_of(&i.url)))
        .collect();
    let expected: BTreeSet<(String, String)> = site
        .expected
        .iter()
        .map(|e| (e.check.to_string(), e.url.clone()))
        .collect();
    let missed: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missed.is_empty() && extra.is_empty(),
        "missed {missed:#?}\nunexpected {extra:#?}"
    );
    let planted_checks: BTreeSet<&str> = site.expected.iter().map(|e| e.check).collect();
    assert!(planted_checks.len() >= 80, "{}", planted_checks.len());
    assert!(planted_checks.contains("near-duplicate-content"));
    assert!(audit.health_score < 100);
    assert!(audit.pages_crawled >= 250, "{}", audit.pages_crawled);

    // The exports carry every finding.
    let csv = seo::to_csv(&audit);
    assert_eq!(csv.matches("\r\n").count(), audit.issues.len() + 1);
    let pdf = seo::to_pdf(&audit, &out.start_url, "2026-11-25 09:00 UTC");
    assert!(pdf.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&pdf);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert!(pages >= 5, "{pages}");
    let top = audit.failing().next().expect("a failing check");
    assert!(text.contains(&format!("(1. {}) Tj", top.title)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clean_site_has_no_issues_and_full_health() {
    let (site, out) = crawl_generated(300, false).await;
    assert!(site.expected.is_empty());
    let audit = seo::audit(&out);
    assert!(
        audit.issues.is_empty(),
        "{:#?}",
        &audit.issues[..audit.issues.len().min(30)]
    );
    assert_eq!(audit.health_score, 100);
    assert!(audit.pages_crawled >= 290, "{}", audit.pages_crawled);
}
