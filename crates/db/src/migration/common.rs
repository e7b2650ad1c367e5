//! Column and key helpers shared by the migrations written after the foundation.

use sea_orm_migration::{prelude::*, schema::*};

pub fn ts(col: impl IntoIden) -> ColumnDef {
    timestamp_with_time_zone(col)
}

pub fn fk(
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

/// The tenant key every tenant-owned table carries, removed with its organization.
pub fn org_fk(table: impl IntoIden + Clone) -> ForeignKeyCreateStatement {
    fk(
        table,
        Alias::new("organization_id"),
        Alias::new("organizations"),
        ForeignKeyAction::Cascade,
    )
}

/// A plain (non-unique) index over `cols`, in order.
pub async fn index<T: IntoIden + Copy + 'static, const N: usize>(
    m: &SchemaManager<'_>,
    name: &str,
    table: T,
    cols: [T; N],
) -> Result<(), DbErr> {
    let mut stmt = Index::create();
    stmt.name(name).table(table);
    for c in cols {
        stmt.col(c);
    }
    m.create_index(stmt.to_owned()).await
}
