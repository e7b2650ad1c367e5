use sea_orm::entity::prelude::*;

/// One generation request: a brief fanned out to inbox items, worked by one job.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "agent_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub brand_id: Uuid,
    pub created_by: Option<Uuid>,
    pub brief: Json,
    pub status: String,
    pub job_id: Option<Uuid>,
    pub total: i32,
    pub done: i32,
    pub credits_reserved: i32,
    pub credits_charged: i32,
    pub words: i32,
    pub error: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
