use sea_orm::entity::prelude::*;

/// One agent action awaiting people: a piece of content for one channel, with its variants.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "inbox_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub run_id: Option<Uuid>,
    pub brand_id: Uuid,
    pub persona_id: Option<Uuid>,
    pub agent: String,
    pub channel: String,
    pub state: String,
    pub title: String,
    pub campaign: Option<String>,
    pub assignee_id: Option<Uuid>,
    pub sequence_index: Option<i32>,
    pub chosen_variant: Option<i32>,
    pub approval_step: i32,
    pub reject_reason: Option<String>,
    pub error: Option<String>,
    pub brief: Json,
    pub regenerations: i32,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
