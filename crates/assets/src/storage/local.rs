//! Objects as files under one directory. Writes go to a temporary file in `<root>/.tmp` and are
//! renamed into place, so a crash or a refused upload never leaves a partial object behind.

use super::{BlobStore, ByteStream, StoreError, check_key};
use futures::StreamExt;
use std::{
    io::SeekFrom,
    ops::Range,
    path::{Path, PathBuf},
};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

#[derive(Debug, Clone)]
pub struct LocalStore {
    root: PathBuf,
}

impl LocalStore {
    /// A store under `root`. Directories are created on first write, so a server that never
    /// stores a file leaves no trace on disk.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, key: &str) -> Result<PathBuf, StoreError> {
        check_key(key)?;
        Ok(self.root.join(key))
    }

    async fn ensure_parent(path: &Path) -> Result<(), StoreError> {
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        Ok(())
    }

    async fn write_temp(&self, body: ByteStream, len: u64) -> Result<PathBuf, StoreError> {
        let spool = self.spool_dir();
        tokio::fs::create_dir_all(&spool).await?;
        let tmp = spool.join(format!("{}.part", uuid::Uuid::new_v4().simple()));
        let result = async {
            let mut file = tokio::fs::File::create(&tmp).await?;
            let mut body = body;
            let mut written = 0u64;
            while let Some(chunk) = body.next().await {
                let chunk = chunk?;
                written += chunk.len() as u64;
                if written > len {
                    return Err(StoreError::Backend(format!(
                        "body is longer than the {len} bytes announced"
                    )));
                }
                file.write_all(&chunk).await?;
            }
            if written != len {
                return Err(StoreError::Backend(format!(
                    "body has {written} bytes, {len} were announced"
                )));
            }
            file.sync_all().await?;
            Ok(())
        }
        .await;
        match result {
            Ok(()) => Ok(tmp),
            Err(e) => {
                let _ = tokio::fs::remove_file(&tmp).await;
                Err(e)
            }
        }
    }
}

#[async_trait::async_trait]
impl BlobStore for LocalStore {
    async fn put(&self, key: &str, body: ByteStream, len: u64) -> Result<(), StoreError> {
        let dest = self.path(key)?;
        let tmp = self.write_temp(body, len).await?;
        Self::ensure_parent(&dest).await?;
        if let Err(e) = tokio::fs::rename(&tmp, &dest).await {
            let _ = tokio::fs::remove_file(&tmp).await;
            return Err(e.into());
        }
        Ok(())
    }

    async fn put_file(&self, key: &str, path: &Path, len: u64) -> Result<(), StoreError> {
        let dest = self.path(key)?;
        Self::ensure_parent(&dest).await?;
        // Spool files live under our root, so this is a rename on one file system; when a
        // caller hands in a file from elsewhere, fall back to copying through a temp file.
        if tokio::fs::rename(path, &dest).await.is_ok() {
            return Ok(());
        }
        let file = tokio::fs::File::open(path).await?;
        self.put(key, Box::pin(tokio_util::io::ReaderStream::new(file)), len)
            .await
    }

    async fn get(&self, key: &str, range: Option<Range<u64>>) -> Result<ByteStream, StoreError> {
        let path = self.path(key)?;
        let mut file = match tokio::fs::File::open(&path).await {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(StoreError::NotFound),
            Err(e) => return Err(e.into()),
        };
        match range {
            None => Ok(Box::pin(tokio_util::io::ReaderStream::new(file))),
            Some(r) => {
                file.seek(SeekFrom::Start(r.start)).await?;
                let part = file.take(r.end.saturating_sub(r.start));
                Ok(Box::pin(tokio_util::io::ReaderStream::new(part)))
            }
        }
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        let path = self.path(key)?;
        match tokio::fs::remove_file(&path).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        // Tidy the now-empty directories of the asset and organization; a non-empty one
        // refuses, which is the point.
        let mut dir = path.parent();
        while let Some(d) = dir {
            if d == self.root || tokio::fs::remove_dir(d).await.is_err() {
                break;
            }
            dir = d.parent();
        }
        Ok(())
    }

    fn spool_dir(&self) -> PathBuf {
        self.root.join(".tmp")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{collect, once};

    #[tokio::test]
    async fn put_get_range_delete() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::new(dir.path());
        store
            .put("org/a/v1", once(&b"hello world"[..]), 11)
            .await
            .unwrap();
        let all = collect(store.get("org/a/v1", None).await.unwrap(), 100)
            .await
            .unwrap();
        assert_eq!(all, b"hello world");
        let part = collect(store.get("org/a/v1", Some(6..11)).await.unwrap(), 100)
            .await
            .unwrap();
        assert_eq!(part, b"world");
        store.delete("org/a/v1").await.unwrap();
        store.delete("org/a/v1").await.unwrap();
        assert!(matches!(
            store.get("org/a/v1", None).await,
            Err(StoreError::NotFound)
        ));
        assert!(!dir.path().join("org").exists(), "empty directories go too");
    }

    #[tokio::test]
    async fn a_short_or_long_body_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::new(dir.path());
        assert!(store.put("k/x", once(&b"abc"[..]), 5).await.is_err());
        assert!(store.put("k/x", once(&b"abcdef"[..]), 5).await.is_err());
        assert!(!dir.path().join("k/x").exists());
        let leftovers = std::fs::read_dir(store.spool_dir()).unwrap().count();
        assert_eq!(leftovers, 0);
        assert!(store.put("../escape", once(&b"a"[..]), 1).await.is_err());
    }
}
