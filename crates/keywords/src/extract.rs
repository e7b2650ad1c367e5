//! Candidate phrases across all crawled pages, scored by TF-IDF (title and heading mentions weigh
//! more) blended with each page's YAKE relevance.
//!
//! Work is linear in the number of tokens: every phrase occurrence costs two hash updates on
//! integer keys, and per-page hits are kept in one flat vector resolved only for the winners.

use crate::candidates::{NONE, PhraseIds, display, for_each_candidate, word_count};
use crate::fasthash::FastMap;
use crate::model::Document;
use crate::tokenize::{Vocab, tokenize_document};
use crate::yake::{RelevanceScale, phrase_score, term_scores};

#[derive(Clone, Debug, PartialEq)]
pub struct ExtractOptions {
    /// Most candidates returned.
    pub limit: usize,
    /// Minimum weighted occurrences (body 1, heading 2, title 3) across all pages.
    pub min_occurrences: u32,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        Self {
            limit: 300,
            min_occurrences: 2,
        }
    }
}

/// A phrase's presence on one page.
#[derive(Clone, Debug, PartialEq)]
pub struct DocHit {
    /// Index into the documents given to `extract`.
    pub doc: usize,
    /// Weighted occurrences (body 1, heading 2, title 3).
    pub weight: f64,
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Case-folded, most frequent surface form.
    pub phrase: String,
    pub words: usize,
    /// Blend of `tfidf` (log-scaled against the best) and `relevance`, 0..1.
    pub score: f64,
    pub tfidf: f64,
    /// Mean YAKE relevance over the pages using the phrase, 0..1.
    pub relevance: f64,
    /// Pages using the phrase, in document order.
    pub hits: Vec<DocHit>,
}

/// Weight of TF-IDF in the blended score; YAKE takes the rest. TF-IDF knows the whole crawl,
/// YAKE knows how central a phrase is within its page.
const TFIDF_SHARE: f64 = 0.6;
/// Multi-word phrases are rarer than their words but are what people search for.
const LENGTH_BOOST: [f64; 3] = [1.0, 1.35, 1.6];

#[derive(Default)]
struct Stats {
    df: u32,
    weight: f64,
    relevance_sum: f64,
}

struct Hit {
    phrase: u32,
    doc: u32,
    weight: f32,
    count: u32,
}

#[derive(Default)]
struct Local {
    weight: f32,
    count: u32,
}

pub fn extract(docs: &[Document], options: &ExtractOptions) -> Vec<Candidate> {
    let mut vocab = Vocab::default();
    let mut index: FastMap<PhraseIds, u32> = FastMap::default();
    let mut keys: Vec<PhraseIds> = Vec::new();
    let mut stats: Vec<Stats> = Vec::new();
    let mut hits: Vec<Hit> = Vec::new();
    let mut surfaces: FastMap<PhraseIds, u32> = FastMap::default();
    let mut local: FastMap<PhraseIds, Local> = FastMap::default();

    for (d, doc) in docs.iter().enumerate() {
        let sentences = tokenize_document(doc, &mut vocab);
        local.clear();
        for_each_candidate(&sentences, &vocab, |o| {
            let l = local.entry(o.key).or_default();
            l.weight += o.zone.weight();
            l.count += 1;
            *surfaces.entry(o.surface).or_default() += 1;
        });
        if local.is_empty() {
            continue;
        }
        let terms = term_scores(&sentences, &vocab);
        let raw: Vec<(PhraseIds, &Local, f64)> = local
            .iter()
            .map(|(k, l)| (*k, l, phrase_score(k, &terms, l.count)))
            .collect();
        let scale = RelevanceScale::new(raw.iter().map(|r| r.2));
        for (key, l, raw_score) in raw {
            let idx = *index.entry(key).or_insert_with(|| {
                keys.push(key);
                stats.push(Stats::default());
                (keys.len() - 1) as u32
            });
            let s = &mut stats[idx as usize];
            s.df += 1;
            s.weight += f64::from(l.weight);
            s.relevance_sum += scale.relevance(raw_score);
            hits.push(Hit {
                phrase: idx,
                doc: d as u32,
                weight: l.weight,
                count: l.count,
            });
        }
    }

    let n_docs = docs.len() as f64;
    let min_weight = f64::from(options.min_occurrences);
    let mut scored: Vec<(u32, f64, f64)> = stats
        .iter()
        .enumerate()
        .filter(|(_, s)| s.weight >= min_weight)
        .map(|(i, s)| {
            // Smoothed IDF that reaches zero for phrases on every page (navigation and footers).
            let idf = ((n_docs + 1.0) / (f64::from(s.df) + 0.5)).ln().max(0.0);
            let boost = LENGTH_BOOST[word_count(&keys[i]).clamp(1, 3) - 1];
            (
                i as u32,
                s.weight * idf * boost,
                s.relevance_sum / f64::from(s.df),
            )
        })
        .collect();
    let max_tfidf = scored.iter().map(|s| s.1).fold(0.0_f64, f64::max);
    let blended = |tfidf: f64, relevance: f64| {
        let t = if max_tfidf > 0.0 {
            (1.0 + tfidf).ln() / (1.0 + max_tfidf).ln()
        } else {
            0.0
        };
        (TFIDF_SHARE * t + (1.0 - TFIDF_SHARE) * relevance).clamp(0.0, 1.0)
    };
    let mut ranked: Vec<(u32, f64, f64, f64)> = scored
        .drain(..)
        .map(|(i, t, r)| (i, blended(t, r), t, r))
        .collect();
    let by_score = |a: &(u32, f64, f64, f64), b: &(u32, f64, f64, f64)| {
        b.1.total_cmp(&a.1)
            .then_with(|| b.2.total_cmp(&a.2))
            .then_with(|| keys[a.0 as usize].cmp(&keys[b.0 as usize]))
    };
    if ranked.len() > options.limit && options.limit > 0 {
        ranked.select_nth_unstable_by(options.limit - 1, by_score);
    }
    ranked.truncate(options.limit);
    ranked.sort_by(by_score);

    // Resolve display forms and page hits for the winners only.
    let mut slot: FastMap<u32, usize> = FastMap::default();
    for (pos, r) in ranked.iter().enumerate() {
        slot.insert(r.0, pos);
    }
    let mut best_surface: Vec<(PhraseIds, u32)> =
        ranked.iter().map(|r| (keys[r.0 as usize], 0)).collect();
    for (surface, count) in &surfaces {
        let mut key = [NONE; 3];
        for (k, w) in key.iter_mut().zip(surface) {
            if *w != NONE {
                *k = vocab.key[*w as usize];
            }
        }
        if let Some(&pos) = index.get(&key).and_then(|i| slot.get(i)) {
            let best = &mut best_surface[pos];
            // Ties go to the lexically smaller form so output never depends on hash order.
            if *count > best.1
                || (*count == best.1 && display(surface, &vocab) < display(&best.0, &vocab))
            {
                *best = (*surface, *count);
            }
        }
    }
    let mut out: Vec<Candidate> = ranked
        .iter()
        .zip(&best_surface)
        .map(|(r, (surface, _))| Candidate {
            phrase: display(surface, &vocab),
            words: word_count(surface),
            score: r.1,
            tfidf: r.2,
            relevance: r.3,
            hits: Vec::new(),
        })
        .collect();
    for h in &hits {
        if let Some(&pos) = slot.get(&h.phrase) {
            out[pos].hits.push(DocHit {
                doc: h.doc as usize,
                weight: f64::from(h.weight),
                count: h.count,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stopwords::is_stop_word;

    pub(crate) fn page(url: &str, title: &str, headings: &[&str], text: &str) -> Document {
        Document {
            url: url.into(),
            source: "ours".into(),
            is_ours: true,
            title: title.into(),
            headings: headings.iter().map(|h| h.to_string()).collect(),
            text: text.into(),
            page_kind: None,
        }
    }

    fn corpus() -> Vec<Document> {
        vec![
            page(
                "https://a.example/automation",
                "Email Marketing Automation for Small Teams",
                &[
                    "What email marketing automation does",
                    "Workflows that sell",
                ],
                "Email marketing automation sends the right message at the right time. \
                 With email marketing automation, a welcome series greets every new subscriber. \
                 Abandoned cart emails recover revenue. Email marketing automation also segments \
                 your list by behaviour. Sign up for our newsletter.",
            ),
            page(
                "https://a.example/seo",
                "Technical SEO Checklist",
                &["Crawl budget", "Site speed"],
                "A technical SEO audit checks crawl budget, site speed and structured data. \
                 Fix broken links before they waste crawl budget. Sign up for our newsletter.",
            ),
            page(
                "https://a.example/social",
                "Social Media Scheduling",
                &["Plan a content calendar"],
                "Social media scheduling keeps a steady content calendar. Plan posts for each \
                 network and review social media scheduling results weekly. Sign up for our newsletter.",
            ),
        ]
    }

    fn phrases(c: &[Candidate]) -> Vec<&str> {
        c.iter().map(|c| c.phrase.as_str()).collect()
    }

    #[test]
    fn topic_phrases_rank_high_and_junk_never_appears() {
        let got = extract(&corpus(), &ExtractOptions::default());
        let names = phrases(&got);
        let pos = names
            .iter()
            .position(|p| *p == "email marketing automation")
            .unwrap_or(usize::MAX);
        assert!(pos < 5, "{names:?}");
        for p in &names {
            let words: Vec<&str> = p.split(' ').collect();
            assert!(
                !is_stop_word(words[0]) && !is_stop_word(words[words.len() - 1]),
                "{p}"
            );
            assert!(
                words.iter().any(|w| !w.chars().all(char::is_numeric)),
                "{p}"
            );
        }
        for c in &got {
            assert!((0.0..=1.0).contains(&c.score), "{} {}", c.phrase, c.score);
        }
        assert!(
            got.windows(2).all(|w| w[0].score >= w[1].score),
            "best first"
        );
    }

    #[test]
    fn phrases_on_every_page_sink() {
        let got = extract(&corpus(), &ExtractOptions::default());
        let names = phrases(&got);
        let newsletter = names.iter().position(|p| *p == "newsletter");
        let crawl = names.iter().position(|p| *p == "crawl budget");
        assert!(crawl.is_some(), "{names:?}");
        assert!(newsletter.is_none() || newsletter > crawl, "{names:?}");
    }

    #[test]
    fn title_mentions_outweigh_body_mentions() {
        let docs = vec![
            page(
                "u1",
                "Lead Scoring",
                &[],
                "Some words about pipelines. Lead scoring.",
            ),
            page("u2", "Other", &[], "Churn analysis. Churn analysis."),
        ];
        let got = extract(&docs, &ExtractOptions::default());
        let score = |p: &str| {
            got.iter()
                .find(|c| c.phrase == p)
                .map(|c| c.tfidf)
                .unwrap_or(0.0)
        };
        assert!(score("lead scoring") > score("churn analysis"));
    }

    #[test]
    fn plural_variants_merge_under_the_most_frequent_form() {
        let docs = vec![page(
            "u",
            "",
            &[],
            "Email templates help. Good email templates convert. One email template is enough.",
        )];
        let got = extract(&docs, &ExtractOptions::default());
        let hit = got
            .iter()
            .find(|c| c.phrase == "email templates")
            .map(|c| c.hits[0].count);
        assert_eq!(hit, Some(3), "{:?}", phrases(&got));
        assert!(!phrases(&got).contains(&"email template"));
    }

    #[test]
    fn hits_name_the_pages_and_limit_applies() {
        let got = extract(
            &corpus(),
            &ExtractOptions {
                limit: 4,
                min_occurrences: 2,
            },
        );
        assert_eq!(got.len(), 4);
        let crawl = extract(&corpus(), &ExtractOptions::default())
            .into_iter()
            .find(|c| c.phrase == "crawl budget")
            .map(|c| c.hits);
        let hits = crawl.unwrap_or_default();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc, 1);
        assert_eq!(hits[0].count, 3);
        assert!(
            (hits[0].weight - 4.0).abs() < 1e-9,
            "heading 2 + body 1 + body 1"
        );
    }
}
