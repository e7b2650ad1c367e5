use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "competitors")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub website: String,
    /// Social profile URLs by network.
    pub social: Json,
    /// `off`, `daily` or `weekly`.
    pub schedule: String,
    pub next_snapshot_at: Option<DateTimeUtc>,
    /// Changes at or above this significance raise an alert.
    pub alert_threshold: f64,
    pub snapshot_status: Option<String>,
    pub snapshot_job_id: Option<Uuid>,
    pub snapshot_error: Option<String>,
    pub last_snapshot_at: Option<DateTimeUtc>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
