//! Platform routes that belong to no product module: mail outbox and jobs.

use api::error::ApiResult;
use api::{ApiError, ApiRoutes, AppQuery, AppState, Problem, TenantCtx};
use axum::{
    Json,
    extract::{Path, State},
    http::Method,
    routing::{get, post},
};
use chrono::{DateTime, Utc};
use kernel::{PageParams, Permission as P};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(Method::GET, "/mail/outbox", P::MailRead, get(outbox))
        .guarded(Method::GET, "/jobs/{id}", P::JobsRead, get(get_job))
        .guarded(
            Method::POST,
            "/jobs/{id}/cancel",
            P::JobsManage,
            post(cancel_job),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(outbox, get_job, cancel_job),
    tags((name = "platform", description = "Onboarding, mail outbox and background jobs"))
)]
pub struct ApiDoc;

#[derive(Debug, Serialize, ToSchema)]
pub struct MailMessage {
    pub id: Uuid,
    pub to: String,
    pub subject: String,
    pub body_text: String,
    /// `invitation`, `password_reset` or `notification`.
    pub kind: String,
    /// `stored` (no SMTP configured), `queued`, `sent` or `failed`.
    pub status: String,
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MailPage {
    pub items: Vec<MailMessage>,
    pub next_cursor: Option<String>,
}

fn mail_error(e: mail::MailError) -> ApiError {
    match e {
        mail::MailError::NotFound => ApiError::not_found(),
        mail::MailError::Page(p) => p.into(),
        other => ApiError::internal(other),
    }
}

#[utoipa::path(get, path = "/api/v1/mail/outbox", tag = "platform", security(("bearer" = [])), params(PageParams), responses((status = 200, body = MailPage)))]
async fn outbox(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(page): AppQuery<PageParams>,
) -> ApiResult<Json<MailPage>> {
    let mailer = s.service::<mail::Mailer>();
    let (rows, next_cursor) = mailer
        .list_outbox(ctx.org_id, page)
        .await
        .map_err(mail_error)?;
    let items = rows
        .into_iter()
        .map(|m| MailMessage {
            id: m.id,
            to: m.to_address,
            subject: m.subject,
            body_text: m.body_text,
            kind: m.kind,
            status: m.status,
            error: m.error,
            created_at: m.created_at,
            sent_at: m.sent_at,
        })
        .collect();
    Ok(Json(MailPage { items, next_cursor }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Job {
    pub id: Uuid,
    pub kind: String,
    /// `queued`, `running`, `succeeded`, `dead` or `cancelled`.
    pub status: String,
    pub attempts: i32,
    pub max_attempts: i32,
    pub progress: Option<serde_json::Value>,
    pub last_error: Option<String>,
    pub cancel_requested: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

impl From<jobs::job::Model> for Job {
    fn from(j: jobs::job::Model) -> Self {
        Self {
            id: j.id,
            kind: j.kind,
            status: j.status,
            attempts: j.attempts,
            max_attempts: j.max_attempts,
            progress: j.progress,
            last_error: j.last_error,
            cancel_requested: j.cancel_requested,
            created_at: j.created_at,
            updated_at: j.updated_at,
            finished_at: j.finished_at,
        }
    }
}

fn job_error(e: jobs::JobError) -> ApiError {
    match e {
        jobs::JobError::NotFound => ApiError::not_found(),
        other => ApiError::internal(other),
    }
}

#[utoipa::path(get, path = "/api/v1/jobs/{id}", tag = "platform", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Job), (status = 404, body = Problem)))]
async fn get_job(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Job>> {
    let queue = s.service::<jobs::JobQueue>();
    Ok(Json(
        queue
            .get(Some(ctx.org_id), id)
            .await
            .map_err(job_error)?
            .into(),
    ))
}

#[utoipa::path(post, path = "/api/v1/jobs/{id}/cancel", tag = "platform", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Cancelled, or cancellation requested when running", body = Job), (status = 404, body = Problem)))]
async fn cancel_job(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Job>> {
    let queue = s.service::<jobs::JobQueue>();
    Ok(Json(
        queue
            .request_cancel(ctx.org_id, id)
            .await
            .map_err(job_error)?
            .into(),
    ))
}
