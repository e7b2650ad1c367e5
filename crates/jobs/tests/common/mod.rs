#![allow(dead_code)] // each test binary uses a different subset

use db::testing::TestDb;
use jobs::JobQueue;
use jobs::testing::ManualClock;
use std::sync::Arc;
use std::time::Duration;
use uuid::Uuid;

pub struct Env {
    pub t: TestDb,
    pub queue: JobQueue,
    pub clock: Arc<ManualClock>,
}

pub async fn env(backend: &str) -> Env {
    let t = TestDb::new(backend).await;
    let clock = ManualClock::fixed();
    let queue = JobQueue::new(t.conn.clone(), clock.clone());
    Env { t, queue, clock }
}

/// Jobs reference organizations, so org-scoped tests need real ones.
pub async fn org(env: &Env) -> Uuid {
    db::testing::insert_organization(&env.t.conn, kernel::Clock::now(env.clock.as_ref())).await
}

/// Polls `check` until it holds, failing the test after `within`.
pub async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + within;
    while !check().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for: {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
