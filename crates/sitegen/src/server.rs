//! Serving a generated site over HTTP.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderName, HeaderValue, Response as HttpResponse, StatusCode, Uri};
use tokio::net::TcpListener;

use crate::{Response, Site, assets};

fn to_http(r: &Response) -> HttpResponse<Body> {
    let mut out = HttpResponse::new(Body::from(r.body.clone()));
    *out.status_mut() = StatusCode::from_u16(r.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = out.headers_mut();
    // Link checkers that honour it (linkchecker) may then crawl this test site at full speed.
    headers.insert("linkchecker", HeaderValue::from_static("sitegen"));
    if let Ok(v) = HeaderValue::from_str(&r.content_type) {
        headers.insert(axum::http::header::CONTENT_TYPE, v);
    }
    for (k, v) in &r.headers {
        if let (Ok(k), Ok(v)) = (HeaderName::try_from(k.as_str()), HeaderValue::from_str(v)) {
            headers.insert(k, v);
        }
    }
    out
}

async fn answer(State(site): State<Arc<Site>>, uri: Uri) -> HttpResponse<Body> {
    match site.response(uri.path()) {
        Some(r) => {
            if r.delay_ms > 0 {
                tokio::time::sleep(Duration::from_millis(r.delay_ms)).await;
            }
            to_http(r)
        }
        None => to_http(&assets::html_status(404, "Page not found")),
    }
}

/// Serves `site` on `listener` until the task is dropped.
pub async fn serve(site: Arc<Site>, listener: TcpListener) -> std::io::Result<()> {
    let app = Router::new().fallback(answer).with_state(site);
    axum::serve(listener, app).await
}

async fn external(uri: Uri) -> HttpResponse<Body> {
    match uri.path() {
        p if p.starts_with("/gone") => to_http(&assets::html_status(404, "Gone")),
        p if p.starts_with("/hang") => {
            tokio::time::sleep(Duration::from_secs(30)).await;
            to_http(&assets::html_status(200, "Late"))
        }
        _ => to_http(&assets::html_status(200, "External page")),
    }
}

/// Serves the "other site" that external links point to: every path answers 200, except
/// `/gone...` (404) and `/hang...` (answers after 30 s, past any sane client timeout).
pub async fn serve_external(listener: TcpListener) -> std::io::Result<()> {
    axum::serve(listener, Router::new().fallback(external)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_response_carries_the_link_checker_header() {
        for r in [
            assets::html_status(200, "Home"),
            assets::html_status(404, "Page not found"),
        ] {
            let out = to_http(&r);
            assert_eq!(out.status().as_u16(), r.status);
            assert_eq!(
                out.headers().get("LinkChecker").map(|v| v.as_bytes()),
                Some(b"sitegen".as_slice())
            );
        }
    }
}
