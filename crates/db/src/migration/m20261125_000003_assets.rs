//! The asset library: assets, their versions, persona links, and full-text search over
//! `search_text` (SQLite FTS5 kept in step by triggers; PostgreSQL a generated tsvector + GIN).

use super::common::{fk, org_fk, ts};
use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Assets::Table)
                .col(uuid(Assets::Id).primary_key())
                .col(uuid(Assets::OrganizationId))
                .col(uuid_null(Assets::BrandId))
                .col(string_len(Assets::Name, 300))
                .col(string_len(Assets::Kind, 20))
                .col(string_len(Assets::ContentType, 100))
                .col(big_integer(Assets::SizeBytes))
                .col(string_len(Assets::Sha256, 64))
                .col(string_len(Assets::StorageKey, 512))
                .col(string_len_null(Assets::ThumbnailKey, 512))
                .col(string_len(Assets::ThumbnailStatus, 20))
                .col(integer_null(Assets::Width))
                .col(integer_null(Assets::Height))
                .col(json(Assets::Tags))
                .col(json(Assets::Metadata))
                .col(text(Assets::Description))
                .col(text(Assets::SearchText))
                .col(integer(Assets::Version).default(1))
                .col(uuid_null(Assets::CreatedBy))
                .col(ts(Assets::CreatedAt))
                .col(ts(Assets::UpdatedAt))
                .foreign_key(&mut org_fk(Assets::Table))
                .foreign_key(&mut fk(
                    Assets::Table,
                    Assets::BrandId,
                    Alias::new("brands"),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_assets_org_time")
                .table(Assets::Table)
                .col(Assets::OrganizationId)
                .col(Assets::CreatedAt)
                .col(Assets::Id)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_assets_org_kind")
                .table(Assets::Table)
                .col(Assets::OrganizationId)
                .col(Assets::Kind)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AssetVersions::Table)
                .col(uuid(AssetVersions::Id).primary_key())
                .col(uuid(AssetVersions::OrganizationId))
                .col(uuid(AssetVersions::AssetId))
                .col(integer(AssetVersions::Version))
                .col(string_len(AssetVersions::ContentType, 100))
                .col(big_integer(AssetVersions::SizeBytes))
                .col(string_len(AssetVersions::Sha256, 64))
                .col(string_len(AssetVersions::StorageKey, 512))
                .col(integer_null(AssetVersions::Width))
                .col(integer_null(AssetVersions::Height))
                .col(string_len(AssetVersions::Comment, 500))
                .col(uuid_null(AssetVersions::CreatedBy))
                .col(ts(AssetVersions::CreatedAt))
                .foreign_key(&mut org_fk(AssetVersions::Table))
                .foreign_key(&mut fk(
                    AssetVersions::Table,
                    AssetVersions::AssetId,
                    Assets::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_asset_versions")
                .table(AssetVersions::Table)
                .col(AssetVersions::AssetId)
                .col(AssetVersions::Version)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AssetPersonas::Table)
                .col(uuid(AssetPersonas::OrganizationId))
                .col(uuid(AssetPersonas::AssetId))
                .col(uuid(AssetPersonas::PersonaId))
                .primary_key(
                    Index::create()
                        .col(AssetPersonas::AssetId)
                        .col(AssetPersonas::PersonaId),
                )
                .foreign_key(&mut org_fk(AssetPersonas::Table))
                .foreign_key(&mut fk(
                    AssetPersonas::Table,
                    AssetPersonas::AssetId,
                    Assets::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    AssetPersonas::Table,
                    AssetPersonas::PersonaId,
                    Alias::new("personas"),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_asset_personas_persona")
                .table(AssetPersonas::Table)
                .col(AssetPersonas::PersonaId)
                .to_owned(),
        )
        .await?;

        let conn = m.get_connection();
        match conn.get_database_backend() {
            DbBackend::Sqlite => {
                for sql in [
                    "CREATE VIRTUAL TABLE assets_fts USING fts5(search_text, content='assets', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
                    "CREATE TRIGGER assets_fts_ai AFTER INSERT ON assets BEGIN INSERT INTO assets_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                    "CREATE TRIGGER assets_fts_ad AFTER DELETE ON assets BEGIN INSERT INTO assets_fts(assets_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
                    "CREATE TRIGGER assets_fts_au AFTER UPDATE OF search_text ON assets BEGIN INSERT INTO assets_fts(assets_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO assets_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                ] {
                    conn.execute_unprepared(sql).await?;
                }
            }
            DbBackend::Postgres => {
                for sql in [
                    "ALTER TABLE assets ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
                    "CREATE INDEX idx_assets_search ON assets USING GIN (search_vector)",
                ] {
                    conn.execute_unprepared(sql).await?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let conn = m.get_connection();
        if conn.get_database_backend() == DbBackend::Sqlite {
            conn.execute_unprepared("DROP TABLE IF EXISTS assets_fts")
                .await?;
        }
        for t in [
            AssetPersonas::Table.into_iden(),
            AssetVersions::Table.into_iden(),
            Assets::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Assets {
    Table,
    Id,
    OrganizationId,
    BrandId,
    Name,
    Kind,
    ContentType,
    SizeBytes,
    Sha256,
    StorageKey,
    ThumbnailKey,
    ThumbnailStatus,
    Width,
    Height,
    Tags,
    Metadata,
    Description,
    SearchText,
    Version,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum AssetVersions {
    Table,
    Id,
    OrganizationId,
    AssetId,
    Version,
    ContentType,
    SizeBytes,
    Sha256,
    StorageKey,
    Width,
    Height,
    Comment,
    CreatedBy,
    CreatedAt,
}
#[derive(DeriveIden, Clone, Copy)]
enum AssetPersonas {
    Table,
    OrganizationId,
    AssetId,
    PersonaId,
}
