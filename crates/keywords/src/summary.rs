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

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(
        phrase: &str,
        cluster_id: u32,
        intent: Intent,
        ours: u32,
        comp: &[(&str, u32)],
    ) -> Keyword {
        Keyword {
            phrase: phrase.into(),
            score: 0.5,
            intent,
            cluster_id,
            ours,
            competitors: comp.iter().map(|(n, p)| (n.to_string(), *p)).collect(),
            pages: vec![],
            volume: None,
            difficulty: None,
            cpc: None,
            competition: None,
            opportunity: None,
        }
    }

    #[test]
    fn gaps_need_competitors_on_most_phrases_and_us_on_few() {
        use Intent::*;
        let keywords = vec![
            kw(
                "sms marketing",
                0,
                Commercial,
                0,
                &[("Initech", 2), ("Globex", 3)],
            ),
            kw("sms campaigns", 0, Commercial, 0, &[("Initech", 1)]),
            kw("sms tips", 0, Informational, 0, &[]),
            kw("lead scoring", 1, Informational, 1, &[("Globex", 2)]),
            kw("globex", 2, Navigational, 0, &[("Globex", 9)]),
        ];
        let topics = vec![
            (0, "sms marketing".to_string()),
            (1, "lead scoring".to_string()),
            (2, "globex".to_string()),
        ];
        let (clusters, gaps) = summarise(&keywords, &topics);
        assert_eq!(clusters.len(), 3);
        assert!(clusters[0].gap, "2 of 3 phrases by competitors, none by us");
        assert_eq!(clusters[0].ours_coverage, 0.0);
        assert_eq!(clusters[0].competitor_coverage, 0.6667);
        assert!(!clusters[1].gap, "we cover it");
        let mut partly = keywords.clone();
        partly[2].ours = 1;
        let (clusters_partly, _) = summarise(&partly, &topics);
        assert!(
            !clusters_partly[0].gap,
            "a third of the phrases on our pages is coverage"
        );
        assert!(!clusters[2].gap, "a competitor's own name is not a gap");
        assert_eq!(gaps.len(), 1);
        assert_eq!(
            gaps[0].competitors,
            vec!["Globex".to_string(), "Initech".to_string()],
            "most pages first"
        );
        assert_eq!(
            gaps[0].keywords,
            vec!["sms marketing".to_string(), "sms campaigns".to_string()]
        );
        assert_eq!(clusters[0].intent, Commercial);
    }
}
