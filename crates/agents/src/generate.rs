//! Writing one variant: the organization's language model when one is configured (JSON
//! answer, validated, repaired once), else, or when it fails and fallback is on, the
//! built-in composer.

use std::sync::Arc;

use content::{ComposeRequest, Draft};

use crate::prompt;

/// One written variant and who wrote it.
#[derive(Debug, Clone)]
pub struct Written {
    pub draft: Draft,
    pub provider: String,
    pub model: String,
    pub fallback_used: bool,
    /// Why the configured provider was not used, when it failed.
    pub provider_error: Option<String>,
}

pub fn compose(req: &ComposeRequest, provider_error: Option<String>) -> Written {
    Written {
        draft: composer::compose(req),
        provider: "builtin".into(),
        model: format!("composer {}", composer::VERSION),
        fallback_used: provider_error.is_some(),
        provider_error,
    }
}

/// Writes one variant. `Err` only when the provider failed and fallback is off.
pub async fn write(
    model: Option<&Arc<dyn llm::LanguageModel>>,
    fallback: bool,
    req: &ComposeRequest,
    on_delta: &(dyn Fn(&str) + Send + Sync),
) -> Result<Written, String> {
    let Some(model) = model else {
        return Ok(compose(req, None));
    };
    let chat = prompt::assemble(
        &req.brand,
        req.persona.as_ref(),
        &req.brief,
        req.channel,
        req.step,
        req.variant,
    );
    let channel = req.channel;
    let validate = move |d: &Draft| -> Result<(), String> {
        if !d.channel_matches(channel) {
            return Err(format!("expected a draft of kind for {}", channel.as_str()));
        }
        d.validate_shape(channel)
    };
    match llm::complete_json::<Draft>(model.as_ref(), &chat, &validate, on_delta).await {
        Ok((draft, completion)) => Ok(Written {
            draft,
            provider: completion.provider,
            model: completion.model,
            fallback_used: false,
            provider_error: None,
        }),
        Err(e) if fallback => {
            tracing::warn!(error = %e, provider = model.provider(), "language model failed; the built-in composer writes instead");
            Ok(compose(req, Some(e.to_string())))
        }
        Err(e) => Err(e.to_string()),
    }
}
