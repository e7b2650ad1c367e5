//! Thin HTTP handlers of the agents module and their OpenAPI description.
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
    routing::{get, post, put},
};
use kernel::Permission as P;
use utoipa::OpenApi;
use uuid::Uuid;

use crate::actions::*;
use crate::approval::{ApprovalPolicy, ApprovalStep, SignOff};
use crate::brief::BriefInput;
use crate::credits::{CreditSummary, CreditTransaction};
use crate::inbox::{InboxCounts, InboxPage, InboxQuery};
use crate::library::{LibraryEntry, LibraryPage, LibraryQuery};
use crate::mastodon::InstanceInput;
use crate::model::{ItemDetail, ItemEvent, ItemState, ItemSummary, Variant};
use crate::report::{AgentStats, FeedbackReport, LearnedPhrase, ReportQuery};
use crate::review::{FieldFinding, Review, RuleViolation};
use crate::runs::{Run, RunList};
use crate::settings::{AiSettings, AiSettingsInput, ProviderKind, Writer};
use crate::shares::{PreviewLink, PublicPreview};
use crate::test_connection::ConnectionTest;
use crate::tools::*;
use crate::{
    actions, credits, inbox, library, report, runs, settings, shares, store, test_connection, tools,
};

pub fn routes() -> ApiRoutes {
    ApiRoutes::new()
        .guarded(Method::GET, "/ai/settings", P::OrgRead, get(get_settings))
        .guarded(Method::PUT, "/ai/settings", P::OrgUpdate, put(put_settings))
        .guarded(
            Method::POST,
            "/ai/settings/test",
            P::OrgUpdate,
            post(test_settings),
        )
        .guarded(
            Method::POST,
            "/ai/settings/mastodon-instance",
            P::OrgUpdate,
            post(read_mastodon_instance),
        )
        .guarded(Method::GET, "/agents/writer", P::OrgRead, get(get_writer))
        .guarded(Method::GET, "/credits", P::OrgRead, get(get_credits))
        .guarded(
            Method::POST,
            "/agent-runs",
            P::ContentWrite,
            post(create_run),
        )
        .guarded(Method::GET, "/agent-runs", P::OrgRead, get(list_runs))
        .guarded(Method::GET, "/agent-runs/{id}", P::OrgRead, get(get_run))
        .guarded(
            Method::GET,
            "/agent-runs/{id}/events",
            P::OrgRead,
            get(run_events),
        )
        .guarded(
            Method::POST,
            "/agent-runs/{id}/cancel",
            P::ContentWrite,
            post(cancel_run),
        )
        .guarded(Method::GET, "/inbox", P::OrgRead, get(list_inbox))
        .guarded(Method::GET, "/inbox/counts", P::OrgRead, get(inbox_counts))
        .guarded(
            Method::POST,
            "/inbox/bulk",
            P::ContentWrite,
            post(bulk_decide),
        )
        .guarded(Method::GET, "/inbox/{id}", P::OrgRead, get(get_item))
        .guarded(
            Method::POST,
            "/inbox/{id}/approve",
            P::ContentWrite,
            post(approve_item),
        )
        .guarded(
            Method::POST,
            "/inbox/{id}/reject",
            P::ContentWrite,
            post(reject_item),
        )
        .guarded(
            Method::POST,
            "/inbox/{id}/review",
            P::ContentWrite,
            post(review_item_draft),
        )
        .guarded(
            Method::PUT,
            "/inbox/{id}/variants/{position}",
            P::ContentWrite,
            put(edit_variant),
        )
        .guarded(
            Method::POST,
            "/inbox/{id}/regenerate",
            P::ContentWrite,
            post(regenerate_item),
        )
        .guarded(
            Method::POST,
            "/inbox/{id}/assign",
            P::ContentWrite,
            post(assign_item),
        )
        .guarded(
            Method::POST,
            "/inbox/{id}/comments",
            P::ContentWrite,
            post(comment_item),
        )
        .guarded(
            Method::POST,
            "/inbox/{id}/preview-links",
            P::ContentWrite,
            post(share_item),
        )
        .public(Method::GET, "/public/previews/{token}", get(public_preview))
        .guarded(
            Method::GET,
            "/content-library",
            P::OrgRead,
            get(content_library),
        )
        .guarded(
            Method::GET,
            "/agents/feedback-report",
            P::OrgRead,
            get(feedback_report),
        )
        .guarded(
            Method::POST,
            "/agents/prompt-preview",
            P::OrgUpdate,
            post(prompt_preview),
        )
        .guarded(
            Method::POST,
            "/brand-compliance/check",
            P::OrgRead,
            post(compliance_check),
        )
        .guarded(
            Method::GET,
            "/platform-rules",
            P::OrgRead,
            get(platform_rules),
        )
        .guarded(
            Method::POST,
            "/platform-rules/format",
            P::OrgRead,
            post(format_text),
        )
        .guarded(
            Method::GET,
            "/writing-templates",
            P::OrgRead,
            get(writing_templates),
        )
        .guarded(
            Method::POST,
            "/writing-templates/{id}/render",
            P::OrgRead,
            post(render_template),
        )
        .guarded(
            Method::GET,
            "/brands/{id}/approval-policy",
            P::OrgRead,
            get(get_approval_policy),
        )
        .guarded(
            Method::PUT,
            "/brands/{id}/approval-policy",
            P::OrgUpdate,
            put(put_approval_policy),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        get_settings, put_settings, test_settings, read_mastodon_instance, get_writer, get_credits, create_run, list_runs, get_run,
        run_events, cancel_run, list_inbox, inbox_counts, bulk_decide, get_item, approve_item,
        reject_item, review_item_draft, edit_variant, regenerate_item, assign_item, comment_item,
        share_item, public_preview, content_library, feedback_report, prompt_preview,
        compliance_check, platform_rules, format_text, writing_templates, render_template,
        get_approval_policy, put_approval_policy
    ),
    components(schemas(
        AiSettings, AiSettingsInput, ProviderKind, Writer, content::Language, ConnectionTest, InstanceInput, CreditSummary, CreditTransaction,
        BriefInput, content::Channel, content::Tone, content::Draft, content::OutlineSection,
        Run, RunList, ItemState, ItemSummary, ItemDetail, ItemEvent, Variant, Review,
        RuleViolation, FieldFinding, InboxPage, InboxCounts, ApproveInput, RejectInput,
        EditInput, RegenerateInput, AssignInput, CommentInput, BulkAction, BulkInput,
        BulkResult, BulkOutcome, PreviewLink, PublicPreview, LibraryEntry, LibraryPage,
        FeedbackReport, AgentStats, LearnedPhrase, PromptPreview, ComplianceRequest,
        ComplianceFinding, ComplianceResult, PlatformRules, FormatRequest, FormatResult,
        TemplateList, RenderRequest, RenderResult, ApprovalPolicy, ApprovalStep, SignOff
    )),
    tags((name = "agents", description = "AI agents, generation runs, the action inbox, brand compliance and platform rules"))
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/v1/ai/settings", tag = "agents", security(("bearer" = [])),
    responses((status = 200, description = "The provider the agents write with; the key is never returned", body = AiSettings)))]
async fn get_settings(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<AiSettings>> {
    Ok(Json(settings::get(&s, ctx).await?))
}

#[utoipa::path(put, path = "/api/v1/ai/settings", tag = "agents", security(("bearer" = [])), request_body = AiSettingsInput,
    responses((status = 200, body = AiSettings), (status = 422, body = Problem)))]
async fn put_settings(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<AiSettingsInput>,
) -> ApiResult<Json<AiSettings>> {
    Ok(Json(settings::put(&s, ctx, input).await?))
}

#[utoipa::path(post, path = "/api/v1/ai/settings/test", tag = "agents", security(("bearer" = [])),
    responses((status = 200, description = "Sends a one-line prompt to the saved provider and reports what happened", body = ConnectionTest)))]
async fn test_settings(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<ConnectionTest>> {
    Ok(Json(test_connection::run(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/ai/settings/mastodon-instance", tag = "agents", security(("bearer" = [])), request_body = InstanceInput,
    responses((status = 200, description = "The instance's post limit, read from its public configuration, now used for Mastodon posts", body = AiSettings),
        (status = 422, body = Problem), (status = 502, description = "`instance_unreadable`", body = Problem)))]
async fn read_mastodon_instance(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<InstanceInput>,
) -> ApiResult<Json<AiSettings>> {
    Ok(Json(crate::mastodon::read_instance(&s, ctx, input).await?))
}

#[utoipa::path(get, path = "/api/v1/agents/writer", tag = "agents", security(("bearer" = [])),
    responses((status = 200, description = "Who writes the organization's drafts and in which languages (`languages` null: any), \
        so that the brief form can warn before it is sent; readable by every member", body = Writer)))]
async fn get_writer(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<Writer>> {
    Ok(Json(settings::writer(&s, ctx).await?))
}

#[utoipa::path(get, path = "/api/v1/credits", tag = "agents", security(("bearer" = [])),
    responses((status = 200, description = "Balance and the latest movements", body = CreditSummary)))]
async fn get_credits(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<CreditSummary>> {
    Ok(Json(credits::summary(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/agent-runs", tag = "agents", security(("bearer" = [])), request_body = BriefInput,
    responses((status = 202, description = "Queued: items are in the inbox as `queued`; follow `/agent-runs/{id}/events`", body = Run),
        (status = 402, description = "`insufficient_credits`", body = Problem),
        (status = 422, description = "A field error, or `language_unsupported` (field `language`): the built-in composer does not write the brief's language", body = Problem)))]
async fn create_run(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<BriefInput>,
) -> ApiResult<(StatusCode, Json<Run>)> {
    Ok((
        StatusCode::ACCEPTED,
        Json(runs::create(&s, ctx, input).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/agent-runs", tag = "agents", security(("bearer" = [])),
    responses((status = 200, description = "The 20 latest runs", body = RunList)))]
async fn list_runs(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<RunList>> {
    Ok(Json(runs::list(&s, ctx).await?))
}

#[utoipa::path(get, path = "/api/v1/agent-runs/{id}", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Run), (status = 404, body = Problem)))]
async fn get_run(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Run>> {
    Ok(Json(runs::get(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/agent-runs/{id}/events", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Server-sent events: `progress` with the run on every change, then `done`", content_type = "text/event-stream"),
        (status = 404, body = Problem)))]
async fn run_events(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<impl IntoResponse> {
    let first = runs::get(&s, ctx, id).await?;
    Ok(runs::events(s, ctx, first))
}

#[utoipa::path(post, path = "/api/v1/agent-runs/{id}/cancel", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "Cancelled when queued; a running run stops after the variant it is writing", body = Run), (status = 404, body = Problem)))]
async fn cancel_run(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<Run>> {
    Ok(Json(runs::cancel(&s, ctx, id).await?))
}

#[utoipa::path(get, path = "/api/v1/inbox", tag = "agents", security(("bearer" = [])), params(InboxQuery),
    responses((status = 200, body = InboxPage), (status = 422, body = Problem)))]
async fn list_inbox(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<InboxQuery>,
) -> ApiResult<Json<InboxPage>> {
    Ok(Json(inbox::list(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/inbox/counts", tag = "agents", security(("bearer" = [])),
    responses((status = 200, description = "Items per state, and how many wait for the caller", body = InboxCounts)))]
async fn inbox_counts(State(s): State<AppState>, ctx: TenantCtx) -> ApiResult<Json<InboxCounts>> {
    Ok(Json(inbox::counts(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/inbox/bulk", tag = "agents", security(("bearer" = [])), request_body = BulkInput,
    responses((status = 200, description = "One result per item; each is decided on its own", body = BulkOutcome), (status = 422, body = Problem)))]
async fn bulk_decide(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<BulkInput>,
) -> ApiResult<Json<BulkOutcome>> {
    Ok(Json(actions::bulk(&s, ctx, input).await?))
}

#[utoipa::path(get, path = "/api/v1/inbox/{id}", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The item, every variant with its review, and its activity", body = ItemDetail), (status = 404, body = Problem)))]
async fn get_item(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<ItemDetail>> {
    Ok(Json(inbox::get(&s, ctx, id).await?))
}

#[utoipa::path(post, path = "/api/v1/inbox/{id}/approve", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ApproveInput,
    responses((status = 200, body = ItemDetail),
        (status = 403, description = "`not_an_approver`, or `override_not_allowed`: the caller's role is not among the policy's `override_roles`", body = Problem),
        (status = 404, body = Problem),
        (status = 409, description = "`not_awaiting_review`, `already_approved`, `changed_meanwhile`", body = Problem),
        (status = 422, description = "`breaks_platform_rules`; `review_has_errors` (the variant has error-level findings: `errors` lists them, `field` the draft field, `code` the rule; approve with `override_reason` or fix it); or a field error", body = Problem)))]
async fn approve_item(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<ItemDetail>> {
    store::find_item(&s.db, ctx.org_id, id).await?;
    let input: ApproveInput = api::json_body(req, &s).await?;
    Ok(Json(actions::approve(&s, ctx, id, input).await?))
}

#[utoipa::path(post, path = "/api/v1/inbox/{id}/reject", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = RejectInput,
    responses((status = 200, body = ItemDetail), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn reject_item(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<ItemDetail>> {
    store::find_item(&s.db, ctx.org_id, id).await?;
    let input: RejectInput = api::json_body(req, &s).await?;
    Ok(Json(actions::reject(&s, ctx, id, input).await?))
}

#[utoipa::path(post, path = "/api/v1/inbox/{id}/review", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = EditInput,
    responses((status = 200, description = "The draft formatted and checked, not saved: for the editor as people type", body = Review), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn review_item_draft(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<Review>> {
    store::find_item(&s.db, ctx.org_id, id).await?;
    let input: EditInput = api::json_body(req, &s).await?;
    Ok(Json(actions::review_draft(&s, ctx, id, input.draft).await?))
}

#[utoipa::path(put, path = "/api/v1/inbox/{id}/variants/{position}", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path), ("position" = i32, Path)), request_body = EditInput,
    responses((status = 200, description = "Saved and reviewed again", body = Variant), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn edit_variant(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path((id, position)): Path<(Uuid, i32)>,
    req: Request,
) -> ApiResult<Json<Variant>> {
    store::find_item(&s.db, ctx.org_id, id).await?;
    let input: EditInput = api::json_body(req, &s).await?;
    Ok(Json(actions::edit(&s, ctx, id, position, input).await?))
}

#[utoipa::path(post, path = "/api/v1/inbox/{id}/regenerate", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = RegenerateInput,
    responses((status = 202, description = "A new run writes the item again with the feedback", body = Run), (status = 402, body = Problem),
        (status = 404, body = Problem), (status = 409, description = "`cannot_regenerate`", body = Problem),
        (status = 422, description = "A field error, or `language_unsupported`", body = Problem)))]
async fn regenerate_item(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<(StatusCode, Json<Run>)> {
    store::find_item(&s.db, ctx.org_id, id).await?;
    let input: RegenerateInput = api::json_body(req, &s).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(actions::regenerate(&s, ctx, id, input).await?),
    ))
}

#[utoipa::path(post, path = "/api/v1/inbox/{id}/assign", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = AssignInput,
    responses((status = 200, body = ItemDetail), (status = 404, body = Problem), (status = 422, description = "`not_a_member`", body = Problem)))]
async fn assign_item(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<ItemDetail>> {
    store::find_item(&s.db, ctx.org_id, id).await?;
    let input: AssignInput = api::json_body(req, &s).await?;
    Ok(Json(actions::assign(&s, ctx, id, input).await?))
}

#[utoipa::path(post, path = "/api/v1/inbox/{id}/comments", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CommentInput,
    responses((status = 200, body = ItemDetail), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn comment_item(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<ItemDetail>> {
    store::find_item(&s.db, ctx.org_id, id).await?;
    let input: CommentInput = api::json_body(req, &s).await?;
    Ok(Json(actions::comment(&s, ctx, id, input).await?))
}

#[utoipa::path(post, path = "/api/v1/inbox/{id}/preview-links", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 201, description = "A read-only link for an outside reviewer, valid 7 days", body = PreviewLink), (status = 404, body = Problem)))]
async fn share_item(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<(StatusCode, Json<PreviewLink>)> {
    Ok((
        StatusCode::CREATED,
        Json(shares::create(&s, ctx, id).await?),
    ))
}

#[utoipa::path(get, path = "/api/v1/public/previews/{token}", tag = "agents", params(("token" = String, Path)),
    responses((status = 200, body = PublicPreview), (status = 404, description = "Unknown or expired link", body = Problem)))]
async fn public_preview(
    State(s): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<PublicPreview>> {
    Ok(Json(shares::open(&s, &token).await?))
}

#[utoipa::path(get, path = "/api/v1/content-library", tag = "agents", security(("bearer" = [])), params(LibraryQuery),
    responses((status = 200, description = "Approved content with the chosen variant", body = LibraryPage)))]
async fn content_library(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<LibraryQuery>,
) -> ApiResult<Json<LibraryPage>> {
    Ok(Json(library::list(&s, ctx, q).await?))
}

#[utoipa::path(get, path = "/api/v1/agents/feedback-report", tag = "agents", security(("bearer" = [])), params(ReportQuery),
    responses((status = 200, body = FeedbackReport), (status = 404, body = Problem)))]
async fn feedback_report(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppQuery(q): AppQuery<ReportQuery>,
) -> ApiResult<Json<FeedbackReport>> {
    Ok(Json(report::report(&s, ctx, q).await?))
}

#[utoipa::path(post, path = "/api/v1/agents/prompt-preview", tag = "agents", security(("bearer" = [])), request_body = BriefInput,
    responses((status = 200, description = "The exact prompt for the brief's first item, with its version", body = PromptPreview), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn prompt_preview(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<BriefInput>,
) -> ApiResult<Json<PromptPreview>> {
    Ok(Json(tools::preview_prompt(&s, ctx, input).await?))
}

#[utoipa::path(post, path = "/api/v1/brand-compliance/check", tag = "agents", security(("bearer" = [])), request_body = ComplianceRequest,
    responses((status = 200, description = "A score 0-100 and findings with byte spans, severity and a suggested fix", body = ComplianceResult), (status = 422, body = Problem)))]
async fn compliance_check(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<ComplianceRequest>,
) -> ApiResult<Json<ComplianceResult>> {
    Ok(Json(tools::check(&s, ctx, input).await?))
}

#[utoipa::path(get, path = "/api/v1/platform-rules", tag = "agents", security(("bearer" = [])),
    responses((status = 200, description = "Every platform's limits and how it counts, with sources", body = PlatformRules)))]
async fn platform_rules(
    State(s): State<AppState>,
    ctx: TenantCtx,
) -> ApiResult<Json<PlatformRules>> {
    Ok(Json(tools::rules(&s, ctx).await?))
}

#[utoipa::path(post, path = "/api/v1/platform-rules/format", tag = "agents", security(("bearer" = [])), request_body = FormatRequest,
    responses((status = 200, description = "The text fitted to the platform (a thread where it supports threads) and what still breaks a rule", body = FormatResult), (status = 422, body = Problem)))]
async fn format_text(
    State(s): State<AppState>,
    ctx: TenantCtx,
    AppJson(input): AppJson<FormatRequest>,
) -> ApiResult<Json<FormatResult>> {
    Ok(Json(tools::format(&s, ctx, input).await?))
}

#[utoipa::path(get, path = "/api/v1/writing-templates", tag = "agents", security(("bearer" = [])),
    responses((status = 200, body = TemplateList)))]
async fn writing_templates(_ctx: TenantCtx) -> ApiResult<Json<TemplateList>> {
    Ok(Json(tools::templates()?))
}

#[utoipa::path(post, path = "/api/v1/writing-templates/{id}/render", tag = "agents", security(("bearer" = [])), params(("id" = String, Path)), request_body = RenderRequest,
    responses((status = 200, description = "The sections joined, checked against the brand", body = RenderResult), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn render_template(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<String>,
    req: Request,
) -> ApiResult<Json<RenderResult>> {
    if !compliance::templates().iter().any(|t| t.id == id) {
        return Err(api::ApiError::not_found());
    }
    let input: RenderRequest = api::json_body(req, &s).await?;
    Ok(Json(tools::render(&s, ctx, &id, input).await?))
}

#[utoipa::path(get, path = "/api/v1/brands/{id}/approval-policy", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The brand's approval steps (the default: one approval by a manager or admin)", body = ApprovalPolicy), (status = 404, body = Problem)))]
async fn get_approval_policy(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
) -> ApiResult<Json<ApprovalPolicy>> {
    Ok(Json(tools::get_policy(&s, ctx, id).await?))
}

#[utoipa::path(put, path = "/api/v1/brands/{id}/approval-policy", tag = "agents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ApprovalPolicy,
    responses((status = 200, body = ApprovalPolicy), (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn put_approval_policy(
    State(s): State<AppState>,
    ctx: TenantCtx,
    Path(id): Path<Uuid>,
    req: Request,
) -> ApiResult<Json<ApprovalPolicy>> {
    brand::store::find_brand(&s.db, ctx.org_id, id).await?;
    let input: ApprovalPolicy = api::json_body(req, &s).await?;
    Ok(Json(tools::put_policy(&s, ctx, id, input).await?))
}
