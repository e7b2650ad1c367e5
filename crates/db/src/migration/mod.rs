//! One migration set for SQLite and PostgreSQL, written with the schema builder.
//! An applied migration is never edited: add a new one.

use sea_orm_migration::prelude::*;

mod common;
mod m20261124_000001_foundation;
mod m20261125_000002_brand;
mod m20261125_000003_assets;
mod m20261126_000004_agents;
mod m20261127_000005_research;
mod m20261127_000006_monitoring;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_foundation::Migration),
            Box::new(m20261125_000002_brand::Migration),
            Box::new(m20261125_000003_assets::Migration),
            Box::new(m20261126_000004_agents::Migration),
            Box::new(m20261127_000005_research::Migration),
            Box::new(m20261127_000006_monitoring::Migration),
        ]
    }
}
