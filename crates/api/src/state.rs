use crate::{TokenKeys, ratelimit::LoginLimiter};
use db::sea_orm::DatabaseConnection;
use kernel::Clock;
use std::{sync::Arc, time::Duration};
use uuid::Uuid;

/// Settings the HTTP layer and the modules read at run time.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    /// Base URL users reach the app at; used in links inside emails.
    pub public_url: String,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
    pub login_attempts_per_minute: u32,
    pub lockout_threshold: i32,
    pub lockout_duration: Duration,
    pub invitation_ttl: Duration,
    pub password_reset_ttl: Duration,
    /// Peers whose X-Forwarded-For header is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub cors_origins: Vec<String>,
    /// Send HSTS (only when served over TLS, directly or behind a TLS proxy).
    pub hsts: bool,
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
    /// Time limit of multipart uploads.
    pub upload_timeout: Duration,
    pub oidc: Option<OidcSettings>,
}

#[derive(Debug, Clone)]
pub struct OidcSettings {
    pub issuer_url: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub display_name: String,
    pub scopes: Vec<String>,
}

impl Default for ApiConfig {
    fn default() -> Self {
        Self {
            public_url: "http://localhost:8080".into(),
            access_ttl: Duration::from_secs(15 * 60),
            refresh_ttl: Duration::from_secs(7 * 24 * 3600),
            login_attempts_per_minute: 5,
            lockout_threshold: 10,
            lockout_duration: Duration::from_secs(15 * 60),
            invitation_ttl: Duration::from_secs(7 * 24 * 3600),
            password_reset_ttl: Duration::from_secs(3600),
            trusted_proxies: Vec::new(),
            cors_origins: Vec::new(),
            hsts: false,
            max_body_bytes: 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            upload_timeout: Duration::from_secs(600),
            oidc: None,
        }
    }
}

pub use kernel::OutgoingMail;

#[async_trait::async_trait]
pub trait MailSender: Send + Sync + 'static {
    async fn send(&self, mail: OutgoingMail) -> Result<Uuid, String>;
}

/// Everything a handler may need. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    pub tokens: Arc<TokenKeys>,
    pub config: Arc<ApiConfig>,
    pub mail: Arc<dyn MailSender>,
    pub login_limiter: Arc<LoginLimiter>,
    /// Typed services of modules that the api crate does not know (job queue, outbound client...).
    pub services: Arc<axum::http::Extensions>,
}

impl AppState {
    /// A module service registered at start-up; panics at start-up wiring time only.
    pub fn service<T: Clone + Send + Sync + 'static>(&self) -> T {
        self.services
            .get::<T>()
            .cloned()
            .unwrap_or_else(|| panic!("service {} is not registered", std::any::type_name::<T>()))
    }
}
