//! Persistence of assets. Every query takes the caller's organization and filters by it, so
//! another organization's asset is not found, exactly like a missing one.

use crate::{AssetError, model::Kind};
use db::entities::{asset, asset_persona, asset_version, brand, persona};
use db::sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, FromQueryResult,
    Iterable, QueryFilter, QueryOrder, QuerySelect, Statement,
    sea_query::{Expr, ExprTrait},
};
use std::collections::HashMap;
use uuid::Uuid;

/// The asset `id` of organization `org`.
pub async fn find(
    db: &impl ConnectionTrait,
    org: Uuid,
    id: Uuid,
) -> Result<asset::Model, AssetError> {
    asset::Entity::find_by_id(id)
        .filter(asset::Column::OrganizationId.eq(org))
        .one(db)
        .await?
        .ok_or(AssetError::NotFound)
}

/// Persona links of each asset in `ids`, in the order they were made.
pub async fn personas_of(
    db: &impl ConnectionTrait,
    org: Uuid,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Uuid>>, AssetError> {
    let mut out: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows = asset_persona::Entity::find()
        .filter(asset_persona::Column::OrganizationId.eq(org))
        .filter(asset_persona::Column::AssetId.is_in(ids.iter().copied()))
        .order_by_asc(asset_persona::Column::PersonaId)
        .all(db)
        .await?;
    for r in rows {
        out.entry(r.asset_id).or_default().push(r.persona_id);
    }
    Ok(out)
}

/// Refuses a brand that is not the organization's, naming the field.
pub async fn check_brand(
    db: &impl ConnectionTrait,
    org: Uuid,
    brand_id: Option<Uuid>,
) -> Result<(), AssetError> {
    let Some(id) = brand_id else { return Ok(()) };
    let found = brand::Entity::find_by_id(id)
        .filter(brand::Column::OrganizationId.eq(org))
        .one(db)
        .await?;
    match found {
        Some(_) => Ok(()),
        None => Err(AssetError::field(
            "brand_id",
            "unknown",
            "No brand with this id in your organization.",
        )),
    }
}

/// Refuses personas that are not the organization's; returns the ids without repeats.
pub async fn check_personas(
    db: &impl ConnectionTrait,
    org: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, AssetError> {
    let mut unique: Vec<Uuid> = Vec::new();
    for id in ids {
        if !unique.contains(id) {
            unique.push(*id);
        }
    }
    if unique.len() > 50 {
        return Err(AssetError::field(
            "persona_ids",
            "too_many",
            "Link at most 50 personas.",
        ));
    }
    if unique.is_empty() {
        return Ok(unique);
    }
    let found = persona::Entity::find()
        .select_only()
        .column(persona::Column::Id)
        .filter(persona::Column::OrganizationId.eq(org))
        .filter(persona::Column::Id.is_in(unique.iter().copied()))
        .into_tuple::<Uuid>()
        .all(db)
        .await?;
    if found.len() != unique.len() {
        return Err(AssetError::field(
            "persona_ids",
            "unknown",
            "Some personas do not exist in your organization.",
        ));
    }
    Ok(unique)
}

/// Replaces the persona links of an asset.
pub async fn set_personas(
    db: &impl ConnectionTrait,
    org: Uuid,
    asset_id: Uuid,
    persona_ids: &[Uuid],
) -> Result<(), AssetError> {
    asset_persona::Entity::delete_many()
        .filter(asset_persona::Column::OrganizationId.eq(org))
        .filter(asset_persona::Column::AssetId.eq(asset_id))
        .exec(db)
        .await?;
    if persona_ids.is_empty() {
        return Ok(());
    }
    asset_persona::Entity::insert_many(persona_ids.iter().map(|p| asset_persona::ActiveModel {
        organization_id: Set(org),
        asset_id: Set(asset_id),
        persona_id: Set(*p),
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Filters of the asset list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub kind: Option<Kind>,
    pub brand_id: Option<Uuid>,
    pub tag: Option<String>,
    pub persona_id: Option<Uuid>,
}

/// Adds the list filters to a select of the organization's assets.
pub fn filtered(
    backend: DbBackend,
    org: Uuid,
    f: &ListFilter,
) -> db::sea_orm::Select<asset::Entity> {
    let mut q = asset::Entity::find().filter(asset::Column::OrganizationId.eq(org));
    if let Some(k) = f.kind {
        q = q.filter(asset::Column::Kind.eq(k.as_str()));
    }
    if let Some(b) = f.brand_id {
        q = q.filter(asset::Column::BrandId.eq(b));
    }
    if let Some(tag) = &f.tag {
        // Tags are a JSON array; both databases can test membership in it without a scan
        // of decoded rows in Rust.
        let cond = match backend {
            DbBackend::Postgres => Expr::cust_with_values(
                "(\"assets\".\"tags\")::jsonb @> jsonb_build_array(CAST($1 AS text))",
                [tag.clone()],
            ),
            _ => Expr::cust_with_values(
                "EXISTS (SELECT 1 FROM json_each(\"assets\".\"tags\") WHERE json_each.value = ?)",
                [tag.clone()],
            ),
        };
        q = q.filter(cond);
    }
    if let Some(p) = f.persona_id {
        q = q.filter(
            asset::Column::Id.in_subquery(
                db::sea_orm::sea_query::Query::select()
                    .column(asset_persona::Column::AssetId)
                    .from(asset_persona::Entity)
                    .and_where(Expr::col(asset_persona::Column::PersonaId).eq(p))
                    .and_where(Expr::col(asset_persona::Column::OrganizationId).eq(org))
                    .to_owned(),
            ),
        );
    }
    q
}

/// How many matches a search ranks. A word in every tenth asset matches thousands of rows at
/// 100,000 assets, and scoring all of them costs tens of milliseconds for little gain: such a
/// query is ranked among a bounded set of its matches (on SQLite the newest; on PostgreSQL the
/// first the scan meets), and more words narrow it. See bench/README.md.
pub const RANK_CANDIDATES: i64 = 1000;

/// Full-text search over `search_text`, best match first, scoped to `org`. `terms` are
/// already folded to letters and digits (see [`crate::model::query_terms`]).
pub async fn search(
    db: &DatabaseConnection,
    org: Uuid,
    terms: &[String],
    kind: Option<Kind>,
    limit: u64,
) -> Result<Vec<asset::Model>, AssetError> {
    search_ranking(db, org, terms, kind, limit, RANK_CANDIDATES).await
}

/// [`search`] ranking the newest `candidates` matches (the benchmark compares sizes).
pub async fn search_ranking(
    db: &DatabaseConnection,
    org: Uuid,
    terms: &[String],
    kind: Option<Kind>,
    limit: u64,
    candidates: i64,
) -> Result<Vec<asset::Model>, AssetError> {
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let columns = asset::Column::iter()
        .map(|c| format!("a.\"{}\"", db::sea_orm::IdenStatic::as_str(&c)))
        .collect::<Vec<_>>()
        .join(", ");
    let limit = i64::try_from(limit).unwrap_or(50);
    let kind = kind.map(|k| k.as_str().to_owned());
    let stmt = match backend {
        DbBackend::Postgres => {
            // Every match costs a heap visit (organization, rank), so the candidates stop at
            // `candidates` rows in scan order; only the best `limit` are joined back whole.
            let kind_sql = if kind.is_some() { "AND kind = $5" } else { "" };
            let mut values: Vec<db::sea_orm::Value> = vec![
                org.into(),
                crate::model::tsquery(terms).into(),
                limit.into(),
                candidates.into(),
            ];
            values.extend(kind.map(Into::into));
            Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT {columns} FROM assets a JOIN ( \
                       SELECT id, created_at, ts_rank(search_vector, to_tsquery('simple', $2)) AS score \
                       FROM (SELECT id, created_at, search_vector FROM assets \
                             WHERE organization_id = $1 AND search_vector @@ to_tsquery('simple', $2) {kind_sql} \
                             LIMIT $4) candidates \
                       ORDER BY score DESC, created_at DESC, id DESC LIMIT $3) top ON a.id = top.id \
                     ORDER BY top.score DESC, top.created_at DESC, top.id DESC"
                ),
                values,
            )
        }
        _ => {
            // CROSS JOIN fixes the join order: the full-text index drives, and each hit is
            // checked against the organization. Left to itself the planner may walk the
            // organization's rows and run the MATCH once per row.
            let kind_sql = if kind.is_some() { "AND o.kind = ?" } else { "" };
            let mut values: Vec<db::sea_orm::Value> =
                vec![crate::model::fts5_query(terms).into(), org.into()];
            values.extend(kind.map(Into::into));
            values.push(candidates.into());
            values.push(limit.into());
            Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT {columns} FROM ( \
                       SELECT f.rowid AS rid, f.rank AS score FROM assets_fts f \
                       CROSS JOIN assets o ON o.rowid = f.rowid \
                       WHERE assets_fts MATCH ? AND o.organization_id = ? {kind_sql} \
                       ORDER BY f.rowid DESC LIMIT ?) top \
                     CROSS JOIN assets a ON a.rowid = top.rid \
                     ORDER BY top.score, a.created_at DESC LIMIT ?"
                ),
                values,
            )
        }
    };
    Ok(asset::Model::find_by_statement(stmt).all(db).await?)
}

/// Count and bytes per kind for the organization.
pub async fn type_stats(
    db: &DatabaseConnection,
    org: Uuid,
) -> Result<HashMap<String, (i64, i64)>, AssetError> {
    let rows: Vec<(String, i64, Option<i64>)> = asset::Entity::find()
        .select_only()
        .column(asset::Column::Kind)
        .column_as(asset::Column::Id.count(), "n")
        .column_as(
            Expr::col(asset::Column::SizeBytes).sum().cast_as("BIGINT"),
            "bytes",
        )
        .filter(asset::Column::OrganizationId.eq(org))
        .group_by(asset::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(k, n, b)| (k, (n, b.unwrap_or(0))))
        .collect())
}

/// Every version of an asset, newest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    org: Uuid,
    asset_id: Uuid,
) -> Result<Vec<asset_version::Model>, AssetError> {
    Ok(asset_version::Entity::find()
        .filter(asset_version::Column::OrganizationId.eq(org))
        .filter(asset_version::Column::AssetId.eq(asset_id))
        .order_by_desc(asset_version::Column::Version)
        .all(db)
        .await?)
}
