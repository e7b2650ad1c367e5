//! `GET /files/{id}`: serves a stored file to whoever holds a valid signed URL.
//!
//! User files are hostile until proven otherwise, so every answer carries the detected type
//! with `nosniff`, a `Content-Disposition` (inline only for media), and a sandboxing
//! `Content-Security-Policy` so that even an SVG opened directly cannot run script or load
//! anything. Single byte ranges are honoured so audio and video can seek.

use crate::{AssetError, AssetLibrary, model::Kind, urls::Variant};
use api::{ApiError, AppQuery, AppState, Problem, error::ApiResult};
use axum::{
    body::Body,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use db::entities::{asset, asset_version};
use db::sea_orm::EntityTrait;
use serde::Deserialize;
use std::ops::Range;
use utoipa::IntoParams;
use uuid::Uuid;

pub const FILE_CSP: &str =
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct FileQuery {
    /// `original` (default), `thumbnail`, or `version` (the id is then a version id).
    variant: Option<String>,
    /// Expiry, seconds since the epoch; part of the signature.
    exp: Option<String>,
    sig: Option<String>,
}

/// A file name safe for the quoted `filename=` (ASCII, no quotes or separators).
fn ascii_fallback(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && !matches!(c, '"' | '\\' | '/' | ';' | '%') || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.trim().is_empty() {
        "file".into()
    } else {
        s
    }
}

fn extension(content_type: &str) -> Option<&'static str> {
    Some(match content_type.split(';').next().unwrap_or_default() {
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        "image/avif" => "avif",
        "image/bmp" => "bmp",
        "image/tiff" => "tiff",
        "image/svg+xml" => "svg",
        "application/pdf" => "pdf",
        "audio/mpeg" => "mp3",
        "audio/x-wav" | "audio/wav" => "wav",
        "audio/ogg" => "ogg",
        "audio/x-flac" => "flac",
        "audio/m4a" | "audio/mp4" => "m4a",
        "video/mp4" => "mp4",
        "video/webm" => "webm",
        "video/quicktime" => "mov",
        "application/font-woff" => "woff",
        "font/woff2" => "woff2",
        "application/font-sfnt" => "ttf",
        "text/plain" => "txt",
        "application/zip" => "zip",
        _ => return None,
    })
}

/// `inline` or `attachment`, with the name in both the plain and the RFC 6266 `filename*` form.
pub fn content_disposition(kind: Kind, name: &str, content_type: &str) -> String {
    let mut file = name.to_owned();
    if let Some(ext) = extension(content_type)
        && !file.to_ascii_lowercase().ends_with(&format!(".{ext}"))
    {
        file = format!("{file}.{ext}");
    }
    let encoded = percent_encoding::utf8_percent_encode(&file, percent_encoding::NON_ALPHANUMERIC)
        .to_string();
    format!(
        "{}; filename=\"{}\"; filename*=UTF-8''{encoded}",
        if kind.inline() {
            "inline"
        } else {
            "attachment"
        },
        ascii_fallback(&file)
    )
}

/// One `bytes=` range within `size`: `Ok(None)` for no (or an unusable multi-) range,
/// `Err(())` when it cannot be satisfied.
pub fn parse_range(header: Option<&str>, size: u64) -> Result<Option<Range<u64>>, ()> {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None);
    }
    let (start, end) = spec.split_once('-').ok_or(())?;
    let (start, end) = (start.trim(), end.trim());
    let range = if start.is_empty() {
        let suffix: u64 = end.parse().map_err(|_| ())?;
        if suffix == 0 {
            return Err(());
        }
        size.saturating_sub(suffix)..size
    } else {
        let start: u64 = start.parse().map_err(|_| ())?;
        let end = if end.is_empty() {
            size
        } else {
            end.parse::<u64>()
                .map_err(|_| ())?
                .saturating_add(1)
                .min(size)
        };
        start..end
    };
    if range.start >= size || range.start >= range.end {
        return Err(());
    }
    Ok(Some(range))
}

fn header(value: &str) -> HeaderValue {
    HeaderValue::from_str(value)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"))
}

#[utoipa::path(get, path = "/api/v1/files/{id}", tag = "assets", params(("id" = Uuid, Path), FileQuery),
    responses((status = 200, description = "The file, with its detected type"), (status = 206, description = "A byte range of it"),
        (status = 403, description = "`invalid_signature`: missing, wrong or expired", body = Problem), (status = 404, body = Problem)))]
pub(crate) async fn serve(
    State(s): State<AppState>,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<FileQuery>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let lib = s.service::<AssetLibrary>();
    let now = s.clock.now().timestamp();
    let variant = match q.variant.as_deref() {
        None | Some("original") => Variant::Original,
        Some("thumbnail") => Variant::Thumbnail,
        Some("version") => Variant::Version,
        Some(_) => return Err(AssetError::InvalidSignature.into()),
    };
    let exp: i64 = q
        .exp
        .as_deref()
        .and_then(|e| e.parse().ok())
        .ok_or(AssetError::InvalidSignature)?;
    let sig = q.sig.as_deref().ok_or(AssetError::InvalidSignature)?;
    if !lib.signer().verify(id, variant, exp, sig, now) {
        return Err(AssetError::InvalidSignature.into());
    }
    // The signature is the authorization: it was issued to someone who could read this asset.
    let kept = match variant {
        Variant::Version => Some(
            asset_version::Entity::find_by_id(id)
                .one(&s.db)
                .await
                .map_err(AssetError::from)?
                .ok_or(AssetError::NotFound)?,
        ),
        _ => None,
    };
    let row = asset::Entity::find_by_id(kept.as_ref().map_or(id, |v| v.asset_id))
        .one(&s.db)
        .await
        .map_err(AssetError::from)?
        .ok_or(AssetError::NotFound)?;
    let etag = kept.as_ref().map_or(&row.sha256, |v| &v.sha256).clone();
    let kind = Kind::parse(&row.kind).unwrap_or(Kind::Other);
    let (key, content_type, size) = match variant {
        Variant::Original => (
            row.storage_key.clone(),
            row.content_type.clone(),
            Some(row.size_bytes),
        ),
        Variant::Version => {
            let v = kept.ok_or(AssetError::NotFound)?;
            (v.storage_key, v.content_type, Some(v.size_bytes))
        }
        Variant::Thumbnail => {
            let key = row.thumbnail_key.clone().ok_or(AssetError::NotFound)?;
            if key == row.storage_key {
                (key, row.content_type.clone(), Some(row.size_bytes))
            } else {
                (key, "image/webp".to_owned(), None)
            }
        }
    };
    let size = size.and_then(|n| u64::try_from(n).ok());
    let range = match size {
        Some(total) => match parse_range(
            headers.get(header::RANGE).and_then(|v| v.to_str().ok()),
            total,
        ) {
            Ok(r) => r,
            Err(()) => {
                let mut res = ApiError::new(
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    "range_not_satisfiable",
                    "The requested range is outside the file.",
                )
                .into_response();
                res.headers_mut()
                    .insert(header::CONTENT_RANGE, header(&format!("bytes */{total}")));
                return Ok(res);
            }
        },
        None => None,
    };
    let body = lib
        .store()
        .get(&key, range.clone())
        .await
        .map_err(|e| match e {
            crate::storage::StoreError::NotFound => AssetError::NotFound,
            other => other.into(),
        })?;
    let mut res = Response::new(Body::from_stream(body));
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, header(&content_type));
    h.insert(
        header::CONTENT_DISPOSITION,
        header(&content_disposition(kind, &row.name, &content_type)),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(FILE_CSP),
    );
    h.insert(
        header::CACHE_CONTROL,
        header(&format!("private, max-age={}", (exp - now).max(0))),
    );
    if let Some(total) = size {
        h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
        h.insert(header::ETAG, header(&format!("\"{etag}\"")));
        match &range {
            Some(r) => {
                h.insert(header::CONTENT_LENGTH, HeaderValue::from(r.end - r.start));
                h.insert(
                    header::CONTENT_RANGE,
                    header(&format!("bytes {}-{}/{total}", r.start, r.end - 1)),
                );
                *res.status_mut() = StatusCode::PARTIAL_CONTENT;
            }
            None => {
                h.insert(header::CONTENT_LENGTH, HeaderValue::from(total));
            }
        }
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposition_names_the_file_safely() {
        assert_eq!(
            content_disposition(Kind::Image, "Logo", "image/png"),
            "inline; filename=\"Logo.png\"; filename*=UTF-8''Logo%2Epng"
        );
        assert_eq!(
            content_disposition(
                Kind::Document,
                "Guide \"v2\"; ünïcode.pdf",
                "application/pdf"
            ),
            "attachment; filename=\"Guide _v2__ _n_code.pdf\"; filename*=UTF-8''Guide%20%22v2%22%3B%20%C3%BCn%C3%AFcode%2Epdf"
        );
        assert!(content_disposition(Kind::Vector, "x", "image/svg+xml").starts_with("inline;"));
        assert!(
            content_disposition(Kind::Other, "a\r\nb", "text/plain; charset=utf-8")
                .starts_with("attachment; filename=\"a__b.txt\"")
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(parse_range(None, 10), Ok(None));
        assert_eq!(parse_range(Some("bytes=0-3"), 10), Ok(Some(0..4)));
        assert_eq!(parse_range(Some("bytes=4-"), 10), Ok(Some(4..10)));
        assert_eq!(parse_range(Some("bytes=-3"), 10), Ok(Some(7..10)));
        assert_eq!(parse_range(Some("bytes=5-100"), 10), Ok(Some(5..10)));
        assert_eq!(parse_range(Some("bytes=0-1,4-5"), 10), Ok(None));
        assert_eq!(parse_range(Some("bytes=10-"), 10), Err(()));
        assert_eq!(parse_range(Some("bytes=5-2"), 10), Err(()));
        assert_eq!(parse_range(Some("bytes=x-"), 10), Err(()));
        assert_eq!(parse_range(Some("items=0-1"), 10), Ok(None));
    }
}
