use rand::Rng;
use std::time::Duration;

const CAP: Duration = Duration::from_secs(3600);

/// Delay before retrying after the `attempts`-th failed attempt: 2^attempts seconds plus up
/// to 25% jitter (so that jobs failing together do not retry in lockstep), at most one hour.
pub fn retry_delay(attempts: i32) -> Duration {
    let base = 2u64
        .saturating_pow(attempts.clamp(0, 30) as u32)
        .min(CAP.as_secs());
    let jitter_ms = rand::rng().random_range(0..=base * 250);
    (Duration::from_secs(base) + Duration::from_millis(jitter_ms)).min(CAP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_exponentially_with_bounded_jitter() {
        for attempts in 1..=10 {
            let base = 2u64.pow(attempts as u32);
            let d = retry_delay(attempts);
            assert!(d >= Duration::from_secs(base), "{attempts}: {d:?}");
            assert!(d <= Duration::from_millis(base * 1250), "{attempts}: {d:?}");
        }
    }

    #[test]
    fn is_capped_at_one_hour() {
        assert_eq!(retry_delay(12), CAP);
        assert_eq!(retry_delay(i32::MAX), CAP);
        let d = retry_delay(-3);
        assert!(
            d >= Duration::from_secs(1) && d <= Duration::from_millis(1250),
            "{d:?}"
        );
    }
}
