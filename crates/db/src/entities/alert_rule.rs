use sea_orm::entity::prelude::*;

/// When a monitored item raises an alert, how urgent it is and where it goes.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "alert_rules")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub keywords: Json,
    pub competitors: Json,
    pub include_brand: bool,
    pub min_relevance: f64,
    pub min_impact: String,
    pub sentiment: Option<String>,
    pub urgency: String,
    pub channel_in_app: bool,
    pub channel_email: bool,
    pub channel_webhook: bool,
    pub enabled: bool,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
