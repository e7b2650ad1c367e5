/// A message to send. Build the bodies with [`crate::templates`].
pub use kernel::OutgoingMail;

/// Values of the `mail_outbox.status` column.
pub mod status {
    /// Kept in the outbox only: no SMTP server is configured.
    pub const STORED: &str = "stored";
    /// Waiting for (or between attempts of) its `mail.send` job; `error` holds the last failure.
    pub const QUEUED: &str = "queued";
    pub const SENT: &str = "sent";
    /// Given up: the server rejected it for good, or every attempt failed.
    pub const FAILED: &str = "failed";
}
