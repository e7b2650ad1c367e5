//! Market research: the sites we audit and their crawls (pages and issues kept per crawl so
//! that crawls can be compared), competitors with their key pages, snapshots and detected
//! changes, and the keyword map with metrics imported from keyword tools.

use super::common::{fk, index, org_fk, ts};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn users() -> Alias {
    Alias::new("users")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ResearchSites::Table)
                .col(uuid(ResearchSites::Id).primary_key())
                .col(uuid(ResearchSites::OrganizationId))
                .col(string_len(ResearchSites::Name, 200))
                .col(string_len(ResearchSites::Url, 2048))
                .col(string_len(ResearchSites::Schedule, 10))
                .col(timestamp_with_time_zone_null(ResearchSites::NextCrawlAt))
                .col(integer(ResearchSites::MaxPages))
                .col(uuid_null(ResearchSites::LastCrawlId))
                .col(uuid_null(ResearchSites::CreatedBy))
                .col(ts(ResearchSites::CreatedAt))
                .col(ts(ResearchSites::UpdatedAt))
                .foreign_key(&mut org_fk(ResearchSites::Table))
                .foreign_key(&mut fk(
                    ResearchSites::Table,
                    ResearchSites::CreatedBy,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_research_sites_org",
            ResearchSites::Table,
            [ResearchSites::OrganizationId, ResearchSites::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Crawls::Table)
                .col(uuid(Crawls::Id).primary_key())
                .col(uuid(Crawls::OrganizationId))
                .col(uuid(Crawls::SiteId))
                .col(string_len(Crawls::Status, 20))
                .col(string_len(Crawls::Trigger, 10))
                .col(uuid_null(Crawls::JobId))
                .col(integer(Crawls::MaxPages))
                .col(json_null(Crawls::Progress))
                .col(integer(Crawls::PagesCrawled).default(0))
                .col(integer(Crawls::IssuesCount).default(0))
                .col(integer(Crawls::Critical).default(0))
                .col(integer(Crawls::Warnings).default(0))
                .col(integer(Crawls::Notices).default(0))
                .col(integer_null(Crawls::HealthScore))
                .col(string_len_null(Crawls::Stopped, 20))
                .col(text_null(Crawls::Error))
                .col(json_null(Crawls::Audit))
                .col(json_null(Crawls::Documents))
                .col(uuid_null(Crawls::CreatedBy))
                .col(ts(Crawls::CreatedAt))
                .col(timestamp_with_time_zone_null(Crawls::StartedAt))
                .col(timestamp_with_time_zone_null(Crawls::FinishedAt))
                .foreign_key(&mut org_fk(Crawls::Table))
                .foreign_key(&mut fk(
                    Crawls::Table,
                    Crawls::SiteId,
                    ResearchSites::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Crawls::Table,
                    Crawls::CreatedBy,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_crawls_site",
            Crawls::Table,
            [Crawls::OrganizationId, Crawls::SiteId, Crawls::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CrawlPages::Table)
                .col(uuid(CrawlPages::Id).primary_key())
                .col(uuid(CrawlPages::OrganizationId))
                .col(uuid(CrawlPages::CrawlId))
                .col(string_len(CrawlPages::Url, 2048))
                .col(string_len(CrawlPages::Kind, 12))
                .col(integer_null(CrawlPages::Status))
                .col(string_len_null(CrawlPages::Error, 40))
                .col(integer_null(CrawlPages::Depth))
                .col(string_len_null(CrawlPages::ContentType, 200))
                .col(big_integer(CrawlPages::Bytes))
                .col(integer(CrawlPages::ResponseMs))
                .col(integer(CrawlPages::Inlinks))
                .col(boolean(CrawlPages::InSitemap))
                .col(boolean(CrawlPages::BlockedByRobots))
                .col(text_null(CrawlPages::Title))
                .col(integer_null(CrawlPages::WordCount))
                .col(integer(CrawlPages::Issues).default(0))
                .foreign_key(&mut org_fk(CrawlPages::Table))
                .foreign_key(&mut fk(
                    CrawlPages::Table,
                    CrawlPages::CrawlId,
                    Crawls::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_crawl_pages_crawl",
            CrawlPages::Table,
            [CrawlPages::CrawlId],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CrawlIssues::Table)
                .col(uuid(CrawlIssues::Id).primary_key())
                .col(uuid(CrawlIssues::OrganizationId))
                .col(uuid(CrawlIssues::CrawlId))
                .col(string_len(CrawlIssues::CheckId, 60))
                .col(string_len(CrawlIssues::Severity, 10))
                .col(string_len(CrawlIssues::Url, 2048))
                .col(text(CrawlIssues::Detail))
                .foreign_key(&mut org_fk(CrawlIssues::Table))
                .foreign_key(&mut fk(
                    CrawlIssues::Table,
                    CrawlIssues::CrawlId,
                    Crawls::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_crawl_issues_crawl",
            CrawlIssues::Table,
            [CrawlIssues::CrawlId, CrawlIssues::CheckId],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Competitors::Table)
                .col(uuid(Competitors::Id).primary_key())
                .col(uuid(Competitors::OrganizationId))
                .col(string_len(Competitors::Name, 200))
                .col(string_len(Competitors::Website, 2048))
                .col(json(Competitors::Social))
                .col(string_len(Competitors::Schedule, 10))
                .col(timestamp_with_time_zone_null(Competitors::NextSnapshotAt))
                .col(double(Competitors::AlertThreshold))
                .col(string_len_null(Competitors::SnapshotStatus, 20))
                .col(uuid_null(Competitors::SnapshotJobId))
                .col(text_null(Competitors::SnapshotError))
                .col(timestamp_with_time_zone_null(Competitors::LastSnapshotAt))
                .col(uuid_null(Competitors::CreatedBy))
                .col(ts(Competitors::CreatedAt))
                .col(ts(Competitors::UpdatedAt))
                .foreign_key(&mut org_fk(Competitors::Table))
                .foreign_key(&mut fk(
                    Competitors::Table,
                    Competitors::CreatedBy,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_competitors_org",
            Competitors::Table,
            [Competitors::OrganizationId, Competitors::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CompetitorPages::Table)
                .col(uuid(CompetitorPages::Id).primary_key())
                .col(uuid(CompetitorPages::OrganizationId))
                .col(uuid(CompetitorPages::CompetitorId))
                .col(string_len(CompetitorPages::Url, 2048))
                .col(string_len(CompetitorPages::Kind, 20))
                .col(boolean(CompetitorPages::Custom))
                .col(uuid_null(CompetitorPages::LastSnapshotId))
                .col(ts(CompetitorPages::CreatedAt))
                .foreign_key(&mut org_fk(CompetitorPages::Table))
                .foreign_key(&mut fk(
                    CompetitorPages::Table,
                    CompetitorPages::CompetitorId,
                    Competitors::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_competitor_pages_competitor",
            CompetitorPages::Table,
            [CompetitorPages::CompetitorId],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CompetitorSnapshots::Table)
                .col(uuid(CompetitorSnapshots::Id).primary_key())
                .col(uuid(CompetitorSnapshots::OrganizationId))
                .col(uuid(CompetitorSnapshots::CompetitorId))
                .col(uuid(CompetitorSnapshots::PageId))
                .col(integer_null(CompetitorSnapshots::Status))
                .col(text_null(CompetitorSnapshots::Error))
                .col(json_null(CompetitorSnapshots::Data))
                .col(string_len_null(CompetitorSnapshots::ContentHash, 64))
                .col(ts(CompetitorSnapshots::TakenAt))
                .foreign_key(&mut org_fk(CompetitorSnapshots::Table))
                .foreign_key(&mut fk(
                    CompetitorSnapshots::Table,
                    CompetitorSnapshots::CompetitorId,
                    Competitors::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    CompetitorSnapshots::Table,
                    CompetitorSnapshots::PageId,
                    CompetitorPages::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_competitor_snapshots_page",
            CompetitorSnapshots::Table,
            [CompetitorSnapshots::PageId, CompetitorSnapshots::TakenAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CompetitorChanges::Table)
                .col(uuid(CompetitorChanges::Id).primary_key())
                .col(uuid(CompetitorChanges::OrganizationId))
                .col(uuid(CompetitorChanges::CompetitorId))
                .col(uuid(CompetitorChanges::PageId))
                .col(uuid(CompetitorChanges::BeforeId))
                .col(uuid(CompetitorChanges::AfterId))
                .col(double(CompetitorChanges::Significance))
                .col(string_len(CompetitorChanges::Kind, 20))
                .col(text(CompetitorChanges::Summary))
                .col(json(CompetitorChanges::Data))
                .col(boolean(CompetitorChanges::Alerted).default(false))
                .col(ts(CompetitorChanges::CreatedAt))
                .foreign_key(&mut org_fk(CompetitorChanges::Table))
                .foreign_key(&mut fk(
                    CompetitorChanges::Table,
                    CompetitorChanges::CompetitorId,
                    Competitors::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    CompetitorChanges::Table,
                    CompetitorChanges::PageId,
                    CompetitorPages::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_competitor_changes_org",
            CompetitorChanges::Table,
            [
                CompetitorChanges::OrganizationId,
                CompetitorChanges::CreatedAt,
            ],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(KeywordMaps::Table)
                .col(uuid(KeywordMaps::OrganizationId).primary_key())
                .col(json(KeywordMaps::Data))
                .col(integer(KeywordMaps::Documents))
                .col(ts(KeywordMaps::BuiltAt))
                .foreign_key(&mut org_fk(KeywordMaps::Table))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(KeywordMetrics::Table)
                .col(uuid(KeywordMetrics::Id).primary_key())
                .col(uuid(KeywordMetrics::OrganizationId))
                .col(string_len(KeywordMetrics::Keyword, 300))
                .col(string_len(KeywordMetrics::Normalized, 300))
                .col(big_integer_null(KeywordMetrics::Volume))
                .col(double_null(KeywordMetrics::Difficulty))
                .col(double_null(KeywordMetrics::Cpc))
                .col(double_null(KeywordMetrics::Competition))
                .col(string_len(KeywordMetrics::Source, 20))
                .col(ts(KeywordMetrics::ImportedAt))
                .foreign_key(&mut org_fk(KeywordMetrics::Table))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_keyword_metrics_org_keyword")
                .table(KeywordMetrics::Table)
                .col(KeywordMetrics::OrganizationId)
                .col(KeywordMetrics::Normalized)
                .unique()
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            KeywordMetrics::Table.into_iden(),
            KeywordMaps::Table.into_iden(),
            CompetitorChanges::Table.into_iden(),
            CompetitorSnapshots::Table.into_iden(),
            CompetitorPages::Table.into_iden(),
            Competitors::Table.into_iden(),
            CrawlIssues::Table.into_iden(),
            CrawlPages::Table.into_iden(),
            Crawls::Table.into_iden(),
            ResearchSites::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum ResearchSites {
    Table,
    Id,
    OrganizationId,
    Name,
    Url,
    Schedule,
    NextCrawlAt,
    MaxPages,
    LastCrawlId,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Crawls {
    Table,
    Id,
    OrganizationId,
    SiteId,
    Status,
    Trigger,
    JobId,
    MaxPages,
    Progress,
    PagesCrawled,
    IssuesCount,
    Critical,
    Warnings,
    Notices,
    HealthScore,
    Stopped,
    Error,
    Audit,
    Documents,
    CreatedBy,
    CreatedAt,
    StartedAt,
    FinishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CrawlPages {
    Table,
    Id,
    OrganizationId,
    CrawlId,
    Url,
    Kind,
    Status,
    Error,
    Depth,
    ContentType,
    Bytes,
    ResponseMs,
    Inlinks,
    InSitemap,
    BlockedByRobots,
    Title,
    WordCount,
    Issues,
}

#[derive(DeriveIden, Clone, Copy)]
enum CrawlIssues {
    Table,
    Id,
    OrganizationId,
    CrawlId,
    CheckId,
    Severity,
    Url,
    Detail,
}

#[derive(DeriveIden, Clone, Copy)]
enum Competitors {
    Table,
    Id,
    OrganizationId,
    Name,
    Website,
    Social,
    Schedule,
    NextSnapshotAt,
    AlertThreshold,
    SnapshotStatus,
    SnapshotJobId,
    SnapshotError,
    LastSnapshotAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CompetitorPages {
    Table,
    Id,
    OrganizationId,
    CompetitorId,
    Url,
    Kind,
    Custom,
    LastSnapshotId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CompetitorSnapshots {
    Table,
    Id,
    OrganizationId,
    CompetitorId,
    PageId,
    Status,
    Error,
    Data,
    ContentHash,
    TakenAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CompetitorChanges {
    Table,
    Id,
    OrganizationId,
    CompetitorId,
    PageId,
    BeforeId,
    AfterId,
    Significance,
    Kind,
    Summary,
    Data,
    Alerted,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum KeywordMaps {
    Table,
    OrganizationId,
    Data,
    Documents,
    BuiltAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum KeywordMetrics {
    Table,
    Id,
    OrganizationId,
    Keyword,
    Normalized,
    Volume,
    Difficulty,
    Cpc,
    Competition,
    Source,
    ImportedAt,
}
