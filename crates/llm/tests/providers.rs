//! Each provider against a local server that speaks its protocol.

mod support;

use std::time::{Duration, Instant};

use llm::{HttpOptions, LlmError, Usage};
use serde_json::json;
use support::{
    Deltas, OPENAI_DONE, Provider, Reply, anthropic_stream, event, openai_delta, openai_stream,
    options, request,
};

#[tokio::test]
async fn openai_streams_deltas_in_order_and_reads_usage() {
    let server = Provider::start(vec![openai_stream(&["Fresh ", "bread, ", "every day."])]).await;
    let model = server.openai(options());
    let deltas = Deltas::default();
    let done = model
        .complete(&request(), &|piece| deltas.push(piece))
        .await
        .unwrap();

    assert_eq!(deltas.seen(), vec!["Fresh ", "bread, ", "every day."]);
    assert_eq!(done.text, "Fresh bread, every day.");
    assert_eq!(done.provider, "openai_compatible");
    assert_eq!(done.model, "gpt-test-served");
    assert_eq!(done.finish_reason.as_deref(), Some("stop"));
    assert_eq!(
        done.usage,
        Some(Usage {
            input_tokens: 12,
            output_tokens: 3
        })
    );
    assert!(!done.repaired);

    let sent = &server.requests()[0];
    assert_eq!(sent.path, "/v1/chat/completions");
    assert_eq!(sent.headers["authorization"], "Bearer sk-test");
    assert_eq!(sent.body["model"], "gpt-test");
    assert_eq!(sent.body["stream"], true);
    assert_eq!(sent.body["max_tokens"], 100);
    assert_eq!(
        sent.body["messages"],
        json!([
            {"role": "system", "content": "You write marketing copy."},
            {"role": "user", "content": "A tagline for a bakery, please."}
        ])
    );
    assert!(sent.body.get("response_format").is_none());
}

#[tokio::test]
async fn openai_json_mode_asks_for_a_json_object() {
    let server = Provider::start(vec![openai_stream(&["{\"a\":1}"])]).await;
    let mut req = request();
    req.json = true;
    server
        .openai(options())
        .complete(&req, &|_| {})
        .await
        .unwrap();
    let sent = &server.requests()[0];
    assert_eq!(sent.body["response_format"], json!({"type": "json_object"}));
    let system = sent.body["messages"][0]["content"].as_str().unwrap();
    assert!(system.starts_with("You write marketing copy."));
    assert!(system.contains("JSON"));
}

#[tokio::test]
async fn openai_accepts_a_server_that_ignores_stream_and_answers_json() {
    let server = Provider::start(vec![Reply::json(
        200,
        json!({"id": "x", "object": "chat.completion", "model": "llama3.2",
               "choices": [{"index": 0, "message": {"role": "assistant", "content": "Warm and crusty."},
                            "finish_reason": "stop"}],
               "usage": {"prompt_tokens": 30, "completion_tokens": 4}}),
    )])
    .await;
    let deltas = Deltas::default();
    let done = server
        .openai(options())
        .complete(&request(), &|piece| deltas.push(piece))
        .await
        .unwrap();
    assert_eq!(deltas.seen(), vec!["Warm and crusty."]);
    assert_eq!(done.text, "Warm and crusty.");
    assert_eq!(done.model, "llama3.2");
    assert_eq!(
        done.usage,
        Some(Usage {
            input_tokens: 30,
            output_tokens: 4
        })
    );
}

#[tokio::test]
async fn a_json_answer_without_content_type_is_recognised_by_its_first_byte() {
    let body = json!({"choices": [{"message": {"content": "Plain."}, "finish_reason": "stop"}]});
    let reply = Reply::new(200, "", vec![(Duration::ZERO, format!("\n  {body}"))]);
    let server = Provider::start(vec![reply]).await;
    let done = server
        .openai(options())
        .complete(&request(), &|_| {})
        .await
        .unwrap();
    assert_eq!(done.text, "Plain.");
    assert_eq!(done.finish_reason.as_deref(), Some("stop"));
}

#[tokio::test]
async fn openai_tolerates_a_sparse_stream_without_usage_or_content_type() {
    // No model, no ids, no usage, no Content-Type, a comment line: what small servers send.
    let reply = Reply::new(200, "", vec![])
        .then(Duration::ZERO, ": keep-alive\n\n")
        .then(
            Duration::ZERO,
            "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n",
        )
        .then(
            Duration::ZERO,
            "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"length\"}]}\n\n",
        )
        .then(Duration::ZERO, OPENAI_DONE);
    let server = Provider::start(vec![reply]).await;
    let done = server
        .openai(options())
        .complete(&request(), &|_| {})
        .await
        .unwrap();
    assert_eq!(done.text, "Hi");
    assert_eq!(done.model, "gpt-test");
    assert_eq!(done.usage, None);
    assert_eq!(done.finish_reason.as_deref(), Some("length"));
}

#[tokio::test]
async fn openai_error_bodies_become_rejections_with_their_message() {
    let server = Provider::start(vec![Reply::json(
        404,
        json!({"error": {"message": "The model `gpt-test` does not exist", "type": "invalid_request_error"}}),
    )])
    .await;
    let err = server
        .openai(options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::Rejected {
            status: 404,
            message: "The model `gpt-test` does not exist".into()
        }
    );
}

#[tokio::test]
async fn malformed_json_in_a_data_line_is_a_protocol_error() {
    let reply = Reply::sse(vec![
        openai_delta("Hello"),
        "data: {\"choices\": [{\"delta\": \n\n".to_owned(),
        OPENAI_DONE.to_owned(),
    ]);
    let server = Provider::start(vec![reply]).await;
    let err = server
        .openai(options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(err, LlmError::Protocol(ref m) if m.contains("malformed")),
        "{err:?}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_stream_that_stalls_past_the_idle_timeout_times_out() {
    let reply = Reply::sse(vec![openai_delta("Fresh ")])
        .then(Duration::from_secs(3), openai_delta("bread"));
    let server = Provider::start(vec![reply]).await;
    let model = server.openai(HttpOptions {
        idle_timeout: Duration::from_millis(300),
        ..options()
    });
    let deltas = Deltas::default();
    let started = Instant::now();
    let err = model
        .complete(&request(), &|piece| deltas.push(piece))
        .await
        .unwrap_err();
    assert_eq!(err, LlmError::Timeout);
    assert_eq!(deltas.seen(), vec!["Fresh "]);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_stream_that_never_stalls_still_ends_at_the_total_timeout() {
    let mut reply = Reply::sse(vec![]);
    for _ in 0..40 {
        reply = reply.then(Duration::from_millis(50), openai_delta("more "));
    }
    let server = Provider::start(vec![reply]).await;
    let model = server.openai(HttpOptions {
        request_timeout: Duration::from_millis(600),
        idle_timeout: Duration::from_millis(300),
        ..options()
    });
    let deltas = Deltas::default();
    let started = Instant::now();
    let err = model
        .complete(&request(), &|piece| deltas.push(piece))
        .await
        .unwrap_err();
    assert_eq!(err, LlmError::Timeout);
    assert!(deltas.seen().len() >= 3, "{:?}", deltas.seen());
    assert!(started.elapsed() < Duration::from_millis(1500));
}

#[tokio::test]
async fn anthropic_streams_text_deltas_past_pings_and_reads_usage() {
    let server = Provider::start(vec![anthropic_stream(&["Baked ", "with ", "love."])]).await;
    let model = server.anthropic(options());
    assert_eq!(
        (model.provider(), model.model()),
        ("anthropic", "claude-test")
    );
    let deltas = Deltas::default();
    let done = model
        .complete(&request(), &|piece| deltas.push(piece))
        .await
        .unwrap();

    assert_eq!(deltas.seen(), vec!["Baked ", "with ", "love."]);
    assert_eq!(done.text, "Baked with love.");
    assert_eq!(done.provider, "anthropic");
    assert_eq!(done.model, "claude-test-served");
    assert_eq!(done.finish_reason.as_deref(), Some("end_turn"));
    assert_eq!(
        done.usage,
        Some(Usage {
            input_tokens: 21,
            output_tokens: 9
        })
    );

    let sent = &server.requests()[0];
    assert_eq!(sent.path, "/v1/messages");
    assert_eq!(sent.headers["x-api-key"], "sk-ant-test");
    assert_eq!(sent.headers["anthropic-version"], "2023-06-01");
    assert_eq!(sent.headers["content-type"], "application/json");
    assert!(sent.headers.get("authorization").is_none());
    assert_eq!(sent.body["model"], "claude-test");
    assert_eq!(sent.body["system"], "You write marketing copy.");
    assert_eq!(sent.body["max_tokens"], 100);
    assert_eq!(sent.body["stream"], true);
    assert_eq!(
        sent.body["messages"],
        json!([{"role": "user", "content": "A tagline for a bakery, please."}])
    );
}

#[tokio::test]
async fn an_anthropic_overloaded_event_is_a_retryable_529() {
    let reply = Reply::sse(vec![
        event(
            Some("message_start"),
            json!({"type": "message_start", "message": {"model": "claude-test", "usage": {"input_tokens": 3}}}),
        ),
        event(
            Some("error"),
            json!({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}),
        ),
    ]);
    let server = Provider::start(vec![reply]).await;
    let err = server
        .anthropic(options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::Server {
            status: 529,
            message: "Overloaded".into()
        }
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn an_anthropic_stream_cut_before_message_stop_is_a_protocol_error() {
    let reply = Reply::sse(vec![event(
        Some("content_block_delta"),
        json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hal"}}),
    )]);
    let server = Provider::start(vec![reply]).await;
    let err = server
        .anthropic(options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, LlmError::Protocol(_)), "{err:?}");
}

#[tokio::test]
async fn an_anthropic_bad_key_is_rejected() {
    let server = Provider::start(vec![Reply::json(
        401,
        json!({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}),
    )])
    .await;
    let err = server
        .anthropic(options())
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(
        err,
        LlmError::Rejected {
            status: 401,
            message: "invalid x-api-key".into()
        }
    );
}

#[tokio::test]
async fn a_loopback_provider_is_refused_unless_private_networks_are_allowed() {
    let server = Provider::start(vec![openai_stream(&["never"])]).await;
    let err = server
        .openai(HttpOptions {
            allow_private_networks: false,
            ..options()
        })
        .complete(&request(), &|_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, LlmError::Config(_)), "{err:?}");
    assert_eq!(server.hits(), 0);
}
