//! Brand foundation through the real router: brands and drafts, publishing with revisions,
//! notifications and email, diff and restore, voice search, personas, tenancy and roles.

mod common;

use common::*;
use db::entities::{asset, asset_persona};
use db::sea_orm::{ActiveModelTrait, ActiveValue::Set};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn put_draft(app: &TestApp, token: &str, brand: &str, draft: &Value) -> Resp {
    app.call(
        Method::PUT,
        &format!("/api/v1/brands/{brand}/draft"),
        Some(token),
        Some(draft.clone()),
    )
    .await
}

async fn publish(app: &TestApp, token: &str, brand: &str, message: &str) -> Resp {
    app.post(
        &format!("/api/v1/brands/{brand}/publish"),
        Some(token),
        json!({"message": message}),
    )
    .await
}

/// An asset row of organization `org`, as the asset library stores one.
async fn insert_asset(app: &TestApp, org: uuid::Uuid) -> uuid::Uuid {
    let id = uuid::Uuid::now_v7();
    let now = chrono::Utc::now();
    asset::ActiveModel {
        id: Set(id),
        organization_id: Set(org),
        brand_id: Set(None),
        name: Set("logo.svg".into()),
        kind: Set("vector".into()),
        content_type: Set("image/svg+xml".into()),
        size_bytes: Set(120),
        sha256: Set("0".repeat(64)),
        storage_key: Set(format!("test/{id}")),
        thumbnail_key: Set(None),
        thumbnail_status: Set("none".into()),
        width: Set(None),
        height: Set(None),
        tags: Set(json!([])),
        metadata: Set(json!({})),
        description: Set(String::new()),
        search_text: Set("logo.svg".into()),
        version: Set(1),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.state().db)
    .await
    .unwrap();
    id
}

fn fields(r: &Resp) -> Vec<(String, String)> {
    r.body["errors"]
        .as_array()
        .map(|errs| {
            errs.iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap_or_default().to_owned(),
                        e["code"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn brands_and_drafts(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);

    let b = create_brand(&app, &tok, "  Acme Coffee ").await;
    let id = b["id"].as_str().unwrap().to_owned();
    assert_eq!(b["name"], "Acme Coffee");
    assert_eq!(b["draft"]["name"], "Acme Coffee");
    assert_eq!(b["draft"]["voice"]["tone"]["formal_casual"], 50);
    assert_eq!(b["published_version"], 0);
    assert!(b["published_at"].is_null());
    assert_eq!(b["has_unpublished_changes"], true);
    create_brand(&app, &tok, "Second brand").await;

    let blank = app
        .post("/api/v1/brands", Some(&tok), json!({"name": "  "}))
        .await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&blank), vec![("name".into(), "invalid".into())]);

    let list = app.get("/api/v1/brands", &tok).await;
    let names: Vec<&str> = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Acme Coffee", "Second brand"]);
    let page = app.get("/api/v1/brands?limit=1", &tok).await;
    assert_eq!(page.body["items"].as_array().unwrap().len(), 1);
    assert!(page.body["next_cursor"].is_string());

    // validation names the field path of each bad value
    let mut draft = b["draft"].clone();
    draft["visual"]["palette"] = json!([{"role": "primary", "name": "Teal", "hex": "teal-ish"}]);
    draft["voice"]["tone"]["serious_playful"] = json!(101);
    draft["values"] = json!([{"name": "", "description": "Nameless"}]);
    let bad = put_draft(&app, &tok, &id, &draft).await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        bad.body
    );
    let bad_fields: Vec<String> = fields(&bad).into_iter().map(|(f, _)| f).collect();
    for f in [
        "visual.palette[0].hex",
        "voice.tone.serious_playful",
        "values[0].name",
    ] {
        assert!(bad_fields.iter().any(|b| b == f), "{f} in {bad_fields:?}");
    }
    let wrong_type = put_draft(&app, &tok, &id, &json!({"name": "Acme", "values": "many"})).await;
    assert_eq!(wrong_type.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&wrong_type)[0].0, "values");

    // a valid draft is saved whole and the brand's name follows the profile
    let mut draft = b["draft"].clone();
    draft["name"] = json!("Acme Roasters");
    draft["tagline"] = json!("Coffee, carefully.");
    draft["positioning"]["target"] = json!("home baristas");
    draft["visual"]["palette"] = json!([{"role": "primary", "name": "Teal", "hex": "#106D7C"}]);
    let saved = put_draft(&app, &tok, &id, &draft).await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    assert_eq!(saved.body["name"], "Acme Roasters");
    assert_eq!(saved.body["draft"]["tagline"], "Coffee, carefully.");
    let got = app.get(&format!("/api/v1/brands/{id}"), &tok).await;
    assert_eq!(got.body["draft"]["positioning"]["target"], "home baristas");
    assert_eq!(got.body["draft"]["visual"]["palette"][0]["hex"], "#106D7C");
    let list = app.get("/api/v1/brands", &tok).await;
    assert_eq!(list.body["items"][0]["name"], "Acme Roasters");

    // referenced files must be in this organization's asset library
    let other = app.signup("eve@example.com", "Other").await;
    let theirs = insert_asset(&app, org_id(&other)).await;
    let ours = insert_asset(&app, org_id(&t)).await;
    let missing = uuid::Uuid::now_v7();
    draft["visual"]["logos"] = json!([
        {"variant": "primary", "asset_id": ours},
        {"variant": "wordmark", "asset_id": theirs}
    ]);
    draft["visual"]["photography"]["reference_asset_ids"] = json!([missing]);
    let refused = put_draft(&app, &tok, &id, &draft).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        fields(&refused),
        vec![
            ("visual.logos[1].asset_id".into(), "unknown_asset".into()),
            (
                "visual.photography.reference_asset_ids[0]".into(),
                "unknown_asset".into()
            ),
        ]
    );
    draft["visual"]["logos"] = json!([{"variant": "primary", "asset_id": ours}]);
    draft["visual"]["photography"]["reference_asset_ids"] = json!([]);
    let ok = put_draft(&app, &tok, &id, &draft).await;
    assert_eq!(ok.status, StatusCode::OK, "{:?}", ok.body);
    assert_eq!(
        ok.body["draft"]["visual"]["logos"][0]["asset_id"],
        ours.to_string()
    );

    let del = app
        .call(
            Method::DELETE,
            &format!("/api/v1/brands/{id}"),
            Some(&tok),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    let gone = app.get(&format!("/api/v1/brands/{id}"), &tok).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.code(), "not_found");
    let audit = app
        .get("/api/v1/audit-log?action=brand.deleted", &tok)
        .await;
    assert_eq!(audit.body["items"][0]["target_id"], id.as_str());
    app.stop().await;
}

#[tokio::test]
async fn brands_are_created_edited_validated_and_deleted() {
    on_every_backend!(brands_and_drafts);
}

async fn revisions(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let bob = app.add_member(&tok, "bob@example.com", "creator").await;
    let bob_tok = access(&bob);
    let b = create_brand(&app, &tok, "Acme").await;
    let id = b["id"].as_str().unwrap().to_owned();

    let mut draft = b["draft"].clone();
    draft["tagline"] = json!("First words");
    draft["voice"]["banned_terms"] = json!([
        {"term": "cheap", "replacement": "affordable", "reason": ""},
        {"term": "synergy", "replacement": null, "reason": "Jargon"}
    ]);
    assert_eq!(
        put_draft(&app, &tok, &id, &draft).await.status,
        StatusCode::OK
    );

    // publish: version 1 by Ada with her message
    let v1 = publish(&app, &tok, &id, "First guidelines").await;
    assert_eq!(v1.status, StatusCode::CREATED, "{:?}", v1.body);
    assert_eq!(v1.body["version"], 1);
    assert_eq!(v1.body["message"], "First guidelines");
    assert_eq!(v1.body["author"]["name"], "Ada");
    assert!(v1.body["restored_from"].is_null());
    let got = app.get(&format!("/api/v1/brands/{id}"), &tok).await;
    assert_eq!(got.body["published_version"], 1);
    assert!(got.body["published_at"].is_string());
    assert_eq!(got.body["has_unpublished_changes"], false);

    // the other member is notified in the app and by email; the author is not
    let inbox = app.get("/api/v1/notifications", &bob_tok).await;
    assert_eq!(inbox.status, StatusCode::OK);
    assert_eq!(inbox.body["unread_count"], 1);
    let n = &inbox.body["items"][0];
    assert_eq!(n["kind"], "brand.published");
    assert_eq!(n["title"], "Acme brand guidelines: version 1 published");
    assert!(
        n["body"]
            .as_str()
            .unwrap()
            .contains("Ada published version 1")
    );
    assert!(n["body"].as_str().unwrap().contains("First guidelines"));
    assert_eq!(n["link"], format!("/brands/{id}/revisions"));
    assert!(n["read_at"].is_null());
    let mine = app.get("/api/v1/notifications", &tok).await;
    assert_eq!(mine.body["unread_count"], 0);
    assert!(mine.body["items"].as_array().unwrap().is_empty());
    let outbox = app.get("/api/v1/mail/outbox", &tok).await;
    let mails: Vec<&Value> = outbox.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "notification")
        .collect();
    assert_eq!(mails.len(), 1, "{:?}", outbox.body);
    assert_eq!(mails[0]["to"], "bob@example.com");
    assert_eq!(
        mails[0]["subject"],
        "Acme brand guidelines: version 1 published"
    );
    assert!(
        mails[0]["body_text"]
            .as_str()
            .unwrap()
            .contains(&format!("http://brandium.test/brands/{id}/revisions"))
    );

    // nothing changed since: 409
    let again = publish(&app, &tok, &id, "Again").await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.code(), "nothing_to_publish");

    // version 2 changes the tagline and a replacement
    draft["tagline"] = json!("Better words");
    draft["voice"]["banned_terms"][1]["replacement"] = json!("working together");
    assert_eq!(
        put_draft(&app, &tok, &id, &draft).await.status,
        StatusCode::OK
    );
    let got = app.get(&format!("/api/v1/brands/{id}"), &tok).await;
    assert_eq!(got.body["has_unpublished_changes"], true);
    let v2 = publish(&app, &tok, &id, "").await;
    assert_eq!(v2.body["version"], 2);

    let d = app
        .get(
            &format!("/api/v1/brands/{id}/revisions/diff?from=1&to=2"),
            &tok,
        )
        .await;
    assert_eq!(d.status, StatusCode::OK, "{:?}", d.body);
    assert_eq!(
        (d.body["from"].clone(), d.body["to"].clone()),
        (json!(1), json!("2"))
    );
    assert_eq!(
        d.body["changes"],
        json!([
            {"path": "tagline", "label": "Tagline", "kind": "changed", "before": "First words", "after": "Better words"},
            {"path": "voice.banned_terms[1].replacement", "label": "Voice › Banned terms › 2 › Replacement",
             "kind": "changed", "before": null, "after": "working together"}
        ])
    );

    // against the draft (the default side)
    draft["value_propositions"] = json!(["Fresh every week"]);
    put_draft(&app, &tok, &id, &draft).await;
    let d = app
        .get(&format!("/api/v1/brands/{id}/revisions/diff?from=2"), &tok)
        .await;
    assert_eq!(d.body["to"], "draft");
    assert_eq!(
        d.body["changes"],
        json!([{"path": "value_propositions[0]", "label": "Value propositions › 1", "kind": "added", "after": "Fresh every week", "before": null}])
    );
    let same = app
        .get(
            &format!("/api/v1/brands/{id}/revisions/diff?from=2&to=2"),
            &tok,
        )
        .await;
    assert_eq!(same.body["changes"], json!([]));
    let unknown = app
        .get(
            &format!("/api/v1/brands/{id}/revisions/diff?from=9&to=draft"),
            &tok,
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        fields(&unknown),
        vec![("from".into(), "unknown_version".into())]
    );
    let junk = app
        .get(
            &format!("/api/v1/brands/{id}/revisions/diff?from=1&to=latest"),
            &tok,
        )
        .await;
    assert_eq!(fields(&junk), vec![("to".into(), "invalid".into())]);
    let no_from = app
        .get(&format!("/api/v1/brands/{id}/revisions/diff"), &tok)
        .await;
    assert_eq!(no_from.status, StatusCode::UNPROCESSABLE_ENTITY);

    // one revision with its snapshot
    let r1 = app
        .get(&format!("/api/v1/brands/{id}/revisions/1"), &tok)
        .await;
    assert_eq!(r1.status, StatusCode::OK);
    assert_eq!(r1.body["version"], 1);
    assert_eq!(r1.body["snapshot"]["tagline"], "First words");
    for missing in ["7", "0", "latest"] {
        let r = app
            .get(&format!("/api/v1/brands/{id}/revisions/{missing}"), &tok)
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{missing}");
    }

    // restore version 1: the draft becomes it, and it is published as version 3
    let restored = app
        .post(
            &format!("/api/v1/brands/{id}/revisions/1/restore"),
            Some(&tok),
            json!({}),
        )
        .await;
    assert_eq!(restored.status, StatusCode::CREATED, "{:?}", restored.body);
    assert_eq!(restored.body["version"], 3);
    assert_eq!(restored.body["restored_from"], 1);
    assert_eq!(restored.body["message"], "Restored version 1");
    let got = app.get(&format!("/api/v1/brands/{id}"), &tok).await;
    assert_eq!(got.body["draft"]["tagline"], "First words");
    assert_eq!(got.body["draft"]["value_propositions"], json!([]));
    assert_eq!(got.body["published_version"], 3);
    assert_eq!(got.body["has_unpublished_changes"], false);
    let d = app
        .get(
            &format!("/api/v1/brands/{id}/revisions/diff?from=1&to=3"),
            &tok,
        )
        .await;
    assert_eq!(d.body["changes"], json!([]));
    let list = app
        .get(&format!("/api/v1/brands/{id}/revisions"), &tok)
        .await;
    let versions: Vec<i64> = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["version"].as_i64().unwrap())
        .collect();
    assert_eq!(versions, vec![3, 2, 1], "history only grows, newest first");
    assert_eq!(list.body["items"][0]["author"]["name"], "Ada");
    let paged = app
        .get(&format!("/api/v1/brands/{id}/revisions?limit=2"), &tok)
        .await;
    let cursor = paged.body["next_cursor"].as_str().unwrap().to_owned();
    let rest = app
        .get(
            &format!("/api/v1/brands/{id}/revisions?limit=2&cursor={cursor}"),
            &tok,
        )
        .await;
    assert_eq!(rest.body["items"][0]["version"], 1);
    // restoring what is published now changes nothing
    let noop = app
        .post(
            &format!("/api/v1/brands/{id}/revisions/3/restore"),
            Some(&tok),
            json!({"message": "again"}),
        )
        .await;
    assert_eq!(noop.code(), "nothing_to_publish");
    let audit = app
        .get("/api/v1/audit-log?action=brand.restored", &tok)
        .await;
    assert_eq!(audit.body["items"][0]["metadata"]["restored_from"], 1);
    let audit = app
        .get("/api/v1/audit-log?action=brand.published", &tok)
        .await;
    assert_eq!(audit.body["items"].as_array().unwrap().len(), 2);

    // Bob reads his notifications: one at a time, then all
    let inbox = app.get("/api/v1/notifications", &bob_tok).await;
    assert_eq!(inbox.body["unread_count"], 3);
    assert!(
        inbox.body["items"][0]["body"]
            .as_str()
            .unwrap()
            .contains("restored version 1")
    );
    let first = inbox.body["items"][2]["id"].as_str().unwrap().to_owned();
    let read = app
        .post(
            &format!("/api/v1/notifications/{first}/read"),
            Some(&bob_tok),
            json!({}),
        )
        .await;
    assert_eq!(read.status, StatusCode::NO_CONTENT);
    let inbox = app.get("/api/v1/notifications", &bob_tok).await;
    assert_eq!(inbox.body["unread_count"], 2);
    assert!(inbox.body["items"][2]["read_at"].is_string());
    let unread = app.get("/api/v1/notifications?unread=true", &bob_tok).await;
    assert_eq!(unread.body["items"].as_array().unwrap().len(), 2);
    // Ada cannot mark Bob's notification
    let not_hers = app
        .post(
            &format!("/api/v1/notifications/{first}/read"),
            Some(&tok),
            json!({}),
        )
        .await;
    assert_eq!(not_hers.status, StatusCode::NOT_FOUND);
    let all = app
        .post("/api/v1/notifications/read-all", Some(&bob_tok), json!({}))
        .await;
    assert_eq!(all.status, StatusCode::NO_CONTENT);
    let inbox = app.get("/api/v1/notifications", &bob_tok).await;
    assert_eq!(inbox.body["unread_count"], 0);
    app.stop().await;
}

#[tokio::test]
async fn publishing_creates_revisions_notifies_members_and_restores() {
    on_every_backend!(revisions);
}

async fn voice(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let b = create_brand(&app, &tok, "Acme").await;
    let id = b["id"].as_str().unwrap().to_owned();
    let mut draft = b["draft"].clone();
    draft["voice"]["traits"] = json!([{"name": "Warm", "we_are": "Friendly like a good café", "we_are_not": "Cheesy", "examples": []}]);
    draft["voice"]["banned_terms"] =
        json!([{"term": "cheap", "replacement": "affordable", "reason": ""}]);
    draft["voice"]["preferred_words"] = json!(["Résumé"]);
    draft["voice"]["hashtag_policy"]["guidance"] = json!("One branded hashtag per post");
    assert_eq!(
        put_draft(&app, &tok, &id, &draft).await.status,
        StatusCode::OK
    );

    let r = app
        .get(&format!("/api/v1/brands/{id}/voice/search?q=CAFE"), &tok)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["query"], "CAFE");
    assert_eq!(
        r.body["hits"],
        json!([{"section": "traits", "path": "voice.traits[0].we_are", "text": "Friendly like a good café",
                "snippet": {"before": "Friendly like a good ", "matched": "café", "after": ""}}])
    );
    let r = app
        .get(&format!("/api/v1/brands/{id}/voice/search?q=resume"), &tok)
        .await;
    assert_eq!(r.body["hits"][0]["section"], "preferred_words");
    let r = app
        .get(&format!("/api/v1/brands/{id}/voice/search?q=afford"), &tok)
        .await;
    assert_eq!(
        r.body["hits"][0]["path"],
        "voice.banned_terms[0].replacement"
    );
    let r = app
        .get(&format!("/api/v1/brands/{id}/voice/search?q=hashtag"), &tok)
        .await;
    assert_eq!(r.body["hits"][0]["section"], "hashtags");
    let r = app
        .get(&format!("/api/v1/brands/{id}/voice/search?q=zebra"), &tok)
        .await;
    assert_eq!(r.body["hits"], json!([]));
    let r = app
        .get(&format!("/api/v1/brands/{id}/voice/search?q=%20"), &tok)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&r), vec![("q".into(), "required".into())]);
    app.stop().await;
}

#[tokio::test]
async fn voice_guidelines_are_searchable() {
    on_every_backend!(voice);
}

async fn personas(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let b = create_brand(&app, &tok, "Acme").await;
    let id = b["id"].as_str().unwrap().to_owned();
    let body = json!({
        "name": "Home barista Hana",
        "buying_stage": "consideration",
        "details": {
            "summary": "Brews every morning, wants café quality at home.",
            "demographics": {"age_range": "28-40", "location": "Lisbon", "job_title": "Designer"},
            "psychographics": {"values": ["craft", "sustainability"], "lifestyle": "Urban"},
            "behaviours": {"media_habits": "Instagram, YouTube reviews", "tools": ["Aeropress"]},
            "goals": ["Consistent espresso"],
            "pains": ["Stale beans"],
            "objections": ["Subscriptions lock me in"],
            "preferred_channels": ["Instagram", "Email"],
            "quote": "I want to taste the origin."
        }
    });
    let created = app
        .post(
            &format!("/api/v1/brands/{id}/personas"),
            Some(&tok),
            body.clone(),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let pid = created.body["id"].as_str().unwrap().to_owned();
    assert_eq!(created.body["brand_id"], id.as_str());
    assert_eq!(created.body["buying_stage"], "consideration");
    assert_eq!(
        created.body["details"]["demographics"]["location"],
        "Lisbon"
    );
    assert_eq!(created.body["details"]["demographics"]["income"], "");
    assert_eq!(
        created.body["details"]["preferred_channels"],
        json!(["Instagram", "Email"])
    );
    assert_eq!(created.body["asset_count"], 0);
    app.post(
        &format!("/api/v1/brands/{id}/personas"),
        Some(&tok),
        json!({"name": "Office manager Omar", "buying_stage": "decision"}),
    )
    .await;

    // assets linked to the persona are counted
    let asset = insert_asset(&app, org_id(&t)).await;
    asset_persona::ActiveModel {
        asset_id: Set(asset),
        persona_id: Set(pid.parse().unwrap()),
        organization_id: Set(org_id(&t)),
    }
    .insert(&app.state().db)
    .await
    .unwrap();
    let list = app
        .get(&format!("/api/v1/brands/{id}/personas"), &tok)
        .await;
    let items = list.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["name"], "Home barista Hana");
    assert_eq!(items[0]["asset_count"], 1);
    assert_eq!(items[1]["asset_count"], 0);

    let mut changed = body.clone();
    changed["name"] = json!("Hana");
    changed["buying_stage"] = json!("retention");
    changed["details"]["pains"] = json!(["Stale beans", "Grinder noise"]);
    let updated = app
        .call(
            Method::PUT,
            &format!("/api/v1/personas/{pid}"),
            Some(&tok),
            Some(changed),
        )
        .await;
    assert_eq!(updated.status, StatusCode::OK, "{:?}", updated.body);
    assert_eq!(updated.body["buying_stage"], "retention");
    assert_eq!(updated.body["asset_count"], 1);
    let got = app.get(&format!("/api/v1/personas/{pid}"), &tok).await;
    assert_eq!(got.body["name"], "Hana");
    assert_eq!(got.body["details"]["pains"][1], "Grinder noise");

    let bad = app
        .post(
            &format!("/api/v1/brands/{id}/personas"),
            Some(&tok),
            json!({"name": "", "buying_stage": "loyal"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&bad)[0].0, "buying_stage");
    let bad = app
        .post(
            &format!("/api/v1/brands/{id}/personas"),
            Some(&tok),
            json!({"name": " ", "buying_stage": "awareness", "details": {"demographics": {"age_range": "x".repeat(201)}}}),
        )
        .await;
    let bad_fields: Vec<String> = fields(&bad).into_iter().map(|(f, _)| f).collect();
    assert!(bad_fields.contains(&"name".to_owned()), "{bad_fields:?}");
    assert!(
        bad_fields.contains(&"details.demographics.age_range".to_owned()),
        "{bad_fields:?}"
    );

    let del = app
        .call(
            Method::DELETE,
            &format!("/api/v1/personas/{pid}"),
            Some(&tok),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&format!("/api/v1/personas/{pid}"), &tok)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // deleting the brand takes its personas with it
    let other = app
        .get(&format!("/api/v1/brands/{id}/personas"), &tok)
        .await;
    let omar = other.body["items"][0]["id"].as_str().unwrap().to_owned();
    app.call(
        Method::DELETE,
        &format!("/api/v1/brands/{id}"),
        Some(&tok),
        None,
    )
    .await;
    assert_eq!(
        app.get(&format!("/api/v1/personas/{omar}"), &tok)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn personas_are_created_listed_updated_and_deleted() {
    on_every_backend!(personas);
}

async fn tenancy_and_roles(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let a = app.signup("ada@a.example", "Org A").await;
    let ta = access(&a);
    let b = app.signup("bob@b.example", "Org B").await;
    let tb = access(&b);
    let b_member = app.add_member(&tb, "cy@b.example", "viewer").await;

    // Org B has a published brand, a persona and a notification
    let brand = create_brand(&app, &tb, "B brand").await;
    let bid = brand["id"].as_str().unwrap().to_owned();
    assert_eq!(
        publish(&app, &tb, &bid, "v1").await.status,
        StatusCode::CREATED
    );
    let persona = app
        .post(
            &format!("/api/v1/brands/{bid}/personas"),
            Some(&tb),
            json!({"name": "P", "buying_stage": "awareness"}),
        )
        .await;
    let pid = persona.body["id"].as_str().unwrap().to_owned();
    let inbox = app.get("/api/v1/notifications", &access(&b_member)).await;
    let nid = inbox.body["items"][0]["id"].as_str().unwrap().to_owned();

    let calls: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, format!("/api/v1/brands/{bid}"), None),
        (
            Method::PUT,
            format!("/api/v1/brands/{bid}/draft"),
            Some(json!({"name": "Taken"})),
        ),
        (
            Method::POST,
            format!("/api/v1/brands/{bid}/publish"),
            Some(json!({})),
        ),
        (Method::DELETE, format!("/api/v1/brands/{bid}"), None),
        (Method::GET, format!("/api/v1/brands/{bid}/revisions"), None),
        (
            Method::GET,
            format!("/api/v1/brands/{bid}/revisions/1"),
            None,
        ),
        (
            Method::GET,
            format!("/api/v1/brands/{bid}/revisions/diff?from=1"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/brands/{bid}/revisions/1/restore"),
            Some(json!({})),
        ),
        (
            Method::GET,
            format!("/api/v1/brands/{bid}/voice/search?q=a"),
            None,
        ),
        (Method::GET, format!("/api/v1/brands/{bid}/personas"), None),
        (
            Method::POST,
            format!("/api/v1/brands/{bid}/personas"),
            Some(json!({"name": "X", "buying_stage": "awareness"})),
        ),
        (Method::GET, format!("/api/v1/personas/{pid}"), None),
        (
            Method::PUT,
            format!("/api/v1/personas/{pid}"),
            Some(json!({"name": "X", "buying_stage": "awareness"})),
        ),
        (Method::DELETE, format!("/api/v1/personas/{pid}"), None),
        (
            Method::POST,
            format!("/api/v1/notifications/{nid}/read"),
            Some(json!({})),
        ),
    ];
    for (method, path, body) in calls {
        let r = app.call(method.clone(), &path, Some(&ta), body).await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "{method} {path}: {:?}",
            r.body
        );
        assert_eq!(r.code(), "not_found");
    }
    // nothing of B's changed, and A sees none of it
    let still = app.get(&format!("/api/v1/brands/{bid}"), &tb).await;
    assert_eq!(still.body["name"], "B brand");
    assert_eq!(still.body["published_version"], 1);
    assert_eq!(
        app.get(&format!("/api/v1/personas/{pid}"), &tb)
            .await
            .status,
        StatusCode::OK
    );
    assert!(
        app.get("/api/v1/brands", &ta).await.body["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let inbox = app.get("/api/v1/notifications", &access(&b_member)).await;
    assert_eq!(inbox.body["unread_count"], 1);

    // a Viewer reads but writes nothing; a Creator edits but does not publish
    let viewer = access(&b_member);
    assert_eq!(
        app.get(&format!("/api/v1/brands/{bid}"), &viewer)
            .await
            .status,
        StatusCode::OK
    );
    let creator = access(&app.add_member(&tb, "dee@b.example", "creator").await);
    let writes: Vec<(Method, String, Value)> = vec![
        (
            Method::POST,
            "/api/v1/brands".into(),
            json!({"name": "New"}),
        ),
        (
            Method::PUT,
            format!("/api/v1/brands/{bid}/draft"),
            json!({"name": "Renamed"}),
        ),
        (
            Method::POST,
            format!("/api/v1/brands/{bid}/personas"),
            json!({"name": "X", "buying_stage": "awareness"}),
        ),
        (
            Method::PUT,
            format!("/api/v1/personas/{pid}"),
            json!({"name": "X", "buying_stage": "awareness"}),
        ),
    ];
    for (method, path, body) in &writes {
        let r = app
            .call(method.clone(), path, Some(&viewer), Some(body.clone()))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "viewer {method} {path}");
        assert_eq!(r.code(), "forbidden");
        let r = app
            .call(method.clone(), path, Some(&creator), Some(body.clone()))
            .await;
        assert!(
            r.status.is_success(),
            "creator {method} {path}: {:?}",
            r.body
        );
    }
    let approvals: Vec<(Method, String)> = vec![
        (Method::POST, format!("/api/v1/brands/{bid}/publish")),
        (
            Method::POST,
            format!("/api/v1/brands/{bid}/revisions/1/restore"),
        ),
        (Method::DELETE, format!("/api/v1/brands/{bid}")),
    ];
    for (method, path) in &approvals {
        for tok in [&viewer, &creator] {
            let r = app
                .call(method.clone(), path, Some(tok), Some(json!({})))
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{method} {path}");
        }
    }
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/personas/{pid}"),
            Some(&viewer),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // the Admin publishes what the Creator drafted
    let r = publish(&app, &tb, &bid, "Creator's edits").await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(r.body["version"], 2);
    app.stop().await;
}

#[tokio::test]
async fn other_organizations_ids_answer_404_and_roles_are_enforced() {
    on_every_backend!(tenancy_and_roles);
}

// ---------------------------------------------------------------------------------------------
// What writers draw on: language, industry, offer, location, proof points, key messages

async fn writer_facts(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@facts.example", "Facts").await;
    let tok = access(&t);
    let b = create_brand(&app, &tok, "Sunward").await;
    let id = b["id"].as_str().unwrap().to_owned();
    // a new brand writes English and has none of the new facts yet
    assert_eq!(b["draft"]["language"], "en");
    assert_eq!(b["draft"]["industry"], "");
    assert_eq!(b["draft"]["proof_points"], json!([]));
    assert_eq!(b["draft"]["key_messages"], json!([]));

    let mut draft = b["draft"].clone();
    draft["language"] = json!("es");
    draft["industry"] = json!("Residential solar");
    draft["offer"] = json!("A free home energy assessment");
    draft["location"] = json!("Sacramento and the Central Valley");
    draft["proof_points"] = json!(["4,000 roofs since 2009", "25-year warranty"]);
    draft["key_messages"] = json!(["Power that pays for itself"]);
    let saved = put_draft(&app, &tok, &id, &draft).await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    let got = app.get(&format!("/api/v1/brands/{id}"), &tok).await.body["draft"].clone();
    for key in [
        "language",
        "industry",
        "offer",
        "location",
        "proof_points",
        "key_messages",
    ] {
        assert_eq!(got[key], draft[key], "{key}");
    }
    let v1 = publish(&app, &tok, &id, "Facts for writers").await;
    assert_eq!(v1.status, StatusCode::CREATED, "{:?}", v1.body);
    let r1 = app
        .get(&format!("/api/v1/brands/{id}/revisions/1"), &tok)
        .await;
    assert_eq!(r1.body["snapshot"]["language"], "es");
    assert_eq!(r1.body["snapshot"]["proof_points"][1], "25-year warranty");

    draft["language"] = json!("pt");
    draft["key_messages"] = json!(["Power that pays for itself", "Local crews"]);
    put_draft(&app, &tok, &id, &draft).await;
    let d = app
        .get(&format!("/api/v1/brands/{id}/revisions/diff?from=1"), &tok)
        .await;
    assert_eq!(
        d.body["changes"],
        json!([
            {"path": "language", "label": "Language", "kind": "changed", "before": "es", "after": "pt"},
            {"path": "key_messages[1]", "label": "Key messages › 2", "kind": "added", "before": null, "after": "Local crews"}
        ])
    );

    // an unknown language and over-long facts are refused, field by field
    let mut bad = draft.clone();
    bad["language"] = json!("xx");
    let r = put_draft(&app, &tok, &id, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    assert_eq!(fields(&r)[0].0, "language", "{:?}", r.body);
    let mut bad = draft.clone();
    bad["industry"] = json!("x".repeat(201));
    bad["proof_points"] = json!(["ok", "y".repeat(5001)]);
    let r = put_draft(&app, &tok, &id, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    let names: Vec<String> = fields(&r).into_iter().map(|(f, _)| f).collect();
    assert!(names.contains(&"industry".to_owned()), "{names:?}");
    assert!(names.contains(&"proof_points[1]".to_owned()), "{names:?}");
    app.stop().await;
}

#[tokio::test]
async fn the_brand_profile_carries_what_writers_draw_on() {
    on_every_backend!(writer_facts);
}
