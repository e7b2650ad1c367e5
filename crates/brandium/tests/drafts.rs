//! What reaches the inbox when the writer ignores every rule: a local OpenAI-compatible server
//! answers with over-long text and ad fields, banned words in text, hashtags and subject lines,
//! no disclaimer, thirty hashtags and the same copy for every variant. Every variant must come
//! out either valid (mended) or carrying an error finding or blocking violation on the field at
//! fault; this file checks that independently, field by field, and counts the variants that are
//! invalid and unflagged: there must be none. Also: the compliance check endpoint and the inbox
//! review give the same findings for the same post.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::{Json, Router, extract::State, routing::post};
use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const DISCLAIMER: &str = "Rebates depend on your utility and are not guaranteed by us.";
const BANNED: [&str; 2] = ["cheap", "miracle"];
const MAX_HASHTAGS: usize = 3;

/// A brand that replaces "cheap" with "affordable", bans "miracle" outright, requires a
/// disclaimer and allows three hashtags.
async fn strict_brand(app: &TestApp, token: &str) -> String {
    let brand = create_brand_id(app, token, "Sunny Roofs").await;
    let r = app.get(&format!("/api/v1/brands/{brand}"), token).await;
    let mut draft = r.body["draft"].clone();
    draft["tagline"] = json!("Solar for every roof");
    draft["voice"]["banned_terms"] = json!([
        {"term": "cheap", "replacement": "affordable", "reason": "we do not compete on price"},
        {"term": "miracle", "reason": "overpromises"}
    ]);
    draft["voice"]["required_disclaimers"] = json!([DISCLAIMER]);
    draft["voice"]["hashtag_policy"]["max_per_post"] = json!(MAX_HASHTAGS);
    draft["voice"]["hashtag_policy"]["branded"] = json!(["SunnyRoofs"]);
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

async fn wait_run(app: &TestApp, token: &str, run: &str) -> Value {
    for _ in 0..1200 {
        let r = app.get(&format!("/api/v1/agent-runs/{run}"), token).await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        if ["completed", "failed", "cancelled"].contains(&r.body["status"].as_str().unwrap()) {
            return r.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("run {run} did not finish");
}

// ---------------------------------------------------------------------------------------------
// A model that breaks every rule

#[derive(Clone)]
struct RuleBreaker {
    calls: Arc<AtomicUsize>,
    /// Requests that asked for another angle.
    rewrites: Arc<AtomicUsize>,
}

fn long(sentence: &str, n: usize) -> String {
    sentence.repeat(n).trim().to_owned()
}

/// The draft a rule-breaking model answers for the kind the prompt asks for.
fn bad_draft(kind: &str, another_angle: bool) -> Value {
    let thirty: Vec<String> = (0..30)
        .map(|i| match i {
            0 => "CheapSolar".to_owned(),
            1 => "MiracleSavings".to_owned(),
            2 => "Q3SolarPush".to_owned(),
            3 => "cheapsolar".to_owned(),
            4 => "#GenerateLeads".to_owned(),
            _ => format!("SolarTag{i}"),
        })
        .collect();
    match kind {
        "google_rsa" => json!({
            "kind": "google_rsa",
            "headlines": (0..15).map(|i| if i % 3 == 0 {
                format!("Cheap solar panels for your whole home number {i}")
            } else if i % 3 == 1 {
                format!("Miracle savings {i}")
            } else {
                format!("Solar {i}")
            }).collect::<Vec<_>>(),
            "descriptions": [
                "Cheap panels fitted in a single day by our own crews, with a miracle twenty-five year warranty on parts.",
                "Miracle savings all summer long.",
                "Book a free roof check today and see what you could save on every bill you pay.",
                "Cheap solar power."
            ],
            "path1": "cheap-solar-deals",
            "path2": "miracle"
        }),
        "meta_ad" => json!({
            "kind": "meta_ad",
            "primary_text": long("Cheap solar panels, a miracle for your power bill, fitted in a day by our crews. ", 4),
            "headline": "Cheap solar panels that pay for themselves this year",
            "description": "A miracle warranty on every part we fit"
        }),
        "linkedin_sponsored" => json!({
            "kind": "linkedin_sponsored",
            "intro": long("Cheap solar is here. Our miracle panels cut bills for homes across the valley all year round. ", 10),
            "headline": long("Cheap solar panels for every roof in the valley ", 6),
            "description": long("A miracle warranty on parts and labour ", 4)
        }),
        "email" => json!({
            "kind": "email",
            "subject": "Cheap solar panels are here and they will change your power bill forever",
            "subject_variants": ["A miracle for your power bill, starting this week only", "Cheap roofs"],
            "preheader": "Cheap solar, fitted in a day",
            "body_html": "<p>Cheap solar panels for every roof. A miracle for your bill.</p><p><a href=\"{{cta_url}}\">Book now</a></p><p>{{postal_address}} <a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>",
            "body_text": "Cheap solar panels for every roof. A miracle for your bill.\n\nBook now: {{cta_url}}\n\n{{postal_address}}\nUnsubscribe: {{unsubscribe_url}}",
            "cta_label": "Get cheap solar"
        }),
        "blog" => json!({
            "kind": "blog",
            "seo_title": "Cheap solar panels: the miracle guide to cutting every power bill you have",
            "meta_description": long("Cheap solar panels explained, with a miracle of savings for every home. ", 4),
            "slug": "cheap-solar-guide",
            "outline": [
                {"heading": "Why cheap solar works", "points": ["A miracle for bills", "Cheap to fit"]},
                {"heading": "How we fit it", "points": ["One day"]}
            ],
            "body_markdown": format!("# Cheap solar\n\n{}\n\n## A miracle\n\nIt works. #CheapSolar", long("Cheap panels cut bills. ", 30))
        }),
        _ if another_angle => json!({
            "kind": "social",
            "text": "Ask the crew who fitted 4,000 roofs since 2009 what a summer without power bills feels like. Cheap is not our word; lasting is.",
            "hashtags": thirty
        }),
        _ => json!({
            "kind": "social",
            "text": format!(
                "Cheap solar panels are a miracle for your power bill! Book a free roof check: https://sunny.example/check {}",
                long("Our crews fit cheap panels in a single day and the savings start the same week. ", 45)
            ),
            "hashtags": thirty
        }),
    }
}

async fn breaker_chat(
    State(m): State<RuleBreaker>,
    Json(req): Json<Value>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    m.calls.fetch_add(1, Ordering::SeqCst);
    let prompt = req["messages"].to_string();
    let kind = [
        "google_rsa",
        "meta_ad",
        "linkedin_sponsored",
        "email",
        "blog",
    ]
    .into_iter()
    .find(|k| prompt.contains(&format!("\\\"kind\\\":\\\"{k}\\\"")))
    .unwrap_or("social");
    let another = prompt.to_lowercase().contains("another angle");
    if another {
        m.rewrites.fetch_add(1, Ordering::SeqCst);
    }
    let draft = bad_draft(kind, another);
    Json(json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": req["model"],
        "choices": [{"index": 0, "message": {"role": "assistant", "content": draft.to_string()}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 400}
    }))
    .into_response()
}

async fn rule_breaker() -> (String, RuleBreaker) {
    let state = RuleBreaker {
        calls: Arc::new(AtomicUsize::new(0)),
        rewrites: Arc::new(AtomicUsize::new(0)),
    };
    let app = Router::new()
        .route("/v1/chat/completions", post(breaker_chat))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, state)
}

// ---------------------------------------------------------------------------------------------
// The independent check

/// Every field a reader sees, by the name the review gives it, with its value.
fn visible_fields(draft: &Value) -> Vec<(String, String)> {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let mut out = Vec::new();
    let list = |out: &mut Vec<(String, String)>, name: &str, v: &Value| {
        for (i, x) in v.as_array().into_iter().flatten().enumerate() {
            out.push((format!("{name}[{i}]"), s(x)));
        }
    };
    match draft["kind"].as_str().unwrap() {
        "social" => {
            out.push(("text".into(), s(&draft["text"])));
            list(&mut out, "hashtags", &draft["hashtags"]);
        }
        "google_rsa" => {
            list(&mut out, "headlines", &draft["headlines"]);
            list(&mut out, "descriptions", &draft["descriptions"]);
            out.push(("path1".into(), s(&draft["path1"])));
            out.push(("path2".into(), s(&draft["path2"])));
        }
        "meta_ad" => {
            for f in ["primary_text", "headline", "description"] {
                out.push((f.into(), s(&draft[f])));
            }
        }
        "linkedin_sponsored" => {
            for f in ["intro", "headline", "description"] {
                out.push((f.into(), s(&draft[f])));
            }
        }
        "email" => {
            out.push(("subject".into(), s(&draft["subject"])));
            list(&mut out, "subject_variants", &draft["subject_variants"]);
            for f in ["preheader", "body_text", "cta_label", "body_html"] {
                out.push((f.into(), s(&draft[f])));
            }
        }
        "blog" => {
            out.push(("seo_title".into(), s(&draft["seo_title"])));
            out.push(("meta_description".into(), s(&draft["meta_description"])));
            for (i, sec) in draft["outline"].as_array().unwrap().iter().enumerate() {
                out.push((format!("outline[{i}].heading"), s(&sec["heading"])));
                list(&mut out, &format!("outline[{i}].points"), &sec["points"]);
            }
            out.push(("body_markdown".into(), s(&draft["body_markdown"])));
        }
        k => panic!("unknown kind {k}"),
    }
    out
}

/// Whether `text` uses `term` as a word, or as a word run together in a CamelCase hashtag.
fn uses(text: &str, term: &str) -> bool {
    let mut spaced = String::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if prev.is_some_and(|p| p.is_lowercase() && c.is_uppercase()) {
            spaced.push(' ');
        }
        spaced.push(c);
        prev = Some(c);
    }
    spaced
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == term)
}

/// The fields a required disclaimer must be in, for a draft kind.
fn disclaimer_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "social" => &["text"],
        "google_rsa" => &["descriptions"],
        "meta_ad" => &["primary_text"],
        "linkedin_sponsored" => &["intro"],
        "email" => &["body_text", "body_html"],
        _ => &["body_markdown"],
    }
}

/// The longest a field may be, for the ad formats and email subjects.
fn max_length(kind: &str, field: &str) -> Option<usize> {
    let base = field.split('[').next().unwrap();
    Some(match (kind, base) {
        ("google_rsa", "headlines") => 30,
        ("google_rsa", "descriptions") => 90,
        ("google_rsa", "path1" | "path2") => 15,
        ("meta_ad", "primary_text") => 125,
        ("meta_ad", "headline") => 40,
        ("meta_ad", "description") => 30,
        ("linkedin_sponsored", "intro") => 150,
        ("linkedin_sponsored", "headline") => 70,
        ("linkedin_sponsored", "description") => 100,
        ("email", "subject" | "subject_variants") => 60,
        _ => return None,
    })
}

/// Everything wrong with a variant that is not flagged on its field; empty when the variant
/// is valid or every problem is reported where it is.
fn unflagged(v: &Value) -> Vec<String> {
    let draft = &v["draft"];
    let review = &v["review"];
    let kind = draft["kind"].as_str().unwrap();
    let finding_on = |rule: &str, field: &str| {
        review["findings"].as_array().unwrap().iter().any(|f| {
            f["rule"] == rule
                && f["severity"] == "error"
                && f["field"]
                    .as_str()
                    .is_some_and(|x| x == field || x.starts_with(&format!("{field}[")))
        })
    };
    let blocking_on = |field: &str| {
        review["violations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["blocking"] == true && x["field"].as_str() == Some(field))
    };
    let mut problems = Vec::new();
    let fields = visible_fields(draft);
    for (name, value) in &fields {
        for term in BANNED {
            if uses(value, term) && !finding_on("banned_term", name) {
                problems.push(format!("{name} uses \"{term}\" unflagged: {value:?}"));
            }
        }
        if let Some(max) = max_length(kind, name)
            && value.chars().count() > max
            && !blocking_on(name)
        {
            problems.push(format!(
                "{name} has {} characters (max {max}) and no blocking violation",
                value.chars().count()
            ));
        }
    }
    for field in disclaimer_fields(kind) {
        let text: String = fields
            .iter()
            .filter(|(n, _)| n == field || n.starts_with(&format!("{field}[")))
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        if !text.contains(DISCLAIMER) && !finding_on("missing_disclaimer", field) {
            problems.push(format!("{field} lacks the disclaimer, unflagged"));
        }
    }
    if kind == "social" {
        let tags = draft["hashtags"].as_array().unwrap().len()
            + draft["text"].as_str().unwrap().matches('#').count();
        let flagged = finding_on("hashtag_count", "hashtags")
            || finding_on("hashtag_count", "text")
            || review["violations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x["blocking"] == true && x["field"] == "hashtags");
        if tags > MAX_HASHTAGS && !flagged {
            problems.push(format!("{tags} hashtags, unflagged"));
        }
        // What is published: the disclaimer whole in the last part, and every part fits or is
        // reported.
        let parts = review["parts"].as_array().unwrap();
        let last = parts.last().and_then(Value::as_str).unwrap_or_default();
        if !last.contains(DISCLAIMER) && !finding_on("missing_disclaimer", "text") {
            problems.push(format!("the published post lost the disclaimer: {last:?}"));
        }
        if review["fits"] == true
            && review["violations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x["code"] == "too_long")
        {
            problems.push("too long yet said to fit".into());
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// The run

const CHANNELS: [&str; 8] = [
    "linkedin",
    "x",
    "instagram",
    "google_rsa",
    "meta_ad",
    "linkedin_sponsored",
    "email",
    "blog",
];

async fn untrusted_model(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@sunny.example", "Sunny").await;
    let token = access(&admin);
    let brand = strict_brand(&app, &token).await;
    let (url, breaker) = rule_breaker().await;
    let saved = app
        .call(Method::PUT, "/api/v1/ai/settings", Some(&token),
            Some(json!({"provider": "openai_compatible", "base_url": url, "model": "rule-breaker", "api_key": "sk-test-0000"})))
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.body);

    let r = app
        .post(
            "/api/v1/agent-runs",
            Some(&token),
            json!({
                "brand_id": brand, "channels": CHANNELS,
                "goal": "Generate leads", "campaign": "Q3 Solar Push",
                "key_message": "Solar panels fitted in a day", "call_to_action": "Book a free roof check",
                "cta_url": "https://sunny.example/check",
                "variants": 2, "email_sequence_length": 1
            }),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    let run = wait_run(&app, &token, r.body["id"].as_str().unwrap()).await;
    assert_eq!(run["status"], "completed", "{run}");

    let mut variants = 0;
    let mut invalid_and_unflagged = Vec::new();
    let mut mended = 0;
    for item in run["items"].as_array().unwrap() {
        let id = item["id"].as_str().unwrap();
        let detail = app.get(&format!("/api/v1/inbox/{id}"), &token).await;
        assert_eq!(detail.status, StatusCode::OK, "{:?}", detail.body);
        let vs = detail.body["variants"].as_array().unwrap();
        assert_eq!(vs.len(), 2, "{}", detail.body);
        for (i, v) in vs.iter().enumerate() {
            variants += 1;
            if std::env::var("DRAFTS_DEBUG").is_ok() {
                eprintln!(
                    "{} {i}: {}\n  findings {}\n  violations {}\n  changes {}",
                    item["channel"],
                    v["draft"],
                    v["review"]["findings"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| format!("{}@{}:{}", f["rule"], f["field"], f["severity"]))
                        .collect::<Vec<_>>()
                        .join(", "),
                    v["review"]["violations"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| format!("{}@{}:{}", f["code"], f["field"], f["blocking"]))
                        .collect::<Vec<_>>()
                        .join(", "),
                    v["review"]["changes"]
                );
            }
            assert_eq!(v["provider"], "openai_compatible", "the model wrote it");
            assert_eq!(v["fallback_used"], false);
            for p in unflagged(v) {
                invalid_and_unflagged.push(format!("{} variant {i}: {p}", item["channel"]));
            }
            let draft = v["draft"].to_string();
            if draft.contains("ffordable") {
                mended += 1;
            }
            assert!(
                !draft.contains("Q3SolarPush") && !draft.contains("GenerateLeads"),
                "internal campaign hashtags are never published: {draft}"
            );
            if v["draft"]["kind"] == "social" {
                let tags = v["draft"]["hashtags"].as_array().unwrap();
                assert!(tags.len() <= MAX_HASHTAGS, "{tags:?}");
                assert!(
                    v["draft"]["text"].as_str().unwrap().contains(DISCLAIMER),
                    "mended: {draft}"
                );
                // Shortened or split, the post keeps its call to action with its link.
                const CTA: &str = "Book a free roof check: https://sunny.example/check";
                if v["draft"]["text"].as_str().unwrap().contains(CTA) {
                    let parts = v["review"]["parts"].as_array().unwrap();
                    assert!(
                        parts.iter().any(|p| p.as_str().unwrap().contains(CTA)),
                        "{}: {parts:?}",
                        item["channel"]
                    );
                }
            }
        }
        // Variants differ, or the copy is flagged so nobody approves it unknowingly.
        let (a, b) = (&vs[0], &vs[1]);
        if a["draft"] == b["draft"] {
            let flagged = b["review"]["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["rule"] == "near_duplicate" && f["severity"] == "error");
            assert!(
                flagged,
                "{}: identical variants, unflagged",
                item["channel"]
            );
        }
    }
    assert_eq!(variants, 2 * CHANNELS.len());
    assert!(
        invalid_and_unflagged.is_empty(),
        "{} problems unflagged:\n{}",
        invalid_and_unflagged.len(),
        invalid_and_unflagged.join("\n")
    );
    assert!(
        mended >= variants / 2,
        "banned terms with a replacement are replaced ({mended})"
    );
    // The social items' second variants were written again with another angle (once each).
    let rewrites = breaker.rewrites.load(Ordering::SeqCst);
    assert!(rewrites >= 3, "asked for another angle {rewrites} times");
    assert!(breaker.calls.load(Ordering::SeqCst) >= 16);
    app.stop().await;
}

#[tokio::test]
async fn a_model_that_breaks_every_rule_leaves_no_invalid_variant_unflagged() {
    on_every_backend!(untrusted_model);
}

// ---------------------------------------------------------------------------------------------
// The check endpoint and the inbox review agree

/// (rule, severity, the text the finding points at) of the check endpoint's answer.
fn checked(body: &Value, text: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
                text[s..e].to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The same for a review, each span read in its own field of `draft`.
fn reviewed(review: &Value, draft: &Value) -> Vec<(String, String, String)> {
    let fields = visible_fields(draft);
    let mut out: Vec<(String, String, String)> = review["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let field = f["field"].as_str().expect("every finding names its field");
            let value = &fields
                .iter()
                .find(|(n, _)| n == field)
                .unwrap_or_else(|| panic!("no field {field}"))
                .1;
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
                value[s..e].trim_start_matches('#').to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

async fn same_findings(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@same.example", "Same").await;
    let token = access(&admin);
    let brand = strict_brand(&app, &token).await;
    // The built-in composer writes an item to review against.
    let r = app
        .post(
            "/api/v1/agent-runs",
            Some(&token),
            json!({"brand_id": brand, "channels": ["linkedin"], "key_message": "Solar in a day", "variants": 1}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    let run = wait_run(&app, &token, r.body["id"].as_str().unwrap()).await;
    let item = run["items"][0]["id"].as_str().unwrap().to_owned();

    let text = format!("Solar panels fitted in a day, at a fair price. {DISCLAIMER}");
    let hashtags = ["CheapDeals", "Solar", "#MiracleRoof", "Summer"];
    let draft = json!({"kind": "social", "text": text, "hashtags": hashtags});
    let post = format!(
        "{text}\n\n{}",
        hashtags
            .iter()
            .map(|t| format!("#{}", t.trim_start_matches('#')))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let check = app
        .post(
            "/api/v1/brand-compliance/check",
            Some(&token),
            json!({"text": post, "brand_id": brand, "channel": "linkedin"}),
        )
        .await;
    assert_eq!(check.status, StatusCode::OK, "{:?}", check.body);
    let review = app
        .post(
            &format!("/api/v1/inbox/{item}/review"),
            Some(&token),
            json!({ "draft": draft }),
        )
        .await;
    assert_eq!(review.status, StatusCode::OK, "{:?}", review.body);

    let from_check: Vec<_> = checked(&check.body, &post)
        .into_iter()
        .map(|(r, s, t)| (r, s, t.trim_start_matches('#').to_owned()))
        .collect();
    let from_review = reviewed(&review.body, &draft);
    assert_eq!(from_check, from_review);
    // The hashtag findings are there, on the hashtags, as errors.
    let banned: Vec<&str> = from_review
        .iter()
        .filter(|(r, _, _)| r == "banned_term")
        .map(|(_, _, t)| t.as_str())
        .collect();
    assert_eq!(banned, ["Cheap", "Miracle"], "{from_review:?}");
    let on_tags: Vec<&str> = review.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "banned_term" || f["rule"] == "hashtag_count")
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        on_tags,
        ["hashtags[0]", "hashtags[2]", "hashtags[3]"],
        "{}",
        review.body
    );
    app.stop().await;
}

#[tokio::test]
async fn the_check_endpoint_and_the_inbox_review_give_the_same_findings() {
    on_every_backend!(same_findings);
}

// ---------------------------------------------------------------------------------------------
// The same brief writes the same drafts; the variants of one item differ

async fn reproducible(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@sunny.example", "Sunny").await;
    let token = access(&admin);
    let brand = strict_brand(&app, &token).await;
    let brief = json!({
        "brand_id": brand, "channels": ["x", "linkedin", "instagram", "google_rsa", "meta_ad", "email"],
        "goal": "Generate leads", "campaign": "Q3 Solar Push",
        "key_message": "Solar panels fitted in a day", "call_to_action": "Book a free roof check",
        "cta_url": "https://sunny.example/check",
        "variants": 3, "email_sequence_length": 1
    });
    let mut runs: Vec<Vec<Value>> = Vec::new();
    for _ in 0..2 {
        let r = app
            .post("/api/v1/agent-runs", Some(&token), brief.clone())
            .await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
        let run = wait_run(&app, &token, r.body["id"].as_str().unwrap()).await;
        assert_eq!(run["status"], "completed", "{run}");
        let mut drafts = Vec::new();
        for item in run["items"].as_array().unwrap() {
            let id = item["id"].as_str().unwrap();
            let detail = app.get(&format!("/api/v1/inbox/{id}"), &token).await;
            let vs = detail.body["variants"].as_array().unwrap().clone();
            assert_eq!(vs.len(), 3, "{}", detail.body);
            for (i, a) in vs.iter().enumerate() {
                assert_eq!(a["provider"], "builtin");
                let text = |v: &Value| {
                    serde_json::from_value::<content::Draft>(v["draft"].clone())
                        .unwrap()
                        .main_text()
                };
                for b in &vs[i + 1..] {
                    let overlap =
                        content::overlap_without(&text(a), &text(b), &[DISCLAIMER.to_owned()]);
                    assert!(
                        overlap <= content::MAX_TRIGRAM_OVERLAP,
                        "{}: variants {:.0}% alike:\n{}\n---\n{}",
                        item["channel"],
                        overlap * 100.0,
                        text(a),
                        text(b)
                    );
                }
            }
            drafts.push(json!([
                item["channel"],
                vs.iter().map(|v| v["draft"].clone()).collect::<Vec<_>>()
            ]));
        }
        runs.push(drafts);
    }
    assert_eq!(runs[0], runs[1], "the same brief wrote other drafts");
    app.stop().await;
}

#[tokio::test]
async fn the_same_brief_writes_the_same_distinct_variants() {
    on_every_backend!(reproducible);
}
