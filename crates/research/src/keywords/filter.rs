//! Which keywords of the map a list shows, and in which order.

use keywords::{Intent, Keyword};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Keywords listed when the query does not say.
pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum KeywordSort {
    /// Relevance across the crawled pages, best first.
    #[default]
    Score,
    /// Monthly searches from imported metrics, most first; keywords without a volume last.
    Volume,
    /// Volume weighed by ease and relevance, best first; keywords without metrics last.
    Opportunity,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct KeywordQuery {
    /// Only this topic cluster's keywords.
    pub cluster: Option<u32>,
    pub intent: Option<Intent>,
    /// Only phrases containing this text (case-insensitive).
    pub q: Option<String>,
    /// Only gaps: phrases competitors use and our pages do not.
    pub gap: Option<bool>,
    pub sort: Option<KeywordSort>,
    /// 1 to 1000, default 100.
    pub limit: Option<usize>,
}

/// A phrase competitors use and none of our pages does.
pub fn is_gap(k: &Keyword) -> bool {
    k.ours == 0 && k.competitors.values().any(|n| *n > 0)
}

fn matches(k: &Keyword, q: &KeywordQuery, needle: Option<&str>) -> bool {
    q.cluster.is_none_or(|c| k.cluster_id == c)
        && q.intent.is_none_or(|i| k.intent == i)
        && needle.is_none_or(|n| k.phrase.to_lowercase().contains(n))
        && (q.gap != Some(true) || is_gap(k))
}

/// The keywords that pass the query's filters, sorted; with how many passed before the limit.
pub fn select(all: Vec<Keyword>, q: &KeywordQuery) -> (Vec<Keyword>, usize) {
    let needle =
        q.q.as_deref()
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty());
    let mut kept: Vec<Keyword> = all
        .into_iter()
        .filter(|k| matches(k, q, needle.as_deref()))
        .collect();
    match q.sort.unwrap_or_default() {
        KeywordSort::Score => kept.sort_by(|a, b| b.score.total_cmp(&a.score)),
        KeywordSort::Volume => kept.sort_by(|a, b| {
            b.volume
                .cmp(&a.volume)
                .then_with(|| b.score.total_cmp(&a.score))
        }),
        KeywordSort::Opportunity => kept.sort_by(|a, b| {
            let key = |k: &Keyword| k.opportunity.unwrap_or(f64::NEG_INFINITY);
            key(b)
                .total_cmp(&key(a))
                .then_with(|| b.score.total_cmp(&a.score))
        }),
    }
    let total = kept.len();
    kept.truncate(q.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT));
    (kept, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn kw(phrase: &str, score: f64, volume: Option<u64>, ours: u32, theirs: u32) -> Keyword {
        let mut competitors = BTreeMap::new();
        if theirs > 0 {
            competitors.insert("Acme".to_owned(), theirs);
        }
        Keyword {
            phrase: phrase.into(),
            score,
            intent: if phrase.contains("pricing") {
                Intent::Commercial
            } else {
                Intent::Informational
            },
            cluster_id: u32::from(phrase.contains("email")),
            ours,
            competitors,
            pages: Vec::new(),
            volume,
            difficulty: None,
            cpc: None,
            competition: None,
            opportunity: volume.map(|v| v as f64 / 10_000.0),
        }
    }

    fn sample() -> Vec<Keyword> {
        vec![
            kw("email marketing", 0.9, Some(100), 2, 1),
            kw("email pricing", 0.5, Some(5000), 0, 3),
            kw("release notes", 0.7, None, 1, 0),
            kw("social scheduling", 0.2, Some(300), 0, 2),
        ]
    }

    fn phrases(v: &[Keyword]) -> Vec<&str> {
        v.iter().map(|k| k.phrase.as_str()).collect()
    }

    #[test]
    fn sorts_by_score_or_volume() {
        let (all, total) = select(sample(), &KeywordQuery::default());
        assert_eq!(total, 4);
        assert_eq!(
            phrases(&all),
            [
                "email marketing",
                "release notes",
                "email pricing",
                "social scheduling"
            ]
        );
        let by_volume = KeywordQuery {
            sort: Some(KeywordSort::Volume),
            ..Default::default()
        };
        let (all, _) = select(sample(), &by_volume);
        assert_eq!(
            phrases(&all),
            [
                "email pricing",
                "social scheduling",
                "email marketing",
                "release notes"
            ]
        );
        let by_opportunity = KeywordQuery {
            sort: Some(KeywordSort::Opportunity),
            ..Default::default()
        };
        let (all, _) = select(sample(), &by_opportunity);
        assert_eq!(all.last().map(|k| k.phrase.as_str()), Some("release notes"));
    }

    #[test]
    fn filters_combine() {
        let q = KeywordQuery {
            cluster: Some(1),
            gap: Some(true),
            ..Default::default()
        };
        assert_eq!(phrases(&select(sample(), &q).0), ["email pricing"]);
        let q = KeywordQuery {
            intent: Some(Intent::Informational),
            q: Some(" NOTES ".into()),
            ..Default::default()
        };
        assert_eq!(phrases(&select(sample(), &q).0), ["release notes"]);
        let q = KeywordQuery {
            gap: Some(true),
            limit: Some(1),
            ..Default::default()
        };
        let (kept, total) = select(sample(), &q);
        assert_eq!((phrases(&kept), total), (vec!["email pricing"], 2));
    }
}
