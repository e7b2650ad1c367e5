//! The `agents.generate` job: writes every queued item of a run, variant by variant; mends
//! each draft (whoever wrote it), rewrites a variant that reads like an earlier one, reviews
//! them through the formatter and the compliance engine, and settles the run's credits at the end.
//!
//! Restart-safe: an item is written in one transaction (its variants and its new state), so a
//! job picked up again after a crash skips finished items and rewrites only the one it was on.

use api::AppState;
use chrono::{DateTime, Utc};
use content::{Channel, ComposeRequest, Draft, MAX_TRIGRAM_OVERLAP, Step, overlap_without};
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
use crate::mend::MendRules;
use crate::model::{ItemState, run_status};
use crate::runs::{self, GeneratePayload};
use crate::{credits, prompt, review};

pub struct GenerateJob {
    state: AppState,
}

pub fn generate_job_handler(state: AppState) -> GenerateJob {
    GenerateJob { state }
}

/// A seed derived from what the item asks for (its brief, channel, persona and place in a
/// sequence) and the regeneration: the same brief reproduces the same drafts, a retry of the
/// job writes the same, and each regeneration differs. Every variant of an item shares it: the
/// composer makes variant k differ from variants 0..k written under the same seed.
fn seed(item: &inbox_item::Model) -> u64 {
    let d = Sha256::new()
        .chain_update(item.brief.to_string().as_bytes())
        .chain_update(item.channel.as_bytes())
        .chain_update(item.persona_id.map(|p| *p.as_bytes()).unwrap_or_default())
        .chain_update(item.sequence_index.unwrap_or(-1).to_le_bytes())
        .chain_update(item.regenerations.to_le_bytes())
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

/// Other seeds the composer tries for a variant that reads like an earlier one.
const REWRITE_SEEDS: u64 = 4;

/// A variant written and mended, with what mending changed and, when it still reads like an
/// earlier variant, which one and how alike they are.
struct Finished {
    written: Written,
    changes: Vec<String>,
    like: Option<(usize, f64)>,
}

/// A seed derived from a variant's own for its `n`th rewrite: deterministic, so a retry of the
/// job writes the same.
fn derived_seed(base: u64, n: u64) -> u64 {
    let d = Sha256::new()
        .chain_update(base.to_le_bytes())
        .chain_update(n.to_le_bytes())
        .chain_update(b"another angle")
        .finalize();
    u64::from_le_bytes(d[..8].try_into().unwrap_or_default())
}

/// The earlier variant `draft` reads most like, when they share more than
/// [`MAX_TRIGRAM_OVERLAP`] of their word trigrams (the brand's disclaimers aside).
fn most_alike(draft: &Draft, earlier: &[Finished], disclaimers: &[String]) -> Option<(usize, f64)> {
    let text = draft.main_text();
    earlier
        .iter()
        .enumerate()
        .map(|(i, f)| {
            (
                i,
                overlap_without(&text, &f.written.draft.main_text(), disclaimers),
            )
        })
        .filter(|(_, o)| *o > MAX_TRIGRAM_OVERLAP)
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// The error finding on a variant that still reads like an earlier one after rewriting.
fn near_duplicate(other: usize, overlap: f64) -> review::FieldFinding {
    review::FieldFinding {
        field: None,
        rule: "near_duplicate".into(),
        severity: "error".into(),
        start: 0,
        end: 0,
        message: format!(
            "Reads like variant {}: {:.0}% of its word sequences are the same, more than the {:.0}% variants may share.",
            other + 1,
            overlap * 100.0,
            MAX_TRIGRAM_OVERLAP * 100.0
        ),
        suggestion: Some(
            "Rewrite it with another angle, or reject it: approving it offers the same copy twice."
                .into(),
        ),
    }
}

/// One variant from the organization's writer, or the composer when the provider is unusable
/// and fallback is on.
async fn write_one(
    ctx: &GenContext,
    req: &ComposeRequest,
    progress: &(dyn Fn(&str) + Send + Sync),
) -> Result<Written, String> {
    match &ctx.model_error {
        Some(e) if ctx.fallback => generate::fall_back(req, e.clone()),
        Some(e) => Err(e.clone()),
        None => generate::write(ctx.model.as_ref(), ctx.fallback, req, progress).await,
    }
}

/// Writes the variants of one item, mended, made distinct and reviewed, and stores them with
/// the item's new state.
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
    let language = brief.language.unwrap_or(ctx.facts.language);
    let own_policy;
    let policy = if language == ctx.facts.language {
        &ctx.policy
    } else {
        own_policy = ctx.policy_in(language);
        &own_policy
    };
    let rules = MendRules::new(&ctx.facts, &brief, policy.policy());
    let request = |v: u32, seed: u64, brief: content::Brief| ComposeRequest {
        brand: ctx.facts.clone(),
        persona: item.persona_id.and_then(|p| ctx.personas.get(&p).cloned()),
        brief,
        channel,
        variant: v,
        step: item.sequence_index.zip(seq_total).map(|(i, n)| Step {
            index: i as u32,
            total: n,
        }),
        seed,
    };
    let persona = item.persona_id.and_then(|p| ctx.personas.get(&p));
    let mut written: Vec<Finished> = Vec::with_capacity(variants as usize);
    for v in 0..variants {
        let base = seed(item);
        let req = request(v, base, brief.clone());
        let w = write_one(ctx, &req, progress).await?;
        let (mut w, mut changes) = generate::mended(w, channel, &rules, &ctx.rules);
        // Variants must differ: rewrite one that reads like an earlier one.
        let mut like = most_alike(&w.draft, &written, &rules.disclaimers);
        if like.is_some() {
            let tries: Vec<ComposeRequest> = if w.by_composer() {
                (1..=REWRITE_SEEDS)
                    .map(|t| request(v, derived_seed(base, t), brief.clone()))
                    .collect()
            } else {
                let mut again = brief.clone();
                again.feedback.push(generate::ANOTHER_ANGLE.into());
                vec![request(v, base, again)]
            };
            for req in tries {
                let other = if w.by_composer() {
                    generate::compose(&req, w.provider_error.clone())
                } else {
                    match write_one(ctx, &req, progress).await {
                        Ok(other) => other,
                        // The first answer stands, flagged as a near duplicate.
                        Err(e) => {
                            tracing::warn!(error = %e, "rewriting a near-duplicate variant failed");
                            break;
                        }
                    }
                };
                let (other, other_changes) = generate::mended(other, channel, &rules, &ctx.rules);
                let other_like = most_alike(&other.draft, &written, &rules.disclaimers);
                (w, changes) = (other, other_changes);
                like = other_like;
                if like.is_none() {
                    break;
                }
            }
        }
        written.push(Finished {
            written: w,
            changes,
            like,
        });
    }
    let txn = db::begin_write(db).await.map_err(|e| e.to_string())?;
    inbox_variant::Entity::delete_many()
        .filter(inbox_variant::Column::ItemId.eq(item.id))
        .exec(&txn)
        .await
        .map_err(|e| e.to_string())?;
    let mut words = 0;
    for (i, f) in written.into_iter().enumerate() {
        let w = f.written;
        let mut r = review::review(&w.draft, channel, Some(policy), &ctx.rules);
        let mut changes = f.changes;
        changes.append(&mut r.changes);
        r.changes = changes;
        if let Err(e) = w.draft.validate_shape(channel) {
            r.findings.push(review::FieldFinding {
                field: None,
                rule: "invalid_shape".into(),
                severity: "error".into(),
                start: 0,
                end: 0,
                message: format!("The draft cannot be published as it is: {e}."),
                suggestion: Some("Edit the draft so every field is filled in and distinct.".into()),
            });
        }
        if let Some((other, overlap)) = f.like {
            r.findings.push(near_duplicate(other, overlap));
        }
        if let Some(p) = persona {
            r.findings
                .extend(crate::persona_fit::check(&w.draft.main_text(), p));
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn social(text: &str) -> Finished {
        Finished {
            written: generate::compose(&ComposeRequest::new(Channel::X), None),
            changes: Vec::new(),
            like: None,
        }
        .with_draft(Draft::Social {
            text: text.into(),
            hashtags: vec![],
        })
    }

    impl Finished {
        fn with_draft(mut self, d: Draft) -> Finished {
            self.written.draft = d;
            self
        }
    }

    #[test]
    fn a_variant_like_an_earlier_one_is_found_disclaimers_aside() {
        let disclaimers = vec!["Rebates depend on your utility.".to_owned()];
        let earlier = vec![
            social("Solar panels cut your bill. Book a free roof check today."),
            social("Our crews fitted 4,000 roofs since 2009. Rebates depend on your utility."),
        ];
        let copy = Draft::Social {
            text: "New! Solar panels cut your bill. Book a free roof check today.".into(),
            hashtags: vec![],
        };
        let (i, overlap) = most_alike(&copy, &earlier, &disclaimers).expect("a copy");
        assert_eq!(i, 0);
        assert!(overlap > MAX_TRIGRAM_OVERLAP);
        let other = Draft::Social {
            text: "Summer bills? Ask a neighbour who went solar. Rebates depend on your utility."
                .into(),
            hashtags: vec![],
        };
        assert_eq!(most_alike(&other, &earlier, &disclaimers), None);
        let f = near_duplicate(0, overlap);
        assert_eq!(
            (f.rule.as_str(), f.severity.as_str()),
            ("near_duplicate", "error")
        );
        assert!(f.message.contains("variant 1"), "{}", f.message);
        assert_ne!(derived_seed(7, 1), derived_seed(7, 2));
        assert_eq!(derived_seed(7, 1), derived_seed(7, 1));
    }
}
