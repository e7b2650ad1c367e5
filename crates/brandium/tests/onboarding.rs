//! The wizard's progress is saved per organization and the checklist follows the data.

mod common;

use common::*;
use db::entities::brand;
use db::sea_orm::{ActiveModelTrait, ActiveValue::Set};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn done(list: &Value) -> Vec<&str> {
    list["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["done"] == true)
        .map(|s| s["key"].as_str().unwrap())
        .collect()
}

async fn insert_brand(app: &TestApp, org: uuid::Uuid, published: i32, draft: Value) -> uuid::Uuid {
    let now = chrono::Utc::now();
    let id = uuid::Uuid::now_v7();
    brand::ActiveModel {
        id: Set(id),
        organization_id: Set(org),
        name: Set("Acme".into()),
        draft: Set(draft),
        published_version: Set(published),
        published_at: Set(None),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.state().db)
    .await
    .unwrap();
    id
}

async fn progress(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@a.example", "Org A").await;
    let tok = access(&admin);
    let org: uuid::Uuid = admin["organization"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();

    let fresh = app.get("/api/v1/onboarding", &tok).await;
    assert_eq!(fresh.status, StatusCode::OK);
    assert_eq!(fresh.body["current_step"], "brand_foundation");
    assert_eq!(fresh.body["finished"], false);
    assert!(done(&fresh.body).is_empty());

    let brand_id = insert_brand(&app, org, 0, json!({"name": "Acme"})).await;
    let saved = app
        .call(
            Method::PUT,
            "/api/v1/onboarding",
            Some(&tok),
            Some(json!({"current_step": "research", "completed": ["brand_foundation"], "brand_id": brand_id})),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    assert_eq!(saved.body["current_step"], "research");
    assert_eq!(saved.body["brand_id"], brand_id.to_string());
    assert_eq!(done(&saved.body), ["brand_foundation"]);

    // A later save keeps earlier steps and the brand.
    let again = app
        .call(
            Method::PUT,
            "/api/v1/onboarding",
            Some(&tok),
            Some(json!({"current_step": "visual_identity", "completed": ["research"]})),
        )
        .await;
    assert_eq!(done(&again.body), ["brand_foundation", "research"]);
    assert_eq!(again.body["brand_id"], brand_id.to_string());
    assert_eq!(
        app.get("/api/v1/onboarding", &tok).await.body["current_step"],
        "visual_identity"
    );

    // The data proves steps too: a palette and a published brand.
    let beta = insert_brand(
        &app,
        org,
        1,
        json!({"name": "Beta", "visual": {"palette": [{"role": "primary", "hex": "#112233"}]}}),
    )
    .await;
    let now = app.get("/api/v1/onboarding", &tok).await;
    assert_eq!(
        done(&now.body),
        ["brand_foundation", "research", "visual_identity"]
    );
    // ...and the first drafts in the inbox finish the list.
    let run = app
        .post(
            "/api/v1/agent-runs",
            Some(&tok),
            json!({"brand_id": beta, "channels": ["x"], "key_message": "Hello", "variants": 1}),
        )
        .await;
    assert_eq!(run.status, StatusCode::ACCEPTED, "{:?}", run.body);
    let now = app.get("/api/v1/onboarding", &tok).await;
    assert_eq!(now.body["finished"], true, "{:?}", now.body);

    // Bad input and another organization's brand.
    let bad = app
        .call(
            Method::PUT,
            "/api/v1/onboarding",
            Some(&tok),
            Some(json!({"current_step": "nowhere"})),
        )
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        bad.body
    );
    let other = app.signup("bob@b.example", "Org B").await;
    let foreign = app
        .call(
            Method::PUT,
            "/api/v1/onboarding",
            Some(&access(&other)),
            Some(json!({"current_step": "research", "brand_id": brand_id})),
        )
        .await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(foreign.body["errors"][0]["field"], "brand_id");
    assert!(done(&app.get("/api/v1/onboarding", &access(&other)).await.body).is_empty());
    // A competitor added proves the research step.
    let rival = app
        .post(
            "/api/v1/competitors",
            Some(&access(&other)),
            json!({"name": "Rival", "website": "https://rival.example", "schedule": "off"}),
        )
        .await;
    assert_eq!(rival.status, StatusCode::CREATED, "{:?}", rival.body);
    assert_eq!(
        done(&app.get("/api/v1/onboarding", &access(&other)).await.body),
        ["research"]
    );

    // A Viewer reads the checklist but cannot move the wizard.
    let viewer = app.add_member(&tok, "val@a.example", "viewer").await;
    let vt = access(&viewer);
    assert_eq!(
        app.get("/api/v1/onboarding", &vt).await.status,
        StatusCode::OK
    );
    let denied = app
        .call(
            Method::PUT,
            "/api/v1/onboarding",
            Some(&vt),
            Some(json!({"current_step": "research"})),
        )
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn wizard_progress_is_saved_and_the_checklist_follows_the_data() {
    on_every_backend!(progress);
}
