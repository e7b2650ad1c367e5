//! The `mail.send` job: delivers one outbox message over SMTP.

use crate::mailer::Inner;
use crate::smtp::build_message;
use crate::{outbox, status};
use jobs::{JobContext, JobHandler};
use lettre::AsyncTransport;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use uuid::Uuid;

pub const MAIL_SEND: &str = "mail.send";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendMailPayload {
    pub message_id: Uuid,
}

pub(crate) struct SendMail {
    pub inner: Arc<Inner>,
}

#[async_trait::async_trait]
impl JobHandler for SendMail {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let SendMailPayload { message_id } = ctx.payload()?;
        let db = &self.inner.db;
        let Some(row) = outbox::find(db, message_id)
            .await
            .map_err(|e| e.to_string())?
        else {
            // Deleted with its organization: nothing left to deliver.
            tracing::warn!(mail.id = %message_id, "outbox message is gone; skipping");
            return Ok(());
        };
        if row.status == status::SENT {
            // An earlier attempt delivered it but could not record the job's end.
            return Ok(());
        }
        let transport = match &self.inner.transport {
            Some(Ok(t)) => t,
            None => {
                // SMTP was switched off since the message was queued: keep it readable.
                outbox::set_status(db, message_id, status::STORED)
                    .await
                    .map_err(|e| e.to_string())?;
                return Ok(());
            }
            Some(Err(config)) => return self.failed(&ctx, message_id, config.clone(), false).await,
        };
        let message = match build_message(&self.inner.from, &row) {
            Ok(m) => m,
            // Retrying cannot fix a malformed address.
            Err(e) => return self.failed(&ctx, message_id, e, true).await,
        };
        match transport.send(message).await {
            Ok(_) => {
                let now = self.inner.queue.clock().now();
                outbox::mark_sent(db, message_id, now)
                    .await
                    .map_err(|e| e.to_string())?;
                tracing::info!(mail.id = %message_id, "mail sent");
                Ok(())
            }
            Err(e) => {
                // 5xx: the server refused this message for good (unknown mailbox, policy).
                let permanent = e.is_permanent();
                self.failed(
                    &ctx,
                    message_id,
                    format!("SMTP delivery failed: {e}"),
                    permanent,
                )
                .await
            }
        }
    }
}

impl SendMail {
    /// Records the failure on the message. A permanent one ends the job (the outcome is
    /// known and shown on the message); a transient one is returned so the job retries, and
    /// marks the message `failed` when this was the last attempt.
    async fn failed(
        &self,
        ctx: &JobContext,
        id: Uuid,
        error: String,
        permanent: bool,
    ) -> Result<(), String> {
        let last = permanent || ctx.job.attempts >= ctx.job.max_attempts;
        tracing::warn!(mail.id = %id, %error, permanent, last_attempt = last, "mail delivery failed");
        outbox::record_error(&self.inner.db, id, &error, last)
            .await
            .map_err(|e| e.to_string())?;
        if permanent { Ok(()) } else { Err(error) }
    }
}
