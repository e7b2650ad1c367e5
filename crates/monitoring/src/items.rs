//! Reading what monitoring found: items, mentions and share of voice.

use std::collections::BTreeMap;

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Duration, Utc};
use db::entities::{monitor_item, monitor_mention};
use db::sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Func, Query},
};
use monitor::{Category, EntityKind, Impact, SentimentLabel};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::labels::{from_label, strings};
use crate::watch;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Mention {
    pub id: Uuid,
    pub item_id: Uuid,
    pub entity: String,
    /// `brand` or `competitor`.
    pub kind: String,
    pub snippet: String,
    /// Compound sentiment, -1 (negative) to 1 (positive).
    pub sentiment: f64,
    /// `positive`, `neutral` or `negative`.
    pub label: String,
    pub published_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Item {
    pub id: Uuid,
    pub source_id: Uuid,
    pub url: Option<String>,
    pub title: String,
    pub summary: String,
    pub published_at: Option<DateTime<Utc>>,
    pub fetched_at: DateTime<Utc>,
    /// 0 to 1.
    pub relevance: f64,
    pub category: Category,
    pub impact: Impact,
    pub matched_keywords: Vec<String>,
    /// Items telling the same story share this id.
    pub story_id: Uuid,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ItemPage {
    pub items: Vec<Item>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ItemQuery {
    pub category: Option<String>,
    /// `low`, `medium` or `high`: exactly this impact.
    pub impact: Option<String>,
    pub min_relevance: Option<f64>,
    /// Only items that mention this brand or competitor.
    pub entity: Option<String>,
    /// Words in the title or summary.
    pub q: Option<String>,
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MentionPage {
    pub items: Vec<Mention>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MentionQuery {
    pub entity: Option<String>,
    /// `positive`, `neutral` or `negative`.
    pub sentiment: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

fn mention_dto(m: monitor_mention::Model) -> Mention {
    Mention {
        id: m.id,
        item_id: m.item_id,
        entity: m.entity,
        kind: m.kind,
        snippet: m.snippet,
        sentiment: m.sentiment,
        label: m.label,
        published_at: m.published_at,
    }
}

fn label_param<T: serde::de::DeserializeOwned>(
    field: &str,
    value: Option<String>,
    allowed: &str,
) -> Result<Option<String>, ApiError> {
    match value.filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if from_label::<T>(&v).is_some() => Ok(Some(v)),
        Some(_) => Err(ApiError::field(
            field,
            "invalid",
            &format!("Use one of: {allowed}."),
        )),
    }
}

pub async fn list_items(
    state: &AppState,
    ctx: TenantCtx,
    q: ItemQuery,
) -> Result<ItemPage, ApiError> {
    let page = kernel::PageParams {
        limit: q.limit,
        cursor: q.cursor.clone(),
    };
    let (limit, after) = (page.limit()?, page.cursor()?);
    let mut sel =
        monitor_item::Entity::find().filter(monitor_item::Column::OrganizationId.eq(ctx.org_id));
    let categories = Category::ALL
        .iter()
        .map(crate::labels::to_label)
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(c) = label_param::<Category>("category", q.category, &categories)? {
        sel = sel.filter(monitor_item::Column::Category.eq(c));
    }
    if let Some(i) = label_param::<Impact>("impact", q.impact, "low, medium, high")? {
        sel = sel.filter(monitor_item::Column::Impact.eq(i));
    }
    if let Some(r) = q.min_relevance {
        if !(0.0..=1.0).contains(&r) {
            return Err(ApiError::field(
                "min_relevance",
                "invalid",
                "Use a number from 0 to 1.",
            ));
        }
        sel = sel.filter(monitor_item::Column::Relevance.gte(r));
    }
    if let Some(e) = q.entity.filter(|e| !e.trim().is_empty()) {
        sel = sel.filter(
            monitor_item::Column::Id.in_subquery(
                Query::select()
                    .column(monitor_mention::Column::ItemId)
                    .from(monitor_mention::Entity)
                    .and_where(monitor_mention::Column::OrganizationId.eq(ctx.org_id))
                    .and_where(
                        Expr::expr(Func::lower(Expr::col(monitor_mention::Column::Entity)))
                            .eq(e.trim().to_lowercase()),
                    )
                    .to_owned(),
            ),
        );
    }
    if let Some(text) = q.q.filter(|t| !t.trim().is_empty()) {
        // LIKE is case-sensitive on PostgreSQL: compare lowercased on both databases.
        let pattern = format!(
            "%{}%",
            text.trim()
                .to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        sel = sel.filter(
            Expr::expr(Func::lower(Expr::col(monitor_item::Column::Title)))
                .like(db::sea_orm::sea_query::LikeExpr::new(pattern.clone()).escape('\\'))
                .or(
                    Expr::expr(Func::lower(Expr::col(monitor_item::Column::Summary)))
                        .like(db::sea_orm::sea_query::LikeExpr::new(pattern).escape('\\')),
                ),
        );
    }
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        sel,
        (monitor_item::Column::FetchedAt, monitor_item::Column::Id),
        after,
        limit,
        true,
        |m| (m.fetched_at, m.id),
    )
    .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mentions = if ids.is_empty() {
        Vec::new()
    } else {
        monitor_mention::Entity::find()
            .filter(monitor_mention::Column::OrganizationId.eq(ctx.org_id))
            .filter(monitor_mention::Column::ItemId.is_in(ids))
            .order_by_asc(monitor_mention::Column::Id)
            .all(&state.db)
            .await?
    };
    let items = rows
        .into_iter()
        .map(|r| Item {
            mentions: mentions
                .iter()
                .filter(|m| m.item_id == r.id)
                .cloned()
                .map(mention_dto)
                .collect(),
            id: r.id,
            source_id: r.source_id,
            url: r.url,
            title: r.title,
            summary: r.summary,
            published_at: r.published_at,
            fetched_at: r.fetched_at,
            relevance: r.relevance,
            category: from_label(&r.category).unwrap_or(Category::Other),
            impact: from_label(&r.impact).unwrap_or(Impact::Low),
            matched_keywords: strings(&r.matched_keywords),
            story_id: r.story_id,
        })
        .collect();
    Ok(ItemPage { items, next_cursor })
}

pub async fn list_mentions(
    state: &AppState,
    ctx: TenantCtx,
    q: MentionQuery,
) -> Result<MentionPage, ApiError> {
    let page = kernel::PageParams {
        limit: q.limit,
        cursor: q.cursor.clone(),
    };
    let (limit, after) = (page.limit()?, page.cursor()?);
    let mut sel = monitor_mention::Entity::find()
        .filter(monitor_mention::Column::OrganizationId.eq(ctx.org_id));
    if let Some(e) = q.entity.filter(|e| !e.trim().is_empty()) {
        sel = sel.filter(
            Expr::expr(Func::lower(Expr::col(monitor_mention::Column::Entity)))
                .eq(e.trim().to_lowercase()),
        );
    }
    if let Some(s) =
        label_param::<SentimentLabel>("sentiment", q.sentiment, "positive, neutral, negative")?
    {
        sel = sel.filter(monitor_mention::Column::Label.eq(s));
    }
    if let (Some(f), Some(t)) = (q.from, q.to)
        && f > t
    {
        return Err(ApiError::field(
            "from",
            "invalid",
            "`from` must not be after `to`.",
        ));
    }
    if let Some(f) = q.from {
        sel = sel.filter(monitor_mention::Column::PublishedAt.gte(f));
    }
    if let Some(t) = q.to {
        sel = sel.filter(monitor_mention::Column::PublishedAt.lte(t));
    }
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        sel,
        (
            monitor_mention::Column::PublishedAt,
            monitor_mention::Column::Id,
        ),
        after,
        limit,
        true,
        |m| (m.published_at, m.id),
    )
    .await?;
    Ok(MentionPage {
        items: rows.into_iter().map(mention_dto).collect(),
        next_cursor,
    })
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SovQuery {
    /// `day` (default) or `week`.
    pub period: Option<String>,
    /// How far back, 1 to 365 days; 30 by default.
    pub days: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SovEntity {
    pub name: String,
    pub kind: EntityKind,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ShareOfVoice {
    /// `day` or `week`.
    pub period: String,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// The brand first, then every competitor, whether mentioned or not.
    pub entities: Vec<SovEntity>,
    /// One point per period with mentions; every entity appears in each, at 0 when unmentioned.
    pub points: Vec<monitor::SovPoint>,
    /// Mentions per entity over the whole window.
    pub totals: BTreeMap<String, u32>,
    /// Each entity's share of all mentions over the window, 0 to 1.
    pub shares: BTreeMap<String, f64>,
}

/// Shares of `counts` summing to 1 (all 0 when nothing was counted).
pub fn shares_of(counts: &BTreeMap<String, u32>) -> BTreeMap<String, f64> {
    let total: u32 = counts.values().sum();
    counts
        .iter()
        .map(|(k, v)| {
            let share = if total == 0 {
                0.0
            } else {
                f64::from(*v) / f64::from(total)
            };
            (k.clone(), share)
        })
        .collect()
}

pub async fn share_of_voice(
    state: &AppState,
    ctx: TenantCtx,
    q: SovQuery,
) -> Result<ShareOfVoice, ApiError> {
    let weekly = match q.period.as_deref().unwrap_or("day") {
        "day" => false,
        "week" => true,
        _ => return Err(ApiError::field("period", "invalid", "Use day or week.")),
    };
    let days = q.days.unwrap_or(30);
    if !(1..=365).contains(&days) {
        return Err(ApiError::field("days", "invalid", "Use 1 to 365 days."));
    }
    let to = state.clock.now();
    let from = to - Duration::days(days);
    let settings = watch::settings(&state.db, ctx.org_id).await?;
    let mut entities = vec![SovEntity {
        name: settings.brand.clone(),
        kind: EntityKind::Brand,
    }];
    entities.extend(settings.competitors.iter().map(|c| SovEntity {
        name: c.clone(),
        kind: EntityKind::Competitor,
    }));
    let rows: Vec<(DateTime<Utc>, String)> = monitor_mention::Entity::find()
        .select_only()
        .column(monitor_mention::Column::PublishedAt)
        .column(monitor_mention::Column::Entity)
        .filter(monitor_mention::Column::OrganizationId.eq(ctx.org_id))
        .filter(monitor_mention::Column::PublishedAt.gte(from))
        .filter(monitor_mention::Column::PublishedAt.lte(to))
        .into_tuple()
        .all(&state.db)
        .await?;
    // Mentions are counted under the entity's current spelling; names no longer watched drop out.
    let events: Vec<(DateTime<Utc>, String)> = rows
        .into_iter()
        .filter_map(|(at, name)| {
            entities
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(&name))
                .map(|e| (at, e.name.clone()))
        })
        .collect();
    let mut points = monitor::share_of_voice(&events, weekly);
    for p in &mut points {
        for e in &entities {
            p.counts.entry(e.name.clone()).or_insert(0);
            p.shares.entry(e.name.clone()).or_insert(0.0);
        }
    }
    let mut totals: BTreeMap<String, u32> = entities.iter().map(|e| (e.name.clone(), 0)).collect();
    for (_, name) in &events {
        *totals.entry(name.clone()).or_insert(0) += 1;
    }
    Ok(ShareOfVoice {
        period: if weekly { "week" } else { "day" }.into(),
        from,
        to,
        entities,
        points,
        shares: shares_of(&totals),
        totals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_sum_to_one_or_stay_zero() {
        let mut c = BTreeMap::new();
        c.insert("Acme".to_owned(), 3);
        c.insert("Beta".to_owned(), 1);
        c.insert("Gamma".to_owned(), 0);
        let s = shares_of(&c);
        assert_eq!(s["Acme"], 0.75);
        assert_eq!(s["Beta"], 0.25);
        assert_eq!(s["Gamma"], 0.0);
        let empty: BTreeMap<String, u32> = [("Acme".to_owned(), 0)].into_iter().collect();
        assert_eq!(shares_of(&empty)["Acme"], 0.0);
    }
}
