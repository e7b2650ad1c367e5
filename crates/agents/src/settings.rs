//! An organization's language-model provider and platform-rule settings. The API key is
//! sealed at rest and never returned: the page sees whether one is stored and its last four
//! characters.

use std::sync::Arc;

use api::{ApiError, AppState, TenantCtx};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use content::Language;
use db::entities::ai_setting;
use db::sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, sea_query::OnConflict};
use garde::Validate;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use textrules::RuleSettings;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::runtime::AgentRuntime;
use crate::seal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    /// The built-in offline composer: no network, no key.
    Builtin,
    /// Any server speaking OpenAI's chat completions: OpenAI, Ollama, vLLM, llama.cpp, LM Studio, OpenRouter.
    OpenaiCompatible,
    Anthropic,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Builtin => "builtin",
            ProviderKind::OpenaiCompatible => "openai_compatible",
            ProviderKind::Anthropic => "anthropic",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "openai_compatible" => ProviderKind::OpenaiCompatible,
            "anthropic" => ProviderKind::Anthropic,
            _ => ProviderKind::Builtin,
        }
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AiSettings {
    pub provider: ProviderKind,
    pub base_url: Option<String>,
    pub model: Option<String>,
    pub api_key_set: bool,
    /// The stored key's last characters, e.g. `…a1b2`.
    pub api_key_hint: Option<String>,
    /// Write with the built-in composer when the provider fails.
    pub fallback: bool,
    /// Characters per post on the organization's Mastodon instance.
    pub mastodon_char_limit: u32,
    /// Hashtags allowed per Instagram caption: Instagram's help centre says 30, its 2025
    /// guidance recommends 3 to 5; 30 is the refusal limit.
    pub instagram_hashtag_limit: u32,
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
pub struct AiSettingsInput {
    #[garde(skip)]
    pub provider: ProviderKind,
    /// Required for `openai_compatible` (e.g. `http://localhost:11434/v1`); Anthropic's
    /// public endpoint when empty for `anthropic`.
    #[serde(default)]
    #[garde(inner(length(max = 2048)))]
    pub base_url: Option<String>,
    #[serde(default)]
    #[garde(inner(length(chars, max = 200)))]
    pub model: Option<String>,
    /// A new key; omit to keep the stored one, send `""` to remove it.
    #[serde(default)]
    #[garde(inner(length(max = 500)))]
    pub api_key: Option<String>,
    #[serde(default = "yes")]
    #[garde(skip)]
    pub fallback: bool,
    #[serde(default = "mastodon_default")]
    #[garde(range(min = 100, max = 100_000))]
    pub mastodon_char_limit: u32,
    #[serde(default = "instagram_default")]
    #[garde(range(min = 1, max = 30))]
    pub instagram_hashtag_limit: u32,
}

fn yes() -> bool {
    true
}
fn mastodon_default() -> u32 {
    500
}
fn instagram_default() -> u32 {
    30
}

/// Who writes the organization's drafts, for the brief form to warn before it is sent.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Writer {
    pub provider: ProviderKind,
    /// The configured model, or `composer <version>` for the built-in composer.
    pub model: String,
    /// The languages this writer writes; `null` when it writes any of them (a language model).
    pub languages: Option<Vec<Language>>,
}

impl Writer {
    pub fn writes(&self, language: Language) -> bool {
        self.languages
            .as_ref()
            .is_none_or(|ls| ls.contains(&language))
    }
}

/// The writer of an organization's stored settings: the built-in composer unless a language
/// model is configured.
pub fn writer_of(row: Option<&ai_setting::Model>) -> Writer {
    let provider = row.map_or(ProviderKind::Builtin, |r| ProviderKind::parse(&r.provider));
    match provider {
        ProviderKind::Builtin => Writer {
            provider,
            model: format!("composer {}", composer::VERSION),
            languages: Some(composer::LANGUAGES.to_vec()),
        },
        _ => Writer {
            provider,
            model: row.and_then(|r| r.model.clone()).unwrap_or_default(),
            languages: None,
        },
    }
}

pub async fn writer(state: &AppState, ctx: TenantCtx) -> Result<Writer, ApiError> {
    Ok(writer_of(row(&state.db, ctx.org_id).await?.as_ref()))
}

/// 422 `language_unsupported` when the writer cannot write `language`.
pub fn require_language(writer: &Writer, language: Language) -> Result<(), ApiError> {
    if writer.writes(language) {
        return Ok(());
    }
    let written: Vec<&str> = writer
        .languages
        .iter()
        .flatten()
        .map(|l| l.name())
        .collect();
    let message = format!(
        "The built-in composer writes only in {}, so it cannot write this in {}. Connect a \
         language model in AI settings (/settings/ai) to write in {}, or write it in {}.",
        written.join(", "),
        language.name(),
        language.name(),
        written.first().copied().unwrap_or("English"),
    );
    Err(ApiError {
        detail: message.clone().into(),
        ..ApiError::field_refusal(
            StatusCode::UNPROCESSABLE_ENTITY,
            "language_unsupported",
            "language",
            "language_unsupported",
            &message,
        )
    })
}

/// The stored row, or the defaults (built-in composer) when there is none.
pub async fn row(db: &impl ConnectionTrait, org: Uuid) -> Result<Option<ai_setting::Model>, DbErr> {
    ai_setting::Entity::find_by_id(org).one(db).await
}

pub fn rule_settings(row: Option<&ai_setting::Model>) -> RuleSettings {
    let mut s = RuleSettings::default();
    if let Some(r) = row {
        s.mastodon_char_limit = usize::try_from(r.mastodon_char_limit).unwrap_or(500);
        s.instagram_hashtag_limit = usize::try_from(r.instagram_hashtag_limit).unwrap_or(30);
    }
    s
}

fn dto(row: Option<ai_setting::Model>) -> AiSettings {
    match row {
        None => AiSettings {
            provider: ProviderKind::Builtin,
            base_url: None,
            model: None,
            api_key_set: false,
            api_key_hint: None,
            fallback: true,
            mastodon_char_limit: 500,
            instagram_hashtag_limit: 30,
            updated_at: None,
        },
        Some(r) => AiSettings {
            provider: ProviderKind::parse(&r.provider),
            base_url: r.base_url,
            model: r.model,
            api_key_set: r.api_key_sealed.is_some(),
            api_key_hint: r.api_key_hint,
            fallback: r.fallback,
            mastodon_char_limit: u32::try_from(r.mastodon_char_limit).unwrap_or(500),
            instagram_hashtag_limit: u32::try_from(r.instagram_hashtag_limit).unwrap_or(30),
            updated_at: Some(r.updated_at),
        },
    }
}

pub async fn get(state: &AppState, ctx: TenantCtx) -> Result<AiSettings, ApiError> {
    Ok(dto(row(&state.db, ctx.org_id).await?))
}

fn url_error(msg: &str) -> ApiError {
    ApiError::field("base_url", "invalid", msg)
}

pub async fn put(
    state: &AppState,
    ctx: TenantCtx,
    input: AiSettingsInput,
) -> Result<AiSettings, ApiError> {
    let runtime = state.service::<AgentRuntime>();
    let current = row(&state.db, ctx.org_id).await?;
    let base_url = input
        .base_url
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('/').to_owned());
    if let Some(u) = &base_url {
        match url::Url::parse(u) {
            Ok(p) if matches!(p.scheme(), "http" | "https") && p.host().is_some() => {}
            _ => return Err(url_error("Must be an http or https URL.")),
        }
    }
    let model = input
        .model
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    let (sealed, hint) = match input.api_key.as_deref().map(str::trim) {
        None => (
            current.as_ref().and_then(|r| r.api_key_sealed.clone()),
            current.as_ref().and_then(|r| r.api_key_hint.clone()),
        ),
        Some("") => (None, None),
        Some(k) => (Some(runtime.sealer.seal(k)), Some(seal::hint(k))),
    };
    match input.provider {
        ProviderKind::Builtin => {}
        ProviderKind::OpenaiCompatible => {
            if base_url.is_none() {
                return Err(url_error(
                    "Give the server's base URL, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.",
                ));
            }
            if model.is_none() {
                return Err(ApiError::field(
                    "model",
                    "required",
                    "Name the model to use.",
                ));
            }
        }
        ProviderKind::Anthropic => {
            if model.is_none() {
                return Err(ApiError::field(
                    "model",
                    "required",
                    "Name the model to use.",
                ));
            }
            if sealed.is_none() {
                return Err(ApiError::field(
                    "api_key",
                    "required",
                    "Anthropic needs an API key.",
                ));
            }
        }
    }
    let now = state.clock.now();
    let am = ai_setting::ActiveModel {
        organization_id: Set(ctx.org_id),
        provider: Set(input.provider.as_str().to_owned()),
        base_url: Set(base_url),
        model: Set(model),
        api_key_sealed: Set(sealed),
        api_key_hint: Set(hint),
        fallback: Set(input.fallback),
        mastodon_char_limit: Set(i32::try_from(input.mastodon_char_limit).unwrap_or(500)),
        instagram_hashtag_limit: Set(i32::try_from(input.instagram_hashtag_limit).unwrap_or(30)),
        updated_by: Set(Some(ctx.user_id)),
        updated_at: Set(now),
    };
    ai_setting::Entity::insert(am)
        .on_conflict(
            OnConflict::column(ai_setting::Column::OrganizationId)
                .update_columns([
                    ai_setting::Column::Provider,
                    ai_setting::Column::BaseUrl,
                    ai_setting::Column::Model,
                    ai_setting::Column::ApiKeySealed,
                    ai_setting::Column::ApiKeyHint,
                    ai_setting::Column::Fallback,
                    ai_setting::Column::MastodonCharLimit,
                    ai_setting::Column::InstagramHashtagLimit,
                    ai_setting::Column::UpdatedBy,
                    ai_setting::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&state.db)
        .await?;
    identity::audit::record(
        &state.db,
        now,
        identity::audit::Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: "ai.settings_updated",
            target_type: Some("organization"),
            target_id: Some(ctx.org_id.to_string()),
            ip: None,
            metadata: Some(serde_json::json!({ "provider": input.provider.as_str() })),
        },
    )
    .await?;
    get(state, ctx).await
}

/// The organization's language model, wrapped in retries and its circuit breaker; `None` for
/// the built-in composer, or when the stored key no longer opens (the data key changed).
pub fn model_for(
    runtime: &AgentRuntime,
    org: Uuid,
    row: Option<&ai_setting::Model>,
) -> Result<Option<Arc<dyn llm::LanguageModel>>, String> {
    let Some(r) = row else { return Ok(None) };
    let key = match &r.api_key_sealed {
        Some(s) => Some(runtime.sealer.open(s).ok_or_else(|| {
            "The stored API key cannot be read (the data key changed); enter it again in AI settings."
                .to_owned()
        })?),
        None => None,
    };
    let model = r.model.clone().unwrap_or_default();
    let cfg = match ProviderKind::parse(&r.provider) {
        ProviderKind::Builtin => return Ok(None),
        ProviderKind::OpenaiCompatible => llm::ProviderConfig::OpenAiCompatible {
            base_url: r.base_url.clone().unwrap_or_default(),
            api_key: key.map(SecretString::from),
            model,
        },
        ProviderKind::Anthropic => llm::ProviderConfig::Anthropic {
            base_url: r
                .base_url
                .clone()
                .unwrap_or_else(|| "https://api.anthropic.com".into()),
            api_key: SecretString::from(key.unwrap_or_default()),
            model,
        },
    };
    let inner = llm::build(&cfg, &runtime.http).map_err(|e| e.to_string())?;
    let breaker_key = format!(
        "{org}:{}:{}",
        r.provider,
        r.base_url.as_deref().unwrap_or_default()
    );
    Ok(Some(Arc::new(llm::Resilient::new(
        inner,
        runtime.retry,
        runtime.breakers.get(&breaker_key),
    ))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(provider: &str, model: Option<&str>) -> ai_setting::Model {
        ai_setting::Model {
            organization_id: Uuid::nil(),
            provider: provider.into(),
            base_url: Some("http://localhost:11434/v1".into()),
            model: model.map(str::to_owned),
            api_key_sealed: None,
            api_key_hint: None,
            fallback: true,
            mastodon_char_limit: 500,
            instagram_hashtag_limit: 30,
            updated_by: None,
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }

    #[test]
    fn the_composer_writes_english_and_a_model_writes_any_language() {
        let builtin = writer_of(None);
        assert_eq!(builtin.provider, ProviderKind::Builtin);
        assert!(builtin.model.starts_with("composer "));
        assert!(builtin.writes(Language::En));
        assert!(!builtin.writes(Language::Es));
        assert_eq!(writer_of(Some(&row("builtin", None))), builtin);
        let model = writer_of(Some(&row("openai_compatible", Some("llama3"))));
        assert_eq!(model.provider, ProviderKind::OpenaiCompatible);
        assert_eq!(model.model, "llama3");
        assert_eq!(model.languages, None);
        assert!(Language::ALL.into_iter().all(|l| model.writes(l)));
    }

    #[test]
    fn an_unwritable_language_is_refused_with_a_way_out() {
        let err = require_language(&writer_of(None), Language::Es).unwrap_err();
        assert_eq!(err.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(err.code, "language_unsupported");
        assert_eq!(err.errors[0].field, "language");
        assert_eq!(err.detail, err.errors[0].message);
        let msg = &err.errors[0].message;
        assert!(
            msg.contains("Spanish") && msg.contains("/settings/ai"),
            "{msg}"
        );
        assert!(msg.contains("English"), "{msg}");
        assert!(require_language(&writer_of(None), Language::En).is_ok());
    }
}
