//! Per-topic coverage, gaps and recommendations, derived from the keywords alone so that a map
//! can be re-summarised after imported keywords join it.

use std::collections::{BTreeMap, HashMap};

use crate::cluster::dominant_intent;
use crate::map::round4;
use crate::model::{Cluster, Gap, Intent, Keyword};
use crate::recommend::{TopicFacts, recommend};

/// A topic is a gap when competitors use at least this share of its phrases...
const GAP_COMPETITOR_AT: f64 = 0.5;
/// ...and our pages use less than this share.
const GAP_OURS_BELOW: f64 = 0.25;

fn used_by_competitor(k: &Keyword) -> bool {
    k.competitors.values().any(|&n| n > 0)
}

/// `topics` are (id, label) in id order; keywords name their topic by `cluster_id`.
pub fn summarise(keywords: &[Keyword], topics: &[(u32, String)]) -> (Vec<Cluster>, Vec<Gap>) {
    let mut members: HashMap<u32, Vec<&Keyword>> = HashMap::new();
    for k in keywords {
        members.entry(k.cluster_id).or_default().push(k);
    }
    let mut clusters = Vec::with_capacity(topics.len());
    let mut gaps: Vec<(u32, Gap)> = Vec::new();
    for (id, label) in topics {
        let list = members.remove(id).unwrap_or_default();
        let n = list.len().max(1) as f64;
        let ours_coverage = list.iter().filter(|k| k.ours > 0).count() as f64 / n;
        let competitor_coverage = list.iter().filter(|k| used_by_competitor(k)).count() as f64 / n;
        let intent = dominant_intent(list.iter().map(|k| (k.intent, k.score)));
        // Searches for a competitor's own name are theirs to keep; "x alternative" topics, which
        // are commercial, are where that demand can be won.
        let gap = intent != Intent::Navigational
            && competitor_coverage >= GAP_COMPETITOR_AT
            && ours_coverage < GAP_OURS_BELOW;
        let mut pages_per_competitor: BTreeMap<&str, u32> = BTreeMap::new();
        for k in &list {
            for (name, &pages) in &k.competitors {
                *pages_per_competitor.entry(name.as_str()).or_default() += pages;
            }
        }
        let mut competitors: Vec<(&str, u32)> = pages_per_competitor
            .into_iter()
            .filter(|c| c.1 > 0)
            .collect();
        competitors.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let competitor_names: Vec<String> = competitors.iter().map(|c| c.0.to_string()).collect();
        let phrases: Vec<String> = list.iter().map(|k| k.phrase.clone()).collect();
        let volume = list
            .iter()
            .filter_map(|k| k.volume)
            .reduce(u64::saturating_add);
        let recommendation = recommend(&TopicFacts {
            label,
            intent,
            keywords: &phrases,
            ours_coverage,
            competitor_coverage,
            gap,
            competitors: &competitor_names,
            volume,
        });
        if gap {
            let total: u32 = competitors.iter().map(|c| c.1).sum();
            gaps.push((
                total,
                Gap {
                    cluster_id: *id,
                    label: label.clone(),
                    competitors: competitor_names,
                    keywords: list
                        .iter()
                        .filter(|k| k.ours == 0 && used_by_competitor(k))
                        .map(|k| k.phrase.clone())
                        .collect(),
                },
            ));
        }
        clusters.push(Cluster {
            id: *id,
            label: label.clone(),
            intent,
            keywords: phrases,
            ours_coverage: round4(ours_coverage),
            competitor_coverage: round4(competitor_coverage),
            gap,
            volume,
            recommendation,
        });
    }
    gaps.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| a.1.cluster_id.cmp(&b.1.cluster_id))
    });
    (clusters, gaps.into_iter().map(|g| g.1).collect())
}
