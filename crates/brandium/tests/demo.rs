//! `brandium demo` loads a usable sample organization, and only into an empty database.

mod common;

use common::*;
use reqwest::StatusCode;

async fn demo(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let password = brandium::demo::load(&app.state().db)
        .await
        .expect("demo loads into an empty database");
    let t = app.login(brandium::demo::ADMIN_EMAIL, &password).await;
    assert_eq!(t.status, StatusCode::OK, "{:?}", t.body);
    assert_eq!(t.body["organization"]["name"], "Northwind Coffee Roasters");
    let tok = access(&t.body);
    let members = app.get("/api/v1/users", &tok).await;
    let roles: Vec<&str> = members.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        roles,
        ["admin", "manager", "creator", "viewer", "billing_admin"]
    );
    let pending = app.get("/api/v1/invitations?status=pending", &tok).await;
    assert_eq!(pending.body["items"].as_array().unwrap().len(), 1);
    let orgs = app.get("/api/v1/auth/organizations", &tok).await;
    assert_eq!(orgs.body["items"].as_array().unwrap().len(), 2);
    let log = app.get("/api/v1/audit-log", &tok).await;
    assert!(log.body["items"].as_array().unwrap().len() >= 5);
    let again = brandium::demo::load(&app.state().db).await;
    assert!(again.unwrap_err().to_string().contains("empty database"));
    app.stop().await;
}

#[tokio::test]
async fn demo_data_is_a_working_organization() {
    on_every_backend!(demo);
}
