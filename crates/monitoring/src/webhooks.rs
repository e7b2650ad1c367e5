//! Webhook endpoints and their deliveries. Each endpoint has its own signing secret, shown
//! once when the endpoint is created; every delivery is signed with it (see `signature`).

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{webhook_delivery, webhook_endpoint};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::labels::{clean_list, strings};
use crate::{store, url_check::checked_url};

pub const WEBHOOK_JOB: &str = "monitoring.webhook";
pub const TEST_EVENT: &str = "webhook.test";

/// Delivery statuses.
pub mod status {
    pub const PENDING: &str = "pending";
    pub const DELIVERED: &str = "delivered";
    pub const FAILED: &str = "failed";
}

#[derive(Debug, Serialize, Deserialize)]
pub struct WebhookPayload {
    pub delivery_id: Uuid,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct WebhookEndpoint {
    pub id: Uuid,
    pub url: String,
    pub description: String,
    /// Event patterns: `alert.*`, `alert.news`, `alert.competitor_change`, or `*`.
    pub events: Vec<String>,
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedWebhook {
    #[serde(flatten)]
    pub endpoint: WebhookEndpoint,
    /// The signing secret. Shown only in this answer: store it now.
    pub secret: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookList {
    pub items: Vec<WebhookEndpoint>,
}

#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
pub struct WebhookInput {
    #[garde(length(min = 1, max = 2048))]
    pub url: String,
    #[serde(default)]
    #[garde(length(chars, max = 200))]
    pub description: String,
    /// Defaults to every alert (`alert.*`).
    #[serde(default)]
    #[garde(
        length(max = 20),
        inner(length(min = 1, max = 60), pattern(r"^(\*|[a-z_]+\.(\*|[a-z_]+))$"))
    )]
    pub events: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Delivery {
    pub id: Uuid,
    pub endpoint_id: Uuid,
    pub alert_id: Option<Uuid>,
    pub event: String,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    pub attempts: i32,
    pub response_status: Option<i32>,
    pub last_error: Option<String>,
    /// One entry per attempt: `at`, `status` (HTTP status or null), `error`.
    #[schema(value_type = Vec<Object>)]
    pub attempt_log: serde_json::Value,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryList {
    pub items: Vec<Delivery>,
}

pub fn to_dto(e: webhook_endpoint::Model) -> WebhookEndpoint {
    WebhookEndpoint {
        id: e.id,
        url: e.url,
        description: e.description,
        events: strings(&e.events),
        enabled: e.enabled,
        created_at: e.created_at,
    }
}

pub fn delivery_dto(d: webhook_delivery::Model) -> Delivery {
    Delivery {
        id: d.id,
        endpoint_id: d.endpoint_id,
        alert_id: d.alert_id,
        event: d.event,
        status: d.status,
        attempts: d.attempts,
        response_status: d.response_status,
        last_error: d.last_error,
        attempt_log: d.attempt_log,
        next_attempt_at: d.next_attempt_at,
        created_at: d.created_at,
    }
}

/// Whether an endpoint subscribed to `patterns` receives `event`: an exact name, `<group>.*`,
/// or `*`. The test event always goes through.
pub fn subscribes(patterns: &[String], event: &str) -> bool {
    event == TEST_EVENT
        || patterns.iter().any(|p| {
            p == "*"
                || p == event
                || p.strip_suffix(".*").is_some_and(|group| {
                    event
                        .strip_prefix(group)
                        .is_some_and(|rest| rest.starts_with('.'))
                })
        })
}

pub async fn list(state: &AppState, ctx: TenantCtx) -> Result<WebhookList, ApiError> {
    let rows = webhook_endpoint::Entity::find()
        .filter(webhook_endpoint::Column::OrganizationId.eq(ctx.org_id))
        .order_by_asc(webhook_endpoint::Column::CreatedAt)
        .all(&state.db)
        .await?;
    Ok(WebhookList {
        items: rows.into_iter().map(to_dto).collect(),
    })
}

pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    input: WebhookInput,
) -> Result<CreatedWebhook, ApiError> {
    let url = checked_url(state, "url", &input.url)?;
    let mut events = clean_list(&input.events);
    if events.is_empty() {
        events.push("alert.*".into());
    }
    let secret = format!("whsec_{}", api::token::random_token());
    let row = webhook_endpoint::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        url: Set(url),
        description: Set(input.description.trim().to_owned()),
        secret: Set(secret.clone()),
        events: Set(serde_json::json!(events)),
        enabled: Set(true),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(state.clock.now()),
    }
    .insert(&state.db)
    .await?;
    Ok(CreatedWebhook {
        endpoint: to_dto(row),
        secret,
    })
}

pub async fn delete(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let e = store::find_endpoint(&state.db, ctx.org_id, id).await?;
    webhook_endpoint::Entity::delete_by_id(e.id)
        .exec(&state.db)
        .await?;
    Ok(())
}

/// Writes a pending delivery of `event` to `endpoint` and queues its first attempt, on `conn`.
pub async fn queue_delivery(
    conn: &impl ConnectionTrait,
    state: &AppState,
    endpoint: &webhook_endpoint::Model,
    alert: Option<Uuid>,
    event: &str,
    payload: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<webhook_delivery::Model, ApiError> {
    let id = Uuid::now_v7();
    let row = webhook_delivery::ActiveModel {
        id: Set(id),
        organization_id: Set(endpoint.organization_id),
        endpoint_id: Set(endpoint.id),
        alert_id: Set(alert),
        event: Set(event.to_owned()),
        payload: Set(payload),
        status: Set(status::PENDING.into()),
        attempts: Set(0),
        response_status: Set(None),
        last_error: Set(None),
        attempt_log: Set(serde_json::json!([])),
        next_attempt_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(conn)
    .await?;
    enqueue_attempt(conn, state, endpoint.organization_id, id, None).await?;
    Ok(row)
}

/// Queues one attempt of a delivery, at `at` or now.
pub async fn enqueue_attempt(
    conn: &impl ConnectionTrait,
    state: &AppState,
    org: Uuid,
    delivery: Uuid,
    at: Option<DateTime<Utc>>,
) -> Result<Uuid, ApiError> {
    let mut job = jobs::NewJob::new(
        WEBHOOK_JOB,
        serde_json::json!(WebhookPayload {
            delivery_id: delivery
        }),
    )
    .for_org(org)
    // Each job makes one attempt and records it; the delivery's own schedule spaces the
    // retries (see `webhook_job`). The job's retries only cover a failure to record it.
    .max_attempts(3);
    if let Some(at) = at {
        job = job.run_at(at);
    }
    state
        .service::<jobs::JobQueue>()
        .enqueue_with(conn, job)
        .await
        .map_err(ApiError::internal)
}

pub async fn send_test(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Delivery, ApiError> {
    let e = store::find_endpoint(&state.db, ctx.org_id, id).await?;
    let now = state.clock.now();
    let payload = serde_json::json!({
        "type": TEST_EVENT,
        "created_at": now,
        "data": {"message": "A test event from Brandium.", "endpoint_id": e.id},
    });
    let txn = db::begin_write(&state.db).await?;
    let d = queue_delivery(&txn, state, &e, None, TEST_EVENT, payload, now).await?;
    txn.commit().await?;
    Ok(delivery_dto(d))
}

pub async fn deliveries(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
) -> Result<DeliveryList, ApiError> {
    let e = store::find_endpoint(&state.db, ctx.org_id, id).await?;
    let rows = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::OrganizationId.eq(ctx.org_id))
        .filter(webhook_delivery::Column::EndpointId.eq(e.id))
        .order_by_desc(webhook_delivery::Column::CreatedAt)
        .order_by_desc(webhook_delivery::Column::Id)
        .limit(100)
        .all(&state.db)
        .await?;
    Ok(DeliveryList {
        items: rows.into_iter().map(delivery_dto).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_events() {
        let p = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(subscribes(&p(&["alert.*"]), "alert.news"));
        assert!(subscribes(&p(&["*"]), "alert.competitor_change"));
        assert!(subscribes(&p(&["alert.news"]), "alert.news"));
        assert!(!subscribes(&p(&["alert.news"]), "alert.mention"));
        assert!(!subscribes(&p(&["alert.*"]), "alerting.news"));
        assert!(subscribes(&p(&[]), TEST_EVENT));
    }
}
