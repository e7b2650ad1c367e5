use sea_orm::entity::prelude::*;

/// How one member of one organization wants news by email: digests and instant alerts.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "digest_preferences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub user_id: Uuid,
    /// `none`, `daily` or `weekly`.
    pub frequency: String,
    /// `off`, `high` (high and critical alerts) or `all`.
    pub instant_alerts: String,
    pub next_due_at: Option<DateTimeUtc>,
    pub last_sent_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
