//! OpenAI-compatible chat completions: OpenAI itself, Ollama, vLLM, llama.cpp, LM Studio,
//! OpenRouter and the like. Their answers differ in what they leave out, so every field we
//! read is optional and unknown ones are ignored.

use async_trait::async_trait;
use futures::StreamExt;
use http::{HeaderMap, HeaderValue, header};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{
    ChatRequest, Completion, LanguageModel, LlmError,
    sse::{Events, read_to_end, unread},
    transport::{Transcript, Transport, tokens},
};

pub(crate) const PROVIDER: &str = "openai_compatible";

pub(crate) struct OpenAiCompatible {
    transport: Transport,
    endpoint: String,
    api_key: Option<SecretString>,
    model: String,
}

impl OpenAiCompatible {
    pub(crate) fn new(
        transport: Transport,
        base_url: &str,
        api_key: Option<SecretString>,
        model: String,
    ) -> Self {
        Self {
            transport,
            endpoint: format!("{}/chat/completions", base_url.trim_end_matches('/')),
            api_key,
            model,
        }
    }

    fn headers(&self) -> Result<HeaderMap, LlmError> {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            HeaderValue::from_static("text/event-stream"),
        );
        if let Some(key) = &self.api_key {
            let mut value = HeaderValue::from_str(&format!("Bearer {}", key.expose_secret()))
                .map_err(|_| {
                    LlmError::Config("the API key has characters a header cannot carry".into())
                })?;
            value.set_sensitive(true);
            headers.insert(header::AUTHORIZATION, value);
        }
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
        let declared = answer
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.to_ascii_lowercase());
        let mut chunks = answer.chunks;
        // Servers that ignore `stream` answer with one JSON body; without a Content-Type the
        // first byte tells.
        let json_body = match declared {
            Some(kind) => kind.starts_with("application/json"),
            None => {
                let first = chunks.next().await.transpose()?;
                let looks_json = first.as_ref().is_some_and(|chunk| {
                    chunk.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
                });
                chunks = unread(first, chunks);
                looks_json
            }
        };
        let mut transcript = Transcript::default();
        if json_body {
            let body = read_to_end(chunks).await?;
            let chunk: Chunk = serde_json::from_slice(&body)
                .map_err(|e| LlmError::Protocol(format!("malformed JSON answer: {e}")))?;
            apply(&mut transcript, chunk, on_delta)?;
        } else {
            let mut events = Events::new(chunks);
            let mut done = false;
            while let Some(event) = events.next().await? {
                let data = event.data.trim();
                if data == "[DONE]" {
                    done = true;
                    break;
                }
                if data.is_empty() {
                    continue;
                }
                let chunk: Chunk = serde_json::from_str(data)
                    .map_err(|e| LlmError::Protocol(format!("malformed stream data: {e}")))?;
                apply(&mut transcript, chunk, on_delta)?;
            }
            if !done && transcript.finish_reason.is_none() {
                return Err(LlmError::Protocol(
                    "the stream ended before the answer was complete".into(),
                ));
            }
        }
        Ok(transcript.into_completion(PROVIDER, &self.model))
    }
}

#[async_trait]
impl LanguageModel for OpenAiCompatible {
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
    messages: Vec<WireMessage<'a>>,
    max_tokens: u32,
    temperature: f32,
    stream: bool,
    /// Without it OpenAI sends no token counts in a stream; servers that do not know it
    /// ignore it.
    stream_options: StreamOptions,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_format: Option<ResponseFormat>,
}

#[derive(Serialize)]
struct WireMessage<'a> {
    role: &'a str,
    content: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
struct StreamOptions {
    include_usage: bool,
}

#[derive(Serialize)]
struct ResponseFormat {
    #[serde(rename = "type")]
    kind: &'static str,
}

impl<'a> WireRequest<'a> {
    fn new(model: &'a str, req: &'a ChatRequest) -> Self {
        let system = req.effective_system();
        let mut messages = Vec::with_capacity(req.messages.len() + 1);
        if !system.trim().is_empty() {
            messages.push(WireMessage {
                role: "system",
                content: system.into(),
            });
        }
        messages.extend(req.messages.iter().map(|m| WireMessage {
            role: m.role.as_str(),
            content: m.content.as_str().into(),
        }));
        Self {
            model,
            messages,
            max_tokens: req.max_tokens,
            temperature: req.temperature,
            stream: true,
            stream_options: StreamOptions {
                include_usage: true,
            },
            response_format: req.json.then_some(ResponseFormat {
                kind: "json_object",
            }),
        }
    }
}

/// One stream chunk, or a whole non-streamed answer: the two share their shape except that
/// choices carry `delta` in one and `message` in the other.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Chunk {
    model: Option<String>,
    /// Optional rather than defaulted: some servers send `"choices": null`.
    choices: Option<Vec<Choice>>,
    usage: Option<WireUsage>,
    error: Option<Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Choice {
    index: Option<u64>,
    delta: Option<Content>,
    message: Option<Content>,
    finish_reason: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Content {
    content: Option<Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct WireUsage {
    prompt_tokens: Option<u64>,
    completion_tokens: Option<u64>,
}

fn apply(
    transcript: &mut Transcript,
    chunk: Chunk,
    on_delta: &(dyn Fn(&str) + Send + Sync),
) -> Result<(), LlmError> {
    if let Some(error) = chunk.error {
        // Reported inside a 200 stream, so there is no status: the server failed mid-answer.
        let message = match &error {
            Value::String(text) => text.clone(),
            other => other
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("error inside the stream")
                .to_owned(),
        };
        return Err(LlmError::Server {
            status: 500,
            message,
        });
    }
    if let Some(model) = chunk.model {
        transcript.model = Some(model);
    }
    if let Some(usage) = chunk.usage {
        transcript.input_tokens = tokens(usage.prompt_tokens).or(transcript.input_tokens);
        transcript.output_tokens = tokens(usage.completion_tokens).or(transcript.output_tokens);
    }
    // We never ask for several choices; a server that sends them anyway is heard on the first.
    for choice in chunk
        .choices
        .into_iter()
        .flatten()
        .filter(|c| c.index.unwrap_or(0) == 0)
    {
        for part in [choice.delta, choice.message].into_iter().flatten() {
            if let Some(text) = part.content.as_ref().map(text_of) {
                transcript.push(&text, on_delta);
            }
        }
        if let Some(reason) = choice.finish_reason {
            transcript.finish_reason = Some(reason);
        }
    }
    Ok(())
}

/// Content is a string, or (from some servers) a list of `{"type":"text","text":...}` parts.
fn text_of(content: &Value) -> String {
    match content {
        Value::String(text) => text.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Message, Usage};
    use std::sync::Mutex;

    fn feed(lines: &[&str]) -> (Result<Transcript, LlmError>, Vec<String>) {
        let seen = Mutex::new(Vec::new());
        let on_delta = |piece: &str| seen.lock().unwrap().push(piece.to_owned());
        let mut transcript = Transcript::default();
        for line in lines {
            let chunk: Chunk = serde_json::from_str(line).unwrap();
            if let Err(err) = apply(&mut transcript, chunk, &on_delta) {
                return (Err(err), seen.into_inner().unwrap());
            }
        }
        (Ok(transcript), seen.into_inner().unwrap())
    }

    #[test]
    fn deltas_usage_and_finish_reason_are_collected() {
        let (transcript, seen) = feed(&[
            r#"{"id":"1","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"content":"Hel"}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":null}]}"#,
            r#"{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#,
            r#"{"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}}"#,
        ]);
        let done = transcript.unwrap().into_completion(PROVIDER, "configured");
        assert_eq!(seen, vec!["Hel", "lo"]);
        assert_eq!(done.text, "Hello");
        assert_eq!(done.model, "gpt-4o-mini");
        assert_eq!(done.finish_reason.as_deref(), Some("stop"));
        assert_eq!(
            done.usage,
            Some(Usage {
                input_tokens: 9,
                output_tokens: 2
            })
        );
    }

    #[test]
    fn sparse_chunks_and_content_parts_are_accepted() {
        let (transcript, seen) = feed(&[
            r#"{}"#,
            r#"{"choices":null,"usage":null}"#,
            r#"{"choices":[{"delta":{"content":null}}]}"#,
            r#"{"choices":[{"delta":{"content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}}]}"#,
            r#"{"choices":[{"index":1,"delta":{"content":"other choice"}}]}"#,
        ]);
        assert_eq!(seen, vec!["ab"]);
        assert_eq!(transcript.unwrap().finish_reason, None);
    }

    #[test]
    fn an_error_inside_the_stream_is_a_server_failure() {
        let (result, _) = feed(&[r#"{"error":{"message":"model overloaded"}}"#]);
        assert!(matches!(
            result,
            Err(LlmError::Server { message, .. }) if message == "model overloaded"
        ));
    }

    #[test]
    fn the_request_carries_system_stream_and_json_mode() {
        let req = ChatRequest {
            system: "Be brief.".into(),
            messages: vec![Message::user("hi"), Message::assistant("hello")],
            max_tokens: 50,
            temperature: 0.2,
            json: true,
        };
        let wire = serde_json::to_value(WireRequest::new("m", &req)).unwrap();
        assert_eq!(wire["model"], "m");
        assert_eq!(wire["stream"], true);
        assert_eq!(wire["max_tokens"], 50);
        assert_eq!(wire["response_format"]["type"], "json_object");
        assert_eq!(wire["messages"][0]["role"], "system");
        assert!(
            wire["messages"][0]["content"]
                .as_str()
                .unwrap()
                .contains("JSON")
        );
        assert_eq!(wire["messages"][2]["role"], "assistant");

        let plain = ChatRequest {
            system: String::new(),
            json: false,
            ..req
        };
        let wire = serde_json::to_value(WireRequest::new("m", &plain)).unwrap();
        assert!(wire.get("response_format").is_none());
        assert_eq!(wire["messages"][0]["role"], "user");
    }
}
