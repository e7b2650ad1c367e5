//! Taking a file in: streamed to a spool file while it is hashed and counted, refused past
//! the size limit (the spool file goes with the refusal), typed from its first bytes, SVGs
//! rewritten by the sanitizer, image dimensions read. Nothing here touches the database.

use crate::{
    AssetError,
    model::Kind,
    sniff::{self, Detected, HEAD_LEN},
    svg,
};
use bytes::Bytes;
use futures::{Stream, StreamExt};
use sha2::{Digest, Sha256};
use std::path::Path;
use tempfile::TempPath;
use tokio::io::AsyncWriteExt;

/// SVGs are parsed in memory to be sanitized; real logos and icons are far below this.
pub const MAX_SVG_BYTES: u64 = 10 * 1024 * 1024;

/// A checked file in the spool, ready to be moved into storage. Dropping it deletes the file.
#[derive(Debug)]
pub struct Spooled {
    pub path: TempPath,
    pub len: u64,
    pub sha256: String,
    pub detected: Detected,
    pub width: Option<i32>,
    pub height: Option<i32>,
}

async fn new_spool_file(dir: &Path) -> Result<(TempPath, tokio::fs::File), AssetError> {
    tokio::fs::create_dir_all(dir).await?;
    let dir = dir.to_owned();
    let path = tokio::task::spawn_blocking(move || {
        tempfile::Builder::new()
            .prefix("upload-")
            .tempfile_in(dir)
            .map(|f| f.into_temp_path())
    })
    .await
    .map_err(|e| AssetError::Io(std::io::Error::other(e)))??;
    let file = tokio::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&path)
        .await?;
    Ok((path, file))
}

/// Streams `body` into a spool file under `dir`, refusing it past `max` bytes, then types
/// and checks it. `E` is whatever error the body stream reports (a broken connection).
pub async fn spool<S, E>(dir: &Path, body: S, max: u64) -> Result<Spooled, AssetError>
where
    S: Stream<Item = Result<Bytes, E>>,
    E: std::fmt::Display,
{
    let (path, mut file) = new_spool_file(dir).await?;
    let mut hasher = Sha256::new();
    let mut len = 0u64;
    let mut head = Vec::with_capacity(HEAD_LEN);
    let mut body = std::pin::pin!(body);
    while let Some(chunk) = body.next().await {
        let chunk =
            chunk.map_err(|e| AssetError::BadUpload(format!("the upload broke off: {e}")))?;
        len += chunk.len() as u64;
        if len > max {
            // `path` is dropped on return, which deletes the partial spool file.
            return Err(AssetError::TooLarge { limit: max });
        }
        if head.len() < HEAD_LEN {
            let take = (HEAD_LEN - head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..take]);
        }
        hasher.update(&chunk);
        file.write_all(&chunk).await?;
    }
    file.flush().await?;
    drop(file);
    if len == 0 {
        return Err(AssetError::field("file", "empty", "The file is empty."));
    }
    let detected = sniff::detect(&head).map_err(|r| AssetError::Unsupported(r.to_string()))?;
    if detected.kind == Kind::Vector {
        return sanitize_svg(dir, path, len)
            .await
            .map(|(path, len, sha256, w, h)| Spooled {
                path,
                len,
                sha256,
                detected,
                width: w,
                height: h,
            });
    }
    let (width, height) = if detected.kind == Kind::Image {
        dimensions(&path, &head).await
    } else {
        (None, None)
    };
    Ok(Spooled {
        path,
        len,
        sha256: hex::encode(hasher.finalize()),
        detected,
        width,
        height,
    })
}

type SanitizedSvg = (TempPath, u64, String, Option<i32>, Option<i32>);

async fn sanitize_svg(dir: &Path, raw: TempPath, len: u64) -> Result<SanitizedSvg, AssetError> {
    if len > MAX_SVG_BYTES {
        return Err(AssetError::TooLarge {
            limit: MAX_SVG_BYTES,
        });
    }
    let bytes = tokio::fs::read(&raw).await?;
    drop(raw);
    let clean = tokio::task::spawn_blocking(move || svg::sanitize(&bytes))
        .await
        .map_err(|e| AssetError::Io(std::io::Error::other(e)))?
        .map_err(|e| AssetError::Unsupported(e.to_string()))?;
    let (w, h) = svg_dimensions(&clean);
    let (path, mut file) = new_spool_file(dir).await?;
    file.write_all(&clean).await?;
    file.flush().await?;
    Ok((
        path,
        clean.len() as u64,
        hex::encode(Sha256::digest(&clean)),
        w,
        h,
    ))
}

/// Width and height from the image header. JPEG puts its size after the EXIF block, which
/// can be long, so a failed look at the head is retried with more of the file.
async fn dimensions(path: &Path, head: &[u8]) -> (Option<i32>, Option<i32>) {
    let from = |bytes: &[u8]| {
        imagesize::blob_size(bytes).ok().and_then(|s| {
            Some((
                Some(i32::try_from(s.width).ok()?),
                Some(i32::try_from(s.height).ok()?),
            ))
        })
    };
    if let Some(d) = from(head) {
        return d;
    }
    let more = async {
        use tokio::io::AsyncReadExt;
        let file = tokio::fs::File::open(path).await.ok()?;
        let mut buf = Vec::new();
        file.take(1024 * 1024).read_to_end(&mut buf).await.ok()?;
        from(&buf)
    };
    more.await.unwrap_or((None, None))
}

/// An SVG's size from `width`/`height` in plain or pixel units, else from its `viewBox`.
pub fn svg_dimensions(svg: &[u8]) -> (Option<i32>, Option<i32>) {
    use quick_xml::events::Event;
    let Ok(text) = std::str::from_utf8(svg) else {
        return (None, None);
    };
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let attr = |name: &str| {
                    e.try_get_attribute(name)
                        .ok()
                        .flatten()
                        .map(|a| a.value.into_owned())
                };
                let px = |v: Option<String>| {
                    v.and_then(|v| {
                        let n = v.trim().trim_end_matches("px").trim().parse::<f64>().ok()?;
                        (n.is_finite() && n > 0.0 && n < 1e6).then(|| n.round() as i32)
                    })
                };
                let (w, h) = (px(attr("width")), px(attr("height")));
                if w.is_some() && h.is_some() {
                    return (w, h);
                }
                let vb: Vec<f64> = attr("viewBox")
                    .unwrap_or_default()
                    .split([' ', ','])
                    .filter_map(|s| s.trim().parse().ok())
                    .collect();
                if let [_, _, vw, vh] = vb[..]
                    && vw > 0.0
                    && vh > 0.0
                    && vw < 1e6
                    && vh < 1e6
                {
                    return (Some(vw.round() as i32), Some(vh.round() as i32));
                }
                return (None, None);
            }
            Ok(Event::Eof) | Err(_) => return (None, None),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(parts: Vec<Vec<u8>>) -> impl Stream<Item = Result<Bytes, std::io::Error>> {
        futures::stream::iter(parts.into_iter().map(|p| Ok(Bytes::from(p))))
    }

    fn spool_files(dir: &Path) -> usize {
        std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
    }

    #[tokio::test]
    async fn a_file_is_hashed_typed_and_measured() {
        let dir = tempfile::tempdir().unwrap();
        let png = crate::sniff::tests_support::png(3, 2);
        let half = png.len() / 2;
        let s = spool(
            dir.path(),
            chunks(vec![png[..half].to_vec(), png[half..].to_vec()]),
            1 << 20,
        )
        .await
        .unwrap();
        assert_eq!(s.detected.content_type, "image/png");
        assert_eq!((s.width, s.height), (Some(3), Some(2)));
        assert_eq!(s.len, png.len() as u64);
        assert_eq!(s.sha256, hex::encode(Sha256::digest(&png)));
        assert_eq!(std::fs::read(&s.path).unwrap(), png);
        drop(s);
        assert_eq!(
            spool_files(dir.path()),
            0,
            "the spool file goes with the value"
        );
    }

    #[tokio::test]
    async fn too_large_stops_early_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let parts = vec![vec![b'a'; 600], vec![b'b'; 600], vec![b'c'; 600]];
        let err = spool(dir.path(), chunks(parts), 1000).await.unwrap_err();
        assert!(matches!(err, AssetError::TooLarge { limit: 1000 }));
        assert_eq!(spool_files(dir.path()), 0);
    }

    #[tokio::test]
    async fn svgs_are_sanitized_and_sized_and_executables_refused() {
        let dir = tempfile::tempdir().unwrap();
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" onload="alert(1)"><script>alert(2)</script><rect width="5" height="5"/></svg>"#;
        let s = spool(dir.path(), chunks(vec![svg.to_vec()]), 1 << 20)
            .await
            .unwrap();
        let stored = std::fs::read_to_string(&s.path).unwrap();
        assert!(!stored.contains("alert"), "{stored}");
        assert_eq!(s.len, stored.len() as u64);
        assert_eq!((s.width, s.height), (Some(120), Some(40)));
        assert_eq!(s.detected.kind, Kind::Vector);
        drop(s);
        let err = spool(
            dir.path(),
            chunks(vec![
                b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00".to_vec(),
            ]),
            1 << 20,
        )
        .await
        .unwrap_err();
        assert!(matches!(err, AssetError::Unsupported(_)));
        let err = spool(dir.path(), chunks(vec![]), 10).await.unwrap_err();
        assert!(matches!(err, AssetError::Field { field: "file", .. }));
        assert_eq!(spool_files(dir.path()), 0);
    }

    #[test]
    fn svg_sizes() {
        assert_eq!(
            svg_dimensions(br#"<svg width="64px" height="32"/>"#),
            (Some(64), Some(32))
        );
        assert_eq!(
            svg_dimensions(br#"<svg width="100%" viewBox="0,0,24,24"/>"#),
            (Some(24), Some(24))
        );
        assert_eq!(svg_dimensions(br#"<svg/>"#), (None, None));
    }
}
