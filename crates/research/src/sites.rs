//! The sites we audit: an address, a page budget and a crawl schedule.

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Duration, SubsecRound, Utc};
use db::entities::{crawl, research_site};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::crawls::{CrawlSummary, summary};

/// Pages a crawl fetches unless the site says otherwise.
pub const DEFAULT_MAX_PAGES: i32 = 500;
pub const MAX_MAX_PAGES: u32 = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Schedule {
    #[default]
    Off,
    Daily,
    Weekly,
}

impl Schedule {
    pub fn as_str(self) -> &'static str {
        match self {
            Schedule::Off => "off",
            Schedule::Daily => "daily",
            Schedule::Weekly => "weekly",
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "daily" => Schedule::Daily,
            "weekly" => Schedule::Weekly,
            _ => Schedule::Off,
        }
    }

    /// When the next scheduled run after `from` is due; `None` when off.
    pub fn next_after(self, from: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Schedule::Off => None,
            Schedule::Daily => Some(from + Duration::days(1)),
            Schedule::Weekly => Some(from + Duration::days(7)),
        }
    }
}

/// `example.com` means `https://example.com/`.
pub fn normalize_site_url(value: &str) -> Option<url::Url> {
    let v = value.trim();
    let with_scheme = if v.contains("://") {
        v.to_owned()
    } else {
        format!("https://{v}")
    };
    url::Url::parse(&with_scheme)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

fn valid_url(value: &str, _: &()) -> garde::Result {
    normalize_site_url(value).map(|_| ()).ok_or_else(|| {
        garde::Error::new("Enter the address of a website, e.g. https://example.com.")
    })
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct SiteInput {
    /// Shown in lists; defaults to the address's host.
    #[garde(inner(length(chars, max = 200)))]
    pub name: Option<String>,
    #[garde(length(chars, min = 1, max = 2000), custom(valid_url))]
    #[schema(example = "https://example.com")]
    pub url: String,
    #[garde(skip)]
    pub schedule: Option<Schedule>,
    /// HTML pages one crawl fetches at most (1 to 10,000; 500 by default).
    #[garde(inner(range(min = 1, max = MAX_MAX_PAGES)))]
    pub max_pages: Option<u32>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct SitePatch {
    #[garde(inner(length(chars, min = 1, max = 200)))]
    pub name: Option<String>,
    #[garde(skip)]
    pub schedule: Option<Schedule>,
    #[garde(inner(range(min = 1, max = MAX_MAX_PAGES)))]
    pub max_pages: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Site {
    pub id: Uuid,
    pub name: String,
    pub url: String,
    pub schedule: Schedule,
    pub max_pages: i32,
    pub next_crawl_at: Option<DateTime<Utc>>,
    /// The most recent crawl, whatever its state.
    pub last_crawl: Option<CrawlSummary>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SiteList {
    pub items: Vec<Site>,
}

pub async fn find(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<research_site::Model, ApiError> {
    research_site::Entity::find_by_id(id)
        .filter(research_site::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

async fn dto(db: &impl ConnectionTrait, s: research_site::Model) -> Result<Site, ApiError> {
    let last = crawl::Entity::find()
        .filter(crawl::Column::OrganizationId.eq(s.organization_id))
        .filter(crawl::Column::SiteId.eq(s.id))
        .order_by_desc(crawl::Column::CreatedAt)
        .one(db)
        .await?;
    Ok(Site {
        id: s.id,
        name: s.name,
        url: s.url,
        schedule: Schedule::parse(&s.schedule),
        max_pages: s.max_pages,
        next_crawl_at: s.next_crawl_at,
        last_crawl: last.map(summary),
        created_at: s.created_at,
    })
}

fn check_reachable(state: &AppState, url: &url::Url) -> Result<(), ApiError> {
    state
        .service::<net::GuardedClient>()
        .check_url(url)
        .map_err(|e| {
            ApiError::field(
                "url",
                "address_refused",
                &format!(
                    "Brandium cannot crawl this address: {e}. Only public websites can be crawled \
                     unless an administrator allows private networks."
                ),
            )
        })
}

pub async fn create(state: &AppState, ctx: TenantCtx, input: SiteInput) -> Result<Site, ApiError> {
    let url = normalize_site_url(&input.url)
        .ok_or_else(|| ApiError::field("url", "invalid_url", "Enter the address of a website."))?;
    check_reachable(state, &url)?;
    let now = state.clock.now().trunc_subsecs(6);
    let schedule = input.schedule.unwrap_or_default();
    let name = input
        .name
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| url.host_str().unwrap_or_default().to_owned());
    let row = research_site::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        name: Set(name),
        url: Set(url.to_string()),
        schedule: Set(schedule.as_str().into()),
        next_crawl_at: Set(schedule.next_after(now)),
        max_pages: Set(input.max_pages.map_or(DEFAULT_MAX_PAGES, |n| n as i32)),
        last_crawl_id: Set(None),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    dto(&state.db, row).await
}

pub async fn list(state: &AppState, ctx: TenantCtx) -> Result<SiteList, ApiError> {
    let rows = research_site::Entity::find()
        .filter(research_site::Column::OrganizationId.eq(ctx.org_id))
        .order_by_asc(research_site::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        items.push(dto(&state.db, r).await?);
    }
    Ok(SiteList { items })
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Site, ApiError> {
    let row = find(&state.db, ctx.org_id, id).await?;
    dto(&state.db, row).await
}

pub async fn update(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    patch: SitePatch,
) -> Result<Site, ApiError> {
    let row = find(&state.db, ctx.org_id, id).await?;
    let now = state.clock.now().trunc_subsecs(6);
    let mut active: research_site::ActiveModel = row.into();
    if let Some(name) = patch.name {
        active.name = Set(name.trim().to_owned());
    }
    if let Some(schedule) = patch.schedule {
        active.schedule = Set(schedule.as_str().into());
        active.next_crawl_at = Set(schedule.next_after(now));
    }
    if let Some(n) = patch.max_pages {
        active.max_pages = Set(n as i32);
    }
    active.updated_at = Set(now);
    let row = active.update(&state.db).await?;
    dto(&state.db, row).await
}

/// Removes the site with its crawls, their pages and issues.
pub async fn delete(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let row = find(&state.db, ctx.org_id, id).await?;
    research_site::Entity::delete_by_id(row.id)
        .filter(research_site::Column::OrganizationId.eq(ctx.org_id))
        .exec(&state.db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_hosts_become_https_sites() {
        assert_eq!(
            normalize_site_url(" example.com ").map(|u| u.to_string()),
            Some("https://example.com/".to_owned())
        );
        assert!(normalize_site_url("ftp://example.com").is_none());
        assert!(normalize_site_url("https://").is_none());
    }

    #[test]
    fn schedules_come_round_daily_and_weekly() {
        let now = Utc::now();
        assert_eq!(Schedule::Off.next_after(now), None);
        assert_eq!(
            Schedule::Daily.next_after(now),
            Some(now + Duration::days(1))
        );
        assert_eq!(
            Schedule::Weekly.next_after(now),
            Some(now + Duration::days(7))
        );
        assert_eq!(Schedule::parse("weekly"), Schedule::Weekly);
        assert_eq!(Schedule::parse("hourly"), Schedule::Off);
    }
}
