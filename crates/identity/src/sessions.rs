//! Sessions are refresh-token families: each refresh rotates the token, and presenting a
//! token that was already used revokes the whole family (it has been stolen or replayed).

use crate::audit::{self, Event, action};
use crate::dto::{Organization, SessionInfo, SessionList, TokenResponse, User};
use api::{ApiError, AppState, TenantCtx, token};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use db::entities::{organization, organization_user, refresh_token, session, user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, sea_query::Expr,
};
use std::net::IpAddr;
use uuid::Uuid;

fn invalid_refresh() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "invalid_token",
        "The refresh token is invalid, expired or already used.",
    )
}

fn ttl(d: std::time::Duration) -> chrono::Duration {
    chrono::Duration::from_std(d).unwrap_or(chrono::Duration::days(7))
}

/// Starts a session for `user` acting in `org` and returns the token pair.
pub async fn start(
    state: &AppState,
    user: &user::Model,
    org: &organization::Model,
    user_agent: Option<String>,
    ip: IpAddr,
) -> Result<TokenResponse, ApiError> {
    let now = state.clock.now();
    let session_id = Uuid::now_v7();
    session::ActiveModel {
        id: Set(session_id),
        user_id: Set(user.id),
        organization_id: Set(org.id),
        user_agent: Set(user_agent),
        ip: Set(Some(ip.to_string())),
        created_at: Set(now),
        last_used_at: Set(now),
        expires_at: Set(now + ttl(state.config.refresh_ttl)),
        revoked_at: Set(None),
    }
    .insert(&state.db)
    .await?;
    remember_org(&state.db, user.id, org.id, now).await?;
    let refresh =
        new_refresh_token(&state.db, session_id, now, ttl(state.config.refresh_ttl)).await?;
    Ok(token_response(state, user, org, session_id, refresh, now))
}

async fn remember_org(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    org_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    user::Entity::update_many()
        .col_expr(user::Column::LastOrganizationId, Expr::value(org_id))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

async fn new_refresh_token(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    now: DateTime<Utc>,
    ttl: chrono::Duration,
) -> Result<String, ApiError> {
    let raw = token::random_token();
    refresh_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        session_id: Set(session_id),
        token_hash: Set(token::hash_token(&raw)),
        created_at: Set(now),
        expires_at: Set(now + ttl),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(raw)
}

pub fn token_response(
    state: &AppState,
    user: &user::Model,
    org: &organization::Model,
    session_id: Uuid,
    refresh_token: String,
    now: DateTime<Utc>,
) -> TokenResponse {
    let ttl = state.config.access_ttl.as_secs();
    TokenResponse {
        access_token: state.tokens.issue(
            user.id,
            org.id,
            session_id,
            now.timestamp(),
            i64::try_from(ttl).unwrap_or(900),
        ),
        refresh_token,
        token_type: "Bearer",
        expires_in: ttl,
        user: User::from(user),
        organization: Organization::from(org),
    }
}

pub async fn refresh(state: &AppState, raw: &str, ip: IpAddr) -> Result<TokenResponse, ApiError> {
    let now = state.clock.now();
    let row = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(token::hash_token(raw)))
        .one(&state.db)
        .await?
        .ok_or_else(invalid_refresh)?;
    let sess = session::Entity::find_by_id(row.session_id)
        .one(&state.db)
        .await?
        .ok_or_else(invalid_refresh)?;
    if row.used_at.is_some() {
        return Err(reuse_detected(state, &sess, ip, now).await);
    }
    if row.expires_at <= now || sess.revoked_at.is_some() || sess.expires_at <= now {
        return Err(invalid_refresh());
    }
    // Only one caller can flip used_at; a concurrent second presenter is treated as a replay.
    let flipped = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Expr::value(now))
        .filter(refresh_token::Column::Id.eq(row.id))
        .filter(refresh_token::Column::UsedAt.is_null())
        .exec(&state.db)
        .await?;
    if flipped.rows_affected != 1 {
        return Err(reuse_detected(state, &sess, ip, now).await);
    }
    let user = user::Entity::find_by_id(sess.user_id)
        .one(&state.db)
        .await?
        .ok_or_else(invalid_refresh)?;
    let org = current_org_for(state, &user, sess.organization_id)
        .await?
        .ok_or_else(invalid_refresh)?;
    let refresh_ttl = ttl(state.config.refresh_ttl);
    session::Entity::update_many()
        .col_expr(session::Column::LastUsedAt, Expr::value(now))
        .col_expr(session::Column::ExpiresAt, Expr::value(now + refresh_ttl))
        .col_expr(session::Column::OrganizationId, Expr::value(org.id))
        .filter(session::Column::Id.eq(sess.id))
        .exec(&state.db)
        .await?;
    let raw = new_refresh_token(&state.db, sess.id, now, refresh_ttl).await?;
    Ok(token_response(state, &user, &org, sess.id, raw, now))
}

async fn reuse_detected(
    state: &AppState,
    sess: &session::Model,
    ip: IpAddr,
    now: DateTime<Utc>,
) -> ApiError {
    let revoked = revoke_where(&state.db, session::Column::Id.eq(sess.id), now).await;
    let logged = audit::record(
        &state.db,
        now,
        Event {
            org: Some(sess.organization_id),
            actor: Some(sess.user_id),
            action: action::REFRESH_REUSED,
            target_type: Some("session"),
            target_id: Some(sess.id.to_string()),
            ip: Some(ip),
            ..Default::default()
        },
    )
    .await;
    if let Err(e) = revoked.and(logged.map_err(ApiError::from)) {
        return e;
    }
    invalid_refresh()
}

/// The organization a session should act in: the one it had if the user is still a member,
/// otherwise the user's oldest remaining membership.
pub async fn current_org_for(
    state: &AppState,
    user: &user::Model,
    preferred: Uuid,
) -> Result<Option<organization::Model>, ApiError> {
    let memberships = organization_user::Entity::find()
        .filter(organization_user::Column::UserId.eq(user.id))
        .order_by_asc(organization_user::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let chosen = memberships
        .iter()
        .find(|m| m.organization_id == preferred)
        .or_else(|| memberships.first())
        .map(|m| m.organization_id);
    match chosen {
        Some(id) => Ok(organization::Entity::find_by_id(id).one(&state.db).await?),
        None => Ok(None),
    }
}

pub async fn revoke_where(
    db: &impl ConnectionTrait,
    filter: impl db::sea_orm::sea_query::IntoCondition,
    now: DateTime<Utc>,
) -> Result<u64, ApiError> {
    let res = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(filter)
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// Ends every session of the user but `keep` (a password change keeps the session that made it).
pub async fn revoke_all_but(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    keep: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<u64, ApiError> {
    let mut cond = db::sea_orm::Condition::all().add(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        cond = cond.add(session::Column::Id.ne(keep));
    }
    revoke_where(db, cond, now).await
}

pub async fn logout(state: &AppState, ctx: TenantCtx) -> Result<(), ApiError> {
    revoke_where(
        &state.db,
        session::Column::Id.eq(ctx.session_id),
        state.clock.now(),
    )
    .await?;
    Ok(())
}

pub async fn list(state: &AppState, ctx: TenantCtx) -> Result<SessionList, ApiError> {
    let now = state.clock.now();
    let rows = session::Entity::find()
        .filter(session::Column::UserId.eq(ctx.user_id))
        .filter(session::Column::RevokedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
        .order_by_desc(session::Column::LastUsedAt)
        .all(&state.db)
        .await?;
    let items = rows
        .into_iter()
        .map(|s| SessionInfo {
            current: s.id == ctx.session_id,
            id: s.id,
            user_agent: s.user_agent,
            ip: s.ip,
            created_at: s.created_at,
            last_used_at: s.last_used_at,
        })
        .collect();
    Ok(SessionList { items })
}

pub async fn revoke(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let n = revoke_where(
        &state.db,
        db::sea_orm::Condition::all()
            .add(session::Column::Id.eq(id))
            .add(session::Column::UserId.eq(ctx.user_id)),
        state.clock.now(),
    )
    .await?;
    if n == 0 {
        Err(ApiError::not_found())
    } else {
        Ok(())
    }
}

/// Moves the session to another organization the user belongs to.
pub async fn switch(
    state: &AppState,
    ctx: TenantCtx,
    org_id: Uuid,
) -> Result<TokenResponse, ApiError> {
    let now = state.clock.now();
    let member = organization_user::Entity::find()
        .filter(organization_user::Column::UserId.eq(ctx.user_id))
        .filter(organization_user::Column::OrganizationId.eq(org_id))
        .one(&state.db)
        .await?;
    if member.is_none() {
        return Err(ApiError::not_found());
    }
    let org = organization::Entity::find_by_id(org_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let user = user::Entity::find_by_id(ctx.user_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    session::Entity::update_many()
        .col_expr(session::Column::OrganizationId, Expr::value(org_id))
        .col_expr(session::Column::LastUsedAt, Expr::value(now))
        .filter(session::Column::Id.eq(ctx.session_id))
        .exec(&state.db)
        .await?;
    remember_org(&state.db, user.id, org.id, now).await?;
    let raw = new_refresh_token(
        &state.db,
        ctx.session_id,
        now,
        ttl(state.config.refresh_ttl),
    )
    .await?;
    Ok(token_response(state, &user, &org, ctx.session_id, raw, now))
}
