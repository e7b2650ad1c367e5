//! Stand-alone tools: the public brand compliance API (FR-8.3.4), the platform rules table
//! and formatter (FR-5.1.2), writing templates (FR-6.4.3), approval policies and the prompt
//! preview for admins.

use api::{ApiError, AppState, TenantCtx};
use db::entities::approval_policy;
use db::sea_orm::{ActiveValue::Set, EntityTrait, sea_query::OnConflict};
use garde::Validate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::approval::ApprovalPolicy;
use crate::brief::BriefInput;
use crate::{facts, prompt, review, settings, store};

/// The most text one compliance check reads.
pub const MAX_CHECK_BYTES: usize = 1024 * 1024;

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct ComplianceRequest {
    #[garde(length(max = MAX_CHECK_BYTES))]
    pub text: String,
    /// Check against this brand's voice; without it only the general rules apply (claims,
    /// disclosures, readability).
    #[serde(default)]
    #[garde(skip)]
    pub brand_id: Option<Uuid>,
    /// Where the text will appear: a channel (e.g. `x`, `email`) or `influencer` for sponsored posts.
    #[serde(default)]
    #[garde(inner(length(max = 40)))]
    pub channel: Option<String>,
    /// For emails: the HTML body, checked for the unsubscribe link and postal address.
    #[serde(default)]
    #[garde(inner(length(max = MAX_CHECK_BYTES)))]
    pub html: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ComplianceFinding {
    pub rule: String,
    /// `info`, `warning` or `error`.
    pub severity: String,
    /// Byte offsets into `text` (UTF-8); equal when the finding is about the whole text.
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub suggestion: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ComplianceResult {
    /// 0-100; 100 breaks no rule.
    pub score: u8,
    pub findings: Vec<ComplianceFinding>,
    #[schema(value_type = Object)]
    pub readability: serde_json::Value,
}

fn context_for(channel: Option<&str>) -> Result<compliance::Context, ApiError> {
    let Some(c) = channel.map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(compliance::Context::General);
    };
    if c == "influencer" {
        return Ok(compliance::Context::Influencer);
    }
    let ch: content::Channel = c.parse().map_err(|_| {
        ApiError::field(
            "channel",
            "invalid",
            "Unknown channel; use a channel name or `influencer`.",
        )
    })?;
    Ok(match ch.agent() {
        content::AgentKind::Social => compliance::Context::Social,
        content::AgentKind::Ads => compliance::Context::Ad,
        content::AgentKind::Email => compliance::Context::Email,
        content::AgentKind::Blog => compliance::Context::Blog,
    })
}

pub async fn check(
    state: &AppState,
    ctx: TenantCtx,
    req: ComplianceRequest,
) -> Result<ComplianceResult, ApiError> {
    let context = context_for(req.channel.as_deref())?;
    let policy = match req.brand_id {
        Some(id) => {
            let b = brand::store::find_brand(&state.db, ctx.org_id, id)
                .await
                .map_err(|_| ApiError::field("brand_id", "not_found", "No such brand."))?;
            Some(compliance::CompiledPolicy::new(&facts::policy(
                &brand::store::draft_of(&b),
                None,
            )))
        }
        None => None,
    };
    let report = compliance::check_compiled(
        policy
            .as_ref()
            .unwrap_or_else(|| compliance::CompiledPolicy::general()),
        &req.text,
        context,
        req.html.as_deref(),
    );
    Ok(ComplianceResult {
        score: report.score,
        findings: report
            .findings
            .iter()
            .map(|f| ComplianceFinding {
                rule: f.rule.to_owned(),
                severity: review::severity_name(f.severity).to_owned(),
                start: f.start,
                end: f.end,
                message: f.message.clone(),
                suggestion: f.suggestion.clone(),
            })
            .collect(),
        readability: serde_json::to_value(report.readability).map_err(ApiError::internal)?,
    })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PlatformRules {
    #[schema(value_type = Object)]
    pub platforms: serde_json::Value,
    #[schema(value_type = Object)]
    pub ads: serde_json::Value,
    /// The organization's settings for figures that vary (Mastodon instance limit, Instagram hashtags).
    #[schema(value_type = Object)]
    pub settings: serde_json::Value,
}

pub async fn rules(state: &AppState, ctx: TenantCtx) -> Result<PlatformRules, ApiError> {
    let row = settings::row(&state.db, ctx.org_id).await?;
    Ok(PlatformRules {
        platforms: serde_json::to_value(textrules::all_specs()).map_err(ApiError::internal)?,
        ads: serde_json::to_value(
            [
                textrules::AdFormat::GoogleRsa,
                textrules::AdFormat::Meta,
                textrules::AdFormat::LinkedinSponsored,
            ]
            .map(textrules::ad_spec),
        )
        .map_err(ApiError::internal)?,
        settings: serde_json::to_value(settings::rule_settings(row.as_ref()))
            .map_err(ApiError::internal)?,
    })
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct FormatRequest {
    #[garde(skip)]
    pub channel: content::Channel,
    #[garde(length(max = 100_000))]
    pub text: String,
    /// Statements kept verbatim however the text is shortened or split (a required
    /// disclaimer, the call to action); links are always kept.
    #[serde(default)]
    #[garde(length(max = 10), inner(length(chars, max = 1000)))]
    pub keep: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FormatResult {
    pub parts: Vec<String>,
    pub changes: Vec<String>,
    pub violations: Vec<review::RuleViolation>,
    /// Length of each part the way the platform counts it.
    pub counts: Vec<usize>,
}

pub async fn format(
    state: &AppState,
    ctx: TenantCtx,
    req: FormatRequest,
) -> Result<FormatResult, ApiError> {
    let Some(platform) = review::platform_of(req.channel) else {
        return Err(ApiError::field(
            "channel",
            "not_social",
            "Formatting applies to social channels.",
        ));
    };
    let row = settings::row(&state.db, ctx.org_id).await?;
    let rs = settings::rule_settings(row.as_ref());
    let keep: Vec<&str> = req
        .keep
        .iter()
        .map(|k| k.trim())
        .filter(|k| !k.is_empty())
        .collect();
    let f = textrules::format_with(platform, &req.text, &rs, &keep);
    let violations = textrules::validate(platform, &f.parts, &rs)
        .iter()
        .map(|v| review::violation("text", v))
        .collect();
    Ok(FormatResult {
        counts: f
            .parts
            .iter()
            .map(|p| textrules::count(platform, p, &rs))
            .collect(),
        changes: f.changes.iter().map(|c| c.message.clone()).collect(),
        parts: f.parts,
        violations,
    })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TemplateList {
    #[schema(value_type = Vec<Object>)]
    pub items: serde_json::Value,
}

pub fn templates() -> Result<TemplateList, ApiError> {
    Ok(TemplateList {
        items: serde_json::to_value(compliance::templates()).map_err(ApiError::internal)?,
    })
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
pub struct RenderRequest {
    #[serde(default)]
    #[garde(skip)]
    pub brand_id: Option<Uuid>,
    /// Section key → the text written for it.
    #[garde(custom(small_values))]
    pub values: BTreeMap<String, String>,
}

fn small_values(v: &BTreeMap<String, String>, _: &()) -> garde::Result {
    if v.len() > 30 || v.values().any(|t| t.len() > 20_000) {
        return Err(garde::Error::new(
            "at most 30 sections of 20,000 bytes each",
        ));
    }
    Ok(())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RenderResult {
    pub text: String,
    pub check: ComplianceResult,
}

pub async fn render(
    state: &AppState,
    ctx: TenantCtx,
    id: &str,
    req: RenderRequest,
) -> Result<RenderResult, ApiError> {
    let t = compliance::templates()
        .iter()
        .find(|t| t.id == id)
        .ok_or_else(ApiError::not_found)?;
    let text = compliance::render_template(t, &req.values);
    let channel = match t.context {
        compliance::Context::Email => Some("email".to_owned()),
        compliance::Context::Blog => Some("blog".to_owned()),
        compliance::Context::Ad => Some("meta_ad".to_owned()),
        compliance::Context::Influencer => Some("influencer".to_owned()),
        compliance::Context::Social => Some("linkedin".to_owned()),
        compliance::Context::General => None,
    };
    let check = check(
        state,
        ctx,
        ComplianceRequest {
            text: text.clone(),
            brand_id: req.brand_id,
            channel,
            html: None,
        },
    )
    .await?;
    Ok(RenderResult { text, check })
}

pub async fn get_policy(
    state: &AppState,
    ctx: TenantCtx,
    brand_id: Uuid,
) -> Result<ApprovalPolicy, ApiError> {
    brand::store::find_brand(&state.db, ctx.org_id, brand_id).await?;
    Ok(store::policy_of(&state.db, ctx.org_id, brand_id).await?)
}

pub async fn put_policy(
    state: &AppState,
    ctx: TenantCtx,
    brand_id: Uuid,
    p: ApprovalPolicy,
) -> Result<ApprovalPolicy, ApiError> {
    brand::store::find_brand(&state.db, ctx.org_id, brand_id).await?;
    approval_policy::Entity::insert(approval_policy::ActiveModel {
        brand_id: Set(brand_id),
        organization_id: Set(ctx.org_id),
        policy: Set(serde_json::to_value(&p).map_err(ApiError::internal)?),
        updated_at: Set(state.clock.now()),
    })
    .on_conflict(
        OnConflict::column(approval_policy::Column::BrandId)
            .update_columns([
                approval_policy::Column::Policy,
                approval_policy::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(&state.db)
    .await?;
    Ok(p)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PromptPreview {
    pub version: String,
    pub system: String,
    pub user: String,
}

/// The exact prompt the agents would send for the first item of `brief`.
pub async fn preview_prompt(
    state: &AppState,
    ctx: TenantCtx,
    brief: BriefInput,
) -> Result<PromptPreview, ApiError> {
    let gen_ctx =
        crate::context::load(state, ctx.org_id, brief.brand_id, brief.tone_override).await?;
    let first = crate::brief::plan(&brief)
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::field("channels", "required", "Pick a channel."))?;
    let b = crate::runs::item_brief(&brief);
    let persona = first.persona_id.and_then(|p| gen_ctx.personas.get(&p));
    let step = first.sequence_index.map(|i| content::Step {
        index: i,
        total: u32::from(brief.email_sequence_length),
    });
    let req = prompt::assemble(&gen_ctx.facts, persona, &b, first.channel, step, 0);
    Ok(PromptPreview {
        version: prompt::PROMPT_VERSION.into(),
        system: req.system,
        user: req
            .messages
            .into_iter()
            .map(|m| m.content)
            .collect::<Vec<_>>()
            .join("\n\n"),
    })
}
