//! The client against a real local server. Private networks are allowed here, because the
//! server is on loopback; the refusals themselves are covered in attack_urls.rs and in the
//! crate's hop-check tests.

mod support;

use std::time::{Duration, Instant};

use http::StatusCode;
use net::{GuardedClient, NetConfig, NetError};

fn local(cfg: NetConfig) -> GuardedClient {
    GuardedClient::new(NetConfig {
        allow_private_networks: true,
        ..cfg
    })
    .unwrap()
}

fn local_default() -> GuardedClient {
    local(NetConfig::default())
}

#[tokio::test]
async fn fetches_a_page() {
    let addr = support::start().await;
    let page = local_default()
        .get(&format!("http://{addr}/page"))
        .await
        .unwrap();
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(&page.body[..], b"<h1>hello</h1>");
    assert_eq!(page.headers[http::header::CONTENT_TYPE], "text/html");
    assert_eq!(page.final_url.as_str(), format!("http://{addr}/page"));
    assert!(page.redirects.is_empty());
}

#[tokio::test]
async fn follows_a_three_hop_chain_and_records_every_hop() {
    let addr = support::start().await;
    let page = local_default()
        .get(&format!("http://{addr}/chain/3"))
        .await
        .unwrap();
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.final_url.path(), "/page");
    let hops: Vec<(String, StatusCode)> = page
        .redirects
        .iter()
        .map(|(url, status)| (url.path().to_owned(), *status))
        .collect();
    assert_eq!(
        hops,
        vec![
            ("/chain/3".to_owned(), StatusCode::FOUND),
            ("/chain/2".to_owned(), StatusCode::FOUND),
            ("/chain/1".to_owned(), StatusCode::FOUND),
        ]
    );
}

#[tokio::test]
async fn the_redirect_cap_is_exact() {
    let addr = support::start().await;
    let url = format!("http://{addr}/chain/3");
    let three = local(NetConfig {
        max_redirects: 3,
        ..NetConfig::default()
    });
    assert!(three.get(&url).await.is_ok());
    let two = local(NetConfig {
        max_redirects: 2,
        ..NetConfig::default()
    });
    assert!(matches!(
        two.get(&url).await,
        Err(NetError::TooManyRedirects)
    ));
}

#[tokio::test]
async fn a_redirect_loop_ends_in_too_many_redirects() {
    let addr = support::start().await;
    let result = local_default().get(&format!("http://{addr}/loop")).await;
    assert!(
        matches!(result, Err(NetError::TooManyRedirects)),
        "{result:?}"
    );
}

#[tokio::test]
async fn a_body_over_the_cap_is_too_large() {
    let addr = support::start().await;
    let client = local(NetConfig {
        max_body_bytes: 16 * 1024,
        ..NetConfig::default()
    });
    for path in ["/big", "/big-chunked"] {
        let result = client.get(&format!("http://{addr}{path}")).await;
        assert!(
            matches!(result, Err(NetError::TooLarge)),
            "{path}: {result:?}"
        );
    }
}

#[tokio::test]
async fn a_body_exactly_at_the_cap_is_read() {
    let addr = support::start().await;
    let client = local(NetConfig {
        max_body_bytes: support::BIG_BODY,
        ..NetConfig::default()
    });
    for path in ["/big", "/big-chunked"] {
        let page = client.get(&format!("http://{addr}{path}")).await.unwrap();
        assert_eq!(page.body.len(), support::BIG_BODY, "{path}");
    }
}

#[tokio::test]
async fn slow_answers_time_out() {
    let addr = support::start().await;
    let client = local(NetConfig {
        timeout: Duration::from_millis(300),
        ..NetConfig::default()
    });
    for path in ["/slow", "/slow-body"] {
        let started = Instant::now();
        let result = client.get(&format!("http://{addr}{path}")).await;
        assert!(
            matches!(result, Err(NetError::Timeout)),
            "{path}: {result:?}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{path} took {:?}",
            started.elapsed()
        );
    }
}

#[tokio::test]
async fn localhost_is_refused_unless_private_networks_are_allowed() {
    let addr = support::start().await;
    let url = format!("http://localhost:{}/page", addr.port());
    let guarded = GuardedClient::new(NetConfig::default()).unwrap();
    assert!(matches!(
        guarded.get(&url).await,
        Err(NetError::ForbiddenAddress(_))
    ));
    let page = local_default().get(&url).await.unwrap();
    assert_eq!(&page.body[..], b"<h1>hello</h1>");
}

#[tokio::test]
async fn sends_the_configured_user_agent() {
    let addr = support::start().await;
    let page = local_default()
        .get(&format!("http://{addr}/echo"))
        .await
        .unwrap();
    let expected = format!("GET {}\n", NetConfig::default().user_agent);
    assert_eq!(String::from_utf8_lossy(&page.body), expected);
}

#[tokio::test]
async fn a_closed_port_is_an_http_error() {
    let port = support::closed_port().await;
    let result = local_default()
        .get(&format!("http://127.0.0.1:{port}/?key=secret"))
        .await;
    match result {
        Err(NetError::Http(message)) => assert!(!message.contains("secret"), "{message}"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn execute_round_trips_a_request() {
    let addr = support::start().await;
    let req = http::Request::post(format!("http://{addr}/echo"))
        .header(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(b"grant_type=authorization_code".to_vec())
        .unwrap();
    let resp = local(NetConfig {
        user_agent: "test-agent".into(),
        ..NetConfig::default()
    })
    .execute(req)
    .await
    .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    assert_eq!(resp.headers()["x-echo"], "yes");
    assert_eq!(
        resp.body(),
        b"POST test-agent\ngrant_type=authorization_code"
    );
}

#[tokio::test]
async fn execute_returns_redirects_without_following_them() {
    let addr = support::start().await;
    let req = http::Request::get(format!("http://{addr}/moved"))
        .body(Vec::new())
        .unwrap();
    let resp = local_default().execute(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(resp.headers()[http::header::LOCATION], "/page");
}

#[tokio::test]
async fn execute_caps_the_body_and_the_time() {
    let addr = support::start().await;
    let small = local(NetConfig {
        max_body_bytes: 1024,
        ..NetConfig::default()
    });
    let req = http::Request::get(format!("http://{addr}/big-chunked"))
        .body(Vec::new())
        .unwrap();
    assert!(matches!(small.execute(req).await, Err(NetError::TooLarge)));

    let hasty = local(NetConfig {
        timeout: Duration::from_millis(300),
        ..NetConfig::default()
    });
    let req = http::Request::get(format!("http://{addr}/slow"))
        .body(Vec::new())
        .unwrap();
    assert!(matches!(hasty.execute(req).await, Err(NetError::Timeout)));
}

#[tokio::test]
async fn clones_share_the_configuration() {
    let client = local(NetConfig {
        max_redirects: 1,
        ..NetConfig::default()
    });
    let clone = client.clone();
    assert_eq!(clone.config(), client.config());
    assert!(clone.config().allow_private_networks);
}
