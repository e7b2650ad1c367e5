//! Small time and key rules of the module: retry delays of webhook deliveries, digest periods,
//! and keys short enough for their columns.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

/// Attempts a webhook delivery gets before it is recorded as failed.
pub const MAX_WEBHOOK_ATTEMPTS: i32 = 5;

/// Wait before the next attempt after `attempts` failed ones: 30 s, 2 min, 10 min, 1 h, as
/// receivers that are down for a deploy come back within minutes and longer outages within hours.
pub fn webhook_retry_delay(attempts: i32) -> Duration {
    match attempts {
        i32::MIN..=1 => Duration::seconds(30),
        2 => Duration::minutes(2),
        3 => Duration::minutes(10),
        _ => Duration::hours(1),
    }
}

/// Length of a digest period, `None` for `none` or anything unknown.
pub fn digest_period(frequency: &str) -> Option<Duration> {
    match frequency {
        "daily" => Some(Duration::days(1)),
        "weekly" => Some(Duration::days(7)),
        _ => None,
    }
}

/// Where a digest starts: after the last one sent, but never more than one period back, so a
/// member who comes back after months gets this period's news, not a backlog.
pub fn digest_since(
    now: DateTime<Utc>,
    period: Duration,
    last_sent: Option<DateTime<Utc>>,
) -> DateTime<Utc> {
    let floor = now - period;
    last_sent.map_or(floor, |l| l.max(floor))
}

/// Keys are stored in 255-character columns; a longer key is replaced by its SHA-256, which
/// keeps it unique without cutting two different keys to the same prefix.
pub fn column_key(key: &str) -> String {
    if key.len() <= 255 {
        key.to_owned()
    } else {
        format!("sha256:{}", hex::encode(Sha256::digest(key.as_bytes())))
    }
}

/// Cuts `s` to at most `max` characters (not bytes), for length-limited columns.
pub fn clip(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_delays_grow_and_cap() {
        let d: Vec<i64> = (1..=6)
            .map(|a| webhook_retry_delay(a).num_seconds())
            .collect();
        assert_eq!(d, vec![30, 120, 600, 3600, 3600, 3600]);
    }

    #[test]
    fn digest_window_is_bounded_by_one_period() {
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let day = digest_period("daily").unwrap();
        assert_eq!(digest_since(now, day, None), now - day);
        let recent = now - Duration::hours(3);
        assert_eq!(digest_since(now, day, Some(recent)), recent);
        assert_eq!(
            digest_since(now, day, Some(now - Duration::days(40))),
            now - day
        );
        assert_eq!(digest_period("weekly"), Some(Duration::days(7)));
        assert_eq!(digest_period("none"), None);
    }

    #[test]
    fn long_keys_are_hashed_short_keys_kept() {
        assert_eq!(column_key("abc"), "abc");
        let long = "x".repeat(300);
        let k = column_key(&long);
        assert_eq!(k.len(), "sha256:".len() + 64);
        assert_ne!(k, column_key(&"y".repeat(300)));
        assert_eq!(clip("héllo", 2), "hé");
    }
}
