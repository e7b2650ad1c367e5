use crate::MailError;
use db::entities::mail_message;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, Message, Tokio1Executor};
use std::fmt;
use std::time::Duration;

pub(crate) type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// Where to deliver: `smtp://host:25` (plain), `smtp://host:587?tls=required` (STARTTLS),
/// `smtps://host:465` (TLS from the start), credentials as `smtp://user:pass@host`.
#[derive(Clone)]
pub struct SmtpConfig {
    pub url: String,
}

impl fmt::Debug for SmtpConfig {
    // The URL may carry a password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("url", &redact(&self.url))
            .finish()
    }
}

impl SmtpConfig {
    /// Checks the URL now, so that a typo fails at startup rather than at the first mail.
    pub fn parse(url: &str) -> Result<Self, MailError> {
        let config = Self {
            url: url.trim().to_owned(),
        };
        config.transport()?;
        Ok(config)
    }

    pub(crate) fn transport(&self) -> Result<Transport, MailError> {
        let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(&self.url)
            .map_err(|e| MailError::Config(format!("{} ({e})", redact(&self.url))))?;
        Ok(builder.timeout(Some(Duration::from_secs(30))).build())
    }
}

fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "<unparsable URL>".to_owned(),
    }
}

/// The MIME message for an outbox row. Bodies are quoted-printable so that long lines
/// (links) survive any relay; the Message-ID derives from the row id, so a retried
/// delivery carries the same id and receivers can spot the duplicate.
pub(crate) fn build_message(from: &str, row: &mail_message::Model) -> Result<Message, String> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| format!("invalid sender address {from:?}: {e}"))?;
    let to: Mailbox = row
        .to_address
        .parse()
        .map_err(|e| format!("invalid recipient address: {e}"))?;
    let domain = from.email.domain().to_owned();
    let builder = Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        .message_id(Some(format!("<{}@{}>", row.id, domain)));
    let text = part(ContentType::TEXT_PLAIN, &row.body_text)?;
    let message = match &row.body_html {
        Some(html) => builder.multipart(
            MultiPart::alternative()
                .singlepart(text)
                .singlepart(part(ContentType::TEXT_HTML, html)?),
        ),
        None => builder.singlepart(text),
    };
    message.map_err(|e| format!("cannot build the message: {e}"))
}

fn part(content_type: ContentType, body: &str) -> Result<SinglePart, String> {
    let body = Body::new_with_encoding(body.to_owned(), ContentTransferEncoding::QuotedPrintable)
        .map_err(|_| "cannot encode the body".to_owned())?;
    Ok(SinglePart::builder().header(content_type).body(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_documented_url_forms() {
        for url in [
            "smtp://127.0.0.1:2525",
            "smtp://user:secret@mail.example.com:587?tls=required",
            "smtps://mail.example.com",
            "smtp://mail.example.com?tls=opportunistic",
        ] {
            assert!(SmtpConfig::parse(url).is_ok(), "{url}");
        }
        for url in [
            "http://mail.example.com",
            "not a url",
            "smtp://host?tls=bogus",
        ] {
            assert!(
                matches!(SmtpConfig::parse(url), Err(MailError::Config(_))),
                "{url}"
            );
        }
    }

    #[test]
    fn never_shows_the_password() {
        let c = SmtpConfig {
            url: "smtp://user:secret@mail.example.com:587".into(),
        };
        assert!(!format!("{c:?}").contains("secret"));
        let e = SmtpConfig::parse("ftp://user:secret@mail.example.com").unwrap_err();
        assert!(!e.to_string().contains("secret"), "{e}");
    }
}
