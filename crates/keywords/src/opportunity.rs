//! How worthwhile a phrase is to target once a keyword tool has told its volume: people search it
//! (volume), it can be won (ease) and it fits what the crawled sites are about (relevance).

use crate::map::round4;
use crate::model::Keyword;

/// Ease assumed when a tool gives neither difficulty nor competition.
const UNKNOWN_EASE: f64 = 0.5;

/// 0..1 from a monthly volume, the largest volume in the map, difficulty (0..100), paid
/// competition (0..1) and crawl relevance (0..1). Volume is log-scaled: 10,000 searches are not
/// worth a hundred times 100 when the smaller phrase is the one a page can win.
pub fn opportunity(
    volume: u64,
    max_volume: u64,
    difficulty: Option<f64>,
    competition: Option<f64>,
    relevance: f64,
) -> f64 {
    let volume_factor = if max_volume == 0 {
        0.0
    } else {
        (1.0 + volume as f64).ln() / (1.0 + max_volume as f64).ln()
    };
    let ease = difficulty
        .map(|d| 1.0 - d.clamp(0.0, 100.0) / 100.0)
        .or_else(|| competition.map(|c| 1.0 - c.clamp(0.0, 1.0)))
        .unwrap_or(UNKNOWN_EASE);
    // Phrases known only from an import (relevance 0) still rank by volume and ease.
    let fit = 0.5 + 0.5 * relevance.clamp(0.0, 1.0);
    (volume_factor.min(1.0) * ease * fit).clamp(0.0, 1.0)
}

/// Sets `opportunity` on every keyword with a volume.
pub fn score_opportunities(keywords: &mut [Keyword]) {
    let max_volume = keywords.iter().filter_map(|k| k.volume).max().unwrap_or(0);
    for k in keywords {
        k.opportunity = k.volume.map(|v| {
            round4(opportunity(
                v,
                max_volume,
                k.difficulty,
                k.competition,
                k.score,
            ))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_ease_and_relevance_each_raise_it() {
        let base = opportunity(1000, 10_000, Some(50.0), None, 0.5);
        assert!(opportunity(5000, 10_000, Some(50.0), None, 0.5) > base);
        assert!(opportunity(1000, 10_000, Some(20.0), None, 0.5) > base);
        assert!(opportunity(1000, 10_000, Some(50.0), None, 0.9) > base);
        assert!((opportunity(10_000, 10_000, Some(0.0), None, 1.0) - 1.0).abs() < 1e-9);
        assert_eq!(opportunity(0, 0, None, None, 1.0), 0.0);
    }

    #[test]
    fn competition_stands_in_for_difficulty() {
        let hard = opportunity(1000, 1000, None, Some(0.9), 1.0);
        let easy = opportunity(1000, 1000, None, Some(0.1), 1.0);
        assert!(easy > hard);
        assert!((opportunity(1000, 1000, None, None, 1.0) - UNKNOWN_EASE).abs() < 1e-9);
    }
}
