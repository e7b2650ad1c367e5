//! Persistence of `mail_outbox`.

use crate::status;
use chrono::{DateTime, Utc};
use db::entities::mail_message;
use kernel::Cursor;
use sea_orm::prelude::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    row: mail_message::Model,
) -> Result<(), sea_orm::DbErr> {
    let active = mail_message::ActiveModel {
        id: Set(row.id),
        organization_id: Set(row.organization_id),
        to_address: Set(row.to_address),
        subject: Set(row.subject),
        body_text: Set(row.body_text),
        body_html: Set(row.body_html),
        kind: Set(row.kind),
        status: Set(row.status),
        error: Set(row.error),
        created_at: Set(row.created_at),
        sent_at: Set(row.sent_at),
    };
    mail_message::Entity::insert(active)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub async fn find<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<Option<mail_message::Model>, sea_orm::DbErr> {
    mail_message::Entity::find_by_id(id).one(conn).await
}

/// One page of an organization's outbox, newest first; fetches one extra row to know
/// whether another page follows.
pub async fn page<C: ConnectionTrait>(
    conn: &C,
    org: Uuid,
    after: Option<Cursor>,
    limit: u64,
) -> Result<Vec<mail_message::Model>, sea_orm::DbErr> {
    let mut q = mail_message::Entity::find().filter(mail_message::Column::OrganizationId.eq(org));
    if let Some(c) = after {
        q = q.filter(
            Condition::any()
                .add(mail_message::Column::CreatedAt.lt(c.at))
                .add(
                    Condition::all()
                        .add(mail_message::Column::CreatedAt.eq(c.at))
                        .add(mail_message::Column::Id.lt(c.id)),
                ),
        );
    }
    q.order_by_desc(mail_message::Column::CreatedAt)
        .order_by_desc(mail_message::Column::Id)
        .limit(limit + 1)
        .all(conn)
        .await
}

pub async fn mark_sent<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    at: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    mail_message::Entity::update_many()
        .col_expr(mail_message::Column::Status, Expr::value(status::SENT))
        .col_expr(mail_message::Column::SentAt, Expr::value(at))
        .col_expr(
            mail_message::Column::Error,
            Expr::value(Option::<String>::None),
        )
        .filter(mail_message::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a delivery failure; `final_failure` marks the message `failed` for good.
pub async fn record_error<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    error: &str,
    final_failure: bool,
) -> Result<(), sea_orm::DbErr> {
    let status = if final_failure {
        status::FAILED
    } else {
        status::QUEUED
    };
    mail_message::Entity::update_many()
        .col_expr(mail_message::Column::Status, Expr::value(status))
        .col_expr(
            mail_message::Column::Error,
            Expr::value(error.chars().take(2000).collect::<String>()),
        )
        .filter(mail_message::Column::Id.eq(id))
        .filter(mail_message::Column::Status.ne(status::SENT))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn set_status<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    status: &str,
) -> Result<(), sea_orm::DbErr> {
    mail_message::Entity::update_many()
        .col_expr(mail_message::Column::Status, Expr::value(status))
        .filter(mail_message::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}
