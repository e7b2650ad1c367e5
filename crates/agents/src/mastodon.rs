//! Mastodon's post limit is per instance: read it from the instance's public configuration
//! (`GET /api/v2/instance`, `configuration.statuses.max_characters`; `/api/v1/instance` on
//! older servers, and `max_toot_chars` on Pleroma and Akkoma) and keep it in the settings.

use api::{ApiError, AppState, TenantCtx};
use axum::http::StatusCode;
use db::entities::ai_setting;
use db::sea_orm::{ActiveValue::Set, EntityTrait, sea_query::OnConflict};
use garde::Validate;
use serde::Deserialize;
use serde_json::Value;
use utoipa::ToSchema;

use crate::settings::{self, AiSettings};

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct InstanceInput {
    /// The instance's address, e.g. `https://mastodon.social`.
    #[garde(length(min = 1, max = 2048))]
    pub url: String,
}

/// The post limit an instance document declares, if any.
pub fn max_characters(doc: &Value) -> Option<u32> {
    let declared = doc
        .pointer("/configuration/statuses/max_characters")
        .or_else(|| doc.get("max_toot_chars"))?;
    let n = declared
        .as_u64()
        .or_else(|| declared.as_str()?.parse().ok())?;
    u32::try_from(n)
        .ok()
        .filter(|n| (100..=100_000).contains(n))
}

fn unreadable(detail: String) -> ApiError {
    ApiError::new(StatusCode::BAD_GATEWAY, "instance_unreadable", detail)
}

async fn fetch(client: &net::GuardedClient, base: &str) -> Result<u32, ApiError> {
    let mut last = String::new();
    for path in ["/api/v2/instance", "/api/v1/instance"] {
        let url = format!("{base}{path}");
        match client.get(&url).await {
            Ok(r) if r.status.is_success() => {
                let doc: Value = serde_json::from_slice(&r.body).map_err(|_| {
                    unreadable(format!(
                        "{url} did not answer with a JSON instance document."
                    ))
                })?;
                if let Some(n) = max_characters(&doc) {
                    return Ok(n);
                }
                last = format!("{url} does not declare a post limit.");
            }
            Ok(r) => last = format!("{url} answered HTTP {}.", r.status.as_u16()),
            Err(e) => last = format!("{base} could not be reached: {e}."),
        }
    }
    Err(unreadable(last))
}

pub async fn read_instance(
    state: &AppState,
    ctx: TenantCtx,
    input: InstanceInput,
) -> Result<AiSettings, ApiError> {
    let base = input.url.trim().trim_end_matches('/');
    let parsed = url::Url::parse(base)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| {
            ApiError::field(
                "url",
                "invalid",
                "Give the instance's address, e.g. https://mastodon.social.",
            )
        })?;
    let limit = fetch(
        &state.service::<net::GuardedClient>(),
        parsed.as_str().trim_end_matches('/'),
    )
    .await?;
    let now = state.clock.now();
    ai_setting::Entity::insert(ai_setting::ActiveModel {
        organization_id: Set(ctx.org_id),
        provider: Set("builtin".into()),
        base_url: Set(None),
        model: Set(None),
        api_key_sealed: Set(None),
        api_key_hint: Set(None),
        fallback: Set(true),
        mastodon_char_limit: Set(limit as i32),
        instagram_hashtag_limit: Set(30),
        updated_by: Set(Some(ctx.user_id)),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(ai_setting::Column::OrganizationId)
            .update_columns([
                ai_setting::Column::MastodonCharLimit,
                ai_setting::Column::UpdatedBy,
                ai_setting::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(&state.db)
    .await?;
    settings::get(state, ctx).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_limit_where_each_server_declares_it() {
        let v2 = json!({"configuration": {"statuses": {"max_characters": 11000}}});
        assert_eq!(max_characters(&v2), Some(11000));
        assert_eq!(max_characters(&json!({"max_toot_chars": 5000})), Some(5000));
        assert_eq!(max_characters(&json!({"max_toot_chars": "800"})), Some(800));
        assert_eq!(max_characters(&json!({"title": "x"})), None);
        assert_eq!(
            max_characters(&json!({"max_toot_chars": 5})),
            None,
            "implausible"
        );
    }
}
