//! One URL fetched hop by hop, so that every redirect is recorded, loops are caught at the
//! first repeated URL, and a redirect that leaves the site is recorded without being followed.

use std::{collections::HashSet, time::Instant};

use http::{Method, StatusCode, header};
use net::{GuardedClient, NetError};
use url::Url;

use crate::{model::Hop, site::Site};

/// What one fetch learnt. The body is kept only when the caller asked for it.
#[derive(Debug, Default)]
pub(crate) struct Fetched {
    pub final_url: Option<Url>,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub redirects: Vec<Hop>,
    pub content_type: Option<String>,
    pub x_robots_tag: Option<String>,
    pub bytes: u64,
    pub response_ms: u32,
    pub body: Option<Vec<u8>>,
    /// A redirect pointed off the site and was not followed.
    pub left_site: bool,
    /// Why no answer came, for the caller that must report it (an unreachable start page).
    pub cause: Option<NetError>,
}

/// The short error names of the model (see `PageRecord::error`).
pub(crate) fn error_name(err: &NetError) -> &'static str {
    match err {
        NetError::Timeout => "timeout",
        NetError::Dns(_) => "dns",
        NetError::Http(_) => "connection",
        NetError::TooLarge => "too_large",
        NetError::TooManyRedirects => "too_many_redirects",
        NetError::ForbiddenAddress(_) => "forbidden_address",
        NetError::InvalidUrl(_) | NetError::Scheme => "invalid_url",
    }
}

/// Fetches `url` with `method`, following redirects while they stay on `stay_on` (any host
/// when `None`), up to the client's `max_redirects`.
pub(crate) async fn fetch(
    client: &GuardedClient,
    url: Url,
    method: Method,
    stay_on: Option<&Site>,
    keep_body: bool,
) -> Fetched {
    let started = Instant::now();
    let max_redirects = client.config().max_redirects;
    let mut out = Fetched::default();
    let mut seen: HashSet<Url> = HashSet::new();
    let mut current = url;
    loop {
        let request = http::Request::builder()
            .method(method.clone())
            .uri(current.as_str())
            .body(Vec::new());
        let request = match request {
            Ok(r) => r,
            Err(_) => {
                out.error = Some("invalid_url".into());
                out.cause = Some(NetError::InvalidUrl("request could not be built".into()));
                break;
            }
        };
        let response = match client.execute(request).await {
            Ok(r) => r,
            Err(e) => {
                out.error = Some(error_name(&e).into());
                out.cause = Some(e);
                break;
            }
        };
        let status = response.status();
        seen.insert(current.clone());
        if let Some(next) = redirect_target(&current, status, response.headers()) {
            out.redirects.push(Hop {
                url: current.to_string(),
                status: status.as_u16(),
            });
            if seen.contains(&next) {
                out.error = Some("redirect_loop".into());
                out.cause = Some(NetError::TooManyRedirects);
                break;
            }
            if out.redirects.len() > max_redirects {
                out.error = Some("too_many_redirects".into());
                out.cause = Some(NetError::TooManyRedirects);
                break;
            }
            if stay_on.is_some_and(|site| !site.contains(&next)) {
                out.status = Some(status.as_u16());
                out.final_url = Some(next);
                out.left_site = true;
                break;
            }
            current = next;
            continue;
        }
        let headers = response.headers();
        out.status = Some(status.as_u16());
        out.content_type = header_text(headers, header::CONTENT_TYPE);
        out.x_robots_tag = joined(headers, "x-robots-tag");
        let body = response.into_body();
        out.bytes = body.len() as u64;
        if keep_body {
            out.body = Some(body);
        }
        out.final_url = Some(current.clone());
        break;
    }
    if out.final_url.is_none() && out.error.is_some() {
        out.final_url = Some(current);
    }
    out.response_ms = u32::try_from(started.elapsed().as_millis()).unwrap_or(u32::MAX);
    out
}

/// The next URL when `status` is a redirect with a usable `Location`.
fn redirect_target(current: &Url, status: StatusCode, headers: &http::HeaderMap) -> Option<Url> {
    if !matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = headers.get(header::LOCATION)?.to_str().ok()?;
    let mut next = current.join(location.trim()).ok()?;
    next.set_fragment(None);
    Some(next)
}

fn header_text(headers: &http::HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_string())
}

/// Every value of a repeated header, joined as one list.
fn joined(headers: &http::HeaderMap, name: &str) -> Option<String> {
    let values: Vec<&str> = headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
}

/// HTML by content type, or by its first bytes when the server sent none.
pub(crate) fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    match content_type {
        Some(ct) => {
            let ct = ct.to_ascii_lowercase();
            ct.starts_with("text/html") || ct.starts_with("application/xhtml+xml")
        }
        None => {
            let head = String::from_utf8_lossy(&body[..body.len().min(512)]).to_ascii_lowercase();
            let head = head.trim_start();
            head.starts_with("<!doctype html") || head.starts_with("<html")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_by_type_or_first_bytes() {
        assert!(is_html(Some("text/html; charset=utf-8"), b""));
        assert!(is_html(Some("Application/XHTML+xml"), b""));
        assert!(!is_html(Some("application/pdf"), b"<html>"));
        assert!(is_html(None, b"  <!DOCTYPE html><html>"));
        assert!(!is_html(None, b"%PDF-1.7"));
    }

    #[test]
    fn redirect_targets_are_resolved_and_lose_their_fragment() {
        let url = Url::parse("https://example.com/a/b").unwrap();
        let mut headers = http::HeaderMap::new();
        headers.insert(header::LOCATION, http::HeaderValue::from_static("../c#x"));
        let next = redirect_target(&url, StatusCode::MOVED_PERMANENTLY, &headers).unwrap();
        assert_eq!(next.as_str(), "https://example.com/c");
        assert!(redirect_target(&url, StatusCode::OK, &headers).is_none());
        assert!(redirect_target(&url, StatusCode::FOUND, &http::HeaderMap::new()).is_none());
    }

    #[test]
    fn net_errors_map_to_the_model_names() {
        assert_eq!(error_name(&NetError::Timeout), "timeout");
        assert_eq!(error_name(&NetError::Dns("x".into())), "dns");
        assert_eq!(error_name(&NetError::Http("refused".into())), "connection");
        assert_eq!(error_name(&NetError::TooLarge), "too_large");
        assert_eq!(
            error_name(&NetError::TooManyRedirects),
            "too_many_redirects"
        );
        assert_eq!(
            error_name(&NetError::ForbiddenAddress([10, 0, 0, 1].into())),
            "forbidden_address"
        );
        assert_eq!(error_name(&NetError::Scheme), "invalid_url");
    }
}
