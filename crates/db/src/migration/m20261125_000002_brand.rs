//! Brands (profile draft + published revisions), personas, share links, website captures,
//! onboarding progress and in-app notifications.

use super::common::{fk, index, org_fk, ts};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Brands::Table)
                .col(uuid(Brands::Id).primary_key())
                .col(uuid(Brands::OrganizationId))
                .col(string_len(Brands::Name, 200))
                .col(json(Brands::Draft))
                .col(integer(Brands::PublishedVersion).default(0))
                .col(timestamp_with_time_zone_null(Brands::PublishedAt))
                .col(uuid_null(Brands::CreatedBy))
                .col(ts(Brands::CreatedAt))
                .col(ts(Brands::UpdatedAt))
                .foreign_key(&mut org_fk(Brands::Table))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_brands_org",
            Brands::Table,
            [Brands::OrganizationId, Brands::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(BrandRevisions::Table)
                .col(uuid(BrandRevisions::Id).primary_key())
                .col(uuid(BrandRevisions::OrganizationId))
                .col(uuid(BrandRevisions::BrandId))
                .col(integer(BrandRevisions::Version))
                .col(json(BrandRevisions::Snapshot))
                .col(string_len(BrandRevisions::Message, 500))
                .col(uuid_null(BrandRevisions::AuthorId))
                .col(integer_null(BrandRevisions::RestoredFrom))
                .col(ts(BrandRevisions::CreatedAt))
                .foreign_key(&mut org_fk(BrandRevisions::Table))
                .foreign_key(&mut fk(
                    BrandRevisions::Table,
                    BrandRevisions::BrandId,
                    Brands::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    BrandRevisions::Table,
                    BrandRevisions::AuthorId,
                    Alias::new("users"),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_brand_revisions_version")
                .table(BrandRevisions::Table)
                .col(BrandRevisions::BrandId)
                .col(BrandRevisions::Version)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Personas::Table)
                .col(uuid(Personas::Id).primary_key())
                .col(uuid(Personas::OrganizationId))
                .col(uuid(Personas::BrandId))
                .col(string_len(Personas::Name, 200))
                .col(string_len(Personas::BuyingStage, 30))
                .col(json(Personas::Details))
                .col(ts(Personas::CreatedAt))
                .col(ts(Personas::UpdatedAt))
                .foreign_key(&mut org_fk(Personas::Table))
                .foreign_key(&mut fk(
                    Personas::Table,
                    Personas::BrandId,
                    Brands::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_personas_brand",
            Personas::Table,
            [Personas::OrganizationId, Personas::BrandId],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(BrandShares::Table)
                .col(uuid(BrandShares::Id).primary_key())
                .col(uuid(BrandShares::OrganizationId))
                .col(uuid(BrandShares::BrandId))
                .col(string_len_uniq(BrandShares::TokenHash, 128))
                .col(uuid_null(BrandShares::CreatedBy))
                .col(ts(BrandShares::CreatedAt))
                .col(timestamp_with_time_zone_null(BrandShares::RevokedAt))
                .foreign_key(&mut org_fk(BrandShares::Table))
                .foreign_key(&mut fk(
                    BrandShares::Table,
                    BrandShares::BrandId,
                    Brands::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(BrandCaptures::Table)
                .col(uuid(BrandCaptures::Id).primary_key())
                .col(uuid(BrandCaptures::OrganizationId))
                .col(uuid_null(BrandCaptures::BrandId))
                .col(string_len(BrandCaptures::Url, 2048))
                .col(string_len(BrandCaptures::Status, 20))
                .col(uuid_null(BrandCaptures::JobId))
                .col(json_null(BrandCaptures::Result))
                .col(string_null(BrandCaptures::Error))
                .col(uuid_null(BrandCaptures::CreatedBy))
                .col(ts(BrandCaptures::CreatedAt))
                .col(timestamp_with_time_zone_null(BrandCaptures::FinishedAt))
                .foreign_key(&mut org_fk(BrandCaptures::Table))
                .foreign_key(&mut fk(
                    BrandCaptures::Table,
                    BrandCaptures::BrandId,
                    Brands::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_captures_org",
            BrandCaptures::Table,
            [BrandCaptures::OrganizationId, BrandCaptures::CreatedAt],
        )
        .await?;

        m.create_table(
            Table::create()
                .table(OnboardingStates::Table)
                .col(uuid(OnboardingStates::OrganizationId).primary_key())
                .col(uuid_null(OnboardingStates::BrandId))
                .col(string_len(OnboardingStates::CurrentStep, 50))
                .col(json(OnboardingStates::Completed))
                .col(ts(OnboardingStates::UpdatedAt))
                .foreign_key(&mut org_fk(OnboardingStates::Table))
                .foreign_key(&mut fk(
                    OnboardingStates::Table,
                    OnboardingStates::BrandId,
                    Brands::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Notifications::Table)
                .col(uuid(Notifications::Id).primary_key())
                .col(uuid(Notifications::OrganizationId))
                .col(uuid(Notifications::UserId))
                .col(string_len(Notifications::Kind, 50))
                .col(string_len(Notifications::Title, 300))
                .col(text(Notifications::Body))
                .col(string_len_null(Notifications::Link, 1024))
                .col(ts(Notifications::CreatedAt))
                .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                .foreign_key(&mut org_fk(Notifications::Table))
                .foreign_key(&mut fk(
                    Notifications::Table,
                    Notifications::UserId,
                    Alias::new("users"),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "idx_notifications_user",
            Notifications::Table,
            [
                Notifications::OrganizationId,
                Notifications::UserId,
                Notifications::CreatedAt,
            ],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            Notifications::Table.into_iden(),
            OnboardingStates::Table.into_iden(),
            BrandCaptures::Table.into_iden(),
            BrandShares::Table.into_iden(),
            Personas::Table.into_iden(),
            BrandRevisions::Table.into_iden(),
            Brands::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Brands {
    Table,
    Id,
    OrganizationId,
    Name,
    Draft,
    PublishedVersion,
    PublishedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum BrandRevisions {
    Table,
    Id,
    OrganizationId,
    BrandId,
    Version,
    Snapshot,
    Message,
    AuthorId,
    RestoredFrom,
    CreatedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum Personas {
    Table,
    Id,
    OrganizationId,
    BrandId,
    Name,
    BuyingStage,
    Details,
    CreatedAt,
    UpdatedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum BrandShares {
    Table,
    Id,
    OrganizationId,
    BrandId,
    TokenHash,
    CreatedBy,
    CreatedAt,
    RevokedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum BrandCaptures {
    Table,
    Id,
    OrganizationId,
    BrandId,
    Url,
    Status,
    JobId,
    Result,
    Error,
    CreatedBy,
    CreatedAt,
    FinishedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum OnboardingStates {
    Table,
    OrganizationId,
    BrandId,
    CurrentStep,
    Completed,
    UpdatedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum Notifications {
    Table,
    Id,
    OrganizationId,
    UserId,
    Kind,
    Title,
    Body,
    Link,
    CreatedAt,
    ReadAt,
}
