//! Reading a streamed answer: the idle deadline between chunks, server-sent events on top.

use std::{pin::Pin, time::Duration};

use bytes::Bytes;
use eventsource_stream::{Event, EventStream, EventStreamError};
use futures::{Stream, StreamExt, stream};
use net::BodyStream;

use crate::LlmError;

/// Body chunks, each awaited for at most the idle timeout.
pub(crate) type Chunks = Pin<Box<dyn Stream<Item = Result<Bytes, LlmError>> + Send>>;

/// A stream that stalls for longer than `idle` ends with `LlmError::Timeout`; nothing is read
/// after the first error.
pub(crate) fn with_idle_timeout(body: BodyStream, idle: Duration) -> Chunks {
    Box::pin(stream::unfold(Some(body), move |state| async move {
        let mut body = state?;
        match tokio::time::timeout(idle, body.next()).await {
            Err(_) => Some((Err(LlmError::Timeout), None)),
            Ok(None) => None,
            Ok(Some(Ok(chunk))) => Some((Ok(chunk), Some(body))),
            Ok(Some(Err(err))) => Some((Err(LlmError::from(err)), None)),
        }
    }))
}

/// Puts an already read chunk back in front of the rest.
pub(crate) fn unread(first: Option<Bytes>, rest: Chunks) -> Chunks {
    Box::pin(stream::iter(first.map(Ok)).chain(rest))
}

/// The whole body; its size is already capped by the client.
pub(crate) async fn read_to_end(mut chunks: Chunks) -> Result<Vec<u8>, LlmError> {
    let mut body = Vec::new();
    while let Some(chunk) = chunks.next().await {
        body.extend_from_slice(&chunk?);
    }
    Ok(body)
}

pub(crate) struct Events {
    inner: EventStream<Chunks>,
}

impl Events {
    pub(crate) fn new(chunks: Chunks) -> Self {
        Self {
            inner: EventStream::new(chunks),
        }
    }

    /// The next complete event; `None` once the body has ended.
    pub(crate) async fn next(&mut self) -> Result<Option<Event>, LlmError> {
        match self.inner.next().await {
            None => Ok(None),
            Some(Ok(event)) => Ok(Some(event)),
            Some(Err(EventStreamError::Transport(err))) => Err(err),
            Some(Err(EventStreamError::Utf8(err))) => Err(LlmError::Protocol(format!(
                "event stream is not UTF-8: {err}"
            ))),
            Some(Err(EventStreamError::Parser(err))) => Err(LlmError::Protocol(format!(
                "malformed event stream: {:?}",
                err.code
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use net::NetError;

    fn body(parts: Vec<Result<&'static str, NetError>>) -> BodyStream {
        Box::pin(stream::iter(
            parts
                .into_iter()
                .map(|p| p.map(|s| Bytes::from_static(s.as_bytes()))),
        ))
    }

    #[tokio::test]
    async fn events_split_across_chunks_are_joined() {
        let chunks = with_idle_timeout(
            body(vec![
                Ok("event: ping\ndata: {}\n\nda"),
                Ok("ta: hel"),
                Ok("lo\n\n: comment\n\ndata: [DONE]\n\n"),
            ]),
            Duration::from_secs(1),
        );
        let mut events = Events::new(chunks);
        let first = events.next().await.unwrap().unwrap();
        assert_eq!((first.event.as_str(), first.data.as_str()), ("ping", "{}"));
        let second = events.next().await.unwrap().unwrap();
        assert_eq!(
            (second.event.as_str(), second.data.as_str()),
            ("message", "hello")
        );
        assert_eq!(events.next().await.unwrap().unwrap().data, "[DONE]");
        assert!(events.next().await.unwrap().is_none());
    }

    #[tokio::test]
    async fn a_transport_error_surfaces_as_ours() {
        let chunks = with_idle_timeout(
            body(vec![Ok("data: a\n\n"), Err(NetError::Http("reset".into()))]),
            Duration::from_secs(1),
        );
        let mut events = Events::new(chunks);
        assert_eq!(events.next().await.unwrap().unwrap().data, "a");
        assert!(matches!(events.next().await, Err(LlmError::Net(_))));
    }

    #[tokio::test]
    async fn invalid_utf8_is_a_protocol_error() {
        let bad: BodyStream = Box::pin(stream::iter(vec![Ok(Bytes::from_static(
            b"data: \xff\xfe\n\n",
        ))]));
        let mut events = Events::new(with_idle_timeout(bad, Duration::from_secs(1)));
        assert!(matches!(events.next().await, Err(LlmError::Protocol(_))));
    }

    #[tokio::test]
    async fn a_stall_longer_than_the_idle_timeout_ends_in_timeout() {
        let stalled: BodyStream = Box::pin(
            stream::iter(vec![Ok(Bytes::from_static(b"data: a\n\n"))]).chain(stream::pending()),
        );
        let mut chunks = with_idle_timeout(stalled, Duration::from_millis(50));
        assert!(chunks.next().await.unwrap().is_ok());
        assert!(matches!(chunks.next().await, Some(Err(LlmError::Timeout))));
        assert!(chunks.next().await.is_none());
    }
}
