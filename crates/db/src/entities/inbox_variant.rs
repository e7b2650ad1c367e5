use sea_orm::entity::prelude::*;

/// One variant of an inbox item: the draft, and its formatting and compliance review.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "inbox_variants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub item_id: Uuid,
    pub position: i32,
    pub draft: Json,
    pub review: Json,
    pub score: i32,
    pub provider: String,
    pub model: String,
    pub fallback_used: bool,
    pub prompt_version: String,
    pub words: i32,
    pub edited: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
