//! Language-model providers for Brandium.
//!
//! [`build`] turns stored settings into a [`LanguageModel`] that streams its answer through
//! the guarded outbound client (`net`), so provider URLs are held to the same address rules
//! as every other fetch. [`Resilient`] adds retries with backoff and a [`CircuitBreaker`]
//! (kept per tenant and endpoint in a [`BreakerRegistry`]); [`complete_json`] asks for a JSON
//! object, validates it, and asks once for a repair.
//!
//! Two wire formats are spoken: OpenAI's chat completions (OpenAI, Ollama, vLLM, llama.cpp
//! and other compatible servers, read leniently) and Anthropic's Messages API.

mod anthropic;
mod breaker;
mod build;
mod error;
mod json_output;
mod openai;
mod request;
mod retry;
mod sse;
mod transport;

pub use breaker::{
    BreakerPermit, BreakerRegistry, BreakerSettings, BreakerState, CircuitBreaker, MonotonicClock,
    SystemMonotonicClock,
};
pub use build::{HttpOptions, ProviderConfig, build};
pub use error::LlmError;
pub use json_output::complete_json;
pub use request::{ChatRequest, Completion, Message, Role, Usage};
pub use retry::{Resilient, RetryPolicy};

use async_trait::async_trait;

/// A chat model behind some provider.
#[async_trait]
pub trait LanguageModel: Send + Sync {
    /// `"openai_compatible"` or `"anthropic"`.
    fn provider(&self) -> &'static str;
    /// The configured model name.
    fn model(&self) -> &str;
    /// Streams the answer; `on_delta` receives each text piece as it arrives, and the
    /// returned completion holds the whole text.
    ///
    /// `for<'d>` is plain `Fn(&str)` spelled out, and implementations must spell it the same
    /// way: under `async_trait` the short form would pin the piece's lifetime to the whole
    /// call, so no freshly received text could be passed. Callers just pass `&|piece| ...`.
    async fn complete(
        &self,
        req: &ChatRequest,
        on_delta: &(dyn for<'d> Fn(&'d str) + Send + Sync),
    ) -> Result<Completion, LlmError>;
}
