//! The Worker end to end: real handlers, real polling, a manual clock for leases.

mod common;

use common::{env, eventually, org};
use jobs::{CancellationToken, JobContext, NewJob, Worker, handler_fn, status};
use serde::Deserialize;
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(10);

#[derive(Deserialize)]
struct Count {
    n: u32,
}

#[tokio::test]
async fn worker_runs_handlers_reports_progress_and_stops_on_shutdown() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let org = org(&e).await;
        let seen = Arc::new(Mutex::new(Vec::new()));
        let seen_by_handler = seen.clone();
        let worker = Worker::new(e.queue.clone(), "w1")
            .register(
                "count",
                handler_fn(move |ctx: JobContext| {
                    let seen = seen_by_handler.clone();
                    async move {
                        let Count { n } = ctx.payload()?;
                        ctx.progress(json!({ "done": n, "of": 5 })).await;
                        seen.lock().unwrap().push(n);
                        Ok(())
                    }
                }),
            )
            .poll_interval(Duration::from_millis(20))
            .concurrency(2);
        let mut ids = Vec::new();
        for n in 0..5 {
            ids.push(
                e.queue
                    .enqueue(NewJob::new("count", json!({ "n": n })).for_org(org))
                    .await
                    .unwrap(),
            );
        }
        let unregistered = e
            .queue
            .enqueue(NewJob::new("not.mine", json!({})))
            .await
            .unwrap();

        let shutdown = CancellationToken::new();
        let running = tokio::spawn(worker.run(shutdown.clone()));
        eventually(WAIT, "all jobs succeeded", || async {
            e.queue.depth().await.unwrap().queued == 1
                && e.queue.depth().await.unwrap().running == 0
        })
        .await;
        for (n, id) in ids.iter().enumerate() {
            let job = e.queue.get(Some(org), *id).await.unwrap();
            assert_eq!(job.status, status::SUCCEEDED, "{b}");
            assert_eq!(job.attempts, 1, "{b}");
            assert_eq!(job.progress, Some(json!({ "done": n, "of": 5 })), "{b}");
        }
        let mut seen = seen.lock().unwrap().clone();
        seen.sort_unstable();
        assert_eq!(seen, vec![0, 1, 2, 3, 4], "{b}");
        assert_eq!(
            e.queue.get(None, unregistered).await.unwrap().status,
            status::QUEUED,
            "{b}"
        );

        shutdown.cancel();
        tokio::time::timeout(Duration::from_secs(2), running)
            .await
            .expect("worker stops")
            .unwrap();
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn failed_and_panicking_attempts_are_retried_later() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let worker = Worker::new(e.queue.clone(), "w1")
            .register(
                "fails",
                handler_fn(|_ctx| async { Err::<(), _>("upstream said 503".to_owned()) }),
            )
            .register(
                "panics",
                handler_fn(
                    |ctx: JobContext| async move { panic!("bad state in {}", ctx.job.kind) },
                ),
            )
            .register(
                "bad.payload",
                handler_fn(|ctx: JobContext| async move { ctx.payload::<Count>().map(|_| ()) }),
            )
            .poll_interval(Duration::from_millis(20));
        let fails = e
            .queue
            .enqueue(NewJob::new("fails", json!({})))
            .await
            .unwrap();
        let panics = e
            .queue
            .enqueue(NewJob::new("panics", json!({})))
            .await
            .unwrap();
        let bad = e
            .queue
            .enqueue(NewJob::new("bad.payload", json!({"n": "x"})))
            .await
            .unwrap();

        let shutdown = CancellationToken::new();
        let running = tokio::spawn(worker.run(shutdown.clone()));
        for id in [fails, panics, bad] {
            eventually(WAIT, "attempt recorded", || async {
                let j = e.queue.get(None, id).await.unwrap();
                j.attempts == 1 && j.status == status::QUEUED
            })
            .await;
        }
        let error = |id| {
            let q = e.queue.clone();
            async move { q.get(None, id).await.unwrap().last_error.unwrap() }
        };
        assert_eq!(error(fails).await, "upstream said 503", "{b}");
        assert_eq!(
            error(panics).await,
            "handler panicked: bad state in panics",
            "{b}"
        );
        assert!(
            error(bad).await.starts_with("invalid bad.payload payload"),
            "{b}"
        );
        // the retry waits for its backoff: the clock has not moved, so nothing runs again
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(e.queue.get(None, fails).await.unwrap().attempts, 1, "{b}");

        shutdown.cancel();
        running.await.unwrap();
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn a_running_job_stops_when_cancelled() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let org = org(&e).await;
        let worker = Worker::new(e.queue.clone(), "w1")
            .register(
                "long",
                handler_fn(|ctx: JobContext| async move {
                    for step in 0..500 {
                        ctx.progress(json!({ "step": step })).await;
                        if ctx.is_cancelled().await {
                            return Ok(());
                        }
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                    Err("never cancelled".to_owned())
                }),
            )
            .poll_interval(Duration::from_millis(20))
            .lease(Duration::from_millis(300));
        let id = e
            .queue
            .enqueue(NewJob::new("long", json!({})).for_org(org))
            .await
            .unwrap();
        let shutdown = CancellationToken::new();
        let running = tokio::spawn(worker.run(shutdown.clone()));

        eventually(WAIT, "job running with progress", || async {
            e.queue.get(Some(org), id).await.unwrap().progress.is_some()
        })
        .await;
        let asked = e.queue.request_cancel(org, id).await.unwrap();
        assert!(asked.cancel_requested, "{b}");
        eventually(WAIT, "job cancelled", || async {
            e.queue.get(Some(org), id).await.unwrap().status == status::CANCELLED
        })
        .await;

        shutdown.cancel();
        running.await.unwrap();
        e.t.drop_db().await;
    }
}

/// Shutdown gives in-flight jobs a grace period, then abandons them; like a worker killed
/// with `kill -9`, the abandoned job is taken over by another worker once its lease expires.
#[tokio::test]
async fn an_abandoned_job_is_finished_by_another_worker_after_its_lease() {
    for b in db::testing::backends() {
        let e = env(b).await;
        let stuck = Worker::new(e.queue.clone(), "worker-a")
            .register(
                "crawl",
                handler_fn(|_ctx| std::future::pending::<Result<(), String>>()),
            )
            .poll_interval(Duration::from_millis(20))
            .lease(Duration::from_secs(60))
            .shutdown_grace(Duration::from_millis(50));
        let id = e
            .queue
            .enqueue(NewJob::new("crawl", json!({})))
            .await
            .unwrap();
        let shutdown_a = CancellationToken::new();
        let a = tokio::spawn(stuck.run(shutdown_a.clone()));
        eventually(WAIT, "worker-a holds the job", || async {
            e.queue.get(None, id).await.unwrap().status == status::RUNNING
        })
        .await;
        shutdown_a.cancel();
        tokio::time::timeout(Duration::from_secs(2), a)
            .await
            .expect("grace period honoured")
            .unwrap();
        let abandoned = e.queue.get(None, id).await.unwrap();
        assert_eq!(abandoned.status, status::RUNNING, "{b}");
        assert!(abandoned.locked_by.unwrap().starts_with("worker-a/"), "{b}");

        let healthy = Worker::new(e.queue.clone(), "worker-b")
            .register("crawl", handler_fn(|_ctx| async { Ok(()) }))
            .poll_interval(Duration::from_millis(20));
        let shutdown_b = CancellationToken::new();
        let b_task = tokio::spawn(healthy.run(shutdown_b.clone()));
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(
            e.queue.get(None, id).await.unwrap().status,
            status::RUNNING,
            "{b}: lease still valid"
        );

        e.clock.advance(Duration::from_secs(61));
        eventually(WAIT, "worker-b finished the job", || async {
            e.queue.get(None, id).await.unwrap().status == status::SUCCEEDED
        })
        .await;
        let done = e.queue.get(None, id).await.unwrap();
        assert_eq!(done.attempts, 2, "{b}");
        assert!(done.locked_by.unwrap().starts_with("worker-b/"), "{b}");

        shutdown_b.cancel();
        b_task.await.unwrap();
        e.t.drop_db().await;
    }
}
