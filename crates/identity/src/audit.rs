//! The audit log: sensitive actions, readable by Admins of the organization they happened in.

use crate::dto::{AuditActor, AuditEntry, AuditPage, AuditQuery};
use api::{ApiError, AppState, TenantCtx};
use db::entities::{audit_entry, user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};
use std::{collections::HashMap, net::IpAddr};
use uuid::Uuid;

/// Stable action names; the web app and integrations filter on them.
pub mod action {
    pub const SIGNUP: &str = "user.signed_up";
    pub const LOGIN_SUCCEEDED: &str = "login.succeeded";
    pub const LOGIN_FAILED: &str = "login.failed";
    pub const LOGIN_REFUSED_LOCKED: &str = "login.refused_locked";
    pub const ACCOUNT_LOCKED: &str = "account.locked";
    pub const REFRESH_REUSED: &str = "session.refresh_reused";
    pub const PASSWORD_CHANGED: &str = "password.changed";
    pub const PASSWORD_RESET: &str = "password.reset";
    pub const TOTP_ENABLED: &str = "totp.enabled";
    pub const TOTP_DISABLED: &str = "totp.disabled";
    pub const RECOVERY_CODES_REGENERATED: &str = "totp.recovery_codes_regenerated";
    pub const ROLE_CHANGED: &str = "member.role_changed";
    pub const MEMBER_INVITED: &str = "member.invited";
    pub const INVITATION_REVOKED: &str = "invitation.revoked";
    pub const MEMBER_ADDED: &str = "member.added";
    pub const MEMBER_REMOVED: &str = "member.removed";
    pub const ORG_CREATED: &str = "organization.created";
    pub const SETTINGS_CHANGED: &str = "settings.changed";
    pub const SSO_LOGIN: &str = "login.sso";
    /// An approval of an inbox item at one of its approval steps.
    pub const INBOX_APPROVED: &str = "inbox.approved";
    pub const INBOX_REJECTED: &str = "inbox.rejected";
    /// An approval given despite error-level review findings, with its reason.
    pub const INBOX_OVERRIDE: &str = "inbox.override";
    pub const INBOX_REGENERATED: &str = "inbox.regenerated";
}

#[derive(Debug, Default)]
pub struct Event<'a> {
    pub org: Option<Uuid>,
    pub actor: Option<Uuid>,
    pub action: &'a str,
    pub target_type: Option<&'a str>,
    pub target_id: Option<String>,
    pub ip: Option<IpAddr>,
    pub metadata: Option<serde_json::Value>,
}

impl<'a> Event<'a> {
    /// An action a user took on their own account.
    pub fn on_user(action: &'a str, org: Option<Uuid>, user: Uuid, ip: IpAddr) -> Self {
        Self {
            org,
            actor: Some(user),
            action,
            target_type: Some("user"),
            target_id: Some(user.to_string()),
            ip: Some(ip),
            metadata: None,
        }
    }

    pub fn with(self, metadata: serde_json::Value) -> Self {
        Self {
            metadata: Some(metadata),
            ..self
        }
    }
}

pub async fn record(
    db: &impl ConnectionTrait,
    now: chrono::DateTime<chrono::Utc>,
    ev: Event<'_>,
) -> Result<(), DbErr> {
    audit_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ev.org),
        actor_id: Set(ev.actor),
        action: Set(ev.action.to_owned()),
        target_type: Set(ev.target_type.map(str::to_owned)),
        target_id: Set(ev.target_id),
        ip: Set(ev.ip.map(|i| i.to_string())),
        metadata: Set(ev.metadata),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map(|_| ())
}

pub async fn list(state: &AppState, ctx: TenantCtx, q: AuditQuery) -> Result<AuditPage, ApiError> {
    let page = q.page();
    let limit = page.limit()?;
    let after = page.cursor()?;
    let desc = crate::dto::sort_desc(q.sort.as_deref(), "created_at", true)?;
    let mut select =
        audit_entry::Entity::find().filter(audit_entry::Column::OrganizationId.eq(ctx.org_id));
    if let Some(action) = q.action.as_deref().filter(|a| !a.is_empty()) {
        select = select.filter(audit_entry::Column::Action.eq(action));
    }
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        select,
        (audit_entry::Column::CreatedAt, audit_entry::Column::Id),
        after,
        limit,
        desc,
        |r| (r.created_at, r.id),
    )
    .await?;
    let actor_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.actor_id).collect();
    let actors: HashMap<Uuid, user::Model> = if actor_ids.is_empty() {
        HashMap::new()
    } else {
        user::Entity::find()
            .filter(user::Column::Id.is_in(actor_ids))
            .all(&state.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect()
    };
    let items = rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id,
            actor: r
                .actor_id
                .and_then(|id| actors.get(&id))
                .map(|u| AuditActor {
                    id: u.id,
                    name: u.name.clone(),
                    email: u.email.clone(),
                }),
            action: r.action,
            target_type: r.target_type,
            target_id: r.target_id,
            ip: r.ip,
            metadata: r.metadata,
            created_at: r.created_at,
        })
        .collect();
    Ok(AuditPage { items, next_cursor })
}
