//! `brandium audit URL`: crawls a site and prints its technical SEO audit, with no server and
//! no database.

use std::sync::atomic::AtomicBool;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AuditFormat {
    Table,
    Json,
    Csv,
}

/// The JSON output: one object.
#[derive(Serialize)]
struct JsonReport<'a> {
    url: &'a str,
    pages_crawled: usize,
    urls_fetched: usize,
    health_score: u8,
    stopped: crawler::StopReason,
    elapsed_ms: u64,
    issues: &'a [seo::Issue],
    checks: Vec<&'a seo::CheckSummary>,
}

/// How hard the crawl presses one host. The crawler's polite defaults suit other people's sites;
/// a site of one's own, or one served locally for a benchmark, can take no delay and more
/// requests in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pacing {
    /// Pause between two requests to one host, in milliseconds.
    pub delay_ms: u64,
    /// Requests in flight at once to one host.
    pub concurrency: usize,
}

impl Default for Pacing {
    fn default() -> Self {
        let c = crawler::CrawlConfig::default();
        Self {
            delay_ms: c.delay_ms,
            concurrency: c.per_host_concurrency,
        }
    }
}

/// Crawls `url` (robots.txt, sitemaps, up to `max_pages` pages), audits it and returns the
/// report in `format`.
pub async fn run(
    allow_private_networks: bool,
    url: &str,
    max_pages: usize,
    pacing: Pacing,
    format: AuditFormat,
) -> anyhow::Result<String> {
    let client = net::GuardedClient::new(net::NetConfig {
        allow_private_networks,
        ..net::NetConfig::default()
    })?;
    let config = crawler::CrawlConfig {
        max_pages: max_pages.max(1),
        delay_ms: pacing.delay_ms,
        per_host_concurrency: pacing.concurrency.max(1),
        ..crawler::CrawlConfig::default()
    };
    let cancel = AtomicBool::new(false);
    let output = crawler::crawl(&client, url, &config, &|_| {}, &cancel)
        .await
        .map_err(|e| match e {
            crawler::CrawlError::Unreachable(net::NetError::ForbiddenAddress(ip)) => anyhow::anyhow!(
                "{ip} is a private or local address; set BRANDIUM_ALLOW_PRIVATE_NETWORKS=true to audit it"
            ),
            other => anyhow::anyhow!("{other}"),
        })?;
    let audit = seo::audit(&output);
    Ok(render(url, &output, &audit, format))
}

pub fn render(
    url: &str,
    output: &crawler::CrawlOutput,
    audit: &seo::Audit,
    format: AuditFormat,
) -> String {
    match format {
        AuditFormat::Json => {
            let report = JsonReport {
                url,
                pages_crawled: audit.pages_crawled,
                urls_fetched: output.pages.len(),
                health_score: audit.health_score,
                stopped: output.stopped,
                elapsed_ms: output.progress.elapsed_ms,
                issues: &audit.issues,
                checks: audit.failing().collect(),
            };
            let mut s = serde_json::to_string_pretty(&report).unwrap_or_default();
            s.push('\n');
            s
        }
        AuditFormat::Csv => seo::to_csv(audit),
        AuditFormat::Table => table(url, output, audit),
    }
}

/// Plain text for a terminal: the score, then each failing check by priority with a few URLs.
fn table(url: &str, output: &crawler::CrawlOutput, audit: &seo::Audit) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{url}\n{} pages audited ({} URLs fetched) in {:.1} s; health {}/100; {} issues\n",
        audit.pages_crawled,
        output.pages.len(),
        output.progress.elapsed_ms as f64 / 1000.0,
        audit.health_score,
        audit.issues.len()
    );
    let failing: Vec<_> = audit.failing().collect();
    if failing.is_empty() {
        s.push_str("No issues found.\n");
        return s;
    }
    let _ = writeln!(s, "{:<9} {:>6}  {:<32} TITLE", "SEVERITY", "URLS", "CHECK");
    for c in &failing {
        let _ = writeln!(
            s,
            "{:<9} {:>6}  {:<32} {}",
            c.severity.as_str(),
            c.affected,
            c.id,
            c.title
        );
    }
    for c in failing {
        let _ = writeln!(s, "\n{} ({}): {}", c.title, c.id, c.fix);
        for issue in audit.issues.iter().filter(|i| i.check == c.id).take(5) {
            let _ = writeln!(s, "  {}  {}", issue.url, issue.detail);
        }
        if c.affected > 5 {
            let _ = writeln!(s, "  … and {} more", c.affected - 5);
        }
    }
    s
}
