//! A minimal SMTP server for tests, compiled always so that other crates' tests can send
//! real mail into it. It speaks enough of RFC 5321 for lettre and for hand-written
//! sessions: EHLO/HELO, AUTH (accepts anything), MAIL FROM, RCPT TO, DATA with
//! dot-unstuffing, RSET, NOOP, QUIT, with the standard reply codes and command ordering.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};

const HOST: &str = "sink.brandium.test";
const MAX_LINE: u64 = 64 * 1024;
const MAX_MESSAGE: usize = 10 * 1024 * 1024;

/// One accepted message: the envelope and the raw DATA (headers and body, CRLF line ends,
/// dot-stuffing removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMail {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
    /// The user name the client authenticated as, if it did.
    pub auth_user: Option<String>,
}

impl ReceivedMail {
    /// A header's value, unfolded. Encoded words (non-ASCII subjects) are left encoded.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or_default();
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(v) = value.as_mut() {
                if line.starts_with([' ', '\t']) {
                    v.push(' ');
                    v.push_str(line.trim());
                    continue;
                }
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case(name)
            {
                value = Some(v.trim().to_owned());
            }
        }
        value
    }

    /// Everything after the headers with quoted-printable undone, for asserting on what
    /// the recipient reads (long links are soft-wrapped and `=` is encoded on the wire).
    pub fn decoded_body(&self) -> String {
        let body = self.data.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        decode_quoted_printable(body)
    }
}

fn decode_quoted_printable(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    let bytes = s.replace("=\r\n", "").into_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(
                std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                16,
            )
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Default)]
struct Shared {
    messages: Mutex<Vec<ReceivedMail>>,
    arrived: Notify,
}

/// The running server; stops when dropped.
pub struct SmtpSink {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

impl SmtpSink {
    /// Listens on a free port of 127.0.0.1.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the SMTP sink");
        let addr = listener.local_addr().expect("sink address");
        let shared = Arc::new(Shared::default());
        let server = tokio::spawn(serve(listener, shared.clone()));
        Self {
            addr,
            shared,
            server,
        }
    }

    /// `smtp://127.0.0.1:PORT`, for `SmtpConfig`.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.shared.messages.lock().expect("sink lock").clone()
    }

    /// Waits until at least `n` messages arrived or `timeout` passed, and returns what is there.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let arrived = self.shared.arrived.notified();
            tokio::pin!(arrived);
            // Registered before looking, so an arrival between the two is not missed.
            arrived.as_mut().enable();
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                return self.messages();
            }
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        // Dropping the accept loop drops its JoinSet, which ends every open session too.
        self.server.abort();
    }
}

async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    let mut sessions = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    sessions.spawn(session(stream, shared.clone()));
                }
                Err(e) => tracing::warn!(error = %e, "SMTP sink: accept failed"),
            },
            Some(_) = sessions.join_next(), if !sessions.is_empty() => {}
        }
    }
}

async fn session(stream: TcpStream, shared: Arc<Shared>) {
    let (reader, mut writer) = stream.into_split();
    let mut reader = BufReader::new(reader);
    if let Err(e) = converse(&mut reader, &mut writer, &shared).await {
        tracing::debug!(error = %e, "SMTP sink: session ended");
    }
}

#[derive(Default)]
struct Envelope {
    from: Option<String>,
    to: Vec<String>,
}

async fn converse<R, W>(reader: &mut R, writer: &mut W, shared: &Shared) -> std::io::Result<()>
where
    R: AsyncBufReadExt + AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    reply(writer, &format!("220 {HOST} ESMTP ready")).await?;
    let mut greeted = false;
    let mut envelope = Envelope::default();
    let mut auth_user = None;
    while let Some(line) = read_line(reader).await? {
        let line = line.trim_end_matches(['\r', '\n']);
        let (verb, arg) = line
            .split_once(' ')
            .map_or((line, ""), |(v, a)| (v, a.trim()));
        let answer = match verb.to_ascii_uppercase().as_str() {
            "EHLO" | "HELO" if arg.is_empty() => "501 5.5.4 Syntax: EHLO hostname".to_owned(),
            "EHLO" => {
                greeted = true;
                envelope = Envelope::default();
                format!(
                    "250-{HOST} greets {arg}\r\n250-8BITMIME\r\n250-SIZE {MAX_MESSAGE}\r\n250-AUTH PLAIN LOGIN\r\n250 HELP"
                )
            }
            "HELO" => {
                greeted = true;
                envelope = Envelope::default();
                format!("250 {HOST}")
            }
            "AUTH" if auth_user.is_some() => "503 5.5.1 Already authenticated".to_owned(),
            "AUTH" => {
                let (answer, user) = authenticate(reader, writer, arg).await?;
                auth_user = user;
                answer.to_owned()
            }
            "MAIL" if !greeted => "503 5.5.1 Send EHLO or HELO first".to_owned(),
            "MAIL" if envelope.from.is_some() => "503 5.5.1 Nested MAIL command".to_owned(),
            "MAIL" => match path(arg, "FROM:") {
                Some(from) => {
                    envelope.from = Some(from);
                    "250 2.1.0 OK".to_owned()
                }
                None => "501 5.5.4 Syntax: MAIL FROM:<address>".to_owned(),
            },
            "RCPT" if envelope.from.is_none() => "503 5.5.1 Need MAIL before RCPT".to_owned(),
            "RCPT" => match path(arg, "TO:").filter(|to| !to.is_empty()) {
                Some(to) => {
                    envelope.to.push(to);
                    "250 2.1.5 OK".to_owned()
                }
                None => "501 5.5.4 Syntax: RCPT TO:<address>".to_owned(),
            },
            "DATA" if envelope.from.is_none() => "503 5.5.1 Need MAIL before DATA".to_owned(),
            "DATA" if envelope.to.is_empty() => "554 5.5.1 No valid recipients".to_owned(),
            "DATA" => {
                reply(writer, "354 End data with <CR><LF>.<CR><LF>").await?;
                let Some(data) = read_data(reader).await? else {
                    return Ok(());
                };
                let taken = std::mem::take(&mut envelope);
                if data.len() > MAX_MESSAGE {
                    "552 5.3.4 Message too big".to_owned()
                } else {
                    let mail = ReceivedMail {
                        from: taken.from.unwrap_or_default(),
                        to: taken.to,
                        data: String::from_utf8_lossy(&data).into_owned(),
                        auth_user: auth_user.clone(),
                    };
                    shared.messages.lock().expect("sink lock").push(mail);
                    shared.arrived.notify_waiters();
                    "250 2.0.0 OK: queued".to_owned()
                }
            }
            "RSET" => {
                envelope = Envelope::default();
                "250 2.0.0 OK".to_owned()
            }
            "NOOP" => "250 2.0.0 OK".to_owned(),
            "VRFY" => "252 2.5.2 Cannot VRFY user, but will accept message".to_owned(),
            "QUIT" => {
                reply(writer, "221 2.0.0 Bye").await?;
                return Ok(());
            }
            "" => "500 5.5.2 Syntax error, command unrecognized".to_owned(),
            _ => "502 5.5.1 Command not implemented".to_owned(),
        };
        reply(writer, &answer).await?;
    }
    Ok(())
}

/// Accepts any password (the sink checks that a client authenticates, not that it knows a
/// secret) and returns the user name it announced.
async fn authenticate<R, W>(
    reader: &mut R,
    writer: &mut W,
    arg: &str,
) -> std::io::Result<(&'static str, Option<String>)>
where
    R: AsyncBufReadExt + AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let (mechanism, initial) = arg
        .split_once(' ')
        .map_or((arg, None), |(m, i)| (m, Some(i.to_owned())));
    let plain = match mechanism.to_ascii_uppercase().as_str() {
        "PLAIN" => true,
        "LOGIN" => false,
        _ => return Ok(("504 5.5.4 Unrecognized authentication type", None)),
    };
    // PLAIN: one response "authzid\0user\0password"; LOGIN: user, then password.
    let mut responses: Vec<String> = initial.into_iter().collect();
    let prompts: &[&str] = if plain {
        &["334 "]
    } else {
        &["334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6"]
    };
    for prompt in &prompts[responses.len().min(prompts.len())..] {
        reply(writer, prompt).await?;
        match read_line(reader).await? {
            Some(l) if l.trim_end() == "*" => {
                return Ok(("501 5.7.0 Authentication cancelled", None));
            }
            Some(l) => responses.push(l.trim_end().to_owned()),
            None => return Ok(("421 4.4.2 Connection closed", None)),
        }
    }
    let Some(first) = responses.first().and_then(|r| BASE64.decode(r).ok()) else {
        return Ok(("501 5.5.2 Cannot decode response", None));
    };
    let user = if plain {
        first
            .split(|b| *b == 0)
            .nth(1)
            .map(|u| String::from_utf8_lossy(u).into_owned())
    } else {
        Some(String::from_utf8_lossy(&first).into_owned())
    };
    match user {
        Some(user) => Ok(("235 2.7.0 Authentication successful", Some(user))),
        None => Ok(("501 5.5.2 Cannot decode response", None)),
    }
}

/// The address inside `FROM:<...>` / `TO:<...>`, ignoring ESMTP parameters after it.
fn path(arg: &str, prefix: &str) -> Option<String> {
    let head = arg.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = arg[prefix.len()..].trim_start();
    let inner = rest.strip_prefix('<')?;
    let end = inner.find('>')?;
    Some(inner[..end].to_owned())
}

/// Reads DATA up to the lone `.` line, undoing dot-stuffing. `None` if the client left.
async fn read_data<R: AsyncBufReadExt + AsyncRead + Unpin>(
    reader: &mut R,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut data = Vec::new();
    loop {
        let mut line = Vec::new();
        let n = reader.take(MAX_LINE).read_until(b'\n', &mut line).await?;
        if n == 0 {
            return Ok(None);
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(Some(data));
        }
        let line = line.strip_prefix(b".").unwrap_or(&line);
        if data.len() <= MAX_MESSAGE {
            data.extend_from_slice(line);
        }
    }
}

async fn read_line<R: AsyncBufReadExt + AsyncRead + Unpin>(
    reader: &mut R,
) -> std::io::Result<Option<String>> {
    let mut line = Vec::new();
    let n = reader.take(MAX_LINE).read_until(b'\n', &mut line).await?;
    if n == 0 {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&line).into_owned()))
}

async fn reply<W: AsyncWrite + Unpin>(writer: &mut W, text: &str) -> std::io::Result<()> {
    writer.write_all(format!("{text}\r\n").as_bytes()).await?;
    writer.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drives the sink by hand, checking reply codes and command ordering.
    #[tokio::test]
    async fn speaks_smtp_with_correct_codes_and_dot_stuffing() {
        let sink = SmtpSink::start().await;
        let stream = TcpStream::connect(sink.addr).await.unwrap();
        let (r, mut w) = stream.into_split();
        let mut r = BufReader::new(r);
        let mut expect = async |send: Option<&str>, code: &str| {
            if let Some(s) = send {
                w.write_all(s.as_bytes()).await.unwrap();
            }
            // multi-line replies: read until the line whose code is followed by a space
            loop {
                let line = read_line(&mut r).await.unwrap().expect("reply");
                assert!(
                    line.starts_with(code),
                    "after {send:?} expected {code}, got {line:?}"
                );
                if line.as_bytes().get(3) == Some(&b' ') {
                    break;
                }
            }
        };
        expect(None, "220").await;
        expect(Some("MAIL FROM:<a@example.com>\r\n"), "503").await;
        expect(Some("EHLO client.test\r\n"), "250").await;
        expect(Some("RCPT TO:<b@example.com>\r\n"), "503").await;
        expect(Some("AUTH CRAM-MD5\r\n"), "504").await;
        expect(Some("AUTH LOGIN\r\n"), "334").await;
        expect(Some("YWRh\r\n"), "334").await;
        expect(Some("c2VjcmV0\r\n"), "235").await;
        expect(Some("MAIL FROM:<a@example.com> SIZE=100\r\n"), "250").await;
        expect(Some("MAIL FROM:<a@example.com>\r\n"), "503").await;
        expect(Some("DATA\r\n"), "554").await;
        expect(Some("RCPT TO:<b@example.com>\r\n"), "250").await;
        expect(Some("RCPT TO:<c@example.com>\r\n"), "250").await;
        expect(Some("NOOP\r\n"), "250").await;
        expect(Some("DATA\r\n"), "354").await;
        expect(
            Some("Subject: hi\r\n\r\n..leading dot\r\nbody\r\n.\r\n"),
            "250",
        )
        .await;
        expect(Some("RSET\r\n"), "250").await;
        expect(Some("RCPT TO:<b@example.com>\r\n"), "503").await;
        expect(Some("FOO\r\n"), "502").await;
        expect(Some("QUIT\r\n"), "221").await;

        let got = sink.wait_for(1, Duration::from_secs(1)).await;
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].from, "a@example.com");
        assert_eq!(got[0].to, vec!["b@example.com", "c@example.com"]);
        assert_eq!(got[0].data, "Subject: hi\r\n\r\n.leading dot\r\nbody\r\n");
        assert_eq!(got[0].header("subject").as_deref(), Some("hi"));
        assert_eq!(got[0].auth_user.as_deref(), Some("ada"));
    }

    #[test]
    fn decodes_quoted_printable() {
        assert_eq!(
            decode_quoted_printable("https://x.test/r?token=3Dab=\r\ncd caf=C3=A9"),
            "https://x.test/r?token=abcd café"
        );
    }

    #[tokio::test]
    async fn wait_for_gives_up_after_the_timeout() {
        let sink = SmtpSink::start().await;
        assert!(sink.wait_for(1, Duration::from_millis(50)).await.is_empty());
    }
}
