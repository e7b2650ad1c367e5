//! Everything a generation reads about a brand, loaded once per run.

use std::collections::HashMap;
use std::sync::Arc;

use api::AppState;
use brand::foundation::personas::PersonaDetails;
use brand::model::BrandProfile;
use content::{BrandFacts, PersonaFacts};
use db::entities::{agent_feedback, persona};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use textrules::RuleSettings;
use uuid::Uuid;

use crate::{facts, learn, runtime::AgentRuntime, settings};

/// Feedback events read to learn avoided phrases.
const LEARN_WINDOW: u64 = 300;

pub struct GenContext {
    pub facts: BrandFacts,
    pub personas: HashMap<Uuid, PersonaFacts>,
    pub policy: compliance::CompiledPolicy,
    pub rules: RuleSettings,
    pub model: Option<Arc<dyn llm::LanguageModel>>,
    pub fallback: bool,
    /// Why the configured provider cannot be used at all (its key no longer opens).
    pub model_error: Option<String>,
    /// The brand's profile, for rules that depend on the item (e.g. a policy in the brief's
    /// language: [`GenContext::policy_in`]).
    pub profile: BrandProfile,
    pub tone: Option<content::Tone>,
}

impl GenContext {
    /// The compliance policy for an item written in `language`; `policy` when that is the
    /// brand's own language.
    pub fn policy_in(&self, language: content::Language) -> compliance::CompiledPolicy {
        compliance::CompiledPolicy::new(&facts::policy_for(&self.profile, self.tone, language))
    }
}

/// Phrases people of this organization keep deleting from this brand's drafts.
pub async fn learned_phrases(
    db: &impl db::sea_orm::ConnectionTrait,
    org: Uuid,
    brand: Uuid,
) -> Result<Vec<(String, usize)>, db::sea_orm::DbErr> {
    let rows: Vec<serde_json::Value> = agent_feedback::Entity::find()
        .filter(agent_feedback::Column::OrganizationId.eq(org))
        .filter(agent_feedback::Column::BrandId.eq(brand))
        .filter(agent_feedback::Column::Kind.eq("edited"))
        .order_by_desc(agent_feedback::Column::CreatedAt)
        .limit(LEARN_WINDOW)
        .select_only()
        .column(agent_feedback::Column::Removed)
        .into_tuple()
        .all(db)
        .await?;
    let lists: Vec<Vec<String>> = rows
        .into_iter()
        .map(|v| serde_json::from_value(v).unwrap_or_default())
        .collect();
    Ok(learn::learned_avoid(lists.iter().map(Vec::as_slice)))
}

pub async fn load(
    state: &AppState,
    org: Uuid,
    brand_id: Uuid,
    tone: Option<content::Tone>,
) -> Result<GenContext, api::ApiError> {
    let b = brand::store::find_brand(&state.db, org, brand_id).await?;
    let profile = brand::store::draft_of(&b);
    let learned: Vec<String> = learned_phrases(&state.db, org, brand_id)
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let personas = persona::Entity::find()
        .filter(persona::Column::OrganizationId.eq(org))
        .filter(persona::Column::BrandId.eq(brand_id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| {
            let details: PersonaDetails = serde_json::from_value(p.details).unwrap_or_default();
            (
                p.id,
                facts::persona_facts(&p.name, &p.buying_stage, &details),
            )
        })
        .collect();
    let row = settings::row(&state.db, org).await?;
    let runtime = state.service::<AgentRuntime>();
    let (model, model_error) = match settings::model_for(&runtime, org, row.as_ref()) {
        Ok(m) => (m, None),
        Err(e) => (None, Some(e)),
    };
    let mut brand_facts = facts::brand_facts(&profile, &learned);
    brand_facts.website_copy =
        brand::visual::captures::website_copy(&state.db, org, brand_id).await?;
    Ok(GenContext {
        facts: brand_facts,
        personas,
        policy: compliance::CompiledPolicy::new(&facts::policy(&profile, tone)),
        rules: settings::rule_settings(row.as_ref()),
        model,
        fallback: row.as_ref().is_none_or(|r| r.fallback),
        model_error,
        profile,
        tone,
    })
}
