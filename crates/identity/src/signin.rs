//! Sign-up, sign-in (rate limits, lockout, two-factor), passwords and two-factor enrolment.

use crate::audit::{self, Event, action};
use crate::dto::*;
use crate::{organizations, password, sessions, totp};
use api::{ApiError, AppState, OutgoingMail, TenantCtx, token};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use db::entities::{organization, password_reset, recovery_code, user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryTrait,
    sea_query::Expr,
};
use kernel::Email;
use std::net::IpAddr;
use uuid::Uuid;

fn invalid_credentials() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "invalid_credentials",
        "The email or password is incorrect, or the account is temporarily locked.",
    )
}

fn parse_email(raw: &str) -> Result<Email, ApiError> {
    Email::parse(raw)
        .map_err(|_| ApiError::field("email", "invalid", "Enter a valid email address."))
}

pub async fn find_user_by_email(
    state: &AppState,
    email: &Email,
) -> Result<Option<user::Model>, ApiError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(&state.db)
        .await?)
}

pub fn new_user(
    email: &Email,
    name: &str,
    password_hash: Option<String>,
    now: DateTime<Utc>,
) -> user::ActiveModel {
    user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(email.as_str().to_owned()),
        name: Set(name.trim().to_owned()),
        password_hash: Set(password_hash),
        oidc_subject: Set(None),
        totp_secret: Set(None),
        totp_enabled: Set(false),
        totp_last_step: Set(None),
        failed_logins: Set(0),
        locked_until: Set(None),
        last_organization_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

pub async fn signup(
    state: &AppState,
    req: SignupRequest,
    ua: Option<String>,
    ip: IpAddr,
) -> Result<TokenResponse, ApiError> {
    let email = parse_email(&req.email)?;
    if find_user_by_email(state, &email).await?.is_some() {
        return Err(email_taken());
    }
    let hash = password::hash(req.password)
        .await
        .map_err(ApiError::internal)?;
    let now = state.clock.now();
    let txn = db::begin_write(&state.db).await?;
    let user = new_user(&email, &req.name, Some(hash), now)
        .insert(&txn)
        .await
        .map_err(|e| {
            if db::is_unique_violation(&e) {
                email_taken()
            } else {
                ApiError::from(e)
            }
        })?;
    let org = organizations::create_with_admin(&txn, &req.organization_name, user.id, now).await?;
    audit::record(
        &txn,
        now,
        Event::on_user(action::SIGNUP, Some(org.id), user.id, ip),
    )
    .await?;
    txn.commit().await?;
    sessions::start(state, &user, &org, ua, ip).await
}

fn email_taken() -> ApiError {
    ApiError::field_refusal(
        StatusCode::CONFLICT,
        "email_taken",
        "email",
        "taken",
        "An account with this email already exists. Sign in instead.",
    )
}

pub async fn login(
    state: &AppState,
    req: LoginRequest,
    ua: Option<String>,
    ip: IpAddr,
) -> Result<TokenResponse, ApiError> {
    let email = parse_email(&req.email)?;
    state
        .login_limiter
        .check(email.as_str(), ip)
        .map_err(ApiError::rate_limited)?;
    let now = state.clock.now();
    let Some(user) = find_user_by_email(state, &email).await? else {
        password::verify(req.password, None).await;
        return Err(invalid_credentials());
    };
    let org_hint = user.last_organization_id;
    let event = |action| Event {
        org: org_hint,
        actor: Some(user.id),
        action,
        ip: Some(ip),
        target_type: Some("user"),
        target_id: Some(user.id.to_string()),
        ..Default::default()
    };

    if user.locked_until.is_some_and(|until| until > now) {
        password::verify(req.password, None).await;
        audit::record(&state.db, now, event(action::LOGIN_REFUSED_LOCKED)).await?;
        return Err(invalid_credentials());
    }
    if !password::verify(req.password, user.password_hash.clone()).await {
        record_failure(state, &user, now, ip).await?;
        return Err(invalid_credentials());
    }
    if user.totp_enabled {
        match req
            .totp_code
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            None => {
                return Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "totp_required",
                    "Enter the code from your authenticator app.",
                ));
            }
            Some(code) => {
                if !check_second_factor(state, &user, code, now).await? {
                    record_failure(state, &user, now, ip).await?;
                    return Err(ApiError::new(
                        StatusCode::UNAUTHORIZED,
                        "totp_invalid",
                        "That code is not valid or was already used.",
                    ));
                }
            }
        }
    }
    user::Entity::update_many()
        .col_expr(user::Column::FailedLogins, Expr::value(0))
        .col_expr(
            user::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(user::Column::Id.eq(user.id))
        .exec(&state.db)
        .await?;
    let org = sessions::current_org_for(state, &user, user.last_organization_id.unwrap_or_default())
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::FORBIDDEN, "no_organization", "This account no longer belongs to any organization. Ask an admin for a new invitation."))?;
    audit::record(
        &state.db,
        now,
        Event {
            org: Some(org.id),
            ..event(action::LOGIN_SUCCEEDED)
        },
    )
    .await?;
    sessions::start(state, &user, &org, ua, ip).await
}

/// Counts a failed attempt; the threshold-th consecutive failure locks the account.
async fn record_failure(
    state: &AppState,
    user: &user::Model,
    now: DateTime<Utc>,
    ip: IpAddr,
) -> Result<(), ApiError> {
    let failures = user.failed_logins + 1;
    let threshold = state.config.lockout_threshold;
    let locks = failures >= threshold;
    let lock_until = now
        + chrono::Duration::from_std(state.config.lockout_duration)
            .unwrap_or(chrono::Duration::minutes(15));
    user::Entity::update_many()
        .col_expr(
            user::Column::FailedLogins,
            Expr::value(if locks { 0 } else { failures }),
        )
        .col_expr(
            user::Column::LockedUntil,
            Expr::value(locks.then_some(lock_until)),
        )
        .filter(user::Column::Id.eq(user.id))
        .exec(&state.db)
        .await?;
    let failed = Event::on_user(action::LOGIN_FAILED, user.last_organization_id, user.id, ip)
        .with(serde_json::json!({"consecutive_failures": failures}));
    audit::record(&state.db, now, failed).await?;
    if locks {
        let locked = Event::on_user(
            action::ACCOUNT_LOCKED,
            user.last_organization_id,
            user.id,
            ip,
        )
        .with(serde_json::json!({"locked_until": lock_until}));
        audit::record(&state.db, now, locked).await?;
    }
    Ok(())
}

/// A TOTP code (not replayable) or an unused recovery code.
async fn check_second_factor(
    state: &AppState,
    user: &user::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let Some(secret) = user.totp_secret.as_deref() else {
        return Ok(false);
    };
    if let Some(step) = totp::verify(secret, code, u64::try_from(now.timestamp()).unwrap_or(0)) {
        let step = i64::try_from(step).unwrap_or(i64::MAX);
        // The update only matches when the step is newer than the last one used: replays lose.
        let res = user::Entity::update_many()
            .col_expr(user::Column::TotpLastStep, Expr::value(step))
            .filter(user::Column::Id.eq(user.id))
            .filter(
                db::sea_orm::Condition::any()
                    .add(user::Column::TotpLastStep.is_null())
                    .add(user::Column::TotpLastStep.lt(step)),
            )
            .exec(&state.db)
            .await?;
        return Ok(res.rows_affected == 1);
    }
    let hash = token::hash_token(&totp::normalise_recovery_code(code));
    let res = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
        .filter(recovery_code::Column::UserId.eq(user.id))
        .filter(recovery_code::Column::CodeHash.eq(hash))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(&state.db)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn forgot_password(state: &AppState, req: ForgotPasswordRequest) -> Result<(), ApiError> {
    let email = parse_email(&req.email)?;
    let Some(user) = find_user_by_email(state, &email).await? else {
        return Ok(());
    };
    let now = state.clock.now();
    let raw = token::random_token();
    password_reset::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user.id),
        token_hash: Set(token::hash_token(&raw)),
        expires_at: Set(now
            + chrono::Duration::from_std(state.config.password_reset_ttl)
                .unwrap_or(chrono::Duration::hours(1))),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    let link = format!(
        "{}/reset-password?token={raw}",
        state.config.public_url.trim_end_matches('/')
    );
    let (subject, text, html) = mail::templates::password_reset(&link);
    state
        .mail
        .send(OutgoingMail {
            to: email,
            subject,
            text,
            html: Some(html),
            kind: "password_reset",
            organization_id: None,
        })
        .await
        .map_err(ApiError::internal)?;
    Ok(())
}

pub async fn reset_password(
    state: &AppState,
    req: ResetPasswordRequest,
    ip: IpAddr,
) -> Result<(), ApiError> {
    let now = state.clock.now();
    let invalid = || {
        ApiError::bad_request(
            "invalid_token",
            "This reset link is invalid or has expired. Ask for a new one.",
        )
    };
    let row = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(token::hash_token(&req.token)))
        .one(&state.db)
        .await?
        .ok_or_else(invalid)?;
    if row.used_at.is_some() || row.expires_at <= now {
        return Err(invalid());
    }
    let hash = password::hash(req.password)
        .await
        .map_err(ApiError::internal)?;
    let txn = db::begin_write(&state.db).await?;
    let used = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::Id.eq(row.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid());
    }
    set_password(&txn, row.user_id, hash, now).await?;
    sessions::revoke_all_but(&txn, row.user_id, None, now).await?;
    let user = user::Entity::find_by_id(row.user_id)
        .one(&txn)
        .await?
        .ok_or_else(invalid)?;
    audit::record(
        &txn,
        now,
        Event::on_user(
            action::PASSWORD_RESET,
            user.last_organization_id,
            user.id,
            ip,
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn set_password(
    db: &impl db::sea_orm::ConnectionTrait,
    user_id: Uuid,
    hash: String,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .col_expr(user::Column::FailedLogins, Expr::value(0))
        .col_expr(
            user::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

async fn current_user(state: &AppState, ctx: TenantCtx) -> Result<user::Model, ApiError> {
    user::Entity::find_by_id(ctx.user_id)
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::unauthorized)
}

fn wrong_password(field: &str) -> ApiError {
    ApiError::field_refusal(
        StatusCode::BAD_REQUEST,
        "invalid_credentials",
        field,
        "incorrect",
        "The password is incorrect.",
    )
}

pub async fn change_password(
    state: &AppState,
    ctx: TenantCtx,
    req: ChangePasswordRequest,
    ip: IpAddr,
) -> Result<(), ApiError> {
    let user = current_user(state, ctx).await?;
    if !password::verify(req.current_password, user.password_hash.clone()).await {
        return Err(wrong_password("current_password"));
    }
    let now = state.clock.now();
    let hash = password::hash(req.new_password)
        .await
        .map_err(ApiError::internal)?;
    let txn = db::begin_write(&state.db).await?;
    set_password(&txn, user.id, hash, now).await?;
    sessions::revoke_all_but(&txn, user.id, Some(ctx.session_id), now).await?;
    audit::record(
        &txn,
        now,
        Event::on_user(action::PASSWORD_CHANGED, Some(ctx.org_id), user.id, ip),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn me(state: &AppState, ctx: TenantCtx) -> Result<Me, ApiError> {
    // One round trip for both rows: this is the most frequently read endpoint.
    let mut select = user::Entity::find_by_id(ctx.user_id)
        .select_also(organization::Entity)
        .filter(organization::Column::Id.eq(ctx.org_id));
    QueryTrait::query(&mut select).from(organization::Entity);
    let (user, org) = match select.one(&state.db).await? {
        Some((user, Some(org))) => (user, org),
        _ => return Err(ApiError::unauthorized()),
    };
    Ok(Me {
        user: User::from(&user),
        organization: Organization::from(&org),
        role: ctx.role,
        permissions: ctx.role.permissions(),
    })
}

pub async fn totp_enroll(state: &AppState, ctx: TenantCtx) -> Result<TotpEnrollment, ApiError> {
    let user = current_user(state, ctx).await?;
    if user.totp_enabled {
        return Err(ApiError::conflict(
            "totp_already_enabled",
            "Two-factor authentication is already on. Disable it first to enrol a new device.",
        ));
    }
    let secret = totp::new_secret();
    let uri =
        totp::otpauth_uri(&secret, &user.email).ok_or_else(|| ApiError::internal("totp uri"))?;
    let qr_svg = totp::qr_svg(&uri).ok_or_else(|| ApiError::internal("qr code"))?;
    user::Entity::update_many()
        .col_expr(user::Column::TotpSecret, Expr::value(secret.clone()))
        .col_expr(user::Column::TotpLastStep, Expr::value(Option::<i64>::None))
        .filter(user::Column::Id.eq(user.id))
        .exec(&state.db)
        .await?;
    Ok(TotpEnrollment {
        secret,
        otpauth_uri: uri,
        qr_svg,
    })
}

fn bad_code() -> ApiError {
    ApiError::field_refusal(
        StatusCode::BAD_REQUEST,
        "totp_invalid",
        "code",
        "invalid",
        "That code is not valid or was already used.",
    )
}

pub async fn totp_verify(
    state: &AppState,
    ctx: TenantCtx,
    code: &str,
    ip: IpAddr,
) -> Result<RecoveryCodes, ApiError> {
    let user = current_user(state, ctx).await?;
    if user.totp_enabled {
        return Err(ApiError::conflict(
            "totp_already_enabled",
            "Two-factor authentication is already on.",
        ));
    }
    if user.totp_secret.is_none() {
        return Err(ApiError::conflict(
            "totp_not_enrolled",
            "Start enrolment first.",
        ));
    }
    let now = state.clock.now();
    if !check_second_factor(state, &user, code, now).await? {
        return Err(bad_code());
    }
    user::Entity::update_many()
        .col_expr(user::Column::TotpEnabled, Expr::value(true))
        .filter(user::Column::Id.eq(user.id))
        .exec(&state.db)
        .await?;
    let codes = replace_recovery_codes(state, user.id, now).await?;
    audit::record(
        &state.db,
        now,
        Event::on_user(action::TOTP_ENABLED, Some(ctx.org_id), user.id, ip),
    )
    .await?;
    Ok(RecoveryCodes {
        recovery_codes: codes,
    })
}

async fn replace_recovery_codes(
    state: &AppState,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<String>, ApiError> {
    let codes = totp::recovery_codes();
    let txn = db::begin_write(&state.db).await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    let rows = codes.iter().map(|c| recovery_code::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        code_hash: Set(token::hash_token(&totp::normalise_recovery_code(c))),
        used_at: Set(None),
        created_at: Set(now),
    });
    recovery_code::Entity::insert_many(rows).exec(&txn).await?;
    txn.commit().await?;
    Ok(codes)
}

pub async fn totp_disable(
    state: &AppState,
    ctx: TenantCtx,
    req: DisableTotpRequest,
    ip: IpAddr,
) -> Result<(), ApiError> {
    let user = current_user(state, ctx).await?;
    if !user.totp_enabled {
        return Err(ApiError::conflict(
            "totp_not_enabled",
            "Two-factor authentication is not on.",
        ));
    }
    if !password::verify(req.password, user.password_hash.clone()).await {
        return Err(wrong_password("password"));
    }
    let now = state.clock.now();
    if !check_second_factor(state, &user, &req.code, now).await? {
        return Err(bad_code());
    }
    user::Entity::update_many()
        .col_expr(user::Column::TotpEnabled, Expr::value(false))
        .col_expr(
            user::Column::TotpSecret,
            Expr::value(Option::<String>::None),
        )
        .filter(user::Column::Id.eq(user.id))
        .exec(&state.db)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user.id))
        .exec(&state.db)
        .await?;
    audit::record(
        &state.db,
        now,
        Event::on_user(action::TOTP_DISABLED, Some(ctx.org_id), user.id, ip),
    )
    .await?;
    Ok(())
}

pub async fn regenerate_recovery_codes(
    state: &AppState,
    ctx: TenantCtx,
    code: &str,
    ip: IpAddr,
) -> Result<RecoveryCodes, ApiError> {
    let user = current_user(state, ctx).await?;
    if !user.totp_enabled {
        return Err(ApiError::conflict(
            "totp_not_enabled",
            "Two-factor authentication is not on.",
        ));
    }
    let now = state.clock.now();
    if !check_second_factor(state, &user, code, now).await? {
        return Err(bad_code());
    }
    let codes = replace_recovery_codes(state, user.id, now).await?;
    audit::record(
        &state.db,
        now,
        Event::on_user(
            action::RECOVERY_CODES_REGENERATED,
            Some(ctx.org_id),
            user.id,
            ip,
        ),
    )
    .await?;
    Ok(RecoveryCodes {
        recovery_codes: codes,
    })
}
