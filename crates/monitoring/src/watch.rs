//! What the organization watches: its brand (with aliases), its competitors (kept by the
//! research module), and extra keywords and topics. Stored as one row per organization.

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{brand, competitor, monitor_watch, organization};
use db::sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};
use garde::Validate;
use monitor::{Entity, EntityKind, Watch};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::labels::{clean_list, strings};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct WatchSettings {
    /// The brand mentions are counted for: the organization's first brand (its organization
    /// name while it has none). Other brands of the organization count as its aliases.
    pub brand: String,
    pub brand_aliases: Vec<String>,
    /// Competitor names, from the research module's competitor list.
    pub competitors: Vec<String>,
    pub keywords: Vec<String>,
    pub topics: Vec<String>,
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
pub struct WatchInput {
    #[serde(default)]
    #[garde(length(max = 100), inner(length(chars, min = 1, max = 100)))]
    pub keywords: Vec<String>,
    #[serde(default)]
    #[garde(length(max = 50), inner(length(chars, min = 1, max = 100)))]
    pub topics: Vec<String>,
    #[serde(default)]
    #[garde(length(max = 50), inner(length(chars, min = 1, max = 100)))]
    pub brand_aliases: Vec<String>,
}

/// Names the organization is known by: the primary brand name, then every other name.
async fn brand_names(db: &impl ConnectionTrait, org: Uuid) -> Result<Vec<String>, DbErr> {
    let brands = brand::Entity::find()
        .filter(brand::Column::OrganizationId.eq(org))
        .order_by_asc(brand::Column::CreatedAt)
        .order_by_asc(brand::Column::Id)
        .all(db)
        .await?;
    let mut names: Vec<String> = brands.into_iter().map(|b| b.name).collect();
    if names.is_empty()
        && let Some(o) = organization::Entity::find_by_id(org).one(db).await?
    {
        names.push(o.name);
    }
    Ok(names)
}

pub async fn competitor_names(db: &impl ConnectionTrait, org: Uuid) -> Result<Vec<String>, DbErr> {
    let rows = competitor::Entity::find()
        .filter(competitor::Column::OrganizationId.eq(org))
        .order_by_asc(competitor::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(clean_list(
        &rows.into_iter().map(|c| c.name).collect::<Vec<_>>(),
    ))
}

pub async fn settings(db: &impl ConnectionTrait, org: Uuid) -> Result<WatchSettings, DbErr> {
    let row = monitor_watch::Entity::find_by_id(org).one(db).await?;
    let names = brand_names(db, org).await?;
    let (keywords, topics, mut aliases, updated_at) = match row {
        Some(r) => (
            strings(&r.keywords),
            strings(&r.topics),
            strings(&r.brand_aliases),
            Some(r.updated_at),
        ),
        None => (Vec::new(), Vec::new(), Vec::new(), None),
    };
    let brand = names.first().cloned().unwrap_or_default();
    aliases.extend(names.into_iter().skip(1));
    Ok(WatchSettings {
        brand,
        brand_aliases: clean_list(&aliases),
        competitors: competitor_names(db, org).await?,
        keywords,
        topics,
        updated_at,
    })
}

/// The engine's view of the same settings.
pub fn engine_watch(s: &WatchSettings) -> Watch {
    Watch {
        brand: Entity {
            name: s.brand.clone(),
            aliases: s.brand_aliases.clone(),
            kind: EntityKind::Brand,
        },
        competitors: s
            .competitors
            .iter()
            .map(|c| Entity {
                name: c.clone(),
                aliases: Vec::new(),
                kind: EntityKind::Competitor,
            })
            .collect(),
        keywords: s.keywords.clone(),
        topics: s.topics.clone(),
    }
}

pub async fn get(state: &AppState, ctx: TenantCtx) -> Result<WatchSettings, ApiError> {
    Ok(settings(&state.db, ctx.org_id).await?)
}

pub async fn put(
    state: &AppState,
    ctx: TenantCtx,
    input: WatchInput,
) -> Result<WatchSettings, ApiError> {
    let row = monitor_watch::ActiveModel {
        organization_id: Set(ctx.org_id),
        keywords: Set(serde_json::json!(clean_list(&input.keywords))),
        topics: Set(serde_json::json!(clean_list(&input.topics))),
        brand_aliases: Set(serde_json::json!(clean_list(&input.brand_aliases))),
        updated_at: Set(state.clock.now()),
    };
    monitor_watch::Entity::insert(row)
        .on_conflict(
            OnConflict::column(monitor_watch::Column::OrganizationId)
                .update_columns([
                    monitor_watch::Column::Keywords,
                    monitor_watch::Column::Topics,
                    monitor_watch::Column::BrandAliases,
                    monitor_watch::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&state.db)
        .await?;
    get(state, ctx).await
}
