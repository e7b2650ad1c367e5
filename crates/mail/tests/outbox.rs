//! Without SMTP every message lands in the outbox, readable per organization.

mod common;

use common::{env, mail, org};
use kernel::PageParams;
use mail::{MailError, status};
use std::time::Duration;

#[tokio::test]
async fn without_smtp_messages_are_stored_and_listed_per_org_newest_first() {
    for b in db::testing::backends() {
        let e = env(b, None).await;
        let (acme, other) = (org(&e).await, org(&e).await);
        assert!(!e.mailer.delivers());

        // two messages share a timestamp, so paging must break the tie by id
        let mut sent = Vec::new();
        for n in 0..5 {
            sent.push(
                e.mailer
                    .send(mail("ada@example.com", &format!("m{n}"), Some(acme)))
                    .await
                    .unwrap(),
            );
            if n != 2 {
                e.clock.advance(Duration::from_secs(1));
            }
        }
        let theirs = e
            .mailer
            .send(mail("bob@example.com", "theirs", Some(other)))
            .await
            .unwrap();
        e.mailer
            .send(mail("root@example.com", "system", None))
            .await
            .unwrap();
        assert_eq!(
            e.queue.depth().await.unwrap().queued,
            0,
            "{b}: no delivery jobs without SMTP"
        );

        let mut seen = Vec::new();
        let mut cursor = None;
        let mut pages = 0;
        loop {
            let (rows, next) = e
                .mailer
                .list_outbox(
                    acme,
                    PageParams {
                        limit: Some(2),
                        cursor,
                    },
                )
                .await
                .unwrap();
            pages += 1;
            assert!(rows.len() <= 2, "{b}");
            for r in &rows {
                assert_eq!(r.status, status::STORED, "{b}");
                assert_eq!(r.organization_id, Some(acme), "{b}");
                assert_eq!(r.to_address, "ada@example.com", "{b}");
                assert!(r.sent_at.is_none(), "{b}");
            }
            seen.extend(rows.iter().map(|r| r.id));
            match next {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(pages, 3, "{b}");
        let newest_first: Vec<_> = sent.iter().rev().copied().collect();
        assert_eq!(seen, newest_first, "{b}");

        let (rows, next) = e
            .mailer
            .list_outbox(other, PageParams::default())
            .await
            .unwrap();
        assert_eq!(
            rows.iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![theirs],
            "{b}"
        );
        assert!(next.is_none(), "{b}");

        let row = e.mailer.get(acme, sent[0]).await.unwrap();
        assert_eq!(
            (
                row.subject.as_str(),
                row.body_text.as_str(),
                row.kind.as_str()
            ),
            ("m0", "text of m0", "notification")
        );
        assert!(
            matches!(e.mailer.get(other, sent[0]).await, Err(MailError::NotFound)),
            "{b}: another org's message"
        );

        let bad = PageParams {
            limit: Some(2),
            cursor: Some("garbage".into()),
        };
        assert!(
            matches!(
                e.mailer.list_outbox(acme, bad).await,
                Err(MailError::Page(_))
            ),
            "{b}"
        );
        let bad = PageParams {
            limit: Some(0),
            cursor: None,
        };
        assert!(
            matches!(
                e.mailer.list_outbox(acme, bad).await,
                Err(MailError::Page(_))
            ),
            "{b}"
        );
        e.t.drop_db().await;
    }
}
