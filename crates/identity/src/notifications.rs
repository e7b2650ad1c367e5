//! In-app notifications: a short message for one member in one organization, with a link to
//! what it is about. Modules create them with [`notify`]; members read them from the bell.

use api::error::ApiResult;
use api::{ApiError, AppQuery, AppState, Problem, TenantCtx};
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use chrono::{DateTime, Utc};
use db::entities::notification;
use db::sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, sea_query::Expr,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// Stable kinds; the web app picks an icon by kind.
pub mod kind {
    pub const BRAND_PUBLISHED: &str = "brand.published";
}

/// Cuts `s` to at most `max` characters, so a long name never fails an insert.
fn clip(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Creates one unread notification for each of `user_ids` in organization `org`. Runs on the
/// caller's connection, so a module can notify inside the transaction of the change itself.
#[allow(clippy::too_many_arguments)]
pub async fn notify(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    org: Uuid,
    user_ids: &[Uuid],
    kind: &str,
    title: &str,
    body: &str,
    link: Option<&str>,
) -> Result<(), DbErr> {
    if user_ids.is_empty() {
        return Ok(());
    }
    let rows = user_ids.iter().map(|user| notification::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(org),
        user_id: Set(*user),
        kind: Set(clip(kind, 50)),
        title: Set(clip(title, 300)),
        body: Set(body.to_owned()),
        link: Set(link.map(|l| clip(l, 1024))),
        created_at: Set(now),
        read_at: Set(None),
    });
    notification::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Notification {
    pub id: Uuid,
    /// What happened, e.g. `brand.published`.
    pub kind: String,
    pub title: String,
    pub body: String,
    /// A path in the web app, e.g. `/brands/{id}/revisions`.
    pub link: Option<String>,
    pub created_at: DateTime<Utc>,
    /// When the member read it; absent while unread.
    pub read_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationPage {
    pub items: Vec<Notification>,
    pub next_cursor: Option<String>,
    /// Unread notifications of the caller in this organization, over all pages.
    pub unread_count: u64,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotificationQuery {
    pub limit: Option<u64>,
    pub cursor: Option<String>,
    /// Only unread notifications.
    pub unread: Option<bool>,
}

fn to_dto(n: notification::Model) -> Notification {
    Notification {
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        created_at: n.created_at,
        read_at: n.read_at,
    }
}

fn mine(ctx: &TenantCtx) -> db::sea_orm::Select<notification::Entity> {
    notification::Entity::find()
        .filter(notification::Column::OrganizationId.eq(ctx.org_id))
        .filter(notification::Column::UserId.eq(ctx.user_id))
}

/// The caller's notifications in the current organization, newest first.
pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    q: NotificationQuery,
) -> Result<NotificationPage, ApiError> {
    let page = kernel::PageParams {
        limit: q.limit,
        cursor: q.cursor.clone(),
    };
    let mut select = mine(&ctx);
    if q.unread == Some(true) {
        select = select.filter(notification::Column::ReadAt.is_null());
    }
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        select,
        (notification::Column::CreatedAt, notification::Column::Id),
        page.cursor()?,
        page.limit()?,
        true,
        |r| (r.created_at, r.id),
    )
    .await?;
    let unread_count = mine(&ctx)
        .filter(notification::Column::ReadAt.is_null())
        .count(&state.db)
        .await?;
    Ok(NotificationPage {
        items: rows.into_iter().map(to_dto).collect(),
        next_cursor,
        unread_count,
    })
}

/// Marks one of the caller's notifications read; reading it again changes nothing.
pub async fn mark_read(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let n = mine(&ctx)
        .filter(notification::Column::Id.eq(id))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if n.read_at.is_none() {
        notification::Entity::update_many()
            .col_expr(notification::Column::ReadAt, Expr::value(state.clock.now()))
            .filter(notification::Column::Id.eq(n.id))
            .exec(&state.db)
            .await?;
    }
    Ok(())
}

/// Marks every unread notification of the caller in this organization read.
pub async fn mark_all_read(state: &AppState, ctx: TenantCtx) -> Result<(), ApiError> {
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(state.clock.now()))
        .filter(notification::Column::OrganizationId.eq(ctx.org_id))
        .filter(notification::Column::UserId.eq(ctx.user_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(&state.db)
        .await?;
    Ok(())
}

#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications", security(("bearer" = [])), params(NotificationQuery),
    responses((status = 200, body = NotificationPage), (status = 422, body = Problem)))]
pub async fn list_notifications(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<NotificationQuery>,
) -> ApiResult<Json<NotificationPage>> {
    Ok(Json(list(&s, ctx, q).await?))
}

#[utoipa::path(post, path = "/api/v1/notifications/{id}/read", tag = "notifications", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem)))]
pub async fn read_notification(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    mark_read(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/notifications/read-all", tag = "notifications", security(("bearer" = [])),
    responses((status = 204)))]
pub async fn read_all_notifications(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<StatusCode> {
    mark_all_read(&s, ctx).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_counts_characters_not_bytes() {
        assert_eq!(clip("héllo", 2), "hé");
        assert_eq!(clip("abc", 10), "abc");
    }
}
