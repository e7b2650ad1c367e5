//! The audit of a finished crawl as a CSV of every issue or as a PDF report, and the catalogue
//! of checks.

use api::{ApiError, AppState, TenantCtx};
use db::entities::{crawl_issue, research_site};
use db::sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::crawls::{self, status, stored_checks};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditExportFormat {
    #[default]
    Csv,
    Pdf,
}

pub struct ExportFile {
    pub content_type: &'static str,
    pub filename: String,
    pub body: Vec<u8>,
}

/// One check the audit runs.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckInfoView {
    pub id: &'static str,
    pub title: &'static str,
    pub category: &'static str,
    /// `critical`, `warning` or `notice`.
    pub severity: &'static str,
    pub explanation: &'static str,
    pub fix: &'static str,
}

pub fn catalogue() -> Vec<CheckInfoView> {
    seo::catalogue()
        .iter()
        .map(|c| CheckInfoView {
            id: c.id,
            title: c.title,
            category: c.category.as_str(),
            severity: c.severity.as_str(),
            explanation: c.explanation,
            fix: c.fix,
        })
        .collect()
}

/// The stored audit of crawl `id` rebuilt for export: 409 until the crawl has finished with
/// results.
pub async fn export(
    state: &AppState,
    ctx: TenantCtx,
    id: Uuid,
    format: AuditExportFormat,
) -> Result<ExportFile, ApiError> {
    let c = crawls::find(&state.db, ctx.org_id, id).await?;
    if c.audit.is_none() || !status::is_finished(&c.status) {
        return Err(ApiError::conflict(
            "research.audit_not_ready",
            "This crawl has no audit yet: wait for it to finish.",
        ));
    }
    let site = research_site::Entity::find_by_id(c.site_id)
        .filter(research_site::Column::OrganizationId.eq(ctx.org_id))
        .one(&state.db)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let rows = crawl_issue::Entity::find()
        .filter(crawl_issue::Column::OrganizationId.eq(ctx.org_id))
        .filter(crawl_issue::Column::CrawlId.eq(c.id))
        .order_by_asc(crawl_issue::Column::Id)
        .all(&state.db)
        .await?;
    let issues = rows
        .into_iter()
        .filter_map(|r| {
            let severity = serde_json::from_value(serde_json::json!(r.severity)).ok()?;
            Some(seo::Issue {
                check: r.check_id,
                severity,
                url: r.url,
                detail: r.detail,
            })
        })
        .collect();
    let audit = seo::Audit {
        health_score: c.health_score.unwrap_or(0).clamp(0, 100) as u8,
        pages_crawled: c.pages_crawled.max(0) as usize,
        issues,
        checks: stored_checks(&c),
    };
    let day = c
        .finished_at
        .unwrap_or(c.created_at)
        .format("%Y-%m-%d")
        .to_string();
    let host = url::Url::parse(&site.url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "site".into());
    Ok(match format {
        AuditExportFormat::Csv => ExportFile {
            content_type: "text/csv; charset=utf-8",
            filename: format!("audit-{host}-{day}.csv"),
            body: seo::to_csv(&audit).into_bytes(),
        },
        AuditExportFormat::Pdf => ExportFile {
            content_type: "application/pdf",
            filename: format!("audit-{host}-{day}.pdf"),
            body: seo::to_pdf(&audit, &site.url, &day),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_has_every_check_with_text() {
        let all = catalogue();
        assert!(all.len() >= 60, "{} checks", all.len());
        assert!(
            all.iter()
                .all(|c| !c.explanation.is_empty() && !c.fix.is_empty())
        );
        assert!(all.iter().any(|c| c.id == "broken-link"));
    }
}
