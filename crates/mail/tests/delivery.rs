//! With SMTP, the `mail.send` job delivers outbox messages through a real Worker.

mod common;

use common::{closed_port_url, env, eventually, org};
use jobs::{CancellationToken, NewJob, Worker, job, status as job_status};
use kernel::{Email, PageParams};
use mail::testing::SmtpSink;
use mail::{MAIL_SEND, OutgoingMail, status, templates};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(10);

fn start_worker(e: &common::Env) -> (CancellationToken, tokio::task::JoinHandle<()>) {
    let worker = Worker::new(e.queue.clone(), "mail-worker")
        .register(MAIL_SEND, e.mailer.job_handler())
        .poll_interval(Duration::from_millis(20));
    let shutdown = CancellationToken::new();
    (shutdown.clone(), tokio::spawn(worker.run(shutdown)))
}

async fn mail_job(e: &common::Env) -> job::Model {
    use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    job::Entity::find()
        .filter(job::Column::Kind.eq(MAIL_SEND))
        .one(&e.t.conn)
        .await
        .unwrap()
        .expect("a mail.send job")
}

#[tokio::test]
async fn smtp_mode_delivers_invitations_through_the_worker() {
    for b in db::testing::backends() {
        let sink = SmtpSink::start().await;
        let e = env(b, Some(sink.url())).await;
        let org = org(&e).await;
        let link = "https://app.brandium.test/invitations/accept?token=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA&org=acme";
        let (subject, text, html) =
            templates::invitation("Acme & Sons", "Ada Lovelace", "Editor", link);
        let id = e
            .mailer
            .send(OutgoingMail {
                to: Email::parse("Grace@Example.com").unwrap(),
                subject: subject.clone(),
                text,
                html: Some(html),
                kind: "invitation",
                organization_id: Some(org),
            })
            .await
            .unwrap();
        let queued = e.mailer.get(org, id).await.unwrap();
        assert_eq!(queued.status, status::QUEUED, "{b}");
        let job = mail_job(&e).await;
        assert_eq!(job.payload, serde_json::json!({ "message_id": id }), "{b}");
        assert_eq!(job.organization_id, Some(org), "{b}");

        let (shutdown, worker) = start_worker(&e);
        let got = sink.wait_for(1, WAIT).await;
        assert_eq!(got.len(), 1, "{b}");
        let m = &got[0];
        assert_eq!(m.to, vec!["grace@example.com"], "{b}");
        assert_eq!(m.from, "no-reply@brandium.test", "{b}");
        assert_eq!(
            m.header("Subject").as_deref(),
            Some(subject.as_str()),
            "{b}"
        );
        assert_eq!(
            m.header("Message-ID"),
            Some(format!("<{id}@brandium.test>")),
            "{b}"
        );
        let body = m.decoded_body();
        assert!(body.contains(link), "{b}: link in the text part");
        assert!(
            body.contains(&format!("href=\"{}\"", link.replace('&', "&amp;"))),
            "{b}: link in the HTML part"
        );
        assert!(body.contains("Acme &amp; Sons"), "{b}");

        eventually(WAIT, "message marked sent", || async {
            e.mailer.get(org, id).await.unwrap().status == status::SENT
        })
        .await;
        let sent = e.mailer.get(org, id).await.unwrap();
        assert_eq!(
            sent.sent_at,
            Some(kernel::Clock::now(e.clock.as_ref())),
            "{b}"
        );
        assert!(sent.error.is_none(), "{b}");
        eventually(WAIT, "job succeeded", || async {
            mail_job(&e).await.status == job_status::SUCCEEDED
        })
        .await;
        assert_eq!(sink.messages().len(), 1, "{b}: delivered once");

        shutdown.cancel();
        worker.await.unwrap();
        e.t.drop_db().await;
    }
}

#[tokio::test]
async fn smtp_credentials_in_the_url_are_used() {
    for b in db::testing::backends() {
        let sink = SmtpSink::start().await;
        let url = format!("smtp://mailer:s3cret@{}", sink.addr);
        let e = env(b, Some(url)).await;
        let (subject, text, html) =
            templates::password_reset("https://app.brandium.test/reset?token=abc");
        e.mailer
            .send(OutgoingMail {
                to: Email::parse("ada@example.com").unwrap(),
                subject,
                text,
                html: Some(html),
                kind: "password_reset",
                organization_id: None,
            })
            .await
            .unwrap();
        let (shutdown, worker) = start_worker(&e);
        let got = sink.wait_for(1, WAIT).await;
        assert_eq!(got.len(), 1, "{b}");
        assert_eq!(
            got[0].header("subject").as_deref(),
            Some("Reset your Brandium password"),
            "{b}"
        );
        assert!(
            got[0]
                .decoded_body()
                .contains("https://app.brandium.test/reset?token=abc"),
            "{b}"
        );
        assert_eq!(got[0].auth_user.as_deref(), Some("mailer"), "{b}");
        eventually(WAIT, "job succeeded", || async {
            mail_job(&e).await.status == job_status::SUCCEEDED
        })
        .await;
        shutdown.cancel();
        worker.await.unwrap();
        e.t.drop_db().await;
    }
}

/// SMTP down: each attempt records its error on the message and the job backs off; after
/// the last attempt the message is `failed` and the job dead, both visible to an admin.
#[tokio::test]
async fn smtp_down_records_the_error_and_retries_until_dead() {
    for b in db::testing::backends() {
        let e = env(b, Some(closed_port_url().await)).await;
        let org = org(&e).await;
        let id = e
            .mailer
            .send(common::mail("ada@example.com", "hello", Some(org)))
            .await
            .unwrap();
        let (shutdown, worker) = start_worker(&e);

        for attempt in 1..=jobs::DEFAULT_MAX_ATTEMPTS {
            eventually(WAIT, "attempt recorded", || async {
                let j = mail_job(&e).await;
                j.attempts == attempt && j.status != job_status::RUNNING
            })
            .await;
            let msg = e.mailer.get(org, id).await.unwrap();
            assert!(
                msg.error
                    .as_deref()
                    .unwrap()
                    .starts_with("SMTP delivery failed"),
                "{b}: {:?}",
                msg.error
            );
            let j = mail_job(&e).await;
            if attempt < jobs::DEFAULT_MAX_ATTEMPTS {
                assert_eq!(
                    (msg.status.as_str(), j.status.as_str()),
                    (status::QUEUED, job_status::QUEUED),
                    "{b}"
                );
                assert!(
                    j.run_at > kernel::Clock::now(e.clock.as_ref()),
                    "{b}: backing off"
                );
                e.clock.advance(Duration::from_secs(3600));
            } else {
                assert_eq!(
                    (msg.status.as_str(), j.status.as_str()),
                    (status::FAILED, job_status::DEAD),
                    "{b}"
                );
            }
        }
        assert!(
            msg_listed(&e, org, id).await,
            "{b}: the failed message stays in the outbox"
        );

        shutdown.cancel();
        worker.await.unwrap();
        e.t.drop_db().await;
    }
}

/// A job whose message was deleted meanwhile (with its organization) ends without sending.
#[tokio::test]
async fn a_job_for_a_missing_message_is_a_no_op() {
    for b in db::testing::backends() {
        let sink = SmtpSink::start().await;
        let e = env(b, Some(sink.url())).await;
        let payload = serde_json::json!({ "message_id": uuid::Uuid::new_v4() });
        let job_id = e
            .queue
            .enqueue(NewJob::new(MAIL_SEND, payload))
            .await
            .unwrap();
        let (shutdown, worker) = start_worker(&e);
        eventually(WAIT, "job finished", || async {
            e.queue.get(None, job_id).await.unwrap().status == job_status::SUCCEEDED
        })
        .await;
        assert!(sink.messages().is_empty(), "{b}");
        shutdown.cancel();
        worker.await.unwrap();
        e.t.drop_db().await;
    }
}

async fn msg_listed(e: &common::Env, org: uuid::Uuid, id: uuid::Uuid) -> bool {
    let (rows, _) = e
        .mailer
        .list_outbox(org, PageParams::default())
        .await
        .unwrap();
    rows.iter().any(|r| r.id == id)
}
