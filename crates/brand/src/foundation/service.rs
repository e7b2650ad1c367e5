//! Use cases of the brand foundation: brands and their draft, publishing numbered revisions,
//! comparing and restoring them, and searching the voice guidelines.

use super::diff;
use super::dto::*;
use super::voice_search;
use crate::model::BrandProfile;
use crate::store;
use api::{ApiError, AppState, FieldError, OutgoingMail, TenantCtx};
use db::entities::{asset, brand, brand_revision, organization_user, user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    EntityTrait, QueryFilter, sea_query::Expr,
};
use identity::audit::{self, Event};
use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use uuid::Uuid;

/// Audit actions of the brand module.
pub mod action {
    pub const PUBLISHED: &str = "brand.published";
    pub const RESTORED: &str = "brand.restored";
    pub const DELETED: &str = "brand.deleted";
}

/// Longest voice search query.
const MAX_QUERY: usize = 200;

fn summary(b: &brand::Model) -> BrandSummary {
    BrandSummary {
        id: b.id,
        name: b.name.clone(),
        published_version: b.published_version,
        published_at: b.published_at,
        created_at: b.created_at,
        updated_at: b.updated_at,
    }
}

/// A stored snapshot as a profile. Snapshots were valid when frozen; one that no longer reads
/// (a field's meaning changed since) shows as the empty profile under the brand's name.
fn snapshot_of(rev: &brand_revision::Model, brand_name: &str) -> BrandProfile {
    serde_json::from_value(rev.snapshot.clone()).unwrap_or_else(|_| BrandProfile::named(brand_name))
}

async fn revision(
    db: &impl ConnectionTrait,
    org: Uuid,
    brand_id: Uuid,
    version: i32,
) -> Result<Option<brand_revision::Model>, ApiError> {
    Ok(brand_revision::Entity::find()
        .filter(brand_revision::Column::OrganizationId.eq(org))
        .filter(brand_revision::Column::BrandId.eq(brand_id))
        .filter(brand_revision::Column::Version.eq(version))
        .one(db)
        .await?)
}

/// The profile of the newest published version, if any.
async fn published(
    db: &impl ConnectionTrait,
    b: &brand::Model,
) -> Result<Option<BrandProfile>, ApiError> {
    if b.published_version == 0 {
        return Ok(None);
    }
    Ok(revision(db, b.organization_id, b.id, b.published_version)
        .await?
        .map(|r| snapshot_of(&r, &b.name)))
}

async fn detail(state: &AppState, b: brand::Model) -> Result<Brand, ApiError> {
    let draft = store::draft_of(&b);
    let has_unpublished_changes = published(&state.db, &b).await?.as_ref() != Some(&draft);
    Ok(Brand {
        id: b.id,
        name: b.name,
        draft,
        published_version: b.published_version,
        published_at: b.published_at,
        has_unpublished_changes,
        created_at: b.created_at,
        updated_at: b.updated_at,
    })
}

/// The organization's brands, oldest first.
pub async fn list(state: &AppState, ctx: TenantCtx, q: PageQuery) -> Result<BrandPage, ApiError> {
    let page = q.page();
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        brand::Entity::find().filter(brand::Column::OrganizationId.eq(ctx.org_id)),
        (brand::Column::CreatedAt, brand::Column::Id),
        page.cursor()?,
        page.limit()?,
        false,
        |r| (r.created_at, r.id),
    )
    .await?;
    Ok(BrandPage {
        items: rows.iter().map(summary).collect(),
        next_cursor,
    })
}

pub async fn create(
    state: &AppState,
    ctx: TenantCtx,
    req: CreateBrandRequest,
) -> Result<Brand, ApiError> {
    let now = state.clock.now();
    let profile = BrandProfile::named(&req.name);
    let b = brand::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        name: Set(profile.name.clone()),
        draft: Set(serde_json::to_value(&profile).map_err(ApiError::internal)?),
        published_version: Set(0),
        published_at: Set(None),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await?;
    detail(state, b).await
}

pub async fn get(state: &AppState, ctx: TenantCtx, id: Uuid) -> Result<Brand, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    detail(state, b).await
}

/// Every asset reference of a profile with the path of the field that holds it.
fn asset_refs(p: &BrandProfile) -> Vec<(String, Uuid)> {
    let v = &p.visual;
    let mut refs = Vec::new();
    for (i, l) in v.logos.iter().enumerate() {
        refs.push((format!("visual.logos[{i}].asset_id"), l.asset_id));
    }
    for (i, id) in v.logo_rules.do_examples.iter().enumerate() {
        refs.push((format!("visual.logo_rules.do_examples[{i}]"), *id));
    }
    for (i, id) in v.logo_rules.dont_examples.iter().enumerate() {
        refs.push((format!("visual.logo_rules.dont_examples[{i}]"), *id));
    }
    for (i, id) in v.iconography.reference_asset_ids.iter().enumerate() {
        refs.push((format!("visual.iconography.reference_asset_ids[{i}]"), *id));
    }
    for (i, id) in v.photography.reference_asset_ids.iter().enumerate() {
        refs.push((format!("visual.photography.reference_asset_ids[{i}]"), *id));
    }
    for (i, s) in v.sonic.iter().enumerate() {
        refs.push((format!("visual.sonic[{i}].asset_id"), s.asset_id));
    }
    refs
}

/// Refuses a profile that points at assets the organization does not have (another
/// organization's asset reads as missing), naming each field that does.
async fn check_assets(state: &AppState, org: Uuid, p: &BrandProfile) -> Result<(), ApiError> {
    let ids = p.asset_ids();
    if ids.is_empty() {
        return Ok(());
    }
    let found: HashSet<Uuid> = asset::Entity::find()
        .filter(asset::Column::OrganizationId.eq(org))
        .filter(asset::Column::Id.is_in(ids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let errors: Vec<FieldError> = asset_refs(p)
        .into_iter()
        .filter(|(_, id)| !found.contains(id))
        .map(|(path, _)| {
            FieldError::new(
                path,
                "unknown_asset",
                "This file is not in the asset library.",
            )
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::validation(errors))
    }
}

/// Replaces the draft. The brand's name follows the profile's.
pub async fn save_draft(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    mut profile: BrandProfile,
) -> Result<Brand, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    check_assets(state, ctx.org_id, &profile).await?;
    profile.name = profile.name.trim().to_owned();
    let now = state.clock.now();
    let draft = serde_json::to_value(&profile).map_err(ApiError::internal)?;
    brand::Entity::update_many()
        .col_expr(brand::Column::Name, Expr::value(profile.name.clone()))
        .col_expr(brand::Column::Draft, Expr::value(draft.clone()))
        .col_expr(brand::Column::UpdatedAt, Expr::value(now))
        .filter(brand::Column::Id.eq(b.id))
        .filter(brand::Column::OrganizationId.eq(ctx.org_id))
        .exec(&state.db)
        .await?;
    detail(
        state,
        brand::Model {
            name: profile.name,
            draft,
            updated_at: now,
            ..b
        },
    )
    .await
}

pub async fn delete(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    ip: IpAddr,
) -> Result<(), ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    let txn = db::begin_write(&state.db).await?;
    brand::Entity::delete_by_id(b.id).exec(&txn).await?;
    audit::record(
        &txn,
        state.clock.now(),
        Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: action::DELETED,
            ip: Some(ip),
            target_type: Some("brand"),
            target_id: Some(b.id.to_string()),
            metadata: Some(serde_json::json!({"name": b.name})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn nothing_to_publish() -> ApiError {
    ApiError::conflict(
        "nothing_to_publish",
        "Nothing changed since the last published version.",
    )
}

/// What a new revision is: the profile to freeze, why, and (for a restore) where it came from.
struct NewRevision {
    profile: BrandProfile,
    message: String,
    restored_from: Option<i32>,
}

/// Freezes `new.profile` as the next version of brand `id` inside `txn`: the draft becomes the
/// profile, the revision is recorded and audited, and every other member is notified in-app.
/// Returns the brand as it was, the revision, and whom to email.
async fn freeze(
    state: &AppState,
    txn: &DatabaseTransaction,
    ctx: TenantCtx,
    b: &brand::Model,
    new: NewRevision,
    ip: IpAddr,
) -> Result<(brand_revision::Model, Vec<Uuid>), ApiError> {
    if published(txn, b).await?.as_ref() == Some(&new.profile) {
        return Err(nothing_to_publish());
    }
    let now = state.clock.now();
    let version = b.published_version + 1;
    let snapshot = serde_json::to_value(&new.profile).map_err(ApiError::internal)?;
    let rev = brand_revision::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        brand_id: Set(b.id),
        version: Set(version),
        snapshot: Set(snapshot.clone()),
        message: Set(new.message.clone()),
        author_id: Set(Some(ctx.user_id)),
        restored_from: Set(new.restored_from),
        created_at: Set(now),
    }
    .insert(txn)
    .await
    .map_err(|e| {
        if db::is_unique_violation(&e) {
            ApiError::conflict(
                "publish_conflict",
                "Someone published this brand at the same moment. Reload and try again.",
            )
        } else {
            e.into()
        }
    })?;
    // Guarded by the version read: a concurrent publish makes this touch no row.
    let moved = brand::Entity::update_many()
        .col_expr(brand::Column::Name, Expr::value(new.profile.name.clone()))
        .col_expr(brand::Column::Draft, Expr::value(snapshot))
        .col_expr(brand::Column::PublishedVersion, Expr::value(version))
        .col_expr(brand::Column::PublishedAt, Expr::value(now))
        .col_expr(brand::Column::UpdatedAt, Expr::value(now))
        .filter(brand::Column::Id.eq(b.id))
        .filter(brand::Column::PublishedVersion.eq(b.published_version))
        .exec(txn)
        .await?;
    if moved.rows_affected != 1 {
        return Err(ApiError::conflict(
            "publish_conflict",
            "Someone published this brand at the same moment. Reload and try again.",
        ));
    }
    let (act, meta) = match new.restored_from {
        Some(from) => (
            action::RESTORED,
            serde_json::json!({"version": version, "restored_from": from, "message": new.message}),
        ),
        None => (
            action::PUBLISHED,
            serde_json::json!({"version": version, "message": new.message}),
        ),
    };
    audit::record(
        txn,
        now,
        Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: act,
            ip: Some(ip),
            target_type: Some("brand"),
            target_id: Some(b.id.to_string()),
            metadata: Some(meta),
        },
    )
    .await?;
    let others: Vec<Uuid> = organization_user::Entity::find()
        .filter(organization_user::Column::OrganizationId.eq(ctx.org_id))
        .filter(organization_user::Column::UserId.ne(ctx.user_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let author = user::Entity::find_by_id(ctx.user_id)
        .one(txn)
        .await?
        .map(|u| u.name)
        .unwrap_or_else(|| "Someone".into());
    let notice = Notice::new(&new.profile.name, &author, &rev, b.id);
    identity::notifications::notify(
        txn,
        now,
        ctx.org_id,
        &others,
        identity::notifications::kind::BRAND_PUBLISHED,
        &notice.title,
        &notice.body,
        Some(&notice.link),
    )
    .await?;
    Ok((rev, others))
}

/// The words of a new-version notification, in the app and by email.
struct Notice {
    title: String,
    body: String,
    link: String,
}

impl Notice {
    fn new(brand: &str, author: &str, rev: &brand_revision::Model, brand_id: Uuid) -> Self {
        let v = rev.version;
        let title = format!("{brand} brand guidelines: version {v} published");
        let what = match rev.restored_from {
            Some(from) => format!(
                "{author} restored version {from} of the {brand} brand guidelines as version {v}."
            ),
            None => format!("{author} published version {v} of the {brand} brand guidelines."),
        };
        let body = if rev.message.trim().is_empty() {
            what
        } else {
            format!("{what}\n“{}”", rev.message.trim())
        };
        Notice {
            title,
            body,
            link: format!("/brands/{brand_id}/revisions"),
        }
    }
}

/// Emails the members a new version was announced to. The version is already published, so a
/// message that cannot be written to the outbox is logged rather than failing the request.
async fn email_members(
    state: &AppState,
    ctx: TenantCtx,
    rev: &brand_revision::Model,
    brand_name: &str,
    recipients: &[Uuid],
) {
    if recipients.is_empty() {
        return;
    }
    let users = match user::Entity::find()
        .filter(user::Column::Id.is_in(recipients.iter().copied().chain([ctx.user_id])))
        .all(&state.db)
        .await
    {
        Ok(users) => users,
        Err(e) => {
            tracing::error!(error = %e, "cannot load members to email about a new brand version");
            return;
        }
    };
    let author = users
        .iter()
        .find(|u| u.id == ctx.user_id)
        .map(|u| u.name.clone())
        .unwrap_or_else(|| "Someone".into());
    let notice = Notice::new(brand_name, &author, rev, rev.brand_id);
    let link = format!(
        "{}{}",
        state.config.public_url.trim_end_matches('/'),
        notice.link
    );
    let (subject, text, html) =
        mail::templates::notification(&notice.title, &notice.body, "See what changed", &link);
    for u in users.iter().filter(|u| u.id != ctx.user_id) {
        let Ok(to) = kernel::Email::parse(&u.email) else {
            continue;
        };
        let sent = state
            .mail
            .send(OutgoingMail {
                to,
                subject: subject.clone(),
                text: text.clone(),
                html: Some(html.clone()),
                kind: "notification",
                organization_id: Some(ctx.org_id),
            })
            .await;
        if let Err(e) = sent {
            tracing::error!(error = %e, user.id = %u.id, "cannot queue the new brand version email");
        }
    }
}

async fn summaries(
    state: &AppState,
    rows: Vec<brand_revision::Model>,
) -> Result<Vec<RevisionSummary>, ApiError> {
    let ids: Vec<Uuid> = rows.iter().filter_map(|r| r.author_id).collect();
    let authors: HashMap<Uuid, String> = if ids.is_empty() {
        HashMap::new()
    } else {
        user::Entity::find()
            .filter(user::Column::Id.is_in(ids))
            .all(&state.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|r| RevisionSummary {
            version: r.version,
            author: r.author_id.and_then(|id| {
                authors.get(&id).map(|name| RevisionAuthor {
                    id,
                    name: name.clone(),
                })
            }),
            message: r.message,
            created_at: r.created_at,
            restored_from: r.restored_from,
        })
        .collect())
}

async fn one_summary(
    state: &AppState,
    rev: brand_revision::Model,
) -> Result<RevisionSummary, ApiError> {
    summaries(state, vec![rev])
        .await?
        .pop()
        .ok_or_else(|| ApiError::internal("revision vanished"))
}

/// Publishes the draft as the next version (FR-6.2.2).
pub async fn publish(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    req: PublishRequest,
    ip: IpAddr,
) -> Result<RevisionSummary, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    let profile = store::draft_of(&b);
    let name = profile.name.clone();
    let txn = db::begin_write(&state.db).await?;
    let (rev, recipients) = freeze(
        state,
        &txn,
        ctx,
        &b,
        NewRevision {
            profile,
            message: req.message.trim().to_owned(),
            restored_from: None,
        },
        ip,
    )
    .await?;
    txn.commit().await?;
    email_members(state, ctx, &rev, &name, &recipients).await;
    one_summary(state, rev).await
}

/// Makes an old version the draft and publishes it as a new version: history only grows (FR-6.2.3).
pub async fn restore(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    version: &str,
    req: RestoreRequest,
    ip: IpAddr,
) -> Result<RevisionSummary, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    let version = parse_version(version).ok_or_else(ApiError::not_found)?;
    let old = revision(&state.db, ctx.org_id, b.id, version)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let profile = snapshot_of(&old, &b.name);
    let name = profile.name.clone();
    let message = req
        .message
        .map(|m| m.trim().to_owned())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| format!("Restored version {version}"));
    let txn = db::begin_write(&state.db).await?;
    let (rev, recipients) = freeze(
        state,
        &txn,
        ctx,
        &b,
        NewRevision {
            profile,
            message,
            restored_from: Some(version),
        },
        ip,
    )
    .await?;
    txn.commit().await?;
    email_members(state, ctx, &rev, &name, &recipients).await;
    one_summary(state, rev).await
}

fn parse_version(s: &str) -> Option<i32> {
    s.parse::<i32>().ok().filter(|v| *v >= 1)
}

/// Published versions, newest first.
pub async fn revisions(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    q: PageQuery,
) -> Result<RevisionPage, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    let page = q.page();
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        brand_revision::Entity::find()
            .filter(brand_revision::Column::OrganizationId.eq(ctx.org_id))
            .filter(brand_revision::Column::BrandId.eq(b.id)),
        (
            brand_revision::Column::CreatedAt,
            brand_revision::Column::Id,
        ),
        page.cursor()?,
        page.limit()?,
        true,
        |r| (r.created_at, r.id),
    )
    .await?;
    Ok(RevisionPage {
        items: summaries(state, rows).await?,
        next_cursor,
    })
}

pub async fn get_revision(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    version: &str,
) -> Result<Revision, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    let version = parse_version(version).ok_or_else(ApiError::not_found)?;
    let rev = revision(&state.db, ctx.org_id, b.id, version)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let snapshot = snapshot_of(&rev, &b.name);
    Ok(Revision {
        summary: one_summary(state, rev).await?,
        snapshot,
    })
}

/// A side of a comparison: a version, or the draft.
async fn side(
    state: &AppState,
    b: &brand::Model,
    field: &str,
    raw: &str,
) -> Result<BrandProfile, ApiError> {
    if raw == "draft" {
        return Ok(store::draft_of(b));
    }
    let Some(version) = parse_version(raw) else {
        return Err(ApiError::field(
            field,
            "invalid",
            "Use a version number or draft.",
        ));
    };
    match revision(&state.db, b.organization_id, b.id, version).await? {
        Some(rev) => Ok(snapshot_of(&rev, &b.name)),
        None => Err(ApiError::field(
            field,
            "unknown_version",
            &format!("There is no version {version}."),
        )),
    }
}

/// Field-by-field changes from one version to another version or to the draft.
pub async fn compare(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    q: DiffQuery,
) -> Result<RevisionDiff, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    let from = q
        .from
        .as_deref()
        .map(str::trim)
        .and_then(parse_version)
        .ok_or_else(|| ApiError::field("from", "invalid", "Use a version number."))?;
    let to =
        q.to.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or("draft")
            .to_owned();
    let before = side(state, &b, "from", &from.to_string()).await?;
    let after = side(state, &b, "to", &to).await?;
    let (before, after) = (
        serde_json::to_value(&before).map_err(ApiError::internal)?,
        serde_json::to_value(&after).map_err(ApiError::internal)?,
    );
    Ok(RevisionDiff {
        from,
        to,
        changes: diff::diff(&before, &after),
    })
}

/// Searches the draft's voice guidelines (FR-6.4.1).
pub async fn search_voice(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    q: VoiceSearchQuery,
) -> Result<VoiceSearchResult, ApiError> {
    let b = store::find_brand(&state.db, ctx.org_id, id).await?;
    let query = q.q.unwrap_or_default().trim().to_owned();
    if query.is_empty() {
        return Err(ApiError::field(
            "q",
            "required",
            "Type something to search for.",
        ));
    }
    if query.chars().count() > MAX_QUERY {
        return Err(ApiError::field(
            "q",
            "too_long",
            "Search for at most 200 characters.",
        ));
    }
    let hits = voice_search::search(&store::draft_of(&b).voice, &query);
    Ok(VoiceSearchResult { query, hits })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LogoRef, LogoVariant};

    #[test]
    fn asset_refs_name_the_field_of_each_reference() {
        let mut p = BrandProfile::named("Acme");
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        p.visual.logos.push(LogoRef {
            variant: LogoVariant::Primary,
            asset_id: a,
        });
        p.visual.photography.reference_asset_ids.push(b);
        p.visual.photography.reference_asset_ids.push(a);
        assert_eq!(
            asset_refs(&p),
            vec![
                ("visual.logos[0].asset_id".to_owned(), a),
                ("visual.photography.reference_asset_ids[0]".to_owned(), b),
                ("visual.photography.reference_asset_ids[1]".to_owned(), a),
            ]
        );
        // every id the model collects has a field here
        let refs: HashSet<Uuid> = asset_refs(&p).into_iter().map(|(_, id)| id).collect();
        assert_eq!(refs, p.asset_ids().into_iter().collect());
    }

    #[test]
    fn versions_are_positive_numbers() {
        assert_eq!(parse_version("3"), Some(3));
        assert_eq!(parse_version("0"), None);
        assert_eq!(parse_version("-1"), None);
        assert_eq!(parse_version("draft"), None);
    }

    #[test]
    fn the_notice_names_author_version_and_message() {
        let rev = brand_revision::Model {
            id: Uuid::nil(),
            organization_id: Uuid::nil(),
            brand_id: Uuid::nil(),
            version: 3,
            snapshot: serde_json::json!({}),
            message: " New tagline ".into(),
            author_id: None,
            restored_from: None,
            created_at: chrono::Utc::now(),
        };
        let n = Notice::new("Acme", "Ada", &rev, Uuid::nil());
        assert_eq!(n.title, "Acme brand guidelines: version 3 published");
        assert_eq!(
            n.body,
            "Ada published version 3 of the Acme brand guidelines.\n“New tagline”"
        );
        let restored = brand_revision::Model {
            restored_from: Some(1),
            message: String::new(),
            ..rev
        };
        assert_eq!(
            Notice::new("Acme", "Ada", &restored, Uuid::nil()).body,
            "Ada restored version 1 of the Acme brand guidelines as version 3."
        );
    }
}
