//! A local site for the end-to-end tests: pages, redirect chains, a loop, oversized and slow
//! answers, a dripping stream, and an echo for `execute`.

use std::{convert::Infallible, net::SocketAddr, time::Duration};

use axum::{
    Router,
    body::{Body, Bytes},
    extract::Path,
    http::{HeaderMap, Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{any, get},
};

pub const BIG_BODY: usize = 64 * 1024;

fn redirect(status: StatusCode, to: String) -> Response {
    (status, [(header::LOCATION, to)]).into_response()
}

async fn chain(Path(left): Path<u32>) -> Response {
    let to = if left <= 1 {
        "/page".to_owned()
    } else {
        format!("/chain/{}", left - 1)
    };
    redirect(StatusCode::FOUND, to)
}

async fn echo(method: Method, headers: HeaderMap, body: Bytes) -> Response {
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let mut text = format!("{method} {agent}\n").into_bytes();
    text.extend_from_slice(&body);
    (StatusCode::CREATED, [("x-echo", "yes")], text).into_response()
}

/// A body with no Content-Length, so only counting can catch it.
async fn big_chunked() -> Body {
    let chunks = (0..BIG_BODY / 1024).map(|_| Ok::<_, Infallible>(Bytes::from(vec![b'y'; 1024])));
    Body::from_stream(futures::stream::iter(chunks))
}

/// Headers at once, then a body that trickles forever.
async fn slow_body() -> Body {
    let drip = futures::stream::unfold((), |()| async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        Some((Ok::<_, Infallible>(Bytes::from_static(b".")), ()))
    });
    Body::from_stream(drip)
}

/// `count` numbered lines, 50 ms apart, then the end: a stream that outlives a short deadline.
async fn drip(Path(count): Path<u32>) -> Body {
    let lines = futures::stream::unfold(0, move |i| async move {
        if i >= count {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        Some((
            Ok::<_, Infallible>(Bytes::from(format!("line {i}\n"))),
            i + 1,
        ))
    });
    Body::from_stream(lines)
}

pub async fn start() -> SocketAddr {
    let app = Router::new()
        .route(
            "/page",
            get(|| async { ([(header::CONTENT_TYPE, "text/html")], "<h1>hello</h1>") }),
        )
        .route("/chain/{left}", get(chain))
        .route(
            "/loop",
            get(|| async { redirect(StatusCode::FOUND, "/loop".into()) }),
        )
        .route(
            "/moved",
            any(|| async { redirect(StatusCode::MOVED_PERMANENTLY, "/page".into()) }),
        )
        .route("/big", get(|| async { vec![b'x'; BIG_BODY] }))
        .route("/big-chunked", get(big_chunked))
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        )
        .route("/slow-body", get(slow_body))
        .route("/drip/{count}", get(drip))
        .route("/echo", any(echo));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// A port nothing listens on.
pub async fn closed_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}
