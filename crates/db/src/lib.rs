//! Storage: SeaORM entities, the one migration set, and connecting to SQLite or PostgreSQL.

pub mod entities;
pub mod migration;
pub mod paging;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

pub use sea_orm;

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("database URL must start with sqlite:// or postgres://")]
    UnsupportedScheme,
    #[error("cannot create the database directory {0}: {1}")]
    Directory(String, std::io::Error),
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Opens the database named by `url`. A SQLite file (and its directory) is created when
/// missing and switched to WAL with a busy timeout, so that readers never block the writer.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, ConnectError> {
    let url = if let Some(rest) = url.strip_prefix("sqlite://") {
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        if path != ":memory:"
            && !path.is_empty()
            && let Some(dir) = std::path::Path::new(path)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| ConnectError::Directory(dir.display().to_string(), e))?;
        }
        let mode = if query.contains("mode=") {
            String::new()
        } else {
            "mode=rwc".to_owned()
        };
        let sep = if query.is_empty() || mode.is_empty() {
            ""
        } else {
            "&"
        };
        format!("sqlite://{path}?{query}{sep}{mode}")
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        url.to_owned()
    } else {
        return Err(ConnectError::UnsupportedScheme);
    };
    let is_sqlite = url.starts_with("sqlite:");
    let mut opts = ConnectOptions::new(url);
    opts.max_connections(if is_sqlite {
        max_connections.max(1)
    } else {
        max_connections
    })
    .min_connections(1)
    .connect_timeout(Duration::from_secs(10))
    .acquire_timeout(Duration::from_secs(10))
    .sqlx_logging(false);
    if is_sqlite {
        opts.map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    }
    let db = Database::connect(opts).await?;
    Ok(db)
}

pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migration::Migrator::up(db, None).await
}

/// True when the database answers a trivial query.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

pub fn is_sqlite(db: &DatabaseConnection) -> bool {
    db.get_database_backend() == DbBackend::Sqlite
}

/// True when `err` is a unique-key violation, which callers turn into 409 rather than 500.
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

pub mod testing;

/// Begins a transaction that will write. On SQLite it starts as a writer (`BEGIN IMMEDIATE`):
/// a deferred transaction that reads first and writes later fails at once with
/// `SQLITE_BUSY_SNAPSHOT` ("database is locked") when another connection wrote in between, and the
/// busy timeout cannot help it. Taking the write lock up front makes such transactions wait their
/// turn instead. PostgreSQL ignores the option.
pub async fn begin_write(db: &DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}
