use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn ts(col: impl IntoIden) -> ColumnDef {
    timestamp_with_time_zone(col)
}

fn fk(
    table: impl IntoIden,
    col: impl IntoIden,
    to: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, col)
        .to(to, Alias::new("id"))
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Organizations::Table)
                .col(uuid(Organizations::Id).primary_key())
                .col(string_len(Organizations::Name, 255))
                .col(string_len_uniq(Organizations::Slug, 255))
                .col(string_len_null(Organizations::LogoUrl, 1024))
                .col(string_len(Organizations::Plan, 50).default("basic"))
                .col(ts(Organizations::CreatedAt))
                .col(ts(Organizations::UpdatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(uuid(Users::Id).primary_key())
                .col(string_len_uniq(Users::Email, 255))
                .col(string_len(Users::Name, 200))
                .col(string_null(Users::PasswordHash))
                .col(string_len_null(Users::OidcSubject, 512).unique_key())
                .col(string_null(Users::TotpSecret))
                .col(boolean(Users::TotpEnabled).default(false))
                .col(big_integer_null(Users::TotpLastStep))
                .col(integer(Users::FailedLogins).default(0))
                .col(timestamp_with_time_zone_null(Users::LockedUntil))
                .col(uuid_null(Users::LastOrganizationId))
                .col(ts(Users::CreatedAt))
                .col(ts(Users::UpdatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(OrganizationUsers::Table)
                .col(uuid(OrganizationUsers::Id).primary_key())
                .col(uuid(OrganizationUsers::OrganizationId))
                .col(uuid(OrganizationUsers::UserId))
                .col(string_len(OrganizationUsers::Role, 50))
                .col(ts(OrganizationUsers::CreatedAt))
                .col(ts(OrganizationUsers::UpdatedAt))
                .foreign_key(&mut fk(
                    OrganizationUsers::Table,
                    OrganizationUsers::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    OrganizationUsers::Table,
                    OrganizationUsers::UserId,
                    Users::Table,
                    ForeignKeyAction::Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(OrganizationUsers::OrganizationId)
                        .col(OrganizationUsers::UserId),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_org_users_user")
                .table(OrganizationUsers::Table)
                .col(OrganizationUsers::UserId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CreditTransactions::Table)
                .col(uuid(CreditTransactions::Id).primary_key())
                .col(uuid(CreditTransactions::OrganizationId))
                .col(uuid_null(CreditTransactions::UserId))
                .col(integer(CreditTransactions::Amount))
                .col(string_len(CreditTransactions::Action, 255))
                .col(text_null(CreditTransactions::Description))
                .col(ts(CreditTransactions::CreatedAt))
                .foreign_key(&mut fk(
                    CreditTransactions::Table,
                    CreditTransactions::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    CreditTransactions::Table,
                    CreditTransactions::UserId,
                    Users::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_credit_tx_org")
                .table(CreditTransactions::Table)
                .col(CreditTransactions::OrganizationId)
                .col(CreditTransactions::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(uuid(Sessions::Id).primary_key())
                .col(uuid(Sessions::UserId))
                .col(uuid(Sessions::OrganizationId))
                .col(string_len_null(Sessions::UserAgent, 512))
                .col(string_len_null(Sessions::Ip, 64))
                .col(ts(Sessions::CreatedAt))
                .col(ts(Sessions::LastUsedAt))
                .col(ts(Sessions::ExpiresAt))
                .col(timestamp_with_time_zone_null(Sessions::RevokedAt))
                .foreign_key(&mut fk(
                    Sessions::Table,
                    Sessions::UserId,
                    Users::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_sessions_user")
                .table(Sessions::Table)
                .col(Sessions::UserId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(RefreshTokens::Table)
                .col(uuid(RefreshTokens::Id).primary_key())
                .col(uuid(RefreshTokens::SessionId))
                .col(string_len_uniq(RefreshTokens::TokenHash, 128))
                .col(ts(RefreshTokens::CreatedAt))
                .col(ts(RefreshTokens::ExpiresAt))
                .col(timestamp_with_time_zone_null(RefreshTokens::UsedAt))
                .foreign_key(&mut fk(
                    RefreshTokens::Table,
                    RefreshTokens::SessionId,
                    Sessions::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(RecoveryCodes::Table)
                .col(uuid(RecoveryCodes::Id).primary_key())
                .col(uuid(RecoveryCodes::UserId))
                .col(string_len(RecoveryCodes::CodeHash, 128))
                .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                .col(ts(RecoveryCodes::CreatedAt))
                .foreign_key(&mut fk(
                    RecoveryCodes::Table,
                    RecoveryCodes::UserId,
                    Users::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(PasswordResets::Table)
                .col(uuid(PasswordResets::Id).primary_key())
                .col(uuid(PasswordResets::UserId))
                .col(string_len_uniq(PasswordResets::TokenHash, 128))
                .col(ts(PasswordResets::ExpiresAt))
                .col(timestamp_with_time_zone_null(PasswordResets::UsedAt))
                .col(ts(PasswordResets::CreatedAt))
                .foreign_key(&mut fk(
                    PasswordResets::Table,
                    PasswordResets::UserId,
                    Users::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Invitations::Table)
                .col(uuid(Invitations::Id).primary_key())
                .col(uuid(Invitations::OrganizationId))
                .col(string_len(Invitations::Email, 255))
                .col(string_len(Invitations::Role, 50))
                .col(string_len_uniq(Invitations::TokenHash, 128))
                .col(uuid_null(Invitations::InvitedBy))
                .col(string_len(Invitations::Status, 20))
                .col(ts(Invitations::ExpiresAt))
                .col(timestamp_with_time_zone_null(Invitations::AcceptedAt))
                .col(ts(Invitations::CreatedAt))
                .foreign_key(&mut fk(
                    Invitations::Table,
                    Invitations::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Invitations::Table,
                    Invitations::InvitedBy,
                    Users::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_invitations_org")
                .table(Invitations::Table)
                .col(Invitations::OrganizationId)
                .col(Invitations::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(uuid(AuditLog::Id).primary_key())
                .col(uuid_null(AuditLog::OrganizationId))
                .col(uuid_null(AuditLog::ActorId))
                .col(string_len(AuditLog::Action, 100))
                .col(string_len_null(AuditLog::TargetType, 50))
                .col(string_len_null(AuditLog::TargetId, 100))
                .col(string_len_null(AuditLog::Ip, 64))
                .col(json_null(AuditLog::Metadata))
                .col(ts(AuditLog::CreatedAt))
                .foreign_key(&mut fk(
                    AuditLog::Table,
                    AuditLog::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    AuditLog::Table,
                    AuditLog::ActorId,
                    Users::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_audit_org_time")
                .table(AuditLog::Table)
                .col(AuditLog::OrganizationId)
                .col(AuditLog::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(MailOutbox::Table)
                .col(uuid(MailOutbox::Id).primary_key())
                .col(uuid_null(MailOutbox::OrganizationId))
                .col(string_len(MailOutbox::ToAddress, 255))
                .col(string_len(MailOutbox::Subject, 255))
                .col(text(MailOutbox::BodyText))
                .col(text_null(MailOutbox::BodyHtml))
                .col(string_len(MailOutbox::Kind, 50))
                .col(string_len(MailOutbox::Status, 20))
                .col(text_null(MailOutbox::Error))
                .col(ts(MailOutbox::CreatedAt))
                .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                .foreign_key(&mut fk(
                    MailOutbox::Table,
                    MailOutbox::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_outbox_org_time")
                .table(MailOutbox::Table)
                .col(MailOutbox::OrganizationId)
                .col(MailOutbox::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Jobs::Table)
                .col(uuid(Jobs::Id).primary_key())
                .col(uuid_null(Jobs::OrganizationId))
                .col(string_len(Jobs::Kind, 100))
                .col(json(Jobs::Payload))
                .col(string_len(Jobs::Status, 20))
                .col(integer(Jobs::Attempts).default(0))
                .col(integer(Jobs::MaxAttempts).default(5))
                .col(ts(Jobs::RunAt))
                .col(timestamp_with_time_zone_null(Jobs::LeaseUntil))
                .col(string_len_null(Jobs::LockedBy, 100))
                .col(text_null(Jobs::LastError))
                .col(json_null(Jobs::Progress))
                .col(boolean(Jobs::CancelRequested).default(false))
                .col(ts(Jobs::CreatedAt))
                .col(ts(Jobs::UpdatedAt))
                .col(timestamp_with_time_zone_null(Jobs::FinishedAt))
                .foreign_key(&mut fk(
                    Jobs::Table,
                    Jobs::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_jobs_claim")
                .table(Jobs::Table)
                .col(Jobs::Status)
                .col(Jobs::RunAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_jobs_org")
                .table(Jobs::Table)
                .col(Jobs::OrganizationId)
                .col(Jobs::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(OidcLogins::Table)
                .col(string_len(OidcLogins::State, 128).primary_key())
                .col(string_len(OidcLogins::Nonce, 128))
                .col(string_len(OidcLogins::PkceVerifier, 256))
                .col(ts(OidcLogins::ExpiresAt))
                .col(ts(OidcLogins::CreatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(InstanceSecrets::Table)
                .col(string_len(InstanceSecrets::Name, 100).primary_key())
                .col(text(InstanceSecrets::Value))
                .col(ts(InstanceSecrets::CreatedAt))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            InstanceSecrets::Table.into_iden(),
            OidcLogins::Table.into_iden(),
            Jobs::Table.into_iden(),
            MailOutbox::Table.into_iden(),
            AuditLog::Table.into_iden(),
            Invitations::Table.into_iden(),
            PasswordResets::Table.into_iden(),
            RecoveryCodes::Table.into_iden(),
            RefreshTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            CreditTransactions::Table.into_iden(),
            OrganizationUsers::Table.into_iden(),
            Users::Table.into_iden(),
            Organizations::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
    Name,
    Slug,
    LogoUrl,
    Plan,
    CreatedAt,
    UpdatedAt,
}
#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    OidcSubject,
    TotpSecret,
    TotpEnabled,
    TotpLastStep,
    FailedLogins,
    LockedUntil,
    LastOrganizationId,
    CreatedAt,
    UpdatedAt,
}
#[derive(DeriveIden)]
enum OrganizationUsers {
    Table,
    Id,
    OrganizationId,
    UserId,
    Role,
    CreatedAt,
    UpdatedAt,
}
#[derive(DeriveIden)]
enum CreditTransactions {
    Table,
    Id,
    OrganizationId,
    UserId,
    Amount,
    Action,
    Description,
    CreatedAt,
}
#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    OrganizationId,
    UserAgent,
    Ip,
    CreatedAt,
    LastUsedAt,
    ExpiresAt,
    RevokedAt,
}
#[derive(DeriveIden)]
enum RefreshTokens {
    Table,
    Id,
    SessionId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}
#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
    CreatedAt,
}
#[derive(DeriveIden)]
enum PasswordResets {
    Table,
    Id,
    UserId,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}
#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    OrganizationId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    Status,
    ExpiresAt,
    AcceptedAt,
    CreatedAt,
}
#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    OrganizationId,
    ActorId,
    Action,
    TargetType,
    TargetId,
    Ip,
    Metadata,
    CreatedAt,
}
#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    OrganizationId,
    ToAddress,
    Subject,
    BodyText,
    BodyHtml,
    Kind,
    Status,
    Error,
    CreatedAt,
    SentAt,
}
#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
    OrganizationId,
    Kind,
    Payload,
    Status,
    Attempts,
    MaxAttempts,
    RunAt,
    LeaseUntil,
    LockedBy,
    LastError,
    Progress,
    CancelRequested,
    CreatedAt,
    UpdatedAt,
    FinishedAt,
}
#[derive(DeriveIden)]
enum OidcLogins {
    Table,
    State,
    Nonce,
    PkceVerifier,
    ExpiresAt,
    CreatedAt,
}
#[derive(DeriveIden)]
enum InstanceSecrets {
    Table,
    Name,
    Value,
    CreatedAt,
}
