//! Organizations: creation with a first Admin, the caller's memberships, settings.

use crate::audit::{self, Event, action};
use crate::dto::*;
use crate::slug::slugify;
use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{organization, organization_user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use kernel::Role;
use std::{collections::HashMap, net::IpAddr};
use uuid::Uuid;

/// Creates an organization with a unique slug and makes `admin` its first Admin.
pub async fn create_with_admin(
    db: &impl ConnectionTrait,
    name: &str,
    admin: Uuid,
    now: DateTime<Utc>,
) -> Result<organization::Model, ApiError> {
    let base = slugify(name);
    let mut slug = base.clone();
    for _ in 0..5 {
        let taken = organization::Entity::find()
            .filter(organization::Column::Slug.eq(&slug))
            .one(db)
            .await?
            .is_some();
        if !taken {
            break;
        }
        slug = format!("{base}-{}", &Uuid::new_v4().simple().to_string()[..6]);
    }
    let org = organization::ActiveModel {
        id: Set(Uuid::now_v7()),
        name: Set(name.trim().to_owned()),
        slug: Set(slug),
        logo_url: Set(None),
        plan: Set("basic".into()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    add_member(db, org.id, admin, Role::Admin, now).await?;
    audit::record(
        db,
        now,
        Event {
            org: Some(org.id),
            actor: Some(admin),
            action: action::ORG_CREATED,
            target_type: Some("organization"),
            target_id: Some(org.id.to_string()),
            ..Default::default()
        },
    )
    .await?;
    Ok(org)
}

pub async fn add_member(
    db: &impl ConnectionTrait,
    org: Uuid,
    user: Uuid,
    role: Role,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    organization_user::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(org),
        user_id: Set(user),
        role: Set(role.as_str().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn memberships(state: &AppState, ctx: TenantCtx) -> Result<MembershipList, ApiError> {
    let rows = organization_user::Entity::find()
        .filter(organization_user::Column::UserId.eq(ctx.user_id))
        .order_by_asc(organization_user::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.organization_id).collect();
    let orgs: HashMap<Uuid, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let items = rows
        .into_iter()
        .filter_map(|m| {
            let org = orgs.get(&m.organization_id)?;
            Some(OrganizationMembership {
                organization: Organization::from(org),
                role: m.role.parse().ok()?,
                current: org.id == ctx.org_id,
            })
        })
        .collect();
    Ok(MembershipList { items })
}

pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    req: CreateOrganizationRequest,
) -> Result<Organization, ApiError> {
    let now = state.clock.now();
    let txn = db::begin_write(&state.db).await?;
    let org = create_with_admin(&txn, &req.name, ctx.user_id, now).await?;
    txn.commit().await?;
    Ok(Organization::from(&org))
}

/// Organization routes act on the organization of the token: any other id is "not found".
pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Organization, ApiError> {
    Ok(Organization::from(&load(state, ctx, id).await?))
}

async fn load(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<organization::Model, ApiError> {
    if id != ctx.org_id {
        return Err(ApiError::not_found());
    }
    organization::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn update(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    req: UpdateOrganizationRequest,
    ip: IpAddr,
) -> Result<Organization, ApiError> {
    let org = load(state, ctx, id).await?;
    let now = state.clock.now();
    let mut changed = serde_json::Map::new();
    let mut active = org.clone().into_active_model();
    if let Some(name) = req
        .name
        .map(|n| n.trim().to_owned())
        .filter(|n| *n != org.name)
    {
        changed.insert(
            "name".into(),
            serde_json::json!({"from": org.name, "to": name}),
        );
        active.name = Set(name);
    }
    if req.logo_url != org.logo_url {
        changed.insert(
            "logo_url".into(),
            serde_json::json!({"from": org.logo_url, "to": req.logo_url}),
        );
        active.logo_url = Set(req.logo_url);
    }
    if changed.is_empty() {
        return Ok(Organization::from(&org));
    }
    active.updated_at = Set(now);
    let txn = db::begin_write(&state.db).await?;
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        now,
        Event {
            org: Some(org.id),
            actor: Some(ctx.user_id),
            action: action::SETTINGS_CHANGED,
            ip: Some(ip),
            target_type: Some("organization"),
            target_id: Some(org.id.to_string()),
            metadata: Some(serde_json::Value::Object(changed)),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Organization::from(&updated))
}
