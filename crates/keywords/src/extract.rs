//! Candidate phrases across all crawled pages, scored by TF-IDF (title and heading mentions weigh
//! more) blended with each page's YAKE relevance.
//!
//! TF-IDF is computed per site: a phrase on every page of one site is that site's navigation or
//! footer, while a phrase used on some pages of several sites is the market's vocabulary and should
//! rank high, which a corpus-wide IDF would punish. Term frequency is sublinear (1 + ln tf) so one
//! page repeating a phrase cannot outweigh many pages using it. Fragments that almost only occur
//! inside a longer candidate ("page templates" inside "landing page templates") are dropped.
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
const LENGTH_BOOST: [f64; 3] = [1.0, 1.5, 2.0];
/// Single words are mostly too broad to target ("marketing", "teams"); they keep this share of
/// their blended score.
const SINGLE_WORD_FACTOR: f64 = 0.85;

/// A phrase used on at least this share of a site's pages is that site's boilerplate...
const BOILERPLATE_SHARE: f64 = 0.8;
/// ...once the site has this many pages (on a tiny site every page shares most phrases)...
const BOILERPLATE_MIN_PAGES: u32 = 5;
/// ...and counts for this much.
const BOILERPLATE_DISCOUNT: f64 = 0.25;
/// A shorter phrase is a fragment when a longer candidate holds this share of its occurrences.
const FRAGMENT_SHARE: f64 = 0.9;
/// Candidates examined for fragments, as a multiple of the limit.
const POOL_FACTOR: usize = 4;

#[derive(Default)]
struct Stats {
    df: u32,
    count: u32,
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
    // Site of each page, pages per site, and pages per (phrase, site).
    let mut site_ids: FastMap<&str, u32> = FastMap::default();
    let mut site_of: Vec<u32> = Vec::with_capacity(docs.len());
    let mut site_pages: Vec<u32> = Vec::new();
    let mut site_df: FastMap<(u32, u32), u32> = FastMap::default();

    for (d, doc) in docs.iter().enumerate() {
        let next_site = site_ids.len() as u32;
        let site = *site_ids.entry(doc.source.as_str()).or_insert(next_site);
        if site == next_site {
            site_pages.push(0);
        }
        site_pages[site as usize] += 1;
        site_of.push(site);
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
            s.count += l.count;
            s.weight += f64::from(l.weight);
            *site_df.entry((idx, site)).or_default() += 1;
            s.relevance_sum += scale.relevance(raw_score);
            hits.push(Hit {
                phrase: idx,
                doc: d as u32,
                weight: l.weight,
                count: l.count,
            });
        }
    }

    let min_weight = f64::from(options.min_occurrences);
    let eligible = |i: usize| stats[i].weight >= min_weight;
    let mut tfidf = vec![0.0_f64; stats.len()];
    for h in &hits {
        let i = h.phrase as usize;
        if !eligible(i) {
            continue;
        }
        let site = site_of[h.doc as usize];
        let pages = site_pages[site as usize];
        let df = site_df.get(&(h.phrase, site)).copied().unwrap_or(1).max(1);
        let idf = (1.0 + f64::from(pages) / f64::from(df)).ln();
        let boilerplate =
            pages >= BOILERPLATE_MIN_PAGES && f64::from(df) >= BOILERPLATE_SHARE * f64::from(pages);
        let discount = if boilerplate {
            BOILERPLATE_DISCOUNT
        } else {
            1.0
        };
        tfidf[i] += (1.0 + f64::from(h.weight).ln()) * idf * discount;
    }
    let scored: Vec<(u32, f64, f64)> = (0..stats.len())
        .filter(|&i| eligible(i))
        .map(|i| {
            let boost = LENGTH_BOOST[word_count(&keys[i]).clamp(1, 3) - 1];
            let s = &stats[i];
            (
                i as u32,
                tfidf[i] * boost,
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
        .into_iter()
        .map(|(i, t, r)| {
            let single = word_count(&keys[i as usize]) == 1;
            let factor = if single { SINGLE_WORD_FACTOR } else { 1.0 };
            (i, blended(t, r) * factor, t, r)
        })
        .collect();
    let by_score = |a: &(u32, f64, f64, f64), b: &(u32, f64, f64, f64)| {
        b.1.total_cmp(&a.1)
            .then_with(|| b.2.total_cmp(&a.2))
            .then_with(|| keys[a.0 as usize].cmp(&keys[b.0 as usize]))
    };
    let pool = options.limit.saturating_mul(POOL_FACTOR);
    if ranked.len() > pool && pool > 0 {
        ranked.select_nth_unstable_by(pool - 1, by_score);
    }
    ranked.truncate(pool);
    let fragments = fragments_of(&ranked, &keys, &stats);
    ranked.retain(|r| !fragments.contains(&r.0));
    ranked.sort_by(by_score);
    ranked.truncate(options.limit);

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

/// Contiguous shorter phrases inside `key`: for "a b c", "a b", "b c", "a", "b" and "c".
fn sub_phrases(key: &PhraseIds) -> Vec<PhraseIds> {
    let n = word_count(key);
    let mut out = Vec::new();
    for len in 1..n {
        for start in 0..=n - len {
            let mut sub = [NONE; 3];
            sub[..len].copy_from_slice(&key[start..start + len]);
            out.push(sub);
        }
    }
    out
}

/// Phrase indexes in `ranked` that are fragments of a longer phrase also in `ranked`.
fn fragments_of(
    ranked: &[(u32, f64, f64, f64)],
    keys: &[PhraseIds],
    stats: &[Stats],
) -> std::collections::HashSet<u32> {
    let present: FastMap<PhraseIds, u32> =
        ranked.iter().map(|r| (keys[r.0 as usize], r.0)).collect();
    let mut out = std::collections::HashSet::new();
    for r in ranked {
        let longer = &stats[r.0 as usize];
        for sub in sub_phrases(&keys[r.0 as usize]) {
            if let Some(&s) = present.get(&sub)
                && f64::from(longer.count) >= FRAGMENT_SHARE * f64::from(stats[s as usize].count)
            {
                out.insert(s);
            }
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
    fn fragments_of_longer_phrases_are_dropped() {
        let docs = vec![page(
            "u",
            "Landing page templates",
            &[],
            "Landing page templates convert. Pick landing page templates by goal. A landing page \
             needs one goal. Landing page tips.",
        )];
        let got = extract(&docs, &ExtractOptions::default());
        let names = phrases(&got);
        assert!(names.contains(&"landing page templates"), "{names:?}");
        assert!(names.contains(&"landing page"), "used alone too: {names:?}");
        assert!(!names.contains(&"page templates"), "{names:?}");
        assert!(!names.contains(&"templates"), "{names:?}");
    }

    #[test]
    fn a_phrase_on_every_page_of_a_site_is_boilerplate() {
        let mut docs: Vec<Document> = (0..6)
            .map(|i| {
                page(
                    &format!("https://a.example/{i}"),
                    "",
                    &[],
                    &format!("Topic{i} matters here. Topic{i} again. Request a quote."),
                )
            })
            .collect();
        docs[0].text.push_str(" Churn analysis. Churn analysis.");
        let got = extract(&docs, &ExtractOptions::default());
        let tfidf = |p: &str| {
            got.iter()
                .find(|c| c.phrase == p)
                .map(|c| c.tfidf)
                .unwrap_or(0.0)
        };
        assert!(tfidf("quote") > 0.0);
        assert!(
            tfidf("quote") < tfidf("churn analysis"),
            "six mentions in the footer count less than two in a page"
        );
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
