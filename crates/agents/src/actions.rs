//! What people do with inbox items: approve (through the brand's approval steps), reject
//! with a reason, edit a variant (re-reviewed on save), regenerate with feedback, assign,
//! comment, and the same decisions in bulk. Every decision is recorded for the feedback loop.

use api::{ApiError, AppState, TenantCtx};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use content::{Channel, Draft};
use db::entities::{
    agent_feedback, agent_run, inbox_event, inbox_item, inbox_variant, organization_user,
};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::Expr,
};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::approval::Outcome;
use crate::brief::{self, BriefInput};
use crate::model::{ItemDetail, ItemState, Variant};
use crate::review::{FieldFinding, Review};
use crate::runs::{self, Run};
use crate::{credits, inbox, learn, prompt, review, settings, store};

#[derive(Debug, Default, Deserialize, Validate, ToSchema)]
pub struct ApproveInput {
    /// The variant to publish; the one chosen earlier, or the first, by default.
    #[serde(default)]
    #[garde(inner(range(min = 0, max = 20)))]
    pub variant: Option<i32>,
    /// Why the variant is approved despite its error-level review findings. Without it such a
    /// variant is refused (`review_has_errors`); only the roles of the approval policy's
    /// `override_roles` may give one (`override_not_allowed`).
    #[serde(default)]
    #[garde(inner(custom(not_blank), length(chars, min = 1, max = 1000)))]
    pub override_reason: Option<String>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct RejectInput {
    #[garde(length(chars, min = 1, max = 1000), custom(not_blank))]
    pub reason: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct EditInput {
    #[garde(skip)]
    pub draft: Draft,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct RegenerateInput {
    /// What to change, e.g. `shorter`, `more playful`, or any sentence.
    #[garde(length(min = 1, max = 5), inner(length(chars, min = 1, max = 500)))]
    pub feedback: Vec<String>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct AssignInput {
    /// A member of the organization, or null to unassign.
    #[garde(skip)]
    pub user_id: Option<Uuid>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct CommentInput {
    #[garde(length(chars, min = 1, max = 2000), custom(not_blank))]
    pub body: String,
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BulkAction {
    Approve,
    Reject,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct BulkInput {
    #[garde(skip)]
    pub action: BulkAction,
    #[garde(length(min = 1, max = 100))]
    pub ids: Vec<Uuid>,
    /// Required to reject.
    #[serde(default)]
    #[garde(inner(length(chars, max = 1000)))]
    pub reason: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkResult {
    pub id: Uuid,
    pub ok: bool,
    /// The problem code when not ok, e.g. `not_found`, `not_an_approver`.
    pub code: Option<String>,
    pub message: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkOutcome {
    pub results: Vec<BulkResult>,
}

fn not_blank(v: &str, _: &()) -> garde::Result {
    if v.trim().is_empty() {
        return Err(garde::Error::new("must not be blank"));
    }
    Ok(())
}

fn not_open(item: &inbox_item::Model) -> ApiError {
    ApiError::conflict(
        "not_awaiting_review",
        format!(
            "This item is {}; only items awaiting review can be decided or edited.",
            item.state.replace('_', " ")
        ),
    )
}

fn require_open(item: &inbox_item::Model) -> Result<(), ApiError> {
    if ItemState::parse(&item.state).is_some_and(ItemState::is_open) {
        Ok(())
    } else {
        Err(not_open(item))
    }
}

async fn event(
    db: &impl ConnectionTrait,
    item: &inbox_item::Model,
    user: Option<Uuid>,
    kind: &str,
    step: Option<i32>,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    inbox_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(item.organization_id),
        item_id: Set(item.id),
        user_id: Set(user),
        kind: Set(kind.into()),
        step: Set(step),
        body: Set(body.into()),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

async fn feedback(
    db: &impl ConnectionTrait,
    item: &inbox_item::Model,
    kind: &str,
    removed: Vec<String>,
    note: Option<String>,
    prompt_version: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    agent_feedback::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(item.organization_id),
        brand_id: Set(item.brand_id),
        agent: Set(item.agent.clone()),
        channel: Set(item.channel.clone()),
        prompt_version: Set(prompt_version.into()),
        kind: Set(kind.into()),
        removed: Set(serde_json::json!(removed)),
        note: Set(note),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

async fn find_variant(
    db: &impl ConnectionTrait,
    item: &inbox_item::Model,
    position: i32,
) -> Result<inbox_variant::Model, ApiError> {
    inbox_variant::Entity::find()
        .filter(inbox_variant::Column::OrganizationId.eq(item.organization_id))
        .filter(inbox_variant::Column::ItemId.eq(item.id))
        .filter(inbox_variant::Column::Position.eq(position))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::field("variant", "not_found", "The item has no such variant."))
}

/// The error-level findings of a review: what the brand does not allow.
fn error_findings(review: &Review) -> Vec<&FieldFinding> {
    review
        .findings
        .iter()
        .filter(|f| f.severity == "error")
        .collect()
}

/// 422 `review_has_errors`; `errors` lists the findings: `field` is the draft field (`draft`
/// for the whole draft), `code` the rule, `message` what is wrong.
fn review_has_errors(position: i32, findings: &[&FieldFinding]) -> ApiError {
    let n = findings.len();
    ApiError {
        detail: format!(
            "Variant {} has {n} error{} the brand does not allow: {} Fix {} (edit the variant; it is \
             reviewed again) or approve with a written override reason.",
            position + 1,
            if n == 1 { "" } else { "s" },
            findings
                .iter()
                .map(|f| sentence(&f.message))
                .collect::<Vec<_>>()
                .join(" "),
            if n == 1 { "it" } else { "them" },
        )
        .into(),
        errors: findings
            .iter()
            .map(|f| {
                api::error::FieldError::new(
                    f.field.clone().unwrap_or_else(|| "draft".into()),
                    f.rule.clone(),
                    f.message.clone(),
                )
            })
            .collect(),
        ..ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "review_has_errors",
            String::new(),
        )
    }
}

/// `message` ending with a full stop.
fn sentence(message: &str) -> String {
    let m = message.trim();
    if m.ends_with(['.', '!', '?']) {
        m.to_owned()
    } else {
        format!("{m}.")
    }
}

fn findings_json(findings: &[&FieldFinding]) -> serde_json::Value {
    serde_json::Value::Array(
        findings
            .iter()
            .map(|f| serde_json::json!({"field": f.field, "rule": f.rule, "message": f.message}))
            .collect(),
    )
}

async fn audit(
    db: &impl ConnectionTrait,
    ctx: &TenantCtx,
    action: &str,
    item: &inbox_item::Model,
    metadata: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    identity::audit::record(
        db,
        now,
        identity::audit::Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action,
            target_type: Some("inbox_item"),
            target_id: Some(item.id.to_string()),
            ip: None,
            metadata: Some(metadata),
        },
    )
    .await?;
    Ok(())
}

/// Moves an open item to a new state or step only if nobody decided it meanwhile.
async fn transition(
    db: &impl ConnectionTrait,
    item: &inbox_item::Model,
    set: Vec<(inbox_item::Column, Expr)>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut update =
        inbox_item::Entity::update_many().col_expr(inbox_item::Column::UpdatedAt, Expr::value(now));
    for (c, e) in set {
        update = update.col_expr(c, e);
    }
    let done = update
        .filter(inbox_item::Column::Id.eq(item.id))
        .filter(inbox_item::Column::State.eq(item.state.clone()))
        .filter(inbox_item::Column::ApprovalStep.eq(item.approval_step))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(ApiError::conflict(
            "changed_meanwhile",
            "Someone decided on this item at the same moment. Reload it and try again.",
        ));
    }
    Ok(())
}

pub async fn approve(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    input: ApproveInput,
) -> Result<ItemDetail, ApiError> {
    let now = state.clock.now();
    let txn = db::begin_write(&state.db).await?;
    let item = store::find_item(&txn, ctx.org_id, id).await?;
    require_open(&item)?;
    let policy = store::policy_of(&txn, ctx.org_id, item.brand_id).await?;
    let step = usize::try_from(item.approval_step).unwrap_or(0);
    if !policy.may_approve(step, ctx.user_id, ctx.role) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "not_an_approver",
            format!(
                "The brand's approval policy does not let you approve at step {} of {}.",
                step + 1,
                policy.steps.len()
            ),
        ));
    }
    let position = input.variant.or(item.chosen_variant).unwrap_or(0);
    let variant = find_variant(&txn, &item, position).await?;
    let review: Review =
        serde_json::from_value(variant.review.clone()).map_err(ApiError::internal)?;
    if !review.fits {
        let why: Vec<String> = review
            .violations
            .iter()
            .filter(|v| v.blocking)
            .map(|v| v.message.clone())
            .collect();
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "breaks_platform_rules",
            format!("Edit the variant first: {}", why.join(" ")),
        ));
    }
    let errors = error_findings(&review);
    let overridden = if errors.is_empty() {
        None
    } else {
        let Some(reason) = input
            .override_reason
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        else {
            return Err(review_has_errors(position, &errors));
        };
        if !policy.may_override(ctx.role) {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "override_not_allowed",
                format!(
                    "The brand's approval policy does not let {}s approve over review errors. Fix the variant, or ask someone who may override.",
                    ctx.role.label().to_lowercase()
                ),
            ));
        }
        Some(reason.to_owned())
    };
    let mut approvers: Vec<Uuid> = inbox_event::Entity::find()
        .filter(inbox_event::Column::OrganizationId.eq(ctx.org_id))
        .filter(inbox_event::Column::ItemId.eq(item.id))
        .filter(inbox_event::Column::Kind.eq("approved"))
        .filter(inbox_event::Column::Step.eq(item.approval_step))
        .all(&txn)
        .await?
        .into_iter()
        .filter_map(|e| e.user_id)
        .collect();
    if approvers.contains(&ctx.user_id) {
        return Err(ApiError::conflict(
            "already_approved",
            "You already approved this step; it waits for the other approvers.",
        ));
    }
    approvers.push(ctx.user_id);
    let outcome = policy.outcome(step, &approvers);
    let mut set = vec![(
        inbox_item::Column::ChosenVariant,
        Expr::value(Some(position)),
    )];
    match outcome {
        Outcome::Waiting => {}
        Outcome::NextStep(n) => set.push((inbox_item::Column::ApprovalStep, Expr::value(n as i32))),
        Outcome::Approved => {
            set.push((
                inbox_item::Column::State,
                Expr::value(ItemState::Approved.as_str()),
            ));
            set.push((inbox_item::Column::DecidedAt, Expr::value(Some(now))));
        }
    }
    transition(&txn, &item, set, now).await?;
    event(
        &txn,
        &item,
        Some(ctx.user_id),
        "approved",
        Some(item.approval_step),
        &format!("Approved variant {}", position + 1),
        now,
    )
    .await?;
    let outcome_name = match outcome {
        Outcome::Waiting => "waiting",
        Outcome::NextStep(_) => "next_step",
        Outcome::Approved => "approved",
    };
    audit(
        &txn,
        &ctx,
        identity::audit::action::INBOX_APPROVED,
        &item,
        serde_json::json!({
            "variant": position, "step": item.approval_step, "outcome": outcome_name,
            "overridden": overridden.is_some(),
        }),
        now,
    )
    .await?;
    if let Some(reason) = &overridden {
        let what: Vec<String> = errors
            .iter()
            .map(|f| match &f.field {
                Some(field) => format!("{} in {field}: {}", f.rule, f.message.trim()),
                None => format!("{}: {}", f.rule, f.message.trim()),
            })
            .collect();
        event(
            &txn,
            &item,
            Some(ctx.user_id),
            "overridden",
            Some(item.approval_step),
            &format!(
                "Approved variant {} over {} review error{}. Reason: {reason}\nOverrode: {}",
                position + 1,
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                what.join("; ")
            ),
            now,
        )
        .await?;
        audit(
            &txn,
            &ctx,
            identity::audit::action::INBOX_OVERRIDE,
            &item,
            serde_json::json!({
                "variant": position, "step": item.approval_step, "reason": reason,
                "findings": findings_json(&errors),
            }),
            now,
        )
        .await?;
    }
    if outcome == Outcome::Approved {
        feedback(
            &txn,
            &item,
            "approved",
            Vec::new(),
            None,
            &variant.prompt_version,
            now,
        )
        .await?;
    }
    txn.commit().await?;
    inbox::get(state, ctx, id).await
}

/// Who may decide at the item's current step: the approvers, and nobody else.
fn require_approver(
    policy: &crate::approval::ApprovalPolicy,
    item: &inbox_item::Model,
    ctx: &TenantCtx,
) -> Result<(), ApiError> {
    let step = usize::try_from(item.approval_step).unwrap_or(0);
    if policy.may_approve(step, ctx.user_id, ctx.role) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "not_an_approver",
            "Only the approvers of the current step can reject.",
        ))
    }
}

pub async fn reject(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    input: RejectInput,
) -> Result<ItemDetail, ApiError> {
    let now = state.clock.now();
    let txn = db::begin_write(&state.db).await?;
    let item = store::find_item(&txn, ctx.org_id, id).await?;
    require_open(&item)?;
    let policy = store::policy_of(&txn, ctx.org_id, item.brand_id).await?;
    require_approver(&policy, &item, &ctx)?;
    let reason = input.reason.trim().to_owned();
    transition(
        &txn,
        &item,
        vec![
            (
                inbox_item::Column::State,
                Expr::value(ItemState::Rejected.as_str()),
            ),
            (
                inbox_item::Column::RejectReason,
                Expr::value(Some(reason.clone())),
            ),
            (inbox_item::Column::DecidedAt, Expr::value(Some(now))),
        ],
        now,
    )
    .await?;
    event(
        &txn,
        &item,
        Some(ctx.user_id),
        "rejected",
        Some(item.approval_step),
        &reason,
        now,
    )
    .await?;
    audit(
        &txn,
        &ctx,
        identity::audit::action::INBOX_REJECTED,
        &item,
        serde_json::json!({"step": item.approval_step, "reason": reason}),
        now,
    )
    .await?;
    feedback(
        &txn,
        &item,
        "rejected",
        Vec::new(),
        Some(reason),
        prompt::PROMPT_VERSION,
        now,
    )
    .await?;
    txn.commit().await?;
    inbox::get(state, ctx, id).await
}

fn channel_of(item: &inbox_item::Model) -> Result<Channel, ApiError> {
    item.channel
        .parse()
        .map_err(|_| ApiError::internal(format!("stored channel {} is unknown", item.channel)))
}

fn check_shape(draft: &Draft, channel: Channel) -> Result<(), ApiError> {
    if !draft.channel_matches(channel) {
        return Err(ApiError::field(
            "draft.kind",
            "wrong_kind",
            &format!("This item is a {}.", brief::label(channel)),
        ));
    }
    draft
        .validate_shape(channel)
        .map_err(|m| ApiError::field("draft", "invalid", &m))
}

/// Reviews an edited draft without saving it, for the editor to show findings as people type.
pub async fn review_draft(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    draft: Draft,
) -> Result<Review, ApiError> {
    let item = store::find_item(&state.db, ctx.org_id, id).await?;
    let channel = channel_of(&item)?;
    if !draft.channel_matches(channel) {
        return Err(ApiError::field(
            "draft.kind",
            "wrong_kind",
            &format!("This item is a {}.", brief::label(channel)),
        ));
    }
    let (policy, rules) = review_context(state, &item).await?;
    Ok(review::review(&draft, channel, Some(&policy), &rules))
}

async fn review_context(
    state: &AppState,
    item: &inbox_item::Model,
) -> Result<(compliance::CompiledPolicy, textrules::RuleSettings), ApiError> {
    let b = brand::store::find_brand(&state.db, item.organization_id, item.brand_id).await?;
    let profile = brand::store::draft_of(&b);
    let brief: content::Brief = serde_json::from_value(item.brief.clone()).unwrap_or_default();
    let language = brief.language.unwrap_or(profile.language);
    let policy = compliance::CompiledPolicy::new(&crate::facts::policy_for(
        &profile,
        brief.tone_override,
        language,
    ));
    let row = settings::row(&state.db, item.organization_id).await?;
    Ok((policy, settings::rule_settings(row.as_ref())))
}

pub async fn edit(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    position: i32,
    input: EditInput,
) -> Result<Variant, ApiError> {
    let item = store::find_item(&state.db, ctx.org_id, id).await?;
    let old = find_variant(&state.db, &item, position).await?;
    require_open(&item)?;
    let channel = channel_of(&item)?;
    check_shape(&input.draft, channel)?;
    let (policy, rules) = review_context(state, &item).await?;
    let r = review::review(&input.draft, channel, Some(&policy), &rules);
    let before: Draft = serde_json::from_value(old.draft.clone()).map_err(ApiError::internal)?;
    let removed = learn::removed_phrases(&before.main_text(), &input.draft.main_text());
    let now = state.clock.now();
    let txn = db::begin_write(&state.db).await?;
    let mut am: inbox_variant::ActiveModel = old.clone().into();
    am.draft = Set(serde_json::to_value(&input.draft).map_err(ApiError::internal)?);
    am.review = Set(serde_json::to_value(&r).map_err(ApiError::internal)?);
    am.score = Set(r.score);
    am.words = Set(i32::try_from(input.draft.word_count()).unwrap_or(i32::MAX));
    am.edited = Set(true);
    am.updated_at = Set(now);
    let saved = am.update(&txn).await?;
    event(
        &txn,
        &item,
        Some(ctx.user_id),
        "edited",
        None,
        &format!("Edited variant {}", position + 1),
        now,
    )
    .await?;
    feedback(
        &txn,
        &item,
        "edited",
        removed,
        None,
        &old.prompt_version,
        now,
    )
    .await?;
    txn.commit().await?;
    store::variant_dto(saved).ok_or_else(|| ApiError::internal("saved variant does not read back"))
}

pub async fn regenerate(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    input: RegenerateInput,
) -> Result<Run, ApiError> {
    let item = store::find_item(&state.db, ctx.org_id, id).await?;
    if !ItemState::parse(&item.state).is_some_and(ItemState::can_regenerate) {
        return Err(ApiError::conflict(
            "cannot_regenerate",
            format!(
                "This item is {}; only items awaiting review, rejected or failed can be written again.",
                item.state.replace('_', " ")
            ),
        ));
    }
    let channel = channel_of(&item)?;
    // The original brief, for its variant count and sequence length.
    let original: Option<BriefInput> = match item.run_id {
        Some(r) => agent_run::Entity::find_by_id(r)
            .filter(agent_run::Column::OrganizationId.eq(ctx.org_id))
            .one(&state.db)
            .await?
            .and_then(|r| serde_json::from_value(r.brief).ok()),
        None => None,
    };
    let mut brief_input = original.unwrap_or_else(|| BriefInput {
        brand_id: item.brand_id,
        persona_ids: item.persona_id.into_iter().collect(),
        channels: vec![channel],
        goal: String::new(),
        key_message: String::new(),
        call_to_action: String::new(),
        cta_url: None,
        campaign: item.campaign.clone(),
        theme: None,
        language: None,
        variants: 2,
        tone_override: None,
        email_sequence_length: 1,
        keywords: Vec::new(),
        topic: None,
        research: Vec::new(),
    });
    let variants = store::variants_of(&state.db, ctx.org_id, &[item.id])
        .await?
        .len();
    if variants > 0 {
        brief_input.variants = u8::try_from(variants).unwrap_or(2).clamp(1, 5);
    }
    let mut item_brief: content::Brief =
        serde_json::from_value(item.brief.clone()).unwrap_or_default();
    let feedback_items: Vec<String> = input
        .feedback
        .iter()
        .map(|f| f.trim().to_owned())
        .filter(|f| !f.is_empty())
        .collect();
    item_brief.feedback.extend(feedback_items.iter().cloned());
    // Written again in the language it was written in; refused when the writer changed to one
    // that cannot write it.
    let language = match item_brief.language {
        Some(l) => l,
        None => {
            let b = brand::store::find_brand(&state.db, ctx.org_id, item.brand_id).await?;
            brand::store::draft_of(&b).language
        }
    };
    settings::require_language(&settings::writer(state, ctx).await?, language)?;
    item_brief.language = Some(language);
    let reserve =
        credits::cost_for_words(brief::max_words(channel) * u64::from(brief_input.variants));
    let now = state.clock.now();
    let run_id = Uuid::now_v7();
    let txn = db::begin_write(&state.db).await?;
    runs::queue_run(
        &txn,
        state,
        ctx,
        runs::NewRun {
            id: run_id,
            brand_id: item.brand_id,
            brief: &brief_input,
            total: 1,
            reserve,
            description: &format!("Regeneration of \u{201c}{}\u{201d} (reserved)", item.title),
            now,
        },
    )
    .await?;
    let mut am: inbox_item::ActiveModel = item.clone().into();
    am.run_id = Set(Some(run_id));
    am.state = Set(ItemState::Queued.as_str().into());
    am.brief = Set(serde_json::to_value(&item_brief).map_err(ApiError::internal)?);
    am.regenerations = Set(item.regenerations + 1);
    am.approval_step = Set(0);
    am.chosen_variant = Set(None);
    am.reject_reason = Set(None);
    am.error = Set(None);
    am.decided_at = Set(None);
    am.updated_at = Set(now);
    am.update(&txn).await?;
    // Approvals given to the old text do not carry over to the new one.
    inbox_event::Entity::update_many()
        .col_expr(
            inbox_event::Column::Kind,
            Expr::value("approval_superseded"),
        )
        .filter(inbox_event::Column::ItemId.eq(item.id))
        .filter(inbox_event::Column::Kind.eq("approved"))
        .exec(&txn)
        .await?;
    let note = feedback_items.join("; ");
    event(
        &txn,
        &item,
        Some(ctx.user_id),
        "regenerated",
        None,
        &note,
        now,
    )
    .await?;
    audit(
        &txn,
        &ctx,
        identity::audit::action::INBOX_REGENERATED,
        &item,
        serde_json::json!({
            "run_id": run_id, "feedback": feedback_items, "regenerations": item.regenerations + 1,
            "previous_state": item.state,
        }),
        now,
    )
    .await?;
    feedback(
        &txn,
        &item,
        "regenerated",
        Vec::new(),
        Some(note),
        prompt::PROMPT_VERSION,
        now,
    )
    .await?;
    txn.commit().await?;
    runs::get(state, ctx, run_id).await
}

pub async fn assign(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    input: AssignInput,
) -> Result<ItemDetail, ApiError> {
    let item = store::find_item(&state.db, ctx.org_id, id).await?;
    if let Some(u) = input.user_id {
        let member = organization_user::Entity::find()
            .filter(organization_user::Column::OrganizationId.eq(ctx.org_id))
            .filter(organization_user::Column::UserId.eq(u))
            .one(&state.db)
            .await?;
        if member.is_none() {
            return Err(ApiError::field(
                "user_id",
                "not_a_member",
                "Assign the item to a member of the organization.",
            ));
        }
    }
    let now = state.clock.now();
    let txn = db::begin_write(&state.db).await?;
    inbox_item::Entity::update_many()
        .col_expr(inbox_item::Column::AssigneeId, Expr::value(input.user_id))
        .col_expr(inbox_item::Column::UpdatedAt, Expr::value(now))
        .filter(inbox_item::Column::Id.eq(item.id))
        .exec(&txn)
        .await?;
    let body = if input.user_id.is_some() {
        "Assigned"
    } else {
        "Unassigned"
    };
    event(&txn, &item, Some(ctx.user_id), "assigned", None, body, now).await?;
    if let Some(u) = input.user_id.filter(|u| *u != ctx.user_id) {
        identity::notifications::notify(
            &txn,
            now,
            ctx.org_id,
            &[u],
            "inbox.assigned",
            &format!("Assigned to you: {}", item.title),
            "An inbox item waits for you.",
            Some(&format!("/inbox/{}", item.id)),
        )
        .await?;
    }
    txn.commit().await?;
    inbox::get(state, ctx, id).await
}

pub async fn comment(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    input: CommentInput,
) -> Result<ItemDetail, ApiError> {
    let item = store::find_item(&state.db, ctx.org_id, id).await?;
    event(
        &state.db,
        &item,
        Some(ctx.user_id),
        "comment",
        None,
        input.body.trim(),
        state.clock.now(),
    )
    .await?;
    inbox::get(state, ctx, id).await
}

pub async fn bulk(
    state: &AppState,
    ctx: TenantCtx,
    input: BulkInput,
) -> Result<BulkOutcome, ApiError> {
    let reason = input
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if matches!(input.action, BulkAction::Reject) && reason.is_none() {
        return Err(ApiError::field(
            "reason",
            "required",
            "Give a reason to reject.",
        ));
    }
    let mut results = Vec::with_capacity(input.ids.len());
    for id in input.ids {
        let outcome = match input.action {
            BulkAction::Approve => approve(state, ctx, id, ApproveInput::default())
                .await
                .map(|_| ()),
            BulkAction::Reject => reject(
                state,
                ctx,
                id,
                RejectInput {
                    reason: reason.unwrap_or_default().to_owned(),
                },
            )
            .await
            .map(|_| ()),
        };
        results.push(match outcome {
            Ok(()) => BulkResult {
                id,
                ok: true,
                code: None,
                message: None,
            },
            Err(e) => BulkResult {
                id,
                ok: false,
                code: Some(e.code.into_owned()),
                message: Some(e.detail.into_owned()),
            },
        });
    }
    Ok(BulkOutcome { results })
}

/// Notes in the item's activity that a preview link was made.
pub async fn record_shared(
    db: &impl ConnectionTrait,
    item: &inbox_item::Model,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    event(
        db,
        item,
        Some(user),
        "shared",
        None,
        "Made a preview link",
        now,
    )
    .await
}
