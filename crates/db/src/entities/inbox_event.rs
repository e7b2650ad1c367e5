use sea_orm::entity::prelude::*;

/// The activity of an inbox item: approvals per step, rejections, edits, comments, assignments.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "inbox_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub item_id: Uuid,
    pub user_id: Option<Uuid>,
    pub kind: String,
    pub step: Option<i32>,
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
