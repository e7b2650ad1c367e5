//! Reading the action inbox: filtered lists, counts per state for the app shell's badge, and
//! one item with its variants side by side and its activity.

use api::{ApiError, AppState, TenantCtx};
use db::entities::inbox_item;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use kernel::{PageParams, Permission};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::model::{ItemDetail, ItemState, ItemSummary};
use crate::store;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InboxQuery {
    /// One state, or several separated by commas.
    pub state: Option<String>,
    /// `social`, `ads`, `email` or `blog`.
    pub agent: Option<String>,
    pub channel: Option<String>,
    pub brand_id: Option<Uuid>,
    pub persona_id: Option<Uuid>,
    pub campaign: Option<String>,
    pub assignee_id: Option<Uuid>,
    pub run_id: Option<Uuid>,
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InboxPage {
    pub items: Vec<ItemSummary>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InboxCounts {
    pub queued: u64,
    pub running: u64,
    pub awaiting_review: u64,
    pub approved: u64,
    pub rejected: u64,
    pub scheduled: u64,
    pub published: u64,
    pub failed: u64,
    /// Waiting for the caller's decision: the badge in the app shell.
    pub needs_me: u64,
}

fn states(raw: &str) -> Result<Vec<&'static str>, ApiError> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            ItemState::parse(s)
                .map(ItemState::as_str)
                .ok_or_else(|| ApiError::field("state", "invalid", &format!("Unknown state {s}.")))
        })
        .collect()
}

pub async fn list(state: &AppState, ctx: TenantCtx, q: InboxQuery) -> Result<InboxPage, ApiError> {
    let page = PageParams {
        limit: q.limit,
        cursor: q.cursor.clone(),
    };
    let limit = page.limit()?;
    let after = page.cursor()?;
    let mut select =
        inbox_item::Entity::find().filter(inbox_item::Column::OrganizationId.eq(ctx.org_id));
    if let Some(s) = q.state.as_deref().filter(|s| !s.is_empty()) {
        select = select.filter(inbox_item::Column::State.is_in(states(s)?));
    }
    if let Some(a) = q.agent.as_deref().filter(|s| !s.is_empty()) {
        if !["social", "ads", "email", "blog"].contains(&a) {
            return Err(ApiError::field("agent", "invalid", "Unknown agent."));
        }
        select = select.filter(inbox_item::Column::Agent.eq(a));
    }
    if let Some(c) = q.channel.as_deref().filter(|s| !s.is_empty()) {
        let ch: content::Channel = c
            .parse()
            .map_err(|_| ApiError::field("channel", "invalid", "Unknown channel."))?;
        select = select.filter(inbox_item::Column::Channel.eq(ch.as_str()));
    }
    if let Some(b) = q.brand_id {
        select = select.filter(inbox_item::Column::BrandId.eq(b));
    }
    if let Some(p) = q.persona_id {
        select = select.filter(inbox_item::Column::PersonaId.eq(p));
    }
    if let Some(c) = q.campaign.as_deref().filter(|s| !s.is_empty()) {
        select = select.filter(inbox_item::Column::Campaign.eq(c));
    }
    if let Some(a) = q.assignee_id {
        select = select.filter(inbox_item::Column::AssigneeId.eq(a));
    }
    if let Some(r) = q.run_id {
        select = select.filter(inbox_item::Column::RunId.eq(r));
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
    Ok(InboxPage {
        items: store::summaries(&state.db, ctx.org_id, rows).await?,
        next_cursor,
    })
}

pub async fn counts(state: &AppState, ctx: TenantCtx) -> Result<InboxCounts, ApiError> {
    let rows: Vec<(String, i64)> = inbox_item::Entity::find()
        .filter(inbox_item::Column::OrganizationId.eq(ctx.org_id))
        .select_only()
        .column(inbox_item::Column::State)
        .column_as(inbox_item::Column::Id.count(), "n")
        .group_by(inbox_item::Column::State)
        .into_tuple()
        .all(&state.db)
        .await?;
    let n = |s: ItemState| {
        rows.iter()
            .find(|(st, _)| st == s.as_str())
            .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0))
    };
    let awaiting = n(ItemState::AwaitingReview);
    // Reviewers see what waits for review; creators see nothing to decide.
    let needs_me = if ctx.can(Permission::ContentApprove) {
        awaiting
    } else {
        0
    };
    Ok(InboxCounts {
        queued: n(ItemState::Queued),
        running: n(ItemState::Running),
        awaiting_review: awaiting,
        approved: n(ItemState::Approved),
        rejected: n(ItemState::Rejected),
        scheduled: n(ItemState::Scheduled),
        published: n(ItemState::Published),
        failed: n(ItemState::Failed),
        needs_me,
    })
}

pub async fn detail(
    state: &AppState,
    ctx: TenantCtx,
    item: inbox_item::Model,
) -> Result<ItemDetail, ApiError> {
    let id = item.id;
    let policy = store::policy_of(&state.db, ctx.org_id, item.brand_id).await?;
    let step = usize::try_from(item.approval_step).unwrap_or(0);
    let st = ItemState::parse(&item.state);
    let open = st.is_some_and(ItemState::is_open);
    let can_approve = open && policy.may_approve(step, ctx.user_id, ctx.role);
    let variants = store::variants_of(&state.db, ctx.org_id, &[id])
        .await?
        .into_iter()
        .filter_map(store::variant_dto)
        .collect();
    let summary = store::summaries(&state.db, ctx.org_id, vec![item])
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    Ok(ItemDetail {
        item: summary,
        variants,
        events: store::events_of(&state.db, ctx.org_id, id).await?,
        can_approve,
        can_edit: open && ctx.can(Permission::ContentWrite),
        can_override: can_approve && policy.may_override(ctx.role),
        can_regenerate: st.is_some_and(ItemState::can_regenerate)
            && ctx.can(Permission::ContentWrite),
    })
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<ItemDetail, ApiError> {
    let item = store::find_item(&state.db, ctx.org_id, id).await?;
    detail(state, ctx, item).await
}
