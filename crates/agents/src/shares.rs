//! Preview links for outside reviewers: a token that shows one inbox item, read-only, for
//! seven days. Only the token's hash is stored.

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{inbox_item, inbox_share};
use db::sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::model::{ItemState, Variant};
use crate::store;

const VALID_DAYS: i64 = 7;

#[derive(Debug, Serialize, ToSchema)]
pub struct PreviewLink {
    /// Path of the public preview page; the token is shown only once.
    pub path: String,
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

/// What an outside reviewer sees: the content, not the team's activity.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicPreview {
    pub title: String,
    pub channel: content::Channel,
    pub state: ItemState,
    pub brand_name: String,
    pub variants: Vec<Variant>,
    pub expires_at: DateTime<Utc>,
}

pub async fn create(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<PreviewLink, ApiError> {
    let item = store::find_item(&state.db, ctx.org_id, id).await?;
    let token = api::token::random_token();
    let now = state.clock.now();
    let expires_at = now + chrono::Duration::days(VALID_DAYS);
    inbox_share::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        item_id: Set(item.id),
        token_hash: Set(api::token::hash_token(&token)),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(&state.db)
    .await?;
    crate::actions::record_shared(&state.db, &item, ctx.user_id, now).await?;
    Ok(PreviewLink {
        path: format!("/preview/{token}"),
        token,
        expires_at,
    })
}

pub async fn open(state: &AppState, token: &str) -> Result<PublicPreview, ApiError> {
    let now = state.clock.now();
    let share = inbox_share::Entity::find()
        .filter(inbox_share::Column::TokenHash.eq(api::token::hash_token(token)))
        .one(&state.db)
        .await?
        .filter(|s| s.expires_at > now)
        .ok_or_else(ApiError::not_found)?;
    let item = inbox_item::Entity::find_by_id(share.item_id)
        .filter(inbox_item::Column::OrganizationId.eq(share.organization_id))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let brand = brand::store::find_brand(&state.db, item.organization_id, item.brand_id).await?;
    let variants = store::variants_of(&state.db, item.organization_id, &[item.id])
        .await?
        .into_iter()
        .filter_map(store::variant_dto)
        .collect();
    Ok(PublicPreview {
        title: item.title,
        channel: item.channel.parse().unwrap_or(content::Channel::X),
        state: ItemState::parse(&item.state).unwrap_or(ItemState::Failed),
        brand_name: brand.name,
        variants,
        expires_at: share.expires_at,
    })
}
