//! The bytes of a keyword export, sent either as a multipart form (field `file`) or as the raw
//! request body (text/csv, text/tab-separated-values...).

use api::{ApiError, AppState};
use axum::{
    body::Body,
    extract::{FromRequest, Multipart, Request},
    http::{StatusCode, header},
};
use futures::StreamExt;

/// Largest export accepted.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

fn too_large() -> ApiError {
    ApiError::field_refusal(
        StatusCode::PAYLOAD_TOO_LARGE,
        "file_too_large",
        "file",
        "too_large",
        "The file is larger than 10 MB. Export fewer keywords at a time.",
    )
}

fn unreadable(e: impl std::fmt::Display) -> ApiError {
    ApiError::bad_request("bad_upload", format!("The upload could not be read: {e}"))
}

/// True when the request carries a multipart form.
fn is_multipart(req: &Request) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"))
}

async fn read_limited(body: Body) -> Result<Vec<u8>, ApiError> {
    let mut stream = body.into_data_stream();
    let mut buf = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(unreadable)?;
        if buf.len() + chunk.len() > MAX_IMPORT_BYTES {
            return Err(too_large());
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// The export's bytes, at most [`MAX_IMPORT_BYTES`].
pub async fn read(req: Request, state: &AppState) -> Result<Vec<u8>, ApiError> {
    if !is_multipart(&req) {
        let bytes = read_limited(req.into_body()).await?;
        if bytes.is_empty() {
            return Err(file_required());
        }
        return Ok(bytes);
    }
    let mut form = Multipart::from_request(req, state)
        .await
        .map_err(unreadable)?;
    while let Some(mut field) = form.next_field().await.map_err(unreadable)? {
        if field.name() != Some("file") {
            continue;
        }
        let mut buf = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                too_large()
            } else {
                unreadable(e)
            }
        })? {
            if buf.len() + chunk.len() > MAX_IMPORT_BYTES {
                return Err(too_large());
            }
            buf.extend_from_slice(&chunk);
        }
        if buf.is_empty() {
            return Err(file_required());
        }
        return Ok(buf);
    }
    Err(file_required())
}

fn file_required() -> ApiError {
    ApiError::field(
        "file",
        "required",
        "Choose a keyword export (CSV) to import.",
    )
}
