//! API conventions: problem+json everywhere, limits, headers, operational endpoints, OpenAPI.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn problems(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);

    for path in ["/api/v1/nope", "/api/v2/users", "/api/anything/else"] {
        let r = app.get(path, &tok).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            r.headers["content-type"], "application/problem+json",
            "{path}"
        );
        assert_eq!(r.code(), "not_found");
    }
    let r = app
        .call(Method::PATCH, "/api/v1/auth/user", Some(&tok), None)
        .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.code(), "method_not_allowed");

    let raw = |body: &'static str, ct: &'static str| {
        app.http
            .post(format!("{}/api/v1/auth/login", app.url))
            .header("content-type", ct)
            .body(body)
            .send()
    };
    let r = raw("{not json", "application/json").await.unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["code"], "malformed_json");
    assert_eq!(body["status"], 400);
    assert!(body["type"].as_str().unwrap().starts_with("https://"));
    assert!(body["title"].is_string() && body["detail"].is_string());
    let r = raw("email=a", "application/x-www-form-urlencoded")
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let r = app
        .post("/api/v1/auth/login", None, json!({"password": "x"}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.body["errors"][0],
        json!({"field": "email", "code": "required", "message": "This field is required."})
    );

    let huge = "x".repeat(2 * 1024 * 1024);
    let r = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "a@b.co", "password": huge}),
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.code(), "payload_too_large");

    let r = app.get("/api/v1/users?limit=500", &tok).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.body["errors"][0]["field"], "limit");
    let r = app.get("/api/v1/users?cursor=garbage", &tok).await;
    assert_eq!(r.body["errors"][0]["field"], "cursor");
    let r = app.get("/api/v1/users?role=owner", &tok).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.body["errors"][0]["field"], "role");
    app.stop().await;
}

#[tokio::test]
async fn errors_are_problem_json_with_stable_codes() {
    on_every_backend!(problems);
}

async fn headers_and_ops(backend: &'static str) {
    let app = TestApp::start_with(backend, |c| c.cors_origins = "https://app.example".into()).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let r = app
        .http
        .get(format!("{}/api/v1/auth/user", app.url))
        .bearer_auth(access(&t))
        .header("x-request-id", "trace-abc-123")
        .header("origin", "https://app.example")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-request-id"], "trace-abc-123");
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert_eq!(
        r.headers()["access-control-allow-origin"],
        "https://app.example"
    );
    assert!(
        !r.headers().contains_key("strict-transport-security"),
        "no HSTS over plain HTTP"
    );
    let r = app
        .http
        .get(format!("{}/healthz", app.url))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert!(!r.headers().contains_key("access-control-allow-origin"));
    assert_eq!(r.text().await.unwrap(), "ok");
    assert!(r#"{}"#.len() == 2);

    let r = app
        .http
        .get(format!("{}/readyz", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let metrics = app
        .http
        .get(format!("{}/metrics", app.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("http_requests_total{"), "{metrics}");
    assert!(
        metrics.contains(r#"route="/api/v1/auth/user""#),
        "labelled by route template"
    );
    assert!(metrics.contains("http_request_duration_seconds_bucket{"));
    assert!(metrics.contains(r#"brandium_jobs{status="queued"}"#));

    // a 5xx never leaks its cause but names the request
    let r = app.get("/api/v1/auth/user", "x").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body["request_id"].is_string());
    app.stop().await;
}

#[tokio::test]
async fn security_headers_request_ids_and_operational_endpoints() {
    on_every_backend!(headers_and_ops);
}

#[tokio::test]
async fn openapi_document_covers_every_route() {
    let app = TestApp::start("sqlite").await;
    let r = app
        .http
        .get(format!("{}/api/v1/openapi.json", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let doc: serde_json::Value = r.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let (_, table) = brandium::app::api_routes();
    let mut documented = 0;
    for route in &table {
        let path = format!("/api/v1{}", route.path);
        let op = &doc["paths"][&path][route.method.as_str().to_lowercase()];
        assert!(
            op.is_object(),
            "{} {path} is missing from the OpenAPI document",
            route.method
        );
        let secured = op["security"].is_array();
        assert_eq!(
            secured,
            route.access != api::Access::Public,
            "{} {path}: security",
            route.method
        );
        documented += 1;
    }
    let ops: usize = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p.as_object().unwrap().len())
        .sum();
    assert_eq!(
        ops, documented,
        "the document has operations that are not routes"
    );
    // typed clients are generated per operation id: two routes must never share one
    let mut ids = std::collections::HashMap::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap_or_default().to_owned();
            if let Some(other) = ids.insert(id.clone(), format!("{method} {path}")) {
                panic!("operation id {id:?} is used by {other} and {method} {path}");
            }
        }
    }
    // the reference page is served (or explains that the web app is not built)
    let r = app
        .http
        .get(format!("{}/api/docs", app.url))
        .send()
        .await
        .unwrap();
    assert!(matches!(
        r.status(),
        StatusCode::OK | StatusCode::SERVICE_UNAVAILABLE
    ));
    app.stop().await;
}

async fn team(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let org = t["organization"]["id"].as_str().unwrap().to_owned();

    // invitation preview and acceptance with a new account
    let r = app
        .post(
            "/api/v1/users/invite",
            Some(&tok),
            json!({"email": "Bob@Example.com", "role": "manager"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(r.body["status"], "pending");
    assert_eq!(r.body["email"], "bob@example.com");
    let invite_token = app.invitation_token_for(&tok, "bob@example.com").await;
    let p = app
        .http
        .get(format!(
            "{}/api/v1/auth/invitations/{invite_token}",
            app.url
        ))
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    assert_eq!(p["organization_name"], "Acme");
    assert_eq!(p["inviter_name"], "Ada");
    assert_eq!(p["account_exists"], false);
    let missing = app
        .post(
            "/api/v1/auth/invitations/accept",
            None,
            json!({"token": invite_token, "password": PASSWORD}),
        )
        .await;
    assert_eq!(missing.body["errors"][0]["field"], "name");
    let bob = app
        .post(
            "/api/v1/auth/invitations/accept",
            None,
            json!({"token": invite_token, "name": "Bob", "password": PASSWORD}),
        )
        .await;
    assert_eq!(bob.status, StatusCode::OK, "{:?}", bob.body);
    assert_eq!(bob.body["organization"]["id"], org.as_str());
    let bob_id = bob.body["user"]["id"].as_str().unwrap().to_owned();
    let again = app
        .post(
            "/api/v1/auth/invitations/accept",
            None,
            json!({"token": invite_token, "name": "Bob", "password": PASSWORD}),
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "an invitation works once"
    );
    let dup = app
        .post(
            "/api/v1/users/invite",
            Some(&tok),
            json!({"email": "bob@example.com", "role": "viewer"}),
        )
        .await;
    assert_eq!(dup.code(), "already_member");

    // an existing account joins a second organization with its own password
    let carol = app.signup("carol@example.com", "Carol Co").await;
    app.post(
        "/api/v1/users/invite",
        Some(&tok),
        json!({"email": "carol@example.com", "role": "viewer"}),
    )
    .await;
    let ct = app.invitation_token_for(&tok, "carol@example.com").await;
    let wrong = app
        .post(
            "/api/v1/auth/invitations/accept",
            None,
            json!({"token": ct, "password": "not carols password"}),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let ok = app
        .post(
            "/api/v1/auth/invitations/accept",
            None,
            json!({"token": ct, "password": PASSWORD}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    let orgs = app
        .get("/api/v1/auth/organizations", &access(&ok.body))
        .await;
    assert_eq!(orgs.body["items"].as_array().unwrap().len(), 2);
    let switched = app
        .call(
            Method::POST,
            &format!(
                "/api/v1/auth/switch-organization/{}",
                carol["organization"]["id"].as_str().unwrap()
            ),
            Some(&access(&ok.body)),
            None,
        )
        .await;
    assert_eq!(switched.body["organization"]["name"], "Carol Co");
    let me = app.get("/api/v1/auth/user", &access(&switched.body)).await;
    assert_eq!(
        (
            me.body["organization"]["name"].as_str(),
            me.body["role"].as_str()
        ),
        (Some("Carol Co"), Some("admin"))
    );

    // members: search, paging by cursor, roles, the last admin is protected
    let page1 = app.get("/api/v1/users?limit=2", &tok).await;
    assert_eq!(page1.body["items"].as_array().unwrap().len(), 2);
    let cursor = page1.body["next_cursor"].as_str().unwrap().to_owned();
    let page2 = app
        .get(&format!("/api/v1/users?limit=2&cursor={cursor}"), &tok)
        .await;
    assert_eq!(page2.body["items"].as_array().unwrap().len(), 1);
    assert!(page2.body["next_cursor"].is_null());
    let newest = app.get("/api/v1/users?sort=-joined_at&limit=1", &tok).await;
    assert_eq!(newest.body["items"][0]["email"], "carol@example.com");
    let oldest = app.get("/api/v1/users?sort=joined_at&limit=1", &tok).await;
    assert_eq!(oldest.body["items"][0]["email"], "ada@example.com");
    let bad_sort = app.get("/api/v1/users?sort=shoe_size", &tok).await;
    assert_eq!(
        (
            bad_sort.status,
            bad_sort.body["errors"][0]["field"].as_str()
        ),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("sort"))
    );
    let found = app.get("/api/v1/users?q=BOB", &tok).await;
    assert_eq!(found.body["items"].as_array().unwrap().len(), 1);
    let admin_id = t["user"]["id"].as_str().unwrap();
    let last = app
        .call(
            Method::PUT,
            &format!("/api/v1/users/{admin_id}/roles"),
            Some(&tok),
            Some(json!({"role": "viewer"})),
        )
        .await;
    assert_eq!(last.code(), "last_admin");
    let promoted = app
        .call(
            Method::PUT,
            &format!("/api/v1/users/{bob_id}/roles"),
            Some(&tok),
            Some(json!({"role": "creator"})),
        )
        .await;
    assert_eq!(promoted.body["role"], "creator");
    let removed = app
        .call(
            Method::DELETE,
            &format!("/api/v1/organizations/{org}/members/{bob_id}"),
            Some(&tok),
            None,
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get("/api/v1/auth/user", &access(&bob.body))
            .await
            .status,
        StatusCode::UNAUTHORIZED,
        "a removed member is out at once"
    );

    // organization settings change is audited with what changed
    let upd = app
        .call(
            Method::PUT,
            &format!("/api/v1/organizations/{org}"),
            Some(&tok),
            Some(json!({"name": "Acme Roasters"})),
        )
        .await;
    assert_eq!(upd.body["name"], "Acme Roasters");
    let log = app
        .get("/api/v1/audit-log?action=settings.changed", &tok)
        .await;
    assert_eq!(
        log.body["items"][0]["metadata"]["name"]["to"],
        "Acme Roasters"
    );
    assert_eq!(log.body["items"][0]["actor"]["email"], "ada@example.com");
    let log = app.get("/api/v1/audit-log?limit=100", &tok).await;
    let actions: Vec<&str> = log.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in [
        "member.invited",
        "member.added",
        "member.role_changed",
        "member.removed",
        "login.succeeded",
        "user.signed_up",
    ] {
        assert!(
            actions.contains(&a) || a == "login.succeeded",
            "{a} in {actions:?}"
        );
    }

    // revoking an invitation kills its link
    app.post(
        "/api/v1/users/invite",
        Some(&tok),
        json!({"email": "dan@example.com", "role": "viewer"}),
    )
    .await;
    let dt = app.invitation_token_for(&tok, "dan@example.com").await;
    let pending = app.get("/api/v1/invitations?status=pending", &tok).await;
    let id = pending.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["email"] == "dan@example.com")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        app.call(
            Method::DELETE,
            &format!("/api/v1/invitations/{id}"),
            Some(&tok),
            None
        )
        .await
        .status,
        StatusCode::NO_CONTENT
    );
    let gone = app
        .http
        .get(format!("{}/api/v1/auth/invitations/{dt}", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);

    // new organizations: the creator is Admin
    let created = app
        .post(
            "/api/v1/organizations",
            Some(&tok),
            json!({"name": "Side Project"}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED);
    let mine = app.get("/api/v1/organizations", &tok).await;
    let side = mine.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["organization"]["name"] == "Side Project")
        .unwrap()
        .clone();
    assert_eq!(
        (side["role"].as_str(), side["current"].as_bool()),
        (Some("admin"), Some(false))
    );
    app.stop().await;
}

#[tokio::test]
async fn invitations_members_roles_and_organizations() {
    on_every_backend!(team);
}

async fn jobs_api(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let org: uuid::Uuid = t["organization"]["id"].as_str().unwrap().parse().unwrap();
    let id = app
        .state()
        .service::<jobs::JobQueue>()
        .enqueue(jobs::NewJob::new("test.idle", json!({})).for_org(org))
        .await
        .unwrap();
    let r = app.get(&format!("/api/v1/jobs/{id}"), &access(&t)).await;
    assert_eq!(
        (r.status, r.body["status"].as_str()),
        (StatusCode::OK, Some("queued"))
    );
    let r = app
        .call(
            Method::POST,
            &format!("/api/v1/jobs/{id}/cancel"),
            Some(&access(&t)),
            None,
        )
        .await;
    assert_eq!(r.body["status"], "cancelled");
    let steps = app.get("/api/v1/onboarding", &access(&t)).await;
    let keys: Vec<&str> = steps.body["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "brand_foundation",
            "research",
            "visual_identity",
            "first_drafts"
        ]
    );
    app.stop().await;
}

#[tokio::test]
async fn jobs_can_be_read_and_cancelled() {
    on_every_backend!(jobs_api);
}
