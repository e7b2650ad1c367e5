//! The content library: approved work, in the form later modules (calendar, publishing) read.

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::inbox_item;
use db::sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use kernel::PageParams;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::model::ItemState;
use crate::store;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LibraryEntry {
    pub item_id: Uuid,
    pub brand_id: Uuid,
    pub title: String,
    pub channel: content::Channel,
    pub campaign: Option<String>,
    pub persona_id: Option<Uuid>,
    pub state: ItemState,
    pub draft: content::Draft,
    /// Social posts as they will be published (one entry per post of a thread).
    pub parts: Vec<String>,
    pub score: i32,
    pub approved_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LibraryPage {
    pub items: Vec<LibraryEntry>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LibraryQuery {
    pub brand_id: Option<Uuid>,
    pub channel: Option<String>,
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// Approved, scheduled and published items with the variant that was chosen.
pub async fn entries(
    db: &impl ConnectionTrait,
    org: Uuid,
    items: Vec<inbox_item::Model>,
) -> Result<Vec<LibraryEntry>, DbErr> {
    let ids: Vec<Uuid> = items.iter().map(|i| i.id).collect();
    let variants = store::variants_of(db, org, &ids).await?;
    Ok(items
        .into_iter()
        .filter_map(|i| {
            let chosen = i.chosen_variant.unwrap_or(0);
            let v = variants
                .iter()
                .find(|v| v.item_id == i.id && v.position == chosen)?
                .clone();
            let v = store::variant_dto(v)?;
            Some(LibraryEntry {
                item_id: i.id,
                brand_id: i.brand_id,
                title: i.title,
                channel: i.channel.parse().ok()?,
                campaign: i.campaign,
                persona_id: i.persona_id,
                state: ItemState::parse(&i.state)?,
                parts: v.review.parts.clone(),
                score: v.review.score,
                draft: v.draft,
                approved_at: i.decided_at,
            })
        })
        .collect())
}

pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    q: LibraryQuery,
) -> Result<LibraryPage, ApiError> {
    let page = PageParams {
        limit: q.limit,
        cursor: q.cursor.clone(),
    };
    let limit = page.limit()?;
    let after = page.cursor()?;
    let mut select = inbox_item::Entity::find()
        .filter(inbox_item::Column::OrganizationId.eq(ctx.org_id))
        .filter(inbox_item::Column::State.is_in([
            ItemState::Approved.as_str(),
            ItemState::Scheduled.as_str(),
            ItemState::Published.as_str(),
        ]));
    if let Some(b) = q.brand_id {
        select = select.filter(inbox_item::Column::BrandId.eq(b));
    }
    if let Some(c) = q.channel.as_deref().filter(|c| !c.is_empty()) {
        let ch: content::Channel = c
            .parse()
            .map_err(|_| ApiError::field("channel", "invalid", "Unknown channel."))?;
        select = select.filter(inbox_item::Column::Channel.eq(ch.as_str()));
    }
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        select,
        (inbox_item::Column::CreatedAt, inbox_item::Column::Id),
        after,
        limit,
        true,
        |r| (r.created_at, r.id),
    )
    .await?;
    Ok(LibraryPage {
        items: entries(&state.db, ctx.org_id, rows).await?,
        next_cursor,
    })
}
