//! Anthropic's Messages API, streamed.

use async_trait::async_trait;
use http::{HeaderMap, HeaderValue};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::{
    ChatRequest, Completion, LanguageModel, LlmError,
    sse::Events,
    transport::{Transcript, Transport, tokens},
};

pub(crate) const PROVIDER: &str = "anthropic";
pub(crate) const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";
const API_VERSION: &str = "2023-06-01";

pub(crate) struct Anthropic {
    transport: Transport,
    endpoint: String,
    api_key: SecretString,
    model: String,
}

impl Anthropic {
    pub(crate) fn new(
        transport: Transport,
        base_url: &str,
        api_key: SecretString,
        model: String,
    ) -> Self {
        Self {
            transport,
            endpoint: format!("{}/v1/messages", base_url.trim_end_matches('/')),
            api_key,
            model,
        }
    }

    fn headers(&self) -> Result<HeaderMap, LlmError> {
        let mut headers = HeaderMap::new();
        let mut key = HeaderValue::from_str(self.api_key.expose_secret()).map_err(|_| {
            LlmError::Config("the API key has characters a header cannot carry".into())
        })?;
        key.set_sensitive(true);
        headers.insert("x-api-key", key);
        headers.insert("anthropic-version", HeaderValue::from_static(API_VERSION));
        headers.insert(
            http::header::ACCEPT,
            HeaderValue::from_static("text/event-stream"),
        );
        Ok(headers)
    }

    async fn run(
        &self,
        req: &ChatRequest,
        on_delta: &(dyn Fn(&str) + Send + Sync),
    ) -> Result<Completion, LlmError> {
        let body = WireRequest::new(&self.model, req);
        let answer = self
            .transport
            .post_json(&self.endpoint, self.headers()?, &body)
            .await?;
        let mut events = Events::new(answer.chunks);
        let mut transcript = Transcript::default();
        while let Some(event) = events.next().await? {
            if event.data.trim().is_empty() {
                continue;
            }
            let parsed: Event = serde_json::from_str(&event.data)
                .map_err(|e| LlmError::Protocol(format!("malformed event data: {e}")))?;
            if apply(&mut transcript, &event.event, parsed, on_delta)? == Step::Stop {
                return Ok(transcript.into_completion(PROVIDER, &self.model));
            }
        }
        Err(LlmError::Protocol(
            "the stream ended before message_stop".into(),
        ))
    }
}

#[async_trait]
impl LanguageModel for Anthropic {
    fn provider(&self) -> &'static str {
        PROVIDER
    }

    fn model(&self) -> &str {
        &self.model
    }

    async fn complete(
        &self,
        req: &ChatRequest,
        on_delta: &(dyn for<'d> Fn(&'d str) + Send + Sync),
    ) -> Result<Completion, LlmError> {
        self.transport.within_total(self.run(req, on_delta)).await
    }
}

#[derive(Serialize)]
struct WireRequest<'a> {
    model: &'a str,
    #[serde(skip_serializing_if = "String::is_empty")]
    system: String,
    messages: Vec<WireMessage<'a>>,
    max_tokens: u32,
    temperature: f32,
    stream: bool,
}

#[derive(Serialize)]
struct WireMessage<'a> {
    role: &'a str,
    content: &'a str,
}

impl<'a> WireRequest<'a> {
    fn new(model: &'a str, req: &'a ChatRequest) -> Self {
        let system = req.effective_system();
        Self {
            model,
            system: if system.trim().is_empty() {
                String::new()
            } else {
                system
            },
            messages: req
                .messages
                .iter()
                .map(|m| WireMessage {
                    role: m.role.as_str(),
                    content: &m.content,
                })
                .collect(),
            max_tokens: req.max_tokens,
            // Anthropic accepts 0..=1 only; our requests may have been written for OpenAI's 0..=2.
            temperature: req.temperature.clamp(0.0, 1.0),
            stream: true,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Event {
    #[serde(rename = "type")]
    kind: Option<String>,
    message: Option<MessageStart>,
    content_block: Option<Block>,
    delta: Option<Delta>,
    usage: Option<WireUsage>,
    error: Option<WireError>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MessageStart {
    model: Option<String>,
    usage: Option<WireUsage>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Block {
    #[serde(rename = "type")]
    kind: Option<String>,
    text: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Delta {
    #[serde(rename = "type")]
    kind: Option<String>,
    text: Option<String>,
    stop_reason: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct WireUsage {
    input_tokens: Option<u64>,
    output_tokens: Option<u64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct WireError {
    #[serde(rename = "type")]
    kind: Option<String>,
    message: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
enum Step {
    Continue,
    Stop,
}

fn apply(
    transcript: &mut Transcript,
    event_name: &str,
    event: Event,
    on_delta: &(dyn Fn(&str) + Send + Sync),
) -> Result<Step, LlmError> {
    // The data names its own type; the SSE event name is the fallback for proxies that
    // rewrite one but not the other.
    let kind = event.kind.as_deref().unwrap_or(event_name);
    match kind {
        "message_start" => {
            if let Some(message) = event.message {
                transcript.model = message.model;
                if let Some(usage) = message.usage {
                    transcript.input_tokens = tokens(usage.input_tokens);
                    transcript.output_tokens = tokens(usage.output_tokens);
                }
            }
        }
        "content_block_start" => {
            if let Some(Block {
                kind: Some(kind),
                text: Some(text),
            }) = event.content_block
                && kind == "text"
            {
                transcript.push(&text, on_delta);
            }
        }
        "content_block_delta" => {
            if let Some(Delta {
                kind: Some(kind),
                text: Some(text),
                ..
            }) = event.delta
                && kind == "text_delta"
            {
                transcript.push(&text, on_delta);
            }
        }
        "message_delta" => {
            if let Some(reason) = event.delta.and_then(|d| d.stop_reason) {
                transcript.finish_reason = Some(reason);
            }
            if let Some(usage) = event.usage {
                // Cumulative counts: the last one is the total.
                transcript.output_tokens = tokens(usage.output_tokens).or(transcript.output_tokens);
                transcript.input_tokens = tokens(usage.input_tokens).or(transcript.input_tokens);
            }
        }
        "message_stop" => return Ok(Step::Stop),
        "error" => return Err(stream_error(event.error.unwrap_or_default())),
        // ping, content_block_stop, and event types added after this was written.
        _ => {}
    }
    Ok(Step::Continue)
}

/// An `error` event comes inside a 200 stream; its type says what status it would have had.
fn stream_error(error: WireError) -> LlmError {
    let message = error
        .message
        .unwrap_or_else(|| "error inside the stream".into());
    let rejected = |status| LlmError::Rejected {
        status,
        message: message.clone(),
    };
    match error.kind.as_deref().unwrap_or_default() {
        "overloaded_error" => LlmError::Server {
            status: 529,
            message,
        },
        "rate_limit_error" => LlmError::RateLimited { retry_after: None },
        "timeout_error" => LlmError::Timeout,
        "invalid_request_error" => rejected(400),
        "authentication_error" => rejected(401),
        "billing_error" => rejected(402),
        "permission_error" => rejected(403),
        "not_found_error" => rejected(404),
        "request_too_large" => rejected(413),
        _ => LlmError::Server {
            status: 500,
            message,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Message, Usage};
    use std::sync::Mutex;

    fn feed(events: &[(&str, &str)]) -> (Result<Completion, LlmError>, Vec<String>) {
        let seen = Mutex::new(Vec::new());
        let on_delta = |piece: &str| seen.lock().unwrap().push(piece.to_owned());
        let mut transcript = Transcript::default();
        for (name, data) in events {
            let event: Event = serde_json::from_str(data).unwrap();
            match apply(&mut transcript, name, event, &on_delta) {
                Err(err) => return (Err(err), seen.into_inner().unwrap()),
                Ok(Step::Stop) => {
                    let done = transcript.into_completion(PROVIDER, "configured");
                    return (Ok(done), seen.into_inner().unwrap());
                }
                Ok(Step::Continue) => {}
            }
        }
        (
            Err(LlmError::Protocol("no stop".into())),
            seen.into_inner().unwrap(),
        )
    }

    #[test]
    fn a_full_stream_becomes_a_completion() {
        let (done, seen) = feed(&[
            (
                "message_start",
                r#"{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":25,"output_tokens":1}}}"#,
            ),
            (
                "content_block_start",
                r#"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#,
            ),
            ("ping", r#"{"type": "ping"}"#),
            (
                "content_block_delta",
                r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}"#,
            ),
            (
                "content_block_delta",
                r#"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"hmm"}}"#,
            ),
            (
                "content_block_delta",
                r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"!"}}"#,
            ),
            (
                "content_block_stop",
                r#"{"type":"content_block_stop","index":0}"#,
            ),
            (
                "message_delta",
                r#"{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":15}}"#,
            ),
            ("message_stop", r#"{"type":"message_stop"}"#),
        ]);
        let done = done.unwrap();
        assert_eq!(seen, vec!["Hello", "!"]);
        assert_eq!(done.text, "Hello!");
        assert_eq!(done.model, "claude-sonnet-4-5");
        assert_eq!(done.finish_reason.as_deref(), Some("end_turn"));
        assert_eq!(
            done.usage,
            Some(Usage {
                input_tokens: 25,
                output_tokens: 15
            })
        );
    }

    #[test]
    fn error_events_map_to_what_their_status_would_have_been() {
        let (result, _) = feed(&[(
            "error",
            r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#,
        )]);
        let err = result.unwrap_err();
        assert_eq!(
            err,
            LlmError::Server {
                status: 529,
                message: "Overloaded".into()
            }
        );
        assert!(err.is_retryable());
        let (result, _) = feed(&[(
            "error",
            r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#,
        )]);
        assert!(matches!(
            result,
            Err(LlmError::Rejected { status: 401, .. })
        ));
    }

    #[test]
    fn the_event_name_stands_in_for_a_missing_type() {
        let (done, seen) = feed(&[
            (
                "content_block_delta",
                r#"{"delta":{"type":"text_delta","text":"x"}}"#,
            ),
            ("message_stop", "{}"),
        ]);
        assert_eq!(seen, vec!["x"]);
        assert_eq!(done.unwrap().text, "x");
    }

    #[test]
    fn the_request_has_the_messages_api_shape() {
        let req = ChatRequest {
            system: String::new(),
            messages: vec![Message::user("hi")],
            max_tokens: 64,
            temperature: 1.5,
            json: false,
        };
        let wire = serde_json::to_value(WireRequest::new("claude", &req)).unwrap();
        assert!(wire.get("system").is_none());
        assert_eq!(wire["temperature"], 1.0);
        assert_eq!(wire["stream"], true);
        assert_eq!(wire["messages"][0]["role"], "user");
        assert_eq!(wire["messages"][0]["content"], "hi");
        let json = ChatRequest { json: true, ..req };
        let wire = serde_json::to_value(WireRequest::new("claude", &json)).unwrap();
        assert!(wire["system"].as_str().unwrap().contains("JSON object"));
    }
}
