use crate::send_job::{MAIL_SEND, SendMail, SendMailPayload};
use crate::smtp::Transport;
use crate::{MailError, OutgoingMail, SmtpConfig, outbox, status};
use chrono::SubsecRound;
use db::entities::mail_message;
use jobs::{JobQueue, NewJob};
use kernel::PageParams;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use uuid::Uuid;

/// Sends mail through the outbox. Cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub db: DatabaseConnection,
    pub queue: JobQueue,
    /// `None`: no SMTP configured. `Some(Err)`: configured but unusable; messages are still
    /// queued and each attempt records the configuration error where an admin sees it.
    pub transport: Option<Result<Transport, String>>,
    pub from: String,
}

impl Mailer {
    pub fn new(
        db: DatabaseConnection,
        queue: JobQueue,
        smtp: Option<SmtpConfig>,
        from: String,
    ) -> Self {
        let transport = smtp.map(|c| c.transport().map_err(|e| e.to_string()));
        if let Some(Err(e)) = &transport {
            tracing::error!(error = %e, "SMTP is configured but unusable; mail will wait in the outbox");
        }
        Self {
            inner: Arc::new(Inner {
                db,
                queue,
                transport,
                from,
            }),
        }
    }

    /// Whether mail leaves the building (SMTP configured) or only lands in the outbox.
    pub fn delivers(&self) -> bool {
        self.inner.transport.is_some()
    }

    /// Writes the message to the outbox and, when SMTP is configured, queues its delivery in
    /// the same transaction, so a message is never queued without its job or the reverse.
    #[tracing::instrument(skip_all, fields(mail.kind = mail.kind, org.id = ?mail.organization_id), err)]
    pub async fn send(&self, mail: OutgoingMail) -> Result<Uuid, MailError> {
        let id = Uuid::now_v7();
        let now = self.inner.queue.clock().now().trunc_subsecs(6);
        let delivers = self.delivers();
        let row = mail_message::Model {
            id,
            organization_id: mail.organization_id,
            to_address: mail.to.to_string(),
            subject: header_safe(&mail.subject, 255),
            body_text: mail.text,
            body_html: mail.html,
            kind: mail.kind.to_owned(),
            status: if delivers {
                status::QUEUED
            } else {
                status::STORED
            }
            .to_owned(),
            error: None,
            created_at: now,
            sent_at: None,
        };
        let txn = db::begin_write(&self.inner.db).await?;
        outbox::insert(&txn, row).await?;
        if delivers {
            let payload = serde_json::to_value(SendMailPayload { message_id: id })
                .expect("payload serializes");
            let mut job = NewJob::new(MAIL_SEND, payload);
            job.organization_id = mail.organization_id;
            self.inner.queue.enqueue_with(&txn, job).await?;
        }
        txn.commit().await?;
        if delivers {
            tracing::info!(mail.id = %id, "mail queued for delivery");
        } else {
            tracing::info!(mail.id = %id, "mail stored in the outbox (SMTP is not configured)");
        }
        Ok(id)
    }

    /// An organization's outbox, newest first, in pages.
    pub async fn list_outbox(
        &self,
        org: Uuid,
        page: PageParams,
    ) -> Result<(Vec<mail_message::Model>, Option<String>), MailError> {
        let limit = page.limit()?;
        Ok(outbox::page(&self.inner.db, org, page.cursor()?, limit).await?)
    }

    /// One outbox message of an organization.
    pub async fn get(&self, org: Uuid, id: Uuid) -> Result<mail_message::Model, MailError> {
        outbox::find(&self.inner.db, id)
            .await?
            .filter(|m| m.organization_id == Some(org))
            .ok_or(MailError::NotFound)
    }

    /// The handler to register on a worker for kind [`MAIL_SEND`].
    pub fn job_handler(&self) -> impl jobs::JobHandler {
        SendMail {
            inner: self.inner.clone(),
        }
    }
}

/// One line (no header injection, no folding surprises) of at most `max` characters.
fn header_safe(s: &str, max: usize) -> String {
    let line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let mut cut: String = line.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::header_safe;

    #[test]
    fn subjects_are_one_bounded_line() {
        assert_eq!(
            header_safe("Hi\r\nBcc: x@example.com", 255),
            "Hi Bcc: x@example.com"
        );
        let long = "é".repeat(300);
        let cut = header_safe(&long, 255);
        assert_eq!(cut.chars().count(), 255);
        assert!(cut.ends_with('…'));
    }
}
