use crate::Email;
use uuid::Uuid;

/// A message for a person: stored in the outbox and, when SMTP is configured, delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: Email,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// What the message is for: "invitation", "password_reset", "notification".
    pub kind: &'static str,
    pub organization_id: Option<Uuid>,
}
