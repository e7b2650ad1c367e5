//! The `monitoring.poll` job: fetches one source through the guarded client, parses it, keeps
//! the items the organization has not seen, scores them against the watch list, stores them
//! with their mentions, and lets the enabled alert rules raise alerts.
//!
//! A fetch or parse failure is recorded on the source (`last_status = error`) and the job
//! succeeds: the source's schedule is the retry. Re-running a poll is harmless: items are
//! unique per organization and alerts per rule and item.

use std::collections::HashSet;

use api::{ApiError, AppState};
use chrono::{DateTime, Duration, Utc};
use db::entities::{monitor_item, monitor_mention, monitor_source};
use db::sea_orm::{
    ActiveValue::Set,
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use jobs::{JobContext, JobHandler};
use monitor::{EntityKind, FeedError, FeedItem, Scored};
use uuid::Uuid;

use crate::alerts::{NewAlert, raise_alert};
use crate::labels::to_label;
use crate::rules::{AlertRule, enabled_rules, engine_rule};
use crate::schedule_math::{clip, column_key};
use crate::sources::PollPayload;
use crate::{detect, watch};

/// Child sitemaps of a sitemap index fetched per poll: news sitemaps are small and recent,
/// and a big index must not turn one poll into hundreds of requests.
const MAX_CHILD_SITEMAPS: usize = 5;

pub struct PollJob {
    state: AppState,
}

pub fn poll_job_handler(state: AppState) -> PollJob {
    PollJob { state }
}

async fn fetch(state: &AppState, url: &str) -> Result<Vec<u8>, String> {
    let res = state
        .service::<net::GuardedClient>()
        .get(url)
        .await
        .map_err(|e| e.to_string())?;
    if !res.status.is_success() {
        return Err(format!("the source answered HTTP {}", res.status.as_u16()));
    }
    Ok(res.body.to_vec())
}

/// The source's kind and items.
async fn fetch_items(state: &AppState, url: &str) -> Result<(&'static str, Vec<FeedItem>), String> {
    let body = fetch(state, url).await?;
    let kind = detect::source_kind(&body);
    match monitor::parse_source(&body, url) {
        Ok(items) => Ok((kind, items)),
        Err(FeedError::Empty) => Ok((kind, Vec::new())),
        Err(e) => {
            let children = monitor::child_sitemaps(&body, url);
            if children.is_empty() {
                return Err(e.to_string());
            }
            let mut items = Vec::new();
            for child in children.iter().take(MAX_CHILD_SITEMAPS) {
                // One unreadable child does not hide the others' news.
                match fetch(state, child).await {
                    Ok(b) => items.extend(monitor::parse_source(&b, child).unwrap_or_default()),
                    Err(e) => tracing::warn!(error = %e, "child sitemap not fetched"),
                }
            }
            Ok(("sitemap", items))
        }
    }
}

/// The alert a rule raises for an item.
fn alert_for(rule: &AlertRule, item: &FeedItem, key: &str, scored: &Scored) -> NewAlert {
    let mentioned = scored.mentions.iter().any(|m| {
        (m.kind == EntityKind::Brand && rule.include_brand)
            || (m.kind == EntityKind::Competitor
                && rule
                    .competitors
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(&m.entity)))
    });
    let mut body = format!(
        "{}: {} news, {} impact, relevance {:.0}%.",
        rule.name,
        to_label(&scored.category),
        to_label(&scored.impact),
        scored.relevance * 100.0
    );
    if !scored.matched_keywords.is_empty() {
        body.push_str(&format!(
            " Matched: {}.",
            scored.matched_keywords.join(", ")
        ));
    }
    if let Some(m) = scored.mentions.first() {
        body.push_str(&format!(
            " {} ({}): \"{}\"",
            m.entity,
            to_label(&m.sentiment.label),
            m.snippet
        ));
    }
    NewAlert {
        kind: if mentioned { "mention" } else { "news" }.into(),
        title: item.title.clone(),
        body,
        url: item.url.clone(),
        priority: monitor::priority(&engine_rule(rule), scored),
        urgency: rule.urgency,
        dedupe_key: format!("rule:{}:item:{key}", rule.id),
        channels: rule.channels,
        rule_id: Some(rule.id),
    }
}

/// Stores the items new to the organization; returns how many were new.
pub async fn store_items(
    state: &AppState,
    org: Uuid,
    source: Uuid,
    items: Vec<FeedItem>,
    now: DateTime<Utc>,
) -> Result<i32, ApiError> {
    let db = &state.db;
    let settings = watch::settings(db, org).await?;
    let w = watch::engine_watch(&settings);
    let rules = enabled_rules(db, org).await?;

    let mut seen = HashSet::new();
    let keyed: Vec<(String, FeedItem)> = items
        .into_iter()
        .map(|i| (column_key(&monitor::dedup_key(&i)), i))
        .filter(|(k, _)| seen.insert(k.clone()))
        .collect();
    let mut known = HashSet::new();
    for chunk in keyed.chunks(200) {
        let rows: Vec<String> = monitor_item::Entity::find()
            .select_only()
            .column(monitor_item::Column::DedupKey)
            .filter(monitor_item::Column::OrganizationId.eq(org))
            .filter(monitor_item::Column::DedupKey.is_in(chunk.iter().map(|(k, _)| k.clone())))
            .into_tuple()
            .all(db)
            .await?;
        known.extend(rows);
    }
    // Recent titles, to group the same story told by several sources.
    let mut recent: Vec<(String, Uuid)> = monitor_item::Entity::find()
        .select_only()
        .column(monitor_item::Column::Title)
        .column(monitor_item::Column::StoryId)
        .filter(monitor_item::Column::OrganizationId.eq(org))
        .filter(monitor_item::Column::FetchedAt.gte(now - Duration::days(3)))
        .order_by_desc(monitor_item::Column::FetchedAt)
        .limit(500)
        .into_tuple()
        .all(db)
        .await?;

    let mut fresh = 0;
    for (key, item) in keyed.into_iter().filter(|(k, _)| !known.contains(k)) {
        let scored = monitor::score(&item, &w);
        let id = Uuid::now_v7();
        let story_id = recent
            .iter()
            .find(|(t, _)| monitor::same_story(t, &item.title))
            .map_or(id, |(_, s)| *s);
        let published = item.published.unwrap_or(now);
        let txn = db::begin_write(db).await?;
        let inserted = monitor_item::Entity::insert(monitor_item::ActiveModel {
            id: Set(id),
            organization_id: Set(org),
            source_id: Set(source),
            dedup_key: Set(key.clone()),
            url: Set(item.url.as_deref().map(|u| clip(u, 2048))),
            title: Set(item.title.clone()),
            summary: Set(item.summary.clone()),
            published_at: Set(item.published),
            fetched_at: Set(now),
            relevance: Set(scored.relevance),
            category: Set(to_label(&scored.category)),
            impact: Set(to_label(&scored.impact)),
            matched_keywords: Set(serde_json::json!(scored.matched_keywords)),
            story_id: Set(story_id),
        })
        .on_conflict(
            OnConflict::columns([
                monitor_item::Column::OrganizationId,
                monitor_item::Column::DedupKey,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        if inserted == 0 {
            // Another poll stored it first.
            txn.rollback().await?;
            continue;
        }
        if !scored.mentions.is_empty() {
            let rows = scored
                .mentions
                .iter()
                .map(|m| monitor_mention::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    organization_id: Set(org),
                    item_id: Set(id),
                    entity: Set(clip(&m.entity, 200)),
                    kind: Set(to_label(&m.kind)),
                    snippet: Set(m.snippet.clone()),
                    sentiment: Set(m.sentiment.compound),
                    label: Set(to_label(&m.sentiment.label)),
                    published_at: Set(published),
                });
            monitor_mention::Entity::insert_many(rows)
                .exec_without_returning(&txn)
                .await?;
        }
        txn.commit().await?;
        recent.push((item.title.clone(), story_id));
        fresh += 1;
        for rule in &rules {
            if monitor::matches(&engine_rule(rule), &item, &scored) {
                raise_alert(state, org, alert_for(rule, &item, &key, &scored)).await?;
            }
        }
    }
    Ok(fresh)
}

#[async_trait::async_trait]
impl JobHandler for PollJob {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let p: PollPayload = ctx.payload()?;
        let org = ctx
            .job
            .organization_id
            .ok_or("a poll job needs an organization")?;
        let db = &self.state.db;
        let Some(source) = monitor_source::Entity::find_by_id(p.source_id)
            .filter(monitor_source::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Ok(());
        };
        let now = self.state.clock.now();
        let (kind, new, status, error) = match fetch_items(&self.state, &source.url).await {
            Ok((kind, items)) => {
                let new = store_items(&self.state, org, source.id, items, now)
                    .await
                    .map_err(|e| format!("storing items failed: {}", e.detail))?;
                (kind.to_owned(), new, "ok", None)
            }
            Err(e) => (source.kind.clone(), 0, "error", Some(clip(&e, 1000))),
        };
        monitor_source::Entity::update_many()
            .col_expr(monitor_source::Column::Kind, Expr::value(kind))
            .col_expr(monitor_source::Column::LastPolledAt, Expr::value(now))
            .col_expr(monitor_source::Column::LastStatus, Expr::value(status))
            .col_expr(monitor_source::Column::LastError, Expr::value(error))
            .col_expr(
                monitor_source::Column::ItemCount,
                Expr::col(monitor_source::Column::ItemCount).add(new),
            )
            .col_expr(monitor_source::Column::UpdatedAt, Expr::value(now))
            .filter(monitor_source::Column::Id.eq(source.id))
            .exec(db)
            .await
            .map_err(|e| e.to_string())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alerts::AlertChannels;
    use monitor::{Category, Impact, Mention, Sentiment, SentimentLabel, Urgency};

    fn rule(include_brand: bool, competitors: &[&str]) -> AlertRule {
        AlertRule {
            id: Uuid::nil(),
            name: "Coverage".into(),
            keywords: vec![],
            competitors: competitors.iter().map(|c| (*c).to_owned()).collect(),
            include_brand,
            min_relevance: 0.0,
            min_impact: Impact::Low,
            sentiment: None,
            urgency: Urgency::High,
            channels: AlertChannels::all(),
            enabled: true,
            created_at: DateTime::from_timestamp(0, 0).unwrap_or_default(),
            updated_at: DateTime::from_timestamp(0, 0).unwrap_or_default(),
        }
    }

    fn scored(kind: EntityKind, entity: &str) -> Scored {
        Scored {
            relevance: 0.8,
            category: Category::Product,
            impact: Impact::High,
            matched_keywords: vec!["release".into()],
            mentions: vec![Mention {
                entity: entity.into(),
                kind,
                snippet: format!("{entity} ships."),
                sentiment: Sentiment {
                    compound: 0.5,
                    positive: 0.4,
                    negative: 0.0,
                    neutral: 0.6,
                    label: SentimentLabel::Positive,
                },
            }],
        }
    }

    fn item() -> FeedItem {
        FeedItem {
            guid: "g".into(),
            url: Some("https://news.test/a".into()),
            title: "Acme ships".into(),
            summary: String::new(),
            published: None,
            author: None,
        }
    }

    #[test]
    fn a_rule_on_mentions_raises_a_mention_alert_keyed_by_rule_and_item() {
        let a = alert_for(
            &rule(true, &[]),
            &item(),
            "https://news.test/a",
            &scored(EntityKind::Brand, "Acme"),
        );
        assert_eq!(a.kind, "mention");
        assert_eq!(
            a.dedupe_key,
            format!("rule:{}:item:https://news.test/a", Uuid::nil())
        );
        assert_eq!(a.urgency, Urgency::High);
        assert!(
            a.body.contains("product news, high impact, relevance 80%"),
            "{}",
            a.body
        );
        assert!(a.body.contains("Matched: release."));
        assert!(a.priority > 0);
    }

    #[test]
    fn an_unwatched_competitor_makes_a_news_alert() {
        let a = alert_for(
            &rule(false, &["Globex"]),
            &item(),
            "k",
            &scored(EntityKind::Competitor, "Initech"),
        );
        assert_eq!(a.kind, "news");
        let b = alert_for(
            &rule(false, &["globex"]),
            &item(),
            "k",
            &scored(EntityKind::Competitor, "Globex"),
        );
        assert_eq!(b.kind, "mention", "competitor names compare without case");
    }
}
