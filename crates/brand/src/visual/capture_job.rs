//! The `brand.capture` job: runs the capture engine through the process's guarded client,
//! reports pages fetched as progress, stops when cancelled, and writes the outcome on the
//! capture's row. A failure of the site (robots.txt, refused address, timeout, not HTML) is
//! an outcome, not a job failure: it is stored for the user and not retried.

use std::time::Duration;

use api::AppState;
use capture::CaptureError;
use db::entities::brand_capture;
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use jobs::{JobContext, JobHandler};
use net::NetError;

use super::captures::{CapturePayload, CaptureProgress, mark_finished, status};
use super::proposal::propose;

/// The whole capture, every page and stylesheet included, must finish within this.
const CAPTURE_TIMEOUT: Duration = Duration::from_secs(90);
/// How often progress is written and cancellation checked while the capture runs.
const TICK: Duration = Duration::from_millis(300);

pub struct CaptureJob {
    state: AppState,
}

/// The handler to register on a worker for kind [`super::CAPTURE_JOB`].
pub fn capture_job_handler(state: AppState) -> CaptureJob {
    CaptureJob { state }
}

/// A sentence for the person who asked for the capture.
pub fn describe(e: &CaptureError) -> String {
    match e {
        CaptureError::InvalidUrl(why) => format!("The address is not valid: {why}."),
        CaptureError::DisallowedByRobots(url) => {
            format!("The site's robots.txt does not allow Brandium to read {url}.")
        }
        CaptureError::Net(NetError::ForbiddenAddress(ip)) => format!(
            "Refused: {ip} is a private or local address, and Brandium only captures public websites \
             (an administrator can allow private networks with BRANDIUM_ALLOW_PRIVATE_NETWORKS=true)."
        ),
        CaptureError::Net(NetError::Timeout) => "The site did not answer in time.".into(),
        CaptureError::Net(NetError::Dns(why)) => {
            format!("The site's name could not be found ({why}).")
        }
        CaptureError::Net(NetError::TooLarge) => "The home page is too large to read.".into(),
        CaptureError::Net(NetError::TooManyRedirects) => {
            "The site redirects too many times.".into()
        }
        CaptureError::Net(e) => format!("The site could not be reached: {e}."),
        CaptureError::Status { url, status } => format!("{url} answered HTTP {status}."),
        CaptureError::NotHtml { url, content_type } => format!(
            "{url} is not a web page (its content type is {}).",
            if content_type.is_empty() {
                "missing"
            } else {
                content_type
            }
        ),
    }
}

#[async_trait::async_trait]
impl JobHandler for CaptureJob {
    async fn run(&self, ctx: JobContext) -> Result<(), String> {
        let payload: CapturePayload = ctx.payload()?;
        let db = &self.state.db;
        let Some(org) = ctx.job.organization_id else {
            return Err("capture job without an organization".into());
        };
        let row = brand_capture::Entity::find_by_id(payload.capture_id)
            .filter(brand_capture::Column::OrganizationId.eq(org))
            .one(db)
            .await
            .map_err(|e| e.to_string())?;
        let Some(row) = row else {
            return Ok(()); // the brand and its captures were deleted meanwhile
        };
        if status::is_finished(&row.status) {
            return Ok(());
        }
        brand_capture::Entity::update_many()
            .col_expr(brand_capture::Column::Status, Expr::value(status::RUNNING))
            .filter(brand_capture::Column::Id.eq(row.id))
            .exec(db)
            .await
            .map_err(|e| e.to_string())?;

        let client = self.state.service::<net::GuardedClient>().clone();
        let (tx, mut rx) = tokio::sync::watch::channel::<Option<CaptureProgress>>(None);
        let report = move |p: capture::CaptureProgress| {
            tx.send_replace(Some(p.into()));
        };
        let work = tokio::time::timeout(
            CAPTURE_TIMEOUT,
            capture::capture_with_progress(&client, &row.url, capture::DEFAULT_MAX_PAGES, &report),
        );
        tokio::pin!(work);
        let mut tick = tokio::time::interval(TICK);
        let outcome = loop {
            tokio::select! {
                r = &mut work => break Some(r),
                _ = tick.tick() => {
                    if rx.has_changed().unwrap_or(false) {
                        let p = *rx.borrow_and_update();
                        ctx.progress(serde_json::json!(p)).await;
                    }
                    if ctx.is_cancelled().await {
                        break None;
                    }
                }
            }
        };
        // The last report may have come after the last tick.
        let last = *rx.borrow_and_update();
        if let Some(p) = last {
            ctx.progress(serde_json::json!(p)).await;
        }

        let (new_status, result, error) = match outcome {
            None => {
                let queue = self.state.service::<jobs::JobQueue>();
                let asked = queue
                    .get(Some(org), ctx.job.id)
                    .await
                    .is_ok_and(|j| j.cancel_requested);
                if !asked {
                    // Another worker holds the job now; it writes the outcome.
                    return Err("the job lease was lost".into());
                }
                (status::CANCELLED, None, None)
            }
            Some(Err(_elapsed)) => (
                status::FAILED,
                None,
                Some(format!(
                    "The capture took longer than {} seconds and was stopped.",
                    CAPTURE_TIMEOUT.as_secs()
                )),
            ),
            Some(Ok(Err(e))) => {
                tracing::info!(capture.id = %row.id, error = %e, "capture failed");
                (status::FAILED, None, Some(describe(&e)))
            }
            Some(Ok(Ok(found))) => {
                let proposal = serde_json::to_value(propose(found)).map_err(|e| e.to_string())?;
                (status::SUCCEEDED, Some(proposal), None)
            }
        };
        mark_finished(&self.state, row.id, new_status, result, error)
            .await
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_as_sentences_without_secrets() {
        let refused = describe(&CaptureError::Net(NetError::ForbiddenAddress(
            "10.0.0.1".parse().unwrap(),
        )));
        assert!(refused.starts_with("Refused: 10.0.0.1 is a private or local address"));
        assert!(
            describe(&CaptureError::DisallowedByRobots("https://a.test/".into()))
                .contains("robots.txt")
        );
        assert_eq!(
            describe(&CaptureError::NotHtml {
                url: "https://a.test/x.css".into(),
                content_type: "text/css".into()
            }),
            "https://a.test/x.css is not a web page (its content type is text/css)."
        );
        assert_eq!(
            describe(&CaptureError::Net(NetError::Timeout)),
            "The site did not answer in time."
        );
    }
}
