//! Reading a response body without ever holding more than the cap.

use bytes::{Bytes, BytesMut};

use crate::NetError;

/// Where body chunks come from; lets the cap be tested without a server.
pub(crate) trait ChunkSource {
    async fn next_chunk(&mut self) -> Result<Option<Bytes>, NetError>;
    fn declared_len(&self) -> Option<u64>;
}

impl ChunkSource for reqwest::Response {
    async fn next_chunk(&mut self) -> Result<Option<Bytes>, NetError> {
        self.chunk().await.map_err(crate::client::map_reqwest_error)
    }

    fn declared_len(&self) -> Option<u64> {
        self.content_length()
    }
}

pub(crate) async fn read_capped(
    source: &mut impl ChunkSource,
    max: usize,
) -> Result<Bytes, NetError> {
    // An honest Content-Length over the cap fails before a byte is read; a dishonest or
    // missing one is caught by counting below.
    if let Some(declared) = source.declared_len()
        && declared > max as u64
    {
        return Err(NetError::TooLarge);
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = source.next_chunk().await? {
        if body.len() + chunk.len() > max {
            return Err(NetError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;

    struct Chunks {
        chunks: VecDeque<Bytes>,
        declared: Option<u64>,
        pulled: usize,
    }

    impl Chunks {
        fn new(sizes: &[usize], declared: Option<u64>) -> Self {
            Self {
                chunks: sizes.iter().map(|&n| Bytes::from(vec![b'x'; n])).collect(),
                declared,
                pulled: 0,
            }
        }
    }

    impl ChunkSource for Chunks {
        async fn next_chunk(&mut self) -> Result<Option<Bytes>, NetError> {
            self.pulled += 1;
            Ok(self.chunks.pop_front())
        }
        fn declared_len(&self) -> Option<u64> {
            self.declared
        }
    }

    #[tokio::test]
    async fn reads_a_body_up_to_exactly_the_cap() {
        let body = read_capped(&mut Chunks::new(&[4, 4, 2], None), 10)
            .await
            .unwrap();
        assert_eq!(body.len(), 10);
    }

    #[tokio::test]
    async fn stops_reading_at_the_first_chunk_past_the_cap() {
        let mut source = Chunks::new(&[4, 4, 4, 4, 4], None);
        assert!(matches!(
            read_capped(&mut source, 10).await,
            Err(NetError::TooLarge)
        ));
        assert_eq!(source.pulled, 3);
    }

    #[tokio::test]
    async fn refuses_a_declared_length_over_the_cap_without_reading() {
        let mut source = Chunks::new(&[1], Some(11));
        assert!(matches!(
            read_capped(&mut source, 10).await,
            Err(NetError::TooLarge)
        ));
        assert_eq!(source.pulled, 0);
    }

    #[tokio::test]
    async fn a_lying_declared_length_does_not_lift_the_cap() {
        let mut source = Chunks::new(&[8, 8], Some(5));
        assert!(matches!(
            read_capped(&mut source, 10).await,
            Err(NetError::TooLarge)
        ));
    }
}
