//! How much an item matters to a watch: relevance, category, impact, the keywords it matched and
//! the entities it mentions with the sentiment around each mention.

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;
use utoipa::ToSchema;

use crate::category::{Category, categorize};
use crate::item::FeedItem;
use crate::sentiment::{Sentiment, sentiment};
use crate::watch::{Entity, EntityKind, Watch};
use crate::words::{Word, find, term_words, words};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    High,
    Medium,
    Low,
}

impl Impact {
    /// Low = 0, Medium = 1, High = 2: for "at least this impact" comparisons.
    pub fn rank(self) -> u8 {
        match self {
            Impact::Low => 0,
            Impact::Medium => 1,
            Impact::High => 2,
        }
    }
}

/// One entity named in an item: the sentence around the first mention and that sentence's sentiment.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Mention {
    /// The entity's name as configured (not the alias that matched).
    pub entity: String,
    pub kind: EntityKind,
    pub snippet: String,
    pub sentiment: Sentiment,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Scored {
    /// 0..=1: how strongly the item concerns the watch.
    pub relevance: f64,
    pub category: Category,
    pub impact: Impact,
    /// The watch's keywords and topics found in the item, as configured.
    pub matched_keywords: Vec<String>,
    /// At most one per entity: the brand first, then competitors in watch order.
    pub mentions: Vec<Mention>,
}

/// Evidence weights, combined as independent signals (1 - Π(1 - w)), so that relevance stays within
/// 0..=1, grows with every match and no single weak match dominates. Title matches count more: a
/// headline names what the story is about, a summary may only mention it in passing.
const BRAND_TITLE: f64 = 0.6;
const BRAND_SUMMARY: f64 = 0.35;
const COMPETITOR_TITLE: f64 = 0.5;
const COMPETITOR_SUMMARY: f64 = 0.3;
const KEYWORD_TITLE: f64 = 0.35;
const KEYWORD_SUMMARY: f64 = 0.2;
const TOPIC_TITLE: f64 = 0.25;
const TOPIC_SUMMARY: f64 = 0.12;

/// Longest snippet kept around a mention, in characters.
const SNIPPET_MAX: usize = 280;

/// Scores an item against a watch. Recency is deliberately not part of relevance: the caller knows
/// the time and can decay as it sees fit.
pub fn score(item: &FeedItem, watch: &Watch) -> Scored {
    let title_words = words(&item.title);
    let summary_words = words(&item.summary);
    let mut evidence = Vec::new();

    let watched_names: Vec<Vec<String>> = std::iter::once(&watch.brand)
        .chain(&watch.competitors)
        .flat_map(Entity::names)
        .map(term_words)
        .filter(|n| !n.is_empty())
        .collect();
    let mut mentions = Vec::new();
    for entity in std::iter::once(&watch.brand).chain(&watch.competitors) {
        let (title_w, summary_w) = match entity.kind {
            EntityKind::Brand => (BRAND_TITLE, BRAND_SUMMARY),
            EntityKind::Competitor => (COMPETITOR_TITLE, COMPETITOR_SUMMARY),
        };
        if let Some(mention) =
            mention_of(entity, item, &title_words, &summary_words, &watched_names)
        {
            evidence.push(if mention.1 { title_w } else { summary_w });
            mentions.push(mention.0);
        }
    }

    let mut matched_keywords = Vec::new();
    let terms = watch
        .keywords
        .iter()
        .map(|k| (k, KEYWORD_TITLE, KEYWORD_SUMMARY))
        .chain(watch.topics.iter().map(|t| (t, TOPIC_TITLE, TOPIC_SUMMARY)));
    for (term, title_w, summary_w) in terms {
        let term_w = term_words(term);
        let weight = if find(&title_words, &term_w).is_some() {
            title_w
        } else if find(&summary_words, &term_w).is_some() {
            summary_w
        } else {
            continue;
        };
        evidence.push(weight);
        if !matched_keywords.contains(term) {
            matched_keywords.push(term.clone());
        }
    }

    let relevance = 1.0 - evidence.iter().fold(1.0, |rest, w| rest * (1.0 - w));
    let category = categorize(&title_words, &summary_words);
    let impact = impact(category, &mentions, item);
    Scored {
        relevance: relevance.clamp(0.0, 1.0),
        category,
        impact,
        matched_keywords,
        mentions,
    }
}

/// The first mention of any of the entity's names (title before summary), and whether it is in the title.
fn mention_of(
    entity: &Entity,
    item: &FeedItem,
    title: &[Word],
    summary: &[Word],
    watched_names: &[Vec<String>],
) -> Option<(Mention, bool)> {
    let names: Vec<Vec<String>> = entity
        .names()
        .map(term_words)
        .filter(|n| !n.is_empty())
        .collect();
    let locate = |ws: &[Word]| {
        names
            .iter()
            .filter_map(|n| find(ws, n))
            .min_by_key(|span| span.0)
    };
    let (text, span, in_title) = match locate(title) {
        Some(span) => (item.title.as_str(), span, true),
        None => (item.summary.as_str(), locate(summary)?, false),
    };
    let snippet = sentence_around(text, span);
    Some((
        Mention {
            entity: entity.name.clone(),
            kind: entity.kind,
            sentiment: sentiment(&without_names(&snippet, watched_names)),
            snippet,
        },
        in_title,
    ))
}

/// The text with every watched name cut out: a company called "Massive Dynamic" or "Bright Labs" is
/// not good news by name, and the sentiment of a mention is about what is said of it.
fn without_names(text: &str, names: &[Vec<String>]) -> String {
    let ws = words(text);
    let mut cut = vec![false; ws.len()];
    for name in names {
        let mut from = 0;
        while from + name.len() <= ws.len() {
            if ws[from..from + name.len()]
                .iter()
                .zip(name)
                .all(|(w, n)| w.folded == *n)
            {
                cut[from..from + name.len()]
                    .iter_mut()
                    .for_each(|c| *c = true);
                from += name.len();
            } else {
                from += 1;
            }
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (w, cut) in ws.iter().zip(cut) {
        if cut {
            out.push_str(&text[at..w.start]);
            at = w.end;
        }
    }
    out.push_str(&text[at..]);
    out
}

/// The sentence containing the span, cut to at most SNIPPET_MAX characters centred on the span.
fn sentence_around(text: &str, span: (usize, usize)) -> String {
    let (start, sentence) = text
        .split_sentence_bound_indices()
        .find(|(start, s)| span.0 >= *start && span.0 < start + s.len())
        .unwrap_or((0, text));
    let sentence_trimmed = sentence.trim();
    if sentence_trimmed.chars().count() <= SNIPPET_MAX {
        return sentence_trimmed.to_string();
    }
    // Centre a window of SNIPPET_MAX characters on the mention, on character boundaries.
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let mention_at = chars
        .iter()
        .position(|(i, _)| start + i >= span.0)
        .unwrap_or(0);
    let first = mention_at
        .saturating_sub(SNIPPET_MAX / 2)
        .min(chars.len().saturating_sub(SNIPPET_MAX));
    let last = (first + SNIPPET_MAX).min(chars.len());
    let window: String = chars[first..last].iter().map(|(_, c)| c).collect();
    let mut out = String::new();
    if first > 0 {
        out.push('…');
    }
    out.push_str(window.trim());
    if last < chars.len() {
        out.push('…');
    }
    out
}

/// Category sets the base (what happened), a named brand or competitor raises it (it happened to
/// someone we watch), and strong sentiment raises it again (the coverage is loud).
fn impact(category: Category, mentions: &[Mention], item: &FeedItem) -> Impact {
    let mut points = match category {
        Category::Funding
        | Category::Pricing
        | Category::Product
        | Category::Partnership
        | Category::Security
        | Category::Legal => 2,
        Category::People | Category::Marketing => 1,
        Category::Industry | Category::Other => 0,
    };
    if !mentions.is_empty() {
        points += 1;
    }
    let strength = mentions
        .iter()
        .map(|m| m.sentiment.compound.abs())
        .fold(None, |acc: Option<f64>, c| {
            Some(acc.map_or(c, |a| a.max(c)))
        })
        .unwrap_or_else(|| sentiment(&item.title).compound.abs());
    if strength >= 0.5 {
        points += 1;
    }
    match points {
        3.. => Impact::High,
        2 => Impact::Medium,
        _ => Impact::Low,
    }
}

#[cfg(test)]
#[path = "score_tests.rs"]
mod tests;
