use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "competitor_changes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub competitor_id: Uuid,
    pub page_id: Uuid,
    pub before_id: Uuid,
    pub after_id: Uuid,
    pub significance: f64,
    pub kind: String,
    pub summary: String,
    pub data: Json,
    pub alerted: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
