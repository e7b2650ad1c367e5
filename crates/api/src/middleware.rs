//! Request id, access log span, metrics and security headers.

use crate::error::REQUEST_ID;
use axum::{
    extract::{MatchedPath, Request},
    http::{HeaderName, HeaderValue, header},
    middleware::Next,
    response::Response,
};
use std::time::Instant;
use tracing::Instrument;

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Accepts a sane incoming request id or makes one; every log line of the request carries it.
pub async fn request_context(mut req: Request, next: Next) -> Response {
    let id = req
        .headers()
        .get(&X_REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::now_v7().simple().to_string());
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    req.headers_mut().insert(
        &X_REQUEST_ID,
        HeaderValue::from_str(&id).expect("checked ascii"),
    );
    let span = tracing::info_span!("request", request_id = %id, %method, path = %path, org_id = tracing::field::Empty);
    let start = Instant::now();
    let mut res = REQUEST_ID
        .scope(id.clone(), next.run(req).instrument(span.clone()))
        .await;
    let elapsed = start.elapsed();
    let status = res.status().as_u16();
    // metrics are labelled by route template, never by raw path (unbounded cardinality)
    let route_label = route.unwrap_or_else(|| {
        if path.starts_with("/api/") {
            "unmatched".into()
        } else {
            "static".into()
        }
    });
    let labels = [
        ("method", method.to_string()),
        ("route", route_label),
        ("status", status.to_string()),
    ];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels).record(elapsed.as_secs_f64());
    span.in_scope(|| {
        tracing::info!(
            status,
            latency_ms = elapsed.as_secs_f64() * 1000.0,
            "request finished"
        )
    });
    res.headers_mut().insert(
        &X_REQUEST_ID,
        HeaderValue::from_str(&id).expect("checked ascii"),
    );
    res
}

pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// Security headers on every answer; HSTS only when the deployment says it is served over TLS.
pub async fn security_headers(hsts: bool, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CSP));
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    if hsts {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    res
}

/// Answers 408 `request_timeout` when a request runs past its time limit. Multipart uploads get
/// the longer `upload` limit: a large file on an ordinary connection takes minutes to arrive.
pub async fn time_limit(
    normal: std::time::Duration,
    upload: std::time::Duration,
    req: Request,
    next: Next,
) -> Response {
    use axum::response::IntoResponse;
    let is_upload = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = if is_upload { upload } else { normal };
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => crate::ApiError::new(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            "The request took too long and was stopped.",
        )
        .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{Router, body::Body, http::StatusCode, routing::post};
    use std::time::Duration;
    use tower::ServiceExt;

    fn app() -> Router {
        Router::new()
            .route(
                "/",
                post(|| async {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    "done"
                }),
            )
            .layer(axum::middleware::from_fn(|req, next| {
                time_limit(Duration::from_millis(50), Duration::from_secs(5), req, next)
            }))
    }

    fn request(content_type: &str) -> Request {
        Request::post("/")
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::empty())
            .unwrap()
    }

    #[tokio::test]
    async fn slow_requests_answer_408_but_uploads_have_longer() {
        let slow = app().oneshot(request("application/json")).await.unwrap();
        assert_eq!(slow.status(), StatusCode::REQUEST_TIMEOUT);
        assert_eq!(
            slow.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
        let upload = app()
            .oneshot(request("multipart/form-data; boundary=x"))
            .await
            .unwrap();
        assert_eq!(upload.status(), StatusCode::OK);
    }
}
