//! Loading a kit and managing its share links. Every query is scoped by organization; a
//! share token is the only way in without a session, and it only ever shows the published kit.

use crate::kit::assemble::{KitParts, assemble, persona_summary};
use crate::kit::dto::*;
use crate::kit::export::{self, Export};
use crate::model::BrandProfile;
use crate::store::{draft_of, find_brand};
use api::{ApiError, AppState, TenantCtx, token};
use axum::http::StatusCode;
use db::entities::{brand, brand_revision, brand_share, persona, user};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use identity::audit::{self, Event};
use kernel::PageParams;
use std::collections::HashMap;
use std::net::IpAddr;
use uuid::Uuid;

/// Audit actions of share links.
pub mod action {
    pub const SHARE_CREATED: &str = "brand_share.created";
    pub const SHARE_REVOKED: &str = "brand_share.revoked";
}

/// Who is looking: a member sees everything; a share link sees the published kit without
/// internal ids.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Audience {
    Member,
    Public,
}

/// The brand kit of brand `id` of the caller's organization.
pub async fn kit(
    state: &AppState,
    ctx: &TenantCtx,
    id: Uuid,
    source: KitSource,
) -> Result<BrandKit, ApiError> {
    let b = find_brand(&state.db, ctx.org_id, id).await?;
    build(state, &b, source, Audience::Member).await
}

/// An export of brand `id` of the caller's organization.
pub async fn export(
    state: &AppState,
    ctx: &TenantCtx,
    id: Uuid,
    source: KitSource,
    format: Option<ExportFormat>,
) -> Result<Export, ApiError> {
    // The brand is looked up before the query is judged: another organization's id is a 404
    // whatever the parameters.
    let b = find_brand(&state.db, ctx.org_id, id).await?;
    let format = required_format(format)?;
    let kit = build(state, &b, source, Audience::Member).await?;
    render(state, ctx.org_id, &kit, format).await
}

fn required_format(format: Option<ExportFormat>) -> Result<ExportFormat, ApiError> {
    format.ok_or_else(|| {
        ApiError::field(
            "format",
            "required",
            "Choose json, css, tailwind, tailwind-js or pdf.",
        )
    })
}

/// The published kit behind a share token.
pub async fn public_kit(state: &AppState, raw_token: &str) -> Result<BrandKit, ApiError> {
    let b = shared_brand(state, raw_token).await?;
    build(state, &b, KitSource::Published, Audience::Public).await
}

pub async fn public_export(
    state: &AppState,
    raw_token: &str,
    format: Option<ExportFormat>,
) -> Result<Export, ApiError> {
    let b = shared_brand(state, raw_token).await?;
    let format = required_format(format)?;
    let kit = build(state, &b, KitSource::Published, Audience::Public).await?;
    render(state, b.organization_id, &kit, format).await
}

async fn render(
    state: &AppState,
    org: Uuid,
    kit: &BrandKit,
    format: ExportFormat,
) -> Result<Export, ApiError> {
    let images = if format.embeds_images() {
        embeddable_images(state, org, kit).await
    } else {
        HashMap::new()
    };
    // A PDF of a long kit takes a few milliseconds of CPU: keep it off the async workers.
    let kit = kit.clone();
    tokio::task::spawn_blocking(move || export::render(&kit, format, &images))
        .await
        .map_err(ApiError::internal)
}

fn link_not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "This brand kit link is invalid or has been revoked.",
    )
}

async fn shared_brand(state: &AppState, raw_token: &str) -> Result<brand::Model, ApiError> {
    // Tokens are 43 URL-safe characters; anything else cannot match and is not looked up.
    if raw_token.is_empty() || raw_token.len() > 128 {
        return Err(link_not_found());
    }
    let share = brand_share::Entity::find()
        .filter(brand_share::Column::TokenHash.eq(token::hash_token(raw_token)))
        .filter(brand_share::Column::RevokedAt.is_null())
        .one(&state.db)
        .await?
        .ok_or_else(link_not_found)?;
    find_brand(&state.db, share.organization_id, share.brand_id)
        .await
        .map_err(|_| link_not_found())
}

/// The profile a kit shows, with its version facts: the published revision when asked for
/// and one exists, otherwise the draft (flagged when it stands in for a missing publication).
async fn profile_for(
    state: &AppState,
    b: &brand::Model,
    source: KitSource,
) -> Result<(BrandProfile, KitSource, bool, Option<i32>), ApiError> {
    if source == KitSource::Published && b.published_version > 0 {
        let rev = brand_revision::Entity::find()
            .filter(brand_revision::Column::OrganizationId.eq(b.organization_id))
            .filter(brand_revision::Column::BrandId.eq(b.id))
            .filter(brand_revision::Column::Version.eq(b.published_version))
            .one(&state.db)
            .await?;
        if let Some(rev) = rev {
            let profile = serde_json::from_value(rev.snapshot)
                .unwrap_or_else(|_| BrandProfile::named(&b.name));
            return Ok((
                profile,
                KitSource::Published,
                false,
                Some(b.published_version),
            ));
        }
    }
    Ok((
        draft_of(b),
        KitSource::Draft,
        source == KitSource::Published,
        None,
    ))
}

async fn build(
    state: &AppState,
    b: &brand::Model,
    source: KitSource,
    audience: Audience,
) -> Result<BrandKit, ApiError> {
    let (mut profile, source, draft_fallback, version) = profile_for(state, b, source).await?;
    if audience == Audience::Public && source != KitSource::Published {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "kit_not_published",
            "This brand has not published its brand kit yet.",
        ));
    }
    if profile.name.trim().is_empty() {
        profile.name = b.name.clone();
    }
    let files = files(state, b.organization_id, &profile.asset_ids()).await?;
    let personas = persona::Entity::find()
        .filter(persona::Column::OrganizationId.eq(b.organization_id))
        .filter(persona::Column::BrandId.eq(b.id))
        .order_by_asc(persona::Column::CreatedAt)
        .order_by_asc(persona::Column::Id)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| KitPersona {
            id: (audience == Audience::Member).then_some(p.id),
            summary: persona_summary(&p.details),
            name: p.name,
            buying_stage: p.buying_stage,
        })
        .collect();
    Ok(assemble(KitParts {
        brand_id: (audience == Audience::Member).then_some(b.id),
        source,
        draft_fallback,
        version,
        published_at: if source == KitSource::Published {
            b.published_at
        } else {
            None
        },
        generated_at: state.clock.now(),
        profile,
        files: &files,
        personas,
    }))
}

/// The library files a profile points at, with signed URLs. Deleted assets are simply absent.
async fn files(
    state: &AppState,
    org: Uuid,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, KitFile>, ApiError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let found = assets::summaries(state, org, ids).await?;
    Ok(found
        .into_iter()
        .map(|a| {
            (
                a.id,
                KitFile {
                    id: a.id,
                    name: a.name,
                    kind: a.kind.as_str().to_owned(),
                    content_type: a.content_type,
                    width: a.width,
                    height: a.height,
                    url: a.url,
                    thumbnail_url: a.thumbnail_url,
                },
            )
        })
        .collect())
}

/// The bytes of the raster logos and reference images a PDF can embed.
async fn embeddable_images(state: &AppState, org: Uuid, kit: &BrandKit) -> HashMap<Uuid, Vec<u8>> {
    let wanted: Vec<&KitFile> = kit
        .logos
        .iter()
        .filter_map(|l| l.file.as_ref())
        .chain(&kit.logo_examples.dos)
        .chain(&kit.logo_examples.donts)
        .chain(&kit.iconography.references)
        .chain(&kit.photography.references)
        .filter(|f| matches!(f.content_type.as_str(), "image/png" | "image/jpeg"))
        .collect();
    let mut out = HashMap::new();
    for f in wanted {
        if out.contains_key(&f.id) {
            continue;
        }
        // A file that cannot be read is listed in the PDF instead of failing the export.
        match assets::read_bytes(state, org, f.id).await {
            Ok((_, bytes)) if bytes.len() <= MAX_EMBED_BYTES => {
                out.insert(f.id, bytes);
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(asset = %f.id, error = %e, "brand kit PDF: image not embedded")
            }
        }
    }
    out
}

/// Larger files are listed in the PDF rather than embedded.
const MAX_EMBED_BYTES: usize = 8 * 1024 * 1024;

// ---- share links ------------------------------------------------------------------------

pub async fn create_share(
    state: &AppState,
    ctx: &TenantCtx,
    brand_id: Uuid,
    ip: IpAddr,
) -> Result<ShareCreated, ApiError> {
    let b = find_brand(&state.db, ctx.org_id, brand_id).await?;
    let raw = token::random_token();
    let now = state.clock.now();
    let txn = db::sea_orm::TransactionTrait::begin(&state.db).await?;
    let share = brand_share::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(ctx.org_id),
        brand_id: Set(b.id),
        token_hash: Set(token::hash_token(&raw)),
        created_by: Set(Some(ctx.user_id)),
        created_at: Set(now),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now,
        Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: action::SHARE_CREATED,
            target_type: Some("brand_share"),
            target_id: Some(share.id.to_string()),
            ip: Some(ip),
            metadata: Some(serde_json::json!({"brand_id": b.id, "brand_name": b.name})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(ShareCreated {
        id: share.id,
        url: share_url(&state.config.public_url, &raw),
        token: raw,
        created_at: share.created_at,
    })
}

/// The public page of a share token.
pub fn share_url(public_url: &str, raw: &str) -> String {
    format!("{}/share/{raw}", public_url.trim_end_matches('/'))
}

pub async fn list_shares(
    state: &AppState,
    ctx: &TenantCtx,
    brand_id: Uuid,
    page: PageParams,
) -> Result<SharePage, ApiError> {
    let b = find_brand(&state.db, ctx.org_id, brand_id).await?;
    let limit = page.limit()?;
    let after = page.cursor()?;
    let select = brand_share::Entity::find()
        .filter(brand_share::Column::OrganizationId.eq(ctx.org_id))
        .filter(brand_share::Column::BrandId.eq(b.id));
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        select,
        (brand_share::Column::CreatedAt, brand_share::Column::Id),
        after,
        limit,
        true,
        |r| (r.created_at, r.id),
    )
    .await?;
    let author_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.created_by).collect();
    let authors: HashMap<Uuid, String> = if author_ids.is_empty() {
        HashMap::new()
    } else {
        user::Entity::find()
            .filter(user::Column::Id.is_in(author_ids))
            .all(&state.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect()
    };
    Ok(SharePage {
        items: rows
            .into_iter()
            .map(|r| BrandShare {
                id: r.id,
                brand_id: r.brand_id,
                created_by: r.created_by.map(|id| ShareAuthor {
                    id,
                    name: authors.get(&id).cloned().unwrap_or_default(),
                }),
                created_at: r.created_at,
                active: r.revoked_at.is_none(),
                revoked_at: r.revoked_at,
            })
            .collect(),
        next_cursor,
    })
}

/// Revokes share `id`. Revoking a revoked link changes nothing and succeeds.
pub async fn revoke_share(
    state: &AppState,
    ctx: &TenantCtx,
    id: Uuid,
    ip: IpAddr,
) -> Result<(), ApiError> {
    let share = brand_share::Entity::find_by_id(id)
        .filter(brand_share::Column::OrganizationId.eq(ctx.org_id))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if share.revoked_at.is_some() {
        return Ok(());
    }
    let now = state.clock.now();
    let txn = db::sea_orm::TransactionTrait::begin(&state.db).await?;
    let brand_id = share.brand_id;
    let mut active: brand_share::ActiveModel = share.into();
    active.revoked_at = Set(Some(now));
    let share = active.update(&txn).await?;
    audit::record(
        &txn,
        now,
        Event {
            org: Some(ctx.org_id),
            actor: Some(ctx.user_id),
            action: action::SHARE_REVOKED,
            target_type: Some("brand_share"),
            target_id: Some(share.id.to_string()),
            ip: Some(ip),
            metadata: Some(serde_json::json!({"brand_id": brand_id})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
