//! Thin HTTP handlers of the visual identity tools and their OpenAPI description.
//!
//! Routes with a brand or capture id look the resource up before reading the body, so that
//! another organization's id answers 404 whatever the body holds.

use api::error::ApiResult;
use api::{ApiRoutes, AppJson, AppQuery, AppState, Problem, TenantCtx};
use axum::{
    Json,
    extract::{DefaultBodyLimit, FromRequest, Path, Request, State},
    http::{Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use kernel::Permission as P;
use utoipa::OpenApi;
use uuid::Uuid;

use super::captures::{self, *};
use super::checks::{self, *};
use super::grade::{ColourVerdict, Finding, PaletteMatch, Severity, Verdict};
use super::layout::Margins;
use super::palette::{self, *};
use super::picture;
use super::proposal::*;
use crate::store;

pub fn routes() -> ApiRoutes {
    // Room for the multipart envelope around the largest image the checks read.
    let upload_limit = || DefaultBodyLimit::max(picture::MAX_BYTES + 64 * 1024);
    ApiRoutes::new()
        .guarded(
            Method::POST,
            "/palettes/generate",
            P::OrgRead,
            post(generate_palette),
        )
        .guarded(
            Method::POST,
            "/palettes/contrast",
            P::OrgRead,
            post(contrast_matrix),
        )
        .guarded(
            Method::POST,
            "/brands/{id}/captures",
            P::ContentWrite,
            post(create_capture),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/captures",
            P::OrgRead,
            get(list_captures),
        )
        .guarded(Method::GET, "/captures/{id}", P::OrgRead, get(get_capture))
        .guarded(
            Method::POST,
            "/captures/{id}/cancel",
            P::ContentWrite,
            post(cancel_capture),
        )
        .guarded(
            Method::GET,
            "/captures/{id}/logo-preview",
            P::OrgRead,
            get(logo_preview),
        )
        .guarded(
            Method::POST,
            "/captures/{id}/logos",
            P::ContentWrite,
            post(import_logo),
        )
        .guarded(
            Method::POST,
            "/brands/{id}/checks/visual",
            P::ContentWrite,
            post(visual_check).layer(upload_limit()),
        )
        .guarded(
            Method::POST,
            "/brands/{id}/checks/logo",
            P::ContentWrite,
            post(logo_check).layer(upload_limit()),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        generate_palette,
        contrast_matrix,
        create_capture,
        list_captures,
        get_capture,
        cancel_capture,
        logo_preview,
        import_logo,
        visual_check,
        logo_check
    ),
    components(schemas(
        PaletteScheme,
        GenerateRequest,
        GeneratedPalette,
        GeneratedColour,
        ScaleStep,
        ColourInfo,
        RgbValue,
        HslValue,
        CmykValue,
        ContrastEntry,
        ContrastRequest,
        ContrastMatrix,
        ContrastCell,
        ContrastLevel,
        ShadeSuggestion,
        CaptureRequest,
        Capture,
        CaptureStatus,
        CaptureStage,
        CaptureProgress,
        CaptureSummary,
        CaptureList,
        CaptureProposal,
        ProposedColour,
        ProposedFont,
        ProposedLogo,
        LogoSource,
        ImportLogoRequest,
        CheckForm,
        CheckRequest,
        CheckSource,
        VisualCheckReport,
        LogoCheckReport,
        ClearSpace,
        Margins,
        ColourVerdict,
        PaletteMatch,
        Verdict,
        Severity,
        Finding
    ))
)]
pub struct ApiDoc;

#[utoipa::path(post, path = "/api/v1/palettes/generate", tag = "brand", security(("bearer" = [])), request_body = GenerateRequest,
    responses((status = 200, description = "A palette with suggested roles, the 50-900 scale, every colour in hex/RGB/HSL/CMYK with its text colour", body = GeneratedPalette),
        (status = 422, body = Problem)))]
async fn generate_palette(
    _ctx: TenantCtx,
    AppJson(req): AppJson<GenerateRequest>,
) -> Json<GeneratedPalette> {
    Json(palette::generate(&req))
}

#[utoipa::path(post, path = "/api/v1/palettes/contrast", tag = "brand", security(("bearer" = [])), request_body = ContrastRequest,
    responses((status = 200, description = "Every colour as text on every fill colour (background, primary, secondary, accent, supporting), or all pairs with `all_pairs`; failing pairs carry the nearest passing shade", body = ContrastMatrix),
        (status = 422, body = Problem)))]
async fn contrast_matrix(
    _ctx: TenantCtx,
    AppJson(req): AppJson<ContrastRequest>,
) -> Json<ContrastMatrix> {
    Json(palette::contrast(&req))
}

#[utoipa::path(post, path = "/api/v1/brands/{id}/captures", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CaptureRequest,
    responses((status = 202, description = "Queued; poll `GET /captures/{id}`", body = Capture), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn create_capture(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<(StatusCode, Json<Capture>)> {
    store::find_brand(&s.db, ctx.org_id, id).await?;
    let AppJson(body) = AppJson::<CaptureRequest>::from_request(req, &s).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(captures::create(&s, ctx, id, body).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/captures", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = CaptureList), (status = 404, body = Problem)))]
async fn list_captures(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<CaptureList>> {
    Ok(Json(captures::list(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/captures/{id}", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Status and progress; the proposals once succeeded, the reason once failed", body = Capture), (status = 404, body = Problem)))]
async fn get_capture(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Capture>> {
    Ok(Json(captures::get(&s, ctx, id).await?))
}

#[utoipa::path(post, path = "/api/v1/captures/{id}/cancel", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Cancelled when queued; a running capture stops at its next step", body = Capture), (status = 404, body = Problem)))]
async fn cancel_capture(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Capture>> {
    Ok(Json(captures::cancel(&s, ctx, id).await?))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PreviewQuery {
    /// Position of the candidate in the capture's `result.logos`; the best one by default.
    #[serde(default)]
    pub index: usize,
}

#[utoipa::path(get, path = "/api/v1/captures/{id}/logo-preview", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path), PreviewQuery),
    responses((status = 200, description = "The candidate's image (raster, or sanitized SVG), for a preview before import", content_type = "image/*"),
        (status = 404, body = Problem), (status = 422, description = "`not_an_image`", body = Problem), (status = 502, description = "`logo_fetch_failed`", body = Problem)))]
async fn logo_preview(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    AppQuery(q): AppQuery<PreviewQuery>,
) -> ApiResult<Response> {
    let (content_type, bytes) = captures::logo_preview(&s, ctx, id, q.index).await?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            // Read by the app with fetch and shown from a blob: URL; opened directly, it must
            // not run anything.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; sandbox".to_owned(),
            ),
            (header::CACHE_CONTROL, "private, max-age=300".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

#[utoipa::path(post, path = "/api/v1/captures/{id}/logos", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ImportLogoRequest,
    responses((status = 201, description = "The logo, stored in the asset library and tagged `logo`", body = assets::Asset),
        (status = 404, body = Problem), (status = 409, description = "`capture_not_finished`", body = Problem),
        (status = 422, description = "`not_a_candidate`: the URL is not one the capture proposed", body = Problem),
        (status = 502, description = "`logo_fetch_failed`", body = Problem)))]
async fn import_logo(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<(StatusCode, Json<assets::Asset>)> {
    let capture = captures::find(&s, ctx.org_id, id).await?;
    let AppJson(body) = AppJson::<ImportLogoRequest>::from_request(req, &s).await?;
    Ok((
        StatusCode::CREATED,
        Json(captures::import_logo(&s, ctx, capture, body).await?),
    ))
}

#[utoipa::path(post, path = "/api/v1/brands/{id}/checks/visual", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    request_body(description = "A multipart `file` (PNG, JPEG, WebP, GIF, SVG), or JSON with `html` or `asset_id`",
        content((CheckForm = "multipart/form-data"), (CheckRequest = "application/json"))),
    responses((status = 200, description = "Dominant colours against the draft palette (ΔE00), a score and findings", body = VisualCheckReport),
        (status = 404, body = Problem), (status = 413, description = "`file_too_large`", body = Problem),
        (status = 422, description = "`palette_empty`, `image_too_large`, `unsupported_image`, `invalid_image`, or a field error", body = Problem)))]
async fn visual_check(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<VisualCheckReport>> {
    let brand = store::find_brand(&s.db, ctx.org_id, id).await?;
    let input = checks::read_input(req, &s, true).await?;
    let profile = store::draft_of(&brand);
    Ok(Json(
        checks::visual_check(&s, ctx.org_id, &profile, input).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/brands/{id}/checks/logo", tag = "brand", security(("bearer" = [])), params(("id" = Uuid, Path)),
    request_body(description = "A multipart `file` (PNG, JPEG, WebP, GIF, SVG), or JSON with `asset_id`",
        content((CheckForm = "multipart/form-data"), (CheckRequest = "application/json"))),
    responses((status = 200, description = "Width against `min_width_px`, colours against the palette and the brand's logos, clear space against `clear_space_ratio`", body = LogoCheckReport),
        (status = 404, body = Problem), (status = 413, description = "`file_too_large`", body = Problem),
        (status = 422, description = "`image_too_large`, `unsupported_image`, `invalid_image`, or a field error", body = Problem)))]
async fn logo_check(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<LogoCheckReport>> {
    let brand = store::find_brand(&s.db, ctx.org_id, id).await?;
    let input = checks::read_input(req, &s, false).await?;
    let profile = store::draft_of(&brand);
    Ok(Json(
        checks::logo_check(&s, ctx.org_id, &profile, input).await?,
    ))
}
