//! Per-host politeness: at most `concurrency` requests in flight to one host, and starts at
//! least `delay` apart.

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

#[derive(Debug)]
pub(crate) struct HostSchedule {
    concurrency: usize,
    hosts: HashMap<String, Slot>,
}

#[derive(Debug, Default)]
struct Slot {
    in_flight: usize,
    next_start: Option<Instant>,
    delay: Duration,
}

impl HostSchedule {
    pub fn new(concurrency: usize) -> Self {
        Self {
            concurrency: concurrency.max(1),
            hosts: HashMap::new(),
        }
    }

    /// Sets the pause between two request starts to `host`.
    pub fn set_delay(&mut self, host: &str, delay: Duration) {
        self.hosts.entry(host.to_string()).or_default().delay = delay;
    }

    /// Takes a slot when `host` may be asked now; otherwise says when to look again
    /// (`None` when only a finishing request can free it).
    pub fn try_start(
        &mut self,
        host: &str,
        now: Instant,
        default_delay: Duration,
    ) -> Result<(), Option<Instant>> {
        let slot = self.hosts.entry(host.to_string()).or_insert_with(|| Slot {
            delay: default_delay,
            ..Slot::default()
        });
        if slot.in_flight >= self.concurrency {
            return Err(None);
        }
        if let Some(at) = slot.next_start
            && at > now
        {
            return Err(Some(at));
        }
        slot.in_flight += 1;
        slot.next_start = Some(now + slot.delay);
        Ok(())
    }

    pub fn finish(&mut self, host: &str) {
        if let Some(slot) = self.hosts.get_mut(host) {
            slot.in_flight = slot.in_flight.saturating_sub(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrency_is_capped_per_host() {
        let mut s = HostSchedule::new(2);
        let now = Instant::now();
        assert!(s.try_start("a", now, Duration::ZERO).is_ok());
        assert!(s.try_start("a", now, Duration::ZERO).is_ok());
        assert_eq!(s.try_start("a", now, Duration::ZERO), Err(None));
        assert!(
            s.try_start("b", now, Duration::ZERO).is_ok(),
            "other hosts are independent"
        );
        s.finish("a");
        assert!(s.try_start("a", now, Duration::ZERO).is_ok());
    }

    #[test]
    fn starts_are_spaced_by_the_delay() {
        let mut s = HostSchedule::new(4);
        let now = Instant::now();
        let delay = Duration::from_millis(100);
        s.set_delay("a", delay);
        assert!(s.try_start("a", now, Duration::ZERO).is_ok());
        assert_eq!(
            s.try_start("a", now + Duration::from_millis(10), Duration::ZERO),
            Err(Some(now + delay))
        );
        assert!(s.try_start("a", now + delay, Duration::ZERO).is_ok());
        // A host seen first takes the default delay.
        assert!(s.try_start("b", now, delay).is_ok());
        assert!(s.try_start("b", now, delay).is_err());
    }
}
