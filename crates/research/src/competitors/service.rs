//! Competitors and their pages: create, read, change, delete.

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, SubsecRound, Utc};
use db::entities::{competitor, competitor_page};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use intel::PageKind;
use url::Url;
use uuid::Uuid;

use super::model::*;
use super::profile::{next_due, normalize_url, same_site};
use super::store;
use crate::sites::Schedule;

pub(crate) fn now(state: &AppState) -> DateTime<Utc> {
    state.clock.now().trunc_subsecs(6)
}

pub(crate) fn kind_str(kind: PageKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "other".into())
}

pub(crate) fn parse_kind(s: &str) -> PageKind {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).unwrap_or(PageKind::Other)
}

/// Refuses addresses the outbound client would refuse (private networks unless allowed).
fn check_reachable(state: &AppState, field: &str, url: &Url) -> Result<(), ApiError> {
    state
        .service::<net::GuardedClient>()
        .check_url(url)
        .map_err(|e| {
            ApiError::field(
                field,
                "address_refused",
                &format!(
                    "Brandium cannot read this address: {e}. Only public websites can be read \
                     unless an administrator allows private networks."
                ),
            )
        })
}

fn website_of(state: &AppState, field: &str, value: &str) -> Result<Url, ApiError> {
    let url = normalize_url(value).ok_or_else(|| {
        ApiError::field(
            field,
            "invalid",
            "Enter the address of a website, e.g. https://example.com.",
        )
    })?;
    check_reachable(state, field, &url)?;
    Ok(url)
}

fn social_json(s: SocialProfiles) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(s.normalized()).map_err(ApiError::internal)
}

/// The job's state is the truth when the row says queued or running but the job has ended
/// without writing its outcome (it ran out of attempts, or was cancelled before it started).
fn effective_status(
    row: &competitor::Model,
    job: Option<&jobs::job::Model>,
) -> (Option<SnapshotStatus>, Option<String>) {
    let Some(s) = row.snapshot_status.as_deref() else {
        return (None, row.snapshot_error.clone());
    };
    if !status::is_finished(s)
        && let Some(j) = job
    {
        match j.status.as_str() {
            jobs::status::RUNNING => return (Some(SnapshotStatus::Running), None),
            jobs::status::DEAD => {
                return (
                    Some(SnapshotStatus::Failed),
                    Some("The snapshot could not be completed. Try again later.".into()),
                );
            }
            jobs::status::CANCELLED => return (Some(SnapshotStatus::Cancelled), None),
            _ => {}
        }
    }
    (Some(SnapshotStatus::parse(s)), row.snapshot_error.clone())
}

pub(crate) async fn job_of(
    state: &AppState,
    row: &competitor::Model,
) -> Result<Option<jobs::job::Model>, ApiError> {
    let Some(job_id) = row.snapshot_job_id else {
        return Ok(None);
    };
    match state
        .service::<jobs::JobQueue>()
        .get(Some(row.organization_id), job_id)
        .await
    {
        Ok(j) => Ok(Some(j)),
        Err(jobs::JobError::NotFound) => Ok(None),
        Err(e) => Err(ApiError::internal(e)),
    }
}

/// True when a snapshot of this competitor is queued or running for real.
pub(crate) fn in_progress(row: &competitor::Model, job: Option<&jobs::job::Model>) -> bool {
    matches!(
        effective_status(row, job).0,
        Some(SnapshotStatus::Queued | SnapshotStatus::Running)
    )
}

pub(crate) async fn dto(state: &AppState, row: competitor::Model) -> Result<Competitor, ApiError> {
    let job = job_of(state, &row).await?;
    let (snapshot_status, snapshot_error) = effective_status(&row, job.as_ref());
    let pages = competitor_page::Entity::find()
        .filter(competitor_page::Column::OrganizationId.eq(row.organization_id))
        .filter(competitor_page::Column::CompetitorId.eq(row.id))
        .count(&state.db)
        .await?;
    Ok(Competitor {
        id: row.id,
        name: row.name,
        website: row.website,
        social: serde_json::from_value(row.social).unwrap_or_default(),
        schedule: Schedule::parse(&row.schedule),
        next_snapshot_at: row.next_snapshot_at,
        alert_threshold: row.alert_threshold,
        snapshot_status,
        snapshot_progress: job
            .and_then(|j| j.progress)
            .and_then(|p| serde_json::from_value(p).ok()),
        snapshot_error,
        last_snapshot_at: row.last_snapshot_at,
        pages,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    input: CompetitorInput,
) -> Result<Competitor, ApiError> {
    let website = website_of(state, "website", &input.website)?;
    let now = now(state);
    let schedule = input.schedule.unwrap_or(Schedule::Weekly);
    let row = competitor::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        name: Set(input.name.trim().to_owned()),
        website: Set(website.to_string()),
        social: Set(social_json(input.social)?),
        schedule: Set(schedule.as_str().into()),
        // Due at once: the scheduler's next pass takes the first snapshot.
        next_snapshot_at: Set(next_due(schedule, None, now)),
        alert_threshold: Set(input.alert_threshold.unwrap_or(DEFAULT_ALERT_THRESHOLD)),
        snapshot_status: Set(None),
        snapshot_job_id: Set(None),
        snapshot_error: Set(None),
        last_snapshot_at: Set(None),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    dto(state, row).await
}

pub async fn list(state: &AppState, ctx: TenantCtx) -> Result<CompetitorList, ApiError> {
    let rows = competitor::Entity::find()
        .filter(competitor::Column::OrganizationId.eq(ctx.org_id))
        .order_by_asc(competitor::Column::CreatedAt)
        .order_by_asc(competitor::Column::Id)
        .all(&state.db)
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        items.push(dto(state, r).await?);
    }
    Ok(CompetitorList { items })
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Competitor, ApiError> {
    let row = store::find_competitor(&state.db, ctx.org_id, id).await?;
    dto(state, row).await
}

pub async fn update(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    patch: CompetitorPatch,
) -> Result<Competitor, ApiError> {
    let row = store::find_competitor(&state.db, ctx.org_id, id).await?;
    let now = now(state);
    let new_site = match &patch.website {
        Some(w) => Some(website_of(state, "website", w)?),
        None => None,
    };
    let txn = db::begin_write(&state.db).await?;
    let last = row.last_snapshot_at;
    let old_site = Url::parse(&row.website).ok();
    let mut active: competitor::ActiveModel = row.into();
    if let Some(name) = patch.name {
        active.name = Set(name.trim().to_owned());
    }
    if let Some(site) = new_site {
        // Pages of another site no longer belong to the competitor; the next snapshot finds
        // the new site's key pages.
        if old_site.is_none_or(|old| !same_site(&old, &site)) {
            competitor_page::Entity::delete_many()
                .filter(competitor_page::Column::OrganizationId.eq(ctx.org_id))
                .filter(competitor_page::Column::CompetitorId.eq(id))
                .exec(&txn)
                .await?;
        }
        active.website = Set(site.to_string());
    }
    if let Some(social) = patch.social {
        active.social = Set(social_json(social)?);
    }
    if let Some(schedule) = patch.schedule {
        active.schedule = Set(schedule.as_str().into());
        active.next_snapshot_at = Set(next_due(schedule, last, now));
    }
    if let Some(t) = patch.alert_threshold {
        active.alert_threshold = Set(t);
    }
    active.updated_at = Set(now);
    let row = active.update(&txn).await?;
    txn.commit().await?;
    dto(state, row).await
}

/// Removes the competitor with its pages, snapshots and changes; stops a running snapshot.
pub async fn delete(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let row = store::find_competitor(&state.db, ctx.org_id, id).await?;
    if let Some(job) = row.snapshot_job_id
        && row
            .snapshot_status
            .as_deref()
            .is_some_and(|s| !status::is_finished(s))
    {
        match state
            .service::<jobs::JobQueue>()
            .request_cancel(ctx.org_id, job)
            .await
        {
            Ok(_) | Err(jobs::JobError::NotFound) => {}
            Err(e) => return Err(ApiError::internal(e)),
        }
    }
    competitor::Entity::delete_many()
        .filter(competitor::Column::OrganizationId.eq(ctx.org_id))
        .filter(competitor::Column::Id.eq(row.id))
        .exec(&state.db)
        .await?;
    Ok(())
}

pub(crate) fn page_dto(p: competitor_page::Model) -> CompetitorPage {
    CompetitorPage {
        id: p.id,
        kind: parse_kind(&p.kind),
        url: p.url,
        custom: p.custom,
        last_snapshot_id: p.last_snapshot_id,
        created_at: p.created_at,
    }
}

pub async fn pages(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
) -> Result<CompetitorPageList, ApiError> {
    let c = store::find_competitor(&state.db, ctx.org_id, id).await?;
    let rows = store::pages_of(&state.db, ctx.org_id, c.id).await?;
    Ok(CompetitorPageList {
        items: rows.into_iter().map(page_dto).collect(),
    })
}

/// Most pages watched per competitor: the key pages and what people add.
pub const MAX_PAGES: u64 = 25;

pub async fn add_page(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    input: PageInput,
) -> Result<CompetitorPage, ApiError> {
    let c = store::find_competitor(&state.db, ctx.org_id, id).await?;
    let url = website_of(state, "url", &input.url)?;
    let website = Url::parse(&c.website).map_err(ApiError::internal)?;
    if !same_site(&website, &url) {
        return Err(ApiError::field(
            "url",
            "other_site",
            &format!(
                "Add pages of {} only; other sites are separate competitors.",
                website.host_str().unwrap_or_default()
            ),
        ));
    }
    let existing = store::pages_of(&state.db, ctx.org_id, c.id).await?;
    if existing.iter().any(|p| p.url == url.as_str()) {
        return Err(ApiError::field(
            "url",
            "duplicate",
            "This page is already watched.",
        ));
    }
    if existing.len() as u64 >= MAX_PAGES {
        return Err(ApiError::field(
            "url",
            "too_many_pages",
            &format!("A competitor can have at most {MAX_PAGES} pages watched."),
        ));
    }
    let kind = input
        .kind
        .unwrap_or_else(|| PageKind::classify(url.as_str(), ""));
    let row = insert_page(
        &state.db,
        ctx.org_id,
        c.id,
        url.as_str(),
        kind,
        true,
        now(state),
    )
    .await?;
    Ok(page_dto(row))
}

pub(crate) async fn insert_page(
    db: &impl ConnectionTrait,
    org: Uuid,
    competitor_id: Uuid,
    url: &str,
    kind: PageKind,
    custom: bool,
    at: DateTime<Utc>,
) -> Result<competitor_page::Model, ApiError> {
    Ok(competitor_page::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(org),
        competitor_id: Set(competitor_id),
        url: Set(url.to_owned()),
        kind: Set(kind_str(kind)),
        custom: Set(custom),
        last_snapshot_id: Set(None),
        created_at: Set(at),
    }
    .insert(db)
    .await?)
}

pub async fn delete_page(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    page_id: Uuid,
) -> Result<(), ApiError> {
    let c = store::find_competitor(&state.db, ctx.org_id, id).await?;
    let page = store::find_page(&state.db, ctx.org_id, c.id, page_id).await?;
    competitor_page::Entity::delete_many()
        .filter(competitor_page::Column::OrganizationId.eq(ctx.org_id))
        .filter(competitor_page::Column::Id.eq(page.id))
        .exec(&state.db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_kinds_are_stored_as_their_names() {
        assert_eq!(kind_str(PageKind::Pricing), "pricing");
        assert_eq!(parse_kind("about"), PageKind::About);
        assert_eq!(parse_kind("nonsense"), PageKind::Other);
    }
}
