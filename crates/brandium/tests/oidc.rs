//! OpenID Connect single sign-on against a local identity provider started in each test:
//! discovery, JWKS, an authorization endpoint that "logs the user in" at once, and a token
//! endpoint that checks PKCE and client credentials and signs ID tokens with RS256.

mod common;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::{KeyPair, KeySize};
use aws_lc_rs::signature::{KeyPair as _, RSA_PKCS1_SHA256};
use axum::{
    Form, Json, Router,
    extract::{Query, State},
    http::{HeaderMap, StatusCode as AxumStatus, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use base64::{Engine, engine::general_purpose::STANDARD, engine::general_purpose::URL_SAFE_NO_PAD};
use common::*;
use db::entities::user;
use db::sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use reqwest::{Method, StatusCode, Url};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const CLIENT_ID: &str = "brandium-web";
const CLIENT_SECRET: &str = "provider-issued-secret";
const KEY_ID: &str = "test-key-1";
const PUBLIC_URL: &str = "http://brandium.test";

/// How the provider misbehaves, per test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Behaviour {
    Honest,
    WrongNonce,
    WrongAudience,
    /// Signed by a key that is not in the JWKS, under the published key id.
    BadSignature,
    /// The user refuses consent: the provider redirects back with `error=access_denied`.
    Deny,
}

#[derive(Debug, Clone)]
struct Person {
    sub: String,
    email: String,
    name: String,
    email_verified: Option<bool>,
}

fn person(sub: &str, email: &str, name: &str) -> Person {
    Person {
        sub: sub.into(),
        email: email.into(),
        name: name.into(),
        email_verified: Some(true),
    }
}

/// What `/authorize` was asked for, kept until the code is redeemed.
#[derive(Debug, Clone)]
struct Grant {
    nonce: String,
    code_challenge: String,
    redirect_uri: String,
}

struct ProviderState {
    issuer: String,
    signing_key: KeyPair,
    /// A key the JWKS does not publish, for forged signatures.
    rogue_key: KeyPair,
    person: Person,
    behaviour: Behaviour,
    grants: HashMap<String, Grant>,
    discoveries: usize,
}

struct Provider {
    url: String,
    state: Arc<Mutex<ProviderState>>,
}

impl Provider {
    async fn start(person: Person) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(ProviderState {
            issuer: url.clone(),
            signing_key: KeyPair::generate(KeySize::Rsa2048).unwrap(),
            rogue_key: KeyPair::generate(KeySize::Rsa2048).unwrap(),
            person,
            behaviour: Behaviour::Honest,
            grants: HashMap::new(),
            discoveries: 0,
        }));
        let router = Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/authorize", get(authorize))
            .route("/token", post(token))
            .with_state(state.clone());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        Self { url, state }
    }

    fn set_person(&self, person: Person) {
        self.state.lock().unwrap().person = person;
    }

    fn set_behaviour(&self, behaviour: Behaviour) {
        self.state.lock().unwrap().behaviour = behaviour;
    }

    fn discoveries(&self) -> usize {
        self.state.lock().unwrap().discoveries
    }
}

type Shared = State<Arc<Mutex<ProviderState>>>;

async fn discovery(State(s): Shared) -> Json<Value> {
    let mut s = s.lock().unwrap();
    s.discoveries += 1;
    let issuer = &s.issuer;
    Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "scopes_supported": ["openid", "email", "profile"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        "code_challenge_methods_supported": ["S256"],
    }))
}

async fn jwks(State(s): Shared) -> Json<Value> {
    let s = s.lock().unwrap();
    let public = s.signing_key.public_key();
    Json(json!({"keys": [{
        "kty": "RSA", "use": "sig", "alg": "RS256", "kid": KEY_ID,
        "n": URL_SAFE_NO_PAD.encode(public.modulus().big_endian_without_leading_zero()),
        "e": URL_SAFE_NO_PAD.encode(public.exponent().big_endian_without_leading_zero()),
    }]}))
}

/// Logs the configured person in without asking and sends the browser back with a code.
async fn authorize(State(s): Shared, Query(q): Query<HashMap<String, String>>) -> Response {
    let mut s = s.lock().unwrap();
    let redirect_uri = q.get("redirect_uri").cloned().unwrap_or_default();
    let mut back = Url::parse(&redirect_uri).expect("redirect_uri is a URL");
    if let Some(state) = q.get("state") {
        back.query_pairs_mut().append_pair("state", state);
    }
    if s.behaviour == Behaviour::Deny {
        back.query_pairs_mut().append_pair("error", "access_denied");
        return found(&back);
    }
    let code = format!("code-{}", uuid::Uuid::new_v4().simple());
    s.grants.insert(
        code.clone(),
        Grant {
            nonce: q.get("nonce").cloned().unwrap_or_default(),
            code_challenge: q.get("code_challenge").cloned().unwrap_or_default(),
            redirect_uri,
        },
    );
    back.query_pairs_mut().append_pair("code", &code);
    found(&back)
}

/// Providers answer the authorization request with 302 and no-store, as the app does.
fn found(location: &Url) -> Response {
    (
        AxumStatus::FOUND,
        [
            (header::LOCATION, location.to_string()),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
    )
        .into_response()
}

#[derive(Deserialize)]
struct TokenForm {
    grant_type: String,
    code: String,
    redirect_uri: Option<String>,
    code_verifier: Option<String>,
}

fn oauth_error(status: AxumStatus, error: &str) -> Response {
    (status, Json(json!({"error": error}))).into_response()
}

async fn token(State(s): Shared, headers: HeaderMap, Form(form): Form<TokenForm>) -> Response {
    let mut s = s.lock().unwrap();
    let expected = format!(
        "Basic {}",
        STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"))
    );
    if headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        != Some(&expected)
    {
        return oauth_error(AxumStatus::UNAUTHORIZED, "invalid_client");
    }
    if form.grant_type != "authorization_code" {
        return oauth_error(AxumStatus::BAD_REQUEST, "unsupported_grant_type");
    }
    // A code is good once, whatever happens next.
    let Some(grant) = s.grants.remove(&form.code) else {
        return oauth_error(AxumStatus::BAD_REQUEST, "invalid_grant");
    };
    let verifier = form.code_verifier.unwrap_or_default();
    let challenge = URL_SAFE_NO_PAD.encode(aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA256,
        verifier.as_bytes(),
    ));
    if verifier.is_empty() || challenge != grant.code_challenge {
        return oauth_error(AxumStatus::BAD_REQUEST, "invalid_grant");
    }
    if form.redirect_uri.as_deref() != Some(grant.redirect_uri.as_str()) {
        return oauth_error(AxumStatus::BAD_REQUEST, "invalid_grant");
    }
    let id_token = id_token(&s, &grant);
    Json(json!({
        "access_token": "provider-access-token",
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": id_token,
    }))
    .into_response()
}

fn id_token(s: &ProviderState, grant: &Grant) -> String {
    let now = chrono::Utc::now().timestamp();
    let p = &s.person;
    let mut claims = json!({
        "iss": s.issuer,
        "aud": if s.behaviour == Behaviour::WrongAudience { "another-client" } else { CLIENT_ID },
        "sub": p.sub,
        "email": p.email,
        "name": p.name,
        "nonce": if s.behaviour == Behaviour::WrongNonce { "a-nonce-from-elsewhere" } else { grant.nonce.as_str() },
        "iat": now,
        "exp": now + 300,
    });
    if let Some(verified) = p.email_verified {
        claims["email_verified"] = json!(verified);
    }
    let key = if s.behaviour == Behaviour::BadSignature {
        &s.rogue_key
    } else {
        &s.signing_key
    };
    sign_rs256(key, &claims)
}

fn sign_rs256(key: &KeyPair, claims: &Value) -> String {
    let header = json!({"alg": "RS256", "typ": "JWT", "kid": KEY_ID});
    let signing_input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let mut signature = vec![0; key.public_modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        signing_input.as_bytes(),
        &mut signature,
    )
    .unwrap();
    format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

async fn start_app(backend: &'static str, provider: &Provider) -> TestApp {
    let issuer = provider.url.clone();
    TestApp::start_with(backend, move |cfg| {
        cfg.oidc.issuer_url = Some(issuer);
        cfg.oidc.client_id = Some(CLIENT_ID.into());
        cfg.oidc.client_secret = Some(CLIENT_SECRET.into());
        cfg.oidc.display_name = Some("Acme Okta".into());
    })
    .await
}

/// A browser that shows us every redirect instead of following it.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn redirect_from(url: &str) -> Url {
    let r = browser().get(url).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FOUND, "{url}: {:?}", r.text().await);
    assert_eq!(r.headers()[reqwest::header::CACHE_CONTROL], "no-store");
    Url::parse(r.headers()[reqwest::header::LOCATION].to_str().unwrap()).unwrap()
}

fn param(url: &Url, name: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The app is configured with a public URL it is not served at; send the browser to the
/// test server instead, with the same path and query.
fn on_app(app: &TestApp, url: &Url) -> String {
    assert!(url.as_str().starts_with(PUBLIC_URL), "{url}");
    format!("{}{}", app.url, &url.as_str()[PUBLIC_URL.len()..])
}

struct Attempt {
    authorize: Url,
    /// The provider's redirect back to the app, on the test server.
    callback: String,
    landed: Url,
}

impl Attempt {
    fn tokens(&self) -> HashMap<String, String> {
        assert!(
            self.landed
                .as_str()
                .starts_with(&format!("{PUBLIC_URL}/auth/callback#")),
            "landed on {}",
            self.landed
        );
        assert_eq!(
            self.landed.query(),
            None,
            "tokens never go in a query string"
        );
        let fragment = self.landed.fragment().unwrap();
        Url::parse(&format!("http://fragment/?{fragment}"))
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect()
    }

    fn access_token(&self) -> String {
        self.tokens()["access_token"].clone()
    }

    fn sso_error(&self) -> String {
        sso_error(&self.landed)
    }
}

fn sso_error(landed: &Url) -> String {
    assert_eq!(landed.path(), "/login", "landed on {landed}");
    param(landed, "sso_error").expect("sso_error")
}

/// Clicks "Sign in with SSO", is logged in by the provider, and comes back to the app.
async fn sso_login(app: &TestApp) -> Attempt {
    let authorize = redirect_from(&format!("{}/api/v1/auth/oidc/login", app.url)).await;
    let back = redirect_from(authorize.as_str()).await;
    let callback = on_app(app, &back);
    let landed = redirect_from(&callback).await;
    Attempt {
        authorize,
        callback,
        landed,
    }
}

async fn me(app: &TestApp, access_token: &str) -> Value {
    let r = app.get("/api/v1/auth/user", access_token).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body
}

async fn users_with_email(app: &TestApp, email: &str) -> u64 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .count(&app.state().db)
        .await
        .unwrap()
}

async fn signs_in_reuses_and_links_accounts(backend: &'static str) {
    let provider = Provider::start(person("g-1815", "grace@example.com", "Grace Hopper")).await;
    let app = start_app(backend, &provider).await;

    let status = app.call(Method::GET, "/api/v1/auth/oidc", None, None).await;
    assert_eq!(status.status, StatusCode::OK);
    assert_eq!(
        status.body,
        json!({"enabled": true, "display_name": "Acme Okta"})
    );

    // The first login creates the account with its own workspace.
    let first = sso_login(&app).await;
    let a = &first.authorize;
    assert!(
        a.as_str()
            .starts_with(&format!("{}/authorize?", provider.url))
    );
    assert_eq!(param(a, "response_type").as_deref(), Some("code"));
    assert_eq!(param(a, "client_id").as_deref(), Some(CLIENT_ID));
    assert_eq!(param(a, "code_challenge_method").as_deref(), Some("S256"));
    assert_eq!(param(a, "code_challenge").map(|c| c.len()), Some(43));
    assert!(param(a, "state").is_some_and(|s| s.len() >= 16));
    assert!(param(a, "nonce").is_some_and(|n| n.len() >= 16));
    assert_eq!(
        param(a, "redirect_uri").as_deref(),
        Some("http://brandium.test/api/v1/auth/oidc/callback")
    );
    let scopes = param(a, "scope").unwrap();
    for scope in ["openid", "email", "profile"] {
        assert!(scopes.split(' ').any(|s| s == scope), "{scope} in {scopes}");
    }
    let tokens = first.tokens();
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], "900");
    assert!(!tokens["refresh_token"].is_empty());
    let grace = me(&app, &tokens["access_token"]).await;
    assert_eq!(grace["user"]["email"], "grace@example.com");
    assert_eq!(grace["user"]["name"], "Grace Hopper");
    assert_eq!(grace["organization"]["name"], "Grace Hopper's workspace");
    assert_eq!(grace["role"], "admin");
    let refreshed = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": tokens["refresh_token"]}),
        )
        .await;
    assert_eq!(refreshed.status, StatusCode::OK, "{:?}", refreshed.body);
    let audit = app
        .get(
            "/api/v1/audit-log?action=login.sso",
            &tokens["access_token"],
        )
        .await;
    assert_eq!(
        audit.body["items"].as_array().unwrap().len(),
        1,
        "{:?}",
        audit.body
    );
    assert_eq!(audit.body["items"][0]["metadata"]["account"], "created");

    // The same subject again, even with a new address at the provider, is the same account.
    provider.set_person(person("g-1815", "grace@navy.example", "Grace Hopper"));
    let again = me(&app, &sso_login(&app).await.access_token()).await;
    assert_eq!(again["user"]["id"], grace["user"]["id"]);
    assert_eq!(again["organization"]["id"], grace["organization"]["id"]);
    let orgs = app
        .get(
            "/api/v1/auth/organizations",
            &sso_login(&app).await.access_token(),
        )
        .await;
    assert_eq!(orgs.body["items"].as_array().unwrap().len(), 1);
    assert_eq!(users_with_email(&app, "grace@navy.example").await, 0);

    // A password account with the provider's address is linked, not duplicated.
    let ada = app.signup("ada@example.com", "Analytical Engines").await;
    provider.set_person(person("a-1842", "Ada@Example.com", "Ada Lovelace"));
    let linked = me(&app, &sso_login(&app).await.access_token()).await;
    assert_eq!(linked["user"]["id"], ada["user"]["id"]);
    assert_eq!(linked["organization"]["name"], "Analytical Engines");
    assert_eq!(users_with_email(&app, "ada@example.com").await, 1);
    assert_eq!(
        app.login("ada@example.com", PASSWORD).await.status,
        StatusCode::OK
    );
    let relogin = me(&app, &sso_login(&app).await.access_token()).await;
    assert_eq!(relogin["user"]["id"], ada["user"]["id"]);

    // Five logins, one discovery: metadata and keys are cached, not fetched per login.
    assert_eq!(provider.discoveries(), 1);
    app.stop().await;
}

async fn refuses_replays_and_forged_id_tokens(backend: &'static str) {
    let provider = Provider::start(person("m-1", "mallory@example.com", "Mallory")).await;
    let app = start_app(backend, &provider).await;

    // A state is good for one callback.
    provider.set_person(person("a-1", "alice@example.com", "Alice"));
    let ok = sso_login(&app).await;
    me(&app, &ok.access_token()).await;
    let replayed = redirect_from(&ok.callback).await;
    assert_eq!(sso_error(&replayed), "invalid_state");
    for query in ["?code=x&state=never-issued", "?code=x", ""] {
        let landed = redirect_from(&format!("{}/api/v1/auth/oidc/callback{query}", app.url)).await;
        assert_eq!(sso_error(&landed), "invalid_state", "{query}");
    }

    // Code of one login delivered with the state of another: the provider refuses the
    // other login's PKCE verifier, so nobody gets in.
    let first = redirect_from(&format!("{}/api/v1/auth/oidc/login", app.url)).await;
    let second = redirect_from(&format!("{}/api/v1/auth/oidc/login", app.url)).await;
    let mut swapped = redirect_from(first.as_str()).await;
    let code = param(&swapped, "code").unwrap();
    swapped
        .query_pairs_mut()
        .clear()
        .append_pair("code", &code)
        .append_pair("state", &param(&second, "state").unwrap());
    let landed = redirect_from(&on_app(&app, &swapped)).await;
    assert_eq!(sso_error(&landed), "token_exchange_failed");

    // ID tokens that fail verification sign nobody in.
    provider.set_person(person("m-1", "mallory@example.com", "Mallory"));
    for behaviour in [
        Behaviour::WrongNonce,
        Behaviour::WrongAudience,
        Behaviour::BadSignature,
    ] {
        provider.set_behaviour(behaviour);
        let attempt = sso_login(&app).await;
        assert_eq!(attempt.sso_error(), "invalid_id_token", "{behaviour:?}");
    }
    provider.set_behaviour(Behaviour::Deny);
    assert_eq!(sso_login(&app).await.sso_error(), "provider_error");

    provider.set_behaviour(Behaviour::Honest);
    provider.set_person(Person {
        email_verified: Some(false),
        ..person("m-1", "mallory@example.com", "Mallory")
    });
    assert_eq!(sso_login(&app).await.sso_error(), "email_unverified");
    assert_eq!(users_with_email(&app, "mallory@example.com").await, 0);

    // A provider that does not say whether the address is verified is believed.
    provider.set_person(Person {
        email_verified: None,
        ..person("m-1", "mallory@example.com", "Mallory")
    });
    me(&app, &sso_login(&app).await.access_token()).await;
    app.stop().await;
}

async fn off_when_unconfigured(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let status = app.call(Method::GET, "/api/v1/auth/oidc", None, None).await;
    assert_eq!(status.status, StatusCode::OK);
    assert_eq!(status.body, json!({"enabled": false, "display_name": null}));

    let login = app
        .call(Method::GET, "/api/v1/auth/oidc/login", None, None)
        .await;
    assert_eq!(login.status, StatusCode::NOT_FOUND);
    assert_eq!(login.code(), "sso_disabled");
    assert_eq!(login.headers["content-type"], "application/problem+json");

    let landed = redirect_from(&format!(
        "{}/api/v1/auth/oidc/callback?code=x&state=y",
        app.url
    ))
    .await;
    assert_eq!(sso_error(&landed), "sso_disabled");
    app.stop().await;
}

async fn private_issuer_refused_by_the_outbound_guard(backend: &'static str) {
    let provider = Provider::start(person("g-1", "grace@example.com", "Grace")).await;
    let issuer = provider.url.clone();
    let app = TestApp::start_with(backend, move |cfg| {
        cfg.allow_private_networks = false;
        cfg.oidc.issuer_url = Some(issuer);
        cfg.oidc.client_id = Some(CLIENT_ID.into());
    })
    .await;
    let landed = redirect_from(&format!("{}/api/v1/auth/oidc/login", app.url)).await;
    assert_eq!(sso_error(&landed), "sso_unavailable");
    assert_eq!(
        provider.discoveries(),
        0,
        "the guard refused before connecting"
    );
    app.stop().await;
}

#[tokio::test]
async fn sso_signs_in_reuses_and_links_accounts() {
    on_every_backend!(signs_in_reuses_and_links_accounts);
}

#[tokio::test]
async fn sso_refuses_replays_and_forged_id_tokens() {
    on_every_backend!(refuses_replays_and_forged_id_tokens);
}

#[tokio::test]
async fn sso_is_off_when_unconfigured() {
    on_every_backend!(off_when_unconfigured);
}

#[tokio::test]
async fn sso_issuer_on_a_private_address_is_refused() {
    on_every_backend!(private_issuer_refused_by_the_outbound_guard);
}
