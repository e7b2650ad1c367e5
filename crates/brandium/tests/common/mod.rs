//! Starts the real application on a random port against a fresh database.
#![allow(dead_code)]

use brandium::{app, config::Config, server};
use db::testing::TestDb;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub struct TestApp {
    pub url: String,
    pub http: reqwest::Client,
    pub running: Option<server::Running>,
    pub db: Option<TestDb>,
    pub backend: &'static str,
    pub cfg: Config,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Resp {
    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or_default()
    }
}

pub fn test_config() -> Config {
    let mut cfg = Config {
        listen: "127.0.0.1:0".into(),
        allow_private_networks: true,
        ..Config::default()
    };
    cfg.public_url = Some("http://brandium.test".into());
    cfg.worker.poll_interval_ms = 20;
    // Asset files of each test app go to a directory of their own, never into the repository.
    cfg.storage.path = Some(
        std::env::temp_dir()
            .join(format!("brandium-files-{}", uuid::Uuid::new_v4().simple()))
            .display()
            .to_string(),
    );
    // Most tests sign in many times from one address; the limit itself has its own test.
    cfg.auth.login_attempts_per_minute = 1000;
    cfg
}

impl TestApp {
    pub async fn start(backend: &'static str) -> Self {
        Self::start_with(backend, |_| {}).await
    }

    pub async fn start_with(backend: &'static str, tweak: impl FnOnce(&mut Config)) -> Self {
        let db = TestDb::new(backend).await;
        let mut cfg = test_config();
        cfg.database_url = db.url.clone();
        tweak(&mut cfg);
        let services = app::services(&cfg, db.conn.clone())
            .await
            .expect("services");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let running = server::start(&cfg, services, listener, true)
            .await
            .expect("start");
        Self {
            url: running.url(),
            http: reqwest::Client::new(),
            running: Some(running),
            db: Some(db),
            backend,
            cfg,
        }
    }

    /// Stops the server and starts a new one on the same database (a restart).
    pub async fn restart(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
        let db = self.db.as_ref().unwrap();
        let conn = db::connect(&db.url, 4).await.unwrap();
        let services = app::services(&self.cfg, conn).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let running = server::start(&self.cfg, services, listener, true)
            .await
            .unwrap();
        self.url = running.url();
        self.running = Some(running);
    }

    pub async fn stop(mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
        if let Some(db) = self.db.take() {
            db.drop_db().await;
        }
    }

    pub fn state(&self) -> &api::AppState {
        &self.running.as_ref().unwrap().services.state
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Resp {
        let mut req = self.http.request(method, format!("{}{}", self.url, path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.expect("request");
        let status = res.status();
        let headers = res.headers().clone();
        let text = res.text().await.unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Resp {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Resp {
        self.call(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Resp {
        self.call(Method::POST, path, token, Some(body)).await
    }

    /// Signs up a new user with their own organization; returns the token response.
    pub async fn signup(&self, email: &str, org: &str) -> Value {
        let r = self
            .post("/api/v1/auth/signup", None, json!({"email": email, "password": PASSWORD, "name": name_of(email), "organization_name": org}))
            .await;
        assert_eq!(
            r.status,
            StatusCode::CREATED,
            "signup {email}: {:?}",
            r.body
        );
        r.body
    }

    pub async fn login(&self, email: &str, password: &str) -> Resp {
        self.post(
            "/api/v1/auth/login",
            None,
            json!({"email": email, "password": password}),
        )
        .await
    }

    /// Invites `email` as `role` and accepts with a new account; returns the invitee's tokens.
    pub async fn add_member(&self, admin_token: &str, email: &str, role: &str) -> Value {
        let r = self
            .post(
                "/api/v1/users/invite",
                Some(admin_token),
                json!({"email": email, "role": role}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
        let token = self.invitation_token_for(admin_token, email).await;
        let r = self
            .post(
                "/api/v1/auth/invitations/accept",
                None,
                json!({"token": token, "name": name_of(email), "password": PASSWORD}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        r.body
    }

    /// Reads the newest invitation mail for `email` from the outbox and returns its token.
    pub async fn invitation_token_for(&self, admin_token: &str, email: &str) -> String {
        let r = self.get("/api/v1/mail/outbox", admin_token).await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        let mail = r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["to"] == email && m["kind"] == "invitation")
            .expect("invitation mail in outbox");
        token_from_link(mail["body_text"].as_str().unwrap(), "/accept-invite?token=")
    }
}

pub const PASSWORD: &str = "correct horse battery staple";

pub fn name_of(email: &str) -> String {
    let local = email.split('@').next().unwrap_or("someone");
    let mut c = local.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub fn token_from_link(text: &str, marker: &str) -> String {
    let start = text.find(marker).expect("link in mail") + marker.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

pub fn access(tokens: &Value) -> String {
    tokens["access_token"].as_str().unwrap().to_owned()
}

pub fn refresh(tokens: &Value) -> String {
    tokens["refresh_token"].as_str().unwrap().to_owned()
}

/// Runs `f` once per backend (SQLite, and PostgreSQL when TEST_DATABASE_URL is set).
#[macro_export]
macro_rules! on_every_backend {
    ($f:ident) => {
        for backend in db::testing::backends() {
            $f(backend).await;
        }
    };
}

/// The organization id of a token response.
pub fn org_id(tokens: &Value) -> uuid::Uuid {
    tokens["organization"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// Creates a brand through the API; returns the brand as answered.
pub async fn create_brand(app: &TestApp, token: &str, name: &str) -> Value {
    let r = app
        .post("/api/v1/brands", Some(token), json!({"name": name}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    r.body
}

/// Creates a brand through the API; returns its id.
pub async fn create_brand_id(app: &TestApp, token: &str, name: &str) -> String {
    create_brand(app, token, name).await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}
