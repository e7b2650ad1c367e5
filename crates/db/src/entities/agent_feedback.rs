use sea_orm::entity::prelude::*;

/// What people did with an agent's output (approved, edited, rejected, regenerated), to learn from.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "agent_feedback")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub brand_id: Uuid,
    pub agent: String,
    pub channel: String,
    pub prompt_version: String,
    pub kind: String,
    pub removed: Json,
    pub note: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
