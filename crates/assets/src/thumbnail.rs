//! Thumbnails for raster images, rendered by the `asset.thumbnail` job: at most 400 px on the
//! longer side, lossless WebP. The job names the asset version it was queued for; when a
//! newer version arrived meanwhile, its own job renders that one and this one does nothing.

use crate::{
    AssetError, AssetLibrary,
    model::thumb,
    service::{object_key, thumbnailable},
    storage::{self, StoreError},
};
use db::entities::asset;
use db::sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};
use jobs::{JobContext, JobHandler};
use serde::Deserialize;
use std::io::Cursor;
use uuid::Uuid;

/// Longest side of a thumbnail, in pixels.
pub const THUMBNAIL_SIZE: u32 = 400;

#[derive(Debug, Deserialize)]
struct Payload {
    asset_id: Uuid,
    version: i32,
}

/// Decodes an image (with limits against decompression bombs) and renders its thumbnail.
pub fn render(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|e| e.to_string())?;
    let img = if img.width() > THUMBNAIL_SIZE || img.height() > THUMBNAIL_SIZE {
        img.thumbnail(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    } else {
        img
    };
    let rgba = img.to_rgba8();
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .encode(
            rgba.as_raw(),
            rgba.width(),
            rgba.height(),
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// The job handler; register it under [`crate::THUMBNAIL_JOB`].
#[derive(Clone)]
pub struct ThumbnailJob {
    db: DatabaseConnection,
    lib: AssetLibrary,
}

impl ThumbnailJob {
    pub fn new(db: DatabaseConnection, lib: AssetLibrary) -> Self {
        Self { db, lib }
    }

    /// Renders the thumbnail of `asset_id` at `version`. Public so that tests and tools can
    /// run it without a worker.
    pub async fn run_for(&self, org: Uuid, asset_id: Uuid, version: i32) -> Result<(), AssetError> {
        let Some(row) = asset::Entity::find_by_id(asset_id)
            .filter(asset::Column::OrganizationId.eq(org))
            .one(&self.db)
            .await?
        else {
            return Ok(());
        };
        if row.version != version || !thumbnailable(&row.content_type) {
            return Ok(());
        }
        let max = usize::try_from(self.lib.max_upload_bytes()).unwrap_or(usize::MAX);
        let body = self.lib.store().get(&row.storage_key, None).await?;
        let bytes = storage::collect(body, max).await?;
        let rendered = tokio::task::spawn_blocking(move || render(&bytes))
            .await
            .map_err(|e| AssetError::Io(std::io::Error::other(e)))?;
        let set_status = |status: &'static str, key: Option<String>| {
            asset::Entity::update_many()
                .col_expr(asset::Column::ThumbnailStatus, Expr::value(status))
                .col_expr(asset::Column::ThumbnailKey, Expr::value(key))
                .filter(asset::Column::Id.eq(asset_id))
                .filter(asset::Column::OrganizationId.eq(org))
                .filter(asset::Column::Version.eq(version))
                .exec(&self.db)
        };
        match rendered {
            Ok(webp) => {
                let key = object_key(org, asset_id, &format!("thumb-v{version}.webp"));
                let len = webp.len() as u64;
                self.lib.store().put(&key, storage::once(webp), len).await?;
                let changed = set_status(thumb::READY, Some(key.clone()))
                    .await?
                    .rows_affected;
                if changed == 0 {
                    // Deleted or superseded while rendering.
                    let _ = self.lib.store().delete(&key).await;
                }
            }
            Err(why) => {
                // A file that does not decode will not decode on a retry either.
                tracing::info!(asset.id = %asset_id, error = %why, "thumbnail could not be rendered");
                set_status(thumb::FAILED, None).await?;
            }
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl JobHandler for ThumbnailJob {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let p: Payload = ctx.payload()?;
        let org = ctx
            .job
            .organization_id
            .ok_or_else(|| "thumbnail job without an organization".to_owned())?;
        match self.run_for(org, p.asset_id, p.version).await {
            // The asset was deleted between upload and rendering.
            Err(AssetError::Storage(StoreError::NotFound)) => Ok(()),
            Err(e) => Err(e.to_string()),
            Ok(()) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_images_shrink_to_fit_small_ones_keep_their_size() {
        let png = crate::sniff::tests_support::png(1200, 300);
        let webp = render(&png).unwrap();
        assert_eq!(&webp[..4], b"RIFF");
        let img = image::load_from_memory(&webp).unwrap();
        assert_eq!((img.width(), img.height()), (400, 100));
        let small = render(&crate::sniff::tests_support::png(20, 10)).unwrap();
        let img = image::load_from_memory(&small).unwrap();
        assert_eq!((img.width(), img.height()), (20, 10));
        assert!(render(b"\x89PNG\r\n\x1a\nbroken").is_err());
    }
}
