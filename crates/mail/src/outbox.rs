//! Persistence of `mail_outbox`.

use crate::status;
use chrono::{DateTime, Utc};
use db::entities::mail_message;
use kernel::Cursor;
use sea_orm::prelude::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
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

/// One page of an organization's outbox, newest first, and the cursor of the next page.
pub async fn page<C: ConnectionTrait>(
    conn: &C,
    org: Uuid,
    after: Option<Cursor>,
    limit: u64,
) -> Result<(Vec<mail_message::Model>, Option<String>), sea_orm::DbErr> {
    let select = mail_message::Entity::find().filter(mail_message::Column::OrganizationId.eq(org));
    let order = (mail_message::Column::CreatedAt, mail_message::Column::Id);
    db::paging::fetch_page(conn, select, order, after, limit, true, |r| {
        (r.created_at, r.id)
    })
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
