//! The real binary, killed with SIGKILL mid-work: accounts and queued jobs survive, and the
//! job is delivered by the next process.

mod common;

use common::*;
use reqwest::StatusCode;
use serde_json::json;
use std::time::Duration;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn spawn(db_url: &str, port: u16, smtp: &str) -> tokio::process::Child {
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_brandium"))
        .arg("serve")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("BRANDIUM_DATABASE_URL", db_url)
        .env("BRANDIUM_LISTEN", format!("127.0.0.1:{port}"))
        .env("BRANDIUM_SMTP_URL", smtp)
        .env("BRANDIUM_WORKER__POLL_INTERVAL_MS", "50")
        // the kill can land while the job is still held; a short lease lets the next life
        // reclaim it within the test's wait
        .env("BRANDIUM_WORKER__LEASE_SECS", "2")
        .env("BRANDIUM_LOG_LEVEL", "warn")
        .kill_on_drop(true)
        .spawn()
        .expect("start brandium");
    let http = reqwest::Client::new();
    for _ in 0..200 {
        if let Ok(r) = http
            .get(format!("http://127.0.0.1:{port}/readyz"))
            .send()
            .await
            && r.status() == StatusCode::OK
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server did not become ready");
}

async fn kill_nine(backend: &'static str) {
    let db = db::testing::TestDb::new(backend).await;
    let http = reqwest::Client::new();
    let port = free_port();
    // first life: SMTP points at a closed port, so the invitation mail stays queued for retry
    let dead_smtp = format!("smtp://127.0.0.1:{}", free_port());
    let mut first = spawn(&db.url, port, &dead_smtp).await;
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let t: serde_json::Value = http
        .post(format!("{base}/auth/signup"))
        .json(&json!({"email": "ada@example.com", "password": PASSWORD, "name": "Ada", "organization_name": "Acme"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let r = http
        .post(format!("{base}/users/invite"))
        .bearer_auth(access(&t))
        .json(&json!({"email": "bob@example.com", "role": "viewer"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    // wait until delivery has failed once and the error is recorded
    let mut failed_once = false;
    for _ in 0..100 {
        let outbox: serde_json::Value = http
            .get(format!("{base}/mail/outbox"))
            .bearer_auth(access(&t))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if outbox["items"][0]["error"].is_string() {
            assert_eq!(outbox["items"][0]["status"], "queued");
            failed_once = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        failed_once,
        "the first delivery attempt should fail against a closed port"
    );
    first.kill().await.unwrap(); // SIGKILL: no graceful shutdown

    // second life, with a working SMTP server: the queued job is picked up and delivered
    let sink = mail::testing::SmtpSink::start().await;
    let _second = spawn(&db.url, port, &sink.url()).await;
    let login = http
        .post(format!("{base}/auth/login"))
        .json(&json!({"email": "ada@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::OK, "the account survived");
    let mails = sink.wait_for(1, Duration::from_secs(30)).await;
    assert_eq!(
        mails.len(),
        1,
        "the queued invitation was delivered after the restart"
    );
    assert_eq!(mails[0].to, vec!["bob@example.com".to_owned()]);
    drop(_second);
    db.drop_db().await;
}

#[tokio::test]
async fn queued_work_survives_kill_dash_nine() {
    on_every_backend!(kill_nine);
}
