//! `brandium demo`: a sample organization with a team, an invitation, credits and history,
//! loaded only into an empty database.

use crate::{app, config::Config};
use db::entities::{credit_transaction, invitation, user};
use db::sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};
use identity::{audit, organizations, password, signin};
use kernel::{Clock, Email, Role, SystemClock};
use rand::Rng;
use uuid::Uuid;

pub const ADMIN_EMAIL: &str = "amara@northwind.example";

const TEAM: [(&str, &str, Role); 5] = [
    ("Amara Okafor", ADMIN_EMAIL, Role::Admin),
    ("Lucas Meyer", "lucas@northwind.example", Role::Manager),
    ("Priya Raman", "priya@northwind.example", Role::Creator),
    ("Tom Becker", "tom@northwind.example", Role::Viewer),
    ("Grace Liu", "grace@northwind.example", Role::BillingAdmin),
];

fn demo_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..16)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

pub async fn run(cfg: &Config) -> anyhow::Result<()> {
    let db = app::open_database(cfg).await?;
    let password = load(&db).await?;
    println!("Demo data loaded: organization \"Northwind Coffee Roasters\" with five members.");
    println!("Sign in as {ADMIN_EMAIL} (Admin) with password: {password}");
    println!(
        "The other members ({}) share that password.",
        TEAM[1..].iter().map(|t| t.1).collect::<Vec<_>>().join(", ")
    );
    Ok(())
}

/// Loads the sample data and returns the members' password.
pub async fn load(db: &db::sea_orm::DatabaseConnection) -> anyhow::Result<String> {
    if user::Entity::find().count(db).await? > 0 {
        anyhow::bail!(
            "the database already has accounts; the demo loads only into an empty database"
        );
    }
    let password = demo_password();
    let hash = password::hash(password.clone())
        .await
        .map_err(anyhow::Error::msg)?;
    let clock = SystemClock;
    let now = clock.now();
    let txn = db::begin_write(db).await?;
    let mut ids = Vec::new();
    for (i, (name, email, _)) in TEAM.iter().enumerate() {
        let joined = now - chrono::Duration::days(30 - i64::try_from(i).unwrap_or(0) * 5);
        let mut u = signin::new_user(&Email::parse(email)?, name, Some(hash.clone()), joined);
        u.created_at = Set(joined);
        ids.push(u.insert(&txn).await?.id);
    }
    let admin = ids[0];
    let org = organizations::create_with_admin(
        &txn,
        "Northwind Coffee Roasters",
        admin,
        now - chrono::Duration::days(30),
    )
    .await
    .map_err(anyhow::Error::msg)?;
    for (id, (_, _, role)) in ids.iter().zip(TEAM).skip(1) {
        organizations::add_member(&txn, org.id, *id, role, now - chrono::Duration::days(20))
            .await
            .map_err(anyhow::Error::msg)?;
        audit::record(
            &txn,
            now - chrono::Duration::days(20),
            audit::Event {
                org: Some(org.id),
                actor: Some(*id),
                action: audit::action::MEMBER_ADDED,
                target_type: Some("user"),
                target_id: Some(id.to_string()),
                metadata: Some(serde_json::json!({"role": role.as_str()})),
                ..Default::default()
            },
        )
        .await?;
    }
    let studio = organizations::create_with_admin(
        &txn,
        "Harbor & Pine Studio",
        admin,
        now - chrono::Duration::days(10),
    )
    .await
    .map_err(anyhow::Error::msg)?;
    for (org_id, amount, action, description) in [
        (
            org.id,
            100,
            "plan.included",
            "Basic plan: 100 credits included this month",
        ),
        (
            org.id,
            -5,
            "ai.content",
            "AI-generated content (1,000 words)",
        ),
        (
            org.id,
            -15,
            "report.custom",
            "Custom report: Q3 competitor overview",
        ),
        (
            studio.id,
            100,
            "plan.included",
            "Basic plan: 100 credits included this month",
        ),
    ] {
        credit_transaction::ActiveModel {
            id: Set(Uuid::now_v7()),
            organization_id: Set(org_id),
            user_id: Set(Some(admin)),
            amount: Set(amount),
            action: Set(action.into()),
            description: Set(Some(description.into())),
            created_at: Set(now - chrono::Duration::days(3)),
        }
        .insert(&txn)
        .await?;
    }
    invitation::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(org.id),
        email: Set("nadia@northwind.example".into()),
        role: Set(Role::Creator.as_str().into()),
        token_hash: Set(api::token::hash_token(&api::token::random_token())),
        invited_by: Set(Some(admin)),
        status: Set("pending".into()),
        expires_at: Set(now + chrono::Duration::days(6)),
        accepted_at: Set(None),
        created_at: Set(now - chrono::Duration::days(1)),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now - chrono::Duration::days(1),
        audit::Event {
            org: Some(org.id),
            actor: Some(admin),
            action: audit::action::MEMBER_INVITED,
            target_type: Some("invitation"),
            metadata: Some(
                serde_json::json!({"email": "nadia@northwind.example", "role": "creator"}),
            ),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(password)
}
