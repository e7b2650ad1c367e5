use sea_orm::entity::prelude::*;

/// An alert raised for an organization: by a rule on a news item, or by another module.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alerts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    /// `news`, `mention`, `competitor_change`...
    pub kind: String,
    pub title: String,
    pub body: String,
    pub url: Option<String>,
    /// 0 to 100.
    pub priority: i32,
    pub urgency: String,
    pub rule_id: Option<Uuid>,
    /// Unique per organization: the same event never raises two alerts.
    pub dedupe_key: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
