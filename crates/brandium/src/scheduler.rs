//! The scheduler loop that runs beside every job worker: it asks each module what is due
//! (scheduled crawls, competitor snapshots, feed polls, digests) and queues it. Modules claim
//! rows with conditional updates, so several instances can run this loop at once.

use std::time::Duration;

use api::AppState;
use tokio_util::sync::CancellationToken;

/// How often due work is looked for.
pub const INTERVAL: Duration = Duration::from_secs(30);

/// Queues due work once; answers how many jobs were queued.
pub async fn tick(state: &AppState) -> usize {
    let mut queued = 0;
    match research::run_due(state).await {
        Ok(n) => queued += n,
        Err(e) => tracing::warn!(error = ?e, "research schedule not run"),
    }
    match monitoring::run_due(state).await {
        Ok(n) => queued += n,
        Err(e) => tracing::warn!(error = ?e, "monitoring schedule not run"),
    }
    queued
}

/// Until `token` is cancelled.
pub async fn run(state: AppState, token: CancellationToken) {
    let mut every = tokio::time::interval(INTERVAL);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = token.cancelled() => break,
            _ = every.tick() => {
                let n = tick(&state).await;
                if n > 0 {
                    tracing::info!(queued = n, "scheduled work queued");
                }
            }
        }
    }
}
