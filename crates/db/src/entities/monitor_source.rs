use sea_orm::entity::prelude::*;

/// A news feed or news sitemap an organization polls on a schedule.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "monitor_sources")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub url: String,
    /// `rss` (RSS, Atom or JSON Feed) or `sitemap`, detected from what the URL serves.
    pub kind: String,
    pub schedule_minutes: i32,
    pub next_poll_at: DateTimeUtc,
    pub last_polled_at: Option<DateTimeUtc>,
    pub last_status: Option<String>,
    pub last_error: Option<String>,
    pub item_count: i32,
    pub enabled: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
