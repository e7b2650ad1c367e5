//! Sign-up, sign-in, refresh rotation, logout, lockout, rate limits, password flows and 2FA.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn signup_and_session(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme Coffee").await;
    assert_eq!(t["token_type"], "Bearer");
    assert_eq!(t["expires_in"], 900);
    assert_eq!(t["user"]["email"], "ada@example.com");
    assert_eq!(t["organization"]["name"], "Acme Coffee");
    assert_eq!(t["organization"]["slug"], "acme-coffee");

    let me = app.get("/api/v1/auth/user", &access(&t)).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["role"], "admin");
    assert!(
        me.body["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "members_manage")
    );

    // the same email again, in any case, is taken
    let dup = app.post("/api/v1/auth/signup", None, json!({"email": "ADA@example.com", "password": PASSWORD, "name": "Ada", "organization_name": "Other"})).await;
    assert_eq!(dup.status, StatusCode::CONFLICT);
    assert_eq!(dup.code(), "email_taken");
    assert_eq!(dup.body["errors"][0]["field"], "email");
    assert_eq!(dup.headers["content-type"], "application/problem+json");

    // validation names every bad field
    let bad = app
        .post(
            "/api/v1/auth/signup",
            None,
            json!({"email": "nope", "password": "short", "name": " ", "organization_name": "X"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.code(), "validation_failed");
    let fields: Vec<&str> = bad.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for f in ["email", "password", "name"] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }

    // login works; wrong password and unknown email answer exactly alike
    let ok = app.login("ada@example.com", PASSWORD).await;
    assert_eq!(ok.status, StatusCode::OK);
    let wrong = app
        .login("ada@example.com", "not the password at all")
        .await;
    let unknown = app
        .login("nobody@example.com", "not the password at all")
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.code(), "invalid_credentials");
    assert_eq!(
        (
            unknown.status,
            unknown.body["detail"].clone(),
            unknown.code()
        ),
        (wrong.status, wrong.body["detail"].clone(), wrong.code())
    );

    // refresh rotates; the old token presented again revokes the whole family
    let r1 = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh(&ok.body)}),
        )
        .await;
    assert_eq!(r1.status, StatusCode::OK);
    assert_ne!(refresh(&r1.body), refresh(&ok.body));
    let replay = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh(&ok.body)}),
        )
        .await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);
    assert_eq!(replay.code(), "invalid_token");
    let after = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh(&r1.body)}),
        )
        .await;
    assert_eq!(
        after.status,
        StatusCode::UNAUTHORIZED,
        "the rotated token died with its family"
    );
    assert_eq!(
        app.get("/api/v1/auth/user", &access(&r1.body)).await.status,
        StatusCode::UNAUTHORIZED,
        "and so did its access token"
    );

    // logout ends the session at once
    let s = app.login("ada@example.com", PASSWORD).await.body;
    assert_eq!(
        app.call(Method::POST, "/api/v1/auth/logout", Some(&access(&s)), None)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.get("/api/v1/auth/user", &access(&s)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh(&s)})
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );

    // tokens are pinned: garbage, and tokens without Bearer, are refused
    assert_eq!(
        app.get("/api/v1/auth/user", "not.a.jwt").await.status,
        StatusCode::UNAUTHORIZED
    );
    app.stop().await;
}

#[tokio::test]
async fn signup_login_refresh_logout() {
    on_every_backend!(signup_and_session);
}

async fn password_change_ends_other_sessions(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let a = app.signup("ada@example.com", "Acme").await;
    let b = app.login("ada@example.com", PASSWORD).await.body;
    let sessions = app.get("/api/v1/auth/sessions", &access(&a)).await;
    assert_eq!(sessions.body["items"].as_array().unwrap().len(), 2);

    let bad = app.post("/api/v1/auth/password/change", Some(&access(&a)), json!({"current_password": "wrong wrong wrong", "new_password": "a brand new passphrase"})).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.body["errors"][0]["field"], "current_password");

    let ok = app
        .post(
            "/api/v1/auth/password/change",
            Some(&access(&a)),
            json!({"current_password": PASSWORD, "new_password": "a brand new passphrase"}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::NO_CONTENT, "{:?}", ok.body);
    assert_eq!(
        app.get("/api/v1/auth/user", &access(&a)).await.status,
        StatusCode::OK,
        "the session that changed it stays"
    );
    assert_eq!(
        app.get("/api/v1/auth/user", &access(&b)).await.status,
        StatusCode::UNAUTHORIZED,
        "every other session ends"
    );
    assert_eq!(
        app.login("ada@example.com", PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.login("ada@example.com", "a brand new passphrase")
            .await
            .status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn password_change() {
    on_every_backend!(password_change_ends_other_sessions);
}

async fn reset_by_email(backend: &'static str) {
    let sink = mail::testing::SmtpSink::start().await;
    let smtp = sink.url();
    let app = TestApp::start_with(backend, |c| c.smtp_url = Some(smtp.into())).await;
    app.signup("ada@example.com", "Acme").await;
    let r = app
        .post(
            "/api/v1/auth/password/forgot",
            None,
            json!({"email": "ada@example.com"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    // unknown emails get the same answer and no mail
    let r = app
        .post(
            "/api/v1/auth/password/forgot",
            None,
            json!({"email": "ghost@example.com"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let mails = sink.wait_for(1, std::time::Duration::from_secs(10)).await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, vec!["ada@example.com".to_owned()]);
    let data = mails[0].decoded_body();
    let token = token_from_link(&data, "/reset-password?token=");

    let weak = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": token, "password": "short"}),
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": token, "password": "my recovered passphrase"}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::NO_CONTENT, "{:?}", ok.body);
    let again = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": token, "password": "another passphrase here"}),
        )
        .await;
    assert_eq!(again.code(), "invalid_token", "a reset link works once");
    assert_eq!(
        app.login("ada@example.com", "my recovered passphrase")
            .await
            .status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn password_reset_through_smtp() {
    on_every_backend!(reset_by_email);
}

async fn rate_limit(backend: &'static str) {
    let app = TestApp::start_with(backend, |c| c.auth.login_attempts_per_minute = 5).await;
    app.signup("ada@example.com", "Acme").await;
    for i in 0..5 {
        let r = app.login("ada@example.com", "wrong password here").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    let sixth = app.login("ada@example.com", PASSWORD).await;
    assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(sixth.code(), "rate_limited");
    let retry: u64 = sixth.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    app.stop().await;
}

#[tokio::test]
async fn sixth_login_in_a_minute_is_rate_limited() {
    on_every_backend!(rate_limit);
}

async fn lockout(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    for _ in 0..10 {
        assert_eq!(
            app.login("ada@example.com", "wrong password here")
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
    let locked = app.login("ada@example.com", PASSWORD).await;
    assert_eq!(
        locked.status,
        StatusCode::UNAUTHORIZED,
        "a correct password is refused while locked"
    );
    assert_eq!(locked.code(), "invalid_credentials");

    let log = app.get("/api/v1/audit-log?limit=200", &access(&t)).await;
    let actions: Vec<&str> = log.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions.iter().filter(|a| **a == "login.failed").count(), 10);
    assert!(actions.contains(&"account.locked"));
    assert!(actions.contains(&"login.refused_locked"));

    // when the lock has run out, the right password works again
    use db::sea_orm::{EntityTrait, sea_query::Expr};
    db::entities::user::Entity::update_many()
        .col_expr(
            db::entities::user::Column::LockedUntil,
            Expr::value(chrono::Utc::now() - chrono::Duration::seconds(1)),
        )
        .exec(&app.state().db)
        .await
        .unwrap();
    assert_eq!(
        app.login("ada@example.com", PASSWORD).await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn ten_failures_lock_the_account() {
    on_every_backend!(lockout);
}

fn code_at(secret: &str, unix: u64) -> String {
    let bytes = totp_rs::Secret::try_from_base32(secret).unwrap();
    totp_rs::Builder::new()
        .with_secret(bytes)
        .with_account_name("x")
        .build()
        .unwrap()
        .generate(unix)
        .to_string()
}

async fn two_factor(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let e = app
        .call(Method::POST, "/api/v1/auth/2fa/enroll", Some(&tok), None)
        .await;
    assert_eq!(e.status, StatusCode::OK);
    let secret = e.body["secret"].as_str().unwrap().to_owned();
    assert!(
        e.body["otpauth_uri"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/Brandium:")
    );
    assert!(e.body["qr_svg"].as_str().unwrap().contains("<svg"));

    let now = chrono::Utc::now().timestamp() as u64;
    let bad = app
        .post(
            "/api/v1/auth/2fa/verify",
            Some(&tok),
            json!({"code": "000000"}),
        )
        .await;
    assert_eq!(bad.code(), "totp_invalid");
    // a code from the previous step enables 2FA ...
    let v = app
        .post(
            "/api/v1/auth/2fa/verify",
            Some(&tok),
            json!({"code": code_at(&secret, now - 30)}),
        )
        .await;
    assert_eq!(v.status, StatusCode::OK, "{:?}", v.body);
    let recovery: Vec<String> = v.body["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);

    let step1 = app.login("ada@example.com", PASSWORD).await;
    assert_eq!(step1.code(), "totp_required");
    // ... and the current code signs in once; the same code again is a replay
    let login = |code: String| {
        app.post(
            "/api/v1/auth/login",
            None,
            json!({"email": "ada@example.com", "password": PASSWORD, "totp_code": code}),
        )
    };
    assert_eq!(login(code_at(&secret, now)).await.status, StatusCode::OK);
    let replay = login(code_at(&secret, now)).await;
    assert_eq!(replay.code(), "totp_invalid");
    // a recovery code works once, in any case and with or without the dash
    assert_eq!(
        login(recovery[0].to_uppercase()).await.status,
        StatusCode::OK
    );
    assert_eq!(login(recovery[0].clone()).await.code(), "totp_invalid");

    let dis = app
        .post(
            "/api/v1/auth/2fa/disable",
            Some(&tok),
            json!({"password": PASSWORD, "code": recovery[1]}),
        )
        .await;
    assert_eq!(dis.status, StatusCode::NO_CONTENT, "{:?}", dis.body);
    assert_eq!(
        app.login("ada@example.com", PASSWORD).await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn totp_two_factor() {
    on_every_backend!(two_factor);
}

async fn survives_restart(backend: &'static str) {
    let mut app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    app.add_member(&access(&t), "bob@example.com", "viewer")
        .await;
    app.restart().await;
    let again = app.login("ada@example.com", PASSWORD).await;
    assert_eq!(again.status, StatusCode::OK);
    let members = app.get("/api/v1/users", &access(&again.body)).await;
    assert_eq!(members.body["items"].as_array().unwrap().len(), 2);
    // the signing key was persisted, so a token from before the restart still works
    assert_eq!(
        app.get("/api/v1/auth/user", &access(&t)).await.status,
        StatusCode::OK
    );
    app.stop().await;
}

#[tokio::test]
async fn everything_survives_a_restart() {
    on_every_backend!(survives_restart);
}

async fn forwarded_for(backend: &'static str) {
    let attempt = |app: &TestApp, i: usize| {
        let req = app
            .http
            .post(format!("{}/api/v1/auth/login", app.url))
            .header("x-forwarded-for", format!("203.0.113.{i}"))
            .json(&json!({"email": format!("user{i}@example.com"), "password": "wrong password here"}));
        async move { req.send().await.unwrap().status() }
    };
    // untrusted peer: the header is ignored, so six accounts from one address hit the address limit
    let app = TestApp::start_with(backend, |c| c.auth.login_attempts_per_minute = 5).await;
    let mut statuses = Vec::new();
    for i in 0..6 {
        statuses.push(attempt(&app, i).await);
    }
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
    app.stop().await;
    // trusted proxy: each forwarded address has its own budget
    let app = TestApp::start_with(backend, |c| {
        c.auth.login_attempts_per_minute = 5;
        c.trusted_proxies = "127.0.0.1/32".into();
    })
    .await;
    for i in 0..6 {
        assert_eq!(
            attempt(&app, i).await,
            StatusCode::UNAUTHORIZED,
            "attempt {i}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn forwarded_for_is_believed_only_from_trusted_proxies() {
    on_every_backend!(forwarded_for);
}
