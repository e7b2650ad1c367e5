//! The brand module: everything a team says about itself, and how it looks.
//!
//! A brand's profile is edited as a draft and published as numbered revisions; personas,
//! share links, captures and checks hang off the brand. Every query is scoped by the
//! organization of the caller's `TenantCtx` (see `store`).
//!
//! - `foundation`: brands, drafts, publishing, revisions and their diff, voice search, personas.
//! - `visual`: palette tools, website capture, logo and visual consistency checks.
//! - `kit`: the assembled brand kit, share links and exports (JSON, design tokens, PDF).

pub mod foundation;
pub mod kit;
pub mod model;
pub mod store;
pub mod visual;

use api::ApiRoutes;
use utoipa::OpenApi;

/// Every brand route, registered with its permission.
pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .merge(foundation::routes())
        .merge(kit::routes())
        .merge(visual::routes())
}

/// The OpenAPI description of the brand routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.merge(foundation::ApiDoc::openapi());
    doc.merge(kit::ApiDoc::openapi());
    doc.merge(visual::ApiDoc::openapi());
    doc
}

#[derive(OpenApi)]
#[openapi(tags((name = "brand", description = "Brand profiles, revisions, voice, personas, visual identity, capture, brand kit and checks")))]
struct ApiDoc;
