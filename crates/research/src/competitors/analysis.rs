//! The competitive analysis report (FR-1.3.2, FR-7.6.3): our brand beside each competitor.
//!
//! Our side comes from the brand profile as people edit it (its draft: tagline, mission,
//! positioning statement, values and value propositions) and from the keywords our pages use
//! in the keyword map; each competitor's side from the latest snapshot of each of its pages
//! and the keywords its pages use.

use std::collections::{HashMap, HashSet};

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{brand, competitor, organization};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use intel::{AnalysisReport, PageKind, PageSnapshot, Positioning};
use keywords::KeywordMap;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use super::model::AnalysisQuery;
use super::service::parse_kind;
use super::store;

/// Keywords and topics set beside each company.
const MAX_KEYWORDS: usize = 50;
const MAX_TOPICS: usize = 20;

#[derive(Debug, Serialize, ToSchema)]
pub struct AnalysisView {
    /// The brand our side was read from; none when the organization has no brand yet.
    pub brand_id: Option<Uuid>,
    /// Competitors in the report.
    pub competitors: usize,
    /// Competitors without any snapshot yet: their rows are empty until one is taken.
    pub without_snapshot: Vec<String>,
    /// When the keyword map used for the keyword overlap was built.
    pub keywords_built_at: Option<DateTime<Utc>>,
    #[serde(flatten)]
    pub report: AnalysisReport,
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .unwrap_or_default()
        .to_owned()
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn field_of(items: &Value, list: &str, field: &str) -> Vec<String> {
    items
        .get(list)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|i| text(i, field))
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The positioning statement "For (target) who (need), (name) is a (category) that (benefit).
/// Unlike (alternative), we (differentiator).", from the parts the brand has filled in.
pub fn statement(name: &str, positioning: &Value) -> Option<String> {
    let part = |k: &str| Some(text(positioning, k)).filter(|s| !s.is_empty());
    let mut first = String::new();
    if let Some(t) = part("target") {
        first.push_str(&format!("For {t}"));
        if let Some(n) = part("need") {
            first.push_str(&format!(" who {n}"));
        }
        first.push_str(", ");
    }
    match (part("category"), part("benefit")) {
        (Some(c), Some(b)) => first.push_str(&format!("{name} is a {c} that {b}.")),
        (Some(c), None) => first.push_str(&format!("{name} is a {c}.")),
        (None, Some(b)) => first.push_str(&format!("{name} helps {b}.")),
        (None, None) if !first.is_empty() => first.push_str(&format!("there is {name}.")),
        (None, None) => {}
    }
    let second = match (part("alternative"), part("differentiator")) {
        (Some(a), Some(d)) => format!("Unlike {a}, we {d}."),
        (None, Some(d)) => format!("We {d}."),
        _ => String::new(),
    };
    let out = [first, second]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!out.is_empty()).then_some(out)
}

/// Our side of the analysis from a brand profile (the brand's draft document).
pub fn brand_positioning(name: &str, profile: &Value) -> Positioning {
    let tagline = text(profile, "tagline");
    let mut headlines: Vec<String> = Vec::new();
    if !tagline.is_empty() {
        headlines.push(tagline);
    }
    headlines.extend(field_of(profile, "messaging_pillars", "title"));
    let values = field_of(profile, "values", "name");
    Positioning {
        name: name.to_owned(),
        is_us: true,
        headlines,
        value_propositions: strings(profile, "value_propositions"),
        mission: Some(text(profile, "mission")).filter(|m| !m.is_empty()),
        positioning: profile.get("positioning").and_then(|p| statement(name, p)),
        values: (!values.is_empty()).then(|| values.join(", ")),
        ..Positioning::default()
    }
}

/// Whose pages a keyword list is read for.
#[derive(Debug, Clone, Copy)]
pub enum Side<'a> {
    Us,
    Competitor(&'a str),
}

/// The keywords the side's pages use, best first, and the topics they belong to.
pub fn keywords_of(map: &KeywordMap, side: Side<'_>) -> (Vec<String>, Vec<String>) {
    let used: Vec<String> = map
        .keywords
        .iter()
        .filter(|k| match side {
            Side::Us => k.ours > 0,
            Side::Competitor(name) => k.competitors.get(name).is_some_and(|n| *n > 0),
        })
        .map(|k| k.phrase.clone())
        .take(MAX_KEYWORDS)
        .collect();
    let set: HashSet<&str> = used.iter().map(String::as_str).collect();
    let topics = map
        .clusters
        .iter()
        .filter(|c| c.keywords.iter().any(|k| set.contains(k.as_str())))
        .map(|c| c.label.clone())
        .take(MAX_TOPICS)
        .collect();
    (used, topics)
}

/// The order pages are read in: the home page says most about positioning.
fn page_rank(kind: PageKind) -> u8 {
    match kind {
        PageKind::Home => 0,
        PageKind::Pricing => 1,
        PageKind::Product => 2,
        PageKind::About => 3,
        PageKind::Blog => 5,
        PageKind::Other => 4,
    }
}

pub async fn report(
    state: &AppState,
    ctx: TenantCtx,
    q: AnalysisQuery,
) -> Result<AnalysisView, ApiError> {
    let db = &state.db;
    let brand = match q.brand_id {
        Some(id) => Some(
            brand::Entity::find_by_id(id)
                .filter(brand::Column::OrganizationId.eq(ctx.org_id))
                .one(db)
                .await?
                .ok_or_else(ApiError::not_found)?,
        ),
        None => {
            brand::Entity::find()
                .filter(brand::Column::OrganizationId.eq(ctx.org_id))
                .order_by_asc(brand::Column::CreatedAt)
                .order_by_asc(brand::Column::Id)
                .one(db)
                .await?
        }
    };
    let mut us = match &brand {
        Some(b) => brand_positioning(&b.name, &b.draft),
        None => {
            let org = organization::Entity::find_by_id(ctx.org_id)
                .one(db)
                .await?
                .ok_or_else(ApiError::not_found)?;
            brand_positioning(&org.name, &Value::Null)
        }
    };
    let stored = crate::keywords::service::stored_map(db, ctx.org_id).await?;
    let (map, keywords_built_at) = match stored {
        Some((map, at)) => (Some(map), Some(at)),
        None => (None, None),
    };
    if let Some(m) = &map {
        (us.keywords, us.topics) = keywords_of(m, Side::Us);
    }

    let competitors = competitor::Entity::find()
        .filter(competitor::Column::OrganizationId.eq(ctx.org_id))
        .order_by_asc(competitor::Column::CreatedAt)
        .order_by_asc(competitor::Column::Id)
        .all(db)
        .await?;
    let mut by_competitor: HashMap<Uuid, Vec<(u8, PageSnapshot)>> = HashMap::new();
    for (page, snap) in store::latest_snapshots(db, ctx.org_id, None).await? {
        if let Some(s) = snap.data.and_then(|d| serde_json::from_value(d).ok()) {
            by_competitor
                .entry(page.competitor_id)
                .or_default()
                .push((page_rank(parse_kind(&page.kind)), s));
        }
    }
    let mut companies = vec![us];
    let mut without_snapshot = Vec::new();
    for c in &competitors {
        let mut snaps = by_competitor.remove(&c.id).unwrap_or_default();
        if snaps.is_empty() {
            without_snapshot.push(c.name.clone());
        }
        snaps.sort_by_key(|(rank, _)| *rank);
        let snaps: Vec<PageSnapshot> = snaps.into_iter().map(|(_, s)| s).collect();
        let mut p = Positioning::from_snapshots(&c.name, false, &snaps);
        if let Some(m) = &map {
            (p.keywords, p.topics) = keywords_of(m, Side::Competitor(&c.name));
        }
        companies.push(p);
    }
    let report = intel::analyse(&companies).map_err(|e| {
        ApiError::conflict(
            "analysis_unavailable",
            format!("The analysis cannot be made: {e}."),
        )
    })?;
    Ok(AnalysisView {
        brand_id: brand.map(|b| b.id),
        competitors: competitors.len(),
        without_snapshot,
        keywords_built_at,
        report,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn positioning_statement_from_its_parts() {
        let full = json!({"target": "engineering managers", "need": "need calm releases",
            "category": "release platform", "benefit": "ships on Fridays",
            "alternative": "spreadsheets", "differentiator": "roll back automatically"});
        assert_eq!(
            statement("Northwind", &full).as_deref(),
            Some(
                "For engineering managers who need calm releases, Northwind is a release platform \
                 that ships on Fridays. Unlike spreadsheets, we roll back automatically."
            )
        );
        assert_eq!(
            statement(
                "Northwind",
                &json!({"differentiator": "roll back automatically"})
            )
            .as_deref(),
            Some("We roll back automatically.")
        );
        assert_eq!(statement("Northwind", &json!({"target": " "})), None);
    }

    #[test]
    fn our_side_comes_from_the_brand_profile() {
        let profile = json!({
            "tagline": "Calm releases", "mission": "Make releases boring.",
            "value_propositions": ["Ship on Fridays", " "],
            "values": [{"name": "Calm"}, {"name": "Craft"}],
            "messaging_pillars": [{"title": "Safety first"}],
            "positioning": {"category": "release platform"}
        });
        let p = brand_positioning("Northwind", &profile);
        assert!(p.is_us);
        assert_eq!(p.headlines, vec!["Calm releases", "Safety first"]);
        assert_eq!(p.value_propositions, vec!["Ship on Fridays"]);
        assert_eq!(p.mission.as_deref(), Some("Make releases boring."));
        assert_eq!(p.values.as_deref(), Some("Calm, Craft"));
        assert_eq!(
            p.positioning.as_deref(),
            Some("Northwind is a release platform.")
        );
        let empty = brand_positioning("Org", &Value::Null);
        assert_eq!((empty.name.as_str(), empty.mission), ("Org", None));
    }

    #[test]
    fn keywords_are_read_per_side() {
        let map: KeywordMap = serde_json::from_value(json!({
            "keywords": [
                {"phrase": "email marketing", "score": 0.9, "intent": "commercial", "cluster_id": 0,
                 "ours": 0, "competitors": {"Acme": 2}, "pages": [], "volume": null, "difficulty": null, "cpc": null},
                {"phrase": "release notes", "score": 0.8, "intent": "informational", "cluster_id": 1,
                 "ours": 1, "competitors": {}, "pages": [], "volume": null, "difficulty": null, "cpc": null}
            ],
            "clusters": [
                {"id": 0, "label": "email marketing", "intent": "commercial", "keywords": ["email marketing"],
                 "ours_coverage": 0.0, "competitor_coverage": 1.0, "gap": true,
                 "recommendation": {"content_type": "landing_page", "rationale": "r"}},
                {"id": 1, "label": "release notes", "intent": "informational", "keywords": ["release notes"],
                 "ours_coverage": 1.0, "competitor_coverage": 0.0, "gap": false,
                 "recommendation": {"content_type": "blog_post", "rationale": "r"}}
            ],
            "gaps": []
        }))
        .unwrap();
        assert_eq!(
            keywords_of(&map, Side::Us),
            (
                vec!["release notes".to_owned()],
                vec!["release notes".to_owned()]
            )
        );
        assert_eq!(
            keywords_of(&map, Side::Competitor("Acme")).0,
            vec!["email marketing".to_owned()]
        );
        assert!(keywords_of(&map, Side::Competitor("Other")).0.is_empty());
    }
}
