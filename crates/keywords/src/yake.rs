//! YAKE keyphrase scoring (Campos et al., 2020) for one page. Each word gets a weight from five
//! features (casing, position, normalised frequency, relatedness to context, spread over sentences);
//! a phrase combines its words. Lower raw scores are better; `relevance` turns them into 0..1 with
//! higher better so they can be blended with TF-IDF.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::candidates::{PhraseIds, display, for_each_candidate};
use crate::fasthash::FastMap;
use crate::model::Document;
use crate::tokenize::{Sentence, Vocab, tokenize_document};

#[derive(Default)]
struct TermStats {
    tf: u32,
    tf_upper: u32,
    tf_acronym: u32,
    sentences: Vec<u32>,
    left: Vec<u32>,
    right: Vec<u32>,
}

/// Weight S(t) of every content word of a page, keyed by plural-folded word key. Stop words and
/// numbers get none: the paper scores them apart, and here they never end a phrase anyway.
pub(crate) fn term_scores(sentences: &[Sentence], vocab: &Vocab) -> FastMap<u32, f64> {
    let mut stats: FastMap<u32, TermStats> = FastMap::default();
    for (s_idx, sentence) in sentences.iter().enumerate() {
        let tokens = &sentence.tokens;
        for (i, tok) in tokens.iter().enumerate() {
            let w = tok.word as usize;
            if vocab.stop[w] || vocab.numeric[w] {
                continue;
            }
            let st = stats.entry(vocab.key[w]).or_default();
            st.tf += 1;
            st.tf_upper += u32::from(tok.upper);
            st.tf_acronym += u32::from(tok.acronym);
            st.sentences.push(s_idx as u32);
            // Co-occurrence window of one word on each side, within the same punctuation-free chunk.
            if i > 0 && !tok.break_before {
                st.left.push(vocab.key[tokens[i - 1].word as usize]);
            }
            if i + 1 < tokens.len() && !tokens[i + 1].break_before {
                st.right.push(vocab.key[tokens[i + 1].word as usize]);
            }
        }
    }
    if stats.is_empty() {
        return FastMap::default();
    }
    // Integer sums keep the result independent of the map's iteration order.
    let n = stats.len() as f64;
    let sum: u64 = stats.values().map(|s| u64::from(s.tf)).sum();
    let sum_sq: u64 = stats.values().map(|s| u64::from(s.tf).pow(2)).sum();
    let mean = sum as f64 / n;
    let var = (sum_sq as f64 / n - mean * mean).max(0.0);
    let max_tf = stats.values().map(|s| s.tf).max().unwrap_or(1).max(1) as f64;
    let sentence_count = sentences.len().max(1) as f64;
    let norm = mean + var.sqrt();

    stats
        .into_iter()
        .map(|(key, mut st)| {
            let tf = f64::from(st.tf);
            let casing = f64::from(st.tf_upper.max(st.tf_acronym)) / (1.0 + tf.ln());
            st.sentences.dedup();
            let median = median(&st.sentences);
            let position = (3.0 + median).ln().ln();
            let frequency = tf / norm;
            let dl = distinct_share(&mut st.left);
            let dr = distinct_share(&mut st.right);
            let relatedness = 1.0 + (dl + dr) * (tf / max_tf);
            let different = st.sentences.len() as f64 / sentence_count;
            let score = (relatedness * position)
                / (casing + frequency / relatedness + different / relatedness);
            (key, score)
        })
        .collect()
}

fn median(sorted: &[u32]) -> f64 {
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => f64::from(sorted[n / 2]),
        n => (f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0,
    }
}

/// Distinct neighbours over all neighbour occurrences: a word seen beside many different words is
/// a function-like word; one seen beside the same few is content.
fn distinct_share(neighbours: &mut Vec<u32>) -> f64 {
    if neighbours.is_empty() {
        return 0.0;
    }
    let total = neighbours.len() as f64;
    neighbours.sort_unstable();
    neighbours.dedup();
    neighbours.len() as f64 / total
}

/// Raw YAKE score of a phrase from its content-word weights and its frequency on the page.
/// Words without a weight (stop words inside, numbers) are neutral.
pub(crate) fn phrase_score(key: &PhraseIds, terms: &FastMap<u32, f64>, tf: u32) -> f64 {
    let mut product = 1.0;
    let mut sum = 0.0;
    for k in key {
        if let Some(&s) = terms.get(k) {
            product *= s;
            sum += s;
        }
    }
    product / (f64::from(tf.max(1)) * (1.0 + sum))
}

/// Maps raw scores (lower better) to 0..1 (higher better) on a log scale between the page's best
/// and worst phrase, since raw scores span orders of magnitude.
pub(crate) struct RelevanceScale {
    best: f64,
    worst: f64,
}

impl RelevanceScale {
    pub fn new(raw: impl Iterator<Item = f64>) -> Self {
        let mut best = f64::INFINITY;
        let mut worst = f64::NEG_INFINITY;
        for r in raw {
            let l = r.max(f64::MIN_POSITIVE).ln();
            best = best.min(l);
            worst = worst.max(l);
        }
        Self { best, worst }
    }

    pub fn relevance(&self, raw: f64) -> f64 {
        let spread = self.worst - self.best;
        if !spread.is_finite() || spread <= f64::EPSILON {
            return 1.0;
        }
        ((self.worst - raw.max(f64::MIN_POSITIVE).ln()) / spread).clamp(0.0, 1.0)
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Keyphrase {
    pub phrase: String,
    /// YAKE score: lower is better.
    pub raw: f64,
    /// 0..1, higher is better.
    pub relevance: f64,
}

/// YAKE on a single text, best phrases first.
pub fn keyphrases(text: &str, limit: usize) -> Vec<Keyphrase> {
    let doc = Document {
        url: String::new(),
        source: String::new(),
        is_ours: true,
        title: String::new(),
        headings: Vec::new(),
        text: text.to_string(),
        page_kind: None,
    };
    let mut vocab = Vocab::default();
    let sentences = tokenize_document(&doc, &mut vocab);
    let terms = term_scores(&sentences, &vocab);
    let mut found: HashMap<PhraseIds, (u32, HashMap<PhraseIds, u32>)> = HashMap::new();
    for_each_candidate(&sentences, &vocab, |o| {
        let entry = found.entry(o.key).or_default();
        entry.0 += 1;
        *entry.1.entry(o.surface).or_default() += 1;
    });
    let scored: Vec<(String, f64)> = found
        .iter()
        .map(|(key, (tf, surfaces))| {
            let surface = surfaces
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(s, _)| *s)
                .unwrap_or(*key);
            (display(&surface, &vocab), phrase_score(key, &terms, *tf))
        })
        .collect();
    let scale = RelevanceScale::new(scored.iter().map(|s| s.1));
    let mut out: Vec<Keyphrase> = scored
        .into_iter()
        .map(|(phrase, raw)| Keyphrase {
            relevance: scale.relevance(raw),
            phrase,
            raw,
        })
        .collect();
    out.sort_by(|a, b| {
        a.raw
            .total_cmp(&b.raw)
            .then_with(|| a.phrase.cmp(&b.phrase))
    });
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stopwords::is_stop_word;

    const TEXT: &str = "Email marketing automation saves small teams hours every week. \
        With email marketing automation you send the right message when a subscriber acts. \
        Good email marketing automation starts with a welcome series and a clean list. \
        Segmentation and personalization make each campaign feel personal. \
        Many teams measure open rates, but revenue per subscriber tells you more. \
        Start your email marketing automation with one workflow and grow from there.";

    #[test]
    fn the_repeated_topic_phrase_ranks_first() {
        let top = keyphrases(TEXT, 5);
        let phrases: Vec<&str> = top.iter().map(|k| k.phrase.as_str()).collect();
        assert!(
            phrases[..3].contains(&"email marketing automation"),
            "{phrases:?}"
        );
        assert!(top[0].raw <= top[1].raw, "lower raw scores come first");
        assert!(
            (top[0].relevance - 1.0).abs() < 1e-9,
            "the best phrase is fully relevant"
        );
    }

    #[test]
    fn stop_word_junk_never_appears() {
        for k in keyphrases(TEXT, 100) {
            let words: Vec<&str> = k.phrase.split(' ').collect();
            assert!(!is_stop_word(words[0]), "{}", k.phrase);
            assert!(!is_stop_word(words[words.len() - 1]), "{}", k.phrase);
            assert!((0.0..=1.0).contains(&k.relevance));
        }
    }

    #[test]
    fn capitalised_mid_sentence_words_weigh_more() {
        let plain = "we tried the tool and the tool worked. then the tool failed once.";
        let named = "we tried the Tool and the Tool worked. then the Tool failed once.";
        let score = |text: &str| {
            keyphrases(text, 50)
                .into_iter()
                .find(|k| k.phrase == "tool")
                .map(|k| k.raw)
                .unwrap_or(f64::NAN)
        };
        assert!(
            score(named) < score(plain),
            "casing lowers (improves) the score"
        );
    }

    #[test]
    fn relevance_scale_is_monotone() {
        let scale = RelevanceScale::new([0.001, 0.1, 10.0].into_iter());
        assert!((scale.relevance(0.001) - 1.0).abs() < 1e-9);
        assert!(scale.relevance(10.0).abs() < 1e-9);
        assert!(scale.relevance(0.01) > scale.relevance(0.1));
    }
}
