//! Market research through the real router and the in-process worker: a site is crawled as a
//! job with live progress, audited, kept per crawl and compared with the previous crawl,
//! exported as CSV and PDF; crawls can be cancelled and are queued by the schedule; other
//! organizations' sites and crawls answer 404.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::{
    Router,
    extract::{Path, State},
    http::{StatusCode as AxStatus, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// A small site with planted defects, served on 127.0.0.1

fn words(seed: usize, n: usize) -> String {
    const W: &[&str] = &[
        "release",
        "calm",
        "team",
        "deploy",
        "review",
        "launch",
        "plan",
        "metric",
        "signal",
        "rollback",
        "checklist",
        "staging",
        "customer",
        "story",
        "habit",
        "weekly",
        "ship",
        "quality",
        "focus",
        "runbook",
        "feature",
        "flag",
        "incident",
        "learning",
    ];
    (0..n)
        .map(|i| W[(seed * 7 + i * (seed % 5 + 3)) % W.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn page(path: &str, title: Option<&str>, body: &str) -> String {
    let title = title
        .map(|t| format!("<title>{t}</title>"))
        .unwrap_or_default();
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">{title}
<meta name="description" content="Northwind helps busy teams ship calm releases with checklists, reviews and rollbacks for {path}.">
<link rel="canonical" href="{path}"></head>
<body><h1>Page {path}</h1>{body}</body></html>"#
    )
}

#[derive(Clone)]
struct Site {
    /// Number of blog pages: a big site makes a crawl long enough to cancel.
    posts: usize,
    slow: Arc<AtomicBool>,
}

async fn serve_path(State(site): State<Site>, Path(path): Path<String>) -> Response {
    if site.slow.load(Ordering::Relaxed) {
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    let html =
        |s: String| ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], s).into_response();
    match path.as_str() {
        "robots.txt" => "User-agent: *\nDisallow: /private/\n".into_response(),
        "old" => Redirect::permanent("/older").into_response(),
        "older" => Redirect::permanent("/about").into_response(),
        "about" => html(page(
            "/about",
            None,
            &format!("<p>{}</p><a href=\"/\">Home</a>", words(3, 260)),
        )),
        "pricing" => html(page(
            "/pricing",
            Some("Pricing for calm release teams of every size"),
            &format!(
                "<p>{}</p><img src=\"/logo.png\" width=\"10\" height=\"10\"><a href=\"/missing\">Old plan</a>",
                words(5, 260)
            ),
        )),
        "logo.png" => (
            [(header::CONTENT_TYPE, "image/png")],
            vec![0x89u8, b'P', b'N', b'G'],
        )
            .into_response(),
        p if p.starts_with("blog/") => {
            let n: usize = p[5..].parse().unwrap_or(usize::MAX);
            if n >= site.posts {
                return (AxStatus::NOT_FOUND, "not found").into_response();
            }
            let next = if n + 1 < site.posts {
                format!("<a href=\"/blog/{}\">Next story about releases</a>", n + 1)
            } else {
                String::new()
            };
            html(page(
                &format!("/blog/{n}"),
                Some(&format!("Release story number {n} from the Northwind team")),
                &format!("<p>{}</p>{next}<a href=\"/\">Home</a>", words(n + 11, 240)),
            ))
        }
        _ => (AxStatus::NOT_FOUND, "not found").into_response(),
    }
}

async fn home(State(site): State<Site>) -> Response {
    let body = format!(
        "<p>{}</p><a href=\"/about\">About us</a> <a href=\"/pricing\">Pricing plans</a> \
         <a href=\"/old\">Our story</a> <a href=\"/blog/0\">Read the blog</a>",
        words(1, 260)
    );
    let _ = site;
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page(
            "/",
            Some("Northwind: calm releases for busy software teams"),
            &body,
        ),
    )
        .into_response()
}

async fn serve_site(posts: usize) -> (String, Site) {
    let site = Site {
        posts,
        slow: Arc::new(AtomicBool::new(false)),
    };
    let app = Router::new()
        .route("/", get(home))
        .route("/{*path}", get(serve_path))
        .with_state(site.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (format!("http://{addr}/"), site)
}

async fn wait_crawl(app: &TestApp, token: &str, crawl: &str) -> Value {
    for _ in 0..1200 {
        let r = app.get(&format!("/api/v1/crawls/{crawl}"), token).await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        if ["succeeded", "failed", "cancelled"].contains(&r.body["status"].as_str().unwrap()) {
            return r.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("crawl {crawl} did not finish");
}

async fn add_site(app: &TestApp, token: &str, url: &str) -> String {
    let r = app
        .post(
            "/api/v1/research/sites",
            Some(token),
            json!({"url": url, "name": "Northwind", "max_pages": 200}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    r.body["id"].as_str().unwrap().to_owned()
}

async fn start_crawl(app: &TestApp, token: &str, site: &str) -> String {
    let r = app
        .post(
            &format!("/api/v1/research/sites/{site}/crawls"),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    assert_eq!(r.body["status"], "queued");
    r.body["id"].as_str().unwrap().to_owned()
}

// ---------------------------------------------------------------------------------------------

async fn crawl_audit_export_and_trend(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (url, _site) = serve_site(12).await;
    let admin = access(&app.signup("ada@northwind.test", "Northwind").await);
    let site = add_site(&app, &admin, &url).await;

    let crawl = start_crawl(&app, &admin, &site).await;
    let again = app
        .post(
            &format!("/api/v1/research/sites/{site}/crawls"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{:?}", again.body);
    assert_eq!(again.code(), "research.crawl_running");

    let done = wait_crawl(&app, &admin, &crawl).await;
    assert_eq!(done["status"], "succeeded", "{done:?}");
    assert_eq!(done["stopped"], "completed");
    // Home, about, pricing and the posts up to ten clicks from home (the depth limit): each
    // post links to the next, so /blog/10 and /blog/11 are too deep to follow.
    assert_eq!(done["pages_crawled"], 13, "{done:?}");
    let all = app
        .get(&format!("/api/v1/crawls/{crawl}/pages?q=/blog/1"), &admin)
        .await;
    let urls: Vec<&str> = all.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), 1, "{urls:?}");
    assert!(done["health_score"].as_i64().unwrap() < 100);
    assert!(done["progress"]["crawled"].as_u64().unwrap() >= 15);

    let audit = app
        .get(&format!("/api/v1/crawls/{crawl}/audit"), &admin)
        .await;
    assert_eq!(audit.status, StatusCode::OK, "{:?}", audit.body);
    let checks = audit.body["checks"].as_array().unwrap();
    let ids: Vec<&str> = checks.iter().map(|c| c["id"].as_str().unwrap()).collect();
    for planted in ["broken-link", "title-missing", "redirect-chain"] {
        assert!(ids.contains(&planted), "{planted} not in {ids:?}");
    }
    assert!(
        audit.body["trend"].is_null(),
        "a first crawl has nothing to compare with"
    );
    let priorities: Vec<f64> = checks
        .iter()
        .map(|c| c["priority"].as_f64().unwrap())
        .collect();
    assert!(
        priorities.windows(2).all(|w| w[0] >= w[1]),
        "{priorities:?}"
    );
    let broken = checks.iter().find(|c| c["id"] == "broken-link").unwrap();
    assert!(!broken["fix"].as_str().unwrap().is_empty());
    assert!(
        broken["urls"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u.as_str().unwrap().ends_with("/pricing"))
    );

    let issues = app
        .get(
            &format!("/api/v1/crawls/{crawl}/issues?check=title-missing"),
            &admin,
        )
        .await;
    assert_eq!(issues.status, StatusCode::OK);
    assert_eq!(issues.body["total"], 1, "{:?}", issues.body);
    assert!(
        issues.body["items"][0]["url"]
            .as_str()
            .unwrap()
            .ends_with("/about")
    );

    let pages = app
        .get(&format!("/api/v1/crawls/{crawl}/pages?errors=true"), &admin)
        .await;
    assert_eq!(pages.status, StatusCode::OK);
    assert!(
        pages.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["status"] == 404),
        "{:?}",
        pages.body
    );

    let csv = app
        .get(&format!("/api/v1/crawls/{crawl}/export?format=csv"), &admin)
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers[header::CONTENT_TYPE.as_str()]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.body.as_str().unwrap();
    assert!(
        text.lines()
            .next()
            .unwrap()
            .starts_with("check,severity,url,detail"),
        "{text}"
    );
    assert!(text.contains("broken-link"));
    let pdf = app
        .http
        .get(format!(
            "{}/api/v1/crawls/{crawl}/export?format=pdf",
            app.url
        ))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(pdf.status(), StatusCode::OK);
    assert_eq!(
        pdf.headers()[header::CONTENT_TYPE.as_str()],
        "application/pdf"
    );
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"), "not a PDF");

    let events = app
        .get(&format!("/api/v1/crawls/{crawl}/events"), &admin)
        .await;
    assert_eq!(events.status, StatusCode::OK);
    assert!(events.body.as_str().unwrap().contains("event: done"));

    // A second crawl is compared with the first.
    let second = start_crawl(&app, &admin, &site).await;
    assert_eq!(
        wait_crawl(&app, &admin, &second).await["status"],
        "succeeded"
    );
    let audit = app
        .get(&format!("/api/v1/crawls/{second}/audit"), &admin)
        .await;
    assert_eq!(audit.body["trend"]["previous_crawl_id"], crawl.as_str());
    assert_eq!(
        audit.body["trend"]["new_issues"], 0,
        "{:?}",
        audit.body["trend"]
    );
    assert_eq!(audit.body["trend"]["fixed_issues"], 0);
    let trend = app
        .get(&format!("/api/v1/research/sites/{site}/trend"), &admin)
        .await;
    assert_eq!(trend.body["points"].as_array().unwrap().len(), 2);
    let list = app
        .get(&format!("/api/v1/research/sites/{site}/crawls"), &admin)
        .await;
    assert_eq!(list.body["items"][0]["id"], second.as_str());
    let sites = app.get("/api/v1/research/sites", &admin).await;
    assert_eq!(sites.body["items"][0]["last_crawl"]["id"], second.as_str());

    // The crawl fed the keyword map and the research the agents can start from.
    let sources = app.get("/api/v1/research/brief-sources", &admin).await;
    assert_eq!(sources.status, StatusCode::OK, "{:?}", sources.body);
    assert!(
        sources.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["kind"] == "keyword_cluster"),
        "{:?}",
        sources.body
    );

    let catalogue = app.get("/api/v1/seo/checks", &admin).await;
    assert!(catalogue.body.as_array().unwrap().len() >= 60);
    app.stop().await;
}

#[tokio::test]
async fn a_crawl_is_audited_exported_and_compared() {
    on_every_backend!(crawl_audit_export_and_trend);
}

async fn cancel_keeps_what_was_found(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (url, site_state) = serve_site(400).await;
    site_state.slow.store(true, Ordering::Relaxed);
    let admin = access(&app.signup("ada@northwind.test", "Northwind").await);
    let site = add_site(&app, &admin, &url).await;
    let crawl = start_crawl(&app, &admin, &site).await;
    // Wait until the crawl is under way, then cancel it.
    for _ in 0..400 {
        let r = app.get(&format!("/api/v1/crawls/{crawl}"), &admin).await;
        if r.body["progress"]["crawled"].as_u64().unwrap_or(0) >= 5 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let r = app
        .post(
            &format!("/api/v1/crawls/{crawl}/cancel"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let done = wait_crawl(&app, &admin, &crawl).await;
    assert_eq!(done["status"], "cancelled", "{done:?}");
    let crawled = done["pages_crawled"].as_i64().unwrap();
    assert!((5..200).contains(&crawled), "{crawled} pages");
    // What was found is kept and audited.
    let audit = app
        .get(&format!("/api/v1/crawls/{crawl}/audit"), &admin)
        .await;
    assert_eq!(audit.status, StatusCode::OK);
    assert!(!audit.body["checks"].as_array().unwrap().is_empty());
    app.stop().await;
}

#[tokio::test]
async fn a_cancelled_crawl_keeps_what_it_found() {
    on_every_backend!(cancel_keeps_what_was_found);
}

async fn validation_tenancy_and_schedule(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = access(&app.signup("ada@northwind.test", "Northwind").await);
    let other = access(&app.signup("eve@rival.test", "Rival").await);

    let bad = app
        .post(
            "/api/v1/research/sites",
            Some(&admin),
            json!({"url": "ftp://example.com"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.body["errors"][0]["field"], "url");
    let big = app
        .post(
            "/api/v1/research/sites",
            Some(&admin),
            json!({"url": "https://example.com", "max_pages": 20000}),
        )
        .await;
    assert_eq!(big.status, StatusCode::UNPROCESSABLE_ENTITY);

    let r = app
        .post(
            "/api/v1/research/sites",
            Some(&admin),
            json!({"url": "example.com", "schedule": "daily"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(r.body["url"], "https://example.com/");
    assert_eq!(r.body["name"], "example.com");
    assert_eq!(r.body["max_pages"], 500);
    let site = r.body["id"].as_str().unwrap().to_owned();

    for (method, path) in [
        (Method::GET, format!("/api/v1/research/sites/{site}")),
        (Method::PATCH, format!("/api/v1/research/sites/{site}")),
        (Method::DELETE, format!("/api/v1/research/sites/{site}")),
        (
            Method::POST,
            format!("/api/v1/research/sites/{site}/crawls"),
        ),
        (Method::GET, format!("/api/v1/research/sites/{site}/trend")),
    ] {
        let r = app
            .call(
                method.clone(),
                &path,
                Some(&other),
                Some(json!({"name": "x"})),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "{method} {path}: {:?}",
            r.body
        );
    }

    // The schedule: a due site is claimed once and its crawl queued with trigger `schedule`.
    use db::entities::research_site;
    use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    let past = chrono::Utc::now() - chrono::Duration::minutes(5);
    research_site::Entity::update_many()
        .col_expr(research_site::Column::NextCrawlAt, Expr::value(Some(past)))
        .filter(research_site::Column::Id.eq(site.parse::<uuid::Uuid>().unwrap()))
        .exec(&app.state().db)
        .await
        .unwrap();
    let queued = research::run_due(app.state()).await.unwrap();
    assert_eq!(queued, 1);
    assert_eq!(
        research::run_due(app.state()).await.unwrap(),
        0,
        "claimed once"
    );
    let crawls = app
        .get(&format!("/api/v1/research/sites/{site}/crawls"), &admin)
        .await;
    assert_eq!(crawls.body["items"][0]["trigger"], "schedule");
    let crawl = crawls.body["items"][0]["id"].as_str().unwrap().to_owned();
    for path in [
        format!("/api/v1/crawls/{crawl}"),
        format!("/api/v1/crawls/{crawl}/audit"),
        format!("/api/v1/crawls/{crawl}/issues"),
        format!("/api/v1/crawls/{crawl}/export"),
    ] {
        assert_eq!(
            app.get(&path, &other).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let site_after = app
        .get(&format!("/api/v1/research/sites/{site}"), &admin)
        .await;
    let next: chrono::DateTime<chrono::Utc> = site_after.body["next_crawl_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(next > chrono::Utc::now() + chrono::Duration::hours(23));

    let patched = app
        .call(
            Method::PATCH,
            &format!("/api/v1/research/sites/{site}"),
            Some(&admin),
            Some(json!({"schedule": "off", "max_pages": 50})),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{:?}", patched.body);
    assert!(patched.body["next_crawl_at"].is_null());
    let gone = app
        .call(
            Method::DELETE,
            &format!("/api/v1/research/sites/{site}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&format!("/api/v1/crawls/{crawl}"), &admin)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn sites_are_validated_scoped_and_scheduled() {
    on_every_backend!(validation_tenancy_and_schedule);
}

async fn private_addresses_are_refused(backend: &'static str) {
    let app = TestApp::start_with(backend, |c| c.allow_private_networks = false).await;
    let admin = access(&app.signup("ada@northwind.test", "Northwind").await);
    let r = app
        .post(
            "/api/v1/research/sites",
            Some(&admin),
            json!({"url": "http://127.0.0.1:8080/"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    assert_eq!(r.body["errors"][0]["code"], "address_refused");
    app.stop().await;
}

#[tokio::test]
async fn private_addresses_are_refused_unless_allowed() {
    on_every_backend!(private_addresses_are_refused);
}
