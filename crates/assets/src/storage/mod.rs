//! Where the bytes of assets live: one [`BlobStore`] interface, a local directory by default
//! ([`LocalStore`]) and S3-compatible object storage by configuration ([`S3Store`]).
//!
//! Keys are made by this crate only (`<org>/<asset>/<file>`), never from user input, and each
//! store checks them again so that a bug cannot turn one into a path outside its root.

mod local;
mod s3;
pub mod testing;

pub use local::LocalStore;
pub use s3::{S3Settings, S3Store};

use bytes::Bytes;
use futures::Stream;
use std::{ops::Range, path::Path, pin::Pin};

/// A body streamed in chunks: uploads going in, files going out.
pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, std::io::Error>> + Send>>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no stored object under this key")]
    NotFound,
    #[error("storage key {0:?} is not valid")]
    InvalidKey(String),
    #[error("storage i/o: {0}")]
    Io(#[from] std::io::Error),
    /// The object store answered with an error; the text names its status and S3 error code.
    #[error("object storage: {0}")]
    Backend(String),
}

/// Stores, reads and deletes whole objects by key.
#[async_trait::async_trait]
pub trait BlobStore: Send + Sync + 'static {
    /// Stores exactly `len` bytes read from `body` under `key`, replacing any object there.
    /// Readers never see a half-written object: it appears whole or not at all.
    async fn put(&self, key: &str, body: ByteStream, len: u64) -> Result<(), StoreError>;

    /// The object under `key`, or the byte `range` of it (end exclusive, within its length).
    async fn get(&self, key: &str, range: Option<Range<u64>>) -> Result<ByteStream, StoreError>;

    /// Removes the object; a missing one is not an error (deletes are retried and repeated).
    async fn delete(&self, key: &str) -> Result<(), StoreError>;

    /// Stores a finished local file of `len` bytes under `key`. The file may be moved away
    /// (the local store renames it into place); callers must not rely on it afterwards.
    async fn put_file(&self, key: &str, path: &Path, len: u64) -> Result<(), StoreError> {
        let file = tokio::fs::File::open(path).await?;
        self.put(key, Box::pin(tokio_util::io::ReaderStream::new(file)), len)
            .await
    }

    /// A directory for upload spool files: on the same file system as the objects when the
    /// store is local, so that finished uploads are renamed rather than copied.
    fn spool_dir(&self) -> std::path::PathBuf;
}

/// Keys are `/`-separated segments of ASCII letters, digits, `.`, `-` and `_`; no segment
/// is empty or made of dots only.
pub fn check_key(key: &str) -> Result<(), StoreError> {
    let ok = !key.is_empty()
        && key.len() <= 512
        && key.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.chars().all(|c| c == '.')
                && seg
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        });
    if ok {
        Ok(())
    } else {
        Err(StoreError::InvalidKey(key.to_owned()))
    }
}

/// Reads a whole stream into memory, refusing past `max` bytes.
pub async fn collect(mut body: ByteStream, max: usize) -> Result<Vec<u8>, StoreError> {
    use futures::StreamExt;
    let mut out = Vec::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        if out.len() + chunk.len() > max {
            return Err(StoreError::Backend(format!(
                "object is larger than the {max} bytes allowed here"
            )));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// A stream over bytes already in memory.
pub fn once(bytes: impl Into<Bytes>) -> ByteStream {
    let bytes = bytes.into();
    Box::pin(futures::stream::once(async move { Ok(bytes) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_cannot_leave_the_store() {
        for good in ["a/b/c.webp", "0190-ab/x_y/v1-3f.bin"] {
            assert!(check_key(good).is_ok(), "{good}");
        }
        for bad in [
            "", "/abs", "a//b", "../x", "a/../b", "a/./b", "a\\b", "a/b c", "é", "a/", "..",
        ] {
            assert!(check_key(bad).is_err(), "{bad:?}");
        }
    }
}
