//! Invitations by email token: an Admin invites, the invitee accepts with a new or existing account.

use crate::audit::{self, Event, action};
use crate::dto::*;
use crate::{organizations, password, sessions, signin};
use api::{ApiError, AppState, OutgoingMail, TenantCtx, token};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use db::entities::{invitation, organization, organization_user, user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr,
};
use kernel::{Email, Role};
use std::net::IpAddr;
use uuid::Uuid;

const PENDING: &str = "pending";
const ACCEPTED: &str = "accepted";
const REVOKED: &str = "revoked";

/// `expired` is derived from the time, not stored, so it can never be stale.
fn status(inv: &invitation::Model, now: DateTime<Utc>) -> String {
    if inv.status == PENDING && inv.expires_at <= now {
        "expired".into()
    } else {
        inv.status.clone()
    }
}

fn to_dto(inv: &invitation::Model, now: DateTime<Utc>) -> Invitation {
    Invitation {
        id: inv.id,
        email: inv.email.clone(),
        role: inv.role.parse().unwrap_or(Role::Viewer),
        status: status(inv, now),
        invited_by: inv.invited_by,
        expires_at: inv.expires_at,
        created_at: inv.created_at,
    }
}

pub async fn invite(
    state: &AppState,
    ctx: TenantCtx,
    req: InviteRequest,
    ip: IpAddr,
) -> Result<Invitation, ApiError> {
    let email = Email::parse(&req.email)
        .map_err(|_| ApiError::field("email", "invalid", "Enter a valid email address."))?;
    let now = state.clock.now();
    if let Some(existing) = signin::find_user_by_email(state, &email).await? {
        let member = organization_user::Entity::find()
            .filter(organization_user::Column::OrganizationId.eq(ctx.org_id))
            .filter(organization_user::Column::UserId.eq(existing.id))
            .one(&state.db)
            .await?;
        if member.is_some() {
            return Err(ApiError::field_refusal(
                StatusCode::CONFLICT,
                "already_member",
                "email",
                "already_member",
                "This person is already a member.",
            ));
        }
    }
    let org = organization::Entity::find_by_id(ctx.org_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let inviter = user::Entity::find_by_id(ctx.user_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    let raw = token::random_token();
    let ttl = chrono::Duration::from_std(state.config.invitation_ttl)
        .unwrap_or(chrono::Duration::days(7));
    let txn = db::begin_write(&state.db).await?;
    // A new invitation replaces any pending one for the same person.
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Status, Expr::value(REVOKED))
        .filter(invitation::Column::OrganizationId.eq(ctx.org_id))
        .filter(invitation::Column::Email.eq(email.as_str()))
        .filter(invitation::Column::Status.eq(PENDING))
        .exec(&txn)
        .await?;
    let inv = invitation::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        email: Set(email.as_str().to_owned()),
        role: Set(req.role.as_str().to_owned()),
        token_hash: Set(token::hash_token(&raw)),
        invited_by: Set(Some(ctx.user_id)),
        status: Set(PENDING.into()),
        expires_at: Set(now + ttl),
        accepted_at: Set(None),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now,
        Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: action::MEMBER_INVITED,
            ip: Some(ip),
            target_type: Some("invitation"),
            target_id: Some(inv.id.to_string()),
            metadata: Some(serde_json::json!({"email": email.as_str(), "role": req.role.as_str()})),
        },
    )
    .await?;
    txn.commit().await?;
    let link = format!(
        "{}/accept-invite?token={raw}",
        state.config.public_url.trim_end_matches('/')
    );
    let (subject, text, html) =
        mail::templates::invitation(&org.name, &inviter.name, req.role.label(), &link);
    state
        .mail
        .send(OutgoingMail {
            to: email,
            subject,
            text,
            html: Some(html),
            kind: "invitation",
            organization_id: Some(ctx.org_id),
        })
        .await
        .map_err(ApiError::internal)?;
    Ok(to_dto(&inv, now))
}

pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    q: InvitationQuery,
) -> Result<InvitationPage, ApiError> {
    let page = q.page();
    let limit = page.limit()?;
    let after = page.cursor()?;
    let desc = crate::dto::sort_desc(q.sort.as_deref(), "created_at", true)?;
    let now = state.clock.now();
    let mut select =
        invitation::Entity::find().filter(invitation::Column::OrganizationId.eq(ctx.org_id));
    match q.status.as_deref() {
        None | Some("") => {}
        Some("pending") => {
            select = select
                .filter(invitation::Column::Status.eq(PENDING))
                .filter(invitation::Column::ExpiresAt.gt(now))
        }
        Some("expired") => {
            select = select
                .filter(invitation::Column::Status.eq(PENDING))
                .filter(invitation::Column::ExpiresAt.lte(now))
        }
        Some(s @ ("accepted" | "revoked")) => {
            select = select.filter(invitation::Column::Status.eq(s))
        }
        Some(_) => {
            return Err(ApiError::field(
                "status",
                "invalid",
                "Use pending, accepted, revoked or expired.",
            ));
        }
    }
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        select,
        (invitation::Column::CreatedAt, invitation::Column::Id),
        after,
        limit,
        desc,
        |r| (r.created_at, r.id),
    )
    .await?;
    Ok(InvitationPage {
        items: rows.iter().map(|r| to_dto(r, now)).collect(),
        next_cursor,
    })
}

pub async fn revoke(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    ip: IpAddr,
) -> Result<(), ApiError> {
    let now = state.clock.now();
    let inv = invitation::Entity::find_by_id(id)
        .filter(invitation::Column::OrganizationId.eq(ctx.org_id))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if inv.status != PENDING {
        return Err(ApiError::conflict(
            "invitation_not_pending",
            "Only pending invitations can be revoked.",
        ));
    }
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Status, Expr::value(REVOKED))
        .filter(invitation::Column::Id.eq(inv.id))
        .exec(&state.db)
        .await?;
    audit::record(
        &state.db,
        now,
        Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: action::INVITATION_REVOKED,
            ip: Some(ip),
            target_type: Some("invitation"),
            target_id: Some(inv.id.to_string()),
            metadata: Some(serde_json::json!({"email": inv.email})),
        },
    )
    .await?;
    Ok(())
}

async fn pending_by_token(state: &AppState, raw: &str) -> Result<invitation::Model, ApiError> {
    let now = state.clock.now();
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(token::hash_token(raw)))
        .one(&state.db)
        .await?
        .filter(|i| i.status == PENDING && i.expires_at > now)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                "This invitation is invalid, was revoked or has expired.",
            )
        })
}

pub async fn preview(state: &AppState, raw: &str) -> Result<InvitationPreview, ApiError> {
    let inv = pending_by_token(state, raw).await?;
    let org = organization::Entity::find_by_id(inv.organization_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let inviter = match inv.invited_by {
        Some(id) => user::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(|u| u.name),
        None => None,
    };
    let account_exists = user::Entity::find()
        .filter(user::Column::Email.eq(&inv.email))
        .one(&state.db)
        .await?
        .is_some();
    Ok(InvitationPreview {
        email: inv.email,
        role: inv.role.parse().unwrap_or(Role::Viewer),
        organization_name: org.name,
        inviter_name: inviter,
        expires_at: inv.expires_at,
        account_exists,
    })
}

pub async fn accept(
    state: &AppState,
    req: AcceptInvitationRequest,
    ua: Option<String>,
    ip: IpAddr,
) -> Result<TokenResponse, ApiError> {
    let inv = pending_by_token(state, &req.token).await?;
    let email = Email::parse(&inv.email).map_err(ApiError::internal)?;
    let now = state.clock.now();
    let existing = signin::find_user_by_email(state, &email).await?;
    let new_hash = match &existing {
        Some(u) => {
            if !password::verify(req.password.clone(), u.password_hash.clone()).await {
                return Err(ApiError::field_refusal(
                    StatusCode::UNAUTHORIZED,
                    "invalid_credentials",
                    "password",
                    "incorrect",
                    "The password is incorrect.",
                ));
            }
            None
        }
        None => {
            let name = req.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
            let mut errors = Vec::new();
            if name.is_none() {
                errors.push(api::FieldError::new(
                    "name",
                    "required",
                    "This field is required.",
                ));
            }
            if let Err(msg) = password::check_policy(&req.password) {
                errors.push(api::FieldError::new("password", "invalid", msg));
            }
            if !errors.is_empty() {
                return Err(ApiError::validation(errors));
            }
            Some(
                password::hash(req.password.clone())
                    .await
                    .map_err(ApiError::internal)?,
            )
        }
    };
    let txn = db::begin_write(&state.db).await?;
    let claimed = invitation::Entity::update_many()
        .col_expr(invitation::Column::Status, Expr::value(ACCEPTED))
        .col_expr(invitation::Column::AcceptedAt, Expr::value(now))
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::Status.eq(PENDING))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(ApiError::not_found());
    }
    let user = match existing {
        Some(u) => u,
        None => {
            signin::new_user(
                &email,
                req.name.as_deref().unwrap_or_default(),
                new_hash,
                now,
            )
            .insert(&txn)
            .await?
        }
    };
    let role: Role = inv.role.parse().unwrap_or(Role::Viewer);
    let already = organization_user::Entity::find()
        .filter(organization_user::Column::OrganizationId.eq(inv.organization_id))
        .filter(organization_user::Column::UserId.eq(user.id))
        .one(&txn)
        .await?;
    if already.is_none() {
        organizations::add_member(&txn, inv.organization_id, user.id, role, now).await?;
        audit::record(&txn, now, Event { org: Some(inv.organization_id), actor: Some(user.id), action: action::MEMBER_ADDED, ip: Some(ip), target_type: Some("user"), target_id: Some(user.id.to_string()), metadata: Some(serde_json::json!({"role": role.as_str(), "invitation_id": inv.id, "invited_by": inv.invited_by})) }).await?;
    }
    txn.commit().await?;
    let org = organization::Entity::find_by_id(inv.organization_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    sessions::start(state, &user, &org, ua, ip).await
}
