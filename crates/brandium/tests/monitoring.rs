//! News and mention monitoring through the real router and the in-process worker: a local
//! server stands in for a news site (an RSS feed and a news sitemap) and for webhook
//! receivers. Sources are polled, items deduplicated and scored, mentions stored with their
//! sentiment, share of voice counted; alert rules raise alerts delivered in the app, by email
//! and to a webhook that checks the signature; a failing endpoint is retried and then recorded
//! failed; digests are previewed and mailed; other organizations see nothing.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode as AxumStatus},
    routing::{get, post},
};
use chrono::Utc;
use common::*;
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr,
};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// The local news site and webhook receivers

#[derive(Default)]
struct Received {
    /// Secret of the good endpoint, known once it was created.
    secret: Option<String>,
    /// (event, delivery id, signature verified, body) per request to /hook.
    hooks: Vec<(String, String, bool, Value)>,
    failing_hits: usize,
}

type Shared = Arc<Mutex<Received>>;

fn rss(now: chrono::DateTime<Utc>) -> String {
    let d = |h: i64| (now - chrono::Duration::hours(h)).to_rfc2822();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Release News</title><link>https://news.test/</link>
<item><guid>a1</guid><link>https://news.test/northwind-dashboard?utm_source=rss</link>
  <title>Northwind launches a brilliant release dashboard that customers love</title>
  <description>&lt;p&gt;Teams love the new Northwind dashboard: an excellent, delightful release tool.&lt;/p&gt;</description>
  <pubDate>{}</pubDate></item>
<item><guid>b2</guid><link>https://news.test/globex-breach</link>
  <title>Globex hit by data breach, customers angry</title>
  <description>Globex suffered a terrible security breach and angry customers are leaving.</description>
  <pubDate>{}</pubDate></item>
<item><guid>c3</guid><link>https://news.test/northwind-dashboard</link>
  <title>Northwind launches calm release dashboard</title>
  <description>The same story again, from the same site.</description>
  <pubDate>{}</pubDate></item>
</channel></rss>"#,
        d(2),
        d(3),
        d(4)
    )
}

fn sitemap(now: chrono::DateTime<Utc>) -> String {
    let d = (now - chrono::Duration::hours(1)).to_rfc3339();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://www.news.test/northwind-dashboard/</loc>
  <news:news><news:publication><news:name>Release News</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>{d}</news:publication_date><news:title>Northwind launches a calm release dashboard</news:title></news:news></url>
<url><loc>https://blog.test/reviews/northwind-dashboard</loc>
  <news:news><news:publication><news:name>Release Blog</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>{d}</news:publication_date><news:title>Northwind launches a brilliant release dashboard that customers love</news:title></news:news></url>
<url><loc>https://news.test/automation-report</loc>
  <news:news><news:publication><news:name>Release News</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>{d}</news:publication_date><news:title>Marketing automation market grows twenty percent</news:title></news:news></url>
</urlset>"#
    )
}

async fn hook(State(r): State<Shared>, headers: HeaderMap, body: Bytes) -> AxumStatus {
    let h = |n: &str| {
        headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let mut r = r.lock().unwrap();
    let secret = r.secret.clone().unwrap_or_default();
    let verified = monitoring::signature::verify(
        &secret,
        &h("brandium-signature"),
        &body,
        Utc::now().timestamp(),
        300,
    )
    .is_ok();
    let value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    r.hooks
        .push((h("brandium-event"), h("brandium-delivery"), verified, value));
    if verified {
        AxumStatus::OK
    } else {
        AxumStatus::UNAUTHORIZED
    }
}

async fn news_site() -> (String, Shared) {
    let shared: Shared = Arc::default();
    let now = Utc::now();
    let app = Router::new()
        .route(
            "/feed.xml",
            get(move || async move { ([("content-type", "application/rss+xml")], rss(now)) }),
        )
        .route(
            "/news-sitemap.xml",
            get(move || async move { ([("content-type", "application/xml")], sitemap(now)) }),
        )
        .route("/hook", post(hook))
        .route(
            "/fail",
            post(|State(r): State<Shared>| async move {
                r.lock().unwrap().failing_hits += 1;
                AxumStatus::INTERNAL_SERVER_ERROR
            }),
        )
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, shared)
}

// ---------------------------------------------------------------------------------------------
// Helpers

async fn add_competitor(app: &TestApp, org: uuid::Uuid, name: &str) {
    let now = Utc::now();
    db::entities::competitor::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        organization_id: Set(org),
        name: Set(name.into()),
        website: Set(format!("https://{}.test", name.to_lowercase())),
        social: Set(json!({})),
        schedule: Set("off".into()),
        next_snapshot_at: Set(None),
        alert_threshold: Set(0.5),
        snapshot_status: Set(None),
        snapshot_job_id: Set(None),
        snapshot_error: Set(None),
        last_snapshot_at: Set(None),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.state().db)
    .await
    .unwrap();
}

async fn wait_polled(app: &TestApp, token: &str, source: &str, after: Option<&str>) -> Value {
    for _ in 0..400 {
        let r = app.get("/api/v1/monitoring/sources", token).await;
        let s = r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == source)
            .cloned()
            .unwrap();
        let polled = s["last_polled_at"].as_str();
        if polled.is_some() && polled != after {
            return s;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("source {source} was not polled");
}

async fn wait_for<F: Fn(&Value) -> bool>(app: &TestApp, token: &str, path: &str, ok: F) -> Value {
    for _ in 0..400 {
        let r = app.get(path, token).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {:?}", r.body);
        if ok(&r.body) {
            return r.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{path} never reached the expected state");
}

fn items(v: &Value) -> &Vec<Value> {
    v["items"].as_array().unwrap()
}

/// Makes every queued webhook attempt due now, standing in for the retry delay passing.
async fn rewind_webhook_jobs(app: &TestApp) {
    db::entities::job::Entity::update_many()
        .col_expr(db::entities::job::Column::RunAt, Expr::value(Utc::now()))
        .filter(db::entities::job::Column::Kind.eq(monitoring::WEBHOOK_JOB))
        .filter(db::entities::job::Column::Status.eq(jobs::status::QUEUED))
        .exec(&app.state().db)
        .await
        .unwrap();
}

async fn field_error(r: &Resp) -> (String, String) {
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    assert_eq!(
        r.headers["content-type"], "application/problem+json",
        "{:?}",
        r.body
    );
    assert_eq!(r.code(), "validation_failed");
    (
        r.body["errors"][0]["field"].as_str().unwrap().to_owned(),
        r.body["errors"][0]["code"].as_str().unwrap().to_owned(),
    )
}

// ---------------------------------------------------------------------------------------------
// The whole journey

async fn journey(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (site, received) = news_site().await;
    let admin = app.signup("ada@northwind.example", "Northwind Inc").await;
    let token = access(&admin);
    let org = org_id(&admin);
    create_brand_id(&app, &token, "Northwind").await;
    add_competitor(&app, org, "Globex").await;
    add_competitor(&app, org, "Initech").await;
    let viewer = app
        .add_member(&token, "vic@northwind.example", "viewer")
        .await;
    let vtoken = access(&viewer);

    // --- watch list
    let r = app
        .call(
            Method::PUT,
            "/api/v1/monitoring/watch",
            Some(&token),
            Some(json!({"keywords": ["release", "marketing automation"], "topics": ["devops"], "brand_aliases": ["NW", "nw"]})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["brand"], "Northwind");
    assert_eq!(r.body["brand_aliases"], json!(["NW"]), "duplicates dropped");
    assert_eq!(r.body["competitors"], json!(["Globex", "Initech"]));

    // --- validation
    let r = app
        .post(
            "/api/v1/monitoring/sources",
            Some(&token),
            json!({"name": "Bad", "url": "ftp://news.test/feed"}),
        )
        .await;
    assert_eq!(field_error(&r).await, ("url".into(), "invalid_url".into()));
    let r = app
        .post(
            "/api/v1/monitoring/sources",
            Some(&token),
            json!({"url": format!("{site}/feed.xml")}),
        )
        .await;
    assert_eq!(field_error(&r).await, ("name".into(), "required".into()));
    let r = app
        .post(
            "/api/v1/monitoring/sources",
            Some(&token),
            json!({"name": "Fast", "url": format!("{site}/feed.xml"), "schedule_minutes": 1}),
        )
        .await;
    assert_eq!(field_error(&r).await.0, "schedule_minutes");
    let r = app
        .post(
            "/api/v1/alert-rules",
            Some(&token),
            json!({"name": "Nothing"}),
        )
        .await;
    assert_eq!(
        field_error(&r).await,
        ("keywords".into(), "rule_matches_nothing".into())
    );
    let r = app
        .post(
            "/api/v1/alert-rules",
            Some(&token),
            json!({"name": "Too picky", "include_brand": true, "min_relevance": 2}),
        )
        .await;
    assert_eq!(field_error(&r).await.0, "min_relevance");
    let r = app
        .post(
            "/api/v1/alert-rules",
            Some(&token),
            json!({"name": "Odd", "include_brand": true, "urgency": "urgent"}),
        )
        .await;
    assert_eq!(field_error(&r).await.0, "urgency");
    let r = app
        .get("/api/v1/monitoring/items?impact=huge", &token)
        .await;
    assert_eq!(field_error(&r).await, ("impact".into(), "invalid".into()));
    let r = app
        .get("/api/v1/monitoring/share-of-voice?period=month", &token)
        .await;
    assert_eq!(field_error(&r).await.0, "period");
    let r = app
        .post(
            "/api/v1/webhooks",
            Some(&token),
            json!({"url": format!("{site}/hook"), "events": ["Alert News"]}),
        )
        .await;
    assert_eq!(field_error(&r).await.0, "events[0]");
    // A viewer reads but does not change monitoring.
    let r = app
        .post(
            "/api/v1/monitoring/sources",
            Some(&vtoken),
            json!({"name": "Feed", "url": format!("{site}/feed.xml")}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // --- alert rules and webhooks
    let r = app
        .post(
            "/api/v1/alert-rules",
            Some(&token),
            json!({"name": "Brand coverage", "include_brand": true, "urgency": "high",
                   "channels": {"in_app": true, "email": true, "webhook": true}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(r.body["min_impact"], "low");
    let brand_rule = r.body["id"].as_str().unwrap().to_owned();
    let r = app
        .post(
            "/api/v1/alert-rules",
            Some(&token),
            json!({"name": "Competitor trouble", "competitors": ["Globex"], "sentiment": "negative"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(r.body["urgency"], "normal");
    assert_eq!(
        r.body["channels"],
        json!({"in_app": true, "email": false, "webhook": true})
    );

    let r = app
        .post(
            "/api/v1/webhooks",
            Some(&token),
            json!({"url": format!("{site}/hook"), "description": "Ops chat"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    let secret = r.body["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_") && secret.len() > 30);
    assert_eq!(r.body["events"], json!(["alert.*"]));
    let hook_id = r.body["id"].as_str().unwrap().to_owned();
    received.lock().unwrap().secret = Some(secret.clone());
    let r = app
        .post(
            "/api/v1/webhooks",
            Some(&token),
            json!({"url": format!("{site}/fail"), "events": ["alert.mention"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    let failing_id = r.body["id"].as_str().unwrap().to_owned();
    let r = app.get("/api/v1/webhooks", &token).await;
    assert_eq!(items(&r.body).len(), 2);
    assert!(
        !r.body.to_string().contains(&secret),
        "the secret is shown once"
    );
    assert_eq!(
        app.get("/api/v1/webhooks", &vtoken).await.status,
        StatusCode::FORBIDDEN
    );

    // --- sources and polls
    let r = app
        .post(
            "/api/v1/monitoring/sources",
            Some(&token),
            json!({"name": "Release News feed", "url": format!("{site}/feed.xml")}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(r.body["schedule_minutes"], 60);
    let feed = r.body["id"].as_str().unwrap().to_owned();
    let r = app
        .post(
            "/api/v1/monitoring/sources",
            Some(&token),
            json!({"name": "Release News sitemap", "url": format!("{site}/news-sitemap.xml"), "schedule_minutes": 30}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    let sitemap_src = r.body["id"].as_str().unwrap().to_owned();

    let r = app
        .post(
            &format!("/api/v1/monitoring/sources/{feed}/poll"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    let f = wait_polled(&app, &token, &feed, None).await;
    assert_eq!(f["last_status"], "ok", "{f}");
    assert_eq!(f["kind"], "rss");
    assert_eq!(f["item_count"], 2, "the repeated article is stored once");
    app.post(
        &format!("/api/v1/monitoring/sources/{sitemap_src}/poll"),
        Some(&token),
        json!({}),
    )
    .await;
    let s = wait_polled(&app, &token, &sitemap_src, None).await;
    assert_eq!(s["last_status"], "ok", "{s}");
    assert_eq!(s["kind"], "sitemap");
    assert_eq!(
        s["item_count"], 2,
        "the dashboard article was already known from the feed"
    );

    let all = app.get("/api/v1/monitoring/items", &token).await;
    assert_eq!(all.status, StatusCode::OK, "{:?}", all.body);
    assert_eq!(items(&all.body).len(), 4, "{}", all.body);
    let by_title = |t: &str| {
        items(&all.body)
            .iter()
            .find(|i| i["title"].as_str().unwrap().contains(t))
            .unwrap_or_else(|| panic!("no item {t}"))
            .clone()
    };
    let by_url = |u: &str| {
        items(&all.body)
            .iter()
            .find(|i| i["url"].as_str().unwrap().starts_with(u))
            .unwrap_or_else(|| panic!("no item at {u}"))
            .clone()
    };
    let dashboard = by_url("https://news.test/northwind");
    let review = by_url("https://blog.test/");
    let breach = by_title("Globex");
    let report = by_title("automation");
    assert!(
        dashboard["relevance"].as_f64().unwrap() > 0.3,
        "{dashboard}"
    );
    assert_eq!(
        review["story_id"], dashboard["story_id"],
        "the same story from two sites is grouped"
    );
    assert_ne!(breach["story_id"], dashboard["story_id"]);
    assert!(
        report["matched_keywords"]
            .as_array()
            .unwrap()
            .contains(&json!("marketing automation")),
        "{report}"
    );
    assert_eq!(breach["category"], "security", "{breach}");
    assert!(
        dashboard["matched_keywords"]
            .as_array()
            .unwrap()
            .contains(&json!("release"))
    );
    assert_eq!(dashboard["mentions"][0]["entity"], "Northwind");
    assert_eq!(dashboard["mentions"][0]["label"], "positive");
    assert_eq!(breach["mentions"][0]["entity"], "Globex");
    assert_eq!(breach["mentions"][0]["label"], "negative");
    assert!(breach["mentions"][0]["sentiment"].as_f64().unwrap() < 0.0);

    // filters
    let r = app
        .get("/api/v1/monitoring/items?entity=globex", &token)
        .await;
    assert_eq!(items(&r.body).len(), 1);
    let r = app
        .get("/api/v1/monitoring/items?q=AUTOMATION", &token)
        .await;
    assert_eq!(items(&r.body).len(), 1);
    assert_eq!(items(&r.body)[0]["id"], report["id"]);
    let r = app
        .get("/api/v1/monitoring/items?category=security", &token)
        .await;
    assert_eq!(items(&r.body).len(), 1);
    let r = app.get("/api/v1/monitoring/items?limit=2", &token).await;
    assert_eq!(items(&r.body).len(), 2);
    let cursor = r.body["next_cursor"].as_str().unwrap().to_owned();
    let r = app
        .get(
            &format!("/api/v1/monitoring/items?limit=2&cursor={cursor}"),
            &token,
        )
        .await;
    assert_eq!(items(&r.body).len(), 2);
    assert!(r.body["next_cursor"].is_null());

    // polling again stores nothing new
    let before = f["last_polled_at"].as_str().unwrap().to_owned();
    app.post(
        &format!("/api/v1/monitoring/sources/{feed}/poll"),
        Some(&token),
        json!({}),
    )
    .await;
    let again = wait_polled(&app, &token, &feed, Some(&before)).await;
    assert_eq!(again["item_count"], 2);
    assert_eq!(
        items(&app.get("/api/v1/monitoring/items", &token).await.body).len(),
        4
    );

    // --- mentions and share of voice
    let r = app
        .get("/api/v1/monitoring/mentions?sentiment=negative", &token)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(items(&r.body).len(), 1);
    assert_eq!(items(&r.body)[0]["entity"], "Globex");
    let r = app
        .get("/api/v1/monitoring/mentions?entity=Northwind", &token)
        .await;
    assert_eq!(items(&r.body).len(), 2);
    assert!(items(&r.body).iter().all(|m| m["label"] == "positive"));
    let r = app
        .get(
            "/api/v1/monitoring/mentions?from=2020-01-01T00:00:00Z&to=2020-12-31T00:00:00Z",
            &vtoken,
        )
        .await;
    assert_eq!(items(&r.body).len(), 0, "nothing was published in 2020");
    let r = app
        .get(
            "/api/v1/monitoring/share-of-voice?period=week&days=14",
            &vtoken,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["period"], "week");
    assert_eq!(
        r.body["totals"],
        json!({"Globex": 1, "Initech": 0, "Northwind": 2})
    );
    assert_eq!(r.body["shares"]["Northwind"].as_f64(), Some(2.0 / 3.0));
    assert_eq!(r.body["shares"]["Initech"], 0.0);
    let names: Vec<&str> = r.body["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Northwind", "Globex", "Initech"]);
    for p in r.body["points"].as_array().unwrap() {
        assert!(p["counts"].get("Initech").is_some(), "{p}");
    }

    // --- alerts: in the app, by email, to the webhook
    let alerts = wait_for(&app, &token, "/api/v1/alerts", |b| items(b).len() == 3).await;
    let brand_alert = items(&alerts)
        .iter()
        .find(|a| a["rule_id"] == brand_rule.as_str())
        .unwrap()
        .clone();
    assert_eq!(brand_alert["kind"], "mention");
    assert_eq!(brand_alert["urgency"], "high");
    assert!(brand_alert["priority"].as_i64().unwrap() > 0);
    assert_eq!(alerts["unread_count"], 3);
    let first = &items(&alerts)[0];
    assert!(
        first["priority"].as_i64() >= items(&alerts)[1]["priority"].as_i64(),
        "higher priority first"
    );
    let notes = app.get("/api/v1/notifications", &vtoken).await.body;
    let monitoring_notes: Vec<&Value> = items(&notes)
        .iter()
        .filter(|n| n["kind"] == "monitoring.alert")
        .collect();
    assert_eq!(monitoring_notes.len(), 3, "{notes}");
    let outbox = app.get("/api/v1/mail/outbox", &token).await.body;
    let alert_mails: Vec<&Value> = items(&outbox)
        .iter()
        .filter(|m| m["kind"] == "monitoring_alert")
        .collect();
    assert_eq!(
        alert_mails.len(),
        4,
        "each high-urgency alert to both members, the normal one to nobody: {outbox}"
    );
    assert!(
        alert_mails
            .iter()
            .any(|m| m["to"] == "vic@northwind.example")
    );
    assert!(
        alert_mails[0]["subject"]
            .as_str()
            .unwrap()
            .starts_with("[HIGH]")
    );

    let deliveries = wait_for(
        &app,
        &token,
        &format!("/api/v1/webhooks/{hook_id}/deliveries"),
        |b| items(b).len() == 3 && items(b).iter().all(|d| d["status"] == "delivered"),
    )
    .await;
    for d in items(&deliveries) {
        assert_eq!(d["attempts"], 1);
        assert_eq!(d["response_status"], 200);
    }
    {
        let got = received.lock().unwrap();
        assert_eq!(got.hooks.len(), 3);
        assert!(got.hooks.iter().all(|h| h.2), "every signature verified");
        let events: Vec<&str> = got.hooks.iter().map(|h| h.0.as_str()).collect();
        assert!(events.contains(&"alert.mention"), "{events:?}");
        let ids: Vec<&str> = items(&deliveries)
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        assert!(got.hooks.iter().all(|h| ids.contains(&h.1.as_str())));
        assert!(
            got.hooks
                .iter()
                .any(|h| h.3["data"]["id"] == brand_alert["id"])
        );
    }

    // the failing endpoint subscribed to mentions only: retried, then recorded failed
    let path = format!("/api/v1/webhooks/{failing_id}/deliveries");
    wait_for(&app, &token, &path, |b| {
        items(b).len() == 3 && items(b).iter().all(|d| d["attempts"] == 1)
    })
    .await;
    let mut last = Value::Null;
    for _ in 0..200 {
        rewind_webhook_jobs(&app).await;
        last = app.get(&path, &token).await.body;
        if items(&last).iter().all(|d| d["status"] == "failed") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for d in items(&last) {
        assert_eq!(d["status"], "failed", "{last}");
        assert_eq!(d["attempts"], 5);
        assert_eq!(d["response_status"], 500);
        assert_eq!(d["attempt_log"].as_array().unwrap().len(), 5);
        assert!(d["next_attempt_at"].is_null());
    }
    assert_eq!(received.lock().unwrap().failing_hits, 15);

    // the test event
    let r = app
        .post(
            &format!("/api/v1/webhooks/{hook_id}/test"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    assert_eq!(r.body["event"], "webhook.test");
    wait_for(
        &app,
        &token,
        &format!("/api/v1/webhooks/{hook_id}/deliveries"),
        |b| items(b).iter().all(|d| d["status"] == "delivered") && items(b).len() == 4,
    )
    .await;
    assert!(
        received
            .lock()
            .unwrap()
            .hooks
            .iter()
            .any(|h| h.0 == "webhook.test" && h.2)
    );

    // raising the same alert again does nothing
    let again = monitoring::raise_alert(
        app.state(),
        org,
        monitoring::NewAlert {
            kind: "competitor_change".into(),
            title: "Globex changed its pricing page".into(),
            body: "Plans renamed.".into(),
            url: Some("https://globex.test/pricing".into()),
            priority: 70,
            urgency: monitoring::Urgency::Low,
            dedupe_key: "competitor:globex:pricing:1".into(),
            channels: monitoring::AlertChannels {
                in_app: true,
                email: true,
                webhook: false,
            },
            rule_id: None,
        },
    )
    .await
    .unwrap();
    assert!(again.is_some());
    let dup = monitoring::raise_alert(
        app.state(),
        org,
        monitoring::NewAlert {
            kind: "competitor_change".into(),
            title: "Globex changed its pricing page".into(),
            body: "Plans renamed.".into(),
            url: None,
            priority: 70,
            urgency: monitoring::Urgency::Low,
            dedupe_key: "competitor:globex:pricing:1".into(),
            channels: monitoring::AlertChannels::all(),
            rule_id: None,
        },
    )
    .await
    .unwrap();
    assert_eq!(dup, None);

    // reading alerts
    let r = app
        .get("/api/v1/alerts?kind=competitor_change", &token)
        .await;
    assert_eq!(items(&r.body).len(), 1);
    assert_eq!(r.body["unread_count"], 4);
    let id = brand_alert["id"].as_str().unwrap();
    let r = app
        .post(
            &format!("/api/v1/alerts/{id}/read"),
            Some(&vtoken),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert!(r.body["read_at"].is_string());
    let r = app.get("/api/v1/alerts", &token).await;
    assert_eq!(r.body["unread_count"], 3);
    assert_eq!(
        items(&r.body).last().unwrap()["id"],
        id,
        "read alerts come after unread ones"
    );
    let r = app.get("/api/v1/alerts?unread=true", &token).await;
    assert_eq!(items(&r.body).len(), 3);
    let r = app
        .post("/api/v1/alerts/read-all", Some(&token), json!({}))
        .await;
    assert_eq!(r.body["marked"], 3);
    assert_eq!(
        app.get("/api/v1/alerts", &token).await.body["unread_count"],
        0
    );

    // --- digests
    let r = app.get("/api/v1/monitoring/digest", &token).await;
    assert_eq!(r.body["frequency"], "none");
    assert_eq!(r.body["instant_alerts"], "high");
    let r = app
        .call(
            Method::PUT,
            "/api/v1/monitoring/digest",
            Some(&token),
            Some(json!({"frequency": "fortnightly"})),
        )
        .await;
    assert_eq!(field_error(&r).await.0, "frequency");
    let r = app
        .call(
            Method::PUT,
            "/api/v1/monitoring/digest",
            Some(&token),
            Some(json!({"frequency": "daily"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert!(r.body["next_due_at"].is_string());
    let r = app
        .post("/api/v1/monitoring/digest/preview", Some(&token), json!({}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["frequency"], "daily");
    assert_eq!(
        r.body["digest"]["total"], 3,
        "four items, the dashboard story once: {:?}",
        r.body
    );
    // the viewer's digest is off: nothing is due for them
    let vr = app
        .post(
            "/api/v1/monitoring/digest/preview",
            Some(&vtoken),
            json!({}),
        )
        .await;
    assert_eq!(vr.body["digest"]["total"], 3);

    // the scheduler: due sources and digests are claimed once
    db::entities::digest_preference::Entity::update_many()
        .col_expr(
            db::entities::digest_preference::Column::NextDueAt,
            Expr::value(Utc::now() - chrono::Duration::minutes(1)),
        )
        .filter(db::entities::digest_preference::Column::OrganizationId.eq(org))
        .exec(&app.state().db)
        .await
        .unwrap();
    let (a, b) = tokio::join!(
        monitoring::run_due(app.state()),
        monitoring::run_due(app.state())
    );
    assert_eq!(
        a.unwrap() + b.unwrap(),
        3,
        "two new sources and one digest, each claimed by one pass"
    );
    assert_eq!(monitoring::run_due(app.state()).await.unwrap(), 0);
    let outbox = wait_for(&app, &token, "/api/v1/mail/outbox", |b| {
        items(b).iter().any(|m| m["kind"] == "monitoring_digest")
    })
    .await;
    let mail = items(&outbox)
        .iter()
        .find(|m| m["kind"] == "monitoring_digest")
        .unwrap();
    assert_eq!(mail["to"], "ada@northwind.example");
    assert!(
        mail["body_text"]
            .as_str()
            .unwrap()
            .contains("Globex hit by data breach")
    );
    assert!(mail["subject"].as_str().unwrap().contains("3 items"));
    let sent = wait_for(&app, &token, "/api/v1/monitoring/digest", |b| {
        b["last_sent_at"].is_string()
    })
    .await;
    assert!(
        sent["next_due_at"].as_str() > sent["last_sent_at"].as_str(),
        "the next digest is a period away: {sent}"
    );

    // --- updates and deletes
    let r = app
        .call(
            Method::PATCH,
            &format!("/api/v1/monitoring/sources/{feed}"),
            Some(&token),
            Some(json!({"enabled": false, "schedule_minutes": 120})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["enabled"], false);
    assert_eq!(r.body["schedule_minutes"], 120);
    let r = app
        .call(
            Method::PATCH,
            &format!("/api/v1/alert-rules/{brand_rule}"),
            Some(&token),
            Some(json!({"urgency": "critical", "min_impact": "medium"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["urgency"], "critical");
    assert_eq!(r.body["min_impact"], "medium");
    assert_eq!(r.body["include_brand"], true);

    // --- tenancy: another organization's ids answer 404 and its lists are empty
    let eve = app.signup("eve@globex.example", "Globex Corp").await;
    let etoken = access(&eve);
    for (method, path, body) in [
        (
            Method::PATCH,
            format!("/api/v1/monitoring/sources/{feed}"),
            Some(json!({"name": "Mine"})),
        ),
        (
            Method::DELETE,
            format!("/api/v1/monitoring/sources/{feed}"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/monitoring/sources/{feed}/poll"),
            Some(json!({})),
        ),
        (
            Method::PATCH,
            format!("/api/v1/alert-rules/{brand_rule}"),
            Some(json!({"name": "Mine"})),
        ),
        (
            Method::DELETE,
            format!("/api/v1/alert-rules/{brand_rule}"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/alerts/{id}/read"),
            Some(json!({})),
        ),
        (Method::DELETE, format!("/api/v1/webhooks/{hook_id}"), None),
        (
            Method::POST,
            format!("/api/v1/webhooks/{hook_id}/test"),
            Some(json!({})),
        ),
        (
            Method::GET,
            format!("/api/v1/webhooks/{hook_id}/deliveries"),
            None,
        ),
    ] {
        let r = app.call(method.clone(), &path, Some(&etoken), body).await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "{method} {path}: {:?}",
            r.body
        );
        assert_eq!(r.code(), "not_found");
    }
    for path in [
        "/api/v1/monitoring/sources",
        "/api/v1/monitoring/items",
        "/api/v1/monitoring/mentions",
        "/api/v1/alert-rules",
        "/api/v1/alerts",
        "/api/v1/webhooks",
    ] {
        let r = app.get(path, &etoken).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(items(&r.body).is_empty(), "{path}: {:?}", r.body);
    }
    let r = app.get("/api/v1/monitoring/share-of-voice", &etoken).await;
    assert_eq!(r.body["totals"], json!({"Globex Corp": 0}));

    // deleting a source removes its items
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/monitoring/sources/{sitemap_src}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(
        items(&app.get("/api/v1/monitoring/items", &token).await.body).len(),
        2
    );
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/webhooks/{failing_id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    app.stop().await;
}

#[tokio::test]
async fn monitoring_journey() {
    on_every_backend!(journey);
}

/// Without private networks allowed, sources and webhooks on internal addresses are refused
/// when they are saved.
async fn ssrf(backend: &'static str) {
    let app = TestApp::start_with(backend, |c| c.allow_private_networks = false).await;
    let t = access(&app.signup("ada@example.com", "Acme").await);
    for url in [
        "http://127.0.0.1:9/feed.xml",
        "http://10.0.0.8/rss",
        "http://[::1]/x",
    ] {
        let r = app
            .post(
                "/api/v1/monitoring/sources",
                Some(&t),
                json!({"name": "Internal", "url": url}),
            )
            .await;
        assert_eq!(
            field_error(&r).await,
            ("url".into(), "forbidden_url".into()),
            "{url}"
        );
    }
    let r = app
        .post(
            "/api/v1/webhooks",
            Some(&t),
            json!({"url": "http://192.168.1.20/hook"}),
        )
        .await;
    assert_eq!(
        field_error(&r).await,
        ("url".into(), "forbidden_url".into())
    );
    let r = app
        .post(
            "/api/v1/webhooks",
            Some(&t),
            json!({"url": "https://hooks.example.com/brandium"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    app.stop().await;
}

#[tokio::test]
async fn private_addresses_are_refused() {
    on_every_backend!(ssrf);
}
