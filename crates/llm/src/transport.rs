//! Sending one provider request through the guarded client and turning a failed status into
//! the error the retry layer understands.

use std::{future::Future, time::Duration};

use http::{HeaderMap, HeaderValue, StatusCode, header};
use net::GuardedClient;
use serde::Deserialize;

use crate::{
    Completion, LlmError, Usage,
    retry::retry_after,
    sse::{Chunks, read_to_end, with_idle_timeout},
};

/// Longest provider error message kept; some servers answer errors with whole HTML pages.
const MAX_MESSAGE_CHARS: usize = 500;

#[derive(Debug, Clone)]
pub(crate) struct Transport {
    client: GuardedClient,
    request_timeout: Duration,
    idle_timeout: Duration,
}

/// A successful answer whose body has not been read yet.
pub(crate) struct Answer {
    pub(crate) headers: HeaderMap,
    pub(crate) chunks: Chunks,
}

impl Transport {
    pub(crate) fn new(
        client: GuardedClient,
        request_timeout: Duration,
        idle_timeout: Duration,
    ) -> Self {
        Self {
            client,
            request_timeout,
            idle_timeout,
        }
    }

    /// Runs a whole completion, body included, within the total deadline.
    pub(crate) async fn within_total<T>(
        &self,
        work: impl Future<Output = Result<T, LlmError>>,
    ) -> Result<T, LlmError> {
        tokio::time::timeout(self.request_timeout, work)
            .await
            .map_err(|_| LlmError::Timeout)?
    }

    /// POSTs a JSON body; any status but 2xx comes back as its error.
    pub(crate) async fn post_json(
        &self,
        url: &str,
        mut headers: HeaderMap,
        body: &impl serde::Serialize,
    ) -> Result<Answer, LlmError> {
        let body = serde_json::to_vec(body)
            .map_err(|e| LlmError::Protocol(format!("could not encode the request: {e}")))?;
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        let mut request = http::Request::post(url)
            .body(body)
            .map_err(|e| LlmError::Config(format!("invalid request URL: {e}")))?;
        *request.headers_mut() = headers;
        let response = self.client.send_streaming(request).await?;
        let chunks = with_idle_timeout(response.body, self.idle_timeout);
        if response.status.is_success() {
            return Ok(Answer {
                headers: response.headers,
                chunks,
            });
        }
        // A body that fails to arrive must not hide the status, which says more.
        let body = read_to_end(chunks).await.unwrap_or_default();
        Err(status_error(response.status, &response.headers, &body))
    }
}

/// The error a failed status stands for, with the provider's own message when it gave one.
pub(crate) fn status_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> LlmError {
    let code = status.as_u16();
    let message = error_message(body).unwrap_or_else(|| {
        status
            .canonical_reason()
            .unwrap_or("no reason given")
            .to_owned()
    });
    match code {
        429 => LlmError::RateLimited {
            retry_after: retry_after(headers, std::time::SystemTime::now()),
        },
        408 => LlmError::Timeout,
        500..=599 => LlmError::Server {
            status: code,
            message,
        },
        400..=499 => LlmError::Rejected {
            status: code,
            message,
        },
        _ => LlmError::Protocol(format!("unexpected status {code}: {message}")),
    }
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: serde_json::Value,
}

/// `{"error":{"message":...}}` (OpenAI, Anthropic, vLLM), `{"error":"..."}` (Ollama), or the
/// start of whatever text came instead.
pub(crate) fn error_message(body: &[u8]) -> Option<String> {
    let from_json = serde_json::from_slice::<ErrorEnvelope>(body)
        .ok()
        .and_then(|envelope| match envelope.error {
            serde_json::Value::String(text) => Some(text),
            serde_json::Value::Object(fields) => fields
                .get("message")
                .and_then(|m| m.as_str())
                .map(str::to_owned),
            _ => None,
        });
    let text = from_json.unwrap_or_else(|| String::from_utf8_lossy(body).into_owned());
    let text = text.trim();
    if text.is_empty() {
        None
    } else {
        Some(text.chars().take(MAX_MESSAGE_CHARS).collect())
    }
}

/// What a stream has said so far, whichever provider it came from.
#[derive(Debug, Default)]
pub(crate) struct Transcript {
    pub(crate) text: String,
    pub(crate) model: Option<String>,
    pub(crate) input_tokens: Option<u32>,
    pub(crate) output_tokens: Option<u32>,
    pub(crate) finish_reason: Option<String>,
}

impl Transcript {
    pub(crate) fn push(&mut self, piece: &str, on_delta: &(dyn Fn(&str) + Send + Sync)) {
        if !piece.is_empty() {
            self.text.push_str(piece);
            on_delta(piece);
        }
    }

    pub(crate) fn into_completion(self, provider: &str, configured_model: &str) -> Completion {
        let usage = match (self.input_tokens, self.output_tokens) {
            (None, None) => None,
            (input, output) => Some(Usage {
                input_tokens: input.unwrap_or(0),
                output_tokens: output.unwrap_or(0),
            }),
        };
        Completion {
            text: self.text,
            provider: provider.to_owned(),
            model: self
                .model
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| configured_model.to_owned()),
            usage,
            finish_reason: self.finish_reason,
            repaired: false,
        }
    }
}

/// Token counts arrive as JSON numbers of any size; a count past `u32` is saturated rather
/// than failing the whole answer.
pub(crate) fn tokens(value: Option<u64>) -> Option<u32> {
    value.map(|n| u32::try_from(n).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_their_errors() {
        let none = HeaderMap::new();
        let body =
            br#"{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}"#;
        assert_eq!(
            status_error(StatusCode::UNAUTHORIZED, &none, body),
            LlmError::Rejected {
                status: 401,
                message: "Incorrect API key provided".into()
            }
        );
        assert!(matches!(
            status_error(StatusCode::from_u16(529).unwrap(), &none, b""),
            LlmError::Server { status: 529, .. }
        ));
        assert_eq!(
            status_error(StatusCode::REQUEST_TIMEOUT, &none, b""),
            LlmError::Timeout
        );
        let mut headers = HeaderMap::new();
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(
            status_error(StatusCode::TOO_MANY_REQUESTS, &headers, b""),
            LlmError::RateLimited {
                retry_after: Some(Duration::from_secs(7))
            }
        );
        assert!(matches!(
            status_error(StatusCode::FOUND, &none, b""),
            LlmError::Protocol(_)
        ));
    }

    #[test]
    fn error_messages_are_found_in_every_known_shape() {
        assert_eq!(
            error_message(br#"{"error":"model 'x' not found"}"#).as_deref(),
            Some("model 'x' not found")
        );
        assert_eq!(
            error_message(
                br#"{"type":"error","error":{"type":"not_found_error","message":"model: x"}}"#
            )
            .as_deref(),
            Some("model: x")
        );
        assert_eq!(
            error_message(b"  bad gateway \n").as_deref(),
            Some("bad gateway")
        );
        assert_eq!(error_message(b""), None);
        let long = "é".repeat(2 * MAX_MESSAGE_CHARS);
        let cut = error_message(long.as_bytes()).unwrap();
        assert_eq!(cut.chars().count(), MAX_MESSAGE_CHARS);
    }

    #[test]
    fn the_transcript_reports_usage_only_when_some_was_given() {
        let seen = std::sync::Mutex::new(Vec::new());
        let on_delta = |piece: &str| seen.lock().unwrap().push(piece.to_owned());
        let mut transcript = Transcript::default();
        transcript.push("a", &on_delta);
        transcript.push("", &on_delta);
        transcript.push("b", &on_delta);
        assert_eq!(*seen.lock().unwrap(), vec!["a", "b"]);
        let done = transcript.into_completion("anthropic", "configured");
        assert_eq!(done.text, "ab");
        assert_eq!(done.model, "configured");
        assert_eq!(done.usage, None);

        let partial = Transcript {
            output_tokens: Some(3),
            model: Some("served".into()),
            ..Transcript::default()
        }
        .into_completion("anthropic", "configured");
        assert_eq!(partial.model, "served");
        assert_eq!(
            partial.usage,
            Some(Usage {
                input_tokens: 0,
                output_tokens: 3
            })
        );
        assert_eq!(tokens(Some(u64::MAX)), Some(u32::MAX));
    }
}
