//! AI agents and the action inbox: provider settings, credit accounts, generation runs, inbox
//! items with their variants and activity, approval policies, preview links and the feedback
//! the agents learn from.

use super::common::{fk, index, org_fk, ts};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn users() -> Alias {
    Alias::new("users")
}

fn brands() -> Alias {
    Alias::new("brands")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AiSettings::Table)
                .col(uuid(AiSettings::OrganizationId).primary_key())
                .col(string_len(AiSettings::Provider, 30))
                .col(string_len_null(AiSettings::BaseUrl, 2048))
                .col(string_len_null(AiSettings::Model, 200))
                .col(text_null(AiSettings::ApiKeySealed))
                .col(string_len_null(AiSettings::ApiKeyHint, 20))
                .col(boolean(AiSettings::Fallback).default(true))
                .col(integer(AiSettings::MastodonCharLimit).default(500))
                .col(integer(AiSettings::InstagramHashtagLimit).default(30))
                .col(uuid_null(AiSettings::UpdatedBy))
                .col(ts(AiSettings::UpdatedAt))
                .foreign_key(&mut org_fk(AiSettings::Table))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CreditAccounts::Table)
                .col(uuid(CreditAccounts::OrganizationId).primary_key())
                .col(integer(CreditAccounts::Balance))
                .col(ts(CreditAccounts::UpdatedAt))
                .foreign_key(&mut org_fk(CreditAccounts::Table))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AgentRuns::Table)
                .col(uuid(AgentRuns::Id).primary_key())
                .col(uuid(AgentRuns::OrganizationId))
                .col(uuid(AgentRuns::BrandId))
                .col(uuid_null(AgentRuns::CreatedBy))
                .col(json(AgentRuns::Brief))
                .col(string_len(AgentRuns::Status, 20))
                .col(uuid_null(AgentRuns::JobId))
                .col(integer(AgentRuns::Total))
                .col(integer(AgentRuns::Done).default(0))
                .col(integer(AgentRuns::CreditsReserved).default(0))
                .col(integer(AgentRuns::CreditsCharged).default(0))
                .col(integer(AgentRuns::Words).default(0))
                .col(text_null(AgentRuns::Error))
                .col(ts(AgentRuns::CreatedAt))
                .col(ts(AgentRuns::UpdatedAt))
                .col(timestamp_with_time_zone_null(AgentRuns::FinishedAt))
                .foreign_key(&mut org_fk(AgentRuns::Table))
                .foreign_key(&mut fk(
                    AgentRuns::Table,
                    AgentRuns::BrandId,
                    brands(),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    AgentRuns::Table,
                    AgentRuns::CreatedBy,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_agent_runs_org",
            AgentRuns::Table,
            [AgentRuns::OrganizationId, AgentRuns::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(InboxItems::Table)
                .col(uuid(InboxItems::Id).primary_key())
                .col(uuid(InboxItems::OrganizationId))
                .col(uuid_null(InboxItems::RunId))
                .col(uuid(InboxItems::BrandId))
                .col(uuid_null(InboxItems::PersonaId))
                .col(string_len(InboxItems::Agent, 20))
                .col(string_len(InboxItems::Channel, 30))
                .col(string_len(InboxItems::State, 20))
                .col(string_len(InboxItems::Title, 300))
                .col(string_len_null(InboxItems::Campaign, 200))
                .col(uuid_null(InboxItems::AssigneeId))
                .col(integer_null(InboxItems::SequenceIndex))
                .col(integer_null(InboxItems::ChosenVariant))
                .col(integer(InboxItems::ApprovalStep).default(0))
                .col(text_null(InboxItems::RejectReason))
                .col(text_null(InboxItems::Error))
                .col(json(InboxItems::Brief))
                .col(integer(InboxItems::Regenerations).default(0))
                .col(uuid_null(InboxItems::CreatedBy))
                .col(ts(InboxItems::CreatedAt))
                .col(ts(InboxItems::UpdatedAt))
                .col(timestamp_with_time_zone_null(InboxItems::DecidedAt))
                .foreign_key(&mut org_fk(InboxItems::Table))
                .foreign_key(&mut fk(
                    InboxItems::Table,
                    InboxItems::RunId,
                    AgentRuns::Table,
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    InboxItems::Table,
                    InboxItems::BrandId,
                    brands(),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    InboxItems::Table,
                    InboxItems::PersonaId,
                    Alias::new("personas"),
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    InboxItems::Table,
                    InboxItems::AssigneeId,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    InboxItems::Table,
                    InboxItems::CreatedBy,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_inbox_items_state",
            InboxItems::Table,
            [
                InboxItems::OrganizationId,
                InboxItems::State,
                InboxItems::CreatedAt,
            ],
        )
        .await?;
        index(
            m,
            "idx_inbox_items_run",
            InboxItems::Table,
            [InboxItems::OrganizationId, InboxItems::RunId],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(InboxVariants::Table)
                .col(uuid(InboxVariants::Id).primary_key())
                .col(uuid(InboxVariants::OrganizationId))
                .col(uuid(InboxVariants::ItemId))
                .col(integer(InboxVariants::Position))
                .col(json(InboxVariants::Draft))
                .col(json(InboxVariants::Review))
                .col(integer(InboxVariants::Score))
                .col(string_len(InboxVariants::Provider, 40))
                .col(string_len(InboxVariants::Model, 200))
                .col(boolean(InboxVariants::FallbackUsed))
                .col(string_len(InboxVariants::PromptVersion, 40))
                .col(integer(InboxVariants::Words))
                .col(boolean(InboxVariants::Edited).default(false))
                .col(ts(InboxVariants::CreatedAt))
                .col(ts(InboxVariants::UpdatedAt))
                .foreign_key(&mut org_fk(InboxVariants::Table))
                .foreign_key(&mut fk(
                    InboxVariants::Table,
                    InboxVariants::ItemId,
                    InboxItems::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_inbox_variants_position")
                .table(InboxVariants::Table)
                .col(InboxVariants::ItemId)
                .col(InboxVariants::Position)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(InboxEvents::Table)
                .col(uuid(InboxEvents::Id).primary_key())
                .col(uuid(InboxEvents::OrganizationId))
                .col(uuid(InboxEvents::ItemId))
                .col(uuid_null(InboxEvents::UserId))
                .col(string_len(InboxEvents::Kind, 30))
                .col(integer_null(InboxEvents::Step))
                .col(text(InboxEvents::Body))
                .col(ts(InboxEvents::CreatedAt))
                .foreign_key(&mut org_fk(InboxEvents::Table))
                .foreign_key(&mut fk(
                    InboxEvents::Table,
                    InboxEvents::ItemId,
                    InboxItems::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    InboxEvents::Table,
                    InboxEvents::UserId,
                    users(),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_inbox_events_item",
            InboxEvents::Table,
            [InboxEvents::ItemId, InboxEvents::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ApprovalPolicies::Table)
                .col(uuid(ApprovalPolicies::BrandId).primary_key())
                .col(uuid(ApprovalPolicies::OrganizationId))
                .col(json(ApprovalPolicies::Policy))
                .col(ts(ApprovalPolicies::UpdatedAt))
                .foreign_key(&mut org_fk(ApprovalPolicies::Table))
                .foreign_key(&mut fk(
                    ApprovalPolicies::Table,
                    ApprovalPolicies::BrandId,
                    brands(),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(InboxShares::Table)
                .col(uuid(InboxShares::Id).primary_key())
                .col(uuid(InboxShares::OrganizationId))
                .col(uuid(InboxShares::ItemId))
                .col(string_len_uniq(InboxShares::TokenHash, 128))
                .col(uuid_null(InboxShares::CreatedBy))
                .col(ts(InboxShares::CreatedAt))
                .col(ts(InboxShares::ExpiresAt))
                .foreign_key(&mut org_fk(InboxShares::Table))
                .foreign_key(&mut fk(
                    InboxShares::Table,
                    InboxShares::ItemId,
                    InboxItems::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AgentFeedback::Table)
                .col(uuid(AgentFeedback::Id).primary_key())
                .col(uuid(AgentFeedback::OrganizationId))
                .col(uuid(AgentFeedback::BrandId))
                .col(string_len(AgentFeedback::Agent, 20))
                .col(string_len(AgentFeedback::Channel, 30))
                .col(string_len(AgentFeedback::PromptVersion, 40))
                .col(string_len(AgentFeedback::Kind, 20))
                .col(json(AgentFeedback::Removed))
                .col(text_null(AgentFeedback::Note))
                .col(ts(AgentFeedback::CreatedAt))
                .foreign_key(&mut org_fk(AgentFeedback::Table))
                .foreign_key(&mut fk(
                    AgentFeedback::Table,
                    AgentFeedback::BrandId,
                    brands(),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_agent_feedback_brand",
            AgentFeedback::Table,
            [
                AgentFeedback::OrganizationId,
                AgentFeedback::BrandId,
                AgentFeedback::CreatedAt,
            ],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            AgentFeedback::Table.into_iden(),
            InboxShares::Table.into_iden(),
            ApprovalPolicies::Table.into_iden(),
            InboxEvents::Table.into_iden(),
            InboxVariants::Table.into_iden(),
            InboxItems::Table.into_iden(),
            AgentRuns::Table.into_iden(),
            CreditAccounts::Table.into_iden(),
            AiSettings::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum AiSettings {
    Table,
    OrganizationId,
    Provider,
    BaseUrl,
    Model,
    ApiKeySealed,
    ApiKeyHint,
    Fallback,
    MastodonCharLimit,
    InstagramHashtagLimit,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CreditAccounts {
    Table,
    OrganizationId,
    Balance,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AgentRuns {
    Table,
    Id,
    OrganizationId,
    BrandId,
    CreatedBy,
    Brief,
    Status,
    JobId,
    Total,
    Done,
    CreditsReserved,
    CreditsCharged,
    Words,
    Error,
    CreatedAt,
    UpdatedAt,
    FinishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum InboxItems {
    Table,
    Id,
    OrganizationId,
    RunId,
    BrandId,
    PersonaId,
    Agent,
    Channel,
    State,
    Title,
    Campaign,
    AssigneeId,
    SequenceIndex,
    ChosenVariant,
    ApprovalStep,
    RejectReason,
    Error,
    Brief,
    Regenerations,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    DecidedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum InboxVariants {
    Table,
    Id,
    OrganizationId,
    ItemId,
    Position,
    Draft,
    Review,
    Score,
    Provider,
    Model,
    FallbackUsed,
    PromptVersion,
    Words,
    Edited,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum InboxEvents {
    Table,
    Id,
    OrganizationId,
    ItemId,
    UserId,
    Kind,
    Step,
    Body,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ApprovalPolicies {
    Table,
    BrandId,
    OrganizationId,
    Policy,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum InboxShares {
    Table,
    Id,
    OrganizationId,
    ItemId,
    TokenHash,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AgentFeedback {
    Table,
    Id,
    OrganizationId,
    BrandId,
    Agent,
    Channel,
    PromptVersion,
    Kind,
    Removed,
    Note,
    CreatedAt,
}
