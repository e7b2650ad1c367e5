//! The I/O half: robots.txt, the home page, a few key pages and their stylesheets, every
//! request through the guarded client (SSRF rules, time and size caps).

use std::sync::atomic::{AtomicUsize, Ordering};

use futures::future::join_all;
use net::{FetchedResponse, GuardedClient, NetError};
use texting_robots::Robot;
use url::Url;

use crate::css::extract_css;
use crate::model::{CaptureProgress, CaptureResult, CaptureStage, CssFacts, PageFacts};
use crate::page::parse_page;
use crate::rank::rank;

/// The product token robots.txt rules are matched against.
pub const USER_AGENT: &str = "Brandium";
pub const DEFAULT_MAX_PAGES: usize = 4;
const MAX_STYLESHEETS: usize = 8;
/// Key pages in order of preference: they say the most about positioning and tone.
const KEY_PAGE_WORDS: &[&str] = &["about", "pricing", "product", "features", "contact"];

#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    #[error(transparent)]
    Net(#[from] NetError),
    #[error("robots.txt does not allow Brandium to fetch {0}")]
    DisallowedByRobots(String),
    #[error("{url} answered HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{url} is not an HTML page (content type {content_type:?})")]
    NotHtml { url: String, content_type: String },
}

/// Captures the site at `url`: the home page, up to `max_pages - 1` key pages of the same
/// site and their stylesheets. A failing home page is an error; a failing key page or
/// stylesheet is skipped.
pub async fn capture(
    client: &GuardedClient,
    url: &str,
    max_pages: usize,
) -> Result<CaptureResult, CaptureError> {
    capture_with_progress(client, url, max_pages, &|_| {}).await
}

/// [`capture`], calling `on_progress` after robots.txt, after each page and after each
/// stylesheet, so that a job can show how far it got.
#[tracing::instrument(skip_all, err)]
pub async fn capture_with_progress(
    client: &GuardedClient,
    url: &str,
    max_pages: usize,
    on_progress: &(dyn Fn(CaptureProgress) + Send + Sync),
) -> Result<CaptureResult, CaptureError> {
    let start = parse_start_url(url)?;
    let progress = Tracker::new(on_progress, max_pages.max(1));
    let mut robots = Robots::fetch(client, &start).await;
    if !robots.allows(&start) {
        return Err(CaptureError::DisallowedByRobots(start.to_string()));
    }
    progress.report(CaptureStage::Pages);
    let home_response = client.get(start.as_str()).await?;
    // A redirect to another host (example.com -> www.example.com) is governed by that
    // host's robots.txt.
    if home_response.final_url.origin() != start.origin() {
        robots = Robots::fetch(client, &home_response.final_url).await;
        if !robots.allows(&home_response.final_url) {
            return Err(CaptureError::DisallowedByRobots(
                home_response.final_url.to_string(),
            ));
        }
    }
    let home = html_page(home_response)?;

    let key_pages: Vec<String> = choose_key_pages(&home, max_pages.saturating_sub(1))
        .into_iter()
        .filter(|u| Url::parse(u).is_ok_and(|u| robots.allows(&u)))
        .collect();
    progress
        .pages_total
        .store(1 + key_pages.len(), Ordering::Relaxed);
    progress.page_done();
    let fetched = join_all(key_pages.iter().map(|u| async {
        let r = client.get(u).await;
        progress.page_done();
        r
    }))
    .await;
    let mut pages = vec![home];
    for (url, result) in key_pages.iter().zip(fetched) {
        match result.map_err(CaptureError::from).and_then(html_page) {
            Ok(page) => pages.push(page),
            Err(e) => tracing::debug!(%url, error = %e, "skipping key page"),
        }
    }

    let mut stylesheets: Vec<&String> = Vec::new();
    for sheet in pages.iter().flat_map(|p| &p.stylesheets) {
        if !stylesheets.contains(&sheet) && stylesheets.len() < MAX_STYLESHEETS {
            stylesheets.push(sheet);
        }
    }
    progress
        .sheets_total
        .store(stylesheets.len(), Ordering::Relaxed);
    progress.report(CaptureStage::Stylesheets);
    let sheets = join_all(stylesheets.iter().map(|u| async {
        let r = client.get(u).await;
        progress.sheets_done.fetch_add(1, Ordering::Relaxed);
        progress.report(CaptureStage::Stylesheets);
        r
    }))
    .await;
    let mut css: Vec<CssFacts> = Vec::new();
    for (url, result) in stylesheets.iter().zip(sheets) {
        match result {
            Ok(r) if r.status.is_success() => {
                css.push(extract_css(&String::from_utf8_lossy(&r.body)))
            }
            Ok(r) => tracing::debug!(%url, status = %r.status, "skipping stylesheet"),
            Err(e) => tracing::debug!(%url, error = %e, "skipping stylesheet"),
        }
    }
    css.extend(
        pages
            .iter()
            .flat_map(|p| &p.inline_css)
            .map(|c| extract_css(c)),
    );
    Ok(rank(&pages, &css))
}

/// Counters behind the progress reports; fetches run concurrently, hence atomics.
struct Tracker<'a> {
    on_progress: &'a (dyn Fn(CaptureProgress) + Send + Sync),
    pages_done: AtomicUsize,
    pages_total: AtomicUsize,
    sheets_done: AtomicUsize,
    sheets_total: AtomicUsize,
}

impl<'a> Tracker<'a> {
    fn new(on_progress: &'a (dyn Fn(CaptureProgress) + Send + Sync), max_pages: usize) -> Self {
        Self {
            on_progress,
            pages_done: AtomicUsize::new(0),
            // Until the home page says which key pages exist, the most we may fetch.
            pages_total: AtomicUsize::new(max_pages),
            sheets_done: AtomicUsize::new(0),
            sheets_total: AtomicUsize::new(0),
        }
    }

    fn page_done(&self) {
        self.pages_done.fetch_add(1, Ordering::Relaxed);
        self.report(CaptureStage::Pages);
    }

    fn report(&self, stage: CaptureStage) {
        (self.on_progress)(CaptureProgress {
            stage,
            pages_fetched: self.pages_done.load(Ordering::Relaxed),
            pages_total: self.pages_total.load(Ordering::Relaxed),
            stylesheets_fetched: self.sheets_done.load(Ordering::Relaxed),
            stylesheets_total: self.sheets_total.load(Ordering::Relaxed),
        });
    }
}

/// Accepts "acme.com" as well as "https://acme.com/": people type hosts.
fn parse_start_url(url: &str) -> Result<Url, CaptureError> {
    let url = url.trim();
    let with_scheme = if url.contains("://") {
        url.to_string()
    } else {
        format!("https://{url}")
    };
    let parsed = Url::parse(&with_scheme).map_err(|e| CaptureError::InvalidUrl(e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(CaptureError::InvalidUrl(
            "only http and https URLs with a host can be captured".into(),
        ));
    }
    Ok(parsed)
}

/// Parses a successful HTML response at its final URL (after redirects).
fn html_page(response: FetchedResponse) -> Result<PageFacts, CaptureError> {
    let url = response.final_url.to_string();
    if !response.status.is_success() {
        return Err(CaptureError::Status {
            url,
            status: response.status.as_u16(),
        });
    }
    let content_type = response
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !(content_type.starts_with("text/html") || content_type.starts_with("application/xhtml+xml"))
    {
        return Err(CaptureError::NotHtml { url, content_type });
    }
    Ok(parse_page(
        &response.final_url,
        &String::from_utf8_lossy(&response.body),
    ))
}

/// Same-site links whose path names a key page, best first, at most `limit`.
fn choose_key_pages(home: &PageFacts, limit: usize) -> Vec<String> {
    let mut chosen = Vec::new();
    for word in KEY_PAGE_WORDS {
        for link in &home.same_site_links {
            let Ok(url) = Url::parse(link) else { continue };
            let path = url.path().to_ascii_lowercase();
            let is_home =
                path == "/" || link.trim_end_matches('/') == home.url.trim_end_matches('/');
            if !is_home && path.contains(word) && !chosen.contains(link) {
                chosen.push(link.clone());
                break;
            }
        }
    }
    chosen.truncate(limit);
    chosen
}

/// robots.txt of one origin. Missing (4xx) or unreadable means everything is allowed; a
/// server error means nothing is (RFC 9309: the site may be unable to say what it forbids).
struct Robots(Option<Robot>, bool);

impl Robots {
    async fn fetch(client: &GuardedClient, site: &Url) -> Self {
        let Ok(robots_url) = site.join("/robots.txt") else {
            return Self(None, true);
        };
        match client.get(robots_url.as_str()).await {
            Ok(r) if r.status.is_success() => Self(Robot::new(USER_AGENT, &r.body).ok(), true),
            Ok(r) if r.status.is_server_error() => Self(None, false),
            // Network errors surface, with a better message, when the page itself is fetched.
            _ => Self(None, true),
        }
    }

    fn allows(&self, url: &Url) -> bool {
        match &self.0 {
            Some(robot) => robot.allowed(url.as_str()),
            None => self.1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_hosts_get_https_and_other_schemes_are_refused() {
        assert_eq!(
            parse_start_url("acme.test").unwrap().as_str(),
            "https://acme.test/"
        );
        assert_eq!(
            parse_start_url(" http://acme.test/x ").unwrap().as_str(),
            "http://acme.test/x"
        );
        assert!(matches!(
            parse_start_url("ftp://acme.test/"),
            Err(CaptureError::InvalidUrl(_))
        ));
        assert!(matches!(
            parse_start_url("https://"),
            Err(CaptureError::InvalidUrl(_))
        ));
    }

    #[test]
    fn key_pages_follow_the_preference_order_and_the_limit() {
        let home = PageFacts {
            url: "https://acme.test/".into(),
            same_site_links: [
                "https://acme.test/blog",
                "https://acme.test/contact",
                "https://acme.test/pricing",
                "https://acme.test/company/about-us",
                "https://acme.test/features",
            ]
            .map(String::from)
            .to_vec(),
            ..PageFacts::default()
        };
        assert_eq!(
            choose_key_pages(&home, 3),
            [
                "https://acme.test/company/about-us",
                "https://acme.test/pricing",
                "https://acme.test/features",
            ]
        );
        assert!(choose_key_pages(&home, 0).is_empty());
    }

    #[test]
    fn robots_rules_apply_to_our_user_agent() {
        let txt = b"User-agent: *\nDisallow: /private\n\nUser-agent: Brandium\nDisallow: /drafts\n";
        let robots = Robots(Robot::new(USER_AGENT, txt).ok(), true);
        let u = |s: &str| Url::parse(s).unwrap();
        assert!(robots.allows(&u("https://acme.test/about")));
        assert!(!robots.allows(&u("https://acme.test/drafts/x")));
        assert!(Robots(None, true).allows(&u("https://acme.test/x")));
        assert!(!Robots(None, false).allows(&u("https://acme.test/x")));
    }
}
