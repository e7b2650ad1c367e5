//! What an audit reports: the checks it knows, the issues it found, and a summary per check.

use serde::{Deserialize, Serialize};

/// How much a failing check hurts search visibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Pages or links that do not work for people or for search engines.
    Critical,
    /// Problems that cost rankings or clicks.
    Warning,
    /// Good practice not followed.
    Notice,
}

impl Severity {
    /// The weight a failing check of this severity carries in the health score.
    pub fn weight(self) -> f64 {
        match self {
            Severity::Critical => 10.0,
            Severity::Warning => 4.0,
            Severity::Notice => 1.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Warning => "warning",
            Severity::Notice => "notice",
        }
    }
}

/// The area of the site a check looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Links,
    Redirects,
    Titles,
    Descriptions,
    Headings,
    Images,
    Indexability,
    Sitemaps,
    International,
    Security,
    StructuredData,
    Social,
    Content,
    Performance,
    Architecture,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Links => "links",
            Category::Redirects => "redirects",
            Category::Titles => "titles",
            Category::Descriptions => "descriptions",
            Category::Headings => "headings",
            Category::Images => "images",
            Category::Indexability => "indexability",
            Category::Sitemaps => "sitemaps",
            Category::International => "international",
            Category::Security => "security",
            Category::StructuredData => "structured-data",
            Category::Social => "social",
            Category::Content => "content",
            Category::Performance => "performance",
            Category::Architecture => "architecture",
        }
    }
}

/// One check of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CheckInfo {
    /// Stable kebab-case identifier, kept across releases so that trends compare.
    pub id: &'static str,
    pub title: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// Why it matters, in one or two sentences.
    pub explanation: &'static str,
    /// What to do about it.
    pub fix: &'static str,
}

/// One finding: a check failed on one URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Issue {
    /// The check's id.
    pub check: String,
    pub severity: Severity,
    /// Where to fix it: the page carrying a broken link, the redirecting URL, the sitemap...
    pub url: String,
    /// What exactly is wrong there, e.g. "links to https://x/y which answered 404".
    pub detail: String,
}

/// One check's outcome over the whole site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckSummary {
    pub id: String,
    pub title: String,
    pub category: Category,
    pub severity: Severity,
    pub explanation: String,
    pub fix: String,
    /// Distinct URLs with at least one issue of this check.
    pub affected: usize,
    /// `affected` over pages crawled (1.0 for a site-wide problem such as a missing robots.txt).
    pub share: f64,
    /// Severity weight x share x importance of the affected pages; 0 when nothing failed.
    pub priority: f64,
    /// Affected URLs, most important first, at most [`MAX_SUMMARY_URLS`].
    pub urls: Vec<String>,
}

/// URLs listed at most in one [`CheckSummary`].
pub const MAX_SUMMARY_URLS: usize = 100;

/// The result of auditing one crawl.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Audit {
    /// 0 to 100; 100 means no check failed. See [`crate::score::health_score`].
    pub health_score: u8,
    /// HTML pages answered 200 and judged by the on-page checks.
    pub pages_crawled: usize,
    /// Every finding, grouped by check in priority order, then by URL.
    pub issues: Vec<Issue>,
    /// Every check of the catalogue, failing ones first by priority (highest first), then
    /// the passing ones in catalogue order.
    pub checks: Vec<CheckSummary>,
}

impl Audit {
    /// The summaries of the checks that found something.
    pub fn failing(&self) -> impl Iterator<Item = &CheckSummary> {
        self.checks.iter().filter(|c| c.affected > 0)
    }
}
