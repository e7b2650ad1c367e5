//! The `agents.generate` job: writes every queued item of a run, variant by variant, through
//! the formatter and the compliance engine, and settles the run's credits at the end.
//!
//! Restart-safe: an item is written in one transaction (its variants and its new state), so a
//! job picked up again after a crash skips finished items and rewrites only the one it was on.

use api::AppState;
use chrono::{DateTime, Utc};
use content::{Channel, ComposeRequest, Step};
use db::entities::{agent_run, inbox_item, inbox_variant};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use jobs::{JobContext, JobHandler};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::context::{self, GenContext};
use crate::generate::{self, Written};
use crate::model::{ItemState, run_status};
use crate::runs::{self, GeneratePayload};
use crate::{credits, prompt, review};

pub struct GenerateJob {
    state: AppState,
}

pub fn generate_job_handler(state: AppState) -> GenerateJob {
    GenerateJob { state }
}

/// A seed that differs per run, item, variant and regeneration, and is the same on a retry.
fn seed(item: Uuid, regenerations: i32, variant: u32) -> u64 {
    let d = Sha256::new()
        .chain_update(item.as_bytes())
        .chain_update(regenerations.to_le_bytes())
        .chain_update(variant.to_le_bytes())
        .finalize();
    u64::from_le_bytes(d[..8].try_into().unwrap_or_default())
}

fn word_count(w: &Written) -> i32 {
    i32::try_from(w.draft.word_count()).unwrap_or(i32::MAX)
}

async fn set_item_state(
    db: &impl ConnectionTrait,
    id: Uuid,
    st: ItemState,
    error: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), String> {
    inbox_item::Entity::update_many()
        .col_expr(inbox_item::Column::State, Expr::value(st.as_str()))
        .col_expr(inbox_item::Column::Error, Expr::value(error))
        .col_expr(inbox_item::Column::UpdatedAt, Expr::value(now))
        .filter(inbox_item::Column::Id.eq(id))
        .exec(db)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Settles a run: charges the words written (never more than was reserved), gives back the
/// rest, marks unwritten items failed and records the outcome. Idempotent.
pub async fn finish(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    run: &agent_run::Model,
    cancelled: bool,
) -> Result<(), db::sea_orm::DbErr> {
    let txn = db::begin_write(db).await?;
    let Some(current) = agent_run::Entity::find_by_id(run.id).one(&txn).await? else {
        return Ok(());
    };
    if run_status::is_finished(&current.status) {
        return Ok(());
    }
    let reason = if cancelled {
        "Cancelled before it was written."
    } else {
        "Not written."
    };
    inbox_item::Entity::update_many()
        .col_expr(
            inbox_item::Column::State,
            Expr::value(ItemState::Failed.as_str()),
        )
        .col_expr(inbox_item::Column::Error, Expr::value(reason))
        .col_expr(inbox_item::Column::UpdatedAt, Expr::value(now))
        .filter(inbox_item::Column::RunId.eq(run.id))
        .filter(
            inbox_item::Column::State
                .is_in([ItemState::Queued.as_str(), ItemState::Running.as_str()]),
        )
        .exec(&txn)
        .await?;
    let failed_all = current.done == 0;
    let charged = if failed_all {
        0
    } else {
        credits::cost_for_words(u64::try_from(current.words).unwrap_or(0))
            .min(current.credits_reserved)
    };
    let back = current.credits_reserved - charged;
    let (action, what) = if charged == 0 {
        (
            "generation.refund",
            "Generation refunded: nothing was written",
        )
    } else {
        (
            "generation.settle",
            "Unused part of a generation's reservation",
        )
    };
    credits::refund(&txn, current.organization_id, back, action, what, now).await?;
    let status = match (cancelled, failed_all) {
        (true, _) => run_status::CANCELLED,
        (false, true) => run_status::FAILED,
        (false, false) => run_status::COMPLETED,
    };
    agent_run::Entity::update_many()
        .col_expr(agent_run::Column::Status, Expr::value(status))
        .col_expr(agent_run::Column::CreditsCharged, Expr::value(charged))
        .col_expr(agent_run::Column::UpdatedAt, Expr::value(now))
        .col_expr(agent_run::Column::FinishedAt, Expr::value(Some(now)))
        .filter(agent_run::Column::Id.eq(run.id))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Writes the variants of one item, reviewed, and stores them with the item's new state.
pub async fn write_item(
    db: &DatabaseConnection,
    now: impl Fn() -> DateTime<Utc>,
    ctx: &GenContext,
    item: &inbox_item::Model,
    variants: u32,
    seq_total: Option<u32>,
    progress: &(dyn Fn(&str) + Send + Sync),
) -> Result<i32, String> {
    let channel: Channel = item
        .channel
        .parse()
        .map_err(|_| format!("unknown channel {}", item.channel))?;
    let brief: content::Brief = serde_json::from_value(item.brief.clone()).unwrap_or_default();
    let mut written = Vec::with_capacity(variants as usize);
    for v in 0..variants {
        let req = ComposeRequest {
            brand: ctx.facts.clone(),
            persona: item.persona_id.and_then(|p| ctx.personas.get(&p).cloned()),
            brief: brief.clone(),
            channel,
            variant: v,
            step: item.sequence_index.zip(seq_total).map(|(i, n)| Step {
                index: i as u32,
                total: n,
            }),
            seed: seed(item.id, item.regenerations, v),
        };
        let w = match &ctx.model_error {
            Some(e) if ctx.fallback => generate::compose(&req, Some(e.clone())),
            Some(e) => return Err(e.clone()),
            None => generate::write(ctx.model.as_ref(), ctx.fallback, &req, progress).await?,
        };
        written.push(w);
    }
    let txn = db::begin_write(db).await.map_err(|e| e.to_string())?;
    inbox_variant::Entity::delete_many()
        .filter(inbox_variant::Column::ItemId.eq(item.id))
        .exec(&txn)
        .await
        .map_err(|e| e.to_string())?;
    let mut words = 0;
    for (i, w) in written.into_iter().enumerate() {
        let r = review::review(&w.draft, channel, Some(&ctx.policy), &ctx.rules);
        let n = word_count(&w);
        words += n;
        let at = now();
        inbox_variant::ActiveModel {
            id: Set(Uuid::now_v7()),
            organization_id: Set(item.organization_id),
            item_id: Set(item.id),
            position: Set(i as i32),
            draft: Set(serde_json::to_value(&w.draft).map_err(|e| e.to_string())?),
            review: Set(serde_json::to_value(&r).map_err(|e| e.to_string())?),
            score: Set(r.score),
            provider: Set(w.provider),
            model: Set(w.model),
            fallback_used: Set(w.fallback_used),
            prompt_version: Set(prompt::PROMPT_VERSION.into()),
            words: Set(n),
            edited: Set(false),
            created_at: Set(at),
            updated_at: Set(at),
        }
        .insert(&txn)
        .await
        .map_err(|e| e.to_string())?;
    }
    set_item_state(&txn, item.id, ItemState::AwaitingReview, None, now()).await?;
    if let Some(run) = item.run_id {
        runs::count_done(&txn, run, words, now())
            .await
            .map_err(|e| e.to_string())?;
    }
    txn.commit().await.map_err(|e| e.to_string())?;
    Ok(words)
}

#[async_trait::async_trait]
impl JobHandler for GenerateJob {
    async fn run(&self, job: JobContext) -> Result<(), String> {
        let payload: GeneratePayload = job.payload()?;
        let db = &self.state.db;
        let clock = self.state.clock.clone();
        let Some(org) = job.job.organization_id else {
            return Err("generation job without an organization".into());
        };
        let Some(run) = agent_run::Entity::find_by_id(payload.run_id)
            .filter(agent_run::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Ok(()); // the brand and its runs were deleted meanwhile
        };
        if run_status::is_finished(&run.status) {
            return Ok(());
        }
        agent_run::Entity::update_many()
            .col_expr(agent_run::Column::Status, Expr::value(run_status::RUNNING))
            .col_expr(agent_run::Column::UpdatedAt, Expr::value(clock.now()))
            .filter(agent_run::Column::Id.eq(run.id))
            .exec(db)
            .await
            .map_err(|e| e.to_string())?;
        let input: crate::brief::BriefInput =
            serde_json::from_value(run.brief.clone()).map_err(|e| e.to_string())?;
        let gen_ctx = context::load(&self.state, org, run.brand_id, input.tone_override)
            .await
            .map_err(|e| format!("{}", e.detail))?;
        let items = inbox_item::Entity::find()
            .filter(inbox_item::Column::OrganizationId.eq(org))
            .filter(inbox_item::Column::RunId.eq(run.id))
            .filter(
                inbox_item::Column::State
                    .is_in([ItemState::Queued.as_str(), ItemState::Running.as_str()]),
            )
            .order_by_asc(inbox_item::Column::CreatedAt)
            .all(db)
            .await
            .map_err(|e| e.to_string())?;
        let seq_total = Some(u32::from(input.email_sequence_length));
        let mut cancelled = false;
        for (n, item) in items.iter().enumerate() {
            if job.is_cancelled().await {
                cancelled = true;
                break;
            }
            set_item_state(db, item.id, ItemState::Running, None, clock.now()).await?;
            job.progress(serde_json::json!({
                "item_id": item.id, "title": item.title, "position": n, "of": items.len()
            }))
            .await;
            let quiet = |_: &str| {};
            let written = write_item(
                db,
                || clock.now(),
                &gen_ctx,
                item,
                u32::from(input.variants),
                seq_total,
                &quiet,
            )
            .await;
            if let Err(e) = written {
                tracing::warn!(item.id = %item.id, error = %e, "an inbox item could not be written");
                set_item_state(db, item.id, ItemState::Failed, Some(e), clock.now()).await?;
            }
        }
        finish(db, clock.now(), &run, cancelled)
            .await
            .map_err(|e| e.to_string())
    }
}
