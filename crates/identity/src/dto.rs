//! Request and response bodies of the identity routes, as named in the OpenAPI document.

use chrono::{DateTime, Utc};
use db::entities::{organization, user};
use garde::Validate;
use kernel::{Permission, Role};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

fn valid_email(value: &str, _: &()) -> garde::Result {
    kernel::Email::parse(value)
        .map(|_| ())
        .map_err(|_| garde::Error::new("Enter a valid email address."))
}

fn valid_new_password(value: &str, _: &()) -> garde::Result {
    crate::password::check_policy(value).map_err(garde::Error::new)
}

fn not_blank(value: &str, _: &()) -> garde::Result {
    if value.trim().is_empty() {
        Err(garde::Error::new("This field is required."))
    } else {
        Ok(())
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct SignupRequest {
    #[garde(custom(valid_email))]
    pub email: String,
    #[garde(custom(valid_new_password))]
    pub password: String,
    #[garde(custom(not_blank), length(chars, max = 200))]
    pub name: String,
    #[garde(custom(not_blank), length(chars, max = 200))]
    pub organization_name: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct LoginRequest {
    #[garde(custom(valid_email))]
    pub email: String,
    #[garde(length(min = 1, max = 1024))]
    pub password: String,
    /// Six-digit code from the authenticator app, or a recovery code.
    #[garde(inner(length(max = 64)))]
    pub totp_code: Option<String>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct RefreshRequest {
    #[garde(length(min = 1, max = 256))]
    pub refresh_token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    pub access_token: String,
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    pub user: User,
    pub organization: Organization,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub totp_enabled: bool,
    pub created_at: DateTime<Utc>,
}

impl From<&user::Model> for User {
    fn from(u: &user::Model) -> Self {
        Self {
            id: u.id,
            email: u.email.clone(),
            name: u.name.clone(),
            totp_enabled: u.totp_enabled,
            created_at: u.created_at,
        }
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organization {
    pub id: Uuid,
    pub name: String,
    pub slug: String,
    pub logo_url: Option<String>,
    pub plan: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&organization::Model> for Organization {
    fn from(o: &organization::Model) -> Self {
        Self {
            id: o.id,
            name: o.name.clone(),
            slug: o.slug.clone(),
            logo_url: o.logo_url.clone(),
            plan: o.plan.clone(),
            created_at: o.created_at,
            updated_at: o.updated_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub organization: Organization,
    pub role: Role,
    pub permissions: Vec<Permission>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationMembership {
    pub organization: Organization,
    pub role: Role,
    /// True for the organization the access token acts in.
    pub current: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipList {
    pub items: Vec<OrganizationMembership>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Member {
    pub user_id: Uuid,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub joined_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberPage {
    pub items: Vec<Member>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MemberQuery {
    pub limit: Option<u64>,
    pub cursor: Option<String>,
    /// Matches name or email.
    pub q: Option<String>,
    pub role: Option<Role>,
    /// `joined_at` (default, oldest first) or `-joined_at` (newest first).
    pub sort: Option<String>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct UpdateRoleRequest {
    #[garde(skip)]
    pub role: Role,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct InviteRequest {
    #[garde(custom(valid_email))]
    pub email: String,
    #[garde(skip)]
    pub role: Role,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Invitation {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    /// `pending`, `accepted`, `revoked` or `expired`.
    pub status: String,
    pub invited_by: Option<Uuid>,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationPage {
    pub items: Vec<Invitation>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InvitationQuery {
    pub limit: Option<u64>,
    pub cursor: Option<String>,
    /// `pending`, `accepted`, `revoked` or `expired`.
    pub status: Option<String>,
    /// `-created_at` (default, newest first) or `created_at`.
    pub sort: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationPreview {
    pub email: String,
    pub role: Role,
    pub organization_name: String,
    pub inviter_name: Option<String>,
    pub expires_at: DateTime<Utc>,
    /// When true, accepting asks for that account's password instead of creating one.
    pub account_exists: bool,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct AcceptInvitationRequest {
    #[garde(length(min = 1, max = 256))]
    pub token: String,
    /// Required when no account exists for the invited email.
    #[garde(inner(length(chars, max = 200)))]
    pub name: Option<String>,
    #[garde(length(min = 1, max = 1024))]
    pub password: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct CreateOrganizationRequest {
    #[garde(custom(not_blank), length(chars, max = 200))]
    pub name: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct UpdateOrganizationRequest {
    #[garde(inner(custom(not_blank), length(chars, max = 200)))]
    pub name: Option<String>,
    /// An http(s) URL, or null to remove the logo.
    #[garde(inner(length(max = 1024), custom(http_url)))]
    pub logo_url: Option<String>,
}

fn http_url(value: &str, _: &()) -> garde::Result {
    if value.starts_with("https://") || value.starts_with("http://") {
        Ok(())
    } else {
        Err(garde::Error::new("Use an http(s) URL."))
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct ForgotPasswordRequest {
    #[garde(custom(valid_email))]
    pub email: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct ResetPasswordRequest {
    #[garde(length(min = 1, max = 256))]
    pub token: String,
    #[garde(custom(valid_new_password))]
    pub password: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct ChangePasswordRequest {
    #[garde(length(min = 1, max = 1024))]
    pub current_password: String,
    #[garde(custom(valid_new_password))]
    pub new_password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionInfo {
    pub id: Uuid,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: DateTime<Utc>,
    /// The session of this request.
    pub current: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionList {
    pub items: Vec<SessionInfo>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TotpEnrollment {
    /// Base32 secret, for typing into an authenticator by hand.
    pub secret: String,
    pub otpauth_uri: String,
    /// The otpauth URI as an SVG QR code.
    pub qr_svg: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct TotpCodeRequest {
    #[garde(length(min = 6, max = 64))]
    pub code: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct DisableTotpRequest {
    #[garde(length(min = 1, max = 1024))]
    pub password: String,
    #[garde(length(min = 6, max = 64))]
    pub code: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RecoveryCodes {
    /// Shown once; each works a single time.
    pub recovery_codes: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditActor {
    pub id: Uuid,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntry {
    pub id: Uuid,
    pub action: String,
    pub actor: Option<AuditActor>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub ip: Option<String>,
    pub metadata: Option<serde_json::Value>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditPage {
    pub items: Vec<AuditEntry>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    pub limit: Option<u64>,
    pub cursor: Option<String>,
    /// Exact action name, e.g. `login.failed`.
    pub action: Option<String>,
    /// `-created_at` (default, newest first) or `created_at`.
    pub sort: Option<String>,
}

/// Reads a `sort` parameter over one field: `field` ascending, `-field` descending.
/// Returns whether the order is descending.
pub fn sort_desc(
    sort: Option<&str>,
    field: &str,
    default_desc: bool,
) -> Result<bool, api::ApiError> {
    match sort {
        None | Some("") => Ok(default_desc),
        Some(s) if s == field => Ok(false),
        Some(s) if s.strip_prefix('-') == Some(field) => Ok(true),
        Some(_) => Err(api::ApiError::field(
            "sort",
            "invalid",
            &format!("Use {field} or -{field}."),
        )),
    }
}

impl MemberQuery {
    pub fn page(&self) -> kernel::PageParams {
        kernel::PageParams {
            limit: self.limit,
            cursor: self.cursor.clone(),
        }
    }
}

impl InvitationQuery {
    pub fn page(&self) -> kernel::PageParams {
        kernel::PageParams {
            limit: self.limit,
            cursor: self.cursor.clone(),
        }
    }
}

impl AuditQuery {
    pub fn page(&self) -> kernel::PageParams {
        kernel::PageParams {
            limit: self.limit,
            cursor: self.cursor.clone(),
        }
    }
}

/// Whether single sign-on is offered, and the provider name for the sign-in button.
#[derive(Debug, Serialize, ToSchema)]
pub struct OidcStatus {
    pub enabled: bool,
    pub display_name: Option<String>,
}

/// What the identity provider sends back to the callback: `code` and `state` on success,
/// `error` (and perhaps `error_description`) when the user cancelled or was refused.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OidcCallbackQuery {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}
