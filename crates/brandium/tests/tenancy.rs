//! Tenant isolation and the permission matrix, checked by walking the route table itself,
//! so a route added later is covered without touching this file.

mod common;

use api::Access;
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::collections::HashMap;

/// A body every write route accepts far enough to reach its lookup (unknown fields are ignored).
fn generic_body() -> Value {
    json!({"role": "viewer", "name": "Renamed", "email": "someone.new@example.com"})
}

/// Fills `{param}`s: each one is named by the path segment before it, mapped to an id.
fn fill(path: &str, ids: &HashMap<&str, String>) -> String {
    let segments: Vec<&str> = path.split('/').collect();
    let mut out = Vec::new();
    for (i, seg) in segments.iter().enumerate() {
        if seg.starts_with('{') {
            let resource = segments[i - 1];
            let id = ids.get(resource).unwrap_or_else(|| {
                panic!("route {path}: give the tenancy test an id for `{resource}`")
            });
            out.push(id.clone());
        } else {
            out.push((*seg).to_owned());
        }
    }
    out.join("/")
}

struct Tenant {
    admin: Value,
    ids: HashMap<&'static str, String>,
}

async fn tenant(app: &TestApp, email: &str, org: &str) -> Tenant {
    let admin = app.signup(email, org).await;
    let token = access(&admin);
    let member = app
        .add_member(&token, &format!("member.{email}"), "creator")
        .await;
    app.post(
        "/api/v1/users/invite",
        Some(&token),
        json!({"email": format!("pending.{email}"), "role": "viewer"}),
    )
    .await;
    let invitations = app.get("/api/v1/invitations?status=pending", &token).await;
    let invitation = invitations.body["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // a second session, so that revoking it through a route does not end the one the test uses
    assert_eq!(app.login(email, PASSWORD).await.status, StatusCode::OK);
    let sessions = app.get("/api/v1/auth/sessions", &token).await;
    let session = sessions.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == false)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let org_id: uuid::Uuid = admin["organization"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let job = app
        .state()
        .service::<jobs::JobQueue>()
        .enqueue(jobs::NewJob::new("test.idle", json!({})).for_org(org_id))
        .await
        .unwrap();
    let user = member["user"]["id"].as_str().unwrap().to_owned();
    // a published brand with a persona; publishing notifies the member
    let brand = app
        .post("/api/v1/brands", Some(&token), json!({"name": org}))
        .await
        .body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post(
        &format!("/api/v1/brands/{brand}/publish"),
        Some(&token),
        json!({"message": "first"}),
    )
    .await;
    let persona = app
        .post(
            &format!("/api/v1/brands/{brand}/personas"),
            Some(&token),
            json!({"name": "Persona", "buying_stage": "awareness"}),
        )
        .await
        .body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // a website capture; of a closed port, so it fails at once, which is all the routes need
    let capture = app
        .post(
            &format!("/api/v1/brands/{brand}/captures"),
            Some(&token),
            json!({"url": "http://127.0.0.1:9/"}),
        )
        .await
        .body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let notification = app
        .get("/api/v1/notifications", &access(&member))
        .await
        .body["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let asset = assets::store_bytes_for(
        app.state(),
        org_id,
        None,
        "notes.txt",
        &b"brand notes"[..],
        None,
        vec![],
    )
    .await
    .unwrap()
    .id;
    // a brand kit share link, for the routes that revoke one
    let share = app
        .post(
            &format!("/api/v1/brands/{brand}/shares"),
            Some(&token),
            json!({}),
        )
        .await
        .body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // a generation run with one inbox item
    let run = app
        .post(
            "/api/v1/agent-runs",
            Some(&token),
            json!({"brand_id": brand, "channels": ["x"], "key_message": "Hello", "variants": 1}),
        )
        .await
        .body;
    let run_id = run["id"].as_str().unwrap().to_owned();
    let item = run["items"][0]["id"].as_str().unwrap().to_owned();
    // market research: a site and its crawl (of a closed port), a competitor with a key page
    // and a detected change, a news source, an alert rule, a webhook and an alert
    let id_of = |r: &Value| {
        r["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{r:?}"))
            .to_owned()
    };
    let site = id_of(
        &app.post(
            "/api/v1/research/sites",
            Some(&token),
            json!({"url": "http://127.0.0.1:9/"}),
        )
        .await
        .body,
    );
    let crawl = id_of(
        &app.post(
            &format!("/api/v1/research/sites/{site}/crawls"),
            Some(&token),
            json!({}),
        )
        .await
        .body,
    );
    let competitor = id_of(
        &app.post(
            "/api/v1/competitors",
            Some(&token),
            json!({"name": "Rival", "website": "http://127.0.0.1:9/", "schedule": "off"}),
        )
        .await
        .body,
    );
    let page = id_of(
        &app.post(
            &format!("/api/v1/competitors/{competitor}/pages"),
            Some(&token),
            json!({"url": "http://127.0.0.1:9/pricing"}),
        )
        .await
        .body,
    );
    let change = uuid::Uuid::now_v7();
    {
        use db::entities::competitor_change;
        use db::sea_orm::{ActiveModelTrait, ActiveValue::Set};
        competitor_change::ActiveModel {
            id: Set(change),
            organization_id: Set(org_id),
            competitor_id: Set(competitor.parse().unwrap()),
            page_id: Set(page.parse().unwrap()),
            before_id: Set(uuid::Uuid::now_v7()),
            after_id: Set(uuid::Uuid::now_v7()),
            significance: Set(0.9),
            kind: Set("pricing".into()),
            summary: Set("Pro plan price changed".into()),
            data: Set(json!({})),
            alerted: Set(false),
            created_at: Set(chrono::Utc::now()),
        }
        .insert(&app.state().db)
        .await
        .unwrap();
    }
    let source = id_of(
        &app.post(
            "/api/v1/monitoring/sources",
            Some(&token),
            json!({"name": "News", "url": "http://127.0.0.1:9/feed.xml"}),
        )
        .await
        .body,
    );
    let rule = id_of(
        &app.post(
            "/api/v1/alert-rules",
            Some(&token),
            json!({"name": "Rival news", "keywords": ["pricing"]}),
        )
        .await
        .body,
    );
    let webhook = app
        .post(
            "/api/v1/webhooks",
            Some(&token),
            json!({"url": "http://127.0.0.1:9/hook"}),
        )
        .await
        .body;
    let webhook = webhook["id"]
        .as_str()
        .or(webhook["endpoint"]["id"].as_str())
        .unwrap_or_else(|| panic!("{webhook:?}"))
        .to_owned();
    let alert = monitoring::raise_alert(
        app.state(),
        org_id,
        monitoring::NewAlert {
            kind: "news".into(),
            title: "Rival raised prices".into(),
            body: "Pro plan price changed".into(),
            url: None,
            priority: 50,
            urgency: monitoring::Urgency::Normal,
            dedupe_key: format!("tenancy-{org_id}"),
            channels: monitoring::AlertChannels {
                in_app: true,
                email: false,
                webhook: false,
            },
            rule_id: None,
        },
    )
    .await
    .unwrap()
    .unwrap();
    let ids = HashMap::from([
        ("sites", site),
        ("crawls", crawl),
        ("competitors", competitor),
        ("pages", page),
        ("competitor-changes", change.to_string()),
        ("sources", source),
        ("alert-rules", rule),
        ("webhooks", webhook),
        ("alerts", alert.to_string()),
        ("agent-runs", run_id),
        ("inbox", item),
        ("variants", "0".to_owned()),
        // templates are the same for everyone; an unknown one is not found
        ("writing-templates", "no-such-template".to_owned()),
        ("organizations", org_id.to_string()),
        ("switch-organization", org_id.to_string()),
        ("users", user.clone()),
        ("members", user),
        ("sessions", session),
        ("invitations", invitation),
        ("jobs", job.to_string()),
        ("brands", brand),
        ("revisions", "1".to_owned()),
        ("personas", persona),
        ("notifications", notification),
        ("captures", capture),
        ("shares", share),
        ("assets", asset.to_string()),
    ]);
    Tenant { admin, ids }
}

async fn isolation(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let a = tenant(&app, "ada@a.example", "Org A").await;
    let b = tenant(&app, "bob@b.example", "Org B").await;
    let token_a = access(&a.admin);
    let (_, table) = brandium::app::api_routes();
    let mut checked = 0;
    for route in table
        .iter()
        .filter(|r| r.path.contains('{') && r.access != Access::Public)
    {
        let path = format!("/api/v1{}", fill(route.path, &b.ids));
        let method = Method::from_bytes(route.method.as_str().as_bytes()).unwrap();
        let body = matches!(route.method.as_str(), "POST" | "PUT" | "PATCH").then(generic_body);
        let r = app.call(method, &path, Some(&token_a), body).await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "{} {} answered {:?}",
            route.method,
            path,
            r.body
        );
        assert_eq!(r.code(), "not_found");
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} routes with ids");
    // B's data is untouched: its member still has their role and its invitation is pending
    let token_b = access(&b.admin);
    let member = app
        .get(&format!("/api/v1/users/{}", b.ids["users"]), &token_b)
        .await;
    assert_eq!(member.body["role"], "creator");
    let org = app
        .get(
            &format!("/api/v1/organizations/{}", b.ids["organizations"]),
            &token_b,
        )
        .await;
    assert_eq!(org.body["name"], "Org B");
    app.stop().await;
}

#[tokio::test]
async fn another_organizations_ids_answer_404_on_every_route() {
    on_every_backend!(isolation);
}

async fn matrix(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let a = tenant(&app, "ada@a.example", "Org A").await;
    let admin_token = access(&a.admin);
    let mut tokens = vec![(kernel::Role::Admin, admin_token.clone())];
    for role in [
        kernel::Role::Manager,
        kernel::Role::Creator,
        kernel::Role::Viewer,
        kernel::Role::BillingAdmin,
    ] {
        let t = app
            .add_member(
                &admin_token,
                &format!("{}@a.example", role.as_str()),
                role.as_str(),
            )
            .await;
        tokens.push((role, access(&t)));
    }
    let (_, table) = brandium::app::api_routes();
    for (role, token) in &tokens {
        // logout ends the session the remaining calls use, so it goes last
        let mut routes: Vec<_> = table
            .iter()
            .filter(|r| matches!(r.access, Access::Permission(_)))
            .collect();
        routes.sort_by_key(|r| r.path == "/auth/logout");
        for route in routes {
            let Access::Permission(p) = route.access else {
                unreachable!()
            };
            let path = format!("/api/v1{}", fill(route.path, &a.ids));
            let method = Method::from_bytes(route.method.as_str().as_bytes()).unwrap();
            let body = matches!(route.method.as_str(), "POST" | "PUT" | "PATCH").then(generic_body);
            let r = app.call(method, &path, Some(token), body).await;
            if role.can(p) {
                assert_ne!(
                    r.status,
                    StatusCode::FORBIDDEN,
                    "{role} should reach {} {}",
                    route.method,
                    route.path
                );
                assert_ne!(
                    r.status,
                    StatusCode::UNAUTHORIZED,
                    "{role} {} {}",
                    route.method,
                    route.path
                );
            } else {
                assert_eq!(
                    r.status,
                    StatusCode::FORBIDDEN,
                    "{role} must not reach {} {}: {:?}",
                    route.method,
                    route.path,
                    r.body
                );
                assert_eq!(r.code(), "forbidden");
            }
        }
    }
    // without a token, every guarded route answers 401
    for route in table.iter().filter(|r| r.access != Access::Public) {
        let path = format!("/api/v1{}", fill(route.path, &a.ids));
        let method = Method::from_bytes(route.method.as_str().as_bytes()).unwrap();
        let r = app.call(method, &path, None, None).await;
        assert_eq!(
            r.status,
            StatusCode::UNAUTHORIZED,
            "{} {}",
            route.method,
            route.path
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn every_route_enforces_the_permission_matrix() {
    on_every_backend!(matrix);
}

#[test]
fn permissions_doc_matches_the_matrix() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/permissions.md"
    ))
    .unwrap();
    assert!(
        doc.contains(&kernel::role::permission_matrix_markdown()),
        "docs/permissions.md is out of date: run `cargo run -p brandium -- permissions`"
    );
    let (_, table) = brandium::app::api_routes();
    for r in &table {
        assert!(
            doc.contains(&format!("`{} /api/v1{}`", r.method, r.path)),
            "docs/permissions.md lacks {} {}",
            r.method,
            r.path
        );
    }
}
