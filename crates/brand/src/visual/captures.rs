//! Website captures: a row per request, the work done by the [`super::capture_job`] job, and
//! the import of a proposed logo into the asset library.

use api::{ApiError, AppState, TenantCtx};
use axum::http::StatusCode;
use chrono::{DateTime, SubsecRound, Utc};
use db::entities::brand_capture;
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::proposal::CaptureProposal;
use crate::model::LogoVariant;
use crate::store;

/// The job kind that runs a capture.
pub const CAPTURE_JOB: &str = "brand.capture";
/// Captures listed by `GET /brands/{id}/captures`.
const RECENT: u64 = 20;

pub use jobs::work_status as status;

fn valid_url(value: &str, _: &()) -> garde::Result {
    let v = value.trim();
    let with_scheme = if v.contains("://") {
        v.to_owned()
    } else {
        format!("https://{v}")
    };
    match url::Url::parse(&with_scheme) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        _ => Err(garde::Error::new(
            "Enter the address of a website, e.g. https://example.com.",
        )),
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct CaptureRequest {
    /// The site's address; `example.com` means `https://example.com/`.
    #[garde(length(chars, min = 1, max = 2000), custom(valid_url))]
    #[schema(example = "https://example.com")]
    pub url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaptureStatus {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

impl CaptureStatus {
    fn parse(s: &str) -> Self {
        match s {
            status::RUNNING => CaptureStatus::Running,
            status::SUCCEEDED => CaptureStatus::Succeeded,
            status::FAILED => CaptureStatus::Failed,
            status::CANCELLED => CaptureStatus::Cancelled,
            _ => CaptureStatus::Queued,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaptureStage {
    Pages,
    Stylesheets,
}

/// How far a running capture has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CaptureProgress {
    pub stage: CaptureStage,
    pub pages_fetched: usize,
    /// Planned so far: the page budget until the home page says which key pages exist.
    pub pages_total: usize,
    pub stylesheets_fetched: usize,
    pub stylesheets_total: usize,
}

impl From<capture::CaptureProgress> for CaptureProgress {
    fn from(p: capture::CaptureProgress) -> Self {
        CaptureProgress {
            stage: match p.stage {
                capture::CaptureStage::Pages => CaptureStage::Pages,
                capture::CaptureStage::Stylesheets => CaptureStage::Stylesheets,
            },
            pages_fetched: p.pages_fetched,
            pages_total: p.pages_total,
            stylesheets_fetched: p.stylesheets_fetched,
            stylesheets_total: p.stylesheets_total,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Capture {
    pub id: Uuid,
    pub brand_id: Option<Uuid>,
    pub url: String,
    pub status: CaptureStatus,
    /// While queued or running, and the last report once finished.
    pub progress: Option<CaptureProgress>,
    /// Why a failed capture failed, in words for the person who asked.
    pub error: Option<String>,
    /// The proposals, once succeeded.
    pub result: Option<CaptureProposal>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CaptureSummary {
    pub id: Uuid,
    pub url: String,
    pub status: CaptureStatus,
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CaptureList {
    /// The most recent captures of the brand, newest first (at most 20).
    pub items: Vec<CaptureSummary>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct ImportLogoRequest {
    /// One of the capture's logo candidates, exactly as proposed.
    #[garde(length(chars, min = 1, max = 100_000))]
    pub url: String,
    #[garde(skip)]
    pub variant: LogoVariant,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct CapturePayload {
    pub capture_id: Uuid,
}

fn now(state: &AppState) -> DateTime<Utc> {
    state.clock.now().trunc_subsecs(6)
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(e)
}

pub(crate) async fn find(
    state: &AppState,
    org: Uuid,
    id: Uuid,
) -> Result<brand_capture::Model, ApiError> {
    brand_capture::Entity::find_by_id(id)
        .filter(brand_capture::Column::OrganizationId.eq(org))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)
}

/// Records the capture and queues its job in one transaction.
pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    brand_id: Uuid,
    req: CaptureRequest,
) -> Result<Capture, ApiError> {
    let queue = state.service::<jobs::JobQueue>();
    let id = Uuid::now_v7();
    let now = now(state);
    let txn = db::begin_write(&state.db).await?;
    let job_id = queue
        .enqueue_with(
            &txn,
            jobs::NewJob::new(
                CAPTURE_JOB,
                serde_json::to_value(CapturePayload { capture_id: id }).map_err(internal)?,
            )
            .for_org(ctx.org_id)
            // One more attempt only for a worker that died mid-capture; a site that fails
            // is reported, not hammered.
            .max_attempts(2),
        )
        .await
        .map_err(internal)?;
    let row = brand_capture::ActiveModel {
        id: Set(id),
        organization_id: Set(ctx.org_id),
        brand_id: Set(Some(brand_id)),
        url: Set(req.url.trim().to_owned()),
        status: Set(status::QUEUED.into()),
        job_id: Set(Some(job_id)),
        result: Set(None),
        error: Set(None),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(now),
        finished_at: Set(None),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(to_dto(row, None))
}

fn to_dto(row: brand_capture::Model, job: Option<&jobs::job::Model>) -> Capture {
    let mut status = CaptureStatus::parse(&row.status);
    let mut error = row.error;
    let mut finished_at = row.finished_at;
    // The row is written by the job; when the job ended without getting there (it ran out of
    // attempts, or was cancelled before it started) the job's state is the truth.
    if let Some(j) = job
        && !status::is_finished(&row.status)
    {
        match j.status.as_str() {
            jobs::status::RUNNING => status = CaptureStatus::Running,
            jobs::status::DEAD => {
                status = CaptureStatus::Failed;
                error = Some("The capture could not be completed. Try again later.".into());
                finished_at = j.finished_at;
            }
            jobs::status::CANCELLED => {
                status = CaptureStatus::Cancelled;
                finished_at = j.finished_at;
            }
            _ => {}
        }
    }
    Capture {
        id: row.id,
        brand_id: row.brand_id,
        url: row.url,
        status,
        progress: job
            .and_then(|j| j.progress.clone())
            .and_then(|p| serde_json::from_value(p).ok()),
        error,
        result: row.result.and_then(|r| serde_json::from_value(r).ok()),
        created_at: row.created_at,
        finished_at,
    }
}

async fn job_of(
    state: &AppState,
    org: Uuid,
    row: &brand_capture::Model,
) -> Result<Option<jobs::job::Model>, ApiError> {
    let Some(job_id) = row.job_id else {
        return Ok(None);
    };
    match state
        .service::<jobs::JobQueue>()
        .get(Some(org), job_id)
        .await
    {
        Ok(j) => Ok(Some(j)),
        Err(jobs::JobError::NotFound) => Ok(None),
        Err(e) => Err(internal(e)),
    }
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Capture, ApiError> {
    let row = find(state, ctx.org_id, id).await?;
    let job = job_of(state, ctx.org_id, &row).await?;
    Ok(to_dto(row, job.as_ref()))
}

pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    brand_id: Uuid,
) -> Result<CaptureList, ApiError> {
    store::find_brand(&state.db, ctx.org_id, brand_id).await?;
    let rows = brand_capture::Entity::find()
        .filter(brand_capture::Column::OrganizationId.eq(ctx.org_id))
        .filter(brand_capture::Column::BrandId.eq(brand_id))
        .order_by_desc(brand_capture::Column::CreatedAt)
        .order_by_desc(brand_capture::Column::Id)
        .limit(RECENT)
        .all(&state.db)
        .await?;
    Ok(CaptureList {
        items: rows
            .into_iter()
            .map(|r| CaptureSummary {
                id: r.id,
                url: r.url,
                status: CaptureStatus::parse(&r.status),
                error: r.error,
                created_at: r.created_at,
                finished_at: r.finished_at,
            })
            .collect(),
    })
}

/// Most lines of website copy handed to writers.
const WEBSITE_COPY_LINES: usize = 8;

/// What the brand's own website says, for writers: the description and headlines of its
/// latest successful capture (none when it was never captured). One query.
pub async fn website_copy(
    db: &impl ConnectionTrait,
    org: Uuid,
    brand_id: Uuid,
) -> Result<Vec<String>, db::sea_orm::DbErr> {
    let row = brand_capture::Entity::find()
        .filter(brand_capture::Column::OrganizationId.eq(org))
        .filter(brand_capture::Column::BrandId.eq(brand_id))
        .filter(brand_capture::Column::Status.eq(status::SUCCEEDED))
        .order_by_desc(brand_capture::Column::CreatedAt)
        .order_by_desc(brand_capture::Column::Id)
        .one(db)
        .await?;
    let Some(proposal) = row
        .and_then(|r| r.result)
        .and_then(|r| serde_json::from_value::<CaptureProposal>(r).ok())
    else {
        return Ok(Vec::new());
    };
    Ok(copy_of(&proposal))
}

/// The description first, then the headlines, each once (case-insensitively) and non-empty.
fn copy_of(p: &CaptureProposal) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in p.description.iter().chain(p.headlines.iter()) {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() || out.iter().any(|o| o.eq_ignore_ascii_case(&line)) {
            continue;
        }
        out.push(line);
        if out.len() == WEBSITE_COPY_LINES {
            break;
        }
    }
    out
}

/// Cancels a queued capture at once and asks a running one to stop; a finished one is left.
pub async fn cancel(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Capture, ApiError> {
    let row = find(state, ctx.org_id, id).await?;
    if !status::is_finished(&row.status)
        && let Some(job_id) = row.job_id
    {
        let queue = state.service::<jobs::JobQueue>();
        let job = match queue.request_cancel(ctx.org_id, job_id).await {
            Ok(j) => Some(j),
            Err(jobs::JobError::NotFound) => None,
            Err(e) => return Err(internal(e)),
        };
        if job.is_none_or(|j| j.status == jobs::status::CANCELLED) {
            mark_finished(state, id, status::CANCELLED, None, None).await?;
        }
    }
    get(state, ctx, id).await
}

/// Writes the outcome unless the row already has one.
pub(crate) async fn mark_finished(
    state: &AppState,
    id: Uuid,
    new_status: &str,
    result: Option<serde_json::Value>,
    error: Option<String>,
) -> Result<(), db::sea_orm::DbErr> {
    brand_capture::Entity::update_many()
        .col_expr(
            brand_capture::Column::Status,
            db::sea_orm::sea_query::Expr::value(new_status),
        )
        .col_expr(
            brand_capture::Column::Result,
            db::sea_orm::sea_query::Expr::value(result),
        )
        .col_expr(
            brand_capture::Column::Error,
            db::sea_orm::sea_query::Expr::value(error),
        )
        .col_expr(
            brand_capture::Column::FinishedAt,
            db::sea_orm::sea_query::Expr::value(Some(now(state))),
        )
        .filter(brand_capture::Column::Id.eq(id))
        .filter(brand_capture::Column::Status.is_in([status::QUEUED, status::RUNNING]))
        .exec(&state.db)
        .await?;
    Ok(())
}

/// Largest logo file imported from a site.
const MAX_LOGO_BYTES: usize = 5 * 1024 * 1024;

fn variant_tag(v: LogoVariant) -> &'static str {
    match v {
        LogoVariant::Primary => "primary",
        LogoVariant::Wordmark => "wordmark",
        LogoVariant::Symbol => "symbol",
        LogoVariant::MonoLight => "mono-light",
        LogoVariant::MonoDark => "mono-dark",
    }
}

/// The bytes of an inline SVG's `data:` URL as the capture wrote it (percent-encoded), or of
/// a base64 `data:` URL.
fn data_url_bytes(url: &str) -> Option<Vec<u8>> {
    let rest = url.strip_prefix("data:")?;
    let (meta, data) = rest.split_once(',')?;
    if meta.ends_with(";base64") {
        use base64::Engine;
        return base64::engine::general_purpose::STANDARD
            .decode(data.trim())
            .ok();
    }
    Some(percent_encoding::percent_decode_str(data).collect())
}

/// A file name for the asset: the last path segment of the URL, or `logo-<variant>`.
fn file_name(url: &str, variant: LogoVariant) -> String {
    let fallback = format!("logo-{}", variant_tag(variant));
    if url.starts_with("data:") {
        return format!("{fallback}.svg");
    }
    url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.path_segments()?
                .next_back()
                .filter(|s| !s.is_empty())
                .map(|s| {
                    percent_encoding::percent_decode_str(s)
                        .decode_utf8_lossy()
                        .into_owned()
                })
        })
        .map(|s| s.chars().take(150).collect())
        .unwrap_or(fallback)
}

/// Fetches one of the capture's logo candidates (through the guarded client) and stores it
/// in the asset library, tagged `logo` and with its variant.
pub async fn import_logo(
    state: &AppState,
    ctx: TenantCtx,
    capture: brand_capture::Model,
    req: ImportLogoRequest,
) -> Result<assets::Asset, ApiError> {
    let proposal: Option<CaptureProposal> = capture
        .result
        .clone()
        .and_then(|r| serde_json::from_value(r).ok());
    let Some(proposal) = proposal.filter(|_| capture.status == status::SUCCEEDED) else {
        return Err(ApiError::conflict(
            "capture_not_finished",
            "The capture has no proposals yet.",
        ));
    };
    if !proposal.logos.iter().any(|l| l.url == req.url) {
        return Err(ApiError::field(
            "url",
            "not_a_candidate",
            "Choose one of the logos the capture found.",
        ));
    }
    let bytes = fetch_logo(state, &req.url).await?;
    let name = file_name(&req.url, req.variant);
    let tags = vec![
        "logo".to_owned(),
        format!("logo-{}", variant_tag(req.variant)),
    ];
    Ok(assets::store_bytes(state, &ctx, &name, bytes, capture.brand_id, tags).await?)
}

/// The bytes and content type of logo candidate `index` of a finished capture, for a preview:
/// fetched through the guarded client (inline SVGs decoded from their `data:` URL), typed from
/// the bytes, raster images and SVG only, SVG sanitized like an upload.
pub async fn logo_preview(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    index: usize,
) -> Result<(String, Vec<u8>), ApiError> {
    let row = find(state, ctx.org_id, id).await?;
    let proposal: CaptureProposal = row
        .result
        .and_then(|r| serde_json::from_value(r).ok())
        .unwrap_or_default();
    let Some(logo) = proposal.logos.get(index) else {
        return Err(ApiError::not_found());
    };
    let bytes = fetch_logo(state, &logo.url).await?;
    let detected = assets::sniff::detect(&bytes[..bytes.len().min(assets::sniff::HEAD_LEN)])
        .map_err(|_| not_an_image())?;
    match detected.kind {
        assets::Kind::Image => Ok((detected.content_type, bytes)),
        assets::Kind::Vector => {
            let clean = assets::svg::sanitize(&bytes).map_err(|_| not_an_image())?;
            Ok((detected.content_type, clean))
        }
        _ => Err(not_an_image()),
    }
}

fn not_an_image() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "not_an_image",
        "This logo candidate is not an image.",
    )
}

/// The bytes behind a logo candidate URL, at most [`MAX_LOGO_BYTES`].
async fn fetch_logo(state: &AppState, url: &str) -> Result<Vec<u8>, ApiError> {
    let bytes = match data_url_bytes(url) {
        Some(b) => b,
        None => {
            let failed = |why: String| {
                ApiError::field_refusal(
                    StatusCode::BAD_GATEWAY,
                    "logo_fetch_failed",
                    "url",
                    "fetch_failed",
                    &format!("The logo could not be downloaded: {why}"),
                )
            };
            let client = state.service::<net::GuardedClient>();
            let r = client.get(url).await.map_err(|e| failed(e.to_string()))?;
            if !r.status.is_success() {
                return Err(failed(format!(
                    "the site answered HTTP {}.",
                    r.status.as_u16()
                )));
            }
            r.body.to_vec()
        }
    };
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(ApiError::field_refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            "file_too_large",
            "url",
            "too_large",
            "The logo file is larger than 5 MB.",
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_of_inline_svgs_decode() {
        let url = "data:image/svg+xml,%3Csvg%20viewBox='0%200%201%201'%3E%3C/svg%3E";
        assert_eq!(
            data_url_bytes(url).unwrap(),
            b"<svg viewBox='0 0 1 1'></svg>"
        );
        assert_eq!(data_url_bytes("data:image/png;base64,aGk=").unwrap(), b"hi");
        assert_eq!(data_url_bytes("https://acme.test/logo.svg"), None);
    }

    #[test]
    fn file_names_come_from_the_url() {
        assert_eq!(
            file_name(
                "https://acme.test/img/logo%20dark.svg?v=2",
                LogoVariant::Primary
            ),
            "logo dark.svg"
        );
        assert_eq!(
            file_name("https://acme.test/", LogoVariant::MonoDark),
            "logo-mono-dark"
        );
        assert_eq!(
            file_name("data:image/svg+xml,%3Csvg%3E", LogoVariant::Symbol),
            "logo-symbol.svg"
        );
    }

    #[test]
    fn website_copy_is_the_description_then_distinct_headlines() {
        let p = CaptureProposal {
            description: Some("  Solar roofs,\n done right. ".into()),
            headlines: vec![
                "Power your home".into(),
                " ".into(),
                "power your HOME".into(),
                "4,000 roofs since 2009".into(),
            ],
            ..CaptureProposal::default()
        };
        assert_eq!(
            copy_of(&p),
            [
                "Solar roofs, done right.",
                "Power your home",
                "4,000 roofs since 2009"
            ]
        );
        let many = CaptureProposal {
            headlines: (0..20).map(|i| format!("Headline {i}")).collect(),
            ..CaptureProposal::default()
        };
        assert_eq!(copy_of(&many).len(), WEBSITE_COPY_LINES);
    }

    #[test]
    fn urls_without_scheme_are_accepted_and_others_refused() {
        assert!(valid_url("acme.test", &()).is_ok());
        assert!(valid_url("https://acme.test/about", &()).is_ok());
        assert!(valid_url("ftp://acme.test", &()).is_err());
        assert!(valid_url("https://", &()).is_err());
    }
}
