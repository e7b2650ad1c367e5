//! Generation runs: a brief becomes inbox items and one job that writes them. Credits are
//! reserved in the same transaction that queues the work.

use std::time::Duration;

use api::{ApiError, AppState, TenantCtx};
use axum::response::sse::{Event, KeepAlive, Sse};
use chrono::{DateTime, Utc};
use db::entities::{agent_run, inbox_item, persona};
use db::sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};
use futures::Stream;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::brief::{self, BriefInput};
use crate::model::{ItemState, ItemSummary, run_status};
use crate::{credits, settings, store};

pub const GENERATE_JOB: &str = "agents.generate";

#[derive(Debug, Serialize, Deserialize)]
pub struct GeneratePayload {
    pub run_id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Run {
    pub id: Uuid,
    pub brand_id: Uuid,
    /// `queued`, `running`, `completed`, `failed` or `cancelled`.
    pub status: String,
    pub total: i32,
    pub done: i32,
    pub credits_reserved: i32,
    pub credits_charged: i32,
    pub words: i32,
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub items: Vec<ItemSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunList {
    pub items: Vec<Run>,
}

/// The content-side brief each item keeps, so that it can be regenerated on its own.
pub fn item_brief(b: &BriefInput) -> content::Brief {
    content::Brief {
        goal: b.goal.trim().to_owned(),
        key_message: b.key_message.trim().to_owned(),
        call_to_action: b.call_to_action.trim().to_owned(),
        cta_url: b.cta_url.clone(),
        campaign: b.campaign.clone(),
        theme: b
            .theme
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned),
        language: b.language,
        tone_override: b.tone_override,
        feedback: Vec::new(),
        keywords: b.keywords.clone(),
        topic: b.topic.clone(),
        research: b
            .research
            .iter()
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty())
            .collect(),
    }
}

pub async fn create(state: &AppState, ctx: TenantCtx, input: BriefInput) -> Result<Run, ApiError> {
    let b = brand::store::find_brand(&state.db, ctx.org_id, input.brand_id)
        .await
        .map_err(|_| ApiError::field("brand_id", "not_found", "No such brand."))?;
    let personas: Vec<persona::Model> = if input.persona_ids.is_empty() {
        Vec::new()
    } else {
        persona::Entity::find()
            .filter(persona::Column::OrganizationId.eq(ctx.org_id))
            .filter(persona::Column::BrandId.eq(b.id))
            .filter(persona::Column::Id.is_in(input.persona_ids.iter().copied()))
            .all(&state.db)
            .await?
    };
    if personas.len()
        != input
            .persona_ids
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len()
    {
        return Err(ApiError::field(
            "persona_ids",
            "not_found",
            "Every persona must belong to the brand.",
        ));
    }
    // The brief's language, else the brand's; refused before anything is reserved when the
    // organization's writer cannot write it.
    let language = input
        .language
        .unwrap_or_else(|| brand::store::draft_of(&b).language);
    let writer = settings::writer(state, ctx).await?;
    settings::require_language(&writer, language)?;
    let planned = brief::plan(&input);
    if planned.len() > brief::MAX_ITEMS {
        return Err(ApiError::field(
            "channels",
            "too_many_items",
            &format!(
                "This brief makes {} items; at most {} fit in one request. Pick fewer personas or channels.",
                planned.len(),
                brief::MAX_ITEMS
            ),
        ));
    }
    let reserve = credits::cost_for_words(brief::reserved_words(&planned, input.variants));
    let now = state.clock.now();
    let run_id = Uuid::now_v7();
    let item_brief = serde_json::to_value(content::Brief {
        language: Some(language),
        ..item_brief(&input)
    })
    .map_err(ApiError::internal)?;
    let seq_total = u32::from(input.email_sequence_length);
    let txn = db::begin_write(&state.db).await?;
    queue_run(
        &txn,
        state,
        ctx,
        NewRun {
            id: run_id,
            brand_id: b.id,
            brief: &input,
            total: planned.len() as i32,
            reserve,
            description: &format!("Generation of {} items (reserved)", planned.len()),
            now,
        },
    )
    .await?;
    for (n, p) in planned.iter().enumerate() {
        let persona_name = p
            .persona_id
            .and_then(|id| personas.iter().find(|x| x.id == id))
            .map(|x| x.name.as_str());
        inbox_item::ActiveModel {
            id: Set(Uuid::now_v7()),
            organization_id: Set(ctx.org_id),
            run_id: Set(Some(run_id)),
            brand_id: Set(b.id),
            persona_id: Set(p.persona_id),
            agent: Set(agent_name(p.channel).into()),
            channel: Set(p.channel.as_str().into()),
            state: Set(ItemState::Queued.as_str().into()),
            title: Set(brief::title(
                p.channel,
                persona_name,
                p.sequence_index.map(|i| (i, seq_total)),
            )),
            campaign: Set(input.campaign.clone().filter(|c| !c.trim().is_empty())),
            assignee_id: Set(None),
            sequence_index: Set(p.sequence_index.map(|i| i as i32)),
            chosen_variant: Set(None),
            approval_step: Set(0),
            reject_reason: Set(None),
            error: Set(None),
            brief: Set(item_brief.clone()),
            regenerations: Set(0),
            created_by: Set(Some(ctx.user_id)),
            // Items keep the order they were planned in.
            created_at: Set(now + chrono::Duration::microseconds(n as i64)),
            updated_at: Set(now),
            decided_at: Set(None),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    get(state, ctx, run_id).await
}

/// A run about to be queued.
pub struct NewRun<'a> {
    pub id: Uuid,
    pub brand_id: Uuid,
    pub brief: &'a BriefInput,
    pub total: i32,
    /// Credits taken now; settled when the run ends.
    pub reserve: i32,
    pub description: &'a str,
    pub now: DateTime<Utc>,
}

/// Reserves the credits (402 when they are short), queues the job and writes the run, all
/// on `txn`: either the work is queued and paid for, or nothing happened.
pub async fn queue_run(
    txn: &impl ConnectionTrait,
    state: &AppState,
    ctx: TenantCtx,
    run: NewRun<'_>,
) -> Result<(), ApiError> {
    if let Err(balance) = credits::reserve(
        txn,
        ctx.org_id,
        Some(ctx.user_id),
        run.reserve,
        run.description,
        run.now,
    )
    .await?
    {
        return Err(credits::insufficient(run.reserve, balance));
    }
    let job_id = state
        .service::<jobs::JobQueue>()
        .enqueue_with(
            txn,
            jobs::NewJob::new(
                GENERATE_JOB,
                serde_json::json!(GeneratePayload { run_id: run.id }),
            )
            .for_org(ctx.org_id)
            .max_attempts(3),
        )
        .await
        .map_err(ApiError::internal)?;
    agent_run::ActiveModel {
        id: Set(run.id),
        organization_id: Set(ctx.org_id),
        brand_id: Set(run.brand_id),
        created_by: Set(Some(ctx.user_id)),
        brief: Set(serde_json::to_value(run.brief).map_err(ApiError::internal)?),
        status: Set(run_status::QUEUED.into()),
        job_id: Set(Some(job_id)),
        total: Set(run.total),
        done: Set(0),
        credits_reserved: Set(run.reserve),
        credits_charged: Set(0),
        words: Set(0),
        error: Set(None),
        created_at: Set(run.now),
        updated_at: Set(run.now),
        finished_at: Set(None),
    }
    .insert(txn)
    .await?;
    Ok(())
}

pub fn agent_name(c: content::Channel) -> &'static str {
    match c.agent() {
        content::AgentKind::Social => "social",
        content::AgentKind::Ads => "ads",
        content::AgentKind::Email => "email",
        content::AgentKind::Blog => "blog",
    }
}

async fn run_dto(db: &impl ConnectionTrait, r: agent_run::Model) -> Result<Run, ApiError> {
    let items = inbox_item::Entity::find()
        .filter(inbox_item::Column::OrganizationId.eq(r.organization_id))
        .filter(inbox_item::Column::RunId.eq(r.id))
        .order_by_asc(inbox_item::Column::CreatedAt)
        .order_by_asc(inbox_item::Column::Id)
        .all(db)
        .await?;
    Ok(Run {
        id: r.id,
        brand_id: r.brand_id,
        status: r.status,
        total: r.total,
        done: r.done,
        credits_reserved: r.credits_reserved,
        credits_charged: r.credits_charged,
        words: r.words,
        error: r.error,
        created_at: r.created_at,
        finished_at: r.finished_at,
        items: store::summaries(db, r.organization_id, items).await?,
    })
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Run, ApiError> {
    let r = store::find_run(&state.db, ctx.org_id, id).await?;
    run_dto(&state.db, r).await
}

pub async fn list(state: &AppState, ctx: TenantCtx) -> Result<RunList, ApiError> {
    let rows = agent_run::Entity::find()
        .filter(agent_run::Column::OrganizationId.eq(ctx.org_id))
        .order_by_desc(agent_run::Column::CreatedAt)
        .limit(20)
        .all(&state.db)
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        items.push(run_dto(&state.db, r).await?);
    }
    Ok(RunList { items })
}

/// Stops a run: a queued one ends at once with its credits refunded; a running one stops
/// after the variant it is writing, and pays only for what was written.
pub async fn cancel(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Run, ApiError> {
    let r = store::find_run(&state.db, ctx.org_id, id).await?;
    if run_status::is_finished(&r.status) {
        return run_dto(&state.db, r).await;
    }
    if let Some(job) = r.job_id {
        let queue = state.service::<jobs::JobQueue>();
        let j = queue
            .request_cancel(ctx.org_id, job)
            .await
            .map_err(ApiError::internal)?;
        if jobs::status::is_finished(&j.status) {
            // Cancelled before it started, or its job died: nothing else will settle it.
            crate::run_job::finish(&state.db, state.clock.now(), &r, true).await?;
        }
    }
    get(state, ctx, id).await
}

/// Progress of a run as server-sent events: a `progress` event with the run whenever it
/// changes, then `done` when it has finished. Reads the database, so any instance can serve it.
pub fn events(
    state: AppState,
    ctx: TenantCtx,
    first: Run,
) -> Sse<impl Stream<Item = Result<Event, std::convert::Infallible>>> {
    let stream = futures::stream::unfold(
        (state, ctx, Some(first), None::<Run>, false),
        |(state, ctx, pending, last, ended)| async move {
            if ended {
                return None;
            }
            let run = match pending {
                Some(r) => r,
                None => loop {
                    tokio::time::sleep(Duration::from_millis(400)).await;
                    match get(&state, ctx, last.as_ref().map_or(Uuid::nil(), |l| l.id)).await {
                        Ok(r) if Some(&r) != last.as_ref() => break r,
                        Ok(_) => continue,
                        Err(_) => return None,
                    }
                },
            };
            let finished = run_status::is_finished(&run.status);
            let event = Event::default()
                .event(if finished { "done" } else { "progress" })
                .json_data(&run)
                .unwrap_or_default();
            Some((Ok(event), (state, ctx, None, Some(run), finished)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

/// Moves a run's counters after an item was written.
pub async fn count_done(
    db: &impl ConnectionTrait,
    run: Uuid,
    words: i32,
    now: DateTime<Utc>,
) -> Result<(), db::sea_orm::DbErr> {
    agent_run::Entity::update_many()
        .col_expr(
            agent_run::Column::Done,
            Expr::col(agent_run::Column::Done).add(1),
        )
        .col_expr(
            agent_run::Column::Words,
            Expr::col(agent_run::Column::Words).add(words),
        )
        .col_expr(agent_run::Column::UpdatedAt, Expr::value(now))
        .filter(agent_run::Column::Id.eq(run))
        .exec(db)
        .await
        .map(|_| ())
}
