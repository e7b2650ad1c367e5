//! Lookups by id, each scoped by the caller's organization: another organization's row is not
//! found, exactly like a missing one.

use api::ApiError;
use db::entities::{alert, alert_rule, monitor_source, organization_user, user, webhook_endpoint};
use db::sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use kernel::{Permission, Role};
use uuid::Uuid;

pub async fn find_source(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<monitor_source::Model, ApiError> {
    monitor_source::Entity::find_by_id(id)
        .filter(monitor_source::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn find_rule(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<alert_rule::Model, ApiError> {
    alert_rule::Entity::find_by_id(id)
        .filter(alert_rule::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn find_alert(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<alert::Model, ApiError> {
    alert::Entity::find_by_id(id)
        .filter(alert::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn find_endpoint(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<webhook_endpoint::Model, ApiError> {
    webhook_endpoint::Entity::find_by_id(id)
        .filter(webhook_endpoint::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// Members of `org` who may read monitoring (alerts and news are read with `OrgRead`), with
/// their user rows.
pub async fn readers(
    db: &impl ConnectionTrait,
    org: Uuid,
) -> Result<Vec<user::Model>, db::sea_orm::DbErr> {
    let members = organization_user::Entity::find()
        .filter(organization_user::Column::OrganizationId.eq(org))
        .all(db)
        .await?;
    let ids: Vec<Uuid> = members
        .iter()
        .filter(|m| {
            m.role
                .parse::<Role>()
                .is_ok_and(|r| r.can(Permission::OrgRead))
        })
        .map(|m| m.user_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await
}
