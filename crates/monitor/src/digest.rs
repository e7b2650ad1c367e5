//! Periodic digests (FR-7.8.3): the period's most relevant stories, grouped by category.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::category::Category;
use crate::dedup::same_story;
use crate::score::Impact;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct DigestItem {
    pub title: String,
    pub url: Option<String>,
    pub category: Category,
    pub impact: Impact,
    pub relevance: f64,
    pub published: Option<DateTime<Utc>>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Digest {
    /// Sections ordered by their best item; items within a section most relevant first.
    pub sections: Vec<(Category, Vec<DigestItem>)>,
    /// Items in the digest (the sum of the sections' lengths).
    pub total: usize,
}

/// Top items per category for a period, most relevant first, at most `limit` items in all.
///
/// Ties in relevance go to higher impact, then to the newer item. A story already in the digest
/// under another headline (see `same_story`) is left out, so syndicated copies do not crowd it.
pub fn digest(items: &[DigestItem], limit: usize) -> Digest {
    let mut ranked: Vec<&DigestItem> = items.iter().collect();
    ranked.sort_by(|a, b| {
        b.relevance
            .total_cmp(&a.relevance)
            .then(a.impact.rank().cmp(&b.impact.rank()).reverse())
            .then(b.published.cmp(&a.published))
    });
    let mut chosen: Vec<&DigestItem> = Vec::new();
    for item in ranked {
        if chosen.len() >= limit {
            break;
        }
        if chosen.iter().any(|c| same_story(&c.title, &item.title)) {
            continue;
        }
        chosen.push(item);
    }
    // Chosen items are already in rank order, so the first item seen per category is its best.
    let mut sections: Vec<(Category, Vec<DigestItem>)> = Vec::new();
    for item in &chosen {
        match sections.iter_mut().find(|(c, _)| *c == item.category) {
            Some((_, list)) => list.push((*item).clone()),
            None => sections.push((item.category, vec![(*item).clone()])),
        }
    }
    Digest {
        sections,
        total: chosen.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn di(title: &str, category: Category, relevance: f64) -> DigestItem {
        DigestItem {
            title: title.into(),
            url: None,
            category,
            impact: Impact::Medium,
            relevance,
            published: None,
        }
    }

    #[test]
    fn groups_by_category_with_the_most_relevant_first_and_respects_the_limit() {
        let items = vec![
            di("Globex cuts prices", Category::Pricing, 0.7),
            di("Initech raises Series B", Category::Funding, 0.9),
            di("Globex adds a cheaper tier", Category::Pricing, 0.8),
            di("Survey says the market grows", Category::Industry, 0.2),
            di("Hooli hires a CMO", Category::People, 0.1),
        ];
        let d = digest(&items, 4);
        assert_eq!(d.total, 4);
        let order: Vec<Category> = d.sections.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            order,
            [Category::Funding, Category::Pricing, Category::Industry]
        );
        let pricing: Vec<&str> = d.sections[1].1.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            pricing,
            ["Globex adds a cheaper tier", "Globex cuts prices"]
        );
        assert_eq!(
            d.total,
            d.sections.iter().map(|(_, l)| l.len()).sum::<usize>()
        );
    }

    #[test]
    fn syndicated_copies_of_a_story_appear_once() {
        let items = vec![
            di(
                "Initech raises $30M Series B led by Sequoia",
                Category::Funding,
                0.9,
            ),
            di(
                "Initech raises $30M Series B led by Sequoia - Reuters",
                Category::Funding,
                0.85,
            ),
            di("Globex cuts prices", Category::Pricing, 0.5),
        ];
        let d = digest(&items, 10);
        assert_eq!(d.total, 2);
        assert_eq!(d.sections[0].1[0].relevance, 0.9);
    }

    #[test]
    fn ties_prefer_higher_impact_and_an_empty_limit_gives_an_empty_digest() {
        let mut low = di("Low impact story about widgets", Category::Product, 0.5);
        low.impact = Impact::Low;
        let mut high = di("High impact story about gadgets", Category::Product, 0.5);
        high.impact = Impact::High;
        let d = digest(&[low, high], 1);
        assert_eq!(d.sections[0].1[0].impact, Impact::High);
        assert_eq!(digest(&[di("x y z w", Category::Other, 1.0)], 0).total, 0);
    }
}
