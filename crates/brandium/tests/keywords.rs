//! The keyword map through the real router: built from our latest crawl and a competitor's
//! snapshots (served by a local site), filtered and sorted; a Semrush export merges search
//! volumes, as a raw body or a multipart form; a broken export is a problem naming its line;
//! metrics can be forgotten; another organization sees none of it; viewers only read.

mod common;

use std::time::Duration;

use axum::{Router, response::Html, routing::get};
use common::*;
use db::entities::{crawl, research_site};
use db::sea_orm::{ActiveModelTrait, ActiveValue::Set};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html><html><head><title>{title}</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/pricing\">Pricing</a> <a href=\"/about\">About us</a></nav>\
         <main>{body}</main><footer>© 2026 Acme</footer></body></html>"
    ))
}

/// A competitor whose pages talk about email marketing automation and newsletter templates.
async fn competitor_site() -> String {
    let app = Router::new()
        .route(
            "/",
            get(|| async {
                page(
                    "Acme — Email marketing automation",
                    "<h1>Email marketing automation for small teams</h1>\
                     <p>Email marketing automation sends welcome emails, drip campaigns and newsletters.</p>\
                     <h2>Newsletter templates</h2><p>Pick one of our newsletter templates and send newsletter campaigns in minutes.</p>\
                     <h2>Email marketing automation workflows</h2><p>Automation workflows for every email marketing campaign.</p>",
                )
            }),
        )
        .route(
            "/pricing",
            get(|| async {
                page(
                    "Email marketing pricing — Acme",
                    "<h1>Email marketing pricing</h1><p>Compare email marketing pricing plans.</p>\
                     <p>Newsletter templates are free on every plan. Buy the Pro plan for email marketing automation.</p>",
                )
            }),
        )
        .route(
            "/about",
            get(|| async {
                page(
                    "About Acme",
                    "<h1>About Acme</h1><p>Acme builds email marketing automation and newsletter templates.</p>",
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}/")
}

/// A finished crawl of our own site, as the crawl job stores it, about release management.
async fn our_crawl(app: &TestApp, org: uuid::Uuid) {
    let db = &app.state().db;
    let now = chrono::Utc::now();
    let site = research_site::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        organization_id: Set(org),
        name: Set("northwind.example".into()),
        url: Set("https://northwind.example/".into()),
        schedule: Set("off".into()),
        next_crawl_at: Set(None),
        max_pages: Set(100),
        last_crawl_id: Set(None),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    let doc = |url: &str, title: &str, text: &str| {
        json!({"url": url, "source": "northwind.example", "is_ours": true, "title": title,
               "headings": [title], "text": text, "page_kind": "home"})
    };
    let docs = json!([
        doc(
            "https://northwind.example/",
            "Release management for calm teams",
            "Release management without fear. Release management dashboards show every release. Email marketing teams love calm releases."
        ),
        doc(
            "https://northwind.example/rollbacks",
            "Automatic rollbacks",
            "Automatic rollbacks undo a bad release. Release management with automatic rollbacks."
        ),
    ]);
    crawl::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        organization_id: Set(org),
        site_id: Set(site.id),
        status: Set("succeeded".into()),
        trigger: Set("manual".into()),
        job_id: Set(None),
        max_pages: Set(100),
        progress: Set(None),
        pages_crawled: Set(2),
        issues_count: Set(0),
        critical: Set(0),
        warnings: Set(0),
        notices: Set(0),
        health_score: Set(Some(100)),
        stopped: Set(None),
        error: Set(None),
        audit: Set(None),
        documents: Set(Some(docs)),
        created_by: Set(None),
        created_at: Set(now),
        started_at: Set(Some(now)),
        finished_at: Set(Some(now)),
    }
    .insert(db)
    .await
    .unwrap();
}

/// Creates the competitor and waits for its first snapshot.
async fn snapshotted_competitor(app: &TestApp, token: &str, website: &str) {
    let r = app
        .post(
            "/api/v1/competitors",
            Some(token),
            json!({"name": "Acme", "website": website, "schedule": "off"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    let id = r.body["id"].as_str().unwrap().to_owned();
    let r = app
        .post(
            &format!("/api/v1/competitors/{id}/snapshot"),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    for _ in 0..600 {
        let c = app
            .get(&format!("/api/v1/competitors/{id}"), token)
            .await
            .body;
        match c["snapshot_status"].as_str() {
            Some("succeeded") => return,
            Some("failed" | "cancelled") => panic!("{c}"),
            _ => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    panic!("the snapshot did not finish");
}

fn phrases(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["phrase"].as_str().unwrap().to_owned())
        .collect()
}

fn find<'a>(list: &'a Value, phrase: &str) -> &'a Value {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["phrase"] == phrase)
        .unwrap_or_else(|| panic!("no {phrase:?} in {:?}", phrases(list)))
}

/// Sends `body` as the raw request body with a content type.
async fn raw_import(
    app: &TestApp,
    token: &str,
    content_type: &str,
    body: &str,
) -> (StatusCode, Value) {
    let res = app
        .http
        .post(format!("{}/api/v1/keywords/import", app.url))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// Sends `csv` as the `file` field of a multipart form.
async fn multipart_import(app: &TestApp, token: &str, csv: &str) -> (StatusCode, Value) {
    let boundary = "brandium-test-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ahrefs.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n"
    );
    raw_import(
        app,
        token,
        &format!("multipart/form-data; boundary={boundary}"),
        &body,
    )
    .await
}

const SEMRUSH: &str = "Keyword,Intent,Volume,Keyword Difficulty,CPC (USD),Competitive Density,Number of Results\n\
email marketing automation,Commercial,12100,78,4.52,0.81,1200000\n\
newsletter templates,Informational,8100,45,1.10,0.35,900000\n\
release management,Informational,2900,52,6.20,0.40,300000\n\
best crm for startups,Commercial,1900,61,9.80,0.95,500000\n";

async fn journey(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let website = competitor_site().await;
    let tokens = app.signup("ada@northwind.example", "Northwind").await;
    let token = access(&tokens);
    create_brand_id(&app, &token, "Northwind").await;

    // Before anything is built: an empty map, no error.
    let empty = app.get("/api/v1/keywords", &token).await;
    assert_eq!(empty.status, StatusCode::OK, "{:?}", empty.body);
    assert_eq!(empty.body["total"], 0);
    assert!(empty.body["built_at"].is_null());

    our_crawl(&app, org_id(&tokens)).await;
    snapshotted_competitor(&app, &token, &website).await;
    let built = app
        .post("/api/v1/keywords/rebuild", Some(&token), json!({}))
        .await;
    assert_eq!(built.status, StatusCode::OK, "{:?}", built.body);
    assert!(built.body["built_at"].is_string());
    assert_eq!(built.body["documents"], 5, "2 of our pages and 3 of Acme's");
    let all = built.body.clone();
    let theirs = find(&all, "email marketing automation");
    assert_eq!(theirs["ours"], 0, "{theirs}");
    assert!(
        theirs["competitors"]["Acme"].as_u64().unwrap() >= 2,
        "{theirs}"
    );
    let ours = find(&all, "release management");
    assert!(ours["ours"].as_u64().unwrap() >= 1, "{ours}");
    assert!(ours["competitors"].get("Acme").is_none(), "{ours}");
    assert!(!all["clusters"].as_array().unwrap().is_empty());

    // Gaps: topics Acme covers and we don't.
    let gaps = app.get("/api/v1/keywords/gaps", &token).await;
    assert_eq!(gaps.status, StatusCode::OK, "{:?}", gaps.body);
    let gap_text = gaps.body["items"].to_string();
    assert!(gap_text.contains("Acme"), "{gap_text}");
    assert!(!gap_text.contains("release management"), "{gap_text}");
    let only_gaps = app.get("/api/v1/keywords?gap=true", &token).await.body;
    assert!(phrases(&only_gaps).contains(&"email marketing automation".to_owned()));
    assert!(!phrases(&only_gaps).contains(&"release management".to_owned()));

    // Filters.
    let q = app.get("/api/v1/keywords?q=NEWSLETTER", &token).await.body;
    assert!(!phrases(&q).is_empty());
    assert!(
        phrases(&q).iter().all(|p| p.contains("newsletter")),
        "{:?}",
        phrases(&q)
    );
    let cluster = find(&all, "email marketing automation")["cluster_id"]
        .as_u64()
        .unwrap();
    let in_cluster = app
        .get(&format!("/api/v1/keywords?cluster={cluster}"), &token)
        .await
        .body;
    assert!(
        in_cluster["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|k| k["cluster_id"].as_u64() == Some(cluster))
    );
    let intent = find(&all, "email marketing automation")["intent"]
        .as_str()
        .unwrap()
        .to_owned();
    let by_intent = app
        .get(&format!("/api/v1/keywords?intent={intent}"), &token)
        .await
        .body;
    assert!(
        by_intent["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|k| k["intent"] == intent.as_str())
    );
    let bad = app.get("/api/v1/keywords?intent=curious", &token).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = app.get("/api/v1/keywords?limit=0", &token).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A Semrush export: volumes merge into the map, new phrases are added.
    let (status, body) = raw_import(&app, &token, "text/csv", SEMRUSH).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["format"], "semrush", "{body}");
    assert_eq!(body["rows"], 4);
    assert!(body["report"]["matched"].as_u64().unwrap() >= 2, "{body}");
    let by_volume = app.get("/api/v1/keywords?sort=volume", &token).await.body;
    let first = &by_volume["items"][0];
    assert_eq!(first["phrase"], "email marketing automation", "{by_volume}");
    assert_eq!(first["volume"], 12100);
    assert_eq!(first["difficulty"], 78.0);
    assert_eq!(first["cpc"], 4.52);
    assert_eq!(by_volume["metrics"], 4);
    assert_eq!(find(&by_volume, "best crm for startups")["volume"], 1900);
    let gaps = app.get("/api/v1/keywords/gaps", &token).await.body;
    assert!(
        gaps["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["total_volume"].as_u64().unwrap_or(0) >= 12100),
        "{gaps}"
    );

    // A newer export of the same keyword takes its place, through a multipart form.
    let (status, body) = multipart_import(
        &app,
        &token,
        "Keyword,Volume,KD,CPC\nemail marketing automation,15000,80,5.1\n",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let again = app.get("/api/v1/keywords?sort=volume", &token).await.body;
    assert_eq!(again["items"][0]["volume"], 15000);
    assert_eq!(again["metrics"], 4, "replaced, not added");

    // A broken export: a problem with the code and the line.
    let (status, body) = raw_import(
        &app,
        &token,
        "text/csv",
        "Keyword,Volume,Keyword Difficulty\nemail marketing,lots,12\n",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "keywords.import_invalid", "{body}");
    assert!(
        body["detail"].as_str().unwrap().contains('2'),
        "names line 2: {body}"
    );
    let (status, body) = raw_import(
        &app,
        &token,
        "text/csv",
        "just some words\nnothing tabular\n",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "keywords.import_invalid");
    let (status, body) = raw_import(&app, &token, "text/csv", "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["errors"][0]["field"], "file");

    // Forgetting the metrics.
    let r = app
        .call(
            Method::DELETE,
            "/api/v1/keywords/metrics",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["deleted"], 4);
    let after = app.get("/api/v1/keywords", &token).await.body;
    assert_eq!(after["metrics"], 0);
    assert!(find(&after, "email marketing automation")["volume"].is_null());
    assert!(
        !phrases(&after).contains(&"best crm for startups".to_owned()),
        "imported-only phrases go with their metrics"
    );

    // Another organization sees none of it; a viewer reads but cannot build or import.
    let eve = access(&app.signup("eve@contoso.example", "Contoso").await);
    let theirs = app.get("/api/v1/keywords", &eve).await.body;
    assert_eq!(theirs["total"], 0);
    assert!(theirs["built_at"].is_null());
    let (status, _) = raw_import(&app, &eve, "text/csv", SEMRUSH).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.get("/api/v1/keywords", &token).await.body["metrics"], 0);
    let viewer = access(
        &app.add_member(&token, "val@northwind.example", "viewer")
            .await,
    );
    assert_eq!(
        app.get("/api/v1/keywords", &viewer).await.status,
        StatusCode::OK
    );
    let r = app
        .post("/api/v1/keywords/rebuild", Some(&viewer), json!({}))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let (status, _) = raw_import(&app, &viewer, "text/csv", SEMRUSH).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn keyword_journey() {
    on_every_backend!(journey);
}

/// A file over 10 MB is refused before it is parsed.
async fn too_large(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let token = access(&app.signup("ada@northwind.example", "Northwind").await);
    let mut csv = String::from("Keyword,Volume\n");
    while csv.len() <= 10 * 1024 * 1024 {
        csv.push_str("a fairly long keyword phrase for padding,100\n");
    }
    let (status, body) = raw_import(&app, &token, "text/csv", &csv).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert_eq!(body["code"], "file_too_large");
    app.stop().await;
}

#[tokio::test]
async fn keyword_import_size_limit() {
    on_every_backend!(too_large);
}
