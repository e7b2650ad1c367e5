//! The keyword map: built from our pages and the competitors', stored per organization, and
//! read merged with the metrics imported from keyword tools.

use api::{ApiError, AppState, TenantCtx};
use axum::http::StatusCode;
use chrono::{DateTime, SubsecRound, Utc};
use db::entities::{keyword_map, keyword_metric};
use db::sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};
use keywords::{KeywordMap, KeywordMetric, MapOptions};
use uuid::Uuid;

use super::documents;
use super::filter::{self, KeywordQuery};
use super::model::*;

fn now(state: &AppState) -> DateTime<Utc> {
    state.clock.now().trunc_subsecs(6)
}

fn empty_map() -> KeywordMap {
    KeywordMap {
        keywords: Vec::new(),
        clusters: Vec::new(),
        gaps: Vec::new(),
        brand_names: Vec::new(),
    }
}

/// Builds the map from our latest crawls, the competitors' latest snapshots and our brand
/// names, and stores it in place of the previous one. The crawl job calls this after a crawl.
pub async fn rebuild_map(state: &AppState, org: Uuid) -> Result<(), ApiError> {
    let mut docs = documents::our_documents(&state.db, org).await?;
    docs.extend(documents::competitor_documents(&state.db, org).await?);
    let names = documents::brand_names(&state.db, org).await?;
    let count = i32::try_from(docs.len()).unwrap_or(i32::MAX);
    // The engine is quick but CPU-bound: off the async threads.
    let map = tokio::task::spawn_blocking(move || {
        keywords::build_map(&docs, &names, &MapOptions::default())
    })
    .await
    .map_err(ApiError::internal)?;
    let data = serde_json::to_value(&map).map_err(ApiError::internal)?;
    keyword_map::Entity::insert(keyword_map::ActiveModel {
        organization_id: Set(org),
        data: Set(data),
        documents: Set(count),
        built_at: Set(now(state)),
    })
    .on_conflict(
        OnConflict::column(keyword_map::Column::OrganizationId)
            .update_columns([
                keyword_map::Column::Data,
                keyword_map::Column::Documents,
                keyword_map::Column::BuiltAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    Ok(())
}

fn metric_of(row: keyword_metric::Model) -> KeywordMetric {
    KeywordMetric {
        keyword: row.keyword,
        volume: row.volume.and_then(|v| u64::try_from(v).ok()),
        difficulty: row.difficulty,
        cpc: row.cpc,
        competition: row.competition,
    }
}

async fn metrics(db: &impl ConnectionTrait, org: Uuid) -> Result<Vec<KeywordMetric>, ApiError> {
    Ok(keyword_metric::Entity::find()
        .filter(keyword_metric::Column::OrganizationId.eq(org))
        .order_by_asc(keyword_metric::Column::Normalized)
        .all(db)
        .await?
        .into_iter()
        .map(metric_of)
        .collect())
}

/// The stored map (empty before the first build) merged with the imported metrics.
struct Merged {
    map: KeywordMap,
    built_at: Option<DateTime<Utc>>,
    documents: i32,
    metrics: usize,
}

async fn stored_row(
    db: &impl ConnectionTrait,
    org: Uuid,
) -> Result<Option<(KeywordMap, DateTime<Utc>, i32)>, ApiError> {
    Ok(keyword_map::Entity::find_by_id(org)
        .filter(keyword_map::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .map(|row| {
            (
                serde_json::from_value(row.data).unwrap_or_else(|_| empty_map()),
                row.built_at,
                row.documents,
            )
        }))
}

/// The map as last built, without imported metrics, and when it was built.
pub async fn stored_map(
    db: &impl ConnectionTrait,
    org: Uuid,
) -> Result<Option<(KeywordMap, DateTime<Utc>)>, ApiError> {
    Ok(stored_row(db, org).await?.map(|(m, at, _)| (m, at)))
}

async fn merged(state: &AppState, org: Uuid) -> Result<Merged, ApiError> {
    let (mut map, built_at, documents) = match stored_row(&state.db, org).await? {
        Some((map, at, docs)) => (map, Some(at), docs),
        None => (empty_map(), None, 0),
    };
    let imported = metrics(&state.db, org).await?;
    if !imported.is_empty() {
        keywords::merge_metrics(&mut map, &imported);
    }
    Ok(Merged {
        map,
        built_at,
        documents,
        metrics: imported.len(),
    })
}

/// `GET /keywords`.
pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    q: KeywordQuery,
) -> Result<KeywordList, ApiError> {
    if let Some(limit) = q.limit
        && !(1..=filter::MAX_LIMIT).contains(&limit)
    {
        return Err(ApiError::field(
            "limit",
            "invalid",
            &format!("limit must be between 1 and {}", filter::MAX_LIMIT),
        ));
    }
    let m = merged(state, ctx.org_id).await?;
    let (items, total) = filter::select(m.map.keywords, &q);
    Ok(KeywordList {
        items,
        total,
        clusters: m.map.clusters,
        built_at: m.built_at,
        documents: m.documents,
        metrics: m.metrics,
    })
}

/// `POST /keywords/rebuild`: builds now and answers the first page of the new map.
pub async fn rebuild(state: &AppState, ctx: TenantCtx) -> Result<KeywordList, ApiError> {
    rebuild_map(state, ctx.org_id).await?;
    list(state, ctx, KeywordQuery::default()).await
}

/// `GET /keywords/gaps`.
pub async fn gaps(state: &AppState, ctx: TenantCtx) -> Result<GapList, ApiError> {
    let m = merged(state, ctx.org_id).await?;
    let items = m
        .map
        .gaps
        .into_iter()
        .map(|g| {
            let cluster = m.map.clusters.iter().find(|c| c.id == g.cluster_id);
            let volumes: Vec<u64> = m
                .map
                .keywords
                .iter()
                .filter(|k| g.keywords.contains(&k.phrase))
                .filter_map(|k| k.volume)
                .collect();
            GapView {
                total_volume: (!volumes.is_empty()).then(|| volumes.iter().sum()),
                intent: cluster.map(|c| c.intent),
                recommendation: cluster.map(|c| c.recommendation.clone()),
                gap: g,
            }
        })
        .collect();
    Ok(GapList {
        items,
        built_at: m.built_at,
    })
}

/// The problem for an export that cannot be read, with the line at fault.
fn import_invalid(e: &keywords::ImportError) -> ApiError {
    let mut err = ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "keywords.import_invalid",
        e.to_string(),
    );
    err.errors = vec![api::FieldError::new("file", "invalid", e.to_string())];
    err
}

/// `POST /keywords/import`: reads a keyword tool's export, keeps its metrics (a keyword
/// imported again takes the new figures) and reports how they meet the map.
pub async fn import(
    state: &AppState,
    ctx: TenantCtx,
    bytes: Vec<u8>,
) -> Result<ImportResult, ApiError> {
    let format = super::format::detect(&bytes).to_owned();
    let parsed = tokio::task::spawn_blocking(move || keywords::import_metrics(&bytes))
        .await
        .map_err(ApiError::internal)?
        .map_err(|e| import_invalid(&e))?;
    let rows: Vec<keyword_metric::ActiveModel> = dedupe(&parsed)
        .into_iter()
        .map(|(normalized, m)| keyword_metric::ActiveModel {
            id: Set(Uuid::now_v7()),
            organization_id: Set(ctx.org_id),
            keyword: Set(clip(&m.keyword, 300)),
            normalized: Set(clip(&normalized, 300)),
            volume: Set(m.volume.map(|v| i64::try_from(v).unwrap_or(i64::MAX))),
            difficulty: Set(m.difficulty),
            cpc: Set(m.cpc),
            competition: Set(m.competition),
            source: Set(clip(&format, 20)),
            imported_at: Set(now(state)),
        })
        .collect();
    let txn = db::begin_write(&state.db).await?;
    // Inserted in slices: one statement's bind parameters are limited on SQLite.
    for chunk in rows.chunks(500) {
        keyword_metric::Entity::insert_many(chunk.to_vec())
            .on_conflict(
                OnConflict::columns([
                    keyword_metric::Column::OrganizationId,
                    keyword_metric::Column::Normalized,
                ])
                .update_columns([
                    keyword_metric::Column::Keyword,
                    keyword_metric::Column::Volume,
                    keyword_metric::Column::Difficulty,
                    keyword_metric::Column::Cpc,
                    keyword_metric::Column::Competition,
                    keyword_metric::Column::Source,
                    keyword_metric::Column::ImportedAt,
                ])
                .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
    }
    txn.commit().await?;
    let mut map = stored_map(&state.db, ctx.org_id)
        .await?
        .map_or_else(empty_map, |(m, _)| m);
    let report = keywords::merge_metrics(&mut map, &parsed);
    Ok(ImportResult {
        format,
        rows: parsed.len(),
        report,
    })
}

fn clip(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// One metric per normal form (the last one of the file wins), blank keywords dropped.
pub fn dedupe(metrics: &[KeywordMetric]) -> Vec<(String, KeywordMetric)> {
    let mut out: Vec<(String, KeywordMetric)> = Vec::new();
    for m in metrics {
        let key = keywords::normalize::match_form(&m.keyword);
        if key.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = m.clone(),
            None => out.push((key, m.clone())),
        }
    }
    out
}

/// `DELETE /keywords/metrics`: forgets every imported metric.
pub async fn forget_metrics(state: &AppState, ctx: TenantCtx) -> Result<Forgotten, ApiError> {
    let deleted = keyword_metric::Entity::delete_many()
        .filter(keyword_metric::Column::OrganizationId.eq(ctx.org_id))
        .exec(&state.db)
        .await?
        .rows_affected;
    Ok(Forgotten { deleted })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metric(k: &str, v: u64) -> KeywordMetric {
        KeywordMetric {
            keyword: k.into(),
            volume: Some(v),
            difficulty: None,
            cpc: None,
            competition: None,
        }
    }

    #[test]
    fn one_metric_per_phrase_the_last_wins() {
        let d = dedupe(&[
            metric("Email Marketing", 10),
            metric("  ", 5),
            metric("email  marketing", 20),
            metric("crm", 7),
        ]);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].0, "email marketing");
        assert_eq!(d[0].1.volume, Some(20));
        assert_eq!(d[1].0, "crm");
    }
}
