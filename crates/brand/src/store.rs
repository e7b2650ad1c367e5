//! Lookups shared by every part of the brand module. Each takes the caller's organization
//! first: another organization's brand is not found, exactly like a missing one.

use db::entities::brand;
use db::sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

#[derive(Debug, thiserror::Error)]
pub enum BrandError {
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl From<BrandError> for api::ApiError {
    fn from(e: BrandError) -> Self {
        match e {
            BrandError::NotFound => api::ApiError::not_found(),
            BrandError::Db(e) => api::ApiError::internal(e),
        }
    }
}

/// The brand `id` of organization `org`.
pub async fn find_brand(
    db: &DatabaseConnection,
    org: Uuid,
    id: Uuid,
) -> Result<brand::Model, BrandError> {
    brand::Entity::find_by_id(id)
        .filter(brand::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or(BrandError::NotFound)
}

/// The profile a brand's row holds as its draft. A document that no longer parses (it was
/// validated on the way in) reads as the empty profile under the brand's name rather than failing.
pub fn draft_of(b: &brand::Model) -> crate::model::BrandProfile {
    serde_json::from_value(b.draft.clone())
        .unwrap_or_else(|_| crate::model::BrandProfile::named(&b.name))
}
