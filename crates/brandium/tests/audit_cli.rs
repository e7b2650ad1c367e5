//! `brandium audit URL` crawls a served site and prints its audit without a server or a
//! database: `--format json` is one JSON object on stdout (logs go to stderr) with
//! `pages_crawled` and `issues` of `{check, severity, url, detail}`, and it finds what was
//! planted in the site; `csv` and `table` print the same findings.

use std::collections::BTreeSet;
use std::sync::Arc;

fn path_of(url: &str) -> String {
    let u = reqwest::Url::parse(url).unwrap();
    match u.query() {
        Some(q) => format!("{}?{q}", u.path()),
        None => u.path().to_owned(),
    }
}

async fn audit(url: &str, format: &str) -> std::process::Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_brandium"))
        .args([
            "audit",
            url,
            "--max-pages",
            "500",
            "--delay-ms",
            "0",
            "--concurrency",
            "8",
        ])
        .args(["--format", format])
        .env_clear()
        .env("BRANDIUM_ALLOW_PRIVATE_NETWORKS", "true")
        .output()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_audit_command_prints_the_planted_findings() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let site = Arc::new(sitegen::generate(&sitegen::SiteSpec {
        pages: 80,
        planted_defects: true,
        seed: 7,
        base_url: base.clone(),
        external_base: None,
    }));
    let expected: BTreeSet<(String, String)> = site
        .expected
        .iter()
        .map(|e| (e.check.to_owned(), e.url.clone()))
        .collect();
    assert!(expected.len() >= 20, "{} planted", expected.len());
    tokio::spawn(sitegen::serve(site.clone(), listener));
    let start = format!("{base}/");

    let out = audit(&start, "json").await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    assert!(
        report["pages_crawled"].as_u64().unwrap() >= 40,
        "{}",
        report["pages_crawled"]
    );
    let issues = report["issues"].as_array().unwrap();
    for issue in issues {
        for field in ["check", "severity", "url", "detail"] {
            assert!(issue[field].is_string(), "{issue}");
        }
    }
    let found: BTreeSet<(String, String)> = issues
        .iter()
        .map(|i| {
            (
                i["check"].as_str().unwrap().to_owned(),
                path_of(i["url"].as_str().unwrap()),
            )
        })
        .collect();
    let missed: Vec<_> = expected.difference(&found).collect();
    assert!(missed.is_empty(), "planted but not reported: {missed:?}");
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(extra.is_empty(), "reported but not planted: {extra:?}");

    let csv = audit(&start, "csv").await;
    assert!(csv.status.success());
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("check,severity,url,detail"), "{csv}");
    assert_eq!(csv.lines().count(), issues.len() + 1);

    let table = audit(&start, "table").await;
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("health"), "{table}");
    assert!(table.contains("broken-link"), "{table}");

    let refused = tokio::process::Command::new(env!("CARGO_BIN_EXE_brandium"))
        .args(["audit", &start])
        .env_clear()
        .output()
        .await
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("BRANDIUM_ALLOW_PRIVATE_NETWORKS"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}
