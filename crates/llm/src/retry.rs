//! Retrying passing failures with backoff, behind a circuit breaker.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, SystemTime},
};

use async_trait::async_trait;
use http::{HeaderMap, header};

use crate::{ChatRequest, CircuitBreaker, Completion, LanguageModel, LlmError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The backoff before the second attempt; it doubles for each one after.
    pub base_delay: Duration,
    /// The longest wait between attempts. A `Retry-After` longer than this is not waited
    /// out: the call fails with `RateLimited` and its caller (a job) decides when to return.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// How long to wait after failed attempt number `attempt` (1-based), or `None` when the
    /// server asked for a longer wait than we are willing to give. `unit` is a random number
    /// in `[0, 1)`: half the backoff is fixed, half is spread by it, so that callers failing
    /// together do not come back together.
    pub(crate) fn delay_after(&self, attempt: u32, err: &LlmError, unit: f64) -> Option<Duration> {
        if let LlmError::RateLimited {
            retry_after: Some(wait),
        } = err
        {
            return (*wait <= self.max_delay).then_some(*wait);
        }
        let doublings = attempt.saturating_sub(1).min(20);
        let backoff = self
            .base_delay
            .saturating_mul(1 << doublings)
            .min(self.max_delay);
        let half = backoff / 2;
        Some(half + half.mul_f64(unit.clamp(0.0, 1.0)))
    }
}

/// `retry-after-ms` (OpenAI), else `Retry-After` in seconds or as an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = |name: &str| headers.get(name)?.to_str().ok().map(str::trim);
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok())
        && let Ok(wait) = Duration::try_from_secs_f64(ms / 1000.0)
    {
        return Some(wait);
    }
    let value = text(header::RETRY_AFTER.as_str())?;
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A model that retries passing failures and stops calling a provider that keeps failing.
pub struct Resilient {
    inner: Arc<dyn LanguageModel>,
    policy: RetryPolicy,
    breaker: Arc<CircuitBreaker>,
}

impl Resilient {
    pub fn new(
        inner: Arc<dyn LanguageModel>,
        policy: RetryPolicy,
        breaker: Arc<CircuitBreaker>,
    ) -> Self {
        Self {
            inner,
            policy,
            breaker,
        }
    }
}

#[async_trait]
impl LanguageModel for Resilient {
    fn provider(&self) -> &'static str {
        self.inner.provider()
    }

    fn model(&self) -> &str {
        self.inner.model()
    }

    /// Retries on rate limits, 5xx, timeouts and network errors, but never once text has
    /// reached `on_delta`: the caller has shown or stored that text already, and a second
    /// answer would not continue it but start over, duplicating or contradicting it. Such a
    /// failure is reported as it is, and the caller decides (a job retries from scratch).
    async fn complete(
        &self,
        req: &ChatRequest,
        on_delta: &(dyn for<'d> Fn(&'d str) + Send + Sync),
    ) -> Result<Completion, LlmError> {
        let delivered = AtomicBool::new(false);
        let tracking = |piece: &str| {
            delivered.store(true, Ordering::Relaxed);
            on_delta(piece);
        };
        let mut attempt = 1;
        loop {
            let permit = self.breaker.acquire()?;
            let err = match self.inner.complete(req, &tracking).await {
                Ok(completion) => {
                    permit.succeeded();
                    return Ok(completion);
                }
                Err(err) => err,
            };
            if err.is_retryable() {
                permit.failed();
            } else {
                permit.succeeded();
                return Err(err);
            }
            if delivered.load(Ordering::Relaxed) || attempt >= self.policy.max_attempts {
                return Err(err);
            }
            let Some(delay) = self
                .policy
                .delay_after(attempt, &err, rand::random::<f64>())
            else {
                return Err(err);
            };
            tracing::warn!(
                provider = self.inner.provider(),
                attempt,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                error = %err,
                "language model request failed; retrying"
            );
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
        }
    }

    #[test]
    fn backoff_doubles_with_half_of_it_jittered_and_stays_under_the_cap() {
        let err = LlmError::Timeout;
        let p = policy();
        assert_eq!(p.delay_after(1, &err, 0.0), Some(Duration::from_millis(50)));
        assert_eq!(
            p.delay_after(1, &err, 0.999_999).map(|d| d.as_millis()),
            Some(99)
        );
        assert_eq!(
            p.delay_after(2, &err, 0.0),
            Some(Duration::from_millis(100))
        );
        assert_eq!(
            p.delay_after(3, &err, 0.5),
            Some(Duration::from_millis(300))
        );
        assert_eq!(p.delay_after(40, &err, 1.0), Some(Duration::from_secs(1)));
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap_and_refused_beyond() {
        let p = policy();
        let asked = |secs_f: f64| LlmError::RateLimited {
            retry_after: Some(Duration::from_secs_f64(secs_f)),
        };
        assert_eq!(
            p.delay_after(1, &asked(1.0), 0.3),
            Some(Duration::from_secs(1))
        );
        assert_eq!(p.delay_after(1, &asked(1.5), 0.3), None);
        let unknown = LlmError::RateLimited { retry_after: None };
        assert_eq!(
            p.delay_after(1, &unknown, 0.0),
            Some(Duration::from_millis(50))
        );
    }

    #[test]
    fn retry_after_reads_seconds_dates_and_milliseconds() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers, now), None);
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static(" 12 "));
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(12)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(90));
        headers.insert(header::RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(90)));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(90));
        headers.insert(header::RETRY_AFTER, HeaderValue::from_str(&past).unwrap());
        assert_eq!(retry_after(&headers, now), Some(Duration::ZERO));
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers, now), None);
        headers.insert("retry-after-ms", HeaderValue::from_static("1500"));
        assert_eq!(
            retry_after(&headers, now),
            Some(Duration::from_millis(1500))
        );
        headers.insert("retry-after-ms", HeaderValue::from_static("-5"));
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(2)));
        headers.insert("retry-after-ms", HeaderValue::from_static("1e300"));
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(2)));
    }
}
