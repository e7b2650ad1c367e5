//! "Test connection" on the AI settings page: one short request to the saved provider.

use std::time::Instant;

use api::{ApiError, AppState, TenantCtx};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{runtime::AgentRuntime, settings};

#[derive(Debug, Serialize, ToSchema)]
pub struct ConnectionTest {
    pub ok: bool,
    pub provider: String,
    pub model: String,
    pub latency_ms: u64,
    /// What the provider answered, shortened.
    pub reply: Option<String>,
    pub error: Option<String>,
}

pub async fn run(state: &AppState, ctx: TenantCtx) -> Result<ConnectionTest, ApiError> {
    let row = settings::row(&state.db, ctx.org_id).await?;
    let runtime = state.service::<AgentRuntime>();
    let model = match settings::model_for(&runtime, ctx.org_id, row.as_ref()) {
        Ok(Some(m)) => m,
        Ok(None) => {
            return Ok(ConnectionTest {
                ok: true,
                provider: "builtin".into(),
                model: format!("composer {}", composer::VERSION),
                latency_ms: 0,
                reply: Some("The built-in composer needs no connection.".into()),
                error: None,
            });
        }
        Err(e) => {
            return Ok(ConnectionTest {
                ok: false,
                provider: row.map(|r| r.provider).unwrap_or_default(),
                model: String::new(),
                latency_ms: 0,
                reply: None,
                error: Some(e),
            });
        }
    };
    let req = llm::ChatRequest {
        system: "You answer in one short sentence.".into(),
        messages: vec![llm::Message {
            role: llm::Role::User,
            content: "Say hello to the Brandium team.".into(),
        }],
        max_tokens: 40,
        temperature: 0.0,
        json: false,
    };
    let started = Instant::now();
    let quiet = |_: &str| {};
    let outcome = model.complete(&req, &quiet).await;
    let latency_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    Ok(match outcome {
        Ok(c) => ConnectionTest {
            ok: true,
            provider: c.provider,
            model: c.model,
            latency_ms,
            reply: Some(c.text.chars().take(200).collect()),
            error: None,
        },
        Err(e) => ConnectionTest {
            ok: false,
            provider: model.provider().into(),
            model: model.model().into(),
            latency_ms,
            reply: None,
            error: Some(e.to_string()),
        },
    })
}
