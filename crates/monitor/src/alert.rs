//! Configurable alerts (FR-7.9.1) and their priority (FR-7.9.2).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::item::FeedItem;
use crate::score::{Impact, Scored};
use crate::sentiment::{SentimentLabel, sentiment};
use crate::watch::EntityKind;
use crate::words::{contains, words};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Low,
    Normal,
    High,
    Critical,
}

impl Urgency {
    fn weight(self) -> f64 {
        match self {
            Urgency::Low => 0.25,
            Urgency::Normal => 0.5,
            Urgency::High => 0.75,
            Urgency::Critical => 1.0,
        }
    }
}

/// When to alert. Every condition must hold:
/// - `keywords`: empty = no condition; otherwise the title or summary contains one of them (whole words, any case).
/// - entities: when `include_brand` is set or `competitors` is non-empty, the item mentions the brand
///   (if `include_brand`) or one of the named competitors; with neither, any item qualifies, so
///   "empty = any competitor" as well as any other relevant item.
/// - `min_relevance`, `min_impact`: thresholds on the item's score.
/// - `sentiment`: when set, a qualifying mention (or, without mentions, the item itself) has this label.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct AlertRule {
    pub keywords: Vec<String>,
    /// Competitor names as configured in the watch; empty = any.
    pub competitors: Vec<String>,
    pub include_brand: bool,
    pub min_relevance: f64,
    pub min_impact: Impact,
    /// Only alert on this sentiment, e.g. negative coverage.
    pub sentiment: Option<SentimentLabel>,
    pub urgency: Urgency,
}

pub fn matches(rule: &AlertRule, item: &FeedItem, scored: &Scored) -> bool {
    if scored.relevance < rule.min_relevance || scored.impact.rank() < rule.min_impact.rank() {
        return false;
    }
    if !rule.keywords.is_empty() {
        let title = words(&item.title);
        let summary = words(&item.summary);
        let found = rule
            .keywords
            .iter()
            .filter(|k| !k.trim().is_empty())
            .any(|k| contains(&title, k) || contains(&summary, k));
        if !found {
            return false;
        }
    }
    let entity_filter = rule.include_brand || !rule.competitors.is_empty();
    let qualifying: Vec<_> = scored
        .mentions
        .iter()
        .filter(|m| match m.kind {
            EntityKind::Brand => rule.include_brand || !entity_filter,
            EntityKind::Competitor => {
                !entity_filter
                    || rule
                        .competitors
                        .iter()
                        .any(|c| c.trim().eq_ignore_ascii_case(m.entity.trim()))
            }
        })
        .collect();
    if entity_filter && qualifying.is_empty() {
        return false;
    }
    match rule.sentiment {
        None => true,
        Some(wanted) if qualifying.is_empty() => {
            let text = if item.summary.is_empty() {
                item.title.clone()
            } else {
                format!("{}. {}", item.title, item.summary)
            };
            sentiment(&text).label == wanted
        }
        Some(wanted) => qualifying.iter().any(|m| m.sentiment.label == wanted),
    }
}

/// Alert priority (FR-7.9.2): urgency x relevance x impact, 0..=100.
///
/// Urgency weighs 0.25/0.5/0.75/1 (low..critical) and impact 0.4/0.7/1 (low..high), so a critical
/// rule on a fully relevant high-impact item is 100 and every factor halving halves the priority.
pub fn priority(rule: &AlertRule, scored: &Scored) -> u8 {
    let impact = match scored.impact {
        Impact::Low => 0.4,
        Impact::Medium => 0.7,
        Impact::High => 1.0,
    };
    let relevance = if scored.relevance.is_finite() {
        scored.relevance.clamp(0.0, 1.0)
    } else {
        0.0
    };
    (rule.urgency.weight() * relevance * impact * 100.0)
        .round()
        .clamp(0.0, 100.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::category::Category;
    use crate::score::Mention;
    use crate::sentiment::sentiment;

    fn rule() -> AlertRule {
        AlertRule {
            keywords: vec![],
            competitors: vec![],
            include_brand: false,
            min_relevance: 0.0,
            min_impact: Impact::Low,
            sentiment: None,
            urgency: Urgency::Normal,
        }
    }

    fn mention(entity: &str, kind: EntityKind, snippet: &str) -> Mention {
        Mention {
            entity: entity.into(),
            kind,
            snippet: snippet.into(),
            sentiment: sentiment(snippet),
        }
    }

    fn scored(relevance: f64, impact: Impact, mentions: Vec<Mention>) -> Scored {
        Scored {
            relevance,
            category: Category::Product,
            impact,
            matched_keywords: vec![],
            mentions,
        }
    }

    fn item(title: &str) -> FeedItem {
        FeedItem {
            guid: "1".into(),
            url: None,
            title: title.into(),
            summary: String::new(),
            published: None,
            author: None,
        }
    }

    #[test]
    fn thresholds_on_relevance_and_impact() {
        let r = AlertRule {
            min_relevance: 0.5,
            min_impact: Impact::Medium,
            ..rule()
        };
        let i = item("Globex launches");
        assert!(matches(&r, &i, &scored(0.5, Impact::Medium, vec![])));
        assert!(matches(&r, &i, &scored(0.9, Impact::High, vec![])));
        assert!(!matches(&r, &i, &scored(0.49, Impact::High, vec![])));
        assert!(!matches(&r, &i, &scored(0.9, Impact::Low, vec![])));
    }

    #[test]
    fn keywords_must_appear_when_given() {
        let r = AlertRule {
            keywords: vec!["data breach".into()],
            ..rule()
        };
        let s = scored(0.5, Impact::High, vec![]);
        assert!(matches(&r, &item("Globex confirms a Data Breach"), &s));
        assert!(!matches(&r, &item("Globex confirms a breach of data"), &s));
    }

    #[test]
    fn competitor_filter_names_competitors_and_empty_means_any() {
        let globex = scored(
            0.5,
            Impact::High,
            vec![mention("Globex", EntityKind::Competitor, "Globex launches")],
        );
        let named = AlertRule {
            competitors: vec!["globex".into()],
            ..rule()
        };
        let other = AlertRule {
            competitors: vec!["Initech".into()],
            ..rule()
        };
        let i = item("Globex launches");
        assert!(matches(&named, &i, &globex));
        assert!(!matches(&other, &i, &globex));
        assert!(matches(&rule(), &i, &globex));
    }

    #[test]
    fn brand_only_rules_need_a_brand_mention() {
        let r = AlertRule {
            include_brand: true,
            ..rule()
        };
        let i = item("x");
        let brand = scored(
            0.5,
            Impact::High,
            vec![mention("Brandium", EntityKind::Brand, "Brandium ships")],
        );
        let competitor = scored(
            0.5,
            Impact::High,
            vec![mention("Globex", EntityKind::Competitor, "Globex ships")],
        );
        assert!(matches(&r, &i, &brand));
        assert!(!matches(&r, &i, &competitor));
    }

    #[test]
    fn sentiment_filter_reads_the_qualifying_mentions() {
        let r = AlertRule {
            include_brand: true,
            sentiment: Some(SentimentLabel::Negative),
            ..rule()
        };
        let i = item("x");
        let bad = scored(
            0.5,
            Impact::High,
            vec![mention(
                "Brandium",
                EntityKind::Brand,
                "Brandium outage angers customers",
            )],
        );
        let good = scored(
            0.5,
            Impact::High,
            vec![mention(
                "Brandium",
                EntityKind::Brand,
                "Brandium wins a great award",
            )],
        );
        assert!(matches(&r, &i, &bad));
        assert!(!matches(&r, &i, &good));
        // Without mentions the item's own text decides.
        let any = AlertRule {
            sentiment: Some(SentimentLabel::Negative),
            ..rule()
        };
        assert!(matches(
            &any,
            &item("Industry hit by terrible losses"),
            &scored(0.3, Impact::Low, vec![])
        ));
        assert!(!matches(
            &any,
            &item("Industry enjoys great gains"),
            &scored(0.3, Impact::Low, vec![])
        ));
    }

    #[test]
    fn priority_multiplies_urgency_relevance_and_impact() {
        let critical = AlertRule {
            urgency: Urgency::Critical,
            ..rule()
        };
        assert_eq!(priority(&critical, &scored(1.0, Impact::High, vec![])), 100);
        assert_eq!(priority(&critical, &scored(0.5, Impact::High, vec![])), 50);
        assert_eq!(priority(&rule(), &scored(1.0, Impact::High, vec![])), 50);
        assert_eq!(priority(&rule(), &scored(1.0, Impact::Low, vec![])), 20);
        assert_eq!(
            priority(&critical, &scored(f64::NAN, Impact::High, vec![])),
            0
        );
        let low = AlertRule {
            urgency: Urgency::Low,
            ..rule()
        };
        assert!(
            priority(&low, &scored(0.8, Impact::Medium, vec![]))
                < priority(&rule(), &scored(0.8, Impact::Medium, vec![]))
        );
    }
}
