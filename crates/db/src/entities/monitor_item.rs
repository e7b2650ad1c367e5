use sea_orm::entity::prelude::*;

/// One news item a source yielded, scored against the organization's watch list.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "monitor_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub source_id: Uuid,
    /// Unique per organization: the same story from two feeds is stored once.
    pub dedup_key: String,
    pub url: Option<String>,
    pub title: String,
    pub summary: String,
    pub published_at: Option<DateTimeUtc>,
    pub fetched_at: DateTimeUtc,
    pub relevance: f64,
    pub category: String,
    pub impact: String,
    pub matched_keywords: Json,
    /// Items telling the same story under different titles share this id.
    pub story_id: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
