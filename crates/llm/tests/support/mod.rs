//! A local stand-in for a provider: it plays back scripted replies (status, headers, body
//! parts with pauses between them) in order, repeating the last one, and records every request.

#![allow(dead_code)] // each test binary uses its own part of the kit

use std::{
    collections::VecDeque,
    convert::Infallible,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    Router,
    body::{Body, Bytes},
    extract::State,
    http::{HeaderMap, StatusCode, Uri},
    response::Response,
    routing::any,
};
use llm::{ChatRequest, HttpOptions, LanguageModel, Message, ProviderConfig, build};
use secrecy::SecretString;
use serde_json::{Value, json};

#[derive(Clone, Debug)]
pub struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    /// Each part is sent after its pause.
    parts: Vec<(Duration, String)>,
}

impl Reply {
    /// An empty `content_type` sends none.
    pub fn new(status: u16, content_type: &str, parts: Vec<(Duration, String)>) -> Self {
        let headers = if content_type.is_empty() {
            Vec::new()
        } else {
            vec![("content-type", content_type.to_owned())]
        };
        Self {
            status,
            headers,
            parts,
        }
    }

    pub fn sse(events: Vec<String>) -> Self {
        Self::new(
            200,
            "text/event-stream",
            events
                .into_iter()
                .map(|e| (Duration::from_millis(10), e))
                .collect(),
        )
    }

    pub fn json(status: u16, body: Value) -> Self {
        Self::new(
            status,
            "application/json",
            vec![(Duration::ZERO, body.to_string())],
        )
    }

    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_owned()));
        self
    }

    /// Appends a part sent after `pause`.
    pub fn then(mut self, pause: Duration, part: impl Into<String>) -> Self {
        self.parts.push((pause, part.into()));
        self
    }
}

#[derive(Debug, Clone)]
pub struct Recorded {
    pub path: String,
    pub headers: HeaderMap,
    pub body: Value,
    pub at: Instant,
}

#[derive(Clone)]
struct Script {
    replies: Arc<Mutex<VecDeque<Reply>>>,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

pub struct Provider {
    pub base: String,
    script: Script,
}

impl Provider {
    pub async fn start(replies: Vec<Reply>) -> Self {
        let script = Script {
            replies: Arc::new(Mutex::new(replies.into())),
            requests: Arc::default(),
        };
        let app = Router::new()
            .fallback(any(answer))
            .with_state(script.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self {
            base: format!("http://{addr}"),
            script,
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.script.requests.lock().unwrap().clone()
    }

    pub fn hits(&self) -> usize {
        self.script.requests.lock().unwrap().len()
    }

    pub fn openai(&self, opts: HttpOptions) -> Arc<dyn LanguageModel> {
        let cfg = ProviderConfig::OpenAiCompatible {
            base_url: format!("{}/v1", self.base),
            api_key: Some(SecretString::from("sk-test")),
            model: "gpt-test".into(),
        };
        build(&cfg, &opts).unwrap()
    }

    pub fn anthropic(&self, opts: HttpOptions) -> Arc<dyn LanguageModel> {
        let cfg = ProviderConfig::Anthropic {
            base_url: self.base.clone(),
            api_key: SecretString::from("sk-ant-test"),
            model: "claude-test".into(),
        };
        build(&cfg, &opts).unwrap()
    }
}

async fn answer(
    State(script): State<Script>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    script.requests.lock().unwrap().push(Recorded {
        path: uri.path().to_owned(),
        headers,
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        at: Instant::now(),
    });
    let reply = {
        let mut replies = script.replies.lock().unwrap();
        if replies.len() > 1 {
            replies.pop_front().unwrap()
        } else {
            replies.front().cloned().unwrap()
        }
    };
    let parts = futures::stream::unfold(reply.parts.into_iter(), |mut parts| async move {
        let (pause, part) = parts.next()?;
        tokio::time::sleep(pause).await;
        Some((Ok::<_, Infallible>(Bytes::from(part)), parts))
    });
    let mut response = Response::new(Body::from_stream(parts));
    *response.status_mut() = StatusCode::from_u16(reply.status).unwrap();
    for (name, value) in reply.headers {
        response.headers_mut().insert(name, value.parse().unwrap());
    }
    response
}

/// Loopback is this machine, so the test models may reach it; short deadlines keep failures
/// fast.
pub fn options() -> HttpOptions {
    HttpOptions {
        request_timeout: Duration::from_secs(5),
        idle_timeout: Duration::from_secs(2),
        allow_private_networks: true,
    }
}

pub fn request() -> ChatRequest {
    ChatRequest {
        system: "You write marketing copy.".into(),
        messages: vec![Message::user("A tagline for a bakery, please.")],
        max_tokens: 100,
        temperature: 0.7,
        json: false,
    }
}

pub fn openai_delta(text: &str) -> String {
    event(
        None,
        json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-test-served",
               "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": null}]}),
    )
}

pub fn openai_finish(reason: &str) -> String {
    event(
        None,
        json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-test-served",
               "choices": [{"index": 0, "delta": {}, "finish_reason": reason}]}),
    )
}

pub fn openai_usage(prompt: u32, completion: u32) -> String {
    event(
        None,
        json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-test-served",
               "choices": [], "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
               "total_tokens": prompt + completion}}),
    )
}

pub const OPENAI_DONE: &str = "data: [DONE]\n\n";

/// A complete OpenAI stream answering `text` in the given pieces.
pub fn openai_stream(pieces: &[&str]) -> Reply {
    let mut events: Vec<String> = pieces.iter().map(|p| openai_delta(p)).collect();
    events.push(openai_finish("stop"));
    events.push(openai_usage(12, pieces.len() as u32));
    events.push(OPENAI_DONE.to_owned());
    Reply::sse(events)
}

pub fn event(name: Option<&str>, data: Value) -> String {
    match name {
        Some(name) => format!("event: {name}\ndata: {data}\n\n"),
        None => format!("data: {data}\n\n"),
    }
}

/// A complete Anthropic stream answering in the given pieces, with a ping in the middle.
pub fn anthropic_stream(pieces: &[&str]) -> Reply {
    let mut events = vec![
        event(
            Some("message_start"),
            json!({"type": "message_start", "message": {"id": "msg_1", "type": "message",
                   "role": "assistant", "content": [], "model": "claude-test-served",
                   "stop_reason": null, "stop_sequence": null,
                   "usage": {"input_tokens": 21, "output_tokens": 1}}}),
        ),
        event(
            Some("content_block_start"),
            json!({"type": "content_block_start", "index": 0,
                   "content_block": {"type": "text", "text": ""}}),
        ),
        event(Some("ping"), json!({"type": "ping"})),
    ];
    events.extend(pieces.iter().map(|p| {
        event(
            Some("content_block_delta"),
            json!({"type": "content_block_delta", "index": 0,
                   "delta": {"type": "text_delta", "text": p}}),
        )
    }));
    events.push(event(
        Some("content_block_stop"),
        json!({"type": "content_block_stop", "index": 0}),
    ));
    events.push(event(
        Some("message_delta"),
        json!({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": null},
               "usage": {"output_tokens": 9}}),
    ));
    events.push(event(Some("message_stop"), json!({"type": "message_stop"})));
    Reply::sse(events)
}

/// Collects the pieces handed to `on_delta`.
#[derive(Default)]
pub struct Deltas(Mutex<Vec<String>>);

impl Deltas {
    pub fn push(&self, piece: &str) {
        self.0.lock().unwrap().push(piece.to_owned());
    }
    pub fn seen(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}
