//! The `monitoring.webhook` job: one attempt of one delivery. A failed attempt (timeout,
//! refused connection, any answer but 2xx) is recorded and the next one queued after a
//! growing delay, until `MAX_WEBHOOK_ATTEMPTS`, when the delivery is recorded as failed.

use api::AppState;
use db::entities::{webhook_delivery, webhook_endpoint};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use jobs::{JobContext, JobHandler};

use crate::schedule_math::{MAX_WEBHOOK_ATTEMPTS, clip, webhook_retry_delay};
use crate::signature::{DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, sign};
use crate::webhooks::{WebhookPayload, enqueue_attempt, status};

pub struct WebhookJob {
    state: AppState,
}

pub fn webhook_job_handler(state: AppState) -> WebhookJob {
    WebhookJob { state }
}

/// What one attempt came to: the HTTP status when there was an answer, and an error unless
/// it was a success.
struct Outcome {
    status: Option<u16>,
    error: Option<String>,
}

async fn attempt(
    state: &AppState,
    endpoint: &webhook_endpoint::Model,
    d: &webhook_delivery::Model,
    timestamp: i64,
) -> Outcome {
    let body = match serde_json::to_vec(&d.payload) {
        Ok(b) => b,
        Err(e) => {
            return Outcome {
                status: None,
                error: Some(e.to_string()),
            };
        }
    };
    let req = http::Request::post(&endpoint.url)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header(SIGNATURE_HEADER, sign(&endpoint.secret, timestamp, &body))
        .header(EVENT_HEADER, &d.event)
        .header(DELIVERY_HEADER, d.id.to_string())
        .body(body);
    let req = match req {
        Ok(r) => r,
        Err(e) => {
            return Outcome {
                status: None,
                error: Some(format!("invalid request: {e}")),
            };
        }
    };
    match state.service::<net::GuardedClient>().execute(req).await {
        Ok(res) if res.status().is_success() => Outcome {
            status: Some(res.status().as_u16()),
            error: None,
        },
        Ok(res) => Outcome {
            status: Some(res.status().as_u16()),
            error: Some(format!(
                "the endpoint answered HTTP {}",
                res.status().as_u16()
            )),
        },
        Err(e) => Outcome {
            status: None,
            error: Some(e.to_string()),
        },
    }
}

#[async_trait::async_trait]
impl JobHandler for WebhookJob {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let p: WebhookPayload = ctx.payload()?;
        let org = ctx
            .job
            .organization_id
            .ok_or("a webhook job needs an organization")?;
        let db = &self.state.db;
        let Some(d) = webhook_delivery::Entity::find_by_id(p.delivery_id)
            .filter(webhook_delivery::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Ok(());
        };
        if d.status != status::PENDING {
            return Ok(());
        }
        let endpoint = webhook_endpoint::Entity::find_by_id(d.endpoint_id)
            .filter(webhook_endpoint::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?;
        let now = self.state.clock.now();
        let outcome = match &endpoint {
            Some(e) if e.enabled => attempt(&self.state, e, &d, now.timestamp()).await,
            _ => Outcome {
                status: None,
                error: Some("the endpoint is disabled".into()),
            },
        };
        let attempts = d.attempts + 1;
        let mut log = d.attempt_log.as_array().cloned().unwrap_or_default();
        log.push(serde_json::json!({
            "at": now, "status": outcome.status, "error": outcome.error,
        }));
        let disabled = endpoint.as_ref().is_none_or(|e| !e.enabled);
        let (new_status, next) = match &outcome.error {
            None => (status::DELIVERED, None),
            Some(_) if disabled || attempts >= MAX_WEBHOOK_ATTEMPTS => (status::FAILED, None),
            Some(_) => (status::PENDING, Some(now + webhook_retry_delay(attempts))),
        };
        let txn = db::begin_write(db).await.map_err(|e| e.to_string())?;
        // Counted only if no other attempt of this delivery was recorded meanwhile.
        let r = webhook_delivery::Entity::update_many()
            .col_expr(webhook_delivery::Column::Status, Expr::value(new_status))
            .col_expr(webhook_delivery::Column::Attempts, Expr::value(attempts))
            .col_expr(
                webhook_delivery::Column::ResponseStatus,
                Expr::value(outcome.status.map(i32::from)),
            )
            .col_expr(
                webhook_delivery::Column::LastError,
                Expr::value(outcome.error.as_deref().map(|e| clip(e, 1000))),
            )
            .col_expr(
                webhook_delivery::Column::AttemptLog,
                Expr::value(serde_json::Value::Array(log)),
            )
            .col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(next))
            .col_expr(webhook_delivery::Column::UpdatedAt, Expr::value(now))
            .filter(webhook_delivery::Column::Id.eq(d.id))
            .filter(webhook_delivery::Column::Attempts.eq(d.attempts))
            .exec(&txn)
            .await
            .map_err(|e| e.to_string())?;
        if r.rows_affected == 1
            && let Some(at) = next
        {
            enqueue_attempt(&txn, &self.state, org, d.id, Some(at))
                .await
                .map_err(|e| e.detail.to_string())?;
        }
        txn.commit().await.map_err(|e| e.to_string())?;
        Ok(())
    }
}
