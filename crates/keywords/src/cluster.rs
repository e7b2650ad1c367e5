//! Topics: keywords grouped by shared word stems and by appearing on the same pages.
//!
//! Greedy and deterministic: keywords are visited best first; each joins the most similar existing
//! topic if the similarity to that topic's seed (its best keyword) reaches `JOIN_AT`, or seeds a new
//! topic. Comparing with seeds rather than with every member stops chains ("email marketing" →
//! "marketing automation" → "automation rules") from merging unrelated topics. The cost is
//! keywords × topics, bounded by the map's keyword limit, never by the number of n-grams.

use crate::model::Intent;
use crate::normalize::stem;
use crate::stopwords::is_stop_word;

/// Weight of shared stems in the similarity; shared pages take the rest.
const STEM_SHARE: f64 = 0.6;
/// Similarity a keyword needs to join a topic.
const JOIN_AT: f64 = 0.5;
/// Stem overlap an imported keyword (no pages) needs with a topic member to join it.
const IMPORT_JOIN_AT: f64 = 0.5;

#[derive(Clone, Debug, PartialEq)]
pub struct TopicItem {
    pub phrase: String,
    pub score: f64,
    pub intent: Intent,
    /// Sorted indexes of the pages using the phrase.
    pub docs: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Topic {
    pub id: u32,
    /// The seed: the best phrase of the topic.
    pub label: String,
    pub intent: Intent,
    /// Indexes into the items, best first.
    pub members: Vec<usize>,
}

/// Sorted, distinct stems of the content words of a phrase.
pub fn stems(phrase: &str) -> Vec<String> {
    let mut out: Vec<String> = phrase
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !is_stop_word(w) && !w.chars().all(|c| c.is_numeric()))
        .map(|w| stem(&w))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn sorted_intersection<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Jaccard index of two sorted, distinct lists; 0 when both are empty.
pub fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    let inter = sorted_intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Score-weighted vote; a tiny floor lets zero-score (imported) keywords still count.
pub fn dominant_intent(votes: impl Iterator<Item = (Intent, f64)>) -> Intent {
    let mut tally = [0.0_f64; 4];
    let all = [
        Intent::Informational,
        Intent::Navigational,
        Intent::Commercial,
        Intent::Transactional,
    ];
    for (intent, score) in votes {
        if let Some(i) = all.iter().position(|x| *x == intent) {
            tally[i] += score.max(0.0) + 0.01;
        }
    }
    let mut best = 0;
    for i in 1..4 {
        if tally[i] > tally[best] {
            best = i;
        }
    }
    all[best]
}

pub fn cluster_topics(items: &[TopicItem]) -> Vec<Topic> {
    let item_stems: Vec<Vec<String>> = items.iter().map(|i| stems(&i.phrase)).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        items[b]
            .score
            .total_cmp(&items[a].score)
            .then_with(|| items[a].phrase.cmp(&items[b].phrase))
    });

    let mut topics: Vec<Topic> = Vec::new();
    let mut seeds: Vec<usize> = Vec::new();
    for &i in &order {
        let mut best: Option<(usize, f64)> = None;
        for (t, &seed) in seeds.iter().enumerate() {
            let stem_sim = jaccard(&item_stems[i], &item_stems[seed]);
            if stem_sim == 0.0 {
                // Pages in common alone do not make a topic: every page shares its navigation.
                continue;
            }
            let sim = STEM_SHARE * stem_sim
                + (1.0 - STEM_SHARE) * jaccard(&items[i].docs, &items[seed].docs);
            if sim >= JOIN_AT && best.is_none_or(|(_, b)| sim > b) {
                best = Some((t, sim));
            }
        }
        match best {
            Some((t, _)) => topics[t].members.push(i),
            None => {
                seeds.push(i);
                topics.push(Topic {
                    id: topics.len() as u32,
                    label: items[i].phrase.clone(),
                    intent: items[i].intent,
                    members: vec![i],
                });
            }
        }
    }
    for topic in &mut topics {
        topic.intent = dominant_intent(
            topic
                .members
                .iter()
                .map(|&m| (items[m].intent, items[m].score)),
        );
    }
    topics
}

/// The topic whose closest member shares the most stems with `phrase`, if close enough; used for
/// keywords known only from an import, which have no pages to compare.
pub fn nearest_topic<'a>(
    phrase: &str,
    topics: impl Iterator<Item = (u32, &'a [String])>,
) -> Option<u32> {
    let own = stems(phrase);
    if own.is_empty() {
        return None;
    }
    let mut best: Option<(u32, f64)> = None;
    for (id, members) in topics {
        for member in members {
            let sim = jaccard(&own, &stems(member));
            if sim >= IMPORT_JOIN_AT
                && best.is_none_or(|(b_id, b)| sim > b || (sim == b && id < b_id))
            {
                best = Some((id, sim));
            }
        }
    }
    best.map(|(id, _)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(phrase: &str, score: f64, intent: Intent, docs: &[usize]) -> TopicItem {
        TopicItem {
            phrase: phrase.into(),
            score,
            intent,
            docs: docs.to_vec(),
        }
    }

    fn labels_of(topics: &[Topic], items: &[TopicItem]) -> Vec<Vec<String>> {
        topics
            .iter()
            .map(|t| t.members.iter().map(|&m| items[m].phrase.clone()).collect())
            .collect()
    }

    #[test]
    fn shared_stems_and_pages_make_a_topic() {
        use Intent::*;
        let items = vec![
            item("email marketing", 0.9, Informational, &[0, 1, 2]),
            item("email marketing automation", 0.8, Informational, &[0, 1]),
            item("email marketer", 0.5, Informational, &[0, 2]),
            item("technical seo", 0.7, Informational, &[5, 6]),
            item("seo audit", 0.6, Commercial, &[5, 6]),
            item("pricing", 0.4, Transactional, &[0, 1, 2]),
        ];
        let topics = cluster_topics(&items);
        let groups = labels_of(&topics, &items);
        assert_eq!(
            groups,
            vec![
                vec![
                    "email marketing",
                    "email marketing automation",
                    "email marketer"
                ],
                vec!["technical seo", "seo audit"],
                vec!["pricing"],
            ],
            "same pages without shared words stay apart"
        );
        assert_eq!(topics[0].label, "email marketing");
        assert_eq!(
            topics[1].intent,
            Intent::Informational,
            "score-weighted vote"
        );
        assert_eq!(
            topics.iter().map(|t| t.id).collect::<Vec<_>>(),
            vec![0, 1, 2]
        );
    }

    #[test]
    fn a_shared_word_on_different_pages_is_not_enough() {
        let items = vec![
            item("email templates", 0.9, Intent::Informational, &[0]),
            item("landing page templates", 0.8, Intent::Informational, &[7]),
        ];
        assert_eq!(cluster_topics(&items).len(), 2);
    }

    #[test]
    fn clustering_is_deterministic_under_input_order() {
        let mut items = vec![
            item("crm software", 0.5, Intent::Commercial, &[1, 2]),
            item("crm", 0.9, Intent::Commercial, &[1, 2]),
            item("sales crm", 0.5, Intent::Commercial, &[1, 2]),
        ];
        let a = labels_of(&cluster_topics(&items), &items);
        items.reverse();
        let b = labels_of(&cluster_topics(&items), &items);
        assert_eq!(a, b);
    }

    #[test]
    fn imported_phrases_find_the_nearest_topic() {
        let t0 = vec![
            "email marketing".to_string(),
            "email automation".to_string(),
        ];
        let t1 = vec!["technical seo".to_string()];
        let topics = || [(0_u32, t0.as_slice()), (1, t1.as_slice())].into_iter();
        assert_eq!(nearest_topic("email marketing software", topics()), Some(0));
        assert_eq!(nearest_topic("seo technical", topics()), Some(1));
        assert_eq!(nearest_topic("podcast hosting", topics()), None);
    }

    #[test]
    fn dominant_intent_weighs_scores() {
        let v = [
            (Intent::Commercial, 0.9),
            (Intent::Informational, 0.2),
            (Intent::Informational, 0.3),
        ];
        assert_eq!(dominant_intent(v.into_iter()), Intent::Commercial);
    }
}
