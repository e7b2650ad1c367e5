//! A small scripted web server on a loopback address, counting what it is asked.

use std::{
    collections::HashMap,
    io::Write,
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    extract::State,
    http::{Method, Request, StatusCode, header},
    response::{IntoResponse, Response},
};
use net::{GuardedClient, NetConfig};

#[derive(Clone)]
pub enum Reply {
    Html(String),
    Redirect(u16, String),
    Status(u16),
    Bytes(&'static str, Vec<u8>),
    /// 405 to HEAD, 200 to GET.
    NoHead,
    /// HTML with an `X-Robots-Tag` header.
    Tagged(&'static str, String),
}

#[derive(Default)]
pub struct Counters {
    pub in_flight: AtomicUsize,
    pub max_in_flight: AtomicUsize,
    /// (method, path, when the request arrived)
    pub requests: Mutex<Vec<(Method, String, Instant)>>,
}

impl Counters {
    pub fn paths(&self) -> Vec<String> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .map(|(_, p, _)| p.clone())
            .collect()
    }

    pub fn hits(&self, path: &str) -> usize {
        self.paths().iter().filter(|p| *p == path).count()
    }

    pub fn requests_of(&self, path: &str) -> Vec<Method> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, p, _)| p == path)
            .map(|(m, _, _)| m.clone())
            .collect()
    }

    /// Arrival times of page requests (robots.txt and sitemaps left out).
    pub fn page_times(&self) -> Vec<Instant> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, p, _)| !p.starts_with("/robots") && !p.starts_with("/sitemap"))
            .map(|(_, _, t)| *t)
            .collect()
    }
}

#[derive(Clone)]
struct App {
    routes: Arc<HashMap<String, Reply>>,
    counters: Arc<Counters>,
    latency: Duration,
}

pub struct Served {
    pub base: String,
    pub counters: Arc<Counters>,
}

/// Serves `routes` (path with query → reply) on `ip`, port chosen by the system; anything
/// else answers 404. Each answer but robots.txt and sitemaps waits `latency` first.
pub async fn serve(ip: &str, routes: Vec<(String, Reply)>, latency: Duration) -> Served {
    let counters = Arc::new(Counters::default());
    let app = App {
        routes: Arc::new(routes.into_iter().collect()),
        counters: counters.clone(),
        latency,
    };
    let router = axum::Router::new().fallback(handle).with_state(app);
    let listener = tokio::net::TcpListener::bind(format!("{ip}:0"))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    Served {
        base: format!("http://{addr}"),
        counters,
    }
}

async fn handle(State(app): State<App>, req: Request<Body>) -> Response {
    let path = req
        .uri()
        .path_and_query()
        .map_or("/".to_string(), |p| p.as_str().to_string());
    let method = req.method().clone();
    let now = app.counters.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    app.counters.max_in_flight.fetch_max(now, Ordering::SeqCst);
    app.counters
        .requests
        .lock()
        .unwrap()
        .push((method.clone(), path.clone(), Instant::now()));
    if !app.latency.is_zero() && !path.starts_with("/robots") && !path.starts_with("/sitemap") {
        tokio::time::sleep(app.latency).await;
    }
    let reply = app.routes.get(&path).cloned();
    app.counters.in_flight.fetch_sub(1, Ordering::SeqCst);
    match reply {
        Some(Reply::Html(body)) => {
            ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
        }
        Some(Reply::Redirect(status, to)) => (
            StatusCode::from_u16(status).unwrap(),
            [(header::LOCATION, to)],
        )
            .into_response(),
        Some(Reply::Status(status)) => StatusCode::from_u16(status).unwrap().into_response(),
        Some(Reply::Bytes(ct, body)) => ([(header::CONTENT_TYPE, ct)], body).into_response(),
        Some(Reply::NoHead) if method == Method::HEAD => {
            StatusCode::METHOD_NOT_ALLOWED.into_response()
        }
        Some(Reply::NoHead) => "fine".into_response(),
        Some(Reply::Tagged(tag, body)) => (
            [
                (header::CONTENT_TYPE, "text/html"),
                (header::HeaderName::from_static("x-robots-tag"), tag),
            ],
            body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub fn client() -> GuardedClient {
    GuardedClient::new(NetConfig {
        allow_private_networks: true,
        ..NetConfig::default()
    })
    .unwrap()
}

pub fn page(title: &str, links: &[&str]) -> Reply {
    let anchors: String = links
        .iter()
        .map(|l| format!("<a href=\"{l}\">{l}</a>\n"))
        .collect();
    Reply::Html(format!(
        "<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>Words about {title}.</p>{anchors}</body></html>"
    ))
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

pub fn route(path: &str, reply: Reply) -> (String, Reply) {
    (path.to_string(), reply)
}

/// [`serve`] on a given port.
pub async fn serve_port(
    ip: &str,
    port: u16,
    routes: Vec<(String, Reply)>,
    latency: Duration,
) -> Served {
    let counters = Arc::new(Counters::default());
    let app = App {
        routes: Arc::new(routes.into_iter().collect()),
        counters: counters.clone(),
        latency,
    };
    let router = axum::Router::new().fallback(handle).with_state(app);
    let listener = tokio::net::TcpListener::bind(format!("{ip}:{port}"))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    Served {
        base: format!("http://{addr}"),
        counters,
    }
}
