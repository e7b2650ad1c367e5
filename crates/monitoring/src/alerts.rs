//! Alerts: raised once per event (a dedupe key), then delivered in the app, by email and to
//! webhooks. Other modules raise theirs through [`raise_alert`].
//!
//! Who gets an email: members who may read monitoring, when the alert allows email, by their
//! digest preference's `instant_alerts`: `all` gets every alert, `high` (the default, also for
//! members who never set a preference) gets high and critical ones, `off` gets none.

use api::{ApiError, AppState, OutgoingMail, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{alert, digest_preference, webhook_endpoint};
use db::sea_orm::{
    ActiveValue::Set,
    ColumnTrait, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use monitor::Urgency;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::labels::{strings, to_label};
use crate::schedule_math::{clip, column_key};
use crate::{store, webhooks};

/// Where an alert goes besides the alert list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AlertChannels {
    pub in_app: bool,
    pub email: bool,
    pub webhook: bool,
}

impl AlertChannels {
    pub fn all() -> Self {
        Self {
            in_app: true,
            email: true,
            webhook: true,
        }
    }
}

/// An alert to raise.
#[derive(Debug, Clone)]
pub struct NewAlert {
    /// `news`, `mention`, `competitor_change`...: webhooks receive it as event `alert.<kind>`.
    pub kind: String,
    pub title: String,
    pub body: String,
    pub url: Option<String>,
    /// 0 to 100; higher sorts first.
    pub priority: u8,
    pub urgency: Urgency,
    /// The same key raises at most one alert per organization.
    pub dedupe_key: String,
    pub channels: AlertChannels,
    /// The rule that fired, when a rule did.
    pub rule_id: Option<Uuid>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Alert {
    pub id: Uuid,
    pub kind: String,
    pub title: String,
    pub body: String,
    pub url: Option<String>,
    pub priority: i32,
    /// `low`, `normal`, `high` or `critical`.
    pub urgency: String,
    pub rule_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AlertPage {
    /// Unread first, then by priority and newest.
    pub items: Vec<Alert>,
    pub unread_count: u64,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AlertQuery {
    /// Only unread alerts.
    pub unread: Option<bool>,
    pub kind: Option<String>,
    /// `low`, `normal`, `high` or `critical`.
    pub urgency: Option<String>,
    pub min_priority: Option<i32>,
    /// 1 to 200, default 50.
    pub limit: Option<u64>,
}

pub fn to_dto(a: alert::Model) -> Alert {
    Alert {
        id: a.id,
        kind: a.kind,
        title: a.title,
        body: a.body,
        url: a.url,
        priority: a.priority,
        urgency: a.urgency,
        rule_id: a.rule_id,
        created_at: a.created_at,
        read_at: a.read_at,
    }
}

fn is_high(urgency: &str) -> bool {
    matches!(urgency, "high" | "critical")
}

/// Whether a member with this `instant_alerts` preference gets an email for an alert of
/// this urgency.
pub fn wants_email(instant_alerts: &str, urgency: &str) -> bool {
    match instant_alerts {
        "all" => true,
        "off" => false,
        _ => is_high(urgency),
    }
}

/// Stores the alert and delivers it on its channels. `None` when the dedupe key was raised
/// before: nothing is stored or sent again.
pub async fn raise_alert(
    state: &AppState,
    org: Uuid,
    alert: NewAlert,
) -> Result<Option<Uuid>, ApiError> {
    let now = state.clock.now();
    let id = Uuid::now_v7();
    let urgency = to_label(&alert.urgency);
    let title = clip(alert.title.trim(), 300);
    let url = alert.url.as_deref().map(|u| clip(u, 2048));
    let kind = clip(&alert.kind, 40);
    let priority = std::cmp::min(alert.priority, 100);
    let txn = db::begin_write(&state.db).await?;
    let inserted = alert::Entity::insert(alert::ActiveModel {
        id: Set(id),
        organization_id: Set(org),
        kind: Set(kind.clone()),
        title: Set(title.clone()),
        body: Set(alert.body.clone()),
        url: Set(url.clone()),
        priority: Set(i32::from(priority)),
        urgency: Set(urgency.clone()),
        rule_id: Set(alert.rule_id),
        dedupe_key: Set(column_key(&alert.dedupe_key)),
        created_at: Set(now),
        read_at: Set(None),
    })
    .on_conflict(
        OnConflict::columns([alert::Column::OrganizationId, alert::Column::DedupeKey])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if inserted == 0 {
        txn.rollback().await?;
        return Ok(None);
    }
    let readers = store::readers(&txn, org).await?;
    if alert.channels.in_app {
        let ids: Vec<Uuid> = readers.iter().map(|u| u.id).collect();
        identity::notifications::notify(
            &txn,
            now,
            org,
            &ids,
            "monitoring.alert",
            &title,
            &alert.body,
            Some(&format!("/monitoring/alerts?alert={id}")),
        )
        .await?;
    }
    if alert.channels.webhook {
        let event = format!("alert.{kind}");
        let endpoints = webhook_endpoint::Entity::find()
            .filter(webhook_endpoint::Column::OrganizationId.eq(org))
            .filter(webhook_endpoint::Column::Enabled.eq(true))
            .all(&txn)
            .await?;
        let payload = serde_json::json!({
            "type": event,
            "created_at": now,
            "data": {
                "id": id, "kind": kind, "title": title, "body": alert.body, "url": url,
                "priority": priority, "urgency": urgency,
            }
        });
        for e in endpoints
            .iter()
            .filter(|e| webhooks::subscribes(&strings(&e.events), &event))
        {
            webhooks::queue_delivery(&txn, state, e, Some(id), &event, payload.clone(), now)
                .await?;
        }
    }
    txn.commit().await?;

    if alert.channels.email {
        let prefs = digest_preference::Entity::find()
            .filter(digest_preference::Column::OrganizationId.eq(org))
            .all(&state.db)
            .await?;
        let link = format!(
            "{}/monitoring/alerts?alert={id}",
            state.config.public_url.trim_end_matches('/')
        );
        for u in &readers {
            let pref = prefs
                .iter()
                .find(|p| p.user_id == u.id)
                .map_or("high", |p| p.instant_alerts.as_str());
            if !wants_email(pref, &urgency) {
                continue;
            }
            let Ok(to) = kernel::Email::parse(&u.email) else {
                continue;
            };
            let mut text = format!("{title}\n\n{}\n", alert.body);
            if let Some(u) = &url {
                text.push_str(&format!("\nSource: {u}\n"));
            }
            text.push_str(&format!("\nUrgency: {urgency}. Open in Brandium: {link}\n"));
            // A mail that cannot be queued must not undo the alert: it is logged and skipped.
            if let Err(e) = state
                .mail
                .send(OutgoingMail {
                    to,
                    subject: format!("[{}] {title}", urgency.to_uppercase()),
                    text,
                    html: None,
                    kind: "monitoring_alert",
                    organization_id: Some(org),
                })
                .await
            {
                tracing::warn!(error = %e, "could not queue an alert email");
            }
        }
    }
    Ok(Some(id))
}

pub async fn list(state: &AppState, ctx: TenantCtx, q: AlertQuery) -> Result<AlertPage, ApiError> {
    let limit = kernel::PageParams {
        limit: q.limit,
        cursor: None,
    }
    .limit()?;
    let mut sel = alert::Entity::find().filter(alert::Column::OrganizationId.eq(ctx.org_id));
    if q.unread == Some(true) {
        sel = sel.filter(alert::Column::ReadAt.is_null());
    }
    if let Some(k) = q.kind.filter(|k| !k.is_empty()) {
        sel = sel.filter(alert::Column::Kind.eq(k));
    }
    if let Some(u) = q.urgency.filter(|u| !u.is_empty()) {
        if monitor_urgency(&u).is_none() {
            return Err(ApiError::field(
                "urgency",
                "invalid",
                "Use low, normal, high or critical.",
            ));
        }
        sel = sel.filter(alert::Column::Urgency.eq(u));
    }
    if let Some(p) = q.min_priority {
        sel = sel.filter(alert::Column::Priority.gte(p));
    }
    let rows = sel
        .order_by(Expr::col(alert::Column::ReadAt).is_null(), Order::Desc)
        .order_by_desc(alert::Column::Priority)
        .order_by_desc(alert::Column::CreatedAt)
        .order_by_desc(alert::Column::Id)
        .limit(limit)
        .all(&state.db)
        .await?;
    let unread_count = alert::Entity::find()
        .filter(alert::Column::OrganizationId.eq(ctx.org_id))
        .filter(alert::Column::ReadAt.is_null())
        .count(&state.db)
        .await?;
    Ok(AlertPage {
        items: rows.into_iter().map(to_dto).collect(),
        unread_count,
    })
}

pub fn monitor_urgency(s: &str) -> Option<Urgency> {
    crate::labels::from_label(s)
}

pub async fn mark_read(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Alert, ApiError> {
    let a = store::find_alert(&state.db, ctx.org_id, id).await?;
    if a.read_at.is_none() {
        alert::Entity::update_many()
            .col_expr(alert::Column::ReadAt, Expr::value(state.clock.now()))
            .filter(alert::Column::Id.eq(a.id))
            .filter(alert::Column::ReadAt.is_null())
            .exec(&state.db)
            .await?;
    }
    Ok(to_dto(store::find_alert(&state.db, ctx.org_id, id).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReadAll {
    /// Alerts marked read by this call.
    pub marked: u64,
}

pub async fn mark_all_read(state: &AppState, ctx: TenantCtx) -> Result<ReadAll, ApiError> {
    let r = alert::Entity::update_many()
        .col_expr(alert::Column::ReadAt, Expr::value(state.clock.now()))
        .filter(alert::Column::OrganizationId.eq(ctx.org_id))
        .filter(alert::Column::ReadAt.is_null())
        .exec(&state.db)
        .await?;
    Ok(ReadAll {
        marked: r.rows_affected,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_preference_decides_by_urgency() {
        assert!(wants_email("all", "low"));
        assert!(!wants_email("off", "critical"));
        assert!(wants_email("high", "high"));
        assert!(wants_email("high", "critical"));
        assert!(!wants_email("high", "normal"));
    }
}
