//! Imported metrics joined to a keyword map. Phrases match ignoring case and spacing, then, failing
//! that, ignoring plural endings. Phrases the crawl never saw join the map with their intent
//! classified and the nearest topic (or a topic of their own), so a tool's keyword list extends the
//! research rather than being dropped.

use std::collections::HashMap;

use crate::cluster::nearest_topic;
use crate::intent::IntentClassifier;
use crate::model::{Keyword, KeywordMap, KeywordMetric, MergeReport};
use crate::normalize::{folded_form, match_form};
use crate::opportunity::score_opportunities;
use crate::summary::summarise;

fn apply(k: &mut Keyword, m: &KeywordMetric) {
    // A tool that leaves a figure out does not erase one another tool gave.
    if m.volume.is_some() {
        k.volume = m.volume;
    }
    if m.difficulty.is_some() {
        k.difficulty = m.difficulty;
    }
    if m.cpc.is_some() {
        k.cpc = m.cpc;
    }
    if m.competition.is_some() {
        k.competition = m.competition;
    }
}

pub fn merge_metrics(map: &mut KeywordMap, metrics: &[KeywordMetric]) -> MergeReport {
    let mut exact: HashMap<String, usize> = HashMap::new();
    let mut folded: HashMap<String, usize> = HashMap::new();
    for (i, k) in map.keywords.iter().enumerate() {
        exact.entry(match_form(&k.phrase)).or_insert(i);
        folded.entry(folded_form(&k.phrase)).or_insert(i);
    }
    let classifier = IntentClassifier::new(&map.brand_names);
    let mut topics: Vec<(u32, String, Vec<String>)> = map
        .clusters
        .iter()
        .map(|c| (c.id, c.label.clone(), c.keywords.clone()))
        .collect();
    let mut report = MergeReport {
        matched: 0,
        added: 0,
        unmatched: 0,
    };

    for m in metrics {
        let phrase = match_form(&m.keyword);
        let found = exact
            .get(&phrase)
            .or_else(|| folded.get(&folded_form(&phrase)))
            .copied();
        if let Some(i) = found {
            apply(&mut map.keywords[i], m);
            report.matched += 1;
            continue;
        }
        report.unmatched += 1;
        if phrase.is_empty() {
            continue;
        }
        let nearest = nearest_topic(&phrase, topics.iter().map(|t| (t.0, t.2.as_slice())));
        let cluster_id = match nearest {
            Some(id) => id,
            None => {
                let id = topics.iter().map(|t| t.0 + 1).max().unwrap_or(0);
                topics.push((id, phrase.clone(), Vec::new()));
                id
            }
        };
        if let Some(t) = topics.iter_mut().find(|t| t.0 == cluster_id) {
            t.2.push(phrase.clone());
        }
        let mut keyword = Keyword {
            intent: classifier.classify(&phrase, None),
            phrase: phrase.clone(),
            score: 0.0,
            cluster_id,
            ours: 0,
            competitors: Default::default(),
            pages: Vec::new(),
            volume: None,
            difficulty: None,
            cpc: None,
            competition: None,
            opportunity: None,
        };
        apply(&mut keyword, m);
        let i = map.keywords.len();
        map.keywords.push(keyword);
        exact.insert(phrase.clone(), i);
        folded.entry(folded_form(&phrase)).or_insert(i);
        report.added += 1;
    }

    score_opportunities(&mut map.keywords);
    let ids: Vec<(u32, String)> = topics.into_iter().map(|t| (t.0, t.1)).collect();
    let (clusters, gaps) = summarise(&map.keywords, &ids);
    map.clusters = clusters;
    map.gaps = gaps;
    report
}
