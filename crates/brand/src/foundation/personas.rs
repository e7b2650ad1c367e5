//! Buyer personas (FR-1.4.1): who the brand talks to. Assets, and later content, link to
//! personas (FR-1.4.2); a persona shows how many assets point at it.

use super::dto::PageQuery;
use crate::store;
use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{asset_persona, persona};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QuerySelect,
};
use garde::Validate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;
use uuid::Uuid;

const SHORT: usize = 200;
const TEXT: usize = 5_000;
const ITEMS: usize = 50;

/// Where the persona stands in the buying journey.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BuyingStage {
    #[default]
    Awareness,
    Consideration,
    Decision,
    Retention,
    Advocacy,
}

impl BuyingStage {
    pub const ALL: [BuyingStage; 5] = [
        BuyingStage::Awareness,
        BuyingStage::Consideration,
        BuyingStage::Decision,
        BuyingStage::Retention,
        BuyingStage::Advocacy,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BuyingStage::Awareness => "awareness",
            BuyingStage::Consideration => "consideration",
            BuyingStage::Decision => "decision",
            BuyingStage::Retention => "retention",
            BuyingStage::Advocacy => "advocacy",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

fn not_blank(value: &str, _: &()) -> garde::Result {
    if value.trim().is_empty() {
        Err(garde::Error::new("This field is required."))
    } else {
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct Demographics {
    /// e.g. `30-45`.
    #[garde(length(chars, max = SHORT))]
    pub age_range: String,
    #[garde(length(chars, max = SHORT))]
    pub gender: String,
    #[garde(length(chars, max = SHORT))]
    pub location: String,
    #[garde(length(chars, max = SHORT))]
    pub income: String,
    #[garde(length(chars, max = SHORT))]
    pub education: String,
    #[garde(length(chars, max = SHORT))]
    pub job_title: String,
    #[garde(length(chars, max = SHORT))]
    pub company_size: String,
    #[garde(length(chars, max = SHORT))]
    pub industry: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct Psychographics {
    #[garde(length(max = ITEMS), inner(length(chars, max = SHORT)))]
    pub values: Vec<String>,
    #[garde(length(max = ITEMS), inner(length(chars, max = SHORT)))]
    pub interests: Vec<String>,
    #[garde(length(chars, max = TEXT))]
    pub lifestyle: String,
    #[garde(length(chars, max = TEXT))]
    pub attitudes: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct Behaviours {
    /// Where they read, watch and listen.
    #[garde(length(chars, max = TEXT))]
    pub media_habits: String,
    /// How they research and decide.
    #[garde(length(chars, max = TEXT))]
    pub purchase_behaviour: String,
    /// Tools and products they use today.
    #[garde(length(max = ITEMS), inner(length(chars, max = SHORT)))]
    pub tools: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
#[serde(default)]
pub struct PersonaDetails {
    #[garde(length(chars, max = TEXT))]
    pub summary: String,
    #[garde(dive)]
    pub demographics: Demographics,
    #[garde(dive)]
    pub psychographics: Psychographics,
    #[garde(dive)]
    pub behaviours: Behaviours,
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub goals: Vec<String>,
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub pains: Vec<String>,
    #[garde(length(max = ITEMS), inner(length(chars, max = TEXT)))]
    pub objections: Vec<String>,
    /// e.g. `LinkedIn`, `Email`, `Podcasts`.
    #[garde(length(max = ITEMS), inner(length(chars, max = SHORT)))]
    pub preferred_channels: Vec<String>,
    /// Something they would say, in their words.
    #[garde(length(chars, max = TEXT))]
    pub quote: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct PersonaInput {
    #[garde(custom(not_blank), length(chars, max = SHORT))]
    pub name: String,
    /// Defaults to `awareness`.
    #[garde(skip)]
    #[serde(default)]
    pub buying_stage: BuyingStage,
    #[garde(dive)]
    #[serde(default)]
    pub details: PersonaDetails,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Persona {
    pub id: Uuid,
    pub brand_id: Uuid,
    pub name: String,
    pub buying_stage: BuyingStage,
    pub details: PersonaDetails,
    /// Assets of the library linked to this persona.
    pub asset_count: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonaPage {
    pub items: Vec<Persona>,
    pub next_cursor: Option<String>,
}

fn to_dto(p: persona::Model, asset_count: u64) -> Persona {
    Persona {
        id: p.id,
        brand_id: p.brand_id,
        buying_stage: BuyingStage::parse(&p.buying_stage).unwrap_or(BuyingStage::Awareness),
        // written validated; a document that no longer reads shows as empty rather than failing
        details: serde_json::from_value(p.details).unwrap_or_default(),
        name: p.name,
        asset_count,
        created_at: p.created_at,
        updated_at: p.updated_at,
    }
}

async fn asset_counts(
    state: &AppState,
    org: Uuid,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, u64>, ApiError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, i64)> = asset_persona::Entity::find()
        .select_only()
        .column(asset_persona::Column::PersonaId)
        .column_as(asset_persona::Column::AssetId.count(), "n")
        .filter(asset_persona::Column::OrganizationId.eq(org))
        .filter(asset_persona::Column::PersonaId.is_in(ids.iter().copied()))
        .group_by(asset_persona::Column::PersonaId)
        .into_tuple()
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, n)| (id, u64::try_from(n).unwrap_or(0)))
        .collect())
}

async fn find(state: &AppState, ctx: &TenantCtx, id: Uuid) -> Result<persona::Model, ApiError> {
    persona::Entity::find_by_id(id)
        .filter(persona::Column::OrganizationId.eq(ctx.org_id))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)
}

async fn with_count(
    state: &AppState,
    ctx: &TenantCtx,
    p: persona::Model,
) -> Result<Persona, ApiError> {
    let counts = asset_counts(state, ctx.org_id, &[p.id]).await?;
    let n = counts.get(&p.id).copied().unwrap_or(0);
    Ok(to_dto(p, n))
}

/// A brand's personas, oldest first so cards keep their place.
pub async fn list(
    state: &AppState,
    ctx: TenantCtx,
    brand_id: Uuid,
    q: PageQuery,
) -> Result<PersonaPage, ApiError> {
    store::find_brand(&state.db, ctx.org_id, brand_id).await?;
    let page = q.page();
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        persona::Entity::find()
            .filter(persona::Column::OrganizationId.eq(ctx.org_id))
            .filter(persona::Column::BrandId.eq(brand_id)),
        (persona::Column::CreatedAt, persona::Column::Id),
        page.cursor()?,
        page.limit()?,
        false,
        |r| (r.created_at, r.id),
    )
    .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let counts = asset_counts(state, ctx.org_id, &ids).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            let n = counts.get(&r.id).copied().unwrap_or(0);
            to_dto(r, n)
        })
        .collect();
    Ok(PersonaPage { items, next_cursor })
}

pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    brand_id: Uuid,
    input: PersonaInput,
) -> Result<Persona, ApiError> {
    store::find_brand(&state.db, ctx.org_id, brand_id).await?;
    let now = state.clock.now();
    let row = persona::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        brand_id: Set(brand_id),
        name: Set(input.name.trim().to_owned()),
        buying_stage: Set(input.buying_stage.as_str().to_owned()),
        details: Set(serde_json::to_value(&input.details).map_err(ApiError::internal)?),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    Ok(to_dto(row, 0))
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Persona, ApiError> {
    let p = find(state, &ctx, id).await?;
    with_count(state, &ctx, p).await
}

pub async fn update(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    input: PersonaInput,
) -> Result<Persona, ApiError> {
    let p = find(state, &ctx, id).await?;
    let mut active = p.into_active_model();
    active.name = Set(input.name.trim().to_owned());
    active.buying_stage = Set(input.buying_stage.as_str().to_owned());
    active.details = Set(serde_json::to_value(&input.details).map_err(ApiError::internal)?);
    active.updated_at = Set(state.clock.now());
    let p = active.update(&state.db).await?;
    with_count(state, &ctx, p).await
}

pub async fn delete(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let p = find(state, &ctx, id).await?;
    persona::Entity::delete_by_id(p.id).exec(&state.db).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_round_trip_through_their_names() {
        for s in BuyingStage::ALL {
            assert_eq!(BuyingStage::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        assert_eq!(BuyingStage::parse("loyal"), None);
    }

    #[test]
    fn validation_names_nested_fields() {
        let input: PersonaInput = serde_json::from_value(serde_json::json!({
            "name": " ",
            "buying_stage": "decision",
            "details": {"demographics": {"age_range": "x".repeat(201)}, "goals": ["ok"]}
        }))
        .unwrap();
        let report = input.validate().unwrap_err().to_string();
        assert!(report.contains("name"), "{report}");
        assert!(
            report.contains("details.demographics.age_range"),
            "{report}"
        );
    }
}
