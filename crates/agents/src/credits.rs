//! The credit ledger (spec 5.2): generation costs 5 credits per 1,000 words, rounded up.
//!
//! The balance lives in `credit_accounts` and always equals the sum of the organization's
//! `credit_transactions`. A generation reserves its worst case up front with one conditional
//! `UPDATE … WHERE balance >= cost`, so two concurrent requests can never take the balance
//! below zero on either database; it settles to the words actually written when it completes
//! and gives everything back when it fails.

use api::{ApiError, AppState, TenantCtx};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use db::entities::{credit_account, credit_transaction, organization};
use db::sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// Credits per started 1,000 words.
pub const CREDITS_PER_1000_WORDS: i64 = 5;

/// What `words` generated words cost: 5 credits per started 1,000 (0 words cost nothing).
pub fn cost_for_words(words: u64) -> i32 {
    let thousands = words.div_ceil(1000) as i64;
    i32::try_from(thousands * CREDITS_PER_1000_WORDS).unwrap_or(i32::MAX)
}

/// Credits a plan includes each month (spec 5.1).
pub fn included_credits(plan: &str) -> i32 {
    match plan {
        "professional" => 300,
        "enterprise" => 1000,
        _ => 100,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreditTransaction {
    pub id: Uuid,
    pub amount: i32,
    pub action: String,
    pub description: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreditSummary {
    pub balance: i32,
    /// Credits per started 1,000 generated words.
    pub credits_per_1000_words: i32,
    /// The latest 50 movements, newest first.
    pub transactions: Vec<CreditTransaction>,
}

/// The 402 answer when a generation needs more credits than the organization has.
pub fn insufficient(needed: i32, balance: i32) -> ApiError {
    ApiError::new(
        StatusCode::PAYMENT_REQUIRED,
        "insufficient_credits",
        format!(
            "This generation needs up to {needed} credits and the organization has {balance}. \
             Buy more credits or ask for fewer channels or variants."
        ),
    )
}

/// Opens the account on first use: the balance is what earlier transactions add up to, and an
/// organization that never had credits receives its plan's included credits.
async fn ensure_account(
    db: &impl ConnectionTrait,
    org: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if credit_account::Entity::find_by_id(org)
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    let mut total: i64 = credit_transaction::Entity::find()
        .filter(credit_transaction::Column::OrganizationId.eq(org))
        .select_only()
        .column_as(credit_transaction::Column::Amount.sum(), "sum")
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten()
        .unwrap_or(0);
    let any = credit_transaction::Entity::find()
        .filter(credit_transaction::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .is_some();
    let grant = if any {
        0
    } else {
        let plan = organization::Entity::find_by_id(org)
            .one(db)
            .await?
            .map(|o| o.plan)
            .unwrap_or_default();
        included_credits(&plan)
    };
    total += i64::from(grant);
    // Two first uses at once: only the one whose row lands grants the plan's credits.
    let opened = credit_account::Entity::insert(credit_account::ActiveModel {
        organization_id: Set(org),
        balance: Set(i32::try_from(total).unwrap_or(i32::MAX)),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(credit_account::Column::OrganizationId)
            .do_nothing()
            .to_owned(),
    )
    .exec(db)
    .await;
    match opened {
        Ok(_) if grant > 0 => {
            insert_tx(
                db,
                org,
                None,
                grant,
                "plan.included",
                "Credits included in the plan",
                now,
            )
            .await?
        }
        Ok(_) | Err(DbErr::RecordNotInserted) => {}
        Err(e) => return Err(e),
    }
    Ok(())
}

async fn insert_tx(
    db: &impl ConnectionTrait,
    org: Uuid,
    user: Option<Uuid>,
    amount: i32,
    action: &str,
    description: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    credit_transaction::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(org),
        user_id: Set(user),
        amount: Set(amount),
        action: Set(action.to_owned()),
        description: Set(Some(description.to_owned())),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map(|_| ())
}

pub async fn balance(
    db: &impl ConnectionTrait,
    org: Uuid,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    ensure_account(db, org, now).await?;
    Ok(credit_account::Entity::find_by_id(org)
        .one(db)
        .await?
        .map(|a| a.balance)
        .unwrap_or(0))
}

/// Takes `amount` credits if the balance covers them; `Err(balance)` otherwise.
/// Call inside the write transaction that creates the work the credits pay for.
pub async fn reserve(
    db: &impl ConnectionTrait,
    org: Uuid,
    user: Option<Uuid>,
    amount: i32,
    description: &str,
    now: DateTime<Utc>,
) -> Result<Result<(), i32>, DbErr> {
    ensure_account(db, org, now).await?;
    let taken = credit_account::Entity::update_many()
        .col_expr(
            credit_account::Column::Balance,
            Expr::col(credit_account::Column::Balance).sub(amount),
        )
        .col_expr(credit_account::Column::UpdatedAt, Expr::value(now))
        .filter(credit_account::Column::OrganizationId.eq(org))
        .filter(credit_account::Column::Balance.gte(amount))
        .exec(db)
        .await?;
    if taken.rows_affected == 0 {
        return Ok(Err(balance(db, org, now).await?));
    }
    insert_tx(
        db,
        org,
        user,
        -amount,
        "generation.reserve",
        description,
        now,
    )
    .await?;
    Ok(Ok(()))
}

/// Gives back `amount` credits of an earlier reservation (all of it when the work failed,
/// the unused part when it settled for less).
pub async fn refund(
    db: &impl ConnectionTrait,
    org: Uuid,
    amount: i32,
    action: &str,
    description: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if amount <= 0 {
        return Ok(());
    }
    credit_account::Entity::update_many()
        .col_expr(
            credit_account::Column::Balance,
            Expr::col(credit_account::Column::Balance).add(amount),
        )
        .col_expr(credit_account::Column::UpdatedAt, Expr::value(now))
        .filter(credit_account::Column::OrganizationId.eq(org))
        .exec(db)
        .await?;
    insert_tx(db, org, None, amount, action, description, now).await
}

pub async fn summary(state: &AppState, ctx: TenantCtx) -> Result<CreditSummary, ApiError> {
    // A read, except the first time: opening the account writes, and only then is a write
    // transaction (on SQLite, the database's one writer slot) taken.
    let balance = match credit_account::Entity::find_by_id(ctx.org_id)
        .one(&state.db)
        .await?
    {
        Some(account) => account.balance,
        None => {
            let txn = db::begin_write(&state.db).await?;
            let b = balance(&txn, ctx.org_id, state.clock.now()).await?;
            txn.commit().await?;
            b
        }
    };
    let transactions = credit_transaction::Entity::find()
        .filter(credit_transaction::Column::OrganizationId.eq(ctx.org_id))
        .order_by_desc(credit_transaction::Column::CreatedAt)
        .order_by_desc(credit_transaction::Column::Id)
        .limit(50)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|t| CreditTransaction {
            id: t.id,
            amount: t.amount,
            action: t.action,
            description: t.description,
            created_at: t.created_at,
        })
        .collect();
    Ok(CreditSummary {
        balance,
        credits_per_1000_words: CREDITS_PER_1000_WORDS as i32,
        transactions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_credits_per_started_thousand_words() {
        assert_eq!(cost_for_words(0), 0);
        assert_eq!(cost_for_words(1), 5);
        assert_eq!(cost_for_words(1000), 5);
        assert_eq!(cost_for_words(1001), 10);
        assert_eq!(cost_for_words(4200), 25);
        assert_eq!(cost_for_words(u64::MAX), i32::MAX);
    }

    #[test]
    fn plans_include_their_credits() {
        assert_eq!(included_credits("basic"), 100);
        assert_eq!(included_credits("professional"), 300);
        assert_eq!(included_credits("enterprise"), 1000);
        assert_eq!(included_credits("unknown"), 100);
    }

    #[test]
    fn the_refusal_names_what_is_needed() {
        let e = insufficient(25, 10);
        assert_eq!(e.status, StatusCode::PAYMENT_REQUIRED);
        assert_eq!(e.code, "insufficient_credits");
        assert!(e.detail.contains("25 credits") && e.detail.contains("has 10"));
    }
}
