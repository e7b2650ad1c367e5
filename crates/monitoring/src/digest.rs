//! Digests: each member chooses none, daily or weekly; the `monitoring.digest` job mails the
//! period's most relevant items, grouped by category, and sends nothing when there are none.

use api::{ApiError, AppState, OutgoingMail, TenantCtx};
use chrono::{DateTime, Utc};
use db::entities::{digest_preference, monitor_item, organization_user, user};
use db::sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr, sea_query::OnConflict,
};
use garde::Validate;
use jobs::{JobContext, JobHandler};
use monitor::{Category, Digest, DigestItem, Impact};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::labels::{from_label, to_label};
use crate::schedule_math::{digest_period, digest_since};

pub const DIGEST_JOB: &str = "monitoring.digest";
/// Items per digest: enough to skim in a minute.
pub const DIGEST_LIMIT: usize = 20;

#[derive(Debug, Serialize, Deserialize)]
pub struct DigestPayload {
    pub user_id: Uuid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    None,
    Daily,
    Weekly,
}

/// Which alerts also come by email at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InstantAlerts {
    Off,
    /// High and critical alerts (the default).
    High,
    All,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DigestPreference {
    pub frequency: Frequency,
    pub instant_alerts: InstantAlerts,
    pub next_due_at: Option<DateTime<Utc>>,
    pub last_sent_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
pub struct DigestPreferenceInput {
    #[garde(skip)]
    pub frequency: Frequency,
    #[serde(default)]
    #[garde(skip)]
    pub instant_alerts: Option<InstantAlerts>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DigestPreview {
    pub frequency: Frequency,
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
    pub digest: Digest,
}

fn dto(p: Option<&digest_preference::Model>) -> DigestPreference {
    match p {
        Some(p) => DigestPreference {
            frequency: from_label(&p.frequency).unwrap_or(Frequency::None),
            instant_alerts: from_label(&p.instant_alerts).unwrap_or(InstantAlerts::High),
            next_due_at: p.next_due_at,
            last_sent_at: p.last_sent_at,
        },
        None => DigestPreference {
            frequency: Frequency::None,
            instant_alerts: InstantAlerts::High,
            next_due_at: None,
            last_sent_at: None,
        },
    }
}

async fn find(
    db: &impl ConnectionTrait,
    org: Uuid,
    user: Uuid,
) -> Result<Option<digest_preference::Model>, DbErr> {
    digest_preference::Entity::find()
        .filter(digest_preference::Column::OrganizationId.eq(org))
        .filter(digest_preference::Column::UserId.eq(user))
        .one(db)
        .await
}

pub async fn get(state: &AppState, ctx: TenantCtx) -> Result<DigestPreference, ApiError> {
    Ok(dto(find(&state.db, ctx.org_id, ctx.user_id)
        .await?
        .as_ref()))
}

pub async fn put(
    state: &AppState,
    ctx: TenantCtx,
    input: DigestPreferenceInput,
) -> Result<DigestPreference, ApiError> {
    let now = state.clock.now();
    let current = find(&state.db, ctx.org_id, ctx.user_id).await?;
    let frequency = to_label(&input.frequency);
    let instant = input
        .instant_alerts
        .unwrap_or_else(|| dto(current.as_ref()).instant_alerts);
    // A changed frequency starts a fresh period; an unchanged one keeps its due time.
    let next_due_at = match (&current, digest_period(&frequency)) {
        (_, None) => None,
        (Some(c), Some(_)) if c.frequency == frequency && c.next_due_at.is_some() => c.next_due_at,
        (_, Some(p)) => Some(now + p),
    };
    digest_preference::Entity::insert(digest_preference::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        user_id: Set(ctx.user_id),
        frequency: Set(frequency),
        instant_alerts: Set(to_label(&instant)),
        next_due_at: Set(next_due_at),
        last_sent_at: Set(current.as_ref().and_then(|c| c.last_sent_at)),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            digest_preference::Column::OrganizationId,
            digest_preference::Column::UserId,
        ])
        .update_columns([
            digest_preference::Column::Frequency,
            digest_preference::Column::InstantAlerts,
            digest_preference::Column::NextDueAt,
            digest_preference::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    get(state, ctx).await
}

/// The digest of items fetched after `since`.
pub async fn build(
    db: &impl ConnectionTrait,
    org: Uuid,
    since: DateTime<Utc>,
) -> Result<Digest, DbErr> {
    let rows = monitor_item::Entity::find()
        .filter(monitor_item::Column::OrganizationId.eq(org))
        .filter(monitor_item::Column::FetchedAt.gt(since))
        .order_by_desc(monitor_item::Column::Relevance)
        .order_by_desc(monitor_item::Column::FetchedAt)
        .limit(500)
        .all(db)
        .await?;
    let items: Vec<DigestItem> = rows
        .into_iter()
        .map(|r| DigestItem {
            title: r.title,
            url: r.url,
            category: from_label(&r.category).unwrap_or(Category::Other),
            impact: from_label(&r.impact).unwrap_or(Impact::Low),
            relevance: r.relevance,
            published: r.published_at.or(Some(r.fetched_at)),
        })
        .collect();
    Ok(monitor::digest(&items, DIGEST_LIMIT))
}

pub async fn preview(state: &AppState, ctx: TenantCtx) -> Result<DigestPreview, ApiError> {
    let pref = find(&state.db, ctx.org_id, ctx.user_id).await?;
    let p = dto(pref.as_ref());
    // Someone without digests previews what a daily one would hold.
    let frequency = if p.frequency == Frequency::None {
        Frequency::Daily
    } else {
        p.frequency
    };
    let period = digest_period(&to_label(&frequency)).unwrap_or(chrono::Duration::days(1));
    let now = state.clock.now();
    let since = digest_since(now, period, p.last_sent_at);
    Ok(DigestPreview {
        frequency,
        since,
        until: now,
        digest: build(&state.db, ctx.org_id, since).await?,
    })
}

/// The email body of a digest, plain text.
pub fn digest_text(d: &Digest, frequency: &str, link: &str) -> String {
    let mut out = format!(
        "Your {frequency} news digest: {} item{}.\n",
        d.total,
        if d.total == 1 { "" } else { "s" }
    );
    for (category, items) in &d.sections {
        out.push_str(&format!("\n{}\n", to_label(category).to_uppercase()));
        for i in items {
            out.push_str(&format!(
                "- {} ({} impact, relevance {:.0}%)",
                i.title,
                to_label(&i.impact),
                i.relevance * 100.0
            ));
            if let Some(u) = &i.url {
                out.push_str(&format!("\n  {u}"));
            }
            out.push('\n');
        }
    }
    out.push_str(&format!(
        "\nAll news in Brandium: {link}\nChange how often you get this: {link}/digest\n"
    ));
    out
}

pub struct DigestJob {
    state: AppState,
}

pub fn digest_job_handler(state: AppState) -> DigestJob {
    DigestJob { state }
}

#[async_trait::async_trait]
impl JobHandler for DigestJob {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let p: DigestPayload = ctx.payload()?;
        let org = ctx
            .job
            .organization_id
            .ok_or("a digest job needs an organization")?;
        let db = &self.state.db;
        let err = |e: DbErr| e.to_string();
        let Some(pref) = find(db, org, p.user_id).await.map_err(err)? else {
            return Ok(());
        };
        let Some(period) = digest_period(&pref.frequency) else {
            return Ok(());
        };
        // Someone who left the organization gets nothing.
        let member = organization_user::Entity::find()
            .filter(organization_user::Column::OrganizationId.eq(org))
            .filter(organization_user::Column::UserId.eq(p.user_id))
            .one(db)
            .await
            .map_err(err)?;
        let who = user::Entity::find_by_id(p.user_id)
            .one(db)
            .await
            .map_err(err)?;
        let (Some(_), Some(who)) = (member, who) else {
            return Ok(());
        };
        let now = self.state.clock.now();
        let since = digest_since(now, period, pref.last_sent_at);
        let digest = build(db, org, since).await.map_err(err)?;
        if digest.total == 0 {
            return Ok(());
        }
        let to = kernel::Email::parse(&who.email).map_err(|e| e.to_string())?;
        let link = format!(
            "{}/monitoring",
            self.state.config.public_url.trim_end_matches('/')
        );
        self.state
            .mail
            .send(OutgoingMail {
                to,
                subject: format!(
                    "Your {} news digest: {} item{}",
                    pref.frequency,
                    digest.total,
                    if digest.total == 1 { "" } else { "s" }
                ),
                text: digest_text(&digest, &pref.frequency, &link),
                html: None,
                kind: "monitoring_digest",
                organization_id: Some(org),
            })
            .await?;
        digest_preference::Entity::update_many()
            .col_expr(digest_preference::Column::LastSentAt, Expr::value(now))
            .filter(digest_preference::Column::Id.eq(pref.id))
            .exec(db)
            .await
            .map_err(err)?;
        Ok(())
    }
}
