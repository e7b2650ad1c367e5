//! The brand kit (FR-6.2.1): the whole identity assembled into one style-guide document,
//! exported as JSON, design tokens (CSS variables, Tailwind 4 and 3 themes) and a printable
//! PDF, and shared read-only through revocable links.

mod assemble;
pub mod dto;
mod export;
pub mod pdf;
pub mod service;
mod tokens;

use api::error::ApiResult;
use api::{ApiRoutes, AppQuery, AppState, ClientIp, Problem, TenantCtx};
use axum::{
    Json,
    extract::{Path, State},
    http::{Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{delete, get, post},
};
use dto::*;
use kernel::{PageParams, Permission as P};
use utoipa::OpenApi;
use uuid::Uuid;

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(Method::GET, "/brands/{id}/kit", P::OrgRead, get(get_kit))
        .guarded(
            Method::GET,
            "/brands/{id}/export",
            P::OrgRead,
            get(export_kit),
        )
        .guarded(
            Method::POST,
            "/brands/{id}/shares",
            P::OrgUpdate,
            post(create_share),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/shares",
            P::OrgUpdate,
            get(list_shares),
        )
        .guarded(
            Method::DELETE,
            "/shares/{id}",
            P::OrgUpdate,
            delete(revoke_share),
        )
        .public(Method::GET, "/public/brand-kits/{token}", get(public_kit))
        .public(
            Method::GET,
            "/public/brand-kits/{token}/export",
            get(public_export),
        )
}

#[derive(OpenApi)]
#[openapi(
    // Query parameters are not collected as schemas on their own.
    components(schemas(ExportFormat, KitSource)),
    paths(
        get_kit,
        export_kit,
        create_share,
        list_shares,
        revoke_share,
        public_kit,
        public_export
    )
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/v1/brands/{id}/kit", tag = "brand", security(("bearer" = [])),
    params(("id" = Uuid, Path), KitQuery),
    responses((status = 200, body = BrandKit), (status = 404, body = Problem)))]
/// The brand kit: the published revision by default, or the draft. When nothing is published
/// yet the draft is shown with `draft_fallback` set.
async fn get_kit(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<KitQuery>,
) -> ApiResult<Json<BrandKit>> {
    Ok(Json(
        service::kit(&s, &ctx, id, q.source.unwrap_or_default()).await?,
    ))
}

fn attachment(e: export::Export) -> Response {
    (
        [
            (header::CONTENT_TYPE, e.content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", e.filename),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        e.body,
    )
        .into_response()
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/export", tag = "brand", security(("bearer" = [])),
    params(("id" = Uuid, Path), ExportQuery),
    responses(
        (status = 200, description = "The export as an attachment", content(
            (BrandKit = "application/json"),
            (String = "text/css"),
            (String = "text/javascript"),
            (Vec<u8> = "application/pdf"),
        )),
        (status = 404, body = Problem), (status = 422, description = "format missing or unknown", body = Problem)))]
/// Downloads the kit as JSON, CSS custom properties, a Tailwind 4 theme (`tailwind`), a
/// Tailwind 3 config (`tailwind-js`) or a PDF.
async fn export_kit(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<ExportQuery>,
) -> ApiResult<Response> {
    let e = service::export(&s, &ctx, id, q.source.unwrap_or_default(), q.format).await?;
    Ok(attachment(e))
}

#[utoipa::path(post, path = "/api/v1/brands/{id}/shares", tag = "brand", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 201, body = ShareCreated), (status = 403, body = Problem), (status = 404, body = Problem)))]
/// Creates a read-only link to the published kit. The token is in this answer only.
async fn create_share(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
) -> ApiResult<(StatusCode, Json<ShareCreated>)> {
    Ok((
        StatusCode::CREATED,
        Json(service::create_share(&s, &ctx, id, ip).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/shares", tag = "brand", security(("bearer" = [])),
    params(("id" = Uuid, Path), PageParams),
    responses((status = 200, body = SharePage), (status = 403, body = Problem), (status = 404, body = Problem)))]
/// The brand's share links, active and revoked, newest first (without their tokens).
async fn list_shares(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(page): AppQuery<PageParams>,
) -> ApiResult<Json<SharePage>> {
    Ok(Json(service::list_shares(&s, &ctx, id, page).await?))
}

#[utoipa::path(delete, path = "/api/v1/shares/{id}", tag = "brand", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 204, description = "Revoked"), (status = 403, body = Problem), (status = 404, body = Problem)))]
/// Revokes a share link: its page and exports answer 404 from now on.
async fn revoke_share(
    State(s): State<AppState>,
    ctx: TenantCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    service::revoke_share(&s, &ctx, id, ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/public/brand-kits/{token}", tag = "brand",
    params(("token" = String, Path, description = "The token of a share link")),
    responses((status = 200, body = BrandKit), (status = 404, description = "Unknown or revoked link, or nothing published", body = Problem)))]
/// The published kit behind a share link; no sign-in needed.
async fn public_kit(
    State(s): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<BrandKit>> {
    Ok(Json(service::public_kit(&s, &token).await?))
}

#[utoipa::path(get, path = "/api/v1/public/brand-kits/{token}/export", tag = "brand",
    params(("token" = String, Path, description = "The token of a share link"), PublicExportQuery),
    responses(
        (status = 200, description = "The export as an attachment", content(
            (BrandKit = "application/json"),
            (String = "text/css"),
            (String = "text/javascript"),
            (Vec<u8> = "application/pdf"),
        )),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
/// An export of the published kit behind a share link.
async fn public_export(
    State(s): State<AppState>,
    Path(token): Path<String>,
    AppQuery(q): AppQuery<PublicExportQuery>,
) -> ApiResult<Response> {
    Ok(attachment(
        service::public_export(&s, &token, q.format).await?,
    ))
}
