//! Sources: news feeds and news sitemaps, polled on their own schedule.

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Duration, Utc};
use db::entities::monitor_source;
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{detect, store, url_check::checked_url};

pub const POLL_JOB: &str = "monitoring.poll";

#[derive(Debug, Serialize, Deserialize)]
pub struct PollPayload {
    pub source_id: Uuid,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Source {
    pub id: Uuid,
    pub name: String,
    pub url: String,
    /// `rss` (RSS, Atom, JSON Feed) or `sitemap`; detected at each poll.
    pub kind: String,
    pub schedule_minutes: i32,
    pub next_poll_at: DateTime<Utc>,
    pub last_polled_at: Option<DateTime<Utc>>,
    /// `ok` or `error` after the last poll.
    pub last_status: Option<String>,
    pub last_error: Option<String>,
    /// Items this source brought in that were new to the organization.
    pub item_count: i32,
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SourceList {
    pub items: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
pub struct SourceInput {
    #[garde(length(chars, min = 1, max = 200))]
    pub name: String,
    #[garde(length(min = 1, max = 2048))]
    pub url: String,
    /// Minutes between polls, 5 to 10080 (a week); 60 when omitted.
    #[serde(default)]
    #[garde(inner(range(min = 5, max = 10080)))]
    pub schedule_minutes: Option<i32>,
    #[serde(default)]
    #[garde(skip)]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
pub struct SourcePatch {
    #[serde(default)]
    #[garde(inner(length(chars, min = 1, max = 200)))]
    pub name: Option<String>,
    #[serde(default)]
    #[garde(inner(length(min = 1, max = 2048)))]
    pub url: Option<String>,
    #[serde(default)]
    #[garde(inner(range(min = 5, max = 10080)))]
    pub schedule_minutes: Option<i32>,
    #[serde(default)]
    #[garde(skip)]
    pub enabled: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PollQueued {
    pub source_id: Uuid,
    pub job_id: Uuid,
}

pub fn to_dto(s: monitor_source::Model) -> Source {
    Source {
        id: s.id,
        name: s.name,
        url: s.url,
        kind: s.kind,
        schedule_minutes: s.schedule_minutes,
        next_poll_at: s.next_poll_at,
        last_polled_at: s.last_polled_at,
        last_status: s.last_status,
        last_error: s.last_error,
        item_count: s.item_count,
        enabled: s.enabled,
        created_at: s.created_at,
    }
}

pub async fn list(state: &AppState, ctx: TenantCtx) -> Result<SourceList, ApiError> {
    let rows = monitor_source::Entity::find()
        .filter(monitor_source::Column::OrganizationId.eq(ctx.org_id))
        .order_by_asc(monitor_source::Column::CreatedAt)
        .order_by_asc(monitor_source::Column::Id)
        .all(&state.db)
        .await?;
    Ok(SourceList {
        items: rows.into_iter().map(to_dto).collect(),
    })
}

pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    input: SourceInput,
) -> Result<Source, ApiError> {
    let url = checked_url(state, "url", &input.url)?;
    let now = state.clock.now();
    let row = monitor_source::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        name: Set(input.name.trim().to_owned()),
        kind: Set(detect::guess_kind(&url).into()),
        url: Set(url),
        schedule_minutes: Set(input.schedule_minutes.unwrap_or(60)),
        // A new source is polled at the scheduler's next pass.
        next_poll_at: Set(now),
        last_polled_at: Set(None),
        last_status: Set(None),
        last_error: Set(None),
        item_count: Set(0),
        enabled: Set(input.enabled.unwrap_or(true)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    Ok(to_dto(row))
}

pub async fn update(
    state: &AppState,
    current: monitor_source::Model,
    patch: SourcePatch,
) -> Result<Source, ApiError> {
    let now = state.clock.now();
    let mut row: monitor_source::ActiveModel = current.clone().into();
    if let Some(n) = patch.name {
        row.name = Set(n.trim().to_owned());
    }
    if let Some(u) = patch.url {
        let url = checked_url(state, "url", &u)?;
        if url != current.url {
            row.kind = Set(detect::guess_kind(&url).into());
            row.next_poll_at = Set(now);
        }
        row.url = Set(url);
    }
    if let Some(m) = patch.schedule_minutes {
        row.schedule_minutes = Set(m);
        // The next poll follows the new schedule from the last one.
        let base = current.last_polled_at.unwrap_or(now);
        row.next_poll_at = Set(base + Duration::minutes(i64::from(m)));
    }
    if let Some(e) = patch.enabled {
        row.enabled = Set(e);
    }
    row.updated_at = Set(now);
    Ok(to_dto(row.update(&state.db).await?))
}

pub async fn delete(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let s = store::find_source(&state.db, ctx.org_id, id).await?;
    monitor_source::Entity::delete_by_id(s.id)
        .exec(&state.db)
        .await?;
    Ok(())
}

/// Queues a poll of `source` on `conn` (inside the caller's transaction when it has one).
pub async fn enqueue_poll(
    conn: &impl ConnectionTrait,
    state: &AppState,
    org: Uuid,
    source: Uuid,
) -> Result<Uuid, ApiError> {
    state
        .service::<jobs::JobQueue>()
        .enqueue_with(
            conn,
            jobs::NewJob::new(
                POLL_JOB,
                serde_json::json!(PollPayload { source_id: source }),
            )
            .for_org(org)
            // A failed fetch is recorded on the source and retried by the schedule.
            .max_attempts(2),
        )
        .await
        .map_err(ApiError::internal)
}

pub async fn poll_now(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<PollQueued, ApiError> {
    let s = store::find_source(&state.db, ctx.org_id, id).await?;
    let job_id = enqueue_poll(&state.db, state, ctx.org_id, s.id).await?;
    Ok(PollQueued {
        source_id: s.id,
        job_id,
    })
}
