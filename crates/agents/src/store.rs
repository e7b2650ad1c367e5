//! Lookups shared by the agents module. Each takes the caller's organization first: another
//! organization's row is not found, exactly like a missing one.

use std::collections::HashMap;

use api::ApiError;
use db::entities::{
    agent_run, approval_policy, inbox_event, inbox_item, inbox_variant, persona, user,
};
use db::sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::approval::ApprovalPolicy;
use crate::model::{ItemEvent, ItemState, ItemSummary, Variant, preview_of};
use crate::review::Review;

pub async fn find_run(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<agent_run::Model, ApiError> {
    agent_run::Entity::find_by_id(id)
        .filter(agent_run::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn find_item(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<inbox_item::Model, ApiError> {
    inbox_item::Entity::find_by_id(id)
        .filter(inbox_item::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or_else(ApiError::not_found)
}

pub async fn variants_of(
    db: &impl ConnectionTrait,
    org: Uuid,
    items: &[Uuid],
) -> Result<Vec<inbox_variant::Model>, DbErr> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    inbox_variant::Entity::find()
        .filter(inbox_variant::Column::OrganizationId.eq(org))
        .filter(inbox_variant::Column::ItemId.is_in(items.iter().copied()))
        .order_by_asc(inbox_variant::Column::Position)
        .all(db)
        .await
}

pub async fn policy_of(
    db: &impl ConnectionTrait,
    org: Uuid,
    brand: Uuid,
) -> Result<ApprovalPolicy, DbErr> {
    Ok(approval_policy::Entity::find_by_id(brand)
        .filter(approval_policy::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .and_then(|p| serde_json::from_value(p.policy).ok())
        .unwrap_or_default())
}

pub fn variant_dto(v: inbox_variant::Model) -> Option<Variant> {
    Some(Variant {
        position: v.position,
        draft: serde_json::from_value(v.draft).ok()?,
        review: serde_json::from_value::<Review>(v.review).ok()?,
        provider: v.provider,
        model: v.model,
        fallback_used: v.fallback_used,
        prompt_version: v.prompt_version,
        words: v.words,
        edited: v.edited,
        updated_at: v.updated_at,
    })
}

/// List rows for `items`, with persona names, variant counts, best score and step counts.
pub async fn summaries(
    db: &impl ConnectionTrait,
    org: Uuid,
    items: Vec<inbox_item::Model>,
) -> Result<Vec<ItemSummary>, DbErr> {
    let ids: Vec<Uuid> = items.iter().map(|i| i.id).collect();
    let variants = variants_of(db, org, &ids).await?;
    let mut per_item: HashMap<Uuid, (i32, Option<i32>, bool)> = HashMap::new();
    for v in &variants {
        let e = per_item.entry(v.item_id).or_insert((0, None, false));
        e.0 += 1;
        e.1 = Some(e.1.map_or(v.score, |s| s.max(v.score)));
        e.2 |= v.fallback_used;
    }
    // The preview reads the chosen variant, else the first; from the variants already loaded.
    let chosen: HashMap<Uuid, i32> = items
        .iter()
        .map(|i| (i.id, i.chosen_variant.unwrap_or(0)))
        .collect();
    let mut previews: HashMap<Uuid, (i32, Option<String>)> = HashMap::new();
    for v in &variants {
        let want = chosen.get(&v.item_id).copied().unwrap_or(0);
        let better = match previews.get(&v.item_id) {
            None => true,
            Some((pos, _)) => *pos != want && (v.position == want || v.position < *pos),
        };
        if better {
            let text = serde_json::from_value::<content::Draft>(v.draft.clone())
                .ok()
                .and_then(|d| preview_of(&d));
            previews.insert(v.item_id, (v.position, text));
        }
    }
    let persona_ids: Vec<Uuid> = items.iter().filter_map(|i| i.persona_id).collect();
    let names: HashMap<Uuid, String> = if persona_ids.is_empty() {
        HashMap::new()
    } else {
        persona::Entity::find()
            .filter(persona::Column::OrganizationId.eq(org))
            .filter(persona::Column::Id.is_in(persona_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect()
    };
    let mut policies: HashMap<Uuid, i32> = HashMap::new();
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        let steps = match policies.get(&i.brand_id) {
            Some(n) => *n,
            None => {
                let n = policy_of(db, org, i.brand_id).await?.steps.len() as i32;
                policies.insert(i.brand_id, n);
                n
            }
        };
        let (count, best, fallback) = per_item.get(&i.id).copied().unwrap_or((0, None, false));
        out.push(ItemSummary {
            id: i.id,
            run_id: i.run_id,
            brand_id: i.brand_id,
            persona_id: i.persona_id,
            persona_name: i.persona_id.and_then(|p| names.get(&p).cloned()),
            agent: i.agent,
            channel: i.channel.parse().unwrap_or(content::Channel::X),
            state: ItemState::parse(&i.state).unwrap_or(ItemState::Failed),
            title: i.title,
            preview: previews.remove(&i.id).and_then(|(_, p)| p),
            campaign: i.campaign,
            assignee_id: i.assignee_id,
            sequence_index: i.sequence_index,
            chosen_variant: i.chosen_variant,
            approval_step: i.approval_step,
            approval_steps: steps,
            variant_count: count,
            best_score: best,
            fallback_used: fallback,
            error: i.error,
            reject_reason: i.reject_reason,
            created_at: i.created_at,
            updated_at: i.updated_at,
        });
    }
    Ok(out)
}

pub async fn events_of(
    db: &impl ConnectionTrait,
    org: Uuid,
    item: Uuid,
) -> Result<Vec<ItemEvent>, DbErr> {
    let rows = inbox_event::Entity::find()
        .filter(inbox_event::Column::OrganizationId.eq(org))
        .filter(inbox_event::Column::ItemId.eq(item))
        .order_by_asc(inbox_event::Column::CreatedAt)
        .order_by_asc(inbox_event::Column::Id)
        .all(db)
        .await?;
    let user_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.user_id).collect();
    let names: HashMap<Uuid, String> = if user_ids.is_empty() {
        HashMap::new()
    } else {
        user::Entity::find()
            .filter(user::Column::Id.is_in(user_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|r| ItemEvent {
            id: r.id,
            kind: r.kind,
            user_id: r.user_id,
            user_name: r.user_id.and_then(|u| names.get(&u).cloned()),
            step: r.step,
            body: r.body,
            created_at: r.created_at,
        })
        .collect())
}
