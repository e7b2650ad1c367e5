use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assets")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub brand_id: Option<Uuid>,
    pub name: String,
    /// `image`, `vector`, `audio`, `video`, `document`, `font` or `other`.
    pub kind: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_key: String,
    pub thumbnail_key: Option<String>,
    /// `pending`, `ready`, `none` (not an image) or `failed`.
    pub thumbnail_status: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub tags: Json,
    pub metadata: Json,
    pub description: String,
    /// Name, tags, description and metadata values in one string: what full-text search indexes.
    pub search_text: String,
    pub version: i32,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
