use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "crawls")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub site_id: Uuid,
    /// `queued`, `running`, `succeeded`, `failed` or `cancelled`.
    pub status: String,
    /// `manual` or `schedule`.
    pub trigger: String,
    pub job_id: Option<Uuid>,
    pub max_pages: i32,
    pub progress: Option<Json>,
    pub pages_crawled: i32,
    pub issues_count: i32,
    pub critical: i32,
    pub warnings: i32,
    pub notices: i32,
    pub health_score: Option<i32>,
    pub stopped: Option<String>,
    pub error: Option<String>,
    /// The audit's check summaries (the issues themselves are rows of `crawl_issues`).
    pub audit: Option<Json>,
    /// The pages' text kept for keyword research.
    pub documents: Option<Json>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
