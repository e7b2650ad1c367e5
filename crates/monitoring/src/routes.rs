//! Thin HTTP handlers of the monitoring module and their OpenAPI description.
//!
//! Routes with a resource id look it up before reading the body, so another organization's
//! id answers 404 whatever the body holds.

use api::error::ApiResult;
use api::{ApiRoutes, AppJson, AppQuery, AppState, Problem, TenantCtx};
use axum::{
    Json,
    extract::{Path, Request, State},
    http::{Method, StatusCode},
    response::IntoResponse,
    routing::{delete, get, patch, post, put},
};
use kernel::Permission as P;
use utoipa::OpenApi;
use uuid::Uuid;

use crate::alerts::{Alert, AlertChannels, AlertPage, AlertQuery, ReadAll};
use crate::digest::{
    DigestPreference, DigestPreferenceInput, DigestPreview, Frequency, InstantAlerts,
};
use crate::items::{
    Item, ItemPage, ItemQuery, Mention, MentionPage, MentionQuery, ShareOfVoice, SovEntity,
    SovQuery,
};
use crate::rules::{AlertRule, AlertRuleInput, AlertRuleList, AlertRulePatch};
use crate::sources::{PollQueued, Source, SourceInput, SourceList, SourcePatch};
use crate::watch::{WatchInput, WatchSettings};
use crate::webhooks::{
    CreatedWebhook, Delivery, DeliveryList, WebhookEndpoint, WebhookInput, WebhookList,
};
use crate::{alerts, digest, items, rules, sources, store, watch, webhooks};

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(
            Method::GET,
            "/monitoring/sources",
            P::OrgRead,
            get(list_sources),
        )
        .guarded(
            Method::POST,
            "/monitoring/sources",
            P::ContentWrite,
            post(create_source),
        )
        .guarded(
            Method::PATCH,
            "/monitoring/sources/{id}",
            P::ContentWrite,
            patch(update_source),
        )
        .guarded(
            Method::DELETE,
            "/monitoring/sources/{id}",
            P::ContentWrite,
            delete(delete_source),
        )
        .guarded(
            Method::POST,
            "/monitoring/sources/{id}/poll",
            P::ContentWrite,
            post(poll_source),
        )
        .guarded(
            Method::GET,
            "/monitoring/items",
            P::OrgRead,
            get(list_items),
        )
        .guarded(
            Method::GET,
            "/monitoring/mentions",
            P::OrgRead,
            get(list_mentions),
        )
        .guarded(
            Method::GET,
            "/monitoring/share-of-voice",
            P::OrgRead,
            get(share_of_voice),
        )
        .guarded(Method::GET, "/monitoring/watch", P::OrgRead, get(get_watch))
        .guarded(
            Method::PUT,
            "/monitoring/watch",
            P::ContentWrite,
            put(put_watch),
        )
        .guarded(Method::GET, "/alert-rules", P::OrgRead, get(list_rules))
        .guarded(
            Method::POST,
            "/alert-rules",
            P::ContentWrite,
            post(create_rule),
        )
        .guarded(
            Method::PATCH,
            "/alert-rules/{id}",
            P::ContentWrite,
            patch(update_rule),
        )
        .guarded(
            Method::DELETE,
            "/alert-rules/{id}",
            P::ContentWrite,
            delete(delete_rule),
        )
        .guarded(Method::GET, "/alerts", P::OrgRead, get(list_alerts))
        .guarded(Method::POST, "/alerts/read-all", P::OrgRead, post(read_all))
        .guarded(
            Method::POST,
            "/alerts/{id}/read",
            P::OrgRead,
            post(read_alert),
        )
        .guarded(Method::GET, "/webhooks", P::OrgUpdate, get(list_webhooks))
        .guarded(
            Method::POST,
            "/webhooks",
            P::OrgUpdate,
            post(create_webhook),
        )
        .guarded(
            Method::DELETE,
            "/webhooks/{id}",
            P::OrgUpdate,
            delete(delete_webhook),
        )
        .guarded(
            Method::POST,
            "/webhooks/{id}/test",
            P::OrgUpdate,
            post(test_webhook),
        )
        .guarded(
            Method::GET,
            "/webhooks/{id}/deliveries",
            P::OrgUpdate,
            get(list_deliveries),
        )
        .guarded(
            Method::GET,
            "/monitoring/digest",
            P::OrgRead,
            get(get_digest),
        )
        .guarded(
            Method::PUT,
            "/monitoring/digest",
            P::OrgRead,
            put(put_digest),
        )
        .guarded(
            Method::POST,
            "/monitoring/digest/preview",
            P::OrgRead,
            post(preview_digest),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list_sources, create_source, update_source, delete_source, poll_source, list_items,
        list_mentions, share_of_voice, get_watch, put_watch, list_rules, create_rule, update_rule,
        delete_rule, list_alerts, read_all, read_alert, list_webhooks, create_webhook,
        delete_webhook, test_webhook, list_deliveries, get_digest, put_digest, preview_digest
    ),
    components(schemas(
        Source, SourceList, SourceInput, SourcePatch, PollQueued, Item, ItemPage, Mention,
        MentionPage, ShareOfVoice, SovEntity, WatchSettings, WatchInput, AlertRule,
        AlertRuleList, AlertRuleInput, AlertRulePatch, AlertChannels, Alert, AlertPage, ReadAll,
        WebhookEndpoint, CreatedWebhook, WebhookList, WebhookInput, Delivery, DeliveryList,
        DigestPreference, DigestPreferenceInput, DigestPreview, Frequency, InstantAlerts,
        monitor::Category, monitor::Impact, monitor::EntityKind, monitor::SentimentLabel,
        monitor::Urgency, monitor::SovPoint, monitor::Digest, monitor::DigestItem
    )),
    tags((name = "monitoring", description = "News and mention monitoring, share of voice, alert rules, alerts, signed webhooks and digests"))
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/v1/monitoring/sources", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, body = SourceList)))]
async fn list_sources(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<SourceList>> {
    Ok(Json(sources::list(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/monitoring/sources", tag = "monitoring", security(("bearer" = [])), request_body = SourceInput,
    responses((status = 201, description = "Polled at the scheduler's next pass", body = Source),
        (status = 422, description = "`validation_failed`; field codes `invalid_url`, `forbidden_url`", body = Problem)))]
async fn create_source(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<SourceInput>,
) -> ApiResult<impl IntoResponse> {
    Ok((
        StatusCode::CREATED,
        Json(sources::create(&s, ctx, input).await?),
    ))
}

#[utoipa::path(patch, path = "/api/v1/monitoring/sources/{id}", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = SourcePatch,
    responses((status = 200, body = Source), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn update_source(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<Source>> {
    let current = store::find_source(&s.db, ctx.org_id, id).await?;
    let patch: SourcePatch = api::json_body(req, &s).await?;
    Ok(Json(sources::update(&s, current, patch).await?))
}

#[utoipa::path(delete, path = "/api/v1/monitoring/sources/{id}", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204, description = "Deleted with its items and mentions"), (status = 404, body = Problem)))]
async fn delete_source(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    sources::delete(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/monitoring/sources/{id}/poll", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 202, description = "A poll job is queued", body = PollQueued), (status = 404, body = Problem)))]
async fn poll_source(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<impl IntoResponse> {
    Ok((
        StatusCode::ACCEPTED,
        Json(sources::poll_now(&s, ctx, id).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/monitoring/items", tag = "monitoring", security(("bearer" = [])), params(ItemQuery),
    responses((status = 200, description = "Newest first", body = ItemPage), (status = 422, body = Problem)))]
async fn list_items(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<ItemQuery>,
) -> ApiResult<Json<ItemPage>> {
    Ok(Json(items::list_items(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/monitoring/mentions", tag = "monitoring", security(("bearer" = [])), params(MentionQuery),
    responses((status = 200, description = "Newest first", body = MentionPage), (status = 422, body = Problem)))]
async fn list_mentions(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<MentionQuery>,
) -> ApiResult<Json<MentionPage>> {
    Ok(Json(items::list_mentions(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/monitoring/share-of-voice", tag = "monitoring", security(("bearer" = [])), params(SovQuery),
    responses((status = 200, body = ShareOfVoice), (status = 422, body = Problem)))]
async fn share_of_voice(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<SovQuery>,
) -> ApiResult<Json<ShareOfVoice>> {
    Ok(Json(items::share_of_voice(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/monitoring/watch", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, body = WatchSettings)))]
async fn get_watch(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<WatchSettings>> {
    Ok(Json(watch::get(&s, ctx).await?))
}

#[utoipa::path(put, path = "/api/v1/monitoring/watch", tag = "monitoring", security(("bearer" = [])), request_body = WatchInput,
    responses((status = 200, body = WatchSettings), (status = 422, body = Problem)))]
async fn put_watch(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<WatchInput>,
) -> ApiResult<Json<WatchSettings>> {
    Ok(Json(watch::put(&s, ctx, input).await?))
}

#[utoipa::path(get, path = "/api/v1/alert-rules", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, body = AlertRuleList)))]
async fn list_rules(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<AlertRuleList>> {
    Ok(Json(rules::list(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/alert-rules", tag = "monitoring", security(("bearer" = [])), request_body = AlertRuleInput,
    responses((status = 201, body = AlertRule), (status = 422, description = "`validation_failed`; field code `rule_matches_nothing`", body = Problem)))]
async fn create_rule(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<AlertRuleInput>,
) -> ApiResult<impl IntoResponse> {
    Ok((
        StatusCode::CREATED,
        Json(rules::create(&s, ctx, input).await?),
    ))
}

#[utoipa::path(patch, path = "/api/v1/alert-rules/{id}", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = AlertRulePatch,
    responses((status = 200, body = AlertRule), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn update_rule(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<AlertRule>> {
    let current = store::find_rule(&s.db, ctx.org_id, id).await?;
    let patch: AlertRulePatch = api::json_body(req, &s).await?;
    Ok(Json(rules::update(&s, current, patch).await?))
}

#[utoipa::path(delete, path = "/api/v1/alert-rules/{id}", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204, description = "Deleted; its alerts stay"), (status = 404, body = Problem)))]
async fn delete_rule(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    rules::delete(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/alerts", tag = "monitoring", security(("bearer" = [])), params(AlertQuery),
    responses((status = 200, description = "Unread first, then by priority, newest first", body = AlertPage), (status = 422, body = Problem)))]
async fn list_alerts(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<AlertQuery>,
) -> ApiResult<Json<AlertPage>> {
    Ok(Json(alerts::list(&s, ctx, q).await?))
}

#[utoipa::path(post, path = "/api/v1/alerts/{id}/read", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Alert), (status = 404, body = Problem)))]
async fn read_alert(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Alert>> {
    Ok(Json(alerts::mark_read(&s, ctx, id).await?))
}

#[utoipa::path(post, path = "/api/v1/alerts/read-all", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, body = ReadAll)))]
async fn read_all(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<ReadAll>> {
    Ok(Json(alerts::mark_all_read(&s, ctx).await?))
}

#[utoipa::path(get, path = "/api/v1/webhooks", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, description = "Secrets are never listed", body = WebhookList)))]
async fn list_webhooks(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<WebhookList>> {
    Ok(Json(webhooks::list(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/webhooks", tag = "monitoring", security(("bearer" = [])), request_body = WebhookInput,
    responses((status = 201, description = "The signing secret is in this answer only", body = CreatedWebhook),
        (status = 422, description = "`validation_failed`; field codes `invalid_url`, `forbidden_url`", body = Problem)))]
async fn create_webhook(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<WebhookInput>,
) -> ApiResult<impl IntoResponse> {
    Ok((
        StatusCode::CREATED,
        Json(webhooks::create(&s, ctx, input).await?),
    ))
}

#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 204, description = "Deleted with its deliveries"), (status = 404, body = Problem)))]
async fn delete_webhook(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<StatusCode> {
    webhooks::delete(&s, ctx, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/webhooks/{id}/test", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 202, description = "A `webhook.test` event is queued", body = Delivery), (status = 404, body = Problem)))]
async fn test_webhook(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<impl IntoResponse> {
    Ok((
        StatusCode::ACCEPTED,
        Json(webhooks::send_test(&s, ctx, id).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/webhooks/{id}/deliveries", tag = "monitoring", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The newest 100, each with its attempts", body = DeliveryList), (status = 404, body = Problem)))]
async fn list_deliveries(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<DeliveryList>> {
    Ok(Json(webhooks::deliveries(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/monitoring/digest", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, description = "The caller's own preference", body = DigestPreference)))]
async fn get_digest(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<DigestPreference>> {
    Ok(Json(digest::get(&s, ctx).await?))
}

#[utoipa::path(put, path = "/api/v1/monitoring/digest", tag = "monitoring", security(("bearer" = [])), request_body = DigestPreferenceInput,
    responses((status = 200, body = DigestPreference), (status = 422, body = Problem)))]
async fn put_digest(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<DigestPreferenceInput>,
) -> ApiResult<Json<DigestPreference>> {
    Ok(Json(digest::put(&s, ctx, input).await?))
}

#[utoipa::path(post, path = "/api/v1/monitoring/digest/preview", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, description = "The digest the caller would get now", body = DigestPreview)))]
async fn preview_digest(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<DigestPreview>> {
    Ok(Json(digest::preview(&s, ctx).await?))
}
