//! Thin HTTP handlers of the identity module and their OpenAPI description.

use crate::dto::*;
use crate::{audit, invitations, members, notifications, oidc, organizations, sessions, signin};
use api::error::ApiResult;
use api::{ApiRoutes, AppJson, AppQuery, AppState, ClientIp, Problem, TenantCtx, UserAgent};
use axum::{
    Json,
    extract::{Path, Query, State},
    http::{Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{delete, get, post, put},
};
use kernel::Permission as P;
use utoipa::OpenApi;
use uuid::Uuid;

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .public(Method::POST, "/auth/signup", post(signup))
        .public(Method::POST, "/auth/login", post(login))
        .public(Method::POST, "/auth/refresh", post(refresh))
        .public(Method::POST, "/auth/password/forgot", post(forgot_password))
        .public(Method::POST, "/auth/password/reset", post(reset_password))
        .public(
            Method::GET,
            "/auth/invitations/{token}",
            get(invitation_preview),
        )
        .public(
            Method::POST,
            "/auth/invitations/accept",
            post(accept_invitation),
        )
        .public(Method::GET, "/auth/oidc", get(oidc_status))
        .public(Method::GET, "/auth/oidc/login", get(oidc_login))
        .public(Method::GET, "/auth/oidc/callback", get(oidc_callback))
        .guarded(Method::POST, "/auth/logout", P::OrgRead, post(logout))
        .guarded(Method::GET, "/auth/user", P::OrgRead, get(me))
        .guarded(
            Method::GET,
            "/auth/organizations",
            P::OrgRead,
            get(my_organizations),
        )
        .guarded(
            Method::POST,
            "/auth/switch-organization/{id}",
            P::OrgRead,
            post(switch_organization),
        )
        .guarded(
            Method::POST,
            "/auth/password/change",
            P::OrgRead,
            post(change_password),
        )
        .guarded(
            Method::GET,
            "/auth/sessions",
            P::OrgRead,
            get(list_sessions),
        )
        .guarded(
            Method::DELETE,
            "/auth/sessions/{id}",
            P::OrgRead,
            delete(revoke_session),
        )
        .guarded(
            Method::POST,
            "/auth/2fa/enroll",
            P::OrgRead,
            post(totp_enroll),
        )
        .guarded(
            Method::POST,
            "/auth/2fa/verify",
            P::OrgRead,
            post(totp_verify),
        )
        .guarded(
            Method::POST,
            "/auth/2fa/disable",
            P::OrgRead,
            post(totp_disable),
        )
        .guarded(
            Method::POST,
            "/auth/2fa/recovery-codes",
            P::OrgRead,
            post(totp_recovery_codes),
        )
        .guarded(Method::GET, "/users", P::MembersRead, get(list_users))
        .guarded(Method::GET, "/users/{id}", P::MembersRead, get(get_user))
        .guarded(
            Method::PUT,
            "/users/{id}/roles",
            P::MembersManage,
            put(update_role),
        )
        .guarded(
            Method::POST,
            "/users/invite",
            P::MembersManage,
            post(invite),
        )
        .guarded(
            Method::GET,
            "/invitations",
            P::MembersRead,
            get(list_invitations),
        )
        .guarded(
            Method::DELETE,
            "/invitations/{id}",
            P::MembersManage,
            delete(revoke_invitation),
        )
        .guarded(
            Method::GET,
            "/organizations",
            P::OrgRead,
            get(list_organizations),
        )
        .guarded(
            Method::POST,
            "/organizations",
            P::OrgRead,
            post(create_organization),
        )
        .guarded(
            Method::GET,
            "/organizations/{id}",
            P::OrgRead,
            get(get_organization),
        )
        .guarded(
            Method::PUT,
            "/organizations/{id}",
            P::OrgUpdate,
            put(update_organization),
        )
        .guarded(
            Method::GET,
            "/organizations/{id}/members",
            P::MembersRead,
            get(list_org_members),
        )
        .guarded(
            Method::POST,
            "/organizations/{id}/members",
            P::MembersManage,
            post(add_org_member),
        )
        .guarded(
            Method::DELETE,
            "/organizations/{id}/members/{user_id}",
            P::MembersManage,
            delete(remove_org_member),
        )
        .guarded(Method::GET, "/audit-log", P::AuditRead, get(audit_log))
        .guarded(
            Method::GET,
            "/notifications",
            P::OrgRead,
            get(notifications::list_notifications),
        )
        .guarded(
            Method::POST,
            "/notifications/{id}/read",
            P::OrgRead,
            post(notifications::read_notification),
        )
        .guarded(
            Method::POST,
            "/notifications/read-all",
            P::OrgRead,
            post(notifications::read_all_notifications),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        signup, login, refresh, forgot_password, reset_password, invitation_preview, accept_invitation, oidc_status,
        oidc_login, oidc_callback, logout, me,
        my_organizations, switch_organization, change_password, list_sessions, revoke_session, totp_enroll,
        totp_verify, totp_disable, totp_recovery_codes, list_users, get_user, update_role, invite, list_invitations,
        revoke_invitation, list_organizations, create_organization, get_organization, update_organization,
        list_org_members, add_org_member, remove_org_member, audit_log,
        notifications::list_notifications, notifications::read_notification, notifications::read_all_notifications
    ),
    tags((name = "auth", description = "Sign-up, sign-in, sessions and two-factor"),
         (name = "users", description = "Members of the current organization"),
         (name = "organizations", description = "Organizations and their members"),
         (name = "audit", description = "Audit log of sensitive actions"),
         (name = "notifications", description = "In-app notifications of the signed-in member"))
)]
pub struct ApiDoc;

type Created<T> = (StatusCode, Json<T>);

#[utoipa::path(post, path = "/api/v1/auth/signup", tag = "auth", request_body = SignupRequest,
    responses((status = 201, body = TokenResponse), (status = 409, description = "Email taken", body = Problem), (status = 422, body = Problem)))]
async fn signup(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    UserAgent(ua): UserAgent,
    AppJson(req): AppJson<SignupRequest>,
) -> ApiResult<Created<TokenResponse>> {
    Ok((
        StatusCode::CREATED,
        Json(signin::signup(&s, req, ua, ip).await?),
    ))
}

#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = TokenResponse), (status = 401, description = "invalid_credentials, totp_required or totp_invalid", body = Problem), (status = 429, description = "rate_limited, with Retry-After", body = Problem)))]
async fn login(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    UserAgent(ua): UserAgent,
    AppJson(req): AppJson<LoginRequest>,
) -> ApiResult<Json<TokenResponse>> {
    Ok(Json(signin::login(&s, req, ua, ip).await?))
}

#[utoipa::path(post, path = "/api/v1/auth/refresh", tag = "auth", request_body = RefreshRequest,
    responses((status = 200, body = TokenResponse), (status = 401, description = "invalid_token; a reused token revokes its session", body = Problem)))]
async fn refresh(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<RefreshRequest>,
) -> ApiResult<Json<TokenResponse>> {
    Ok(Json(sessions::refresh(&s, &req.refresh_token, ip).await?))
}

#[utoipa::path(post, path = "/api/v1/auth/password/forgot", tag = "auth", request_body = ForgotPasswordRequest,
    responses((status = 202, description = "Accepted whether or not the account exists")))]
async fn forgot_password(
    State(s): State<AppState>,
    AppJson(req): AppJson<ForgotPasswordRequest>,
) -> ApiResult<StatusCode> {
    signin::forgot_password(&s, req).await?;
    Ok(StatusCode::ACCEPTED)
}

#[utoipa::path(post, path = "/api/v1/auth/password/reset", tag = "auth", request_body = ResetPasswordRequest,
    responses((status = 204), (status = 400, description = "invalid_token", body = Problem), (status = 422, body = Problem)))]
async fn reset_password(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<ResetPasswordRequest>,
) -> ApiResult<StatusCode> {
    signin::reset_password(&s, req, ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/auth/invitations/{token}", tag = "auth", params(("token" = String, Path)),
    responses((status = 200, body = InvitationPreview), (status = 404, body = Problem)))]
async fn invitation_preview(
    State(s): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<InvitationPreview>> {
    Ok(Json(invitations::preview(&s, &token).await?))
}

#[utoipa::path(post, path = "/api/v1/auth/invitations/accept", tag = "auth", request_body = AcceptInvitationRequest,
    responses((status = 200, body = TokenResponse), (status = 401, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn accept_invitation(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    UserAgent(ua): UserAgent,
    AppJson(req): AppJson<AcceptInvitationRequest>,
) -> ApiResult<Json<TokenResponse>> {
    Ok(Json(invitations::accept(&s, req, ua, ip).await?))
}

#[utoipa::path(get, path = "/api/v1/auth/oidc", tag = "auth", responses((status = 200, body = OidcStatus)))]
async fn oidc_status(State(s): State<AppState>) -> Json<OidcStatus> {
    Json(oidc::status(&s))
}

/// A browser navigation, so failures past configuration are redirects to the sign-in page.
#[utoipa::path(get, path = "/api/v1/auth/oidc/login", tag = "auth",
    responses((status = 302, description = "To the identity provider (PKCE S256, state, nonce); to `/login?sso_error=sso_unavailable` when the provider cannot be reached",
        headers(("Location" = String))),
        (status = 404, description = "sso_disabled", body = Problem)))]
async fn oidc_login(State(s): State<AppState>) -> ApiResult<Response> {
    let settings = oidc::settings(&s)?;
    Ok(match oidc::begin(&s, settings).await {
        Ok(provider) => found(provider),
        Err(e) => found(e.login_page(&s)),
    })
}

#[utoipa::path(get, path = "/api/v1/auth/oidc/callback", tag = "auth", params(OidcCallbackQuery),
    responses((status = 302, description = "To `/auth/callback#access_token=…&refresh_token=…&token_type=Bearer&expires_in=…`, or to `/login?sso_error=<code>` (invalid_state, provider_error, token_exchange_failed, invalid_id_token, email_missing, email_unverified, account_conflict, no_organization, sso_unavailable, sso_disabled)",
        headers(("Location" = String)))))]
async fn oidc_callback(
    State(s): State<AppState>,
    ClientIp(ip): ClientIp,
    UserAgent(ua): UserAgent,
    query: Result<Query<OidcCallbackQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    // A mangled query is just a callback without a usable state.
    let params = query.map(|Query(q)| q).unwrap_or_default();
    match oidc::finish(&s, params, ua, ip).await {
        Ok(web_app) => found(web_app),
        Err(e) => found(e.login_page(&s)),
    }
}

/// 302 that no cache keeps: the location may carry tokens in its fragment.
fn found(location: String) -> Response {
    (
        StatusCode::FOUND,
        [
            (header::LOCATION, location),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
    )
        .into_response()
}

#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth", security(("bearer" = [])), responses((status = 204)))]
async fn logout(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<StatusCode> {
    sessions::logout(&s, ctx).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/auth/user", tag = "auth", security(("bearer" = [])), responses((status = 200, body = Me), (status = 401, body = Problem)))]
async fn me(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<Me>> {
    Ok(Json(signin::me(&s, ctx).await?))
}

#[utoipa::path(get, path = "/api/v1/auth/organizations", tag = "auth", security(("bearer" = [])), responses((status = 200, body = MembershipList)))]
async fn my_organizations(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<MembershipList>> {
    Ok(Json(organizations::memberships(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/auth/switch-organization/{id}", tag = "auth", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = TokenResponse), (status = 404, body = Problem)))]
async fn switch_organization(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<TokenResponse>> {
    Ok(Json(sessions::switch(&s, ctx, id).await?))
}

#[utoipa::path(post, path = "/api/v1/auth/password/change", tag = "auth", security(("bearer" = [])), request_body = ChangePasswordRequest,
    responses((status = 204, description = "Changed; every other session has ended"), (status = 400, body = Problem), (status = 422, body = Problem)))]
async fn change_password(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<ChangePasswordRequest>,
) -> ApiResult<StatusCode> {
    signin::change_password(&s, ctx, req, ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/auth/sessions", tag = "auth", security(("bearer" = [])), responses((status = 200, body = SessionList)))]
async fn list_sessions(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<SessionList>> {
    Ok(Json(sessions::list(&s, ctx).await?))
}

#[utoipa::path(delete, path = "/api/v1/auth/sessions/{id}", tag = "auth", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem)))]
async fn revoke_session(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    sessions::revoke(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/auth/2fa/enroll", tag = "auth", security(("bearer" = [])), responses((status = 200, body = TotpEnrollment), (status = 409, body = Problem)))]
async fn totp_enroll(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<TotpEnrollment>> {
    Ok(Json(signin::totp_enroll(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/auth/2fa/verify", tag = "auth", security(("bearer" = [])), request_body = TotpCodeRequest,
    responses((status = 200, description = "Two-factor is on; the recovery codes are shown once", body = RecoveryCodes), (status = 400, body = Problem)))]
async fn totp_verify(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<TotpCodeRequest>,
) -> ApiResult<Json<RecoveryCodes>> {
    Ok(Json(signin::totp_verify(&s, ctx, &req.code, ip).await?))
}

#[utoipa::path(post, path = "/api/v1/auth/2fa/disable", tag = "auth", security(("bearer" = [])), request_body = DisableTotpRequest,
    responses((status = 204), (status = 400, body = Problem)))]
async fn totp_disable(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<DisableTotpRequest>,
) -> ApiResult<StatusCode> {
    signin::totp_disable(&s, ctx, req, ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/auth/2fa/recovery-codes", tag = "auth", security(("bearer" = [])), request_body = TotpCodeRequest,
    responses((status = 200, body = RecoveryCodes), (status = 400, body = Problem)))]
async fn totp_recovery_codes(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<TotpCodeRequest>,
) -> ApiResult<Json<RecoveryCodes>> {
    Ok(Json(
        signin::regenerate_recovery_codes(&s, ctx, &req.code, ip).await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/users", tag = "users", security(("bearer" = [])), params(MemberQuery), responses((status = 200, body = MemberPage)))]
async fn list_users(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<MemberQuery>,
) -> ApiResult<Json<MemberPage>> {
    Ok(Json(members::list(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "users", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Member), (status = 404, body = Problem)))]
async fn get_user(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Member>> {
    Ok(Json(members::get(&s, ctx, id).await?))
}

#[utoipa::path(put, path = "/api/v1/users/{id}/roles", tag = "users", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = UpdateRoleRequest,
    responses((status = 200, body = Member), (status = 404, body = Problem), (status = 409, description = "last_admin", body = Problem)))]
async fn update_role(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
    AppJson(req): AppJson<UpdateRoleRequest>,
) -> ApiResult<Json<Member>> {
    Ok(Json(members::change_role(&s, ctx, id, req.role, ip).await?))
}

#[utoipa::path(post, path = "/api/v1/users/invite", tag = "users", security(("bearer" = [])), request_body = InviteRequest,
    responses((status = 201, body = Invitation), (status = 409, description = "already_member", body = Problem), (status = 422, body = Problem)))]
async fn invite(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<InviteRequest>,
) -> ApiResult<Created<Invitation>> {
    Ok((
        StatusCode::CREATED,
        Json(invitations::invite(&s, ctx, req, ip).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/invitations", tag = "users", security(("bearer" = [])), params(InvitationQuery), responses((status = 200, body = InvitationPage)))]
async fn list_invitations(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<InvitationQuery>,
) -> ApiResult<Json<InvitationPage>> {
    Ok(Json(invitations::list(&s, ctx, q).await?))
}

#[utoipa::path(delete, path = "/api/v1/invitations/{id}", tag = "users", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem), (status = 409, body = Problem)))]
async fn revoke_invitation(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    invitations::revoke(&s, ctx, id, ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/organizations", tag = "organizations", security(("bearer" = [])), responses((status = 200, body = MembershipList)))]
async fn list_organizations(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<MembershipList>> {
    Ok(Json(organizations::memberships(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/organizations", tag = "organizations", security(("bearer" = [])), request_body = CreateOrganizationRequest,
    responses((status = 201, description = "Created; the caller is its Admin", body = Organization), (status = 422, body = Problem)))]
async fn create_organization(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(req): AppJson<CreateOrganizationRequest>,
) -> ApiResult<Created<Organization>> {
    Ok((
        StatusCode::CREATED,
        Json(organizations::create(&s, ctx, req).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/organizations/{id}", tag = "organizations", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Organization), (status = 404, body = Problem)))]
async fn get_organization(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Organization>> {
    Ok(Json(organizations::get(&s, ctx, id).await?))
}

#[utoipa::path(put, path = "/api/v1/organizations/{id}", tag = "organizations", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = UpdateOrganizationRequest,
    responses((status = 200, body = Organization), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn update_organization(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
    AppJson(req): AppJson<UpdateOrganizationRequest>,
) -> ApiResult<Json<Organization>> {
    Ok(Json(organizations::update(&s, ctx, id, req, ip).await?))
}

#[utoipa::path(get, path = "/api/v1/organizations/{id}/members", tag = "organizations", security(("bearer" = [])), params(("id" = Uuid, Path), MemberQuery),
    responses((status = 200, body = MemberPage), (status = 404, body = Problem)))]
async fn list_org_members(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<MemberQuery>,
) -> ApiResult<Json<MemberPage>> {
    if id != ctx.org_id {
        return Err(api::ApiError::not_found());
    }
    Ok(Json(members::list(&s, ctx, q).await?))
}

#[utoipa::path(post, path = "/api/v1/organizations/{id}/members", tag = "organizations", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = InviteRequest,
    responses((status = 201, description = "An invitation is sent; the person joins when they accept", body = Invitation), (status = 404, body = Problem), (status = 409, body = Problem)))]
async fn add_org_member(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
    AppJson(req): AppJson<InviteRequest>,
) -> ApiResult<Created<Invitation>> {
    if id != ctx.org_id {
        return Err(api::ApiError::not_found());
    }
    Ok((
        StatusCode::CREATED,
        Json(invitations::invite(&s, ctx, req, ip).await?),
    ))
}

#[utoipa::path(delete, path = "/api/v1/organizations/{id}/members/{user_id}", tag = "organizations", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("user_id" = Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem), (status = 409, description = "last_admin", body = Problem)))]
async fn remove_org_member(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path((id, user_id)): Path<(Uuid, Uuid)>,
) -> ApiResult<StatusCode> {
    members::remove(&s, ctx, id, user_id, ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/audit-log", tag = "audit", security(("bearer" = [])), params(AuditQuery), responses((status = 200, body = AuditPage)))]
async fn audit_log(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<AuditQuery>,
) -> ApiResult<Json<AuditPage>> {
    Ok(Json(audit::list(&s, ctx, q).await?))
}
