//! Outgoing mail. Every message is first written to the `mail_outbox` table, so nothing is
//! silently dropped: without SMTP it stays there (`stored`) for an admin to read in the app;
//! with SMTP (`BRANDIUM_SMTP_URL`) a `mail.send` job delivers it and marks it `sent`.

mod error;
mod mailer;
mod message;
mod outbox;
mod send_job;
mod smtp;
pub mod templates;
pub mod testing;

pub use error::MailError;
pub use mailer::Mailer;
pub use message::{OutgoingMail, status};
pub use send_job::{MAIL_SEND, SendMailPayload};
pub use smtp::SmtpConfig;
