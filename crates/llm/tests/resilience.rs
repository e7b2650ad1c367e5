//! Retries, the circuit breaker and structured output, against a local OpenAI-compatible
//! server whose replies are scripted per request.

mod support;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use llm::{
    BreakerRegistry, BreakerSettings, CircuitBreaker, HttpOptions, LanguageModel, LlmError,
    Resilient, RetryPolicy, Usage, complete_json,
};
use serde::Deserialize;
use serde_json::json;
use support::{Deltas, Provider, Reply, openai_delta, openai_stream, options, request};

fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_secs(2),
    }
}

fn resilient(server: &Provider, opts: HttpOptions) -> Resilient {
    Resilient::new(
        server.openai(opts),
        policy(),
        Arc::new(CircuitBreaker::default()),
    )
}

fn server_error() -> Reply {
    Reply::json(500, json!({"error": {"message": "internal error"}}))
}

#[tokio::test]
async fn a_rate_limit_waits_the_retry_after_then_succeeds() {
    let limited = Reply::json(429, json!({"error": {"message": "Rate limit reached"}}))
        .header("retry-after", "1");
    let server = Provider::start(vec![limited, openai_stream(&["ok"])]).await;
    let started = Instant::now();
    let done = resilient(&server, options())
        .complete(&request(), &|_| {})
        .await
        .unwrap();
    assert_eq!(done.text, "ok");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let gap = requests[1].at - requests[0].at;
    assert!(gap >= Duration::from_millis(990), "retried after {gap:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_gives_up_at_once() {
    let limited = Reply::json(429, json!({})).header("retry-after", "120");
    let server = Provider::start(vec![limited, openai_stream(&["late"])]).await;
    let started = Instant::now();
    let err = resilient(&server, options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::RateLimited {
            retry_after: Some(Duration::from_secs(120))
        }
    );
    assert_eq!(server.hits(), 1);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn two_server_errors_then_success() {
    let server = Provider::start(vec![
        server_error(),
        server_error(),
        openai_stream(&["third time"]),
    ])
    .await;
    let done = resilient(&server, options())
        .complete(&request(), &|_| {})
        .await
        .unwrap();
    assert_eq!(done.text, "third time");
    assert_eq!(server.hits(), 3);
}

#[tokio::test]
async fn server_errors_that_persist_fail_after_the_last_attempt() {
    let server = Provider::start(vec![server_error()]).await;
    let err = resilient(&server, options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::Server {
            status: 500,
            message: "internal error".into()
        }
    );
    assert_eq!(server.hits(), 3);
}

#[tokio::test]
async fn a_bad_key_is_not_retried() {
    let server = Provider::start(vec![Reply::json(
        401,
        json!({"error": {"message": "Incorrect API key provided"}}),
    )])
    .await;
    let err = resilient(&server, options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(err, LlmError::Rejected { status: 401, .. }),
        "{err:?}"
    );
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_stall_before_any_text_is_retried_but_not_one_after_text() {
    let short_idle = HttpOptions {
        idle_timeout: Duration::from_millis(200),
        ..options()
    };
    let silent = Reply::sse(vec![]).then(Duration::from_secs(3), openai_delta("late"));
    let server = Provider::start(vec![silent, openai_stream(&["recovered"])]).await;
    let done = resilient(&server, short_idle)
        .complete(&request(), &|_| {})
        .await
        .unwrap();
    assert_eq!(done.text, "recovered");
    assert_eq!(server.hits(), 2);

    let stalls_mid_answer = Reply::sse(vec![openai_delta("Half an ")])
        .then(Duration::from_secs(3), openai_delta("answer"));
    let server = Provider::start(vec![stalls_mid_answer, openai_stream(&["never asked"])]).await;
    let deltas = Deltas::default();
    let err = resilient(&server, short_idle)
        .complete(&request(), &|piece| deltas.push(piece))
        .await
        .unwrap_err();
    assert_eq!(err, LlmError::Timeout);
    assert_eq!(deltas.seen(), vec!["Half an "]);
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn the_circuit_opens_after_repeated_failures_and_refuses_fast() {
    let server = Provider::start(vec![server_error()]).await;
    let registry = BreakerRegistry::new(BreakerSettings::default());
    let key = format!("org-1|openai_compatible|{}/v1", server.base);
    let once = RetryPolicy {
        max_attempts: 1,
        ..policy()
    };
    // A fresh model per request, as the caller builds them; the breaker outlives them.
    let model_for_request = || Resilient::new(server.openai(options()), once, registry.get(&key));
    for _ in 0..5 {
        let err = model_for_request()
            .complete(&request(), &|_| {})
            .await
            .unwrap_err();
        assert!(matches!(err, LlmError::Server { .. }), "{err:?}");
    }
    let started = Instant::now();
    let err = model_for_request()
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(err, LlmError::CircuitOpen);
    assert!(started.elapsed() < Duration::from_millis(50));
    assert_eq!(server.hits(), 5);

    let other_tenant = Resilient::new(server.openai(options()), once, registry.get("org-2"));
    let err = other_tenant
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, LlmError::Server { .. }), "{err:?}");
    assert_eq!(server.hits(), 6);
}

#[derive(Debug, Deserialize, PartialEq)]
struct Post {
    title: String,
    hashtags: Vec<String>,
}

fn check_post(post: &Post) -> Result<(), String> {
    if post.title.trim().is_empty() {
        return Err("title must not be empty".into());
    }
    Ok(())
}

#[tokio::test]
async fn structured_output_is_repaired_on_the_second_try() {
    let first = openai_stream(&["Sure! Here you go: {\"title\": \"\", ", "\"hashtags\": []}"]);
    let second =
        openai_stream(&["```json\n{\"title\": \"Spring sale\", \"hashtags\": [\"#bakery\"]}\n```"]);
    let server = Provider::start(vec![first, second]).await;
    let model = server.openai(options());
    let deltas = Deltas::default();
    let (post, done) = complete_json::<Post>(model.as_ref(), &request(), &check_post, &|piece| {
        deltas.push(piece)
    })
    .await
    .unwrap();

    assert_eq!(
        post,
        Post {
            title: "Spring sale".into(),
            hashtags: vec!["#bakery".into()]
        }
    );
    assert!(done.repaired);
    assert_eq!(
        done.usage,
        Some(Usage {
            input_tokens: 24,
            output_tokens: 3
        })
    );
    assert_eq!(deltas.seen().len(), 3);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body["response_format"]["type"], "json_object");
    let messages = requests[1].body["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 4);
    assert_eq!(messages[2]["role"], "assistant");
    assert_eq!(
        messages[2]["content"],
        "Sure! Here you go: {\"title\": \"\", \"hashtags\": []}"
    );
    assert_eq!(messages[3]["role"], "user");
    let repair = messages[3]["content"].as_str().unwrap();
    assert!(repair.contains("title must not be empty"), "{repair}");
    assert!(repair.contains("JSON object only"), "{repair}");
}

#[tokio::test]
async fn structured_output_that_fails_twice_is_invalid_output() {
    let server = Provider::start(vec![
        openai_stream(&["{\"title\": \"Hi\""]),
        openai_stream(&["I cannot do that."]),
    ])
    .await;
    let model: Arc<dyn LanguageModel> = server.openai(options());
    let err = complete_json::<Post>(model.as_ref(), &request(), &check_post, &|_| {})
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::InvalidOutput("the answer contains no JSON object".into())
    );
    assert_eq!(server.hits(), 2);
}

#[tokio::test]
async fn structured_output_that_is_right_the_first_time_needs_no_repair() {
    let server = Provider::start(vec![openai_stream(&[
        "{\"title\": \"Fresh\", \"hashtags\": [\"#a\", \"#b\"]}",
    ])])
    .await;
    let model = resilient(&server, options());
    let (post, done) = complete_json::<Post>(&model, &request(), &check_post, &|_| {})
        .await
        .unwrap();
    assert_eq!(post.hashtags, vec!["#a", "#b"]);
    assert!(!done.repaired);
    assert_eq!(server.hits(), 1);
}
