//! A circuit breaker per provider endpoint, so that a failing provider is left alone for a
//! while instead of being hammered by every queued generation.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use crate::LlmError;

/// Monotonic time, injectable so that cooldowns are tested without sleeping.
pub trait MonotonicClock: Send + Sync {
    fn now(&self) -> Instant;
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SystemMonotonicClock;

impl MonotonicClock for SystemMonotonicClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakerSettings {
    /// Consecutive failures that open the circuit.
    pub failure_threshold: u32,
    /// How long an open circuit refuses before letting one trial request through.
    pub cooldown: Duration,
}

impl Default for BreakerSettings {
    fn default() -> Self {
        Self {
            failure_threshold: 5,
            cooldown: Duration::from_secs(30),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakerState {
    Closed {
        consecutive_failures: u32,
    },
    Open {
        until: Instant,
    },
    /// The cooldown is over; one trial request decides. `trial_running` refuses the others.
    HalfOpen {
        trial_running: bool,
    },
}

pub struct CircuitBreaker {
    settings: BreakerSettings,
    clock: Arc<dyn MonotonicClock>,
    state: Mutex<BreakerState>,
}

impl std::fmt::Debug for CircuitBreaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CircuitBreaker")
            .field("settings", &self.settings)
            .field("state", &self.state())
            .finish()
    }
}

impl Default for CircuitBreaker {
    fn default() -> Self {
        Self::new(BreakerSettings::default())
    }
}

impl CircuitBreaker {
    pub fn new(settings: BreakerSettings) -> Self {
        Self::with_clock(settings, Arc::new(SystemMonotonicClock))
    }

    pub fn with_clock(settings: BreakerSettings, clock: Arc<dyn MonotonicClock>) -> Self {
        Self {
            settings,
            clock,
            state: Mutex::new(BreakerState::Closed {
                consecutive_failures: 0,
            }),
        }
    }

    pub fn state(&self) -> BreakerState {
        *self.lock()
    }

    /// Asks to send one request. The permit must be told how it went; a permit dropped
    /// untold (the caller was cancelled) gives a half-open trial back to the next caller.
    pub fn acquire(&self) -> Result<BreakerPermit<'_>, LlmError> {
        let mut state = self.lock();
        let trial = match *state {
            BreakerState::Closed { .. } => false,
            BreakerState::Open { until } if self.clock.now() < until => {
                return Err(LlmError::CircuitOpen);
            }
            BreakerState::Open { .. }
            | BreakerState::HalfOpen {
                trial_running: false,
            } => {
                *state = BreakerState::HalfOpen {
                    trial_running: true,
                };
                true
            }
            BreakerState::HalfOpen {
                trial_running: true,
            } => return Err(LlmError::CircuitOpen),
        };
        Ok(BreakerPermit {
            breaker: self,
            trial,
            settled: false,
        })
    }

    fn settle(&self, failed: bool) {
        let mut state = self.lock();
        *state = match (*state, failed) {
            (_, false) => BreakerState::Closed {
                consecutive_failures: 0,
            },
            (
                BreakerState::Closed {
                    consecutive_failures,
                },
                true,
            ) => {
                let failures = consecutive_failures.saturating_add(1);
                if failures >= self.settings.failure_threshold {
                    self.open()
                } else {
                    BreakerState::Closed {
                        consecutive_failures: failures,
                    }
                }
            }
            // A failed trial, or a straggler that failed after the circuit opened.
            (BreakerState::HalfOpen { .. } | BreakerState::Open { .. }, true) => self.open(),
        };
    }

    fn open(&self) -> BreakerState {
        BreakerState::Open {
            until: self.clock.now() + self.settings.cooldown,
        }
    }

    fn abandon_trial(&self) {
        let mut state = self.lock();
        if let BreakerState::HalfOpen {
            trial_running: true,
        } = *state
        {
            *state = BreakerState::HalfOpen {
                trial_running: false,
            };
        }
    }

    /// The state is a few plain values, always whole: a panic elsewhere cannot leave it torn.
    fn lock(&self) -> MutexGuard<'_, BreakerState> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Leave to send one request; see [`CircuitBreaker::acquire`].
#[must_use = "tell the breaker how the request went"]
pub struct BreakerPermit<'a> {
    breaker: &'a CircuitBreaker,
    trial: bool,
    settled: bool,
}

impl BreakerPermit<'_> {
    /// The provider answered (even with a refusal of this request).
    pub fn succeeded(mut self) {
        self.settled = true;
        self.breaker.settle(false);
    }

    /// The provider failed: an outage, an overload, a timeout, a rate limit.
    pub fn failed(mut self) {
        self.settled = true;
        self.breaker.settle(true);
    }
}

impl Drop for BreakerPermit<'_> {
    fn drop(&mut self) {
        if !self.settled && self.trial {
            self.breaker.abandon_trial();
        }
    }
}

/// Breakers that outlive single requests, one per key (the caller uses organization, provider
/// and base URL, so one tenant's broken endpoint never pauses another's).
pub struct BreakerRegistry {
    settings: BreakerSettings,
    clock: Arc<dyn MonotonicClock>,
    breakers: Mutex<HashMap<String, Arc<CircuitBreaker>>>,
}

impl Default for BreakerRegistry {
    fn default() -> Self {
        Self::new(BreakerSettings::default())
    }
}

impl BreakerRegistry {
    pub fn new(settings: BreakerSettings) -> Self {
        Self::with_clock(settings, Arc::new(SystemMonotonicClock))
    }

    pub fn with_clock(settings: BreakerSettings, clock: Arc<dyn MonotonicClock>) -> Self {
        Self {
            settings,
            clock,
            breakers: Mutex::default(),
        }
    }

    /// The breaker for `key`, created closed on first use.
    pub fn get(&self, key: &str) -> Arc<CircuitBreaker> {
        let mut breakers = self
            .breakers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(breaker) = breakers.get(key) {
            return breaker.clone();
        }
        let breaker = Arc::new(CircuitBreaker::with_clock(
            self.settings,
            self.clock.clone(),
        ));
        breakers.insert(key.to_owned(), breaker.clone());
        breaker
    }

    /// Drops breakers that are closed with no failures and that no request holds, so that
    /// keys of deleted settings do not pile up; call it now and then.
    pub fn prune(&self) {
        let mut breakers = self
            .breakers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        breakers.retain(|_, breaker| {
            Arc::strong_count(breaker) > 1
                || breaker.state()
                    != BreakerState::Closed {
                        consecutive_failures: 0,
                    }
        });
    }

    pub fn len(&self) -> usize {
        self.breakers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct ManualClock {
        start: Instant,
        offset: Mutex<Duration>,
    }

    impl ManualClock {
        fn new() -> Arc<Self> {
            Arc::new(Self {
                start: Instant::now(),
                offset: Mutex::default(),
            })
        }
        fn advance(&self, by: Duration) {
            *self.offset.lock().unwrap() += by;
        }
    }

    impl MonotonicClock for ManualClock {
        fn now(&self) -> Instant {
            self.start + *self.offset.lock().unwrap()
        }
    }

    fn breaker(clock: &Arc<ManualClock>) -> CircuitBreaker {
        CircuitBreaker::with_clock(BreakerSettings::default(), clock.clone())
    }

    fn fail(breaker: &CircuitBreaker, times: u32) {
        for _ in 0..times {
            breaker.acquire().unwrap().failed();
        }
    }

    #[test]
    fn opens_after_exactly_the_threshold_of_consecutive_failures() {
        let clock = ManualClock::new();
        let breaker = breaker(&clock);
        fail(&breaker, 4);
        assert_eq!(
            breaker.state(),
            BreakerState::Closed {
                consecutive_failures: 4
            }
        );
        fail(&breaker, 1);
        assert!(matches!(breaker.state(), BreakerState::Open { .. }));
        assert!(matches!(breaker.acquire(), Err(LlmError::CircuitOpen)));
    }

    #[test]
    fn a_success_resets_the_count() {
        let clock = ManualClock::new();
        let breaker = breaker(&clock);
        fail(&breaker, 4);
        breaker.acquire().unwrap().succeeded();
        fail(&breaker, 4);
        assert!(breaker.acquire().is_ok());
    }

    #[test]
    fn after_the_cooldown_one_trial_goes_through_and_its_success_closes() {
        let clock = ManualClock::new();
        let breaker = breaker(&clock);
        fail(&breaker, 5);
        clock.advance(Duration::from_secs(29));
        assert!(breaker.acquire().is_err());
        clock.advance(Duration::from_secs(1));
        let trial = breaker.acquire().unwrap();
        assert!(matches!(breaker.acquire(), Err(LlmError::CircuitOpen)));
        trial.succeeded();
        assert_eq!(
            breaker.state(),
            BreakerState::Closed {
                consecutive_failures: 0
            }
        );
        assert!(breaker.acquire().is_ok());
    }

    #[test]
    fn a_failed_trial_opens_for_another_full_cooldown() {
        let clock = ManualClock::new();
        let breaker = breaker(&clock);
        fail(&breaker, 5);
        clock.advance(Duration::from_secs(30));
        breaker.acquire().unwrap().failed();
        clock.advance(Duration::from_secs(29));
        assert!(breaker.acquire().is_err());
        clock.advance(Duration::from_secs(1));
        assert!(breaker.acquire().is_ok());
    }

    #[test]
    fn an_abandoned_trial_lets_the_next_caller_try() {
        let clock = ManualClock::new();
        let breaker = breaker(&clock);
        fail(&breaker, 5);
        clock.advance(Duration::from_secs(30));
        drop(breaker.acquire().unwrap());
        assert_eq!(
            breaker.state(),
            BreakerState::HalfOpen {
                trial_running: false
            }
        );
        assert!(breaker.acquire().is_ok());
    }

    #[test]
    fn the_registry_keeps_one_breaker_per_key() {
        let clock = ManualClock::new();
        let registry = BreakerRegistry::with_clock(BreakerSettings::default(), clock.clone());
        fail(
            &registry.get("org-a|anthropic|https://api.anthropic.com"),
            5,
        );
        assert!(
            registry
                .get("org-a|anthropic|https://api.anthropic.com")
                .acquire()
                .is_err()
        );
        assert!(
            registry
                .get("org-b|anthropic|https://api.anthropic.com")
                .acquire()
                .is_ok()
        );
        assert_eq!(registry.len(), 2);
        registry.prune();
        assert_eq!(registry.len(), 1, "the healthy, unused breaker is dropped");
        clock.advance(Duration::from_secs(30));
        registry
            .get("org-a|anthropic|https://api.anthropic.com")
            .acquire()
            .unwrap()
            .succeeded();
        registry.prune();
        assert!(registry.is_empty());
    }
}
