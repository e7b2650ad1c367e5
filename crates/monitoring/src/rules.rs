//! Alert rules: which monitored items raise an alert, how urgent it is and where it goes.

use api::{ApiError, AppState, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::alert_rule;
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use garde::Validate;
use monitor::{Impact, SentimentLabel, Urgency};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::alerts::AlertChannels;
use crate::labels::{clean_list, from_label, strings, to_label};
use crate::store;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AlertRule {
    pub id: Uuid,
    pub name: String,
    pub keywords: Vec<String>,
    pub competitors: Vec<String>,
    pub include_brand: bool,
    pub min_relevance: f64,
    pub min_impact: Impact,
    pub sentiment: Option<SentimentLabel>,
    pub urgency: Urgency,
    pub channels: AlertChannels,
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AlertRuleList {
    pub items: Vec<AlertRule>,
}

fn default_channels() -> AlertChannels {
    AlertChannels {
        in_app: true,
        email: false,
        webhook: true,
    }
}

#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
pub struct AlertRuleInput {
    #[garde(length(chars, min = 1, max = 200))]
    pub name: String,
    /// Any of these words or phrases in an item fires the rule.
    #[serde(default)]
    #[garde(length(max = 50), inner(length(chars, min = 1, max = 100)))]
    pub keywords: Vec<String>,
    /// A mention of any of these competitors fires the rule.
    #[serde(default)]
    #[garde(length(max = 50), inner(length(chars, min = 1, max = 200)))]
    pub competitors: Vec<String>,
    /// A mention of the brand fires the rule.
    #[serde(default)]
    #[garde(skip)]
    pub include_brand: bool,
    /// 0 to 1.
    #[serde(default)]
    #[garde(range(min = 0.0, max = 1.0))]
    pub min_relevance: f64,
    #[serde(default)]
    #[garde(skip)]
    pub min_impact: Option<Impact>,
    /// Only mentions with this sentiment.
    #[serde(default)]
    #[garde(skip)]
    pub sentiment: Option<SentimentLabel>,
    #[serde(default)]
    #[garde(skip)]
    pub urgency: Option<Urgency>,
    /// In the app and to webhooks by default; email as the members' preferences say.
    #[serde(default = "default_channels")]
    #[garde(skip)]
    pub channels: AlertChannels,
    #[serde(default = "yes")]
    #[garde(skip)]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Default, Deserialize, Validate, ToSchema)]
pub struct AlertRulePatch {
    #[serde(default)]
    #[garde(inner(length(chars, min = 1, max = 200)))]
    pub name: Option<String>,
    #[serde(default)]
    #[garde(inner(length(max = 50), inner(length(chars, min = 1, max = 100))))]
    pub keywords: Option<Vec<String>>,
    #[serde(default)]
    #[garde(inner(length(max = 50), inner(length(chars, min = 1, max = 200))))]
    pub competitors: Option<Vec<String>>,
    #[serde(default)]
    #[garde(skip)]
    pub include_brand: Option<bool>,
    #[serde(default)]
    #[garde(inner(range(min = 0.0, max = 1.0)))]
    pub min_relevance: Option<f64>,
    #[serde(default)]
    #[garde(skip)]
    pub min_impact: Option<Impact>,
    /// Only mentions with this sentiment; see `sentiment_any` to drop the condition.
    #[serde(default)]
    #[garde(skip)]
    pub sentiment: Option<SentimentLabel>,
    /// True removes the sentiment condition.
    #[serde(default)]
    #[garde(skip)]
    pub sentiment_any: Option<bool>,
    #[serde(default)]
    #[garde(skip)]
    pub urgency: Option<Urgency>,
    #[serde(default)]
    #[garde(skip)]
    pub channels: Option<AlertChannels>,
    #[serde(default)]
    #[garde(skip)]
    pub enabled: Option<bool>,
}

pub fn to_dto(r: alert_rule::Model) -> AlertRule {
    AlertRule {
        id: r.id,
        name: r.name,
        keywords: strings(&r.keywords),
        competitors: strings(&r.competitors),
        include_brand: r.include_brand,
        min_relevance: r.min_relevance,
        min_impact: from_label(&r.min_impact).unwrap_or(Impact::Low),
        sentiment: r.sentiment.as_deref().and_then(from_label),
        urgency: from_label(&r.urgency).unwrap_or(Urgency::Normal),
        channels: AlertChannels {
            in_app: r.channel_in_app,
            email: r.channel_email,
            webhook: r.channel_webhook,
        },
        enabled: r.enabled,
        created_at: r.created_at,
        updated_at: r.updated_at,
    }
}

/// The engine's rule for a stored one.
pub fn engine_rule(r: &AlertRule) -> monitor::AlertRule {
    monitor::AlertRule {
        keywords: r.keywords.clone(),
        competitors: r.competitors.clone(),
        include_brand: r.include_brand,
        min_relevance: r.min_relevance,
        min_impact: r.min_impact,
        sentiment: r.sentiment,
        urgency: r.urgency,
    }
}

pub async fn enabled_rules(db: &impl ConnectionTrait, org: Uuid) -> Result<Vec<AlertRule>, DbErr> {
    Ok(alert_rule::Entity::find()
        .filter(alert_rule::Column::OrganizationId.eq(org))
        .filter(alert_rule::Column::Enabled.eq(true))
        .order_by_asc(alert_rule::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(to_dto)
        .collect())
}

fn check_fires_on_something(
    keywords: &[String],
    competitors: &[String],
    brand: bool,
) -> Result<(), ApiError> {
    if keywords.is_empty() && competitors.is_empty() && !brand {
        return Err(ApiError::field(
            "keywords",
            "rule_matches_nothing",
            "Give keywords, competitors or include the brand, or the rule never fires.",
        ));
    }
    Ok(())
}

pub async fn list(state: &AppState, ctx: TenantCtx) -> Result<AlertRuleList, ApiError> {
    let rows = alert_rule::Entity::find()
        .filter(alert_rule::Column::OrganizationId.eq(ctx.org_id))
        .order_by_asc(alert_rule::Column::CreatedAt)
        .order_by_asc(alert_rule::Column::Id)
        .all(&state.db)
        .await?;
    Ok(AlertRuleList {
        items: rows.into_iter().map(to_dto).collect(),
    })
}

pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    input: AlertRuleInput,
) -> Result<AlertRule, ApiError> {
    let keywords = clean_list(&input.keywords);
    let competitors = clean_list(&input.competitors);
    check_fires_on_something(&keywords, &competitors, input.include_brand)?;
    let now = state.clock.now();
    let row = alert_rule::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        name: Set(input.name.trim().to_owned()),
        keywords: Set(serde_json::json!(keywords)),
        competitors: Set(serde_json::json!(competitors)),
        include_brand: Set(input.include_brand),
        min_relevance: Set(input.min_relevance),
        min_impact: Set(to_label(&input.min_impact.unwrap_or(Impact::Low))),
        sentiment: Set(input.sentiment.as_ref().map(to_label)),
        urgency: Set(to_label(&input.urgency.unwrap_or(Urgency::Normal))),
        channel_in_app: Set(input.channels.in_app),
        channel_email: Set(input.channels.email),
        channel_webhook: Set(input.channels.webhook),
        enabled: Set(input.enabled),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    Ok(to_dto(row))
}

pub async fn update(
    state: &AppState,
    current: alert_rule::Model,
    p: AlertRulePatch,
) -> Result<AlertRule, ApiError> {
    let before = to_dto(current.clone());
    let keywords = p
        .keywords
        .as_deref()
        .map(clean_list)
        .unwrap_or(before.keywords);
    let competitors = p
        .competitors
        .as_deref()
        .map(clean_list)
        .unwrap_or(before.competitors);
    let include_brand = p.include_brand.unwrap_or(before.include_brand);
    check_fires_on_something(&keywords, &competitors, include_brand)?;
    let mut row: alert_rule::ActiveModel = current.into();
    if let Some(n) = p.name {
        row.name = Set(n.trim().to_owned());
    }
    row.keywords = Set(serde_json::json!(keywords));
    row.competitors = Set(serde_json::json!(competitors));
    row.include_brand = Set(include_brand);
    if let Some(v) = p.min_relevance {
        row.min_relevance = Set(v);
    }
    if let Some(v) = p.min_impact {
        row.min_impact = Set(to_label(&v));
    }
    if p.sentiment_any == Some(true) {
        row.sentiment = Set(None);
    } else if let Some(v) = p.sentiment {
        row.sentiment = Set(Some(to_label(&v)));
    }
    if let Some(v) = p.urgency {
        row.urgency = Set(to_label(&v));
    }
    if let Some(c) = p.channels {
        row.channel_in_app = Set(c.in_app);
        row.channel_email = Set(c.email);
        row.channel_webhook = Set(c.webhook);
    }
    if let Some(e) = p.enabled {
        row.enabled = Set(e);
    }
    row.updated_at = Set(state.clock.now());
    Ok(to_dto(row.update(&state.db).await?))
}

pub async fn delete(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<(), ApiError> {
    let r = store::find_rule(&state.db, ctx.org_id, id).await?;
    alert_rule::Entity::delete_by_id(r.id)
        .exec(&state.db)
        .await?;
    Ok(())
}
