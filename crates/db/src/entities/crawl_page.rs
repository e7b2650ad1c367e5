use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "crawl_pages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub crawl_id: Uuid,
    pub url: String,
    pub kind: String,
    pub status: Option<i32>,
    pub error: Option<String>,
    pub depth: Option<i32>,
    pub content_type: Option<String>,
    pub bytes: i64,
    pub response_ms: i32,
    pub inlinks: i32,
    pub in_sitemap: bool,
    pub blocked_by_robots: bool,
    pub title: Option<String>,
    pub word_count: Option<i32>,
    pub issues: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
