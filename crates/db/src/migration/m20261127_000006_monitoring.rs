//! News and mention monitoring: sources polled on a schedule, the items and mentions they
//! yield, the organization's watch list, alert rules and raised alerts, signed webhooks with
//! their deliveries, and each member's digest preference.

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
                .table(MonitorSources::Table)
                .col(uuid(MonitorSources::Id).primary_key())
                .col(uuid(MonitorSources::OrganizationId))
                .col(string_len(MonitorSources::Name, 200))
                .col(string_len(MonitorSources::Url, 2048))
                .col(string_len(MonitorSources::Kind, 20))
                .col(integer(MonitorSources::ScheduleMinutes).default(60))
                .col(ts(MonitorSources::NextPollAt))
                .col(timestamp_with_time_zone_null(MonitorSources::LastPolledAt))
                .col(string_len_null(MonitorSources::LastStatus, 20))
                .col(text_null(MonitorSources::LastError))
                .col(integer(MonitorSources::ItemCount).default(0))
                .col(boolean(MonitorSources::Enabled).default(true))
                .col(ts(MonitorSources::CreatedAt))
                .col(ts(MonitorSources::UpdatedAt))
                .foreign_key(&mut org_fk(MonitorSources::Table))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_monitor_sources_org",
            MonitorSources::Table,
            [MonitorSources::OrganizationId, MonitorSources::CreatedAt],
        )
        .await?;
        // The scheduler looks for due sources across every organization.
        index(
            m,
            "idx_monitor_sources_due",
            MonitorSources::Table,
            [MonitorSources::Enabled, MonitorSources::NextPollAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(MonitorItems::Table)
                .col(uuid(MonitorItems::Id).primary_key())
                .col(uuid(MonitorItems::OrganizationId))
                .col(uuid(MonitorItems::SourceId))
                .col(string_len(MonitorItems::DedupKey, 255))
                .col(string_len_null(MonitorItems::Url, 2048))
                .col(text(MonitorItems::Title))
                .col(text(MonitorItems::Summary))
                .col(timestamp_with_time_zone_null(MonitorItems::PublishedAt))
                .col(ts(MonitorItems::FetchedAt))
                .col(double(MonitorItems::Relevance))
                .col(string_len(MonitorItems::Category, 40))
                .col(string_len(MonitorItems::Impact, 20))
                .col(json(MonitorItems::MatchedKeywords))
                .col(uuid(MonitorItems::StoryId))
                .foreign_key(&mut org_fk(MonitorItems::Table))
                .foreign_key(&mut fk(
                    MonitorItems::Table,
                    MonitorItems::SourceId,
                    MonitorSources::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_monitor_items_dedup")
                .table(MonitorItems::Table)
                .col(MonitorItems::OrganizationId)
                .col(MonitorItems::DedupKey)
                .unique()
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_monitor_items_fetched",
            MonitorItems::Table,
            [MonitorItems::OrganizationId, MonitorItems::FetchedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(MonitorMentions::Table)
                .col(uuid(MonitorMentions::Id).primary_key())
                .col(uuid(MonitorMentions::OrganizationId))
                .col(uuid(MonitorMentions::ItemId))
                .col(string_len(MonitorMentions::Entity, 200))
                .col(string_len(MonitorMentions::Kind, 20))
                .col(text(MonitorMentions::Snippet))
                .col(double(MonitorMentions::Sentiment))
                .col(string_len(MonitorMentions::Label, 20))
                .col(ts(MonitorMentions::PublishedAt))
                .foreign_key(&mut org_fk(MonitorMentions::Table))
                .foreign_key(&mut fk(
                    MonitorMentions::Table,
                    MonitorMentions::ItemId,
                    MonitorItems::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_monitor_mentions_published",
            MonitorMentions::Table,
            [
                MonitorMentions::OrganizationId,
                MonitorMentions::PublishedAt,
            ],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(MonitorWatch::Table)
                .col(uuid(MonitorWatch::OrganizationId).primary_key())
                .col(json(MonitorWatch::Keywords))
                .col(json(MonitorWatch::Topics))
                .col(json(MonitorWatch::BrandAliases))
                .col(ts(MonitorWatch::UpdatedAt))
                .foreign_key(&mut org_fk(MonitorWatch::Table))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AlertRules::Table)
                .col(uuid(AlertRules::Id).primary_key())
                .col(uuid(AlertRules::OrganizationId))
                .col(string_len(AlertRules::Name, 200))
                .col(json(AlertRules::Keywords))
                .col(json(AlertRules::Competitors))
                .col(boolean(AlertRules::IncludeBrand))
                .col(double(AlertRules::MinRelevance))
                .col(string_len(AlertRules::MinImpact, 20))
                .col(string_len_null(AlertRules::Sentiment, 20))
                .col(string_len(AlertRules::Urgency, 20))
                .col(boolean(AlertRules::ChannelInApp))
                .col(boolean(AlertRules::ChannelEmail))
                .col(boolean(AlertRules::ChannelWebhook))
                .col(boolean(AlertRules::Enabled))
                .col(uuid_null(AlertRules::CreatedBy))
                .col(ts(AlertRules::CreatedAt))
                .col(ts(AlertRules::UpdatedAt))
                .foreign_key(&mut org_fk(AlertRules::Table))
                .foreign_key(&mut fk(
                    AlertRules::Table,
                    AlertRules::CreatedBy,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_alert_rules_org",
            AlertRules::Table,
            [AlertRules::OrganizationId, AlertRules::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Alerts::Table)
                .col(uuid(Alerts::Id).primary_key())
                .col(uuid(Alerts::OrganizationId))
                .col(string_len(Alerts::Kind, 40))
                .col(string_len(Alerts::Title, 300))
                .col(text(Alerts::Body))
                .col(string_len_null(Alerts::Url, 2048))
                .col(integer(Alerts::Priority))
                .col(string_len(Alerts::Urgency, 20))
                .col(uuid_null(Alerts::RuleId))
                .col(string_len(Alerts::DedupeKey, 255))
                .col(ts(Alerts::CreatedAt))
                .col(timestamp_with_time_zone_null(Alerts::ReadAt))
                .foreign_key(&mut org_fk(Alerts::Table))
                .foreign_key(&mut fk(
                    Alerts::Table,
                    Alerts::RuleId,
                    AlertRules::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_alerts_dedupe")
                .table(Alerts::Table)
                .col(Alerts::OrganizationId)
                .col(Alerts::DedupeKey)
                .unique()
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_alerts_org",
            Alerts::Table,
            [Alerts::OrganizationId, Alerts::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(WebhookEndpoints::Table)
                .col(uuid(WebhookEndpoints::Id).primary_key())
                .col(uuid(WebhookEndpoints::OrganizationId))
                .col(string_len(WebhookEndpoints::Url, 2048))
                .col(string_len(WebhookEndpoints::Description, 200))
                .col(text(WebhookEndpoints::Secret))
                .col(json(WebhookEndpoints::Events))
                .col(boolean(WebhookEndpoints::Enabled))
                .col(uuid_null(WebhookEndpoints::CreatedBy))
                .col(ts(WebhookEndpoints::CreatedAt))
                .foreign_key(&mut org_fk(WebhookEndpoints::Table))
                .foreign_key(&mut fk(
                    WebhookEndpoints::Table,
                    WebhookEndpoints::CreatedBy,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(WebhookDeliveries::Table)
                .col(uuid(WebhookDeliveries::Id).primary_key())
                .col(uuid(WebhookDeliveries::OrganizationId))
                .col(uuid(WebhookDeliveries::EndpointId))
                .col(uuid_null(WebhookDeliveries::AlertId))
                .col(string_len(WebhookDeliveries::Event, 60))
                .col(json(WebhookDeliveries::Payload))
                .col(string_len(WebhookDeliveries::Status, 20))
                .col(integer(WebhookDeliveries::Attempts).default(0))
                .col(integer_null(WebhookDeliveries::ResponseStatus))
                .col(text_null(WebhookDeliveries::LastError))
                .col(json(WebhookDeliveries::AttemptLog))
                .col(timestamp_with_time_zone_null(
                    WebhookDeliveries::NextAttemptAt,
                ))
                .col(ts(WebhookDeliveries::CreatedAt))
                .col(ts(WebhookDeliveries::UpdatedAt))
                .foreign_key(&mut org_fk(WebhookDeliveries::Table))
                .foreign_key(&mut fk(
                    WebhookDeliveries::Table,
                    WebhookDeliveries::EndpointId,
                    WebhookEndpoints::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    WebhookDeliveries::Table,
                    WebhookDeliveries::AlertId,
                    Alerts::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_webhook_deliveries_endpoint",
            WebhookDeliveries::Table,
            [
                WebhookDeliveries::OrganizationId,
                WebhookDeliveries::EndpointId,
                WebhookDeliveries::CreatedAt,
            ],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(DigestPreferences::Table)
                .col(uuid(DigestPreferences::Id).primary_key())
                .col(uuid(DigestPreferences::OrganizationId))
                .col(uuid(DigestPreferences::UserId))
                .col(string_len(DigestPreferences::Frequency, 20))
                .col(string_len(DigestPreferences::InstantAlerts, 20))
                .col(timestamp_with_time_zone_null(DigestPreferences::NextDueAt))
                .col(timestamp_with_time_zone_null(DigestPreferences::LastSentAt))
                .col(ts(DigestPreferences::UpdatedAt))
                .foreign_key(&mut org_fk(DigestPreferences::Table))
                .foreign_key(&mut fk(
                    DigestPreferences::Table,
                    DigestPreferences::UserId,
                    users(),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_digest_preferences_member")
                .table(DigestPreferences::Table)
                .col(DigestPreferences::OrganizationId)
                .col(DigestPreferences::UserId)
                .unique()
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_digest_preferences_due",
            DigestPreferences::Table,
            [DigestPreferences::NextDueAt],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            Alias::new("digest_preferences"),
            Alias::new("webhook_deliveries"),
            Alias::new("webhook_endpoints"),
            Alias::new("alerts"),
            Alias::new("alert_rules"),
            Alias::new("monitor_watch"),
            Alias::new("monitor_mentions"),
            Alias::new("monitor_items"),
            Alias::new("monitor_sources"),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitorSources {
    Table,
    Id,
    OrganizationId,
    Name,
    Url,
    Kind,
    ScheduleMinutes,
    NextPollAt,
    LastPolledAt,
    LastStatus,
    LastError,
    ItemCount,
    Enabled,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitorItems {
    Table,
    Id,
    OrganizationId,
    SourceId,
    DedupKey,
    Url,
    Title,
    Summary,
    PublishedAt,
    FetchedAt,
    Relevance,
    Category,
    Impact,
    MatchedKeywords,
    StoryId,
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitorMentions {
    Table,
    Id,
    OrganizationId,
    ItemId,
    Entity,
    Kind,
    Snippet,
    Sentiment,
    Label,
    PublishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitorWatch {
    Table,
    OrganizationId,
    Keywords,
    Topics,
    BrandAliases,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AlertRules {
    Table,
    Id,
    OrganizationId,
    Name,
    Keywords,
    Competitors,
    IncludeBrand,
    MinRelevance,
    MinImpact,
    Sentiment,
    Urgency,
    ChannelInApp,
    ChannelEmail,
    ChannelWebhook,
    Enabled,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Alerts {
    Table,
    Id,
    OrganizationId,
    Kind,
    Title,
    Body,
    Url,
    Priority,
    Urgency,
    RuleId,
    DedupeKey,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum WebhookEndpoints {
    Table,
    Id,
    OrganizationId,
    Url,
    Description,
    Secret,
    Events,
    Enabled,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum WebhookDeliveries {
    Table,
    Id,
    OrganizationId,
    EndpointId,
    AlertId,
    Event,
    Payload,
    Status,
    Attempts,
    ResponseStatus,
    LastError,
    AttemptLog,
    NextAttemptAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum DigestPreferences {
    Table,
    Id,
    OrganizationId,
    UserId,
    Frequency,
    InstantAlerts,
    NextDueAt,
    LastSentAt,
    UpdatedAt,
}
