//! Members of the caller's organization: list, details, role changes, removal.

use crate::audit::{self, Event, action};
use crate::dto::*;
use api::{ApiError, AppState, TenantCtx};
use db::entities::{organization_user, user};
use db::sea_orm::sea_query::ExprTrait;
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter,
};
use kernel::Role;
use std::{collections::HashMap, net::IpAddr};
use uuid::Uuid;

fn to_member(m: &organization_user::Model, u: &user::Model) -> Option<Member> {
    Some(Member {
        user_id: u.id,
        email: u.email.clone(),
        name: u.name.clone(),
        role: m.role.parse().ok()?,
        joined_at: m.created_at,
    })
}

/// Members in the order they joined.
pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    q: MemberQuery,
) -> Result<MemberPage, ApiError> {
    let page = q.page();
    let limit = page.limit()?;
    let after = page.cursor()?;
    let desc = sort_desc(q.sort.as_deref(), "joined_at", false)?;
    let mut select = organization_user::Entity::find()
        .filter(organization_user::Column::OrganizationId.eq(ctx.org_id));
    if let Some(role) = q.role {
        select = select.filter(organization_user::Column::Role.eq(role.as_str()));
    }
    if let Some(term) = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = format!("%{}%", term.to_lowercase().replace(['%', '_'], ""));
        let ids: Vec<Uuid> = user::Entity::find()
            .filter(
                Condition::any()
                    .add(
                        db::sea_orm::sea_query::Expr::expr(db::sea_orm::sea_query::Func::lower(
                            db::sea_orm::sea_query::Expr::col(user::Column::Name),
                        ))
                        .like(&pattern),
                    )
                    .add(user::Column::Email.like(&pattern)),
            )
            .filter(
                user::Column::Id.in_subquery(
                    db::sea_orm::sea_query::Query::select()
                        .column(organization_user::Column::UserId)
                        .from(organization_user::Entity)
                        .and_where(organization_user::Column::OrganizationId.eq(ctx.org_id))
                        .to_owned(),
                ),
            )
            .all(&state.db)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        select = select.filter(organization_user::Column::UserId.is_in(ids));
    }
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        select,
        (
            organization_user::Column::CreatedAt,
            organization_user::Column::Id,
        ),
        after,
        limit,
        desc,
        |r| (r.created_at, r.id),
    )
    .await?;
    let users: HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let items = rows
        .iter()
        .filter_map(|m| to_member(m, users.get(&m.user_id)?))
        .collect();
    Ok(MemberPage { items, next_cursor })
}

async fn membership(
    db: &impl ConnectionTrait,
    org: Uuid,
    user_id: Uuid,
) -> Result<organization_user::Model, ApiError> {
    organization_user::Entity::find()
        .filter(organization_user::Column::OrganizationId.eq(org))
        .filter(organization_user::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn get(state: &AppState, ctx: TenantCtx, user_id: Uuid) -> Result<Member, ApiError> {
    let m = membership(&state.db, ctx.org_id, user_id).await?;
    let u = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    to_member(&m, &u).ok_or_else(ApiError::not_found)
}

fn last_admin() -> ApiError {
    ApiError::conflict(
        "last_admin",
        "An organization needs at least one Admin. Make someone else Admin first.",
    )
}

async fn admin_count(db: &impl ConnectionTrait, org: Uuid) -> Result<u64, ApiError> {
    Ok(organization_user::Entity::find()
        .filter(organization_user::Column::OrganizationId.eq(org))
        .filter(organization_user::Column::Role.eq(Role::Admin.as_str()))
        .count(db)
        .await?)
}

pub async fn change_role(
    state: &AppState,
    ctx: TenantCtx,
    user_id: Uuid,
    role: Role,
    ip: IpAddr,
) -> Result<Member, ApiError> {
    let txn = db::begin_write(&state.db).await?;
    let m = membership(&txn, ctx.org_id, user_id).await?;
    let from = m.role.clone();
    if from != role.as_str() {
        if from == Role::Admin.as_str() && admin_count(&txn, ctx.org_id).await? <= 1 {
            return Err(last_admin());
        }
        let now = state.clock.now();
        let mut active = m.into_active_model();
        active.role = Set(role.as_str().to_owned());
        active.updated_at = Set(now);
        active.update(&txn).await?;
        audit::record(
            &txn,
            now,
            Event {
                org: Some(ctx.org_id),
                actor: Some(ctx.user_id),
                action: action::ROLE_CHANGED,
                ip: Some(ip),
                target_type: Some("user"),
                target_id: Some(user_id.to_string()),
                metadata: Some(serde_json::json!({"from": from, "to": role.as_str()})),
            },
        )
        .await?;
    }
    txn.commit().await?;
    get(state, ctx, user_id).await
}

pub async fn remove(
    state: &AppState,
    ctx: TenantCtx,
    org_id: Uuid,
    user_id: Uuid,
    ip: IpAddr,
) -> Result<(), ApiError> {
    if org_id != ctx.org_id {
        return Err(ApiError::not_found());
    }
    let txn = db::begin_write(&state.db).await?;
    let m = membership(&txn, ctx.org_id, user_id).await?;
    if m.role == Role::Admin.as_str() && admin_count(&txn, ctx.org_id).await? <= 1 {
        return Err(last_admin());
    }
    organization_user::Entity::delete_by_id(m.id)
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        state.clock.now(),
        Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: action::MEMBER_REMOVED,
            ip: Some(ip),
            target_type: Some("user"),
            target_id: Some(user_id.to_string()),
            metadata: Some(serde_json::json!({"role": m.role})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
