//! The keyword map: scored phrases with intent and per-site usage, topics with coverage and a
//! content recommendation each, and the topics competitors cover that we don't.

use std::collections::{BTreeMap, HashMap};

use crate::cluster::{TopicItem, cluster_topics};
use crate::extract::{Candidate, ExtractOptions, extract};
use crate::intent::{IntentClassifier, page_kind_hint};
use crate::model::{Document, Keyword, KeywordMap, MapOptions};
use crate::summary::summarise;

/// Most page URLs listed per keyword.
pub const MAX_PAGES: usize = 10;

/// The telling page kind a phrase is mostly used on, by weighted occurrences; ties go to the smaller
/// name. Kinds that suggest no intent (home, about, other) are passed over.
fn main_page_kind<'a>(c: &Candidate, docs: &'a [Document]) -> Option<&'a str> {
    let mut weights: BTreeMap<&str, f64> = BTreeMap::new();
    for h in &c.hits {
        if let Some(kind) = docs[h.doc]
            .page_kind
            .as_deref()
            .filter(|k| page_kind_hint(Some(k)).is_some())
        {
            *weights.entry(kind).or_default() += h.weight;
        }
    }
    weights
        .into_iter()
        .fold(None, |best: Option<(&str, f64)>, (k, w)| match best {
            Some((_, bw)) if bw >= w => best,
            _ => Some((k, w)),
        })
        .map(|(k, _)| k)
}

/// Stored figures keep four decimals: enough to rank, and short decimals survive a JSON round trip
/// exactly.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn keyword_from(c: &Candidate, docs: &[Document], classifier: &IntentClassifier) -> Keyword {
    let mut ours = 0;
    let mut competitors: BTreeMap<String, u32> = BTreeMap::new();
    for h in &c.hits {
        let d = &docs[h.doc];
        if d.is_ours {
            ours += 1;
        } else {
            *competitors.entry(d.source.clone()).or_default() += 1;
        }
    }
    let mut hits: Vec<_> = c.hits.iter().collect();
    hits.sort_by(|a, b| {
        docs[b.doc]
            .is_ours
            .cmp(&docs[a.doc].is_ours)
            .then_with(|| b.weight.total_cmp(&a.weight))
            .then_with(|| a.doc.cmp(&b.doc))
    });
    let mut pages: Vec<String> = Vec::new();
    for h in hits {
        let url = &docs[h.doc].url;
        if pages.len() == MAX_PAGES {
            break;
        }
        if !pages.contains(url) {
            pages.push(url.clone());
        }
    }
    Keyword {
        phrase: c.phrase.clone(),
        score: round4(c.score),
        intent: classifier.classify(&c.phrase, main_page_kind(c, docs)),
        cluster_id: 0,
        ours,
        competitors,
        pages,
        volume: None,
        difficulty: None,
        cpc: None,
        competition: None,
        opportunity: None,
    }
}

pub fn build_map(docs: &[Document], brand_names: &[String], options: &MapOptions) -> KeywordMap {
    let candidates = extract(
        docs,
        &ExtractOptions {
            limit: options.max_keywords,
            min_occurrences: options.min_occurrences,
        },
    );
    // Competitors' site labels are their names, so searches for them are navigational even when
    // the caller lists only our own brand.
    let mut brands: Vec<String> = brand_names.to_vec();
    for d in docs.iter().filter(|d| !d.is_ours) {
        if !brands.iter().any(|b| b.eq_ignore_ascii_case(&d.source)) {
            brands.push(d.source.clone());
        }
    }
    let classifier = IntentClassifier::new(&brands);
    let mut keywords: Vec<Keyword> = candidates
        .iter()
        .map(|c| keyword_from(c, docs, &classifier))
        .collect();

    let items: Vec<TopicItem> = candidates
        .iter()
        .zip(&keywords)
        .map(|(c, k)| {
            let mut docs: Vec<usize> = c.hits.iter().map(|h| h.doc).collect();
            docs.sort_unstable();
            docs.dedup();
            TopicItem {
                phrase: k.phrase.clone(),
                score: k.score,
                intent: k.intent,
                docs,
            }
        })
        .collect();
    let topics = cluster_topics(&items);
    let mut topic_of: HashMap<usize, u32> = HashMap::new();
    for t in &topics {
        for &m in &t.members {
            topic_of.insert(m, t.id);
        }
    }
    for (i, k) in keywords.iter_mut().enumerate() {
        k.cluster_id = topic_of.get(&i).copied().unwrap_or(0);
    }
    let ids: Vec<(u32, String)> = topics.iter().map(|t| (t.id, t.label.clone())).collect();
    let (clusters, gaps) = summarise(&keywords, &ids);
    KeywordMap {
        keywords,
        clusters,
        gaps,
        brand_names: brands,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContentType, Intent};

    fn page(
        url: &str,
        source: &str,
        kind: &str,
        title: &str,
        headings: &[&str],
        text: &str,
    ) -> Document {
        Document {
            url: url.into(),
            source: source.into(),
            is_ours: source == "ours",
            title: title.into(),
            headings: headings.iter().map(|h| h.to_string()).collect(),
            text: text.into(),
            page_kind: Some(kind.into()),
        }
    }

    pub(crate) fn crawl() -> Vec<Document> {
        vec![
            page(
                "https://acme.example/",
                "ours",
                "home",
                "Acme: Email Marketing Automation",
                &["Email marketing automation for small teams"],
                "Acme makes email marketing automation simple. Build a welcome series, segment your \
                 list and send newsletters that convert. Email marketing automation saves hours.",
            ),
            page(
                "https://acme.example/pricing",
                "ours",
                "pricing",
                "Acme Pricing",
                &["Plans and pricing", "Free trial"],
                "Start a free trial today. Plans and pricing scale with your list. Compare plans and \
                 pricing, then start your free trial.",
            ),
            page(
                "https://globex.example/blog/landing-page-templates",
                "Globex",
                "blog",
                "Landing Page Templates That Convert",
                &[
                    "Landing page templates for launches",
                    "Landing page builder",
                ],
                "Landing page templates help you launch faster. Our landing page builder ships fifty \
                 landing page templates. Pick landing page templates by goal.",
            ),
            page(
                "https://globex.example/blog/landing-page-examples",
                "Globex",
                "blog",
                "Landing Page Examples",
                &["Landing page templates and examples"],
                "Study landing page examples before you pick landing page templates. A landing page \
                 builder makes landing page templates easy.",
            ),
            page(
                "https://initech.example/landing-pages",
                "Initech",
                "product",
                "Landing Page Builder",
                &["Landing page templates"],
                "The Initech landing page builder has landing page templates for every campaign. \
                 Landing page templates, landing page builder, done.",
            ),
            page(
                "https://initech.example/email",
                "Initech",
                "product",
                "Email marketing automation by Initech",
                &[],
                "Initech email marketing automation sends newsletters. Email marketing automation \
                 with a welcome series.",
            ),
        ]
    }

    fn brands() -> Vec<String> {
        vec!["Acme".into(), "Globex".into(), "Initech".into()]
    }

    fn find<'a>(map: &'a KeywordMap, phrase: &str) -> &'a Keyword {
        map.keywords
            .iter()
            .find(|k| k.phrase == phrase)
            .unwrap_or_else(|| {
                panic!(
                    "{phrase} missing from {:?}",
                    map.keywords.iter().map(|k| &k.phrase).collect::<Vec<_>>()
                )
            })
    }

    #[test]
    fn keywords_count_our_pages_and_each_competitors() {
        let map = build_map(&crawl(), &brands(), &MapOptions::default());
        let ema = find(&map, "email marketing automation");
        assert_eq!(ema.ours, 1);
        assert_eq!(ema.competitors.get("Initech"), Some(&1));
        assert_eq!(ema.competitors.get("Globex"), None);
        assert_eq!(ema.pages[0], "https://acme.example/", "our pages first");
        let lpt = find(&map, "landing page templates");
        assert_eq!(lpt.ours, 0);
        assert_eq!(lpt.competitors.get("Globex"), Some(&2));
        assert_eq!(lpt.competitors.get("Initech"), Some(&1));
        assert_eq!(lpt.pages.len(), 3);
        assert!(map.keywords.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn intents_follow_modifiers_brands_and_page_kinds() {
        let map = build_map(&crawl(), &brands(), &MapOptions::default());
        assert_eq!(find(&map, "free trial").intent, Intent::Transactional);
        assert_eq!(
            find(&map, "landing page examples").intent,
            Intent::Informational
        );
        assert_eq!(find(&map, "acme").intent, Intent::Navigational);
    }

    #[test]
    fn competitor_site_labels_count_as_brands() {
        let map = build_map(&crawl(), &["Acme".to_string()], &MapOptions::default());
        assert_eq!(find(&map, "initech").intent, Intent::Navigational);
        assert_eq!(
            map.brand_names,
            vec![
                "Acme".to_string(),
                "Globex".to_string(),
                "Initech".to_string()
            ]
        );
    }

    #[test]
    fn competitor_only_topics_are_gaps_with_a_recommendation() {
        let map = build_map(&crawl(), &brands(), &MapOptions::default());
        let gap = map
            .gaps
            .iter()
            .find(|g| g.label.contains("landing page"))
            .unwrap_or_else(|| panic!("{:?}", map.gaps));
        assert_eq!(
            gap.competitors,
            vec!["Globex".to_string(), "Initech".to_string()]
        );
        assert!(gap.keywords.contains(&"landing page templates".to_string()));
        let cluster = &map.clusters[gap.cluster_id as usize];
        assert!(cluster.gap);
        assert_eq!(cluster.ours_coverage, 0.0);
        assert!(
            cluster.recommendation.rationale.contains("Globex"),
            "{}",
            cluster.recommendation.rationale
        );

        let ours = map
            .clusters
            .iter()
            .find(|c| {
                c.keywords
                    .contains(&"email marketing automation".to_string())
            })
            .map(|c| (c.gap, c.ours_coverage));
        assert_eq!(ours.map(|o| o.0), Some(false), "we cover our own topic");
        assert!(map.gaps.iter().all(|g| {
            !g.keywords
                .contains(&"email marketing automation".to_string())
        }));
    }

    #[test]
    fn every_keyword_belongs_to_a_listed_cluster() {
        let map = build_map(&crawl(), &brands(), &MapOptions::default());
        for k in &map.keywords {
            let c = &map.clusters[k.cluster_id as usize];
            assert_eq!(c.id, k.cluster_id);
            assert!(c.keywords.contains(&k.phrase));
        }
        let total: usize = map.clusters.iter().map(|c| c.keywords.len()).sum();
        assert_eq!(total, map.keywords.len());
        let pricing = map
            .clusters
            .iter()
            .find(|c| c.keywords.contains(&"pricing".to_string()))
            .map(|c| c.recommendation.content_type);
        assert!(
            matches!(
                pricing,
                Some(ContentType::PricingPage) | Some(ContentType::ProductPage)
            ),
            "{pricing:?}"
        );
    }

    #[test]
    fn limits_apply_and_json_round_trips() {
        let map = build_map(
            &crawl(),
            &brands(),
            &MapOptions {
                max_keywords: 5,
                min_occurrences: 2,
            },
        );
        assert_eq!(map.keywords.len(), 5);
        let json = serde_json::to_string(&map).unwrap_or_default();
        let back: Result<KeywordMap, _> = serde_json::from_str(&json);
        assert_eq!(back.ok(), Some(map.clone()));
        assert_eq!(
            build_map(
                &crawl(),
                &brands(),
                &MapOptions {
                    max_keywords: 5,
                    min_occurrences: 2
                }
            ),
            map,
            "deterministic"
        );
    }

    #[test]
    fn empty_input_gives_an_empty_map() {
        let map = build_map(&[], &[], &MapOptions::default());
        assert!(map.keywords.is_empty() && map.clusters.is_empty() && map.gaps.is_empty());
    }
}
