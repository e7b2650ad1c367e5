//! The feedback report (FR-8.10.3): how people received each agent's work for a brand, and
//! what the agents learned from their edits.

use api::{ApiError, AppState, TenantCtx};
use db::entities::agent_feedback;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::context;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    pub brand_id: Uuid,
}

#[derive(Debug, Default, Clone, Serialize, ToSchema)]
pub struct AgentStats {
    /// `social`, `ads`, `email` or `blog`.
    pub agent: String,
    pub approved: u32,
    pub edited: u32,
    pub rejected: u32,
    pub regenerated: u32,
    /// Approved out of approved plus rejected, 0-100; none before any decision.
    pub approval_rate: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LearnedPhrase {
    pub phrase: String,
    /// Edits that deleted it.
    pub deletions: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FeedbackReport {
    pub agents: Vec<AgentStats>,
    /// Phrases the agents now avoid for this brand, most deleted first.
    pub learned: Vec<LearnedPhrase>,
    /// The latest reasons given for rejections and regenerations.
    pub recent_notes: Vec<String>,
}

const WINDOW: u64 = 2000;

pub async fn report(
    state: &AppState,
    ctx: TenantCtx,
    q: ReportQuery,
) -> Result<FeedbackReport, ApiError> {
    brand::store::find_brand(&state.db, ctx.org_id, q.brand_id).await?;
    let rows = agent_feedback::Entity::find()
        .filter(agent_feedback::Column::OrganizationId.eq(ctx.org_id))
        .filter(agent_feedback::Column::BrandId.eq(q.brand_id))
        .order_by_desc(agent_feedback::Column::CreatedAt)
        .limit(WINDOW)
        .all(&state.db)
        .await?;
    let mut agents: Vec<AgentStats> = ["social", "ads", "email", "blog"]
        .into_iter()
        .map(|a| AgentStats {
            agent: a.into(),
            ..AgentStats::default()
        })
        .collect();
    let mut recent_notes = Vec::new();
    for r in &rows {
        if let Some(s) = agents.iter_mut().find(|s| s.agent == r.agent) {
            match r.kind.as_str() {
                "approved" => s.approved += 1,
                "edited" => s.edited += 1,
                "rejected" => s.rejected += 1,
                "regenerated" => s.regenerated += 1,
                _ => {}
            }
        }
        if let Some(n) = r.note.as_deref().filter(|n| !n.trim().is_empty())
            && recent_notes.len() < 10
        {
            recent_notes.push(n.to_owned());
        }
    }
    for s in &mut agents {
        let decided = s.approved + s.rejected;
        s.approval_rate = (decided > 0).then(|| s.approved * 100 / decided);
    }
    let learned = context::learned_phrases(&state.db, ctx.org_id, q.brand_id)
        .await?
        .into_iter()
        .take(20)
        .map(|(phrase, n)| LearnedPhrase {
            phrase,
            deletions: u32::try_from(n).unwrap_or(u32::MAX),
        })
        .collect();
    Ok(FeedbackReport {
        agents,
        learned,
        recent_notes,
    })
}
