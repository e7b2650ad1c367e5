//! The onboarding wizard's saved progress and the dashboard checklist drawn from it.
//!
//! A step counts as done when the wizard finished it or when the organization's data says so
//! (a published brand, a palette): teams that skip the wizard still see true progress.

use api::error::ApiResult;
use api::{ApiError, ApiRoutes, AppJson, AppState, Problem, TenantCtx};
use axum::{Json, extract::State, http::Method, routing::get};
use chrono::{DateTime, Utc};
use db::entities::{brand, competitor, inbox_item, onboarding_state, research_site};
use db::sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::OnConflict,
};
use garde::Validate;
use kernel::Permission as P;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(Method::GET, "/onboarding", P::OrgRead, get(show))
        .guarded(
            Method::PUT,
            "/onboarding",
            P::ContentWrite,
            axum::routing::put(save),
        )
}

#[derive(OpenApi)]
#[openapi(paths(show, save))]
pub struct ApiDoc;

/// The wizard's steps, in order: the core journey of the product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StepKey {
    BrandFoundation,
    Research,
    VisualIdentity,
    FirstDrafts,
}

impl StepKey {
    pub const ALL: [StepKey; 4] = [
        StepKey::BrandFoundation,
        StepKey::Research,
        StepKey::VisualIdentity,
        StepKey::FirstDrafts,
    ];

    fn text(self) -> (&'static str, &'static str) {
        match self {
            StepKey::BrandFoundation => (
                "Define your brand foundation",
                "Mission, vision, values, positioning and voice: type them in or capture them from your website.",
            ),
            StepKey::Research => (
                "Research your market",
                "Crawl your site, audit its SEO and see how competitors position themselves.",
            ),
            StepKey::VisualIdentity => (
                "Capture your visual identity",
                "Colours, type and logos, captured from your website or generated from one colour.",
            ),
            StepKey::FirstDrafts => (
                "Get your first drafts",
                "Brief the AI agents; their drafts land in your inbox, already checked against your brand.",
            ),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OnboardingStep {
    pub key: StepKey,
    pub title: &'static str,
    pub description: &'static str,
    pub done: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OnboardingList {
    pub steps: Vec<OnboardingStep>,
    /// Where the wizard resumes.
    pub current_step: StepKey,
    /// The brand the wizard works on, once created.
    pub brand_id: Option<Uuid>,
    /// True when every step is done.
    pub finished: bool,
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct SaveOnboarding {
    /// The step the wizard shows next.
    #[garde(skip)]
    pub current_step: StepKey,
    /// Steps finished with this save (added to those already saved).
    #[garde(length(max = 4))]
    #[serde(default)]
    pub completed: Vec<StepKey>,
    /// The brand the wizard works on: must belong to the organization.
    #[garde(skip)]
    pub brand_id: Option<Uuid>,
}

/// What the data already proves, whatever the wizard saved.
#[derive(Debug, Default, Clone, Copy)]
struct Facts {
    published: bool,
    has_palette: bool,
    has_drafts: bool,
    /// A site to audit or a competitor was added.
    has_research: bool,
}

fn done(key: StepKey, saved: &[StepKey], facts: Facts) -> bool {
    saved.contains(&key)
        || match key {
            StepKey::BrandFoundation => facts.published,
            StepKey::FirstDrafts => facts.has_drafts,
            StepKey::VisualIdentity => facts.has_palette,
            StepKey::Research => facts.has_research,
        }
}

fn saved_steps(state: Option<&onboarding_state::Model>) -> Vec<StepKey> {
    state
        .and_then(|s| serde_json::from_value(s.completed.clone()).ok())
        .unwrap_or_default()
}

fn list(state: Option<onboarding_state::Model>, facts: Facts) -> OnboardingList {
    let saved = saved_steps(state.as_ref());
    let steps: Vec<OnboardingStep> = StepKey::ALL
        .into_iter()
        .map(|key| {
            let (title, description) = key.text();
            OnboardingStep {
                key,
                title,
                description,
                done: done(key, &saved, facts),
            }
        })
        .collect();
    let current_step = state
        .as_ref()
        .and_then(|s| {
            serde_json::from_value(serde_json::Value::String(s.current_step.clone())).ok()
        })
        .unwrap_or(StepKey::BrandFoundation);
    OnboardingList {
        finished: steps.iter().all(|s| s.done),
        steps,
        current_step,
        brand_id: state.as_ref().and_then(|s| s.brand_id),
        updated_at: state.map(|s| s.updated_at),
    }
}

async fn facts(s: &AppState, org: Uuid) -> Result<Facts, ApiError> {
    let brands = brand::Entity::find()
        .filter(brand::Column::OrganizationId.eq(org))
        .order_by_asc(brand::Column::CreatedAt)
        .all(&s.db)
        .await
        .map_err(ApiError::internal)?;
    Ok(Facts {
        published: brands.iter().any(|b| b.published_version > 0),
        has_drafts: inbox_item::Entity::find()
            .filter(inbox_item::Column::OrganizationId.eq(org))
            .one(&s.db)
            .await
            .map_err(ApiError::internal)?
            .is_some(),
        has_research: research_site::Entity::find()
            .filter(research_site::Column::OrganizationId.eq(org))
            .one(&s.db)
            .await
            .map_err(ApiError::internal)?
            .is_some()
            || competitor::Entity::find()
                .filter(competitor::Column::OrganizationId.eq(org))
                .one(&s.db)
                .await
                .map_err(ApiError::internal)?
                .is_some(),
        has_palette: brands.iter().any(|b| {
            b.draft["visual"]["palette"]
                .as_array()
                .is_some_and(|p| !p.is_empty())
        }),
    })
}

async fn load(s: &AppState, org: Uuid) -> Result<Option<onboarding_state::Model>, ApiError> {
    onboarding_state::Entity::find_by_id(org)
        .one(&s.db)
        .await
        .map_err(ApiError::internal)
}

#[utoipa::path(get, path = "/api/v1/onboarding", tag = "platform", security(("bearer" = [])),
    responses((status = 200, body = OnboardingList)))]
async fn show(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<OnboardingList>> {
    let state = load(&s, ctx.org_id).await?;
    Ok(Json(list(state, facts(&s, ctx.org_id).await?)))
}

#[utoipa::path(put, path = "/api/v1/onboarding", tag = "platform", security(("bearer" = [])),
    request_body = SaveOnboarding,
    responses((status = 200, body = OnboardingList), (status = 422, body = Problem)))]
async fn save(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(req): AppJson<SaveOnboarding>,
) -> ApiResult<Json<OnboardingList>> {
    if let Some(id) = req.brand_id {
        brand::Entity::find_by_id(id)
            .filter(brand::Column::OrganizationId.eq(ctx.org_id))
            .one(&s.db)
            .await
            .map_err(ApiError::internal)?
            .ok_or_else(|| ApiError::field("brand_id", "not_found", "No such brand."))?;
    }
    let previous = load(&s, ctx.org_id).await?;
    let mut completed = saved_steps(previous.as_ref());
    for k in req.completed {
        if !completed.contains(&k) {
            completed.push(k);
        }
    }
    let brand_id = req.brand_id.or(previous.and_then(|p| p.brand_id));
    let current = serde_json::to_value(req.current_step).map_err(ApiError::internal)?;
    let row = onboarding_state::ActiveModel {
        organization_id: Set(ctx.org_id),
        brand_id: Set(brand_id),
        current_step: Set(current.as_str().unwrap_or("brand_foundation").to_owned()),
        completed: Set(serde_json::to_value(&completed).map_err(ApiError::internal)?),
        updated_at: Set(s.clock.now()),
    };
    onboarding_state::Entity::insert(row)
        .on_conflict(
            OnConflict::column(onboarding_state::Column::OrganizationId)
                .update_columns([
                    onboarding_state::Column::BrandId,
                    onboarding_state::Column::CurrentStep,
                    onboarding_state::Column::Completed,
                    onboarding_state::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&s.db)
        .await
        .map_err(ApiError::internal)?;
    let state = load(&s, ctx.org_id).await?;
    Ok(Json(list(state, facts(&s, ctx.org_id).await?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_is_done_when_saved_or_proven_by_data() {
        let none = Facts::default();
        assert!(!done(StepKey::VisualIdentity, &[], none));
        assert!(done(
            StepKey::VisualIdentity,
            &[StepKey::VisualIdentity],
            none
        ));
        let palette = Facts {
            has_palette: true,
            ..none
        };
        assert!(done(StepKey::VisualIdentity, &[], palette));
        assert!(!done(StepKey::BrandFoundation, &[], palette));
        let published = Facts {
            published: true,
            ..none
        };
        assert!(done(StepKey::BrandFoundation, &[], published));
        assert!(!done(StepKey::Research, &[], published));
        assert!(!done(StepKey::FirstDrafts, &[], published));
        let drafts = Facts {
            has_drafts: true,
            ..none
        };
        assert!(done(StepKey::FirstDrafts, &[], drafts));
    }

    #[test]
    fn a_fresh_organization_starts_at_the_foundation() {
        let l = list(None, Facts::default());
        assert_eq!(l.current_step, StepKey::BrandFoundation);
        assert!(!l.finished);
        assert_eq!(l.steps.len(), 4);
        assert!(l.steps.iter().all(|s| !s.done));
    }
}
