//! The web app, embedded from `web/dist` at build time, served with an SPA fallback.

use axum::{
    body::Body,
    http::{HeaderValue, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../web/dist"]
#[allow_missing = true]
struct Assets;

const INDEX: &str = "index.html";

fn serve(path: &str, status: StatusCode) -> Option<Response> {
    let file = Assets::get(path)?;
    let mime = file.metadata.mimetype().to_owned();
    // Hashed assets never change; the HTML entry points must always be revalidated.
    let cache = if path.starts_with("assets/") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut res = (status, Body::from(file.data.into_owned())).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&mime)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Some(res)
}

pub async fn static_or_index(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    if !path.is_empty() {
        if let Some(res) = serve(path, StatusCode::OK) {
            return res;
        }
        // A missing file under /assets is a real 404, not the app.
        if path.starts_with("assets/") {
            return (StatusCode::NOT_FOUND, "not found").into_response();
        }
    }
    serve(INDEX, StatusCode::OK).unwrap_or_else(missing_build)
}

/// The interactive API reference page (a second Vite entry bundling swagger-ui, no CDN).
pub async fn api_docs() -> Response {
    serve("api-docs.html", StatusCode::OK).unwrap_or_else(missing_build)
}

fn missing_build() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "The web app is not built into this binary. Run `make build` (or `npm run build` in web/ before compiling).",
    )
        .into_response()
}
