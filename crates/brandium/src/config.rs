//! Configuration: defaults, then `brandium.toml`, then `BRANDIUM_*` environment variables
//! (`__` for nesting, `*_FILE` to read a secret from a file).

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `sqlite://path` (created on first start) or `postgres://…`.
    pub database_url: String,
    /// Connection pool size; 0 picks two per core plus two, which measured best on small machines.
    pub database_max_connections: u32,
    /// Address the server listens on.
    pub listen: String,
    /// URL people use to reach Brandium; links in emails point here. Defaults to `http://<listen>`.
    pub public_url: Option<String>,
    /// Signing key for access tokens. Generated and stored in the database on first start when unset.
    #[serde(serialize_with = "hide")]
    pub jwt_secret: Option<SecretString>,
    /// Key that encrypts stored provider API keys. Generated and kept in the database when unset;
    /// set it (32+ characters) so that a copy of the database alone does not open the keys.
    #[serde(serialize_with = "hide")]
    pub data_key: Option<SecretString>,
    /// `smtp://user:pass@host:587?tls=required` or `smtps://…`. Without it mail stays in the outbox.
    #[serde(serialize_with = "hide")]
    pub smtp_url: Option<SecretString>,
    pub mail_from: String,
    /// Lets outbound requests reach private, loopback and link-local addresses (tests, intranets).
    pub allow_private_networks: bool,
    /// `text` or `json`.
    pub log_format: String,
    /// A tracing filter such as `info` or `brandium=debug,info`.
    pub log_level: String,
    /// Comma-separated CIDRs of reverse proxies whose X-Forwarded-For is trusted.
    pub trusted_proxies: String,
    /// Comma-separated origins allowed to call the API from a browser (same origin needs none).
    pub cors_origins: String,
    /// Send Strict-Transport-Security (set when served over HTTPS).
    pub hsts: bool,
    pub max_body_bytes: usize,
    pub request_timeout_secs: u64,
    /// Time limit of a multipart upload, in seconds.
    pub upload_timeout_secs: u64,
    pub auth: AuthConfig,
    pub oidc: OidcConfig,
    pub worker: WorkerConfig,
    pub storage: StorageConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    pub login_attempts_per_minute: u32,
    pub lockout_threshold: i32,
    pub lockout_minutes: u64,
    pub access_token_minutes: u64,
    pub refresh_token_days: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OidcConfig {
    /// Issuer URL (discovery at `<issuer>/.well-known/openid-configuration`). SSO is off when unset.
    pub issuer_url: Option<String>,
    pub client_id: Option<String>,
    #[serde(serialize_with = "hide")]
    pub client_secret: Option<SecretString>,
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkerConfig {
    pub concurrency: usize,
    pub poll_interval_ms: u64,
    /// How long a worker holds a job without renewing it; after a crash the job is picked up
    /// again once this runs out.
    pub lease_secs: u64,
    /// On shutdown, how long running jobs may finish before they are left for the next worker.
    pub shutdown_grace_secs: u64,
}

/// Where asset files are kept (`[storage]`, `BRANDIUM_STORAGE__*`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StorageConfig {
    /// `local` (a directory) or `s3` (S3-compatible object storage, path-style).
    pub backend: String,
    /// Directory of the local backend, and of upload spool files for both backends. Defaults to
    /// `files` next to the SQLite database, or `./data/files` with PostgreSQL.
    pub path: Option<String>,
    /// Largest upload accepted, in bytes; larger files are refused with `file_too_large`.
    pub max_upload_bytes: u64,
    /// S3 endpoint URL, e.g. `https://s3.eu-west-1.amazonaws.com` or `http://minio:9000`.
    pub s3_endpoint: Option<String>,
    pub s3_bucket: Option<String>,
    pub s3_region: String,
    pub s3_access_key: Option<String>,
    #[serde(serialize_with = "hide")]
    pub s3_secret_key: Option<SecretString>,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            backend: "local".into(),
            path: None,
            max_upload_bytes: assets::DEFAULT_MAX_UPLOAD_BYTES,
            s3_endpoint: None,
            s3_bucket: None,
            s3_region: "us-east-1".into(),
            s3_access_key: None,
            s3_secret_key: None,
        }
    }
}

impl StorageConfig {
    /// The local directory: configured, or `files` beside the SQLite file, or `./data/files`.
    pub fn root(&self, database_url: &str) -> std::path::PathBuf {
        if let Some(p) = self.path.as_deref().filter(|p| !p.is_empty()) {
            return p.into();
        }
        let sqlite_dir = database_url
            .strip_prefix("sqlite://")
            .or_else(|| database_url.strip_prefix("sqlite:"))
            .map(|rest| rest.split('?').next().unwrap_or_default())
            .filter(|p| !p.is_empty() && *p != ":memory:")
            .and_then(|p| std::path::Path::new(p).parent().map(|d| d.to_path_buf()));
        match sqlite_dir {
            Some(d) if !d.as_os_str().is_empty() => d.join("files"),
            Some(_) => "files".into(),
            None => std::path::Path::new("data").join("files"),
        }
    }

    fn validate(&self) -> Result<(), ConfigError> {
        match self.backend.as_str() {
            "local" => {}
            "s3" => {
                let missing: Vec<&str> = [
                    ("s3_endpoint", self.s3_endpoint.is_none()),
                    ("s3_bucket", self.s3_bucket.is_none()),
                    ("s3_access_key", self.s3_access_key.is_none()),
                    ("s3_secret_key", self.s3_secret_key.is_none()),
                ]
                .into_iter()
                .filter_map(|(k, m)| m.then_some(k))
                .collect();
                if !missing.is_empty() {
                    return Err(ConfigError::Invalid(format!(
                        "storage backend s3 needs storage.{}",
                        missing.join(", storage.")
                    )));
                }
            }
            other => {
                return Err(ConfigError::Invalid(format!(
                    "storage.backend must be local or s3, not {other:?}"
                )));
            }
        }
        if self.max_upload_bytes == 0 {
            return Err(ConfigError::Invalid(
                "storage.max_upload_bytes must be positive".into(),
            ));
        }
        Ok(())
    }

    /// The configured store.
    pub fn blob_store(
        &self,
        database_url: &str,
    ) -> Result<std::sync::Arc<dyn assets::storage::BlobStore>, ConfigError> {
        let root = self.root(database_url);
        if self.backend != "s3" {
            return Ok(std::sync::Arc::new(assets::storage::LocalStore::new(root)));
        }
        let store = assets::storage::S3Store::new(assets::storage::S3Settings {
            endpoint: self.s3_endpoint.clone().unwrap_or_default(),
            bucket: self.s3_bucket.clone().unwrap_or_default(),
            region: self.s3_region.clone(),
            access_key: self.s3_access_key.clone().unwrap_or_default(),
            secret_key: self
                .s3_secret_key
                .clone()
                .unwrap_or_else(|| SecretString::from("")),
            spool_dir: root.join(".tmp"),
        })
        .map_err(|e| ConfigError::Invalid(format!("storage: {e}")))?;
        Ok(std::sync::Arc::new(store))
    }
}

fn hide<S: serde::Serializer>(v: &Option<SecretString>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(_) => s.serialize_some("********"),
        None => s.serialize_none(),
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: "sqlite://./data/brandium.db".into(),
            database_max_connections: 0,
            listen: "127.0.0.1:8080".into(),
            public_url: None,
            jwt_secret: None,
            data_key: None,
            smtp_url: None,
            mail_from: "Brandium <no-reply@brandium.localhost>".into(),
            allow_private_networks: false,
            log_format: "text".into(),
            log_level: "info".into(),
            trusted_proxies: String::new(),
            cors_origins: String::new(),
            hsts: false,
            max_body_bytes: 1024 * 1024,
            request_timeout_secs: 30,
            upload_timeout_secs: 600,
            auth: AuthConfig::default(),
            oidc: OidcConfig::default(),
            worker: WorkerConfig::default(),
            storage: StorageConfig::default(),
        }
    }
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            login_attempts_per_minute: 5,
            lockout_threshold: 10,
            lockout_minutes: 15,
            access_token_minutes: 15,
            refresh_token_days: 7,
        }
    }
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            concurrency: 4,
            poll_interval_ms: 500,
            lease_secs: 60,
            shutdown_grace_secs: 10,
        }
    }
}

/// Environment variables that are configuration keys (upper-cased, `__` for nesting).
fn known_env_keys() -> Vec<String> {
    let value = serde_json::to_value(Config::default()).unwrap_or_default();
    let mut keys = Vec::new();
    if let Some(obj) = value.as_object() {
        for (k, v) in obj {
            match v.as_object() {
                Some(inner) => keys.extend(
                    inner
                        .keys()
                        .map(|ik| format!("{}__{}", k, ik).to_uppercase()),
                ),
                None => keys.push(k.to_uppercase()),
            }
        }
    }
    keys
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Invalid(String),
}

pub struct Loaded {
    pub config: Config,
    pub warnings: Vec<String>,
}

/// Loads the configuration from `toml_path` (when it exists) and the process environment.
pub fn load(toml_path: &str) -> Result<Loaded, ConfigError> {
    let known = known_env_keys();
    let mut warnings = Vec::new();
    let mut secrets = serde_json::Map::new();
    for (name, value) in std::env::vars() {
        let Some(key) = name.strip_prefix("BRANDIUM_") else {
            continue;
        };
        if known.iter().any(|k| k == key) {
            continue;
        }
        match key
            .strip_suffix("_FILE")
            .filter(|base| known.iter().any(|k| k == base))
        {
            Some(base) => {
                let content = std::fs::read_to_string(&value).map_err(|e| {
                    ConfigError::Invalid(format!("{name}: cannot read {value}: {e}"))
                })?;
                insert_path(
                    &mut secrets,
                    base,
                    content.trim_end_matches(['\n', '\r']).to_owned(),
                );
            }
            None => warnings.push(format!("unknown configuration variable {name} is ignored")),
        }
    }
    let env = Env::prefixed("BRANDIUM_")
        .filter(move |k| {
            known
                .iter()
                .any(|known| known.eq_ignore_ascii_case(k.as_str()))
        })
        .split("__");
    let config: Config = Figment::from(Serialized::defaults(Config::default()))
        .merge(Toml::file(toml_path))
        .merge(env)
        .merge(Serialized::globals(serde_json::Value::Object(secrets)))
        .extract()
        .map_err(|e| ConfigError::Invalid(e.to_string()))?;
    config.validate()?;
    Ok(Loaded { config, warnings })
}

fn insert_path(map: &mut serde_json::Map<String, serde_json::Value>, key: &str, value: String) {
    match key.split_once("__") {
        Some((table, field)) => {
            let entry = map
                .entry(table.to_lowercase())
                .or_insert_with(|| serde_json::json!({}));
            if let Some(inner) = entry.as_object_mut() {
                inner.insert(field.to_lowercase(), serde_json::Value::String(value));
            }
        }
        None => {
            map.insert(key.to_lowercase(), serde_json::Value::String(value));
        }
    }
}

impl Config {
    fn validate(&self) -> Result<(), ConfigError> {
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::Invalid(
                "database_url must start with sqlite:// or postgres://".into(),
            ));
        }
        self.listen.parse::<std::net::SocketAddr>().map_err(|_| {
            ConfigError::Invalid(format!(
                "listen must be an address such as 127.0.0.1:8080, not {:?}",
                self.listen
            ))
        })?;
        self.trusted_proxy_nets()?;
        if self
            .jwt_secret
            .as_ref()
            .is_some_and(|s| s.expose_secret().len() < 32)
        {
            return Err(ConfigError::Invalid(
                "jwt_secret must be at least 32 characters".into(),
            ));
        }
        if self
            .data_key
            .as_ref()
            .is_some_and(|s| s.expose_secret().len() < 32)
        {
            return Err(ConfigError::Invalid(
                "data_key must be at least 32 characters".into(),
            ));
        }
        self.storage.validate()?;
        if !matches!(self.log_format.as_str(), "text" | "json") {
            return Err(ConfigError::Invalid(
                "log_format must be text or json".into(),
            ));
        }
        Ok(())
    }

    pub fn trusted_proxy_nets(&self) -> Result<Vec<ipnet::IpNet>, ConfigError> {
        split_list(&self.trusted_proxies)
            .map(|s| {
                s.parse::<ipnet::IpNet>()
                    .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| {
                        ConfigError::Invalid(format!(
                            "trusted_proxies: {s:?} is not an address or CIDR"
                        ))
                    })
            })
            .collect()
    }

    /// The pool size: the configured one, or two connections per core plus two. More connections
    /// than that only make the database's processes compete for the same cores (see bench/README.md).
    pub fn pool_size(&self) -> u32 {
        match self.database_max_connections {
            0 => {
                std::thread::available_parallelism()
                    .map_or(2, |n| u32::try_from(n.get()).unwrap_or(2))
                    * 2
                    + 2
            }
            n => n,
        }
    }

    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen.replace("0.0.0.0", "localhost")))
    }

    /// The effective configuration with secrets hidden, as TOML.
    pub fn render(&self) -> String {
        toml_like(&serde_json::to_value(self).unwrap_or_default())
    }
}

pub fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn toml_like(v: &serde_json::Value) -> String {
    let mut top = String::new();
    let mut tables = String::new();
    if let Some(obj) = v.as_object() {
        for (k, v) in obj {
            match v {
                serde_json::Value::Object(inner) => {
                    tables.push_str(&format!("\n[{k}]\n"));
                    for (ik, iv) in inner {
                        tables.push_str(&format!("{ik} = {}\n", scalar(iv)));
                    }
                }
                _ => top.push_str(&format!("{k} = {}\n", scalar(v))),
            }
        }
    }
    top + &tables
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "# (unset)".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
// figment::Jail's closures must return figment's own (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn defaults_then_file_then_environment() {
        figment::Jail::expect_with(|jail| {
            let l = load("missing.toml").map_err(|e| e.to_string())?;
            assert_eq!(l.config.database_url, "sqlite://./data/brandium.db");
            assert_eq!(l.config.listen, "127.0.0.1:8080");
            assert_eq!(l.config.public_url(), "http://127.0.0.1:8080");
            assert!(l.config.pool_size() >= 4, "auto pool size");

            jail.create_file(
                "brandium.toml",
                "listen = \"0.0.0.0:9000\"\nlog_format = \"json\"\n[auth]\nlockout_threshold = 7\n",
            )?;
            jail.set_env("BRANDIUM_LISTEN", "127.0.0.1:9100");
            jail.set_env("BRANDIUM_AUTH__LOGIN_ATTEMPTS_PER_MINUTE", "9");
            jail.create_file("jwt.txt", "0123456789abcdef0123456789abcdef-from-file\n")?;
            jail.set_env("BRANDIUM_JWT_SECRET_FILE", "jwt.txt");
            jail.set_env("BRANDIUM_LISTNE", "typo");
            let l = load("brandium.toml").map_err(|e| e.to_string())?;
            assert_eq!(
                l.config.listen, "127.0.0.1:9100",
                "environment wins over the file"
            );
            assert_eq!(l.config.log_format, "json", "the file wins over defaults");
            assert_eq!(l.config.auth.lockout_threshold, 7);
            assert_eq!(l.config.auth.login_attempts_per_minute, 9);
            assert_eq!(
                l.config
                    .jwt_secret
                    .as_ref()
                    .map(|s| s.expose_secret().to_owned())
                    .as_deref(),
                Some("0123456789abcdef0123456789abcdef-from-file")
            );
            assert_eq!(
                l.warnings,
                vec!["unknown configuration variable BRANDIUM_LISTNE is ignored".to_owned()]
            );
            let shown = l.config.render();
            assert!(shown.contains("jwt_secret = \"********\""), "{shown}");
            assert!(!shown.contains("from-file"));
            Ok(())
        });
    }

    #[test]
    fn storage_is_local_by_default_and_s3_by_configuration() {
        figment::Jail::expect_with(|jail| {
            let l = load("none.toml").map_err(|e| e.to_string())?;
            assert_eq!(l.config.storage.backend, "local");
            assert_eq!(l.config.storage.max_upload_bytes, 50 * 1024 * 1024);
            assert_eq!(
                l.config.storage.root("sqlite://./data/brandium.db"),
                std::path::Path::new("./data/files")
            );
            assert_eq!(
                l.config.storage.root("postgres://x@h/db"),
                std::path::Path::new("data/files")
            );
            jail.set_env("BRANDIUM_STORAGE__BACKEND", "s3");
            let err = load("none.toml")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(err.contains("storage.s3_endpoint"), "{err}");
            jail.set_env("BRANDIUM_STORAGE__S3_ENDPOINT", "http://127.0.0.1:9000");
            jail.set_env("BRANDIUM_STORAGE__S3_BUCKET", "brand-files");
            jail.set_env("BRANDIUM_STORAGE__S3_ACCESS_KEY", "minio");
            jail.create_file("s3.key", "very-secret-key\n")?;
            jail.set_env("BRANDIUM_STORAGE__S3_SECRET_KEY_FILE", "s3.key");
            jail.set_env("BRANDIUM_STORAGE__MAX_UPLOAD_BYTES", "1000");
            let l = load("none.toml").map_err(|e| e.to_string())?;
            assert!(l.warnings.is_empty(), "{:?}", l.warnings);
            assert_eq!(l.config.storage.max_upload_bytes, 1000);
            assert_eq!(
                l.config
                    .storage
                    .s3_secret_key
                    .as_ref()
                    .map(|s| s.expose_secret().to_owned())
                    .as_deref(),
                Some("very-secret-key")
            );
            assert!(l.config.storage.blob_store(&l.config.database_url).is_ok());
            let shown = l.config.render();
            assert!(shown.contains("s3_secret_key = \"********\""), "{shown}");
            assert!(!shown.contains("very-secret-key"));
            jail.set_env("BRANDIUM_STORAGE__BACKEND", "ftp");
            assert!(load("none.toml").is_err());
            Ok(())
        });
    }

    #[test]
    fn bad_values_are_refused_with_a_reason() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("BRANDIUM_LISTEN", "eight-thousand");
            let err = load("none.toml")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(err.contains("listen"), "{err}");
            jail.set_env("BRANDIUM_LISTEN", "127.0.0.1:8080");
            jail.set_env("BRANDIUM_JWT_SECRET", "short");
            assert!(load("none.toml").is_err());
            jail.set_env("BRANDIUM_JWT_SECRET", "0123456789abcdef0123456789abcdef");
            jail.set_env("BRANDIUM_DATABASE_URL", "mysql://x");
            assert!(load("none.toml").is_err());
            jail.set_env("BRANDIUM_DATABASE_URL", "sqlite://x.db");
            jail.set_env("BRANDIUM_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.1");
            let l = load("none.toml").map_err(|e| e.to_string())?;
            assert_eq!(
                l.config
                    .trusted_proxy_nets()
                    .map_err(|e| e.to_string())?
                    .len(),
                2
            );
            Ok(())
        });
    }
}
