//! Lookups of the competitor tables. Each takes the caller's organization first: another
//! organization's row is not found, exactly like a missing one.

use api::ApiError;
use db::entities::{competitor, competitor_change, competitor_page, competitor_snapshot};
use db::sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

pub async fn find_competitor(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<competitor::Model, ApiError> {
    competitor::Entity::find_by_id(id)
        .filter(competitor::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn find_page(
    db: &impl ConnectionTrait,
    org: Uuid,
    competitor_id: Uuid,
    id: Uuid,
) -> Result<competitor_page::Model, ApiError> {
    competitor_page::Entity::find_by_id(id)
        .filter(competitor_page::Column::OrganizationId.eq(org))
        .filter(competitor_page::Column::CompetitorId.eq(competitor_id))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn find_change(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<competitor_change::Model, ApiError> {
    competitor_change::Entity::find_by_id(id)
        .filter(competitor_change::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// The competitor's pages: the home page first, then in the order they were added.
pub async fn pages_of(
    db: &impl ConnectionTrait,
    org: Uuid,
    competitor_id: Uuid,
) -> Result<Vec<competitor_page::Model>, DbErr> {
    let mut pages = competitor_page::Entity::find()
        .filter(competitor_page::Column::OrganizationId.eq(org))
        .filter(competitor_page::Column::CompetitorId.eq(competitor_id))
        .order_by_asc(competitor_page::Column::CreatedAt)
        .order_by_asc(competitor_page::Column::Id)
        .all(db)
        .await?;
    pages.sort_by_key(|p| p.kind != "home");
    Ok(pages)
}

pub async fn snapshots_by_id(
    db: &impl ConnectionTrait,
    org: Uuid,
    ids: Vec<Uuid>,
) -> Result<Vec<competitor_snapshot::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    competitor_snapshot::Entity::find()
        .filter(competitor_snapshot::Column::OrganizationId.eq(org))
        .filter(competitor_snapshot::Column::Id.is_in(ids))
        .all(db)
        .await
}

/// The newest snapshot row of a page, readable or not.
pub async fn latest_attempt(
    db: &impl ConnectionTrait,
    org: Uuid,
    page_id: Uuid,
) -> Result<Option<competitor_snapshot::Model>, DbErr> {
    competitor_snapshot::Entity::find()
        .filter(competitor_snapshot::Column::OrganizationId.eq(org))
        .filter(competitor_snapshot::Column::PageId.eq(page_id))
        .order_by_desc(competitor_snapshot::Column::TakenAt)
        .order_by_desc(competitor_snapshot::Column::Id)
        .one(db)
        .await
}

/// The latest readable snapshot of every page of every competitor of `org`, with the page.
pub async fn latest_snapshots(
    db: &impl ConnectionTrait,
    org: Uuid,
    competitor_id: Option<Uuid>,
) -> Result<Vec<(competitor_page::Model, competitor_snapshot::Model)>, DbErr> {
    let mut q = competitor_page::Entity::find()
        .filter(competitor_page::Column::OrganizationId.eq(org))
        .filter(competitor_page::Column::LastSnapshotId.is_not_null());
    if let Some(c) = competitor_id {
        q = q.filter(competitor_page::Column::CompetitorId.eq(c));
    }
    let pages = q
        .order_by_asc(competitor_page::Column::CreatedAt)
        .all(db)
        .await?;
    let ids = pages.iter().filter_map(|p| p.last_snapshot_id).collect();
    let snaps = snapshots_by_id(db, org, ids).await?;
    Ok(pages
        .into_iter()
        .filter_map(|p| {
            let s = snaps
                .iter()
                .find(|s| Some(s.id) == p.last_snapshot_id)?
                .clone();
            Some((p, s))
        })
        .collect())
}
