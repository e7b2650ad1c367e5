//! Responses whose body is handed over chunk by chunk instead of buffered, for answers that
//! arrive over minutes (language-model token streams).

use std::{fmt, pin::Pin};

use bytes::Bytes;
use futures::{Stream, StreamExt, stream};
use http::{HeaderMap, StatusCode};

use crate::NetError;

/// A response body as it arrives. Ends after the last chunk, or right after the first error.
pub type BodyStream = Pin<Box<dyn Stream<Item = Result<Bytes, NetError>> + Send>>;

/// A response to [`crate::GuardedClient::send_streaming`]: the head has arrived, the body has
/// not been read yet.
pub struct StreamingResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// Yields `NetError::TooLarge` once the chunks together pass `max_body_bytes`.
    pub body: BodyStream,
}

impl fmt::Debug for StreamingResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamingResponse")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

/// Passes chunks through while their running total stays within `max`; the chunk that would
/// pass it becomes `TooLarge` and nothing is read after it, nor after any other error.
pub(crate) fn cap_stream<S>(chunks: S, max: usize) -> BodyStream
where
    S: Stream<Item = Result<Bytes, NetError>> + Send + 'static,
{
    let state = Some((Box::pin(chunks), 0usize));
    Box::pin(stream::unfold(state, move |state| async move {
        let (mut chunks, seen) = state?;
        match chunks.next().await? {
            Ok(chunk) => {
                let seen = seen.saturating_add(chunk.len());
                if seen > max {
                    Some((Err(NetError::TooLarge), None))
                } else {
                    Some((Ok(chunk), Some((chunks, seen))))
                }
            }
            Err(err) => Some((Err(err), None)),
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };

    fn chunks(
        sizes: &[usize],
        pulled: Arc<AtomicUsize>,
    ) -> impl Stream<Item = Result<Bytes, NetError>> + Send + use<> {
        let items: Vec<_> = sizes.iter().map(|&n| Bytes::from(vec![b'x'; n])).collect();
        stream::iter(items).map(move |chunk| {
            pulled.fetch_add(1, Ordering::SeqCst);
            Ok(chunk)
        })
    }

    async fn collect(body: BodyStream) -> Vec<Result<usize, String>> {
        body.map(|item| item.map(|b| b.len()).map_err(|e| e.to_string()))
            .collect()
            .await
    }

    #[tokio::test]
    async fn passes_chunks_up_to_exactly_the_cap() {
        let pulled = Arc::default();
        let out = collect(cap_stream(chunks(&[4, 4, 2], pulled), 10)).await;
        assert_eq!(out, vec![Ok(4), Ok(4), Ok(2)]);
    }

    #[tokio::test]
    async fn the_chunk_past_the_cap_is_an_error_and_ends_the_stream() {
        let pulled = Arc::new(AtomicUsize::new(0));
        let out = collect(cap_stream(chunks(&[4, 4, 4, 4], pulled.clone()), 10)).await;
        assert_eq!(out, vec![Ok(4), Ok(4), Err(NetError::TooLarge.to_string())]);
        assert_eq!(pulled.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn nothing_is_read_after_a_transport_error() {
        let items = vec![
            Ok(Bytes::from_static(b"ab")),
            Err(NetError::Http("reset".into())),
            Ok(Bytes::from_static(b"cd")),
        ];
        let out = collect(cap_stream(stream::iter(items), 100)).await;
        assert_eq!(out.len(), 2);
        assert_eq!(out[0], Ok(2));
        assert!(out[1].as_ref().is_err_and(|e| e.contains("reset")));
    }
}
