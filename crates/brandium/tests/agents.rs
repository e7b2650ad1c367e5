//! AI agents and the action inbox through the real router and the in-process worker: a brief
//! becomes reviewed drafts in the inbox, people approve, edit, regenerate, reject, assign,
//! comment and share; credits are reserved and settled; the approval policy decides who may
//! approve; a configured OpenAI-compatible server writes, and the built-in composer takes
//! over when it fails; a run survives a restart.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::{Json, Router, extract::State, routing::post};
use common::*;
use db::sea_orm::ActiveModelTrait;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers

/// A brand whose voice bans "cheap" and requires a disclaimer, with one persona.
async fn brand_with_voice(app: &TestApp, token: &str) -> (String, String) {
    let brand = create_brand_id(app, token, "Northwind").await;
    let r = app.get(&format!("/api/v1/brands/{brand}"), token).await;
    let mut draft = r.body["draft"].clone();
    draft["tagline"] = json!("Calm releases for busy teams");
    draft["value_propositions"] = json!([
        "Ship on Fridays without fear",
        "One dashboard for every release"
    ]);
    draft["voice"]["banned_terms"] =
        json!([{"term": "cheap", "replacement": "affordable", "reason": "sounds low quality"}]);
    draft["voice"]["emoji_policy"] = json!("never");
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/draft"),
            Some(token),
            Some(draft),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let persona = app
        .post(
            &format!("/api/v1/brands/{brand}/personas"),
            Some(token),
            json!({"name": "Ops lead", "buying_stage": "consideration",
                   "details": {"pains": ["late releases"], "goals": ["calm launches"]}}),
        )
        .await;
    assert_eq!(persona.status, StatusCode::CREATED, "{:?}", persona.body);
    (brand, persona.body["id"].as_str().unwrap().to_owned())
}

/// Polls the run until it has finished.
async fn wait_run(app: &TestApp, token: &str, run: &str) -> Value {
    for _ in 0..600 {
        let r = app.get(&format!("/api/v1/agent-runs/{run}"), token).await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        if ["completed", "failed", "cancelled"].contains(&r.body["status"].as_str().unwrap()) {
            return r.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("run {run} did not finish");
}

async fn balance(app: &TestApp, token: &str) -> i64 {
    let r = app.get("/api/v1/credits", token).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body["balance"].as_i64().unwrap()
}

fn item_of<'a>(run: &'a Value, channel: &str) -> &'a Value {
    run["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["channel"] == channel)
        .unwrap_or_else(|| panic!("no {channel} item in {run}"))
}

// ---------------------------------------------------------------------------------------------
// The whole journey

async fn journey(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@northwind.example", "Northwind").await;
    let token = access(&admin);
    let (brand, persona) = brand_with_voice(&app, &token).await;
    assert_eq!(
        balance(&app, &token).await,
        100,
        "the plan's included credits"
    );

    let r = app
        .post(
            "/api/v1/agent-runs",
            Some(&token),
            json!({
                "brand_id": brand, "persona_ids": [persona],
                "channels": ["linkedin", "x", "instagram", "google_rsa", "email"],
                "goal": "launch week sign-ups", "key_message": "Northwind 2.0 makes every release calm",
                "call_to_action": "Start a free trial", "cta_url": "https://northwind.example/trial",
                "campaign": "Launch week", "variants": 2, "email_sequence_length": 2
            }),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    assert_eq!(r.body["total"], 6);
    let reserved = r.body["credits_reserved"].as_i64().unwrap();
    assert!(reserved > 0);
    assert!(
        r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["state"] == "queued")
    );
    let run_id = r.body["id"].as_str().unwrap().to_owned();

    let run = wait_run(&app, &token, &run_id).await;
    assert_eq!(run["status"], "completed", "{run}");
    assert_eq!(run["done"], 6);
    let charged = run["credits_charged"].as_i64().unwrap();
    let words = run["words"].as_i64().unwrap();
    assert_eq!(
        charged,
        (words + 999) / 1000 * 5,
        "5 credits per started 1,000 words"
    );
    assert_eq!(
        balance(&app, &token).await,
        100 - charged,
        "the unused reservation came back"
    );
    let tx = app.get("/api/v1/credits", &token).await.body["transactions"].clone();
    let actions: Vec<&str> = tx
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"generation.reserve") && actions.contains(&"generation.settle"),
        "{actions:?}"
    );

    // every item is awaiting review, with persona and campaign, and titles for the sequence
    assert!(
        run["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["state"] == "awaiting_review")
    );
    let titles: Vec<&str> = run["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Email 1 of 2 · Ops lead") && titles.contains(&"Email 2 of 2 · Ops lead"),
        "{titles:?}"
    );
    let counts = app.get("/api/v1/inbox/counts", &token).await.body;
    assert_eq!(counts["awaiting_review"], 6);
    assert_eq!(counts["needs_me"], 6);
    let filtered = app
        .get("/api/v1/inbox?agent=ads&state=awaiting_review", &token)
        .await
        .body;
    assert_eq!(filtered["items"].as_array().unwrap().len(), 1);
    assert_eq!(filtered["items"][0]["channel"], "google_rsa");
    let by_campaign = app
        .get("/api/v1/inbox?campaign=Launch%20week&channel=x", &token)
        .await
        .body;
    assert_eq!(by_campaign["items"].as_array().unwrap().len(), 1);
    let bad = app.get("/api/v1/inbox?state=done", &token).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    // the X item: two variants, each formatted and reviewed, written by the built-in composer
    let x = item_of(&run, "x")["id"].as_str().unwrap().to_owned();
    let detail = app.get(&format!("/api/v1/inbox/{x}"), &token).await.body;
    let variants = detail["variants"].as_array().unwrap();
    assert_eq!(variants.len(), 2);
    assert_ne!(
        variants[0]["draft"]["text"], variants[1]["draft"]["text"],
        "variants differ"
    );
    for v in variants {
        assert_eq!(v["provider"], "builtin");
        assert_eq!(v["fallback_used"], false);
        assert!(v["review"]["score"].as_i64().unwrap() <= 100);
        assert!(!v["review"]["parts"].as_array().unwrap().is_empty());
        assert!(
            !v["draft"]["text"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("cheap")
        );
    }
    assert_eq!(detail["can_approve"], true);

    // live review of an edit, then the edit saved: the banned term is found with its fix
    let mut draft = variants[0]["draft"].clone();
    draft["text"] = json!("A cheap way to calm releases. Northwind 2.0 is here.");
    let review = app
        .post(
            &format!("/api/v1/inbox/{x}/review"),
            Some(&token),
            json!({"draft": draft}),
        )
        .await;
    assert_eq!(review.status, StatusCode::OK, "{:?}", review.body);
    let banned = review.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "banned_term")
        .unwrap_or_else(|| panic!("{:?}", review.body));
    assert_eq!(banned["suggestion"], "affordable");
    assert_eq!(banned["field"], "text");
    let wrong_kind = app
        .post(&format!("/api/v1/inbox/{x}/review"), Some(&token), json!({"draft": {"kind": "meta_ad", "primary_text": "a", "headline": "b", "description": "c"}}))
        .await;
    assert_eq!(wrong_kind.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = app
        .call(
            Method::PUT,
            &format!("/api/v1/inbox/{x}/variants/0"),
            Some(&token),
            Some(json!({"draft": draft})),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    assert_eq!(saved.body["edited"], true);

    // the banned term is an error: no one-click approval; an admin approves it with a reason
    let blocked = app
        .post(
            &format!("/api/v1/inbox/{x}/approve"),
            Some(&token),
            json!({"variant": 0}),
        )
        .await;
    assert_eq!(
        blocked.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        blocked.body
    );
    assert_eq!(blocked.code(), "review_has_errors");
    assert_eq!(blocked.body["errors"][0]["code"], "banned_term");
    assert_eq!(blocked.body["errors"][0]["field"], "text");
    // approve the edited variant: approved, in the content library
    let approved = app
        .post(
            &format!("/api/v1/inbox/{x}/approve"),
            Some(&token),
            json!({"variant": 0, "override_reason": "Quoting a customer's own words"}),
        )
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{:?}", approved.body);
    assert_eq!(approved.body["state"], "approved");
    assert_eq!(approved.body["chosen_variant"], 0);
    let again = app
        .post(
            &format!("/api/v1/inbox/{x}/approve"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.code(), "not_awaiting_review");
    let library = app.get("/api/v1/content-library", &token).await.body;
    assert_eq!(library["items"].as_array().unwrap().len(), 1);
    assert_eq!(library["items"][0]["item_id"], x.as_str());
    assert!(
        library["items"][0]["draft"]["text"]
            .as_str()
            .unwrap()
            .contains("Northwind 2.0")
    );

    // reject with a reason; a blank reason is refused
    let li = item_of(&run, "linkedin")["id"].as_str().unwrap().to_owned();
    let blank = app
        .post(
            &format!("/api/v1/inbox/{li}/reject"),
            Some(&token),
            json!({"reason": "  "}),
        )
        .await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    let rejected = app
        .post(
            &format!("/api/v1/inbox/{li}/reject"),
            Some(&token),
            json!({"reason": "Too salesy for LinkedIn"}),
        )
        .await;
    assert_eq!(rejected.status, StatusCode::OK, "{:?}", rejected.body);
    assert_eq!(rejected.body["state"], "rejected");

    // regenerate the rejected item with feedback: a new run writes it again
    let before = app.get(&format!("/api/v1/inbox/{li}"), &token).await.body["variants"][0]["draft"]
        ["text"]
        .clone();
    let regen = app
        .post(
            &format!("/api/v1/inbox/{li}/regenerate"),
            Some(&token),
            json!({"feedback": ["shorter", "more playful"]}),
        )
        .await;
    assert_eq!(regen.status, StatusCode::ACCEPTED, "{:?}", regen.body);
    let regen_run = wait_run(&app, &token, regen.body["id"].as_str().unwrap()).await;
    assert_eq!(regen_run["status"], "completed");
    let after = app.get(&format!("/api/v1/inbox/{li}"), &token).await.body;
    assert_eq!(after["state"], "awaiting_review");
    assert_ne!(
        after["variants"][0]["draft"]["text"], before,
        "written anew"
    );
    let kinds: Vec<&str> = after["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["rejected", "regenerated"]);

    // assign to a teammate (notified), comment, and a preview link for an outsider
    let creator = app
        .add_member(&token, "cy@northwind.example", "creator")
        .await;
    let creator_id = creator["user"]["id"].as_str().unwrap();
    let assigned = app
        .post(
            &format!("/api/v1/inbox/{li}/assign"),
            Some(&token),
            json!({"user_id": creator_id}),
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{:?}", assigned.body);
    assert_eq!(assigned.body["assignee_id"], creator_id);
    let notes = app
        .get("/api/v1/notifications", &access(&creator))
        .await
        .body;
    assert!(
        notes["items"][0]["title"]
            .as_str()
            .unwrap()
            .starts_with("Assigned to you")
    );
    let stranger = app
        .post(
            &format!("/api/v1/inbox/{li}/assign"),
            Some(&token),
            json!({"user_id": uuid::Uuid::new_v4()}),
        )
        .await;
    assert_eq!(stranger.status, StatusCode::UNPROCESSABLE_ENTITY);
    let commented = app
        .post(
            &format!("/api/v1/inbox/{li}/comments"),
            Some(&token),
            json!({"body": "Keep the second line"}),
        )
        .await;
    assert_eq!(
        commented.body["events"].as_array().unwrap().last().unwrap()["body"],
        "Keep the second line"
    );
    let link = app
        .post(
            &format!("/api/v1/inbox/{li}/preview-links"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(link.status, StatusCode::CREATED, "{:?}", link.body);
    let public = app
        .call(
            Method::GET,
            &format!(
                "/api/v1/public/previews/{}",
                link.body["token"].as_str().unwrap()
            ),
            None,
            None,
        )
        .await;
    assert_eq!(public.status, StatusCode::OK, "{:?}", public.body);
    assert_eq!(public.body["brand_name"], "Northwind");
    assert!(
        public.body.get("events").is_none(),
        "outsiders do not see the team's activity"
    );
    let unknown = app
        .call(Method::GET, "/api/v1/public/previews/nope", None, None)
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // a creator drafts but does not approve under the default policy
    let ig = item_of(&run, "instagram")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let no = app
        .post(
            &format!("/api/v1/inbox/{ig}/approve"),
            Some(&access(&creator)),
            json!({}),
        )
        .await;
    assert_eq!(no.status, StatusCode::FORBIDDEN);
    assert_eq!(no.code(), "not_an_approver");

    // bulk: approve two, one of which is already decided
    let rsa = item_of(&run, "google_rsa")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let bulk = app
        .post(
            "/api/v1/inbox/bulk",
            Some(&token),
            json!({"action": "approve", "ids": [ig, rsa, x]}),
        )
        .await;
    assert_eq!(bulk.status, StatusCode::OK, "{:?}", bulk.body);
    let oks: Vec<bool> = bulk.body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ok"].as_bool().unwrap())
        .collect();
    assert_eq!(oks, vec![true, true, false], "{:?}", bulk.body);
    assert_eq!(bulk.body["results"][2]["code"], "not_awaiting_review");
    let no_reason = app
        .post(
            "/api/v1/inbox/bulk",
            Some(&token),
            json!({"action": "reject", "ids": [ig]}),
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);

    // the feedback report counts what people did, per agent
    let report = app
        .get(
            &format!("/api/v1/agents/feedback-report?brand_id={brand}"),
            &token,
        )
        .await
        .body;
    let social = report["agents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["agent"] == "social")
        .unwrap();
    assert_eq!(social["approved"], 2);
    assert_eq!(social["rejected"], 1);
    assert_eq!(social["edited"], 1);
    assert_eq!(social["regenerated"], 1);
    assert!(
        report["recent_notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "Too salesy for LinkedIn")
    );

    // SSE: a finished run answers its state and `done`
    let sse = app
        .http
        .get(format!("{}/api/v1/agent-runs/{run_id}/events", app.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(sse.status(), StatusCode::OK);
    assert!(
        sse.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let text = sse.text().await.unwrap();
    assert!(text.starts_with("event: done\ndata: {"), "{text}");
    app.stop().await;
}

#[tokio::test]
async fn a_brief_becomes_reviewed_drafts_people_decide_on() {
    on_every_backend!(journey);
}

// ---------------------------------------------------------------------------------------------
// Credits

async fn credits(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@credits.example", "Credits").await;
    let token = access(&admin);
    let brand = create_brand_id(&app, &token, "Credits").await;
    // 100 credits; a blog post reserves 1,600 words × 5 variants = 8,000 words = 40 credits
    let brief = json!({"brand_id": brand, "channels": ["blog"], "key_message": "Calm releases", "variants": 5});
    let too_much = app
        .post("/api/v1/agent-runs", Some(&token), json!({"brand_id": brand, "channels": ["blog", "email"], "key_message": "x", "variants": 5, "email_sequence_length": 6}))
        .await;
    assert_eq!(
        too_much.status,
        StatusCode::PAYMENT_REQUIRED,
        "{:?}",
        too_much.body
    );
    assert_eq!(too_much.code(), "insufficient_credits");
    assert!(
        too_much.body["detail"]
            .as_str()
            .unwrap()
            .contains("has 100")
    );
    assert_eq!(
        balance(&app, &token).await,
        100,
        "a refused request takes nothing"
    );

    // three concurrent requests of 40 credits against 100: at most two pass, never below zero
    let calls = (0..3).map(|_| app.post("/api/v1/agent-runs", Some(&token), brief.clone()));
    let answers = futures::future::join_all(calls).await;
    let accepted = answers
        .iter()
        .filter(|r| r.status == StatusCode::ACCEPTED)
        .count();
    let refused = answers
        .iter()
        .filter(|r| r.status == StatusCode::PAYMENT_REQUIRED)
        .count();
    assert_eq!(
        (accepted, refused),
        (2, 1),
        "{:?}",
        answers.iter().map(|r| &r.body).collect::<Vec<_>>()
    );
    let b = balance(&app, &token).await;
    assert!(b >= 0, "balance {b}");
    app.stop().await;
}

#[tokio::test]
async fn credits_are_reserved_atomically_and_refused_with_402() {
    on_every_backend!(credits);
}

// ---------------------------------------------------------------------------------------------
// Approval policy

async fn policy(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@policy.example", "Policy").await;
    let token = access(&admin);
    let manager = app
        .add_member(&token, "max@policy.example", "manager")
        .await;
    let creator = app.add_member(&token, "cy@policy.example", "creator").await;
    let brand = create_brand_id(&app, &token, "Policy").await;
    let admin_id = admin["user"]["id"].as_str().unwrap();
    let manager_id = manager["user"]["id"].as_str().unwrap();

    let default = app
        .get(&format!("/api/v1/brands/{brand}/approval-policy"), &token)
        .await;
    assert_eq!(default.body["steps"].as_array().unwrap().len(), 1);
    let bad = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/approval-policy"),
            Some(&token),
            Some(json!({"steps": [{"roles": ["admin"], "user_ids": [], "sign_off": "all"}]})),
        )
        .await;
    assert_eq!(
        bad.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        bad.body
    );
    // step 1: any creator; step 2: both the admin and the manager
    let put = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/approval-policy"),
            Some(&token),
            Some(json!({"steps": [
                {"roles": ["creator"], "sign_off": "any"},
                {"user_ids": [admin_id, manager_id], "sign_off": "all"}
            ]})),
        )
        .await;
    assert_eq!(put.status, StatusCode::OK, "{:?}", put.body);
    let by_creator = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/approval-policy"),
            Some(&access(&creator)),
            Some(put.body.clone()),
        )
        .await;
    assert_eq!(
        by_creator.status,
        StatusCode::FORBIDDEN,
        "only admins change the policy"
    );

    let run = app
        .post("/api/v1/agent-runs", Some(&token), json!({"brand_id": brand, "channels": ["threads"], "key_message": "Policy test", "variants": 1}))
        .await
        .body;
    let run = wait_run(&app, &token, run["id"].as_str().unwrap()).await;
    let item = run["items"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(run["items"][0]["approval_steps"], 2);
    let path = format!("/api/v1/inbox/{item}/approve");

    let early = app.post(&path, Some(&token), json!({})).await;
    assert_eq!(
        early.status,
        StatusCode::FORBIDDEN,
        "step 1 belongs to creators"
    );
    let first = app.post(&path, Some(&access(&creator)), json!({})).await;
    assert_eq!(first.status, StatusCode::OK, "{:?}", first.body);
    assert_eq!(
        (
            first.body["state"].as_str(),
            first.body["approval_step"].as_i64()
        ),
        (Some("awaiting_review"), Some(1))
    );
    let second = app.post(&path, Some(&token), json!({})).await;
    assert_eq!(second.body["state"], "awaiting_review", "all must sign off");
    let twice = app.post(&path, Some(&token), json!({})).await;
    assert_eq!(twice.code(), "already_approved");
    let last = app.post(&path, Some(&access(&manager)), json!({})).await;
    assert_eq!(last.body["state"], "approved", "{:?}", last.body);
    app.stop().await;
}

#[tokio::test]
async fn the_approval_policy_decides_who_approves_and_when() {
    on_every_backend!(policy);
}

// ---------------------------------------------------------------------------------------------
// Compliance API, platform rules, templates

async fn checks(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@checks.example", "Checks").await;
    let token = access(&admin);
    let (brand, _) = brand_with_voice(&app, &token).await;

    let general = app
        .post(
            "/api/v1/brand-compliance/check",
            Some(&token),
            json!({"text": "Guaranteed results. The best tool, risk-free!"}),
        )
        .await;
    assert_eq!(general.status, StatusCode::OK, "{:?}", general.body);
    let rules: Vec<&str> = general.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"unsubstantiated_claim"), "{rules:?}");
    assert!(general.body["score"].as_u64().unwrap() < 100);
    let text = "Our cheap plan ships today.";
    let branded = app
        .post(
            "/api/v1/brand-compliance/check",
            Some(&token),
            json!({"text": text, "brand_id": brand}),
        )
        .await;
    let f = branded.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "banned_term")
        .unwrap()
        .clone();
    assert_eq!(
        &text[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize],
        "cheap"
    );
    let email = app
        .post(
            "/api/v1/brand-compliance/check",
            Some(&token),
            json!({"text": "Hello, see our news.", "channel": "email"}),
        )
        .await;
    let rules: Vec<&str> = email.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"email_footer"), "{rules:?}");
    let other = app
        .post(
            "/api/v1/brand-compliance/check",
            Some(&token),
            json!({"text": "x", "brand_id": uuid::Uuid::new_v4()}),
        )
        .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad_channel = app
        .post(
            "/api/v1/brand-compliance/check",
            Some(&token),
            json!({"text": "x", "channel": "fax"}),
        )
        .await;
    assert_eq!(bad_channel.status, StatusCode::UNPROCESSABLE_ENTITY);

    let table = app.get("/api/v1/platform-rules", &token).await;
    assert_eq!(table.status, StatusCode::OK);
    assert!(table.body["platforms"].to_string().contains("bluesky"));
    let long = "Calm releases matter. ".repeat(30);
    let formatted = app
        .post(
            "/api/v1/platform-rules/format",
            Some(&token),
            json!({"channel": "x", "text": long}),
        )
        .await;
    assert_eq!(formatted.status, StatusCode::OK, "{:?}", formatted.body);
    let counts: Vec<u64> = formatted.body["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap())
        .collect();
    assert!(
        counts.len() > 1 && counts.iter().all(|c| *c <= 280),
        "{counts:?}"
    );
    let email_fmt = app
        .post(
            "/api/v1/platform-rules/format",
            Some(&token),
            json!({"channel": "email", "text": "x"}),
        )
        .await;
    assert_eq!(email_fmt.status, StatusCode::UNPROCESSABLE_ENTITY);
    // However a post is shortened or split, the statements to keep stay whole
    let disclaimer = "Savings depend on your roof and your utility's rates.";
    let with_disclaimer = format!(
        "{} {disclaimer}",
        "Solar panels fitted in a day, by our own crews. ".repeat(60)
    );
    for channel in ["x", "instagram", "bluesky"] {
        let kept = app
            .post(
                "/api/v1/platform-rules/format",
                Some(&token),
                json!({"channel": channel, "text": with_disclaimer, "keep": [disclaimer]}),
            )
            .await;
        assert_eq!(kept.status, StatusCode::OK, "{:?}", kept.body);
        let parts: Vec<&str> = kept.body["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        assert!(parts.concat().contains(disclaimer), "{channel}: {parts:?}");
        assert!(
            kept.body["violations"]
                .as_array()
                .unwrap()
                .iter()
                .all(|v| v["blocking"] == false),
            "{channel}: {}",
            kept.body
        );
    }

    // Mastodon's limit comes from the instance's own configuration
    let instance = Router::new().route(
        "/api/v2/instance",
        axum::routing::get(|| async {
            Json(json!({"domain": "social.test", "configuration": {"statuses": {"max_characters": 1000}}}))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let instance_url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, instance).await.unwrap() });
    let post_text = "Calm releases, every week. ".repeat(25);
    let before = app
        .post(
            "/api/v1/platform-rules/format",
            Some(&token),
            json!({"channel": "mastodon", "text": post_text}),
        )
        .await;
    assert!(before.body["parts"].as_array().unwrap().len() > 1);
    let read = app
        .post(
            "/api/v1/ai/settings/mastodon-instance",
            Some(&token),
            json!({"url": instance_url}),
        )
        .await;
    assert_eq!(read.status, StatusCode::OK, "{:?}", read.body);
    assert_eq!(read.body["mastodon_char_limit"], 1000);
    let after = app
        .post(
            "/api/v1/platform-rules/format",
            Some(&token),
            json!({"channel": "mastodon", "text": post_text}),
        )
        .await;
    assert_eq!(
        after.body["parts"].as_array().unwrap().len(),
        1,
        "{:?}",
        after.body
    );
    let unreachable = app
        .post(
            "/api/v1/ai/settings/mastodon-instance",
            Some(&token),
            json!({"url": "http://127.0.0.1:9"}),
        )
        .await;
    assert_eq!(unreachable.status, StatusCode::BAD_GATEWAY);
    assert_eq!(unreachable.code(), "instance_unreadable");

    let templates = app.get("/api/v1/writing-templates", &token).await.body;
    let first = templates["items"][0].clone();
    let id = first["id"].as_str().unwrap();
    let key = first["sections"][0]["key"].as_str().unwrap();
    let rendered = app
        .post(
            &format!("/api/v1/writing-templates/{id}/render"),
            Some(&token),
            json!({"brand_id": brand, "values": {key: "A cheap idea"}}),
        )
        .await;
    assert_eq!(rendered.status, StatusCode::OK, "{:?}", rendered.body);
    assert!(
        rendered.body["text"]
            .as_str()
            .unwrap()
            .contains("A cheap idea")
    );
    assert!(
        rendered.body["check"]["findings"]
            .to_string()
            .contains("banned_term")
    );
    app.stop().await;
}

#[tokio::test]
async fn compliance_rules_and_templates_answer_on_their_own() {
    on_every_backend!(checks);
}

// ---------------------------------------------------------------------------------------------
// A configured provider, its failure, and a restart mid-run

#[derive(Clone)]
struct FakeModel {
    calls: Arc<AtomicUsize>,
    /// Answer 500 from this call on.
    fail_from: usize,
    delay: Duration,
}

async fn chat(State(m): State<FakeModel>, Json(req): Json<Value>) -> axum::response::Response {
    use axum::response::IntoResponse;
    let n = m.calls.fetch_add(1, Ordering::SeqCst);
    tokio::time::sleep(m.delay).await;
    if n >= m.fail_from {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({"error": {"message": "overloaded"}})),
        )
            .into_response();
    }
    assert_eq!(req["response_format"]["type"], "json_object");
    // Each answer reads differently, so that no variant is rewritten as a near duplicate.
    let openings = [
        "Fridays stop being scary",
        "Your release train, on time",
        "Ops teams sleep through launches",
        "One dashboard replaces the war room",
    ];
    let draft = json!({"kind": "social", "text": format!("{}: calm releases, written by the model ({n}).", openings[n % openings.len()]), "hashtags": ["CalmOps"]});
    Json(json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": req["model"],
        "choices": [{"index": 0, "message": {"role": "assistant", "content": draft.to_string()}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20}
    }))
    .into_response()
}

async fn fake_model(fail_from: usize, delay: Duration) -> (String, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let state = FakeModel {
        calls: calls.clone(),
        fail_from,
        delay,
    };
    let app = Router::new()
        .route("/v1/chat/completions", post(chat))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, calls)
}

async fn provider(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@provider.example", "Provider").await;
    let token = access(&admin);
    let brand = create_brand_id(&app, &token, "Provider").await;
    let (url, calls) = fake_model(2, Duration::ZERO).await;

    let missing = app
        .call(
            Method::PUT,
            "/api/v1/ai/settings",
            Some(&token),
            Some(json!({"provider": "openai_compatible", "model": "m"})),
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = app
        .call(Method::PUT, "/api/v1/ai/settings", Some(&token),
            Some(json!({"provider": "openai_compatible", "base_url": url, "model": "test-model", "api_key": "sk-secret-1234"})))
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    assert_eq!(saved.body["api_key_hint"], "…1234");
    assert!(
        !saved.body.to_string().contains("sk-secret"),
        "the key is never returned"
    );

    // two variants: the model writes both (calls 0 and 1)
    let run = app
        .post("/api/v1/agent-runs", Some(&token), json!({"brand_id": brand, "channels": ["mastodon"], "key_message": "Calm", "variants": 2}))
        .await
        .body;
    let run = wait_run(&app, &token, run["id"].as_str().unwrap()).await;
    let item = app
        .get(
            &format!("/api/v1/inbox/{}", run["items"][0]["id"].as_str().unwrap()),
            &token,
        )
        .await
        .body;
    for v in item["variants"].as_array().unwrap() {
        assert_eq!(v["provider"], "openai_compatible");
        assert_eq!(v["model"], "test-model");
        assert_eq!(v["fallback_used"], false);
        assert!(
            v["draft"]["text"]
                .as_str()
                .unwrap()
                .contains("written by the model")
        );
    }
    // now the server fails: the composer writes, and says so
    let run = app
        .post("/api/v1/agent-runs", Some(&token), json!({"brand_id": brand, "channels": ["bluesky"], "key_message": "Calm", "variants": 1}))
        .await
        .body;
    let run = wait_run(&app, &token, run["id"].as_str().unwrap()).await;
    assert_eq!(run["status"], "completed");
    assert_eq!(run["items"][0]["fallback_used"], true);
    assert!(calls.load(Ordering::SeqCst) >= 3, "the provider was tried");
    // without fallback, the item fails and the credits come back
    let before = balance(&app, &token).await;
    app.call(Method::PUT, "/api/v1/ai/settings", Some(&token),
        Some(json!({"provider": "openai_compatible", "base_url": url, "model": "test-model", "fallback": false})))
        .await;
    let run = app
        .post(
            "/api/v1/agent-runs",
            Some(&token),
            json!({"brand_id": brand, "channels": ["x"], "key_message": "Calm", "variants": 1}),
        )
        .await
        .body;
    let run = wait_run(&app, &token, run["id"].as_str().unwrap()).await;
    assert_eq!(run["status"], "failed", "{run}");
    assert_eq!(run["items"][0]["state"], "failed");
    assert_eq!(run["credits_charged"], 0);
    assert_eq!(balance(&app, &token).await, before);
    app.stop().await;
}

#[tokio::test]
async fn a_configured_model_writes_and_the_composer_takes_over_when_it_fails() {
    on_every_backend!(provider);
}

async fn restart(backend: &'static str) {
    let mut app = TestApp::start_with(backend, |c| {
        c.worker.lease_secs = 1;
        // stop mid-run: the job is left, not finished, by the first process
        c.worker.shutdown_grace_secs = 0;
    })
    .await;
    let admin = app.signup("ada@restart.example", "Restart").await;
    let token = access(&admin);
    let brand = create_brand_id(&app, &token, "Restart").await;
    let (url, _calls) = fake_model(usize::MAX, Duration::from_millis(400)).await;
    app.call(
        Method::PUT,
        "/api/v1/ai/settings",
        Some(&token),
        Some(json!({"provider": "openai_compatible", "base_url": url, "model": "slow"})),
    )
    .await;
    let run = app
        .post("/api/v1/agent-runs", Some(&token), json!({"brand_id": brand, "channels": ["x", "threads", "bluesky", "mastodon"], "key_message": "Calm", "variants": 1}))
        .await
        .body;
    let id = run["id"].as_str().unwrap().to_owned();
    // stop while the run is under way, then start again on the same database
    for _ in 0..200 {
        let r = app
            .get(&format!("/api/v1/agent-runs/{id}"), &token)
            .await
            .body;
        if r["status"] == "running" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    app.restart().await;
    let token = access(&app.login("ada@restart.example", PASSWORD).await.body);
    let done = wait_run(&app, &token, &id).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["done"], 4);
    assert!(
        done["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["state"] == "awaiting_review")
    );
    app.stop().await;
}

#[tokio::test]
async fn a_run_survives_a_restart() {
    on_every_backend!(restart);
}

// ---------------------------------------------------------------------------------------------
// Languages: who writes which, refused before anything is reserved, and what the model is told

/// An OpenAI-compatible server that answers one social draft and keeps every request.
async fn recording_model() -> (String, Arc<std::sync::Mutex<Vec<Value>>>) {
    type Seen = Arc<std::sync::Mutex<Vec<Value>>>;
    async fn answer(State(seen): State<Seen>, Json(req): Json<Value>) -> Json<Value> {
        seen.lock().unwrap().push(req.clone());
        let draft = json!({"kind": "social", "text": "Energía solar para tu casa. Terms apply.", "hashtags": []});
        Json(json!({
            "id": "chatcmpl-2", "object": "chat.completion", "model": req["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": draft.to_string()}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20}
        }))
    }
    let seen: Seen = Arc::default();
    let app = Router::new()
        .route("/v1/chat/completions", post(answer))
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, seen)
}

/// The system prompt and the task of a recorded chat request.
fn prompt_of(req: &Value) -> (String, String) {
    let messages = req["messages"].as_array().unwrap();
    let of = |role: &str| {
        messages
            .iter()
            .filter(|m| m["role"] == role)
            .map(|m| m["content"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
            .join("\n")
    };
    (of("system"), of("user"))
}

async fn languages(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@sunward.example", "Sunward").await;
    let token = access(&admin);
    let creator = app
        .add_member(&token, "cy@sunward.example", "creator")
        .await;
    let (brand, _) = brand_with_voice(&app, &token).await;

    // without a model the built-in composer writes, in English only; every member may ask
    for t in [&token, &access(&creator)] {
        let w = app.get("/api/v1/agents/writer", t).await;
        assert_eq!(w.status, StatusCode::OK, "{:?}", w.body);
        assert_eq!(w.body["provider"], "builtin");
        assert_eq!(w.body["languages"], json!(["en"]));
        assert!(w.body["model"].as_str().unwrap().starts_with("composer"));
    }
    let before = balance(&app, &token).await;
    let brief = json!({"brand_id": brand, "channels": ["linkedin"], "key_message": "Solar that pays for itself", "variants": 1});
    let mut spanish = brief.clone();
    spanish["language"] = json!("es");
    let refused = app
        .post("/api/v1/agent-runs", Some(&token), spanish.clone())
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        refused.body
    );
    assert_eq!(refused.code(), "language_unsupported");
    assert_eq!(refused.body["errors"][0]["field"], "language");
    let detail = refused.body["detail"].as_str().unwrap();
    assert!(
        detail.contains("Spanish") && detail.contains("/settings/ai") && detail.contains("English"),
        "{detail}"
    );
    assert_eq!(
        balance(&app, &token).await,
        before,
        "nothing reserved for a refused brief"
    );
    let mut unknown = brief.clone();
    unknown["language"] = json!("klingon");
    let r = app.post("/api/v1/agent-runs", Some(&token), unknown).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    assert_eq!(r.body["errors"][0]["field"], "language", "{:?}", r.body);

    // the brand's language is the default: a French brand's brief is refused too, unless the
    // brief asks for English
    let mut draft = app
        .get(&format!("/api/v1/brands/{brand}"), &token)
        .await
        .body["draft"]
        .clone();
    draft["language"] = json!("fr");
    draft["industry"] = json!("Residential solar");
    draft["offer"] = json!("A free home energy assessment");
    draft["proof_points"] = json!(["4,000 roofs since 2009"]);
    draft["voice"]["required_disclaimers"] = json!(["Terms apply."]);
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/draft"),
            Some(&token),
            Some(draft),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let r = app
        .post("/api/v1/agent-runs", Some(&token), brief.clone())
        .await;
    assert_eq!(r.code(), "language_unsupported");
    assert!(r.body["detail"].as_str().unwrap().contains("French"));
    let mut english = brief.clone();
    english["language"] = json!("en");
    let r = app.post("/api/v1/agent-runs", Some(&token), english).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    wait_run(&app, &token, r.body["id"].as_str().unwrap()).await;

    // the website's own words reach the writer: a finished capture of the brand's site
    db::entities::brand_capture::ActiveModel {
        id: db::sea_orm::ActiveValue::Set(uuid::Uuid::now_v7()),
        organization_id: db::sea_orm::ActiveValue::Set(org_id(&admin)),
        brand_id: db::sea_orm::ActiveValue::Set(Some(brand.parse().unwrap())),
        url: db::sea_orm::ActiveValue::Set("https://sunward.example".into()),
        status: db::sea_orm::ActiveValue::Set("succeeded".into()),
        job_id: db::sea_orm::ActiveValue::Set(None),
        result: db::sea_orm::ActiveValue::Set(Some(json!({
            "description": "Solar roofs, done right.",
            "headlines": ["Power your home with the sun"]
        }))),
        error: db::sea_orm::ActiveValue::Set(None),
        created_by: db::sea_orm::ActiveValue::Set(None),
        created_at: db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
        finished_at: db::sea_orm::ActiveValue::Set(Some(chrono::Utc::now())),
    }
    .insert(&app.state().db)
    .await
    .unwrap();

    // a language model writes any language: the writer says so, and the brief goes through
    let (url, seen) = recording_model().await;
    let saved = app
        .call(
            Method::PUT,
            "/api/v1/ai/settings",
            Some(&token),
            Some(json!({"provider": "openai_compatible", "base_url": url, "model": "polyglot"})),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);
    let w = app.get("/api/v1/agents/writer", &token).await.body;
    assert_eq!(
        (w["provider"].as_str(), w["model"].as_str()),
        (Some("openai_compatible"), Some("polyglot"))
    );
    assert!(w["languages"].is_null(), "{w}");
    spanish["theme"] = json!("Summer of Solar");
    spanish["campaign"] = json!("Q3-PIPELINE-INTERNAL");
    spanish["goal"] = json!("fill the Q3 pipeline");
    let r = app.post("/api/v1/agent-runs", Some(&token), spanish).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    let run = wait_run(&app, &token, r.body["id"].as_str().unwrap()).await;
    assert_eq!(run["status"], "completed", "{run}");
    let item = run["items"][0]["id"].as_str().unwrap().to_owned();
    let (system, task) = prompt_of(seen.lock().unwrap().last().unwrap());
    for part in [
        "Write in Spanish.",
        "Use \"affordable\" instead of \"cheap\".",
        "Required disclaimer, word for word in the post text: \"Terms apply.\"",
        "Industry: Residential solar",
        "What it offers: A free home energy assessment",
        "4,000 roofs since 2009",
        "Solar roofs, done right.",
        "Power your home with the sun",
    ] {
        assert!(system.contains(part), "{part} in {system}");
    }
    assert!(!system.contains("where there is room"));
    assert!(
        task.contains("Summer of Solar") && task.contains("never to be published"),
        "{task}"
    );
    assert!(
        task.contains("- Internal campaign name: Q3-PIPELINE-INTERNAL"),
        "{task}"
    );
    let detail = app.get(&format!("/api/v1/inbox/{item}"), &token).await.body;
    assert_eq!(detail["variants"][0]["provider"], "openai_compatible");
    assert_eq!(detail["variants"][0]["model"], "polyglot");

    // regenerating passes the reviewer's words to the model as they were typed
    let r = app
        .post(
            &format!("/api/v1/inbox/{item}/regenerate"),
            Some(&token),
            json!({"feedback": ["Mention the 25-year warranty, and keep it under 40 words"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    wait_run(&app, &token, r.body["id"].as_str().unwrap()).await;
    let (system, task) = prompt_of(seen.lock().unwrap().last().unwrap());
    assert!(system.contains("Write in Spanish."), "still Spanish");
    assert!(
        task.contains("- Mention the 25-year warranty, and keep it under 40 words"),
        "{task}"
    );

    // back to the composer: the Spanish item cannot be written again by it
    let r = app
        .call(
            Method::PUT,
            "/api/v1/ai/settings",
            Some(&token),
            Some(json!({"provider": "builtin"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let r = app
        .post(
            &format!("/api/v1/inbox/{item}/regenerate"),
            Some(&token),
            json!({"feedback": ["shorter"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    assert_eq!(r.code(), "language_unsupported");
    let still = app.get(&format!("/api/v1/inbox/{item}"), &token).await.body;
    assert_eq!(still["state"], "awaiting_review", "nothing changed");
    app.stop().await;
}

#[tokio::test]
async fn the_writer_says_which_languages_it_writes_and_briefs_are_refused_before_they_run() {
    on_every_backend!(languages);
}

// ---------------------------------------------------------------------------------------------
// Approvals that protect the brand: review errors, overrides with a reason, the audit log

async fn audit_entries(app: &TestApp, token: &str, action: &str) -> Vec<Value> {
    let r = app
        .get(&format!("/api/v1/audit-log?action={action}"), token)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body["items"].as_array().unwrap().clone()
}

async fn edit_text(app: &TestApp, token: &str, item: &str, text: &str) -> Value {
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/inbox/{item}/variants/0"),
            Some(token),
            Some(json!({"draft": {"kind": "social", "text": text, "hashtags": []}})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body
}

async fn overrides(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@guard.example", "Guard").await;
    let token = access(&admin);
    let manager = access(&app.add_member(&token, "max@guard.example", "manager").await);
    let brand = create_brand_id(&app, &token, "Guard").await;
    let mut draft = app
        .get(&format!("/api/v1/brands/{brand}"), &token)
        .await
        .body["draft"]
        .clone();
    draft["voice"]["required_disclaimers"] = json!(["Terms apply."]);
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/draft"),
            Some(&token),
            Some(draft),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let policy = app
        .get(&format!("/api/v1/brands/{brand}/approval-policy"), &token)
        .await;
    assert_eq!(policy.body["override_roles"], json!(["admin", "manager"]));

    let run = app
        .post("/api/v1/agent-runs", Some(&token), json!({"brand_id": brand, "channels": ["threads", "bluesky", "mastodon"], "key_message": "Calm releases", "variants": 1}))
        .await;
    assert_eq!(run.status, StatusCode::ACCEPTED, "{:?}", run.body);
    let run = wait_run(&app, &token, run.body["id"].as_str().unwrap()).await;
    let threads = item_of(&run, "threads")["id"].as_str().unwrap().to_owned();
    let bluesky = item_of(&run, "bluesky")["id"].as_str().unwrap().to_owned();
    let mastodon = item_of(&run, "mastodon")["id"].as_str().unwrap().to_owned();

    // the list previews each item's first line
    let list = app.get("/api/v1/inbox", &token).await.body;
    for i in list["items"].as_array().unwrap() {
        let p = i["preview"].as_str().unwrap_or_else(|| panic!("{i}"));
        assert!(!p.is_empty() && p.chars().count() <= 140, "{p}");
        assert!(!p.contains('\n'));
    }
    let long = format!(
        "{} Terms apply.\nSecond line",
        "Calm releases every week. ".repeat(10)
    );
    edit_text(&app, &token, &mastodon, &long).await;
    let list = app.get("/api/v1/inbox", &token).await.body;
    let row = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == mastodon.as_str())
        .unwrap()
        .clone();
    let p = row["preview"].as_str().unwrap();
    assert!(
        p.starts_with("Calm releases every week.") && p.ends_with('…'),
        "{p}"
    );
    assert!(p.chars().count() <= 140, "{p}");

    // a variant without the required disclaimer has an error: no one-click approval
    let saved = edit_text(&app, &token, &threads, "Calm releases, every week.").await;
    let errors: Vec<&Value> = saved["review"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert!(
        errors.iter().any(|f| f["rule"] == "missing_disclaimer"),
        "{saved}"
    );
    let detail = app
        .get(&format!("/api/v1/inbox/{threads}"), &token)
        .await
        .body;
    assert_eq!(
        (
            detail["can_override"].as_bool(),
            detail["can_regenerate"].as_bool()
        ),
        (Some(true), Some(true))
    );
    let path = format!("/api/v1/inbox/{threads}/approve");
    let refused = app.post(&path, Some(&token), json!({"variant": 0})).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        refused.body
    );
    assert_eq!(refused.code(), "review_has_errors");
    let listed = refused.body["errors"].as_array().unwrap();
    assert_eq!(listed.len(), errors.len(), "{:?}", refused.body);
    assert!(
        listed.iter().any(|e| e["code"] == "missing_disclaimer"
            && e["field"].is_string()
            && e["message"].as_str().unwrap().contains("Terms apply.")),
        "{:?}",
        refused.body
    );
    assert!(
        refused.body["detail"]
            .as_str()
            .unwrap()
            .contains("override")
    );
    for bad in [json!("   "), json!("x".repeat(1001))] {
        let r = app
            .post(&path, Some(&token), json!({"override_reason": bad}))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
        assert_eq!(
            r.body["errors"][0]["field"], "override_reason",
            "{:?}",
            r.body
        );
    }

    // only the policy's override roles may override; viewers can never be one
    let bad_policy = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/approval-policy"),
            Some(&token),
            Some(json!({"steps": [{"roles": ["admin", "manager"], "sign_off": "any"}], "override_roles": ["viewer"]})),
        )
        .await;
    assert_eq!(
        bad_policy.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        bad_policy.body
    );
    let admins_only = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/approval-policy"),
            Some(&token),
            Some(json!({"steps": [{"roles": ["admin", "manager"], "sign_off": "any"}], "override_roles": ["admin"]})),
        )
        .await;
    assert_eq!(admins_only.status, StatusCode::OK, "{:?}", admins_only.body);
    assert_eq!(admins_only.body["override_roles"], json!(["admin"]));
    let r = app
        .post(
            &path,
            Some(&manager),
            json!({"override_reason": "Legal cleared it"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{:?}", r.body);
    assert_eq!(r.code(), "override_not_allowed");
    let as_manager = app
        .get(&format!("/api/v1/inbox/{threads}"), &manager)
        .await
        .body;
    assert_eq!(
        (
            as_manager["can_approve"].as_bool(),
            as_manager["can_override"].as_bool()
        ),
        (Some(true), Some(false))
    );

    // the admin overrides with a reason: approved, in the activity and in the audit log
    let ok = app
        .post(
            &path,
            Some(&token),
            json!({"variant": 0, "override_reason": "  Legal cleared this wording for Threads.  "}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{:?}", ok.body);
    assert_eq!(ok.body["state"], "approved");
    let events = ok.body["events"].as_array().unwrap();
    let over = events
        .iter()
        .find(|e| e["kind"] == "overridden")
        .unwrap_or_else(|| panic!("{events:?}"));
    let body = over["body"].as_str().unwrap();
    assert!(
        body.contains("Legal cleared this wording for Threads.")
            && body.contains("missing_disclaimer"),
        "{body}"
    );
    assert!(events.iter().any(|e| e["kind"] == "approved"));
    let audit = audit_entries(&app, &token, "inbox.override").await;
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert_eq!(audit[0]["target_type"], "inbox_item");
    assert_eq!(audit[0]["target_id"], threads.as_str());
    assert_eq!(
        audit[0]["metadata"]["reason"],
        "Legal cleared this wording for Threads."
    );
    assert_eq!(audit[0]["metadata"]["variant"], 0);
    assert_eq!(audit[0]["metadata"]["step"], 0);
    assert!(
        audit[0]["metadata"]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "missing_disclaimer")
    );
    let approved = audit_entries(&app, &token, "inbox.approved").await;
    assert_eq!(approved.len(), 1);
    assert_eq!(approved[0]["target_id"], threads.as_str());
    assert_eq!(approved[0]["metadata"]["outcome"], "approved");
    assert_eq!(approved[0]["actor"]["name"], "Ada");

    // nobody may override when the list is empty; fixing the variant is the way
    app.call(
        Method::PUT,
        &format!("/api/v1/brands/{brand}/approval-policy"),
        Some(&token),
        Some(json!({"steps": [{"roles": ["admin", "manager"], "sign_off": "any"}], "override_roles": []})),
    )
    .await;
    edit_text(&app, &token, &bluesky, "Calm releases.").await;
    let bpath = format!("/api/v1/inbox/{bluesky}/approve");
    let r = app
        .post(&bpath, Some(&token), json!({"override_reason": "Ship it"}))
        .await;
    assert_eq!(r.code(), "override_not_allowed", "{:?}", r.body);
    let bulk = app
        .post(
            "/api/v1/inbox/bulk",
            Some(&token),
            json!({"action": "approve", "ids": [bluesky]}),
        )
        .await;
    assert_eq!(bulk.body["results"][0]["code"], "review_has_errors");
    edit_text(&app, &token, &bluesky, "Calm releases. Terms apply.").await;
    let r = app.post(&bpath, Some(&token), json!({})).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["state"], "approved");
    assert_eq!(audit_entries(&app, &token, "inbox.override").await.len(), 1);
    assert_eq!(audit_entries(&app, &token, "inbox.approved").await.len(), 2);

    // rejections and regenerations are audited; regenerate stays available after a regeneration
    let r = app
        .post(
            &format!("/api/v1/inbox/{mastodon}/reject"),
            Some(&manager),
            json!({"reason": "Off message"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let rejected = audit_entries(&app, &token, "inbox.rejected").await;
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0]["target_id"], mastodon.as_str());
    assert_eq!(rejected[0]["metadata"]["reason"], "Off message");
    for (n, feedback) in ["shorter", "mention Fridays"].into_iter().enumerate() {
        let r = app
            .post(
                &format!("/api/v1/inbox/{mastodon}/regenerate"),
                Some(&token),
                json!({"feedback": [feedback]}),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::ACCEPTED,
            "regeneration {n}: {:?}",
            r.body
        );
        let done = wait_run(&app, &token, r.body["id"].as_str().unwrap()).await;
        assert_eq!(done["status"], "completed");
        let item = app
            .get(&format!("/api/v1/inbox/{mastodon}"), &token)
            .await
            .body;
        assert_eq!(item["state"], "awaiting_review");
        assert_eq!(
            item["can_regenerate"], true,
            "the item can be regenerated again"
        );
        assert!(item["preview"].is_string());
    }
    let regenerated = audit_entries(&app, &token, "inbox.regenerated").await;
    assert_eq!(regenerated.len(), 2);
    assert_eq!(regenerated[0]["target_type"], "inbox_item");
    assert_eq!(
        regenerated[0]["metadata"]["feedback"],
        json!(["mention Fridays"])
    );
    app.stop().await;
}

#[tokio::test]
async fn errors_block_one_click_approval_and_overrides_are_reasoned_and_audited() {
    on_every_backend!(overrides);
}
