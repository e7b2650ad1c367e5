//! Use cases of the asset library. Each takes the application state and the caller's
//! organization; HTTP types stay in the route modules.

use crate::{
    AssetError,
    ingest::Spooled,
    model::{self, Asset, AssetPage, AssetVersion, Kind, TypeStat, TypeStats, VersionList, thumb},
    storage::BlobStore,
    store::{self, ListFilter},
    urls::{UrlSigner, Variant},
};
use api::AppState;
use chrono::{DateTime, SubsecRound, Utc};
use db::entities::{asset, asset_version};
use db::sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr,
};
use kernel::PageParams;
use std::sync::Arc;
use uuid::Uuid;

/// The job that renders a thumbnail for a raster image.
pub const THUMBNAIL_JOB: &str = "asset.thumbnail";

/// Default upload limit: 50 MiB.
pub const DEFAULT_MAX_UPLOAD_BYTES: u64 = 50 * 1024 * 1024;

/// The asset library's service, registered once in the application's service map.
#[derive(Clone)]
pub struct AssetLibrary {
    store: Arc<dyn BlobStore>,
    signer: UrlSigner,
    max_upload_bytes: u64,
}

impl AssetLibrary {
    pub fn new(store: Arc<dyn BlobStore>, signer: UrlSigner, max_upload_bytes: u64) -> Self {
        Self {
            store,
            signer,
            max_upload_bytes: max_upload_bytes.max(1),
        }
    }

    pub fn store(&self) -> &Arc<dyn BlobStore> {
        &self.store
    }

    pub fn signer(&self) -> &UrlSigner {
        &self.signer
    }

    pub fn max_upload_bytes(&self) -> u64 {
        self.max_upload_bytes
    }
}

/// What an upload says about the asset besides its file.
#[derive(Debug, Clone, Default)]
pub struct NewAsset {
    /// Display name; the file name (or "Untitled") when empty.
    pub name: String,
    pub brand_id: Option<Uuid>,
    pub tags: Vec<String>,
    pub description: String,
    pub metadata: serde_json::Value,
    pub persona_ids: Vec<Uuid>,
}

/// A metadata change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct AssetChange {
    pub name: Option<String>,
    pub tags: Option<Vec<String>>,
    pub description: Option<String>,
    pub metadata: Option<serde_json::Value>,
    /// `Some(None)` unlinks the brand.
    pub brand_id: Option<Option<Uuid>>,
    pub persona_ids: Option<Vec<Uuid>>,
}

pub(crate) fn now(state: &AppState) -> DateTime<Utc> {
    state.clock.now().trunc_subsecs(6)
}

pub(crate) fn object_key(org: Uuid, asset: Uuid, file: &str) -> String {
    format!("{}/{}/{file}", org.simple(), asset.simple())
}

/// Raster formats the thumbnail job can decode.
pub(crate) fn thumbnailable(content_type: &str) -> bool {
    matches!(
        content_type,
        "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "image/bmp"
    )
}

/// The thumbnail key and status a freshly stored file starts with: raster images wait for
/// the job, SVGs are their own thumbnail, everything else has none.
fn thumbnail_plan(kind: Kind, content_type: &str, key: &str) -> (Option<String>, &'static str) {
    match kind {
        Kind::Vector => (Some(key.to_owned()), thumb::READY),
        Kind::Image if thumbnailable(content_type) => (None, thumb::PENDING),
        _ => (None, thumb::NONE),
    }
}

pub(crate) fn tags_of(row: &asset::Model) -> Vec<String> {
    serde_json::from_value(row.tags.clone()).unwrap_or_default()
}

pub(crate) fn to_dto(
    signer: &UrlSigner,
    row: asset::Model,
    persona_ids: Vec<Uuid>,
    now: i64,
) -> Asset {
    let kind = Kind::parse(&row.kind).unwrap_or(Kind::Other);
    let thumbnail_url = (row.thumbnail_status == thumb::READY && row.thumbnail_key.is_some())
        .then(|| signer.sign(row.id, Variant::Thumbnail, now));
    Asset {
        url: signer.sign(row.id, Variant::Original, now),
        thumbnail_url,
        tags: tags_of(&row),
        id: row.id,
        name: row.name,
        kind,
        content_type: row.content_type,
        size_bytes: row.size_bytes,
        sha256: row.sha256,
        width: row.width,
        height: row.height,
        metadata: row.metadata,
        description: row.description,
        brand_id: row.brand_id,
        persona_ids,
        version: row.version,
        thumbnail_status: row.thumbnail_status,
        created_by: row.created_by,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

async fn dtos(
    state: &AppState,
    org: Uuid,
    rows: Vec<asset::Model>,
) -> Result<Vec<Asset>, AssetError> {
    let lib = state.service::<AssetLibrary>();
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut personas = store::personas_of(&state.db, org, &ids).await?;
    let now = state.clock.now().timestamp();
    Ok(rows
        .into_iter()
        .map(|r| {
            let p = personas.remove(&r.id).unwrap_or_default();
            to_dto(lib.signer(), r, p, now)
        })
        .collect())
}

/// One audit entry for a change to an asset, written with the change where there is a transaction.
async fn audit(
    db: &impl db::sea_orm::ConnectionTrait,
    now: chrono::DateTime<chrono::Utc>,
    org: Uuid,
    actor: Option<Uuid>,
    action: &str,
    id: Uuid,
    metadata: serde_json::Value,
) -> Result<(), AssetError> {
    identity::audit::record(
        db,
        now,
        identity::audit::Event {
            org: Some(org),
            actor,
            action,
            target_type: Some("asset"),
            target_id: Some(id.to_string()),
            ip: None,
            metadata: Some(metadata),
        },
    )
    .await?;
    Ok(())
}

/// One asset of the organization, as the API shows it.
pub async fn get(state: &AppState, org: Uuid, id: Uuid) -> Result<Asset, AssetError> {
    let row = store::find(&state.db, org, id).await?;
    Ok(dtos(state, org, vec![row]).await?.remove(0))
}

/// Stores a checked file as a new asset: the file first (so a row never points at nothing),
/// then the rows and the thumbnail job in one transaction; a failed transaction removes the
/// file again.
#[tracing::instrument(skip_all, fields(org.id = %org), err)]
pub async fn create(
    state: &AppState,
    org: Uuid,
    user: Option<Uuid>,
    input: NewAsset,
    file: Spooled,
) -> Result<Asset, AssetError> {
    let lib = state.service::<AssetLibrary>();
    store::check_brand(&state.db, org, input.brand_id).await?;
    let personas = store::check_personas(&state.db, org, &input.persona_ids).await?;
    model::check_metadata(&input.metadata)
        .map_err(|m| AssetError::field("metadata", "invalid", m))?;
    if input.description.chars().count() > model::MAX_DESCRIPTION_LEN {
        return Err(AssetError::field(
            "description",
            "too_long",
            "The description is too long.",
        ));
    }
    let name = match model::clean_name(&input.name) {
        n if n.is_empty() => "Untitled".to_owned(),
        n => n,
    };
    let id = Uuid::now_v7();
    let version_id = Uuid::now_v7();
    let key = object_key(org, id, &version_id.simple().to_string());
    lib.store().put_file(&key, &file.path, file.len).await?;
    let audit_name = name.clone();
    let now = now(state);
    let content_type = file.detected.content_type.clone();
    let (thumbnail_key, thumbnail_status) = thumbnail_plan(file.detected.kind, &content_type, &key);
    let size = i64::try_from(file.len).unwrap_or(i64::MAX);
    let row = asset::ActiveModel {
        id: Set(id),
        organization_id: Set(org),
        brand_id: Set(input.brand_id),
        search_text: Set(model::search_text(
            &name,
            &input.tags,
            &input.description,
            &input.metadata,
        )),
        name: Set(name),
        kind: Set(file.detected.kind.as_str().to_owned()),
        content_type: Set(content_type.clone()),
        size_bytes: Set(size),
        sha256: Set(file.sha256.clone()),
        storage_key: Set(key.clone()),
        thumbnail_key: Set(thumbnail_key),
        thumbnail_status: Set(thumbnail_status.to_owned()),
        width: Set(file.width),
        height: Set(file.height),
        tags: Set(serde_json::json!(input.tags)),
        metadata: Set(input.metadata),
        description: Set(input.description),
        version: Set(1),
        created_by: Set(user),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let version = asset_version::ActiveModel {
        id: Set(version_id),
        organization_id: Set(org),
        asset_id: Set(id),
        version: Set(1),
        content_type: Set(content_type),
        size_bytes: Set(size),
        sha256: Set(file.sha256.clone()),
        storage_key: Set(key.clone()),
        width: Set(file.width),
        height: Set(file.height),
        comment: Set(String::new()),
        created_by: Set(user),
        created_at: Set(now),
    };
    let written = async {
        let txn = db::begin_write(&state.db).await?;
        asset::Entity::insert(row)
            .exec_without_returning(&txn)
            .await?;
        asset_version::Entity::insert(version)
            .exec_without_returning(&txn)
            .await?;
        store::set_personas(&txn, org, id, &personas).await?;
        if thumbnail_status == thumb::PENDING {
            enqueue_thumbnail(state, &txn, org, id, 1).await?;
        }
        audit(
            &txn,
            now,
            org,
            user,
            "asset.uploaded",
            id,
            serde_json::json!({"name": audit_name}),
        )
        .await?;
        txn.commit().await?;
        Ok::<_, AssetError>(())
    }
    .await;
    if let Err(e) = written {
        if let Err(cleanup) = lib.store().delete(&key).await {
            tracing::warn!(error = %cleanup, "could not remove the file of a failed upload");
        }
        return Err(e);
    }
    get(state, org, id).await
}

async fn enqueue_thumbnail(
    state: &AppState,
    conn: &impl db::sea_orm::ConnectionTrait,
    org: Uuid,
    asset: Uuid,
    version: i32,
) -> Result<(), AssetError> {
    state
        .service::<jobs::JobQueue>()
        .enqueue_with(
            conn,
            jobs::NewJob::new(
                THUMBNAIL_JOB,
                serde_json::json!({"asset_id": asset, "version": version}),
            )
            .for_org(org)
            .max_attempts(3),
        )
        .await?;
    Ok(())
}

/// A page of the organization's assets, newest first.
pub async fn list(
    state: &AppState,
    org: Uuid,
    filter: &ListFilter,
    page: &PageParams,
) -> Result<AssetPage, AssetError> {
    let limit = page.limit()?;
    let cursor = page.cursor()?;
    let select = store::filtered(state.db.get_database_backend(), org, filter);
    let (rows, next_cursor) = db::paging::fetch_page(
        &state.db,
        select,
        (asset::Column::CreatedAt, asset::Column::Id),
        cursor,
        limit,
        true,
        |r| (r.created_at, r.id),
    )
    .await?;
    Ok(AssetPage {
        items: dtos(state, org, rows).await?,
        next_cursor,
    })
}

/// Full-text search, best match first.
pub async fn search(
    state: &AppState,
    org: Uuid,
    q: &str,
    kind: Option<Kind>,
    limit: u64,
) -> Result<Vec<Asset>, AssetError> {
    let terms = model::query_terms(q);
    let rows = store::search(&state.db, org, &terms, kind, limit).await?;
    dtos(state, org, rows).await
}

/// Count and bytes per kind, every kind listed.
pub async fn types(state: &AppState, org: Uuid) -> Result<TypeStats, AssetError> {
    let stats = store::type_stats(&state.db, org).await?;
    let items: Vec<TypeStat> = Kind::ALL
        .into_iter()
        .map(|k| {
            let (count, total_bytes) = stats.get(k.as_str()).copied().unwrap_or((0, 0));
            TypeStat {
                kind: k,
                count,
                total_bytes,
            }
        })
        .collect();
    Ok(TypeStats {
        upload_limit_bytes: i64::try_from(state.service::<AssetLibrary>().max_upload_bytes())
            .unwrap_or(i64::MAX),
        total_count: items.iter().map(|i| i.count).sum(),
        total_bytes: items.iter().map(|i| i.total_bytes).sum(),
        items,
    })
}

/// Changes metadata; `search_text` is rebuilt from the result.
#[tracing::instrument(skip_all, fields(org.id = %org, asset.id = %id), err)]
pub async fn update(
    state: &AppState,
    org: Uuid,
    actor: Option<Uuid>,
    id: Uuid,
    change: AssetChange,
) -> Result<Asset, AssetError> {
    let row = store::find(&state.db, org, id).await?;
    let mut name = row.name.clone();
    if let Some(n) = &change.name {
        name = model::clean_name(n);
        if name.is_empty() {
            return Err(AssetError::field(
                "name",
                "required",
                "Give the asset a name.",
            ));
        }
    }
    let tags = match &change.tags {
        Some(t) => model::normalize_tags(t).map_err(|m| AssetError::field("tags", "invalid", m))?,
        None => tags_of(&row),
    };
    let description = match &change.description {
        Some(d) if d.chars().count() > model::MAX_DESCRIPTION_LEN => {
            return Err(AssetError::field(
                "description",
                "too_long",
                "The description is too long.",
            ));
        }
        Some(d) => d.trim().to_owned(),
        None => row.description.clone(),
    };
    let metadata = match change.metadata {
        Some(m) => {
            model::check_metadata(&m).map_err(|e| AssetError::field("metadata", "invalid", e))?;
            m
        }
        None => row.metadata.clone(),
    };
    let brand_id = match change.brand_id {
        Some(b) => {
            store::check_brand(&state.db, org, b).await?;
            b
        }
        None => row.brand_id,
    };
    let personas = match &change.persona_ids {
        Some(p) => Some(store::check_personas(&state.db, org, p).await?),
        None => None,
    };
    let audit_name = row.name.clone();
    let mut am: asset::ActiveModel = row.into();
    am.search_text = Set(model::search_text(&name, &tags, &description, &metadata));
    am.name = Set(name);
    am.tags = Set(serde_json::json!(tags));
    am.description = Set(description);
    am.metadata = Set(metadata);
    am.brand_id = Set(brand_id);
    am.updated_at = Set(now(state));
    let changed_at = now(state);
    let txn = db::begin_write(&state.db).await?;
    am.update(&txn).await?;
    if let Some(p) = personas {
        store::set_personas(&txn, org, id, &p).await?;
    }
    audit(
        &txn,
        changed_at,
        org,
        actor,
        "asset.updated",
        id,
        serde_json::json!({"name": audit_name}),
    )
    .await?;
    txn.commit().await?;
    get(state, org, id).await
}

/// Removes the asset, its versions and links, then its stored files.
#[tracing::instrument(skip_all, fields(org.id = %org, asset.id = %id), err)]
pub async fn delete(
    state: &AppState,
    org: Uuid,
    actor: Option<Uuid>,
    id: Uuid,
) -> Result<(), AssetError> {
    let lib = state.service::<AssetLibrary>();
    let row = store::find(&state.db, org, id).await?;
    let mut keys: Vec<String> = store::versions(&state.db, org, id)
        .await?
        .into_iter()
        .map(|v| v.storage_key)
        .collect();
    keys.push(row.storage_key.clone());
    keys.extend(row.thumbnail_key.clone());
    keys.sort();
    keys.dedup();
    let txn = db::begin_write(&state.db).await?;
    asset::Entity::delete_many()
        .filter(asset::Column::Id.eq(id))
        .filter(asset::Column::OrganizationId.eq(org))
        .exec(&txn)
        .await?;
    audit(
        &txn,
        now(state),
        org,
        actor,
        "asset.deleted",
        id,
        serde_json::json!({"name": row.name}),
    )
    .await?;
    txn.commit().await?;
    // The rows are gone first, so nothing can link to a file while it is being removed; a
    // file that cannot be removed is logged rather than failing a delete that happened.
    for key in keys {
        if let Err(e) = lib.store().delete(&key).await {
            tracing::warn!(error = %e, key, "could not remove a stored file of a deleted asset");
        }
    }
    Ok(())
}

/// Stores a new file for an asset; it becomes the current one and earlier ones are kept.
#[tracing::instrument(skip_all, fields(org.id = %org, asset.id = %id), err)]
pub async fn add_version(
    state: &AppState,
    org: Uuid,
    user: Option<Uuid>,
    id: Uuid,
    file: Spooled,
    comment: String,
) -> Result<Asset, AssetError> {
    let lib = state.service::<AssetLibrary>();
    let row = store::find(&state.db, org, id).await?;
    let next = row.version + 1;
    let version_id = Uuid::now_v7();
    let key = object_key(org, id, &version_id.simple().to_string());
    lib.store().put_file(&key, &file.path, file.len).await?;
    let now = now(state);
    let content_type = file.detected.content_type.clone();
    let (thumbnail_key, thumbnail_status) = thumbnail_plan(file.detected.kind, &content_type, &key);
    let size = i64::try_from(file.len).unwrap_or(i64::MAX);
    let comment: String = comment.trim().chars().take(500).collect();
    let written = async {
        let txn = db::begin_write(&state.db).await?;
        asset_version::Entity::insert(asset_version::ActiveModel {
            id: Set(version_id),
            organization_id: Set(org),
            asset_id: Set(id),
            version: Set(next),
            content_type: Set(content_type.clone()),
            size_bytes: Set(size),
            sha256: Set(file.sha256.clone()),
            storage_key: Set(key.clone()),
            width: Set(file.width),
            height: Set(file.height),
            comment: Set(comment),
            created_by: Set(user),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        // Only if nobody else stored a version in between: the unique (asset, version) index
        // catches the same race from the other side.
        let changed = asset::Entity::update_many()
            .col_expr(
                asset::Column::Kind,
                Expr::value(file.detected.kind.as_str()),
            )
            .col_expr(
                asset::Column::ContentType,
                Expr::value(content_type.clone()),
            )
            .col_expr(asset::Column::SizeBytes, Expr::value(size))
            .col_expr(asset::Column::Sha256, Expr::value(file.sha256.clone()))
            .col_expr(asset::Column::StorageKey, Expr::value(key.clone()))
            .col_expr(
                asset::Column::ThumbnailKey,
                Expr::value(thumbnail_key.clone()),
            )
            .col_expr(
                asset::Column::ThumbnailStatus,
                Expr::value(thumbnail_status),
            )
            .col_expr(asset::Column::Width, Expr::value(file.width))
            .col_expr(asset::Column::Height, Expr::value(file.height))
            .col_expr(asset::Column::Version, Expr::value(next))
            .col_expr(asset::Column::UpdatedAt, Expr::value(now))
            .filter(asset::Column::Id.eq(id))
            .filter(asset::Column::OrganizationId.eq(org))
            .filter(asset::Column::Version.eq(row.version))
            .exec(&txn)
            .await?
            .rows_affected;
        if changed != 1 {
            return Err(AssetError::field(
                "file",
                "version_conflict",
                "Another version was uploaded at the same time; reload and try again.",
            ));
        }
        if thumbnail_status == thumb::PENDING {
            enqueue_thumbnail(state, &txn, org, id, next).await?;
        }
        audit(
            &txn,
            now,
            org,
            user,
            "asset.version_added",
            id,
            serde_json::json!({"name": row.name, "version": next}),
        )
        .await?;
        txn.commit().await?;
        Ok::<_, AssetError>(())
    }
    .await;
    if let Err(e) = written {
        let _ = lib.store().delete(&key).await;
        return Err(match e {
            AssetError::Db(db) if db::is_unique_violation(&db) => AssetError::field(
                "file",
                "version_conflict",
                "Another version was uploaded at the same time; reload and try again.",
            ),
            other => other,
        });
    }
    // A rendered thumbnail belongs to the file it was made from; an SVG's "thumbnail" is the
    // SVG itself, which stays as a kept version.
    if let Some(old) = row.thumbnail_key.filter(|k| *k != row.storage_key) {
        let _ = lib.store().delete(&old).await;
    }
    get(state, org, id).await
}

/// Every version of an asset, newest first.
pub async fn versions(state: &AppState, org: Uuid, id: Uuid) -> Result<VersionList, AssetError> {
    let row = store::find(&state.db, org, id).await?;
    let lib = state.service::<AssetLibrary>();
    let now = state.clock.now().timestamp();
    let items = store::versions(&state.db, org, id)
        .await?
        .into_iter()
        .map(|v| AssetVersion {
            url: lib.signer().sign(v.id, Variant::Version, now),
            current: v.version == row.version,
            id: v.id,
            version: v.version,
            content_type: v.content_type,
            size_bytes: v.size_bytes,
            sha256: v.sha256,
            width: v.width,
            height: v.height,
            comment: v.comment,
            created_by: v.created_by,
            created_at: v.created_at,
        })
        .collect();
    Ok(VersionList { items })
}
