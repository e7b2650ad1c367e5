//! Share of voice (FR-7.14.3): each entity's part of all mentions, per day or ISO week.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct SovPoint {
    /// "2026-11-23" (day) or "2026-W47" (ISO week).
    pub period: String,
    /// Mentions per entity; every entity seen in the input appears in every period, with 0 where silent,
    /// so that series line up.
    pub counts: BTreeMap<String, u32>,
    /// count / all mentions of the period; they sum to 1.
    pub shares: BTreeMap<String, f64>,
}

/// Periods without any mention are left out; points come in chronological order.
pub fn share_of_voice(mentions: &[(DateTime<Utc>, String)], weekly: bool) -> Vec<SovPoint> {
    let entities: BTreeSet<&str> = mentions.iter().map(|(_, e)| e.as_str()).collect();
    let mut periods: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
    for (at, entity) in mentions {
        let counts = periods
            .entry(period_of(*at, weekly))
            .or_insert_with(|| entities.iter().map(|e| (e.to_string(), 0)).collect());
        if let Some(count) = counts.get_mut(entity.as_str()) {
            *count += 1;
        }
    }
    periods
        .into_iter()
        .map(|(period, counts)| {
            let total: u32 = counts.values().sum();
            let shares = counts
                .iter()
                .map(|(e, c)| {
                    (
                        e.clone(),
                        if total == 0 {
                            0.0
                        } else {
                            f64::from(*c) / f64::from(total)
                        },
                    )
                })
                .collect();
            SovPoint {
                period,
                counts,
                shares,
            }
        })
        .collect()
}

/// ISO week labels use the ISO year: 2027-01-01 belongs to "2026-W53".
pub fn period_of(at: DateTime<Utc>, weekly: bool) -> String {
    if weekly {
        let week = at.iso_week();
        format!("{}-W{:02}", week.year(), week.week())
    } else {
        at.format("%Y-%m-%d").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 0, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn daily_shares_sum_to_one_and_count_every_entity() {
        let mentions = vec![
            (at(2026, 11, 23), "Brandium".to_string()),
            (at(2026, 11, 23), "Globex".to_string()),
            (at(2026, 11, 23), "Globex".to_string()),
            (at(2026, 11, 23), "Globex".to_string()),
            (at(2026, 11, 24), "Brandium".to_string()),
            (at(2026, 11, 24), "Initech".to_string()),
        ];
        let points = share_of_voice(&mentions, false);
        assert_eq!(
            points.iter().map(|p| p.period.as_str()).collect::<Vec<_>>(),
            ["2026-11-23", "2026-11-24"]
        );
        for p in &points {
            let sum: f64 = p.shares.values().sum();
            assert!((sum - 1.0).abs() < 1e-9, "{p:?}");
            assert_eq!(p.counts.len(), 3);
        }
        assert_eq!(points[0].counts["Globex"], 3);
        assert_eq!(points[0].counts["Initech"], 0);
        assert!((points[0].shares["Globex"] - 0.75).abs() < 1e-9);
        assert!((points[1].shares["Brandium"] - 0.5).abs() < 1e-9);
    }

    #[test]
    fn weekly_points_group_by_iso_week() {
        let mentions = vec![
            (at(2026, 11, 16), "Brandium".to_string()),
            (at(2026, 11, 22), "Globex".to_string()),
            (at(2026, 11, 23), "Globex".to_string()),
            (at(2027, 1, 1), "Globex".to_string()),
        ];
        let points = share_of_voice(&mentions, true);
        assert_eq!(
            points.iter().map(|p| p.period.as_str()).collect::<Vec<_>>(),
            ["2026-W47", "2026-W48", "2026-W53"]
        );
        assert_eq!(points[0].counts["Brandium"] + points[0].counts["Globex"], 2);
        assert!(share_of_voice(&[], true).is_empty());
    }
}
