//! End to end: a local server plays the public site (its one address exempted), and its
//! redirects point into forbidden space. Each hop must be refused before it is requested;
//! where the forbidden target is this same server, its hit counter proves no request arrived.

use std::{
    net::{IpAddr, Ipv4Addr, SocketAddr},
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
};

use axum::{
    Router,
    extract::State,
    http::{StatusCode, header::LOCATION},
    response::IntoResponse,
    routing::get,
};

use crate::{GuardedClient, NetConfig, NetError};

const EXEMPT: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

#[derive(Clone)]
struct Site {
    addr: SocketAddr,
    page_hits: Arc<AtomicUsize>,
}

fn redirect(to: String) -> impl IntoResponse {
    (StatusCode::FOUND, [(LOCATION, to)])
}

async fn start_site() -> Site {
    let listener = tokio::net::TcpListener::bind((EXEMPT, 0)).await.unwrap();
    let site = Site {
        addr: listener.local_addr().unwrap(),
        page_hits: Arc::default(),
    };
    let port = site.addr.port();
    let app = Router::new()
        .route(
            "/page",
            get(|State(site): State<Site>| async move {
                site.page_hits.fetch_add(1, Ordering::SeqCst);
                "public page"
            }),
        )
        .route("/to-page", get(|| async { redirect("/page".into()) }))
        .route(
            "/to-metadata",
            get(|| async { redirect("http://[::ffff:169.254.169.254]/latest/meta-data/".into()) }),
        )
        .route(
            "/via-site",
            get(|| async { redirect("/to-metadata".into()) }),
        )
        .route(
            "/to-localhost-name",
            get(move || async move { redirect(format!("http://localhost:{port}/page")) }),
        )
        .route(
            "/to-mapped-self",
            get(move || async move { redirect(format!("http://[::ffff:127.0.0.1]:{port}/page")) }),
        )
        .route(
            "/to-decimal-loopback",
            get(move || async move { redirect(format!("http://2130706434:{port}/page")) }),
        )
        .with_state(site.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    site
}

fn client() -> GuardedClient {
    GuardedClient::exempting(NetConfig::default(), EXEMPT).unwrap()
}

fn url(site: &Site, path: &str) -> String {
    format!("http://{}{path}", site.addr)
}

fn refused_address(result: Result<crate::FetchedResponse, NetError>) -> String {
    match result {
        Err(NetError::ForbiddenAddress(ip)) => ip.to_string(),
        other => panic!("expected a refused hop, got {other:?}"),
    }
}

#[tokio::test]
async fn the_exempt_site_itself_is_reachable_and_redirects_within_it_are_followed() {
    let site = start_site().await;
    let page = client().get(&url(&site, "/to-page")).await.unwrap();
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(&page.body[..], b"public page");
    assert_eq!(page.redirects.len(), 1);
    assert_eq!(site.page_hits.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_redirect_to_mapped_metadata_address_is_refused() {
    let site = start_site().await;
    let refused = refused_address(client().get(&url(&site, "/to-metadata")).await);
    assert_eq!(refused, "::ffff:169.254.169.254");
}

#[tokio::test]
async fn a_second_hop_into_forbidden_space_is_refused() {
    let site = start_site().await;
    let refused = refused_address(client().get(&url(&site, "/via-site")).await);
    assert_eq!(refused, "::ffff:169.254.169.254");
}

#[tokio::test]
async fn a_redirect_to_a_localhost_name_never_reaches_the_server() {
    let site = start_site().await;
    refused_address(client().get(&url(&site, "/to-localhost-name")).await);
    assert_eq!(site.page_hits.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_redirect_to_the_mapped_form_of_loopback_never_reaches_the_server() {
    let site = start_site().await;
    let refused = refused_address(client().get(&url(&site, "/to-mapped-self")).await);
    assert_eq!(refused, "::ffff:127.0.0.1");
    assert_eq!(site.page_hits.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_redirect_to_decimal_loopback_is_refused() {
    let site = start_site().await;
    let refused = refused_address(client().get(&url(&site, "/to-decimal-loopback")).await);
    assert_eq!(refused, "127.0.0.2");
}

#[test]
fn a_fetch_can_be_spawned_onto_the_runtime() {
    fn assert_send<T: Send>(_: &T) {}
    let client = client();
    assert_send(&client.get("http://example.com/"));
    assert_send(&client.execute(http::Request::new(Vec::new())));
}

/// Names are the resolver's job once past the URL check; this drives the client's own
/// reqwest stack straight at a loopback name to show the resolver is what stops it.
#[tokio::test]
async fn a_name_resolving_to_a_forbidden_address_is_refused_by_the_resolver() {
    let site = start_site().await;
    let client = GuardedClient::new(NetConfig::default()).unwrap();
    let target = format!("http://localhost:{}/page", site.addr.port());
    match client.send_skipping_url_check(&target).await {
        Err(NetError::ForbiddenAddress(ip)) => assert!(ip.is_loopback()),
        other => panic!("expected the resolver to refuse, got {other:?}"),
    }
    assert_eq!(site.page_hits.load(Ordering::SeqCst), 0);
}
