//! Research the agents can write from: recent news items, keyword clusters (gaps first),
//! competitors' positioning and content findings of the latest audit, each with a suggested
//! brief (topic, key message, keywords, channels and the facts to draw on).

use api::{ApiError, AppState, TenantCtx};
use chrono::Duration;
use content::Channel;
use db::entities::{
    competitor, competitor_page, competitor_snapshot, crawl, keyword_map, monitor_item,
};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::crawls::{status, stored_checks};

/// Sources offered per kind.
const PER_KIND: usize = 8;
/// News older than this is not offered.
const NEWS_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    NewsItem,
    KeywordCluster,
    Competitor,
    AuditFinding,
}

/// A brief the agents can start from, to be reviewed and completed by a person.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct BriefSuggestion {
    pub topic: Option<String>,
    pub goal: String,
    pub key_message: String,
    pub keywords: Vec<String>,
    pub channels: Vec<Channel>,
    /// Facts for the brief's `research` field.
    pub research: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct BriefSource {
    pub kind: SourceKind,
    /// The news item, cluster, competitor or check it comes from.
    pub id: String,
    pub title: String,
    pub detail: String,
    pub suggestion: BriefSuggestion,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BriefSourceList {
    pub items: Vec<BriefSource>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SourceQuery {
    /// Only this kind.
    pub kind: Option<SourceKind>,
}

fn clip(s: &str, max: usize) -> String {
    let t = s.trim();
    if t.chars().count() <= max {
        t.to_owned()
    } else {
        let mut out: String = t.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

pub fn news_source(item: &monitor_item::Model) -> BriefSource {
    let mut fact = format!("News: {}", item.title.trim());
    if !item.summary.trim().is_empty() {
        fact.push_str(" — ");
        fact.push_str(&clip(&item.summary, 600));
    }
    if let Some(url) = &item.url {
        fact.push_str(&format!(" ({url})"));
    }
    let keywords: Vec<String> =
        serde_json::from_value(item.matched_keywords.clone()).unwrap_or_default();
    BriefSource {
        kind: SourceKind::NewsItem,
        id: item.id.to_string(),
        title: item.title.clone(),
        detail: format!(
            "{} news, {} impact, relevance {:.0}%",
            item.category,
            item.impact,
            item.relevance * 100.0
        ),
        suggestion: BriefSuggestion {
            topic: Some(clip(&item.title, 200)),
            goal: "Join the conversation while the story is fresh".into(),
            key_message: format!("Our take on: {}", clip(&item.title, 300)),
            keywords: keywords.into_iter().take(5).collect(),
            channels: vec![Channel::Linkedin, Channel::X, Channel::Bluesky],
            research: vec![clip(&fact, 1500)],
        },
    }
}

pub fn cluster_source(c: &keywords::Cluster, gap_competitors: &[String]) -> BriefSource {
    let channel = match c.recommendation.content_type {
        keywords::ContentType::SocialPost => Channel::Linkedin,
        _ => Channel::Blog,
    };
    let mut research = vec![format!(
        "Keyword cluster \"{}\" ({:?} intent): {}. {}",
        c.label,
        c.intent,
        c.keywords
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join(", "),
        c.recommendation.rationale
    )];
    if !gap_competitors.is_empty() {
        research.push(format!(
            "Competitors covering this topic where we do not yet: {}.",
            gap_competitors.join(", ")
        ));
    }
    BriefSource {
        kind: SourceKind::KeywordCluster,
        id: c.id.to_string(),
        title: c.label.clone(),
        detail: {
            let n = c.keywords.len();
            let count = format!("{n} keyword{}", if n == 1 { "" } else { "s" });
            if c.gap {
                format!("Gap: competitors cover it, we don't; {count}")
            } else {
                count
            }
        },
        suggestion: BriefSuggestion {
            topic: Some(clip(&c.label, 200)),
            goal: "Rank for this topic and bring searchers to the site".into(),
            key_message: format!("Everything you need to know about {}", c.label),
            keywords: c.keywords.iter().take(5).cloned().collect(),
            channels: vec![channel],
            research: research.into_iter().map(|r| clip(&r, 1500)).collect(),
        },
    }
}

pub fn competitor_source(name: &str, id: &str, snap: &intel::PageSnapshot) -> BriefSource {
    let mut fact = format!("Competitor {name} positions itself as: ");
    fact.push_str(
        &snap
            .headlines
            .iter()
            .take(2)
            .cloned()
            .collect::<Vec<_>>()
            .join(" / "),
    );
    if !snap.value_propositions.is_empty() {
        fact.push_str(". They promise: ");
        fact.push_str(
            &snap
                .value_propositions
                .iter()
                .take(4)
                .cloned()
                .collect::<Vec<_>>()
                .join("; "),
        );
    }
    fact.push('.');
    BriefSource {
        kind: SourceKind::Competitor,
        id: id.to_owned(),
        title: format!("How we differ from {name}"),
        detail: snap.headlines.first().cloned().unwrap_or_default(),
        suggestion: BriefSuggestion {
            topic: Some(format!("Why teams choose us over {name}")),
            goal: "Win buyers comparing us with a competitor".into(),
            key_message: format!("What we do differently from {name}"),
            keywords: Vec::new(),
            channels: vec![Channel::Linkedin, Channel::GoogleRsa],
            research: vec![clip(&fact, 1500)],
        },
    }
}

pub fn audit_source(check: &seo::CheckSummary) -> BriefSource {
    let example = check.urls.first().cloned().unwrap_or_default();
    BriefSource {
        kind: SourceKind::AuditFinding,
        id: check.id.clone(),
        title: format!("{} ({} pages)", check.title, check.affected),
        detail: example.clone(),
        suggestion: BriefSuggestion {
            topic: Some(format!("Improve {example}")),
            goal: "Fix a content weakness the site audit found".into(),
            key_message: format!("Stronger content for {example}"),
            keywords: Vec::new(),
            channels: vec![Channel::Blog],
            research: vec![clip(
                &format!(
                    "Site audit: {} on {} pages, e.g. {example}. {} Fix: {}",
                    check.title, check.affected, check.explanation, check.fix
                ),
                1500,
            )],
        },
    }
}

pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    q: SourceQuery,
) -> Result<BriefSourceList, ApiError> {
    let want = |k: SourceKind| q.kind.is_none_or(|w| w == k);
    let org = ctx.org_id;
    let mut items = Vec::new();
    if want(SourceKind::NewsItem) {
        let since = state.clock.now() - Duration::days(NEWS_DAYS);
        let news = monitor_item::Entity::find()
            .filter(monitor_item::Column::OrganizationId.eq(org))
            .filter(monitor_item::Column::FetchedAt.gte(since))
            .order_by_desc(monitor_item::Column::Relevance)
            .limit(PER_KIND as u64)
            .all(&state.db)
            .await?;
        items.extend(news.iter().map(news_source));
    }
    if want(SourceKind::KeywordCluster)
        && let Some(row) = keyword_map::Entity::find_by_id(org).one(&state.db).await?
        && let Ok(map) = serde_json::from_value::<keywords::KeywordMap>(row.data)
    {
        let mut clusters: Vec<&keywords::Cluster> = map.clusters.iter().collect();
        // Gaps first: topics competitors already win.
        clusters.sort_by_key(|c| !c.gap);
        for c in clusters.into_iter().take(PER_KIND) {
            let competitors = map
                .gaps
                .iter()
                .find(|g| g.cluster_id == c.id)
                .map(|g| g.competitors.clone())
                .unwrap_or_default();
            items.push(cluster_source(c, &competitors));
        }
    }
    if want(SourceKind::Competitor) {
        let rivals = competitor::Entity::find()
            .filter(competitor::Column::OrganizationId.eq(org))
            .order_by_asc(competitor::Column::CreatedAt)
            .limit(PER_KIND as u64)
            .all(&state.db)
            .await?;
        for rival in rivals {
            let home = competitor_page::Entity::find()
                .filter(competitor_page::Column::OrganizationId.eq(org))
                .filter(competitor_page::Column::CompetitorId.eq(rival.id))
                .filter(competitor_page::Column::Kind.eq("home"))
                .one(&state.db)
                .await?;
            let Some(snapshot_id) = home.and_then(|p| p.last_snapshot_id) else {
                continue;
            };
            let snap = competitor_snapshot::Entity::find_by_id(snapshot_id)
                .filter(competitor_snapshot::Column::OrganizationId.eq(org))
                .one(&state.db)
                .await?
                .and_then(|s| s.data)
                .and_then(|d| serde_json::from_value::<intel::PageSnapshot>(d).ok());
            if let Some(snap) = snap {
                items.push(competitor_source(&rival.name, &rival.id.to_string(), &snap));
            }
        }
    }
    if want(SourceKind::AuditFinding) {
        let latest = crawl::Entity::find()
            .filter(crawl::Column::OrganizationId.eq(org))
            .filter(crawl::Column::Status.eq(status::SUCCEEDED))
            .order_by_desc(crawl::Column::CreatedAt)
            .one(&state.db)
            .await?;
        if let Some(c) = latest {
            items.extend(
                stored_checks(&c)
                    .iter()
                    .filter(|k| k.category.as_str() == "content")
                    .take(PER_KIND)
                    .map(audit_source),
            );
        }
    }
    Ok(BriefSourceList { items })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_facts_are_clipped_with_an_ellipsis() {
        assert_eq!(clip("  short ", 10), "short");
        let long = "x".repeat(20);
        let out = clip(&long, 10);
        assert_eq!(out.chars().count(), 10);
        assert!(out.ends_with('…'));
    }
}
