//! Export formats: what each one is called, its media type, and its bytes.

use crate::kit::assemble::slug;
use crate::kit::dto::{BrandKit, ExportFormat, KitSource};
use crate::kit::{pdf, tokens};
use std::collections::HashMap;
use uuid::Uuid;

/// One rendered export.
pub struct Export {
    pub content_type: &'static str,
    pub filename: String,
    pub body: Vec<u8>,
}

impl ExportFormat {
    pub fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Json => "application/json",
            ExportFormat::Css | ExportFormat::Tailwind => "text/css; charset=utf-8",
            ExportFormat::TailwindJs => "text/javascript; charset=utf-8",
            ExportFormat::Pdf => "application/pdf",
        }
    }

    /// `acme-roasters-brand-kit-v3.json`, `acme-roasters-tokens-draft.css`, ...
    pub fn filename(self, kit: &BrandKit) -> String {
        let name = match slug(&kit.name) {
            s if s.is_empty() => "brand".to_owned(),
            s => s,
        };
        let version = match (kit.source, kit.version) {
            (KitSource::Published, Some(v)) => format!("v{v}"),
            _ => "draft".to_owned(),
        };
        match self {
            ExportFormat::Json => format!("{name}-brand-kit-{version}.json"),
            ExportFormat::Css => format!("{name}-tokens-{version}.css"),
            ExportFormat::Tailwind => format!("{name}-tailwind-theme-{version}.css"),
            ExportFormat::TailwindJs => format!("{name}-tailwind-{version}.config.js"),
            ExportFormat::Pdf => format!("{name}-brand-guidelines-{version}.pdf"),
        }
    }

    /// Whether the export embeds image files (so the caller should load their bytes).
    pub fn embeds_images(self) -> bool {
        self == ExportFormat::Pdf
    }
}

/// Renders `kit` as `format`. `images` are the bytes of files the PDF may embed.
pub fn render(kit: &BrandKit, format: ExportFormat, images: &HashMap<Uuid, Vec<u8>>) -> Export {
    let body = match format {
        ExportFormat::Json => {
            let mut v = serde_json::to_vec_pretty(kit).expect("the kit serializes");
            v.push(b'\n');
            v
        }
        ExportFormat::Css => tokens::css(kit).into_bytes(),
        ExportFormat::Tailwind => tokens::tailwind(kit).into_bytes(),
        ExportFormat::TailwindJs => tokens::tailwind_js(kit).into_bytes(),
        ExportFormat::Pdf => pdf::render(kit, images),
    };
    Export {
        content_type: format.content_type(),
        filename: format.filename(kit),
        body,
    }
}
