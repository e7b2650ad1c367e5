//! Keyset pagination over (timestamp, id): stable under inserts, no OFFSET scans.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, Order, QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

/// Orders by `(at_col, id_col)` (newest first when `desc`), starts after `after`, and fetches
/// one row more than `limit` so the caller can tell whether another page exists.
pub fn keyset<E: EntityTrait>(
    select: Select<E>,
    at_col: E::Column,
    id_col: E::Column,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: u64,
    desc: bool,
) -> Select<E> {
    let select = match after {
        Some((at, id)) if desc => select.filter(
            Condition::any()
                .add(at_col.lt(at))
                .add(Condition::all().add(at_col.eq(at)).add(id_col.lt(id))),
        ),
        Some((at, id)) => select.filter(
            Condition::any()
                .add(at_col.gt(at))
                .add(Condition::all().add(at_col.eq(at)).add(id_col.gt(id))),
        ),
        None => select,
    };
    let order = if desc { Order::Desc } else { Order::Asc };
    select
        .order_by(at_col, order.clone())
        .order_by(id_col, order)
        .limit(limit + 1)
}

/// One page of `select` ordered by `order` = (time column, id column): the rows, and the cursor
/// of the next page when there is one.
pub async fn fetch_page<E, C>(
    conn: &C,
    select: Select<E>,
    order: (E::Column, E::Column),
    after: Option<kernel::Cursor>,
    limit: u64,
    desc: bool,
    key: impl Fn(&E::Model) -> (DateTime<Utc>, Uuid),
) -> Result<(Vec<E::Model>, Option<String>), sea_orm::DbErr>
where
    E: EntityTrait,
    C: sea_orm::ConnectionTrait,
{
    let rows = keyset(
        select,
        order.0,
        order.1,
        after.map(|c| (c.at, c.id)),
        limit,
        desc,
    )
    .all(conn)
    .await?;
    Ok(kernel::finish_page(rows, limit, key))
}
