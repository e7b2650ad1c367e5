#![allow(dead_code)] // each test binary uses a different subset

use db::testing::TestDb;
use jobs::JobQueue;
use jobs::testing::ManualClock;
use mail::{Mailer, OutgoingMail, SmtpConfig};
use std::sync::Arc;
use std::time::Duration;
use uuid::Uuid;

pub const FROM: &str = "Brandium <no-reply@brandium.test>";

pub struct Env {
    pub t: TestDb,
    pub queue: JobQueue,
    pub clock: Arc<ManualClock>,
    pub mailer: Mailer,
}

pub async fn env(backend: &str, smtp_url: Option<String>) -> Env {
    let t = TestDb::new(backend).await;
    let clock = ManualClock::fixed();
    let queue = JobQueue::new(t.conn.clone(), clock.clone());
    let smtp = smtp_url.map(|url| SmtpConfig::parse(&url).expect("valid SMTP URL"));
    let mailer = Mailer::new(t.conn.clone(), queue.clone(), smtp, FROM.to_owned());
    Env {
        t,
        queue,
        clock,
        mailer,
    }
}

pub async fn org(env: &Env) -> Uuid {
    db::testing::insert_organization(&env.t.conn, kernel::Clock::now(env.clock.as_ref())).await
}

pub fn mail(to: &str, subject: &str, org: Option<Uuid>) -> OutgoingMail {
    OutgoingMail {
        to: kernel::Email::parse(to).unwrap(),
        subject: subject.to_owned(),
        text: format!("text of {subject}"),
        html: None,
        kind: "notification",
        organization_id: org,
    }
}

/// A port on which nothing listens: bound, then released.
pub async fn closed_port_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("smtp://{addr}")
}

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
