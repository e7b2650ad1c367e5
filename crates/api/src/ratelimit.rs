//! Login attempts: a limit per account and a limit per client address.

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock as _};
use std::{net::IpAddr, num::NonZeroU32};

pub struct LoginLimiter {
    by_account: DefaultKeyedRateLimiter<String>,
    by_address: DefaultKeyedRateLimiter<IpAddr>,
}

impl LoginLimiter {
    pub fn new(per_minute: u32) -> Self {
        let quota = Quota::per_minute(NonZeroU32::new(per_minute.max(1)).expect("non-zero"));
        Self {
            by_account: RateLimiter::keyed(quota),
            by_address: RateLimiter::keyed(quota),
        }
    }

    /// `Err(seconds)` tells how long to wait before the next attempt may be made.
    pub fn check(&self, account: &str, address: IpAddr) -> Result<(), u64> {
        let clock = governor::clock::DefaultClock::default();
        let wait =
            |not_until: governor::NotUntil<_>| not_until.wait_time_from(clock.now()).as_secs() + 1;
        self.by_address.check_key(&address).map_err(wait)?;
        self.by_account
            .check_key(&account.to_owned())
            .map_err(wait)?;
        Ok(())
    }

    /// Drops idle keys so that the maps do not grow without bound.
    pub fn prune(&self) {
        self.by_account.retain_recent();
        self.by_address.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixth_attempt_in_a_minute_is_refused() {
        let l = LoginLimiter::new(5);
        let ip: IpAddr = "203.0.113.1".parse().unwrap();
        for _ in 0..5 {
            assert!(l.check("ada@example.com", ip).is_ok());
        }
        let wait = l.check("ada@example.com", ip).unwrap_err();
        assert!((1..=61).contains(&wait), "{wait}");
    }

    #[test]
    fn accounts_and_addresses_are_limited_separately() {
        let l = LoginLimiter::new(5);
        for i in 0..5u8 {
            assert!(
                l.check("ada@example.com", IpAddr::from([203, 0, 113, i]))
                    .is_ok()
            );
        }
        // the account is spent, even from a fresh address
        assert!(
            l.check("ada@example.com", IpAddr::from([203, 0, 113, 99]))
                .is_err()
        );
        // another account from a fresh address is fine
        assert!(
            l.check("bob@example.com", IpAddr::from([203, 0, 113, 100]))
                .is_ok()
        );
    }
}
