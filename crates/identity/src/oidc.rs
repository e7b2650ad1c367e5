//! OpenID Connect single sign-on against one configured issuer (Clerk, Google, Okta,
//! Keycloak...): authorization code flow with PKCE (S256), state and nonce.
//!
//! Pending logins live in the `oidc_logins` table rather than in memory, so the callback may
//! land on any server instance. Every request to the provider (discovery, JWKS, token) goes
//! through `net::GuardedClient`, so a configured issuer cannot be used to reach the intranet
//! unless private networks are allowed.
//!
//! Both browser-facing steps answer with redirects: success goes to the web app's
//! `/auth/callback` with the tokens in the fragment (never in a query string, which servers
//! and proxies log), failure to `/login?sso_error=<code>`.

use crate::audit::{self, Event, action};
use crate::dto::{OidcCallbackQuery, OidcStatus};
use crate::{organizations, sessions, signin};
use api::state::OidcSettings;
use api::{ApiError, AppState};
use axum::http::StatusCode;
use db::entities::{oidc_login, organization, user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr,
};
use kernel::Email;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreClientAuthMethod, CoreIdTokenClaims,
    CoreProviderMetadata,
};
use openidconnect::url::form_urlencoded;
use openidconnect::{
    AsyncHttpClient, AuthType, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret,
    CsrfToken, EndpointMaybeSet, EndpointNotSet, EndpointSet, HttpRequest, HttpResponse, IssuerUrl,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse as _,
};
use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

/// How long a user may take at the provider before the pending login is void.
const PENDING_LOGIN_TTL: chrono::Duration = chrono::Duration::minutes(10);

/// Discovery (metadata and signing keys) is reused this long instead of being fetched on
/// every login; a signature that fails to verify drops it early, in case keys were rotated.
const DISCOVERY_TTL: Duration = Duration::from_secs(10 * 60);

/// Names are stored in columns validated at 200 characters elsewhere.
const MAX_NAME_CHARS: usize = 200;

/// Lets openidconnect send its requests through our SSRF-guarded client.
pub struct GuardedHttp(pub net::GuardedClient);

impl<'c> AsyncHttpClient<'c> for GuardedHttp {
    type Error = net::NetError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, net::NetError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.0.execute(request))
    }
}

/// A failed sign-in, as the stable code the web app shows (`/login?sso_error=<code>`); the
/// cause is only logged, since it may describe the provider's internals.
#[derive(Debug)]
pub struct SsoError {
    pub code: &'static str,
    cause: String,
}

impl SsoError {
    fn new(code: &'static str, cause: impl std::fmt::Display) -> Self {
        Self {
            code,
            cause: cause.to_string(),
        }
    }

    /// Where the browser goes after a failure; the cause is logged here, once.
    pub fn login_page(&self, state: &AppState) -> String {
        if self.code == "internal" {
            tracing::error!(code = self.code, cause = %self.cause, "single sign-on failed");
        } else {
            tracing::warn!(code = self.code, cause = %self.cause, "single sign-on refused");
        }
        format!("{}/login?sso_error={}", public_url(state), self.code)
    }
}

impl From<ApiError> for SsoError {
    fn from(e: ApiError) -> Self {
        Self::new("internal", e)
    }
}

impl From<db::sea_orm::DbErr> for SsoError {
    fn from(e: db::sea_orm::DbErr) -> Self {
        Self::new("internal", e)
    }
}

fn public_url(state: &AppState) -> &str {
    state.config.public_url.trim_end_matches('/')
}

fn redirect_uri(state: &AppState) -> String {
    format!("{}/api/v1/auth/oidc/callback", public_url(state))
}

pub fn status(state: &AppState) -> OidcStatus {
    OidcStatus {
        enabled: state.config.oidc.is_some(),
        display_name: state.config.oidc.as_ref().map(|o| o.display_name.clone()),
    }
}

/// The settings, or the 404 that `/auth/oidc/login` answers when SSO is not configured.
pub fn settings(state: &AppState) -> Result<&OidcSettings, ApiError> {
    state.config.oidc.as_ref().ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "sso_disabled",
            "Single sign-on is not configured on this server.",
        )
    })
}

/// Starts a login: remembers state, nonce and PKCE verifier, and returns the provider's
/// authorization URL to send the browser to.
pub async fn begin(state: &AppState, settings: &OidcSettings) -> Result<String, SsoError> {
    let http = GuardedHttp(state.service::<net::GuardedClient>());
    let client = client(state, settings, &http).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .set_pkce_challenge(challenge);
    // openidconnect always asks for `openid` itself.
    for scope in settings.scopes.iter().filter(|s| *s != "openid") {
        request = request.add_scope(Scope::new(scope.clone()));
    }
    let (url, csrf, nonce) = request.url();
    let now = state.clock.now();
    // Abandoned logins are swept here, so the table stays as small as the logins in flight.
    oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::ExpiresAt.lt(now))
        .exec(&state.db)
        .await?;
    oidc_login::ActiveModel {
        state: Set(csrf.secret().clone()),
        nonce: Set(nonce.secret().clone()),
        pkce_verifier: Set(verifier.secret().clone()),
        expires_at: Set(now + PENDING_LOGIN_TTL),
        created_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    Ok(url.to_string())
}

/// Finishes a login: checks state, exchanges the code, verifies the ID token, finds or
/// creates the account and starts a session. Returns where to send the browser.
pub async fn finish(
    state: &AppState,
    params: OidcCallbackQuery,
    user_agent: Option<String>,
    ip: IpAddr,
) -> Result<String, SsoError> {
    let settings = state
        .config
        .oidc
        .as_ref()
        .ok_or_else(|| SsoError::new("sso_disabled", "callback while SSO is off"))?;
    let pending = take_pending(state, params.state.as_deref()).await?;
    if let Some(error) = params.error {
        let detail = params.error_description.unwrap_or_default();
        return Err(SsoError::new(
            "provider_error",
            format!("{error}: {detail}"),
        ));
    }
    let code = params
        .code
        .filter(|c| !c.is_empty())
        .ok_or_else(|| SsoError::new("provider_error", "callback without a code"))?;

    let http = GuardedHttp(state.service::<net::GuardedClient>());
    let client = client(state, settings, &http).await?;
    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| SsoError::new("sso_unavailable", e))?
        .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
        .request_async(&http)
        .await
        .map_err(|e| SsoError::new("token_exchange_failed", error_chain(&e)))?;
    let id_token = tokens
        .id_token()
        .ok_or_else(|| SsoError::new("invalid_id_token", "token response without id_token"))?;
    let claims = id_token
        .claims(&client.id_token_verifier(), &Nonce::new(pending.nonce))
        .map_err(|e| {
            if matches!(e, ClaimsVerificationError::SignatureVerification(_)) {
                forget_discovery(&settings.issuer_url);
            }
            SsoError::new("invalid_id_token", e)
        })?;
    let identity = SsoIdentity::from_claims(claims)?;

    let now = state.clock.now();
    let (user, org, account) = find_or_create_account(state, &identity, now).await?;
    let tokens = sessions::start(state, &user, &org, user_agent, ip).await?;
    audit::record(
        &state.db,
        now,
        Event {
            org: Some(org.id),
            actor: Some(user.id),
            action: action::SSO_LOGIN,
            target_type: Some("user"),
            target_id: Some(user.id.to_string()),
            ip: Some(ip),
            metadata: Some(serde_json::json!({
                "issuer": identity.issuer,
                "account": account.as_str(),
            })),
        },
    )
    .await?;
    let fragment = form_urlencoded::Serializer::new(String::new())
        .append_pair("access_token", &tokens.access_token)
        .append_pair("refresh_token", &tokens.refresh_token)
        .append_pair("token_type", tokens.token_type)
        .append_pair("expires_in", &tokens.expires_in.to_string())
        .finish();
    Ok(format!("{}/auth/callback#{fragment}", public_url(state)))
}

/// Looks the pending login up and deletes it in one go: a state is good for one callback,
/// even when two arrive at once on different instances.
async fn take_pending(state: &AppState, csrf: Option<&str>) -> Result<oidc_login::Model, SsoError> {
    let invalid = |why: &str| SsoError::new("invalid_state", why);
    let csrf = csrf
        .filter(|s| !s.is_empty())
        .ok_or_else(|| invalid("callback without state"))?;
    let pending = oidc_login::Entity::find_by_id(csrf.to_owned())
        .one(&state.db)
        .await?
        .ok_or_else(|| invalid("unknown or used state"))?;
    let deleted = oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::State.eq(csrf))
        .exec(&state.db)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(invalid("state used by a concurrent callback"));
    }
    if pending.expires_at <= state.clock.now() {
        return Err(invalid("expired state"));
    }
    Ok(pending)
}

type ConfiguredClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

async fn client(
    state: &AppState,
    settings: &OidcSettings,
    http: &GuardedHttp,
) -> Result<ConfiguredClient, SsoError> {
    let metadata = discover(settings, http).await?;
    let auth_type = token_auth_type(&metadata);
    let redirect = RedirectUrl::new(redirect_uri(state))
        .map_err(|e| SsoError::new("internal", format!("public URL: {e}")))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(settings.client_id.clone()),
        settings.client_secret.clone().map(ClientSecret::new),
    )
    .set_redirect_uri(redirect)
    .set_auth_type(auth_type))
}

/// `client_secret_basic` unless the provider says it only takes the secret in the body.
fn token_auth_type(metadata: &CoreProviderMetadata) -> AuthType {
    match metadata.token_endpoint_auth_methods_supported() {
        Some(methods)
            if !methods.contains(&CoreClientAuthMethod::ClientSecretBasic)
                && methods.contains(&CoreClientAuthMethod::ClientSecretPost) =>
        {
            AuthType::RequestBody
        }
        _ => AuthType::BasicAuth,
    }
}

struct Discovered {
    metadata: CoreProviderMetadata,
    at: Instant,
}

/// Discovered providers by issuer URL, shared by every request of the process.
static DISCOVERED: LazyLock<Mutex<HashMap<String, Discovered>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn cached_discovery(issuer: &str) -> Option<CoreProviderMetadata> {
    let cache = DISCOVERED.lock().unwrap_or_else(|p| p.into_inner());
    cache
        .get(issuer)
        .filter(|d| d.at.elapsed() < DISCOVERY_TTL)
        .map(|d| d.metadata.clone())
}

fn forget_discovery(issuer: &str) {
    let mut cache = DISCOVERED.lock().unwrap_or_else(|p| p.into_inner());
    cache.remove(issuer);
}

async fn discover(
    settings: &OidcSettings,
    http: &GuardedHttp,
) -> Result<CoreProviderMetadata, SsoError> {
    if let Some(metadata) = cached_discovery(&settings.issuer_url) {
        return Ok(metadata);
    }
    let issuer = IssuerUrl::new(settings.issuer_url.clone())
        .map_err(|e| SsoError::new("sso_unavailable", format!("issuer URL: {e}")))?;
    let metadata = CoreProviderMetadata::discover_async(issuer, http)
        .await
        .map_err(|e| SsoError::new("sso_unavailable", error_chain(&e)))?;
    let mut cache = DISCOVERED.lock().unwrap_or_else(|p| p.into_inner());
    cache.insert(
        settings.issuer_url.clone(),
        Discovered {
            metadata: metadata.clone(),
            at: Instant::now(),
        },
    );
    Ok(metadata)
}

/// The person the provider vouched for, parsed from verified ID token claims.
struct SsoIdentity {
    issuer: String,
    /// `<issuer>|<sub>`: `sub` is unique only within one issuer.
    subject: String,
    email: Email,
    name: String,
}

impl SsoIdentity {
    fn from_claims(claims: &CoreIdTokenClaims) -> Result<Self, SsoError> {
        let issuer = claims.issuer().as_str().to_owned();
        let raw_email = claims
            .email()
            .ok_or_else(|| SsoError::new("email_missing", "ID token has no email claim"))?;
        // Providers that leave the claim out vouch for the address by issuing it at all;
        // an explicit `false` must not let someone claim another person's account.
        if claims.email_verified() == Some(false) {
            return Err(SsoError::new("email_unverified", "email_verified is false"));
        }
        let email = Email::parse(raw_email.as_str())
            .map_err(|_| SsoError::new("email_missing", "email claim is not an address"))?;
        let name = display_name(claims).unwrap_or_else(|| {
            email
                .as_str()
                .split('@')
                .next()
                .unwrap_or_default()
                .to_owned()
        });
        Ok(Self {
            subject: format!("{issuer}|{}", claims.subject().as_str()),
            issuer,
            email,
            name: name.chars().take(MAX_NAME_CHARS).collect(),
        })
    }
}

/// `name`, else given and family name, else the preferred username (providers vary).
fn display_name(claims: &CoreIdTokenClaims) -> Option<String> {
    let full = claims
        .name()
        .and_then(|c| c.get(None))
        .map(|v| v.as_str().trim().to_owned());
    let given = claims
        .given_name()
        .and_then(|c| c.get(None))
        .map(|v| v.as_str().trim().to_owned());
    let family = claims
        .family_name()
        .and_then(|c| c.get(None))
        .map(|v| v.as_str().trim().to_owned());
    let joined = [given, family]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let username = claims
        .preferred_username()
        .map(|u| u.as_str().trim().to_owned());
    [full, Some(joined), username]
        .into_iter()
        .flatten()
        .find(|s| !s.is_empty())
}

enum AccountOutcome {
    Existing,
    Linked,
    Created,
}

impl AccountOutcome {
    fn as_str(&self) -> &'static str {
        match self {
            Self::Existing => "existing",
            Self::Linked => "linked",
            Self::Created => "created",
        }
    }
}

async fn find_by_subject(state: &AppState, subject: &str) -> Result<Option<user::Model>, SsoError> {
    Ok(user::Entity::find()
        .filter(user::Column::OidcSubject.eq(subject))
        .one(&state.db)
        .await?)
}

/// The account of this subject; else the account with this email, now linked to the
/// subject; else a new account with its own organization.
async fn find_or_create_account(
    state: &AppState,
    identity: &SsoIdentity,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(user::Model, organization::Model, AccountOutcome), SsoError> {
    if let Some(user) = find_by_subject(state, &identity.subject).await? {
        let org = current_org(state, &user).await?;
        return Ok((user, org, AccountOutcome::Existing));
    }
    if let Some(user) = signin::find_user_by_email(state, &identity.email).await? {
        if user.oidc_subject.is_some() {
            // Linked to another subject: a second identity must not take the account over.
            return Err(SsoError::new(
                "account_conflict",
                format!("user {} is linked to another subject", user.id),
            ));
        }
        user::Entity::update_many()
            .col_expr(
                user::Column::OidcSubject,
                Expr::value(identity.subject.clone()),
            )
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(user.id))
            .filter(user::Column::OidcSubject.is_null())
            .exec(&state.db)
            .await?;
        let org = current_org(state, &user).await?;
        return Ok((user, org, AccountOutcome::Linked));
    }
    match create_account(state, identity, now).await {
        Ok((user, org)) => Ok((user, org, AccountOutcome::Created)),
        // Two first logins of one person at once: the loser finds the winner's account.
        Err(e) if db::is_unique_violation(&e) => {
            let user = find_by_subject(state, &identity.subject)
                .await?
                .ok_or_else(|| SsoError::new("account_conflict", e))?;
            let org = current_org(state, &user).await?;
            Ok((user, org, AccountOutcome::Existing))
        }
        Err(e) => Err(e.into()),
    }
}

async fn create_account(
    state: &AppState,
    identity: &SsoIdentity,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(user::Model, organization::Model), db::sea_orm::DbErr> {
    let txn = db::begin_write(&state.db).await?;
    let mut new = signin::new_user(&identity.email, &identity.name, None, now);
    new.oidc_subject = Set(Some(identity.subject.clone()));
    let user = new.insert(&txn).await?;
    let org_name: String = format!("{}'s workspace", identity.name)
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let org = organizations::create_with_admin(&txn, &org_name, user.id, now)
        .await
        .map_err(|e| db::sea_orm::DbErr::Custom(e.to_string()))?;
    txn.commit().await?;
    Ok((user, org))
}

async fn current_org(
    state: &AppState,
    user: &user::Model,
) -> Result<organization::Model, SsoError> {
    sessions::current_org_for(state, user, user.last_organization_id.unwrap_or_default())
        .await?
        .ok_or_else(|| {
            SsoError::new(
                "no_organization",
                format!("user {} has no membership", user.id),
            )
        })
}

/// openidconnect's messages are terse at the top; the causes say what happened.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut cause = err.source();
    while let Some(current) = cause {
        out.push_str(": ");
        out.push_str(&current.to_string());
        cause = current.source();
    }
    out
}
