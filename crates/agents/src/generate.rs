//! Writing one variant: the organization's language model when one is configured (JSON
//! answer, validated, repaired once), else, or when it fails and fallback is on, the
//! built-in composer. Whoever wrote it, the draft is then mended ([`mended`]): a model's
//! output is untrusted, and what mending cannot fix the review reports on its field.

use std::sync::Arc;

use content::{Channel, ComposeRequest, Draft};
use textrules::RuleSettings;

use crate::mend::{self, MendRules};
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

impl Written {
    /// Whether the built-in composer wrote it (a rewrite then takes another seed rather than
    /// another request to a model).
    pub fn by_composer(&self) -> bool {
        self.provider == "builtin"
    }
}

/// The feedback that asks a writer for a variant unlike the ones already written.
pub const ANOTHER_ANGLE: &str = "Take another angle: this variant reads too much like another \
    one. Open differently, lead with a different benefit or proof point, and structure it \
    differently.";

/// `w` with its draft mended for `channel` (see [`crate::mend`]), and what mending changed.
pub fn mended(
    mut w: Written,
    channel: Channel,
    rules: &MendRules,
    settings: &RuleSettings,
) -> (Written, Vec<String>) {
    let m = mend::mend(&w.draft, channel, rules, settings);
    w.draft = m.draft;
    (w, m.changes)
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

/// The composer's draft in place of a provider that failed, unless the draft's language is one
/// the composer does not write: copy in another language than asked must not reach a person
/// looking valid, so the item fails with both reasons instead.
pub fn fall_back(req: &ComposeRequest, provider_error: String) -> Result<Written, String> {
    let language = req.language();
    if composer::writes(language) {
        Ok(compose(req, Some(provider_error)))
    } else {
        Err(format!(
            "The language model failed ({provider_error}) and the built-in composer writes {} only, not {}. Check the AI settings and regenerate.",
            composer::LANGUAGES
                .iter()
                .map(|l| l.name())
                .collect::<Vec<_>>()
                .join(", "),
            language.name()
        ))
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
            fall_back(req, e.to_string())
        }
        Err(e) => Err(e.to_string()),
    }
}
