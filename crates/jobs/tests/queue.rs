//! The queue's state machine, driven directly (no Worker) with a manual clock.

mod common;

use common::{env, org};
use jobs::{JobError, NewJob, QueueDepth, status};
use serde_json::json;
use std::collections::HashSet;
use std::time::Duration;

const LEASE: Duration = Duration::from_secs(30);

#[tokio::test]
async fn enqueue_claim_complete() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let id = e
            .queue
            .enqueue(NewJob::new("report.build", json!({"n": 1})))
            .await
            .unwrap();
        let queued = e.queue.get(None, id).await.unwrap();
        assert_eq!(
            (queued.status.as_str(), queued.attempts, queued.max_attempts),
            (status::QUEUED, 0, 5),
            "{b}"
        );

        assert!(
            e.queue
                .claim("a", &["other.kind"], LEASE)
                .await
                .unwrap()
                .is_none(),
            "{b}: kinds filter"
        );
        let job = e
            .queue
            .claim("a", &["report.build"], LEASE)
            .await
            .unwrap()
            .expect("claimed");
        assert_eq!(job.id, id, "{b}");
        assert_eq!(job.status, status::RUNNING, "{b}");
        assert_eq!(job.attempts, 1, "{b}");
        assert_eq!(job.locked_by.as_deref(), Some("a"), "{b}");
        assert_eq!(
            job.lease_until,
            Some(e.clock_now() + chrono::TimeDelta::seconds(30)),
            "{b}"
        );
        assert_eq!(job.payload, json!({"n": 1}), "{b}");
        assert!(
            e.queue
                .claim("b", &["report.build"], LEASE)
                .await
                .unwrap()
                .is_none(),
            "{b}: held"
        );

        e.queue
            .set_progress(id, json!({"done": 3, "of": 4}))
            .await
            .unwrap();
        assert!(e.queue.heartbeat(id, "a", LEASE).await.unwrap(), "{b}");
        assert!(
            !e.queue.heartbeat(id, "b", LEASE).await.unwrap(),
            "{b}: not b's job"
        );
        assert!(
            matches!(e.queue.complete(id, "b").await, Err(JobError::NotFound)),
            "{b}"
        );
        e.queue.complete(id, "a").await.unwrap();

        let done = e.queue.get(None, id).await.unwrap();
        assert_eq!(done.status, status::SUCCEEDED, "{b}");
        assert_eq!(done.progress, Some(json!({"done": 3, "of": 4})), "{b}");
        assert_eq!(done.finished_at, Some(e.clock_now()), "{b}");
        assert!(done.lease_until.is_none(), "{b}");
        assert!(
            e.queue
                .claim("a", &["report.build"], LEASE)
                .await
                .unwrap()
                .is_none(),
            "{b}: finished"
        );
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn jobs_wait_for_their_run_at() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let later = e.clock_now() + chrono::TimeDelta::minutes(5);
        let id = e
            .queue
            .enqueue(NewJob::new("k", json!({})).run_at(later))
            .await
            .unwrap();
        assert!(
            e.queue.claim("a", &["k"], LEASE).await.unwrap().is_none(),
            "{b}"
        );
        e.clock.advance(Duration::from_secs(300));
        assert_eq!(
            e.queue
                .claim("a", &["k"], LEASE)
                .await
                .unwrap()
                .map(|j| j.id),
            Some(id),
            "{b}"
        );
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn failures_back_off_then_dead_letter() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let id = e
            .queue
            .enqueue(NewJob::new("flaky", json!({})).max_attempts(3))
            .await
            .unwrap();

        for attempt in 1..=2 {
            let job = e
                .queue
                .claim("w", &["flaky"], LEASE)
                .await
                .unwrap()
                .expect("due");
            assert_eq!(job.attempts, attempt, "{b}");
            e.queue
                .fail(id, "w", &format!("boom {attempt}"))
                .await
                .unwrap();

            let retry = e.queue.get(None, id).await.unwrap();
            assert_eq!(retry.status, status::QUEUED, "{b}");
            assert_eq!(
                retry.last_error.as_deref(),
                Some(format!("boom {attempt}").as_str()),
                "{b}"
            );
            assert!(
                retry.locked_by.is_none() && retry.lease_until.is_none(),
                "{b}"
            );
            // 2^attempts seconds, plus at most 25% jitter
            let delay = retry.run_at - e.clock_now();
            let base = 1000 * 2i64.pow(attempt as u32);
            assert!(
                (base..=base * 5 / 4).contains(&delay.num_milliseconds()),
                "{b}: {delay:?}"
            );

            assert!(
                e.queue
                    .claim("w", &["flaky"], LEASE)
                    .await
                    .unwrap()
                    .is_none(),
                "{b}: backing off"
            );
            e.clock.advance(Duration::from_secs(10));
        }

        let job = e
            .queue
            .claim("w", &["flaky"], LEASE)
            .await
            .unwrap()
            .expect("last attempt");
        assert_eq!(job.attempts, 3, "{b}");
        e.queue.fail(id, "w", "boom 3").await.unwrap();
        let dead = e.queue.get(None, id).await.unwrap();
        assert_eq!(dead.status, status::DEAD, "{b}");
        assert!(dead.finished_at.is_some(), "{b}");
        assert_eq!(
            e.queue.depth().await.unwrap(),
            QueueDepth {
                queued: 0,
                running: 0,
                dead: 1
            },
            "{b}"
        );

        e.clock.advance(Duration::from_secs(7200));
        assert!(
            e.queue
                .claim("w", &["flaky"], LEASE)
                .await
                .unwrap()
                .is_none(),
            "{b}: dead stays dead"
        );
        e.t.drop_db().await;
    }
}

/// A worker killed with `kill -9` never completes; its lease runs out and another takes over.
#[tokio::test]
async fn expired_lease_is_reclaimed_by_another_worker() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let id = e
            .queue
            .enqueue(NewJob::new("crawl", json!({})))
            .await
            .unwrap();
        let first = e
            .queue
            .claim("worker-a", &["crawl"], LEASE)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(first.attempts, 1);

        e.clock.advance(Duration::from_secs(29));
        assert!(
            e.queue
                .claim("worker-b", &["crawl"], LEASE)
                .await
                .unwrap()
                .is_none(),
            "{b}: lease still valid"
        );

        e.clock.advance(Duration::from_secs(2));
        let second = e
            .queue
            .claim("worker-b", &["crawl"], LEASE)
            .await
            .unwrap()
            .expect("reclaimed");
        assert_eq!((second.id, second.attempts), (id, 2), "{b}");
        assert_eq!(second.locked_by.as_deref(), Some("worker-b"), "{b}");

        // The presumed-dead worker coming back must not overwrite the new owner's work.
        assert!(
            !e.queue.heartbeat(id, "worker-a", LEASE).await.unwrap(),
            "{b}"
        );
        assert!(
            matches!(
                e.queue.complete(id, "worker-a").await,
                Err(JobError::NotFound)
            ),
            "{b}"
        );
        assert!(
            matches!(
                e.queue.fail(id, "worker-a", "late").await,
                Err(JobError::NotFound)
            ),
            "{b}"
        );
        e.queue.complete(id, "worker-b").await.unwrap();
        assert_eq!(
            e.queue.get(None, id).await.unwrap().status,
            status::SUCCEEDED,
            "{b}"
        );
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn a_job_whose_worker_dies_on_the_last_attempt_is_dead_lettered() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let id = e
            .queue
            .enqueue(NewJob::new("oom", json!({})).max_attempts(1))
            .await
            .unwrap();
        e.queue.claim("a", &["oom"], LEASE).await.unwrap().unwrap();
        e.clock.advance(Duration::from_secs(31));
        assert!(
            e.queue.claim("b", &["oom"], LEASE).await.unwrap().is_none(),
            "{b}"
        );
        let dead = e.queue.get(None, id).await.unwrap();
        assert_eq!(dead.status, status::DEAD, "{b}");
        assert!(dead.last_error.unwrap().contains("lease expired"), "{b}");
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn concurrent_claimers_never_share_a_job() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let mut ids = HashSet::new();
        for n in 0..20 {
            ids.insert(
                e.queue
                    .enqueue(NewJob::new("bulk", json!({ "n": n })))
                    .await
                    .unwrap(),
            );
        }
        let mut tasks = Vec::new();
        for w in 0..4 {
            let queue = e.queue.clone();
            tasks.push(tokio::spawn(async move {
                let mut mine = Vec::new();
                while let Some(job) = queue
                    .claim(&format!("w{w}"), &["bulk"], LEASE)
                    .await
                    .unwrap()
                {
                    mine.push(job.id);
                    tokio::task::yield_now().await;
                }
                mine
            }));
        }
        let mut claimed = Vec::new();
        for t in tasks {
            claimed.extend(t.await.unwrap());
        }
        let unique: HashSet<_> = claimed.iter().copied().collect();
        assert_eq!(claimed.len(), 20, "{b}: every job claimed exactly once");
        assert_eq!(unique, ids, "{b}");
        assert_eq!(
            e.queue.depth().await.unwrap(),
            QueueDepth {
                queued: 0,
                running: 20,
                dead: 0
            },
            "{b}"
        );
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn cancel_queued_running_and_finished_jobs() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let org = org(&e).await;
        let queued = e
            .queue
            .enqueue(NewJob::new("gen", json!({})).for_org(org))
            .await
            .unwrap();
        let running = e
            .queue
            .enqueue(NewJob::new("gen", json!({})).for_org(org))
            .await
            .unwrap();
        let done = e
            .queue
            .enqueue(NewJob::new("gen", json!({})).for_org(org))
            .await
            .unwrap();
        // claim order follows run_at then id (v7, time-ordered): `queued` first
        for id in [queued, running, done] {
            assert_eq!(
                e.queue
                    .claim("w", &["gen"], LEASE)
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
                id
            );
            if id == queued {
                e.queue.fail(id, "w", "retry later").await.unwrap();
            }
        }
        e.queue.complete(done, "w").await.unwrap();

        let c = e.queue.request_cancel(org, queued).await.unwrap();
        assert_eq!(
            c.status,
            status::CANCELLED,
            "{b}: queued (waiting for retry) cancels at once"
        );
        assert!(c.finished_at.is_some(), "{b}");

        let c = e.queue.request_cancel(org, running).await.unwrap();
        assert_eq!(
            (c.status.as_str(), c.cancel_requested),
            (status::RUNNING, true),
            "{b}"
        );
        assert!(
            !e.queue.heartbeat(running, "w", LEASE).await.unwrap(),
            "{b}: heartbeat tells the handler to stop"
        );
        e.queue.complete(running, "w").await.unwrap();
        assert_eq!(
            e.queue.get(Some(org), running).await.unwrap().status,
            status::CANCELLED,
            "{b}"
        );

        let c = e.queue.request_cancel(org, done).await.unwrap();
        assert_eq!(
            (c.status.as_str(), c.cancel_requested),
            (status::SUCCEEDED, false),
            "{b}: finished is left alone"
        );

        e.clock.advance(Duration::from_secs(3600));
        assert!(
            e.queue.claim("w", &["gen"], LEASE).await.unwrap().is_none(),
            "{b}"
        );
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn a_cancelled_job_whose_worker_died_is_not_rerun() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let org = org(&e).await;
        let id = e
            .queue
            .enqueue(NewJob::new("gen", json!({})).for_org(org))
            .await
            .unwrap();
        e.queue.claim("a", &["gen"], LEASE).await.unwrap().unwrap();
        e.queue.request_cancel(org, id).await.unwrap();
        e.clock.advance(Duration::from_secs(60));
        assert!(
            e.queue.claim("b", &["gen"], LEASE).await.unwrap().is_none(),
            "{b}"
        );
        assert_eq!(
            e.queue.get(None, id).await.unwrap().status,
            status::CANCELLED,
            "{b}"
        );
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn get_and_cancel_are_org_scoped() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let (mine, theirs) = (org(&e).await, org(&e).await);
        let id = e
            .queue
            .enqueue(NewJob::new("gen", json!({})).for_org(mine))
            .await
            .unwrap();
        assert_eq!(
            e.queue.get(Some(mine), id).await.unwrap().organization_id,
            Some(mine),
            "{b}"
        );
        assert!(
            e.queue.get(None, id).await.is_ok(),
            "{b}: unscoped (system) access"
        );
        assert!(
            matches!(e.queue.get(Some(theirs), id).await, Err(JobError::NotFound)),
            "{b}"
        );
        assert!(
            matches!(
                e.queue.request_cancel(theirs, id).await,
                Err(JobError::NotFound)
            ),
            "{b}"
        );
        assert!(
            matches!(
                e.queue.get(None, uuid::Uuid::new_v4()).await,
                Err(JobError::NotFound)
            ),
            "{b}"
        );
        assert_eq!(
            e.queue.get(None, id).await.unwrap().status,
            status::QUEUED,
            "{b}: untouched"
        );
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn depth_counts_by_status() {
    for b in db::testing::backends() {
        let e = env(b).await;
        assert_eq!(e.queue.depth().await.unwrap(), QueueDepth::default(), "{b}");
        for _ in 0..3 {
            e.queue.enqueue(NewJob::new("k", json!({}))).await.unwrap();
        }
        e.queue
            .enqueue(NewJob::new("k", json!({})).max_attempts(1))
            .await
            .unwrap();
        let j = e.queue.claim("w", &["k"], LEASE).await.unwrap().unwrap();
        e.queue.complete(j.id, "w").await.unwrap();
        e.queue.claim("w", &["k"], LEASE).await.unwrap().unwrap();
        assert_eq!(
            e.queue.depth().await.unwrap(),
            QueueDepth {
                queued: 2,
                running: 1,
                dead: 0
            },
            "{b}"
        );
        e.t.drop_db().await;
    }
}

trait ClockNow {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc>;
}

impl ClockNow for common::Env {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc> {
        kernel::Clock::now(self.clock.as_ref())
    }
}
