//! Fresh, migrated databases for tests: always SQLite, and PostgreSQL too when
//! `TEST_DATABASE_URL` is set. Every call gets its own database.

use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// A test database and what is needed to drop it again.
pub struct TestDb {
    pub conn: DatabaseConnection,
    pub url: String,
    pub backend: &'static str,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

/// The backends the suite runs on: `["sqlite"]`, plus `"postgres"` when `TEST_DATABASE_URL` is set.
pub fn backends() -> Vec<&'static str> {
    let mut b = vec!["sqlite"];
    if std::env::var("TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) {
        b.push("postgres");
    }
    b
}

impl TestDb {
    pub async fn new(backend: &str) -> Self {
        let id = Uuid::new_v4().simple().to_string();
        match backend {
            "sqlite" => {
                let path = std::env::temp_dir().join(format!("brandium-test-{id}.db"));
                let url = format!("sqlite://{}", path.display());
                let conn = crate::connect(&url, 4).await.expect("open sqlite");
                crate::migrate(&conn).await.expect("migrate sqlite");
                Self {
                    conn,
                    url,
                    backend: "sqlite",
                    cleanup: Cleanup::File(path),
                }
            }
            "postgres" => {
                let admin_url = std::env::var("TEST_DATABASE_URL").expect("TEST_DATABASE_URL");
                let name = format!("brandium_t_{id}");
                let admin = crate::connect(&admin_url, 1)
                    .await
                    .expect("connect postgres");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create database");
                admin.close().await.ok();
                let url = replace_db_name(&admin_url, &name);
                let conn = crate::connect(&url, 8).await.expect("open postgres");
                crate::migrate(&conn).await.expect("migrate postgres");
                Self {
                    conn,
                    url,
                    backend: "postgres",
                    cleanup: Cleanup::Postgres { admin_url, name },
                }
            }
            other => panic!("unknown test backend {other}"),
        }
    }

    /// Closes the pool and removes the database.
    pub async fn drop_db(self) {
        self.conn.close().await.ok();
        match self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Postgres { admin_url, name } => {
                if let Ok(admin) = crate::connect(&admin_url, 1).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    admin.close().await.ok();
                }
            }
        }
    }
}

/// An organization row for tests of tenant-owned tables (their rows reference organizations).
pub async fn insert_organization(
    conn: &DatabaseConnection,
    now: chrono::DateTime<chrono::Utc>,
) -> Uuid {
    use crate::entities::organization;
    use sea_orm::{ActiveValue::Set, EntityTrait};
    let id = Uuid::new_v4();
    organization::Entity::insert(organization::ActiveModel {
        id: Set(id),
        name: Set(format!("Org {id}")),
        slug: Set(format!("org-{}", id.simple())),
        logo_url: Set(None),
        plan: Set("basic".into()),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(conn)
    .await
    .expect("insert organization");
    id
}

fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_database_name() {
        assert_eq!(
            replace_db_name("postgres://postgres@127.0.0.1:5432/test", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_db_name("postgres://h/test?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
        assert_eq!(replace_db_name("postgres://h", "x"), "postgres://h/x");
    }

    #[tokio::test]
    async fn migrations_run_on_every_backend() {
        for b in backends() {
            let t = TestDb::new(b).await;
            assert!(crate::ping(&t.conn).await, "{b}");
            // running again is a no-op, not an error
            crate::migrate(&t.conn).await.unwrap();
            t.drop_db().await;
        }
    }
}
