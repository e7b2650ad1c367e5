//! Turning stored provider settings into a model.

use std::{sync::Arc, time::Duration};

use net::{GuardedClient, NetConfig};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

use crate::{
    LanguageModel, LlmError,
    anthropic::{self, Anthropic},
    openai::{self, OpenAiCompatible},
    transport::Transport,
};

/// A streamed answer spends a few hundred bytes of event framing per token; this leaves room
/// for the longest answers any current model gives while still bounding a runaway server.
const MAX_ANSWER_BYTES: usize = 32 * 1024 * 1024;

/// Which provider to call and how. Secrets are read from configuration and never printed.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind")]
pub enum ProviderConfig {
    /// Any server that speaks OpenAI's chat completions: `base_url` includes the version
    /// path, e.g. `https://api.openai.com/v1` or `http://localhost:11434/v1` (Ollama).
    #[serde(rename = "openai_compatible")]
    OpenAiCompatible {
        base_url: String,
        #[serde(default)]
        api_key: Option<SecretString>,
        model: String,
    },
    #[serde(rename = "anthropic")]
    Anthropic {
        #[serde(default = "default_anthropic_base_url")]
        base_url: String,
        api_key: SecretString,
        model: String,
    },
}

fn default_anthropic_base_url() -> String {
    anthropic::DEFAULT_BASE_URL.to_owned()
}

impl ProviderConfig {
    /// `"openai_compatible"` or `"anthropic"`, as in [`crate::Completion::provider`].
    pub fn provider(&self) -> &'static str {
        match self {
            ProviderConfig::OpenAiCompatible { .. } => openai::PROVIDER,
            ProviderConfig::Anthropic { .. } => anthropic::PROVIDER,
        }
    }

    pub fn base_url(&self) -> &str {
        match self {
            ProviderConfig::OpenAiCompatible { base_url, .. }
            | ProviderConfig::Anthropic { base_url, .. } => base_url,
        }
    }

    pub fn model(&self) -> &str {
        match self {
            ProviderConfig::OpenAiCompatible { model, .. }
            | ProviderConfig::Anthropic { model, .. } => model,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpOptions {
    /// The whole completion, first byte to last.
    pub request_timeout: Duration,
    /// The longest silence between two chunks of a streamed answer.
    pub idle_timeout: Duration,
    /// Lets `base_url` point at this machine or the intranet (a local Ollama, say).
    pub allow_private_networks: bool,
}

impl Default for HttpOptions {
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(120),
            idle_timeout: Duration::from_secs(30),
            allow_private_networks: false,
        }
    }
}

/// The model `cfg` describes, ready to call. Wrap it in [`crate::Resilient`] for retries and a
/// circuit breaker.
pub fn build(cfg: &ProviderConfig, opts: &HttpOptions) -> Result<Arc<dyn LanguageModel>, LlmError> {
    let base_url = checked_base_url(cfg.base_url())?;
    if cfg.model().trim().is_empty() {
        return Err(LlmError::Config("the model name is empty".into()));
    }
    let client = GuardedClient::new(NetConfig {
        allow_private_networks: opts.allow_private_networks,
        // Bounds the wait for the response head, which a server that ignores `stream` sends
        // only once the whole answer is written.
        timeout: opts.request_timeout,
        max_body_bytes: MAX_ANSWER_BYTES,
        ..NetConfig::default()
    })?;
    let transport = Transport::new(client, opts.request_timeout, opts.idle_timeout);
    let model: Arc<dyn LanguageModel> = match cfg {
        ProviderConfig::OpenAiCompatible { api_key, model, .. } => {
            // An empty key field in a settings form means "no key", not "Bearer ".
            let api_key = api_key
                .clone()
                .filter(|k| !k.expose_secret().trim().is_empty());
            Arc::new(OpenAiCompatible::new(
                transport,
                &base_url,
                api_key,
                model.clone(),
            ))
        }
        ProviderConfig::Anthropic { api_key, model, .. } => {
            if api_key.expose_secret().trim().is_empty() {
                return Err(LlmError::Config("the Anthropic API key is empty".into()));
            }
            Arc::new(Anthropic::new(
                transport,
                &base_url,
                api_key.clone(),
                model.clone(),
            ))
        }
    };
    Ok(model)
}

/// The URL is named in no message: settings may put credentials in it.
fn checked_base_url(raw: &str) -> Result<String, LlmError> {
    let url = Url::parse(raw.trim())
        .map_err(|e| LlmError::Config(format!("the base URL is not a valid URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(LlmError::Config(
            "the base URL must be an http or https URL with a host".into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(LlmError::Config(
            "the base URL must not have a query or fragment".into(),
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_deserialize_with_defaults_and_hide_the_key() {
        let cfg: ProviderConfig = serde_json::from_str(
            r#"{"kind":"anthropic","api_key":"sk-ant-secret","model":"claude-sonnet-4-5"}"#,
        )
        .unwrap();
        assert_eq!(cfg.provider(), "anthropic");
        assert_eq!(cfg.base_url(), "https://api.anthropic.com");
        assert!(!format!("{cfg:?}").contains("sk-ant-secret"));

        let cfg: ProviderConfig = serde_json::from_str(
            r#"{"kind":"openai_compatible","base_url":"http://localhost:11434/v1","model":"llama3.2"}"#,
        )
        .unwrap();
        assert!(matches!(
            &cfg,
            ProviderConfig::OpenAiCompatible { api_key: None, .. }
        ));
        assert_eq!(cfg.model(), "llama3.2");
    }

    #[test]
    fn base_urls_are_checked_and_normalised() {
        assert_eq!(
            checked_base_url("http://localhost:11434/v1/").as_deref(),
            Ok("http://localhost:11434/v1")
        );
        for bad in [
            "localhost:11434",
            "ftp://example.com/v1",
            "https://example.com/v1?key=secret",
            "not a url",
        ] {
            let err = checked_base_url(bad).unwrap_err();
            assert!(matches!(err, LlmError::Config(_)), "{bad}");
            assert!(!err.to_string().contains("secret"));
        }
    }

    #[test]
    fn build_refuses_unusable_settings() {
        let opts = HttpOptions::default();
        let empty_model = ProviderConfig::OpenAiCompatible {
            base_url: "https://api.openai.com/v1".into(),
            api_key: None,
            model: " ".into(),
        };
        assert!(matches!(
            build(&empty_model, &opts),
            Err(LlmError::Config(_))
        ));
        let empty_key = ProviderConfig::Anthropic {
            base_url: default_anthropic_base_url(),
            api_key: SecretString::from(""),
            model: "claude".into(),
        };
        assert!(matches!(build(&empty_key, &opts), Err(LlmError::Config(_))));
        let good = ProviderConfig::Anthropic {
            base_url: default_anthropic_base_url(),
            api_key: SecretString::from("k"),
            model: "claude".into(),
        };
        let model = build(&good, &opts).unwrap();
        assert_eq!((model.provider(), model.model()), ("anthropic", "claude"));
    }
}
