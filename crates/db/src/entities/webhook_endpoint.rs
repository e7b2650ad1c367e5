use sea_orm::entity::prelude::*;

/// A URL that receives alerts as signed JSON posts.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_endpoints")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub url: String,
    pub description: String,
    /// The signing secret, shown once at creation and needed again for every signature.
    pub secret: String,
    /// Event patterns the endpoint receives, e.g. `alert.*` or `alert.news`.
    pub events: Json,
    pub enabled: bool,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
