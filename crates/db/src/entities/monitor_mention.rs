use sea_orm::entity::prelude::*;

/// A brand or competitor named in an item, with the sentiment of the sentence around it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "monitor_mentions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub item_id: Uuid,
    pub entity: String,
    /// `brand` or `competitor`.
    pub kind: String,
    pub snippet: String,
    /// Compound sentiment score, -1 to 1.
    pub sentiment: f64,
    pub label: String,
    pub published_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
