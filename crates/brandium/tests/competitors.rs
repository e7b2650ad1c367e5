//! Competitors through the real router and the in-process worker: a local server plays a
//! competitor's site; the first snapshot finds its key pages and reads their messaging, plans
//! and prices; a price rise is a significant change with an alert and an in-app notification,
//! while a new footer date is no change at all; the analysis sets us beside them; scheduled
//! snapshots are claimed once; validation, robots.txt, cancellation and tenancy.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::{
    Router,
    extract::State,
    http::header,
    response::{Html, IntoResponse},
    routing::get,
};
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// The competitor's site

#[derive(Clone)]
struct Site {
    pro_price: u32,
    footer: String,
    /// Extra text on the pricing page (a new plan).
    extra_plan: bool,
    /// robots.txt forbids /about.
    hide_about: bool,
    /// Seconds the /slow pages take.
    slow_secs: u64,
}

type Shared = Arc<Mutex<Site>>;

fn page(title: &str, body: &str, footer: &str) -> Html<String> {
    Html(format!(
        r#"<!doctype html><html><head><title>{title}</title>
        <meta name="description" content="Acme sends your newsletters on time."></head>
        <body><nav><a href="/">Home</a> <a href="/features">Features</a> <a href="/pricing">Pricing</a>
        <a href="/about">About us</a> <a href="https://elsewhere.test/pricing">Partner</a></nav>
        <main>{body}</main><footer><p>{footer}</p></footer></body></html>"#
    ))
}

fn site_of(s: &Shared) -> Site {
    s.lock().unwrap().clone()
}

async fn home(State(s): State<Shared>) -> Html<String> {
    let site = site_of(&s);
    page(
        "Acme — Email marketing for busy teams",
        r#"<h1>Email marketing for busy teams</h1>
        <p class="hero">Send beautiful newsletters in minutes, not days.</p>
        <h2>Automated email campaigns</h2><p>Welcome series and drip campaigns that run themselves.</p>
        <h2>Newsletter templates</h2><p>Fifty responsive newsletter templates for every brand.</p>
        <a class="button" href="/signup">Start your free trial</a>"#,
        &site.footer,
    )
}

async fn pricing(State(s): State<Shared>) -> Html<String> {
    let site = site_of(&s);
    let extra = if site.extra_plan {
        r#"<div class="card"><h3>Agency</h3><p class="price">$199<span>/mo</span></p><ul><li>Client workspaces</li></ul><a class="btn">Start trial</a></div>"#
    } else {
        ""
    };
    page(
        "Pricing — Acme",
        &format!(
            r#"<h1>Simple pricing for email marketing</h1>
            <section class="pricing">
              <div class="card"><h3>Starter</h3><p class="price">$19<span>/mo</span></p><ul><li>1,000 contacts</li><li>Email support</li></ul><a class="btn">Start trial</a></div>
              <div class="card"><h3>Pro</h3><p class="price">${}<span>/mo</span></p><ul><li>10,000 contacts</li><li>Automations</li></ul><a class="btn">Start trial</a></div>
              {extra}
              <div class="card"><h3>Enterprise</h3><p>Contact us</p><ul><li>SSO</li></ul><a class="btn">Contact sales</a></div>
            </section>"#,
            site.pro_price
        ),
        &site.footer,
    )
}

async fn features(State(s): State<Shared>) -> Html<String> {
    page(
        "Features — Acme",
        "<h1>Every email marketing feature</h1><h2>Drag and drop editor</h2><p>Design newsletters without code.</p>\
         <h2>Audience segments</h2><p>Send the right email marketing campaign to each segment.</p>",
        &site_of(&s).footer,
    )
}

async fn about(State(s): State<Shared>) -> Html<String> {
    page(
        "About us — Acme",
        "<h1>About Acme</h1><p>Founded in Lyon, Acme helps small teams run email marketing.</p>",
        &site_of(&s).footer,
    )
}

async fn slow(State(s): State<Shared>) -> Html<String> {
    let secs = site_of(&s).slow_secs;
    tokio::time::sleep(Duration::from_secs(secs)).await;
    page("Slow — Acme", "<h1>Slow page</h1>", "")
}

async fn robots(State(s): State<Shared>) -> impl IntoResponse {
    let body = if site_of(&s).hide_about {
        "User-agent: *\nDisallow: /about\n"
    } else {
        "User-agent: *\nDisallow: /private\n"
    };
    ([(header::CONTENT_TYPE, "text/plain")], body)
}

/// Starts the competitor's site on 127.0.0.1; answers its address and its state.
async fn competitor_site() -> (String, Shared) {
    let shared: Shared = Arc::new(Mutex::new(Site {
        pro_price: 49,
        footer: "© 2025 Acme Inc. Page updated on 3 March 2025.".into(),
        extra_plan: false,
        hide_about: false,
        slow_secs: 0,
    }));
    let app = Router::new()
        .route("/", get(home))
        .route("/pricing", get(pricing))
        .route("/features", get(features))
        .route("/about", get(about))
        .route("/slow/{n}", get(slow))
        .route("/robots.txt", get(robots))
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/"), shared)
}

// ---------------------------------------------------------------------------------------------
// Helpers

async fn create_competitor(app: &TestApp, token: &str, website: &str, extra: Value) -> Value {
    let mut body = json!({"name": "Acme", "website": website, "schedule": "off",
        "social": {"x": "https://x.com/acme", "linkedin": "linkedin.com/company/acme"}});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    let r = app.post("/api/v1/competitors", Some(token), body).await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    r.body
}

/// Polls the competitor until its snapshot run has finished.
async fn wait_snapshot(app: &TestApp, token: &str, id: &str) -> Value {
    for _ in 0..600 {
        let r = app.get(&format!("/api/v1/competitors/{id}"), token).await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        let s = r.body["snapshot_status"].as_str().unwrap_or("");
        if ["succeeded", "failed", "cancelled"].contains(&s) {
            return r.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the snapshot of {id} did not finish");
}

/// Takes a snapshot and waits for it.
async fn snapshot(app: &TestApp, token: &str, id: &str) -> Value {
    let r = app
        .post(
            &format!("/api/v1/competitors/{id}/snapshot"),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    assert!(
        ["queued", "running"].contains(&r.body["snapshot_status"].as_str().unwrap()),
        "{:?}",
        r.body
    );
    wait_snapshot(app, token, id).await
}

fn page_of<'a>(snapshots: &'a Value, kind: &str) -> &'a Value {
    snapshots["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} page in {snapshots}"))
}

async fn changes(app: &TestApp, token: &str, id: &str) -> Vec<Value> {
    let r = app
        .get(&format!("/api/v1/competitors/{id}/changes"), token)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body["items"].as_array().unwrap().clone()
}

async fn competitor_alerts(app: &TestApp, token: &str) -> Vec<Value> {
    let r = app
        .get("/api/v1/alerts?kind=competitor_change", token)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body["items"].as_array().unwrap().clone()
}

/// A brand with a positioning, for the analysis.
async fn positioned_brand(app: &TestApp, token: &str) -> String {
    let brand = create_brand_id(app, token, "Northwind").await;
    let r = app.get(&format!("/api/v1/brands/{brand}"), token).await;
    let mut draft = r.body["draft"].clone();
    draft["tagline"] = json!("Calm releases for busy teams");
    draft["mission"] = json!("Make every software release calm and predictable.");
    draft["positioning"] = json!({
        "target": "engineering managers", "need": "predictable releases",
        "category": "release management platform", "benefit": "ship on Fridays without fear",
        "alternative": "spreadsheets and chat threads", "differentiator": "automatic rollbacks"
    });
    draft["value_propositions"] = json!([
        "Ship on Fridays without fear",
        "One dashboard for every release"
    ]);
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/draft"),
            Some(token),
            Some(draft),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    brand
}

// ---------------------------------------------------------------------------------------------
// The whole journey

async fn journey(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (site_url, site) = competitor_site().await;
    let token = access(&app.signup("ada@northwind.example", "Northwind").await);
    let brand = positioned_brand(&app, &token).await;

    let created = create_competitor(&app, &token, &site_url, json!({})).await;
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["website"], site_url);
    assert_eq!(created["alert_threshold"], 0.5, "the default threshold");
    assert_eq!(
        created["social"]["linkedin"],
        "https://linkedin.com/company/acme"
    );
    assert_eq!(created["schedule"], "off");
    assert!(created["next_snapshot_at"].is_null());
    assert!(created["snapshot_status"].is_null());

    // First snapshot: the key pages are found on the home page and read.
    let done = snapshot(&app, &token, &id).await;
    assert_eq!(done["snapshot_status"], "succeeded", "{done}");
    assert!(done["snapshot_error"].is_null(), "{done}");
    assert_eq!(done["snapshot_progress"]["pages_done"], 4, "{done}");
    assert_eq!(done["snapshot_progress"]["pages_total"], 4, "{done}");
    assert!(done["last_snapshot_at"].is_string());
    let pages = app
        .get(&format!("/api/v1/competitors/{id}/pages"), &token)
        .await
        .body;
    let kinds: Vec<&str> = pages["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["home", "pricing", "product", "about"], "{pages}");
    assert!(
        pages["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["custom"] == false && !p["url"].as_str().unwrap().contains("elsewhere"))
    );

    let snaps = app
        .get(&format!("/api/v1/competitors/{id}/snapshots"), &token)
        .await;
    assert_eq!(snaps.status, StatusCode::OK, "{:?}", snaps.body);
    let pricing = &page_of(&snaps.body, "pricing")["snapshot"];
    let plans: Vec<(&str, String)> = pricing["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap(),
                p["price"]["amount"].to_string(),
            )
        })
        .collect();
    assert_eq!(
        plans,
        [
            ("Starter", "19.0".to_owned()),
            ("Pro", "49.0".to_owned()),
            ("Enterprise", "null".to_owned())
        ],
        "{pricing}"
    );
    let amounts: Vec<f64> = pricing["prices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["amount"].as_f64().unwrap())
        .collect();
    assert!(
        amounts.contains(&19.0) && amounts.contains(&49.0),
        "{amounts:?}"
    );
    let home_snap = &page_of(&snaps.body, "home")["snapshot"];
    assert_eq!(home_snap["title"], "Acme — Email marketing for busy teams");
    assert!(
        home_snap["headlines"]
            .as_array()
            .unwrap()
            .contains(&json!("Email marketing for busy teams")),
        "{home_snap}"
    );
    assert!(
        home_snap["calls_to_action"]
            .to_string()
            .contains("Start your free trial"),
        "{home_snap}"
    );
    assert!(
        changes(&app, &token, &id).await.is_empty(),
        "nothing to compare yet"
    );

    // A new footer date changes nothing that matters: no change, no alert.
    site.lock().unwrap().footer = "© 2026 Acme Inc. Page updated on 9 January 2026.".into();
    let done = snapshot(&app, &token, &id).await;
    assert_eq!(done["snapshot_status"], "succeeded", "{done}");
    assert!(changes(&app, &token, &id).await.is_empty());
    assert!(competitor_alerts(&app, &token).await.is_empty());

    // The Pro plan goes from $49 to $59 and a plan is added: a pricing change, alerted.
    {
        let mut s = site.lock().unwrap();
        s.pro_price = 59;
        s.extra_plan = true;
    }
    let done = snapshot(&app, &token, &id).await;
    assert_eq!(done["snapshot_status"], "succeeded", "{done}");
    let found = changes(&app, &token, &id).await;
    assert_eq!(found.len(), 1, "{found:?}");
    let change = &found[0];
    assert_eq!(change["page_kind"], "pricing");
    assert!(
        ["pricing", "plans"].contains(&change["kind"].as_str().unwrap()),
        "{change}"
    );
    assert_eq!(change["competitor_name"], "Acme");
    assert!(change["significance"].as_f64().unwrap() >= 0.5, "{change}");
    assert_eq!(change["alerted"], true);
    let summary = change["summary"].as_str().unwrap();
    assert!(
        summary.contains("59") || summary.contains("Pro"),
        "{summary}"
    );
    let change_id = change["id"].as_str().unwrap().to_owned();

    let alerts = competitor_alerts(&app, &token).await;
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0]["title"], "Acme changed its pricing page");
    assert_eq!(alerts[0]["body"], summary);
    assert_eq!(
        alerts[0]["url"],
        format!("/competitors/{id}?change={change_id}")
    );
    let notes = app.get("/api/v1/notifications", &token).await.body;
    assert!(
        notes["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["title"] == "Acme changed its pricing page"),
        "{notes}"
    );

    // The change in full, and in the list across competitors.
    let detail = app
        .get(&format!("/api/v1/competitor-changes/{change_id}"), &token)
        .await;
    assert_eq!(detail.status, StatusCode::OK, "{:?}", detail.body);
    assert_eq!(detail.body["id"], change_id.as_str());
    assert!(detail.body["before_taken_at"].is_string());
    let fields = detail.body["change"]["fields"].as_array().unwrap();
    assert!(
        fields
            .iter()
            .any(|f| f["field"].as_str().unwrap().starts_with("plans")),
        "the plans moved: {fields:?}"
    );
    assert_eq!(detail.body["change"]["summary"], summary);
    assert!(
        detail.body["change"].to_string().contains("59"),
        "the diff shows the new price: {}",
        detail.body
    );
    let all = app.get("/api/v1/competitor-changes", &token).await.body;
    assert_eq!(all["items"].as_array().unwrap().len(), 1);
    let none = app
        .get("/api/v1/competitor-changes?min_significance=1", &token)
        .await;
    assert_eq!(none.status, StatusCode::OK);
    let sig = change["significance"].as_f64().unwrap();
    assert_eq!(
        none.body["items"].as_array().unwrap().len(),
        usize::from(sig >= 1.0)
    );
    let bad = app
        .get("/api/v1/competitor-changes?min_significance=2", &token)
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        bad.body
    );

    // The same state again: nothing new, and the alert is not raised twice.
    let _ = snapshot(&app, &token, &id).await;
    assert_eq!(changes(&app, &token, &id).await.len(), 1);
    assert_eq!(competitor_alerts(&app, &token).await.len(), 1);

    // The analysis sets our positioning beside Acme's.
    let report = app
        .get(
            &format!("/api/v1/competitors/analysis?brand_id={brand}"),
            &token,
        )
        .await;
    assert_eq!(report.status, StatusCode::OK, "{:?}", report.body);
    let names: Vec<String> = report.body["side_by_side"]
        .as_array()
        .unwrap_or_else(|| panic!("{}", report.body))
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_owned())
        .collect();
    assert!(names.contains(&"Northwind".to_owned()), "{names:?}");
    assert!(names.contains(&"Acme".to_owned()), "{names:?}");
    let default_brand = app.get("/api/v1/competitors/analysis", &token).await;
    assert_eq!(
        default_brand.status,
        StatusCode::OK,
        "{:?}",
        default_brand.body
    );
    assert_eq!(
        default_brand.body["side_by_side"],
        report.body["side_by_side"]
    );
    assert_eq!(report.body["competitors"], 1);
    assert_eq!(report.body["side_by_side"][0]["is_us"], true);
    let acme = &report.body["side_by_side"][1];
    assert_eq!(acme["plan_count"], 4, "{acme}");
    assert!(
        acme["headline"]
            .as_str()
            .is_some_and(|h| h.contains("Email marketing")),
        "{acme}"
    );

    // Old snapshots are pruned, but never those a change compares.
    let pricing_page: uuid::Uuid = page_of(&snaps.body, "pricing")["page_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let org = app.state().db.clone();
    let owner = org_id(&app.login("ada@northwind.example", PASSWORD).await.body);
    use research::competitors::snapshot_job::prune_snapshots;
    assert_eq!(
        prune_snapshots(&org, owner, pricing_page, 1).await.unwrap(),
        1,
        "4 snapshots: the newest and the change's two stay"
    );
    assert_eq!(
        prune_snapshots(&org, owner, pricing_page, 1).await.unwrap(),
        0
    );
    let detail = app
        .get(&format!("/api/v1/competitor-changes/{change_id}"), &token)
        .await;
    assert!(
        detail.body["before_taken_at"].is_string(),
        "{:?}",
        detail.body
    );

    // A page people add, same site only; removing it.
    let added = app
        .post(
            &format!("/api/v1/competitors/{id}/pages"),
            Some(&token),
            json!({"url": format!("{site_url}slow/1")}),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{:?}", added.body);
    assert_eq!(added.body["custom"], true);
    let page_id = added.body["id"].as_str().unwrap().to_owned();
    let dup = app
        .post(
            &format!("/api/v1/competitors/{id}/pages"),
            Some(&token),
            json!({"url": format!("{site_url}slow/1")}),
        )
        .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(dup.body["errors"][0]["code"], "duplicate");
    let other = app
        .post(
            &format!("/api/v1/competitors/{id}/pages"),
            Some(&token),
            json!({"url": "https://elsewhere.test/pricing"}),
        )
        .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other.body["errors"][0]["code"], "other_site");
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/competitors/{id}/pages/{page_id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let pages = app
        .get(&format!("/api/v1/competitors/{id}/pages"), &token)
        .await
        .body;
    assert_eq!(pages["items"].as_array().unwrap().len(), 4);

    // Editing, then removing with everything it had.
    let r = app
        .call(
            Method::PATCH,
            &format!("/api/v1/competitors/{id}"),
            Some(&token),
            Some(json!({"name": "Acme Corp", "alert_threshold": 0.8, "schedule": "weekly"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["name"], "Acme Corp");
    assert_eq!(r.body["alert_threshold"], 0.8);
    assert_eq!(r.body["schedule"], "weekly");
    assert!(r.body["next_snapshot_at"].is_string());
    let list = app.get("/api/v1/competitors", &token).await.body;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["pages"], 4);
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/competitors/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&format!("/api/v1/competitors/{id}"), &token)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/api/v1/competitor-changes/{change_id}"), &token)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn competitor_journey() {
    on_every_backend!(journey);
}

// ---------------------------------------------------------------------------------------------
// robots.txt, failures and cancellation

async fn polite_and_cancellable(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (site_url, site) = competitor_site().await;
    site.lock().unwrap().hide_about = true;
    let token = access(&app.signup("ada@northwind.example", "Northwind").await);
    let id = create_competitor(&app, &token, &site_url, json!({})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let done = snapshot(&app, &token, &id).await;
    assert_eq!(done["snapshot_status"], "succeeded", "{done}");
    let error = done["snapshot_error"].as_str().unwrap_or_default();
    assert!(
        error.starts_with("1 of 4 pages could not be read."),
        "{error}"
    );
    assert!(error.contains("robots.txt"), "{error}");
    let snaps = app
        .get(&format!("/api/v1/competitors/{id}/snapshots"), &token)
        .await
        .body;
    let about = page_of(&snaps, "about");
    assert!(about["snapshot"].is_null());
    assert!(
        about["last_error"].as_str().unwrap().contains("robots.txt"),
        "{about}"
    );
    assert!(!page_of(&snaps, "pricing")["snapshot"].is_null());

    // Two slow pages: cancelled while the first is read, the run stops there.
    site.lock().unwrap().slow_secs = 2;
    for n in 1..=2 {
        let r = app
            .post(
                &format!("/api/v1/competitors/{id}/pages"),
                Some(&token),
                json!({"url": format!("{site_url}slow/{n}")}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    }
    let r = app
        .post(
            &format!("/api/v1/competitors/{id}/snapshot"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    let again = app
        .post(
            &format!("/api/v1/competitors/{id}/snapshot"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{:?}", again.body);
    assert_eq!(again.code(), "snapshot_running");
    for _ in 0..400 {
        let c = app
            .get(&format!("/api/v1/competitors/{id}"), &token)
            .await
            .body;
        if c["snapshot_progress"]["url"]
            .as_str()
            .is_some_and(|u| u.contains("/slow/"))
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let r = app
        .post(
            &format!("/api/v1/competitors/{id}/snapshot/cancel"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let done = wait_snapshot(&app, &token, &id).await;
    assert_eq!(done["snapshot_status"], "cancelled", "{done}");
    assert!(
        done["snapshot_progress"]["pages_done"].as_u64().unwrap() < 6,
        "{done}"
    );
    app.stop().await;
}

#[tokio::test]
async fn robots_and_cancellation() {
    on_every_backend!(polite_and_cancellable);
}

// ---------------------------------------------------------------------------------------------
// Scheduled snapshots

async fn scheduled(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (site_url, _site) = competitor_site().await;
    let token = access(&app.signup("ada@northwind.example", "Northwind").await);
    let c = create_competitor(&app, &token, &site_url, json!({"schedule": "daily"})).await;
    let id = c["id"].as_str().unwrap().to_owned();
    let created_at: chrono::DateTime<chrono::Utc> =
        c["created_at"].as_str().unwrap().parse().unwrap();
    let next: chrono::DateTime<chrono::Utc> =
        c["next_snapshot_at"].as_str().unwrap().parse().unwrap();
    assert!(next <= created_at, "a new competitor is due at once");

    // Whichever pass claims it (the app's scheduler or this one), it is claimed once.
    let first = research::competitors::run_due(app.state()).await.unwrap();
    assert!(first <= 1);
    let done = wait_snapshot(&app, &token, &id).await;
    assert_eq!(done["snapshot_status"], "succeeded", "{done}");
    let next: chrono::DateTime<chrono::Utc> =
        done["next_snapshot_at"].as_str().unwrap().parse().unwrap();
    assert!(
        next >= created_at + chrono::Duration::hours(23),
        "next is a day later: {next}"
    );
    assert_eq!(
        research::competitors::run_due(app.state()).await.unwrap(),
        0,
        "not due again until tomorrow"
    );
    app.stop().await;
}

#[tokio::test]
async fn scheduled_snapshots() {
    on_every_backend!(scheduled);
}

// ---------------------------------------------------------------------------------------------
// Validation and tenancy

async fn validation(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let token = access(&app.signup("ada@northwind.example", "Northwind").await);
    let cases = [
        (
            json!({"name": "Acme", "website": "ftp://acme.test"}),
            "website",
        ),
        (json!({"name": "Acme", "website": "not a url"}), "website"),
        (json!({"name": "", "website": "https://acme.test"}), "name"),
        (
            json!({"name": "Acme", "website": "https://acme.test", "alert_threshold": 1.5}),
            "alert_threshold",
        ),
        (
            json!({"name": "Acme", "website": "https://acme.test", "social": {"x": "https://facebook.com/acme"}}),
            "social.x",
        ),
        (
            json!({"name": "Acme", "website": "https://acme.test", "schedule": "hourly"}),
            "schedule",
        ),
    ];
    for (body, field) in cases {
        let r = app
            .post("/api/v1/competitors", Some(&token), body.clone())
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {:?}",
            r.body
        );
        let fields: Vec<&str> = r.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert!(
            fields.iter().any(|f| f.starts_with(field)),
            "{body}: {fields:?}"
        );
    }
    app.stop().await;

    // Private addresses are refused unless the administrator allows them.
    let app = TestApp::start_with(backend, |c| c.allow_private_networks = false).await;
    let token = access(&app.signup("ada@northwind.example", "Northwind").await);
    for website in [
        "http://127.0.0.1:8080/",
        "http://10.0.0.7/",
        "http://[::1]/",
    ] {
        let r = app
            .post(
                "/api/v1/competitors",
                Some(&token),
                json!({"name": "Internal", "website": website}),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{website}: {:?}",
            r.body
        );
        assert_eq!(r.body["errors"][0]["field"], "website");
        assert_eq!(r.body["errors"][0]["code"], "address_refused");
    }
    app.stop().await;
}

#[tokio::test]
async fn competitor_validation() {
    on_every_backend!(validation);
}

async fn tenancy(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (site_url, _site) = competitor_site().await;
    let ada = access(&app.signup("ada@northwind.example", "Northwind").await);
    let eve = access(&app.signup("eve@contoso.example", "Contoso").await);
    let id = create_competitor(&app, &ada, &site_url, json!({})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let _ = snapshot(&app, &ada, &id).await;
    let page_id = app
        .get(&format!("/api/v1/competitors/{id}/pages"), &ada)
        .await
        .body["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    for (method, path, body) in [
        (Method::GET, format!("/api/v1/competitors/{id}"), None),
        (
            Method::PATCH,
            format!("/api/v1/competitors/{id}"),
            Some(json!({"name": "Mine now", "alert_threshold": 7})),
        ),
        (Method::DELETE, format!("/api/v1/competitors/{id}"), None),
        (Method::GET, format!("/api/v1/competitors/{id}/pages"), None),
        (
            Method::POST,
            format!("/api/v1/competitors/{id}/pages"),
            Some(json!({"url": "not even a url"})),
        ),
        (
            Method::DELETE,
            format!("/api/v1/competitors/{id}/pages/{page_id}"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/competitors/{id}/snapshot"),
            Some(json!({})),
        ),
        (
            Method::POST,
            format!("/api/v1/competitors/{id}/snapshot/cancel"),
            Some(json!({})),
        ),
        (
            Method::GET,
            format!("/api/v1/competitors/{id}/snapshots"),
            None,
        ),
        (
            Method::GET,
            format!("/api/v1/competitors/{id}/changes"),
            None,
        ),
    ] {
        let r = app.call(method.clone(), &path, Some(&eve), body).await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "{method} {path}: {:?}",
            r.body
        );
    }
    let theirs = app.get("/api/v1/competitors", &eve).await.body;
    assert!(theirs["items"].as_array().unwrap().is_empty());
    let report = app.get("/api/v1/competitors/analysis", &eve).await;
    assert_eq!(report.status, StatusCode::OK, "{:?}", report.body);
    assert!(
        !report.body.to_string().contains("Acme"),
        "another organization's competitors stay out: {}",
        report.body
    );
    // Still there for its owner.
    let mine = app.get(&format!("/api/v1/competitors/{id}"), &ada).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.body["name"], "Acme");
    assert_eq!(mine.body["pages"], 4);
    app.stop().await;
}

#[tokio::test]
async fn competitor_tenancy() {
    on_every_backend!(tenancy);
}
