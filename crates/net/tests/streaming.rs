//! `send_streaming` against a real local server: the body arrives chunk by chunk, may outlive
//! the whole-call timeout, and is still capped in size and checked like every other request.

mod support;

use std::time::{Duration, Instant};

use futures::StreamExt;
use http::StatusCode;
use net::{GuardedClient, NetConfig, NetError};

fn local(cfg: NetConfig) -> GuardedClient {
    GuardedClient::new(NetConfig {
        allow_private_networks: true,
        ..cfg
    })
    .unwrap()
}

fn get(url: String) -> http::Request<Vec<u8>> {
    http::Request::get(url).body(Vec::new()).unwrap()
}

#[tokio::test]
async fn a_stream_may_outlive_the_whole_call_timeout() {
    let addr = support::start().await;
    let client = local(NetConfig {
        timeout: Duration::from_millis(200),
        ..NetConfig::default()
    });
    let started = Instant::now();
    let response = client
        .send_streaming(get(format!("http://{addr}/drip/10")))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::OK);
    let mut body = Vec::new();
    let mut chunks = response.body;
    while let Some(chunk) = chunks.next().await {
        body.extend_from_slice(&chunk.unwrap());
    }
    assert!(started.elapsed() >= Duration::from_millis(450));
    let text = String::from_utf8(body).unwrap();
    let expected: String = (0..10).map(|i| format!("line {i}\n")).collect();
    assert_eq!(text, expected);
}

#[tokio::test]
async fn chunks_are_handed_over_before_the_body_ends() {
    let addr = support::start().await;
    let response = local(NetConfig::default())
        .send_streaming(get(format!("http://{addr}/slow-body")))
        .await
        .unwrap();
    // The body never ends; reading three chunks proves nothing waits for the end.
    let first: Vec<_> = response.body.take(3).collect().await;
    assert_eq!(first.len(), 3);
    assert!(
        first
            .iter()
            .all(|c| c.as_ref().is_ok_and(|b| &b[..] == b"."))
    );
}

#[tokio::test]
async fn the_cap_counts_across_chunks() {
    let addr = support::start().await;
    let client = local(NetConfig {
        max_body_bytes: 16 * 1024,
        ..NetConfig::default()
    });
    let response = client
        .send_streaming(get(format!("http://{addr}/big-chunked")))
        .await
        .unwrap();
    let items: Vec<_> = response.body.collect().await;
    let delivered: usize = items
        .iter()
        .filter_map(|c| c.as_ref().ok())
        .map(|b| b.len())
        .sum();
    assert!(delivered <= 16 * 1024, "{delivered}");
    assert!(matches!(items.last(), Some(Err(NetError::TooLarge))));
    assert_eq!(items.iter().filter(|c| c.is_err()).count(), 1);
}

#[tokio::test]
async fn a_declared_length_over_the_cap_fails_before_the_body() {
    let addr = support::start().await;
    let client = local(NetConfig {
        max_body_bytes: 1024,
        ..NetConfig::default()
    });
    let result = client
        .send_streaming(get(format!("http://{addr}/big")))
        .await;
    assert!(matches!(result, Err(NetError::TooLarge)), "{result:?}");
}

#[tokio::test]
async fn redirects_are_returned_not_followed() {
    let addr = support::start().await;
    let response = local(NetConfig::default())
        .send_streaming(get(format!("http://{addr}/moved")))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(response.headers[http::header::LOCATION], "/page");
}

#[tokio::test]
async fn the_timeout_bounds_the_wait_for_the_head() {
    let addr = support::start().await;
    let client = local(NetConfig {
        timeout: Duration::from_millis(300),
        ..NetConfig::default()
    });
    let started = Instant::now();
    let result = client
        .send_streaming(get(format!("http://{addr}/slow")))
        .await;
    assert!(matches!(result, Err(NetError::Timeout)), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn posts_the_request_body_and_headers() {
    let addr = support::start().await;
    let req = http::Request::post(format!("http://{addr}/echo"))
        .body(b"{\"stream\":true}".to_vec())
        .unwrap();
    let response = local(NetConfig {
        user_agent: "stream-agent".into(),
        ..NetConfig::default()
    })
    .send_streaming(req)
    .await
    .unwrap();
    assert_eq!(response.status, StatusCode::CREATED);
    assert_eq!(response.headers["x-echo"], "yes");
    let chunks: Vec<_> = response.body.collect().await;
    let body: Vec<u8> = chunks
        .into_iter()
        .flat_map(|c| c.unwrap().to_vec())
        .collect();
    assert_eq!(body, b"POST stream-agent\n{\"stream\":true}");
}

#[tokio::test]
async fn forbidden_addresses_are_refused_before_any_request() {
    let addr = support::start().await;
    let guarded = GuardedClient::new(NetConfig::default()).unwrap();
    for url in [
        format!("http://{addr}/page"),
        format!("http://localhost:{}/page", addr.port()),
    ] {
        let result = guarded.send_streaming(get(url.clone())).await;
        assert!(
            matches!(result, Err(NetError::ForbiddenAddress(_))),
            "{url}: {result:?}"
        );
    }
    let result = guarded
        .send_streaming(get("ftp://example.com/".into()))
        .await;
    assert!(matches!(result, Err(NetError::Scheme)), "{result:?}");
}

#[tokio::test]
async fn a_closed_port_is_an_http_error() {
    let port = support::closed_port().await;
    let result = local(NetConfig::default())
        .send_streaming(get(format!("http://127.0.0.1:{port}/")))
        .await;
    assert!(matches!(result, Err(NetError::Http(_))), "{result:?}");
}
