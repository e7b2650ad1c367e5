//! Wiring: state from configuration, the router with its layers, and the worker.

use crate::{config::Config, onboarding, openapi, platform, secrets, telemetry, web};
use api::{
    ApiConfig, AppState, MailSender, OutgoingMail, RouteInfo, guard, middleware as mw,
    ratelimit::LoginLimiter,
};
use axum::{
    Extension, Json, Router,
    extract::DefaultBodyLimit,
    http::{HeaderValue, Method, StatusCode, header},
    response::IntoResponse,
    routing::get,
};
use db::sea_orm::DatabaseConnection;
use kernel::{Clock, SystemClock};
use secrecy::ExposeSecret;
use std::{sync::Arc, time::Duration};
use tower_http::{catch_panic::CatchPanicLayer, cors::CorsLayer};

/// Everything the process runs: the HTTP state, the job queue and the mailer.
#[derive(Clone)]
pub struct Services {
    pub state: AppState,
    pub queue: jobs::JobQueue,
    pub mailer: mail::Mailer,
}

struct MailAdapter(mail::Mailer);

#[async_trait::async_trait]
impl MailSender for MailAdapter {
    async fn send(&self, m: OutgoingMail) -> Result<uuid::Uuid, String> {
        self.0.send(m).await.map_err(|e| e.to_string())
    }
}

pub fn api_config(cfg: &Config) -> anyhow::Result<ApiConfig> {
    let oidc = match (&cfg.oidc.issuer_url, &cfg.oidc.client_id) {
        (Some(issuer), Some(client)) => Some(api::state::OidcSettings {
            issuer_url: issuer.clone(),
            client_id: client.clone(),
            client_secret: cfg
                .oidc
                .client_secret
                .as_ref()
                .map(|s| s.expose_secret().to_owned()),
            display_name: cfg
                .oidc
                .display_name
                .clone()
                .unwrap_or_else(|| "single sign-on".into()),
            scopes: vec!["openid".into(), "email".into(), "profile".into()],
        }),
        _ => None,
    };
    Ok(ApiConfig {
        public_url: cfg.public_url(),
        access_ttl: Duration::from_secs(cfg.auth.access_token_minutes * 60),
        refresh_ttl: Duration::from_secs(cfg.auth.refresh_token_days * 24 * 3600),
        login_attempts_per_minute: cfg.auth.login_attempts_per_minute,
        lockout_threshold: cfg.auth.lockout_threshold,
        lockout_duration: Duration::from_secs(cfg.auth.lockout_minutes * 60),
        trusted_proxies: cfg.trusted_proxy_nets()?,
        cors_origins: crate::config::split_list(&cfg.cors_origins)
            .map(str::to_owned)
            .collect(),
        hsts: cfg.hsts,
        max_body_bytes: cfg.max_body_bytes,
        request_timeout: Duration::from_secs(cfg.request_timeout_secs),
        upload_timeout: Duration::from_secs(cfg.upload_timeout_secs),
        oidc,
        ..ApiConfig::default()
    })
}

/// Connects to the database named in the configuration and brings its schema up to date.
pub async fn open_database(cfg: &Config) -> anyhow::Result<DatabaseConnection> {
    let db = db::connect(&cfg.database_url, cfg.pool_size()).await?;
    db::migrate(&db).await?;
    Ok(db)
}

pub async fn services(cfg: &Config, db: DatabaseConnection) -> anyhow::Result<Services> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let jwt_secret = match &cfg.jwt_secret {
        Some(s) => s.expose_secret().to_owned(),
        None => secrets::get_or_create(&db, "jwt_signing_key").await?,
    };
    let queue = jobs::JobQueue::new(db.clone(), clock.clone());
    let smtp = match &cfg.smtp_url {
        Some(url) => Some(mail::SmtpConfig::parse(url.expose_secret())?),
        None => None,
    };
    let mailer = mail::Mailer::new(db.clone(), queue.clone(), smtp, cfg.mail_from.clone());
    let api_cfg = api_config(cfg)?;
    // One outbound client for the process (OIDC, later crawlers and webhooks): clones share
    // its connection pool, and its SSRF guard follows the configuration.
    let outbound = net::GuardedClient::new(net::NetConfig {
        allow_private_networks: cfg.allow_private_networks,
        ..net::NetConfig::default()
    })?;
    let mut services = axum::http::Extensions::new();
    services.insert(outbound);
    services.insert(queue.clone());
    services.insert(mailer.clone());
    // Signed file URLs share one key across instances, like the token key.
    let file_url_key = secrets::get_or_create(&db, "file_url_key").await?;
    let library = assets::AssetLibrary::new(
        cfg.storage.blob_store(&cfg.database_url)?,
        assets::UrlSigner::new(file_url_key.as_bytes()),
        cfg.storage.max_upload_bytes,
    );
    services.insert(library.signer().clone());
    let data_key = match &cfg.data_key {
        Some(s) => s.expose_secret().to_owned(),
        None => secrets::get_or_create(&db, "data_key").await?,
    };
    services.insert(agents::AgentRuntime::new(
        data_key.as_bytes(),
        cfg.allow_private_networks,
    ));
    services.insert(library);
    let state = AppState {
        db,
        clock,
        tokens: Arc::new(api::TokenKeys::new(jwt_secret.as_bytes())),
        login_limiter: Arc::new(LoginLimiter::new(api_cfg.login_attempts_per_minute)),
        config: Arc::new(api_cfg),
        mail: Arc::new(MailAdapter(mailer.clone())),
        services: Arc::new(services),
    };
    Ok(Services {
        state,
        queue,
        mailer,
    })
}

/// Every API route with its method, path and permission: the one table the docs and tests walk.
pub fn api_routes() -> (Router<AppState>, Vec<RouteInfo>) {
    identity::routes()
        .merge(platform::routes())
        .merge(onboarding::routes())
        .merge(brand::routes())
        .merge(assets::routes())
        .merge(agents::routes())
        .merge(monitoring::routes())
        .merge(research::routes())
        .into_parts()
}

pub fn router(state: AppState) -> Router {
    // The recorder must exist before the first request is counted.
    telemetry::metrics();
    let (api_v1, _) = api_routes();
    let api_v1 = api_v1
        .fallback(guard::api_not_found)
        .method_not_allowed_fallback(guard::method_not_allowed);
    let cfg = state.config.clone();
    let hsts = cfg.hsts;
    let cors = CorsLayer::new()
        .allow_origin(
            cfg.cors_origins
                .iter()
                .filter_map(|o| HeaderValue::from_str(o).ok())
                .collect::<Vec<_>>(),
        )
        .allow_methods([
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        .max_age(Duration::from_secs(600));
    Router::new()
        .nest("/api/v1", api_v1)
        .route("/api/v1/openapi.json", get(openapi_json))
        .route("/api/docs", get(web::api_docs))
        .route(
            "/api/{*rest}",
            get(guard::api_not_found).fallback(guard::api_not_found),
        )
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .fallback(web::static_or_index)
        .with_state(state.clone())
        .layer(DefaultBodyLimit::max(cfg.max_body_bytes))
        .layer({
            let (normal, upload) = (cfg.request_timeout, cfg.upload_timeout);
            axum::middleware::from_fn(move |req, next| mw::time_limit(normal, upload, req, next))
        })
        .layer(cors)
        .layer(axum::middleware::from_fn(move |req, next| {
            mw::security_headers(hsts, req, next)
        }))
        .layer(axum::middleware::from_fn(mw::request_context))
        .layer(CatchPanicLayer::custom(|_| {
            api::ApiError::internal("handler panicked").into_response()
        }))
        .layer(Extension(state))
}

async fn openapi_json() -> impl IntoResponse {
    Json(openapi::document())
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(axum::extract::State(s): axum::extract::State<AppState>) -> impl IntoResponse {
    if db::ping(&s.db).await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
    }
}

async fn metrics(axum::extract::State(s): axum::extract::State<AppState>) -> impl IntoResponse {
    if let Ok(depth) = s.service::<jobs::JobQueue>().depth().await {
        for (status, n) in [
            ("queued", depth.queued),
            ("running", depth.running),
            ("dead", depth.dead),
        ] {
            metrics::gauge!("brandium_jobs", "status" => status).set(n as f64);
        }
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        telemetry::metrics().render(),
    )
}

/// A worker that runs every job kind this build knows.
pub fn worker(svc: &Services, id: String, cfg: &Config) -> jobs::Worker {
    jobs::Worker::new(svc.queue.clone(), id)
        .register(mail::MAIL_SEND, svc.mailer.job_handler())
        .register(
            assets::THUMBNAIL_JOB,
            assets::ThumbnailJob::new(
                svc.state.db.clone(),
                svc.state.service::<assets::AssetLibrary>(),
            ),
        )
        .register(
            agents::GENERATE_JOB,
            agents::generate_job_handler(svc.state.clone()),
        )
        .register(
            monitoring::POLL_JOB,
            monitoring::poll_job_handler(svc.state.clone()),
        )
        .register(
            monitoring::WEBHOOK_JOB,
            monitoring::webhook_job_handler(svc.state.clone()),
        )
        .register(
            monitoring::DIGEST_JOB,
            monitoring::digest_job_handler(svc.state.clone()),
        )
        .register(
            brand::visual::CAPTURE_JOB,
            brand::visual::capture_job_handler(svc.state.clone()),
        )
        .register(
            research::CRAWL_JOB,
            research::crawl_job_handler(svc.state.clone()),
        )
        .register(
            research::competitors::SNAPSHOT_JOB,
            research::competitors::snapshot_job_handler(svc.state.clone()),
        )
        .concurrency(cfg.worker.concurrency.max(1))
        .poll_interval(Duration::from_millis(cfg.worker.poll_interval_ms.max(10)))
        .lease(Duration::from_secs(cfg.worker.lease_secs.max(1)))
        .shutdown_grace(Duration::from_secs(cfg.worker.shutdown_grace_secs))
}
