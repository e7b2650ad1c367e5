//! The crawl itself: robots.txt, sitemaps, then breadth-first from the start page, polite per
//! host, within the limits, cancellable.
//!
//! One loop owns all state; fetches run as tasks in a `JoinSet` and hand back only what was
//! learnt (bodies are parsed inside the task, on the blocking pool, and dropped there).

use std::{
    collections::{HashMap, HashSet, VecDeque},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use http::Method;
use net::{GuardedClient, NetError};
use tokio::task::JoinSet;
use url::Url;

use crate::{
    fetch::{Fetched, fetch, is_html},
    html::parse_html,
    model::{
        CrawlConfig, CrawlOutput, CrawlProgress, HtmlFacts, LinkCheck, PageRecord, ResourceKind,
        RobotsRecord, SitemapRecord, StopReason,
    },
    robots::Robots,
    schedule::HostSchedule,
    site::Site,
    sitemap::{MAX_INDEX_DEPTH, Sitemap, parse_sitemap},
    url_norm::{normalize, normalize_str},
};

/// Longest pause between two requests to one host, whatever robots.txt asks.
pub const MAX_CRAWL_DELAY: Duration = Duration::from_secs(10);
/// Sitemap files read at most (indexes and their children together).
pub const MAX_SITEMAP_FILES: usize = 100;
/// Requests in flight at once over all hosts (external checks spread over many hosts).
const MAX_IN_FLIGHT: usize = 64;
/// How often a wait looks at the cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(20);

#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    #[error("invalid start URL: {0}")]
    InvalidUrl(String),
    /// The start page could not be fetched at all.
    #[error("start page unreachable: {0}")]
    Unreachable(NetError),
    #[error("robots.txt disallows {0}")]
    DisallowedByRobots(String),
}

/// Crawls the site of `start`. See the crate documentation for the order of work; a cancel
/// (set `cancel`) stops between fetches and returns what was found with
/// [`StopReason::Cancelled`].
pub async fn crawl(
    client: &GuardedClient,
    start: &str,
    config: &CrawlConfig,
    on_progress: &(dyn Fn(CrawlProgress) + Send + Sync),
    cancel: &AtomicBool,
) -> Result<CrawlOutput, CrawlError> {
    let started = Instant::now();
    let start_url =
        normalize(None, start).ok_or_else(|| CrawlError::InvalidUrl(start.to_string()))?;
    let site = Site::of(&start_url).ok_or_else(|| CrawlError::InvalidUrl(start.to_string()))?;
    let mut state = State::new(client.clone(), config.clone(), site, started);

    let (robots, robots_record, robots_error) = state.fetch_robots(&start_url).await;
    tracing::debug!(status = ?robots_record.status, crawl_delay = ?robots.crawl_delay, "robots.txt read");
    if !robots.is_allowed(&start_url) {
        // An unreachable robots.txt forbids everything (RFC 9309 2.3.1.4); the reason worth
        // telling is then why it was unreachable (a refused address, a timeout).
        return Err(match robots_error {
            Some(e) => CrawlError::Unreachable(e),
            None => CrawlError::DisallowedByRobots(start_url.to_string()),
        });
    }
    state.set_robots(robots, &start_url);

    let declared = robots_record.sitemaps.clone();
    state.read_sitemaps(&start_url, &declared, cancel).await;

    state.enqueue_start(&start_url);
    state.run(on_progress, cancel).await;

    if let Some(err) = state.start_failure.take() {
        return Err(CrawlError::Unreachable(err));
    }
    let out = state.finish(start_url.to_string(), robots_record);
    tracing::info!(
        start = %out.start_url,
        pages = out.pages.len(),
        external = out.external.len(),
        stopped = ?out.stopped,
        elapsed_ms = out.progress.elapsed_ms,
        "crawl finished"
    );
    Ok(out)
}

/// What is known about one URL of the site.
#[derive(Debug)]
struct Entry {
    kind: ResourceKind,
    depth: Option<u32>,
    /// Reached by `<a href>` from a page whose links are followed: its own links are followed.
    follow: bool,
    in_sitemap: bool,
    linking_pages: u32,
    found_on: Option<String>,
    status: EntryState,
    /// Its links were already taken into the crawl.
    links_followed: bool,
    /// Waiting in the sitemap queue (a link moves it to the breadth-first queue; the copy
    /// left behind is skipped).
    in_sitemap_queue: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryState {
    /// Known but not to be fetched (yet): past the depth limit, or linked only from pages
    /// whose links are not followed.
    Waiting,
    Queued,
    Fetching,
    /// Fetched or refused; index into `pages`.
    Done(usize),
}

impl Entry {
    fn new(kind: ResourceKind) -> Self {
        Self {
            kind,
            depth: None,
            follow: false,
            in_sitemap: false,
            linking_pages: 0,
            found_on: None,
            status: EntryState::Waiting,
            links_followed: false,
            in_sitemap_queue: false,
        }
    }
}

struct ExternalEntry {
    found_on: Vec<String>,
    check: Option<LinkCheck>,
    queued: bool,
}

/// What a finished task hands back.
enum Outcome {
    Internal {
        url: String,
        /// Answered with HTML (by content type, or by its first bytes).
        html: bool,
        fetched: Fetched,
        facts: Option<Box<HtmlFacts>>,
    },
    External {
        url: String,
        fetched: Fetched,
    },
    Robots {
        host: String,
        robots: Robots,
        bytes: u64,
    },
}

struct State {
    client: GuardedClient,
    config: CrawlConfig,
    site: Arc<Site>,
    /// robots.txt of each origin of the site (by [`host_key`]); an origin not yet in here
    /// has its robots.txt fetched before any of its URLs.
    robots: HashMap<String, Robots>,
    robots_pending: HashSet<String>,
    started: Instant,
    site_delay: Duration,
    schedule: HostSchedule,
    known: HashMap<String, Entry>,
    queue: VecDeque<String>,
    sitemap_queue: VecDeque<String>,
    external: HashMap<String, ExternalEntry>,
    external_order: Vec<String>,
    external_queue: VecDeque<String>,
    external_queued: usize,
    pages: Vec<PageRecord>,
    sitemaps: Vec<SitemapRecord>,
    sitemap_urls: Vec<String>,
    /// Page-kind fetches in flight, and HTML pages fetched.
    pages_in_flight: usize,
    html_pages: usize,
    bytes: u64,
    progress: CrawlProgress,
    stopped: StopReason,
    start_key: String,
    start_failure: Option<NetError>,
}

impl State {
    fn new(client: GuardedClient, config: CrawlConfig, site: Site, started: Instant) -> Self {
        let site_delay = Duration::from_millis(config.delay_ms).min(MAX_CRAWL_DELAY);
        Self {
            client,
            schedule: HostSchedule::new(config.per_host_concurrency),
            config,
            site: Arc::new(site),
            robots: HashMap::new(),
            robots_pending: HashSet::new(),
            started,
            site_delay,
            known: HashMap::new(),
            queue: VecDeque::new(),
            sitemap_queue: VecDeque::new(),
            external: HashMap::new(),
            external_order: Vec::new(),
            external_queue: VecDeque::new(),
            external_queued: 0,
            pages: Vec::new(),
            sitemaps: Vec::new(),
            sitemap_urls: Vec::new(),
            pages_in_flight: 0,
            html_pages: 0,
            bytes: 0,
            progress: CrawlProgress::default(),
            stopped: StopReason::Completed,
            start_key: String::new(),
            start_failure: None,
        }
    }

    async fn fetch_robots(&mut self, start: &Url) -> (Robots, RobotsRecord, Option<NetError>) {
        let mut url = start.clone();
        url.set_path("/robots.txt");
        url.set_query(None);
        let agent = self.client.config().user_agent.clone();
        let (status, body, error) = match self.client.get(url.as_str()).await {
            Ok(r) => (Some(r.status.as_u16()), r.body, None),
            Err(e) => (None, Default::default(), Some(e)),
        };
        self.bytes += body.len() as u64;
        let robots = Robots::from_fetch(status, &body, &agent);
        let record = RobotsRecord {
            url: url.to_string(),
            status,
            sitemaps: robots.sitemaps.clone(),
            crawl_delay: robots.crawl_delay,
        };
        (robots, record, error)
    }

    fn set_robots(&mut self, robots: Robots, start: &Url) {
        if let Some(secs) = robots.crawl_delay {
            let asked = Duration::try_from_secs_f64(secs).unwrap_or(MAX_CRAWL_DELAY);
            self.site_delay = self.site_delay.max(asked).min(MAX_CRAWL_DELAY);
        }
        if let Some(host) = host_key(start) {
            self.schedule.set_delay(&host, self.site_delay);
            self.robots.insert(host, robots);
        }
    }

    /// May `url` be fetched? `None` while its origin's robots.txt is unknown.
    fn robots_verdict(&self, url: &Url) -> Option<bool> {
        let host = host_key(url)?;
        self.robots.get(&host).map(|r| r.is_allowed(url))
    }

    /// Reads the declared sitemaps and `/sitemap.xml`, following indexes.
    async fn read_sitemaps(&mut self, start: &Url, declared: &[String], cancel: &AtomicBool) {
        let mut default = start.clone();
        default.set_path("/sitemap.xml");
        default.set_query(None);
        let mut files: VecDeque<(String, u32, bool)> = declared
            .iter()
            .filter_map(|s| normalize_str(s))
            .map(|s| (s, 0, true))
            .collect();
        if !files.iter().any(|(u, _, _)| u == default.as_str()) {
            files.push_back((default.to_string(), 0, false));
        }
        let mut seen: HashSet<String> = HashSet::new();
        let mut listed: HashSet<String> = HashSet::new();
        let mut first = true;
        while let Some((url, depth, declared)) = files.pop_front() {
            if cancel.load(Ordering::Relaxed)
                || seen.len() >= MAX_SITEMAP_FILES
                || self.over_bytes()
            {
                break;
            }
            if !seen.insert(url.clone()) {
                continue;
            }
            if !first {
                tokio::time::sleep(self.site_delay).await;
            }
            first = false;
            let mut record = SitemapRecord {
                url: url.clone(),
                status: None,
                index: false,
                url_count: 0,
                error: None,
            };
            match self.client.get(&url).await {
                Err(e) => record.error = Some(e.to_string()),
                Ok(response) => {
                    record.status = Some(response.status.as_u16());
                    self.bytes += response.body.len() as u64;
                    if !response.status.is_success() {
                        record.error = Some(format!("answered {}", response.status.as_u16()));
                    } else {
                        let body = response.body;
                        let parsed =
                            tokio::task::spawn_blocking(move || parse_sitemap(&body)).await;
                        match parsed {
                            Ok(Ok(Sitemap::Index(children))) => {
                                record.index = true;
                                record.url_count = children.len();
                                if depth < MAX_INDEX_DEPTH {
                                    files.extend(
                                        children
                                            .iter()
                                            .filter_map(|c| normalize_str(c))
                                            .map(|c| (c, depth + 1, true)),
                                    );
                                }
                            }
                            Ok(Ok(Sitemap::Urls(urls))) => {
                                record.url_count = urls.len();
                                for u in urls {
                                    if let Some(u) = normalize_str(&u.loc)
                                        && listed.insert(u.clone())
                                    {
                                        self.sitemap_urls.push(u);
                                    }
                                }
                            }
                            Ok(Err(e)) => record.error = Some(e.to_string()),
                            Err(e) => record.error = Some(e.to_string()),
                        }
                    }
                }
            }
            // An undeclared /sitemap.xml that is not there is no finding.
            if declared || record.error.is_none() {
                self.sitemaps.push(record);
            }
        }
        self.sitemap_urls.sort();
        for url in self.sitemap_urls.clone() {
            let Some(parsed) = Url::parse(&url).ok().filter(|u| self.site.contains(u)) else {
                continue;
            };
            let entry = self
                .known
                .entry(url.clone())
                .or_insert_with(|| Entry::new(ResourceKind::Page));
            entry.in_sitemap = true;
            if entry.status == EntryState::Waiting {
                if self.robots_verdict(&parsed) == Some(false) {
                    self.record_blocked(&url);
                } else {
                    let entry = self.known.get_mut(&url);
                    if let Some(entry) = entry {
                        entry.status = EntryState::Queued;
                        entry.in_sitemap_queue = true;
                    }
                    self.sitemap_queue.push_back(url);
                }
            }
        }
    }

    fn enqueue_start(&mut self, start: &Url) {
        let key = start.to_string();
        self.start_key = key.clone();
        let entry = self
            .known
            .entry(key.clone())
            .or_insert_with(|| Entry::new(ResourceKind::Page));
        entry.depth = Some(0);
        entry.follow = true;
        entry.status = EntryState::Queued;
        // The start page goes first even when a sitemap listed it.
        entry.in_sitemap_queue = false;
        self.queue.push_front(key);
    }

    fn over_bytes(&self) -> bool {
        self.bytes >= self.config.max_total_bytes
    }

    /// The main loop: start what may start, wait for a result or the next free slot.
    async fn run(
        &mut self,
        on_progress: &(dyn Fn(CrawlProgress) + Send + Sync),
        cancel: &AtomicBool,
    ) {
        let mut tasks: JoinSet<Outcome> = JoinSet::new();
        // Host of each running task, to free its slot.
        let mut running: HashMap<tokio::task::Id, (String, bool)> = HashMap::new();
        loop {
            if cancel.load(Ordering::Relaxed) {
                self.stopped = StopReason::Cancelled;
                tasks.abort_all();
                break;
            }
            if self.start_failure.is_some() {
                // Without the start page there is no crawl to speak of.
                tasks.abort_all();
                break;
            }
            let wake = self.start_tasks(&mut tasks, &mut running);
            if tasks.is_empty() {
                if self.queue.is_empty()
                    && self.sitemap_queue.is_empty()
                    && self.external_queue.is_empty()
                {
                    break;
                }
                if wake.is_none() && !self.can_start_more() {
                    break;
                }
            }
            let sleep_until = wake
                .map(|w| w.min(Instant::now() + CANCEL_POLL))
                .unwrap_or_else(|| Instant::now() + CANCEL_POLL);
            tokio::select! {
                joined = tasks.join_next_with_id(), if !tasks.is_empty() => {
                    let Some(joined) = joined else { continue };
                    let (id, outcome) = match joined {
                        Ok((id, outcome)) => (id, Some(outcome)),
                        Err(e) => (e.id(), None),
                    };
                    if let Some((host, page)) = running.remove(&id) {
                        self.schedule.finish(&host);
                        if page {
                            self.pages_in_flight -= 1;
                        }
                    }
                    if let Some(outcome) = outcome {
                        self.absorb(outcome);
                        self.progress.queued = self.queue.len() + self.sitemap_queue.len() + self.external_queue.len();
                        self.progress.bytes = self.bytes;
                        self.progress.elapsed_ms = self.elapsed_ms();
                        on_progress(self.progress);
                    }
                }
                _ = tokio::time::sleep_until(sleep_until.into()) => {}
            }
        }
    }

    /// False when only limits keep the queues from emptying.
    fn can_start_more(&self) -> bool {
        !self.over_bytes()
            && (!self.external_queue.is_empty()
                || self.queue.iter().chain(self.sitemap_queue.iter()).any(|u| {
                    self.known
                        .get(u)
                        .is_some_and(|e| e.kind != ResourceKind::Page)
                        || self.page_budget_left()
                }))
    }

    fn page_budget_left(&self) -> bool {
        self.html_pages + self.pages_in_flight < self.config.max_pages
    }

    /// Starts every task that limits and hosts allow; returns the earliest time a waiting
    /// host frees up.
    fn start_tasks(
        &mut self,
        tasks: &mut JoinSet<Outcome>,
        running: &mut HashMap<tokio::task::Id, (String, bool)>,
    ) -> Option<Instant> {
        let mut wake: Option<Instant> = None;
        if self.over_bytes() {
            if !(self.queue.is_empty()
                && self.sitemap_queue.is_empty()
                && self.external_queue.is_empty())
            {
                self.stopped = StopReason::ByteLimit;
            }
            self.queue.clear();
            self.sitemap_queue.clear();
            self.external_queue.clear();
            return None;
        }
        let now = Instant::now();
        // Site pages in breadth-first order; sitemap-only pages once no page in flight can
        // still find them by a link (so that their depth is known first).
        loop {
            if tasks.len() >= MAX_IN_FLIGHT {
                return wake;
            }
            let from_sitemap = self.queue.is_empty();
            if from_sitemap && self.pages_in_flight > 0 {
                break;
            }
            let Some(url) = self.queue_of(from_sitemap).front().cloned() else {
                break;
            };
            let stale = self.known.get(&url).is_none_or(|e| {
                e.status != EntryState::Queued || (from_sitemap && !e.in_sitemap_queue)
            });
            let Some(entry) = self.known.get(&url).filter(|_| !stale) else {
                self.queue_of(from_sitemap).pop_front();
                continue;
            };
            let is_page = entry.kind == ResourceKind::Page;
            if is_page && !self.page_budget_left() {
                if self.pages_in_flight > 0 {
                    // A fetch in flight may turn out not to be HTML and give its slot back.
                    break;
                }
                self.queue_of(from_sitemap).pop_front();
                if let Some(e) = self.known.get_mut(&url) {
                    e.status = EntryState::Waiting;
                }
                self.stopped = StopReason::PageLimit;
                continue;
            }
            let Ok(parsed) = Url::parse(&url) else {
                self.queue_of(from_sitemap).pop_front();
                continue;
            };
            let host = host_key(&parsed).unwrap_or_default();
            match self.robots_verdict(&parsed) {
                Some(true) => {}
                Some(false) => {
                    self.queue_of(from_sitemap).pop_front();
                    self.record_blocked(&url);
                    continue;
                }
                None => {
                    // Another origin of the site (`www.` or another port): its robots.txt
                    // first, and nothing else waits behind it but this queue.
                    if !self.robots_pending.contains(&host) {
                        match self.schedule.try_start(&host, now, self.site_delay) {
                            Ok(()) => {
                                self.robots_pending.insert(host.clone());
                                let handle = tasks.spawn(fetch_origin_robots(
                                    self.client.clone(),
                                    parsed,
                                    host.clone(),
                                ));
                                running.insert(handle.id(), (host, false));
                            }
                            Err(at) => wake = earliest(wake, at),
                        }
                    }
                    break;
                }
            }
            match self.schedule.try_start(&host, now, self.site_delay) {
                Ok(()) => {}
                Err(at) => {
                    wake = earliest(wake, at);
                    break;
                }
            }
            self.queue_of(from_sitemap).pop_front();
            if let Some(e) = self.known.get_mut(&url) {
                e.status = EntryState::Fetching;
                e.in_sitemap_queue = false;
            }
            if is_page {
                self.pages_in_flight += 1;
            }
            let client = self.client.clone();
            let site = self.site.clone();
            let keep_text = self.config.keep_text;
            let handle = tasks.spawn(async move {
                let fetched = fetch(&client, parsed, Method::GET, Some(&site), is_page).await;
                internal_outcome(url, fetched, site, keep_text).await
            });
            running.insert(handle.id(), (host, is_page));
        }
        // External checks, any host that is free.
        let mut index = 0;
        while index < self.external_queue.len() && tasks.len() < MAX_IN_FLIGHT {
            let url = self.external_queue[index].clone();
            let Ok(parsed) = Url::parse(&url) else {
                self.external_queue.remove(index);
                continue;
            };
            let host = host_key(&parsed).unwrap_or_default();
            let delay = Duration::from_millis(self.config.delay_ms).min(MAX_CRAWL_DELAY);
            match self.schedule.try_start(&host, now, delay) {
                Ok(()) => {
                    self.external_queue.remove(index);
                    let client = self.client.clone();
                    let handle = tasks.spawn(async move {
                        let fetched = check_external(&client, parsed).await;
                        Outcome::External { url, fetched }
                    });
                    running.insert(handle.id(), (host, false));
                }
                Err(at) => {
                    wake = earliest(wake, at);
                    index += 1;
                }
            }
        }
        wake
    }

    fn queue_of(&mut self, sitemap: bool) -> &mut VecDeque<String> {
        if sitemap {
            &mut self.sitemap_queue
        } else {
            &mut self.queue
        }
    }

    fn elapsed_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Takes one finished fetch into the crawl.
    fn absorb(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Robots {
                host,
                robots,
                bytes,
            } => {
                self.bytes += bytes;
                let asked = robots
                    .crawl_delay
                    .and_then(|s| Duration::try_from_secs_f64(s).ok())
                    .unwrap_or_default();
                let delay = Duration::from_millis(self.config.delay_ms)
                    .max(asked)
                    .min(MAX_CRAWL_DELAY);
                self.schedule.set_delay(&host, delay);
                self.robots_pending.remove(&host);
                self.robots.insert(host, robots);
            }
            Outcome::External { url, fetched } => {
                self.count(&fetched);
                if let Some(entry) = self.external.get_mut(&url) {
                    entry.check = Some(LinkCheck {
                        url: url.clone(),
                        status: fetched.status,
                        error: fetched.error,
                        response_ms: fetched.response_ms,
                        found_on: Vec::new(),
                    });
                }
            }
            Outcome::Internal {
                url,
                html,
                fetched,
                facts,
            } => {
                self.count(&fetched);
                let is_page = self
                    .known
                    .get(&url)
                    .is_some_and(|e| e.kind == ResourceKind::Page);
                if is_page && html {
                    self.html_pages += 1;
                }
                if url == self.start_key && fetched.status.is_none() && fetched.redirects.is_empty()
                {
                    self.start_failure = Some(
                        fetched
                            .cause
                            .unwrap_or_else(|| NetError::Http("no answer".into())),
                    );
                    return;
                }
                self.record_fetch(url, fetched, facts);
            }
        }
    }

    fn count(&mut self, fetched: &Fetched) {
        self.progress.crawled += 1;
        self.bytes += fetched.bytes;
        if fetched.error.is_some() || fetched.status.is_some_and(|s| s >= 400) {
            self.progress.errors += 1;
        }
    }

    fn record_fetch(&mut self, url: String, fetched: Fetched, facts: Option<Box<HtmlFacts>>) {
        let (kind, depth) = match self.known.get(&url) {
            Some(e) => (e.kind, e.depth),
            None => (ResourceKind::Page, None),
        };
        let final_url = fetched
            .final_url
            .as_ref()
            .map_or_else(|| url.clone(), Url::to_string);
        let redirected = !fetched.redirects.is_empty();
        let mut record = PageRecord {
            url: url.clone(),
            final_url: final_url.clone(),
            kind,
            depth,
            status: fetched.status,
            error: fetched.error,
            redirects: fetched.redirects,
            content_type: fetched.content_type,
            bytes: fetched.bytes,
            response_ms: fetched.response_ms,
            blocked_by_robots: false,
            in_sitemap: false,
            x_robots_tag: fetched.x_robots_tag,
            inlinks: 0,
            found_on: None,
            html: None,
        };
        let index = self.pages.len();
        if !redirected {
            record.html = facts.map(|f| *f);
            self.pages.push(record);
            self.set_done(&url, index);
            self.take_links(&url);
            return;
        }
        // A redirect: the page's facts belong to where it ended, recorded as its own URL
        // when the crawl had not met that URL yet.
        self.pages.push(record);
        self.set_done(&url, index);
        let Some(facts) = facts else { return };
        if self.known.contains_key(&final_url) {
            return;
        }
        let follow = self.known.get(&url).is_some_and(|e| e.follow);
        let mut entry = Entry::new(ResourceKind::Page);
        entry.depth = depth;
        entry.follow = follow;
        entry.found_on = Some(url.clone());
        self.known.insert(final_url.clone(), entry);
        let source = &self.pages[index];
        let target = PageRecord {
            url: final_url.clone(),
            final_url: final_url.clone(),
            redirects: Vec::new(),
            html: Some(*facts),
            found_on: None,
            ..source.clone()
        };
        self.pages.push(target);
        self.set_done(&final_url, index + 1);
        self.take_links(&final_url);
    }

    fn set_done(&mut self, url: &str, index: usize) {
        if let Some(e) = self.known.get_mut(url) {
            e.status = EntryState::Done(index);
        }
    }

    /// Takes the links, canonicals, hreflang targets and resources of a fetched page into
    /// the crawl. Links are counted for every page; followed only from pages reached by links.
    fn take_links(&mut self, url: &str) {
        let Some(entry) = self.known.get(url) else {
            return;
        };
        let EntryState::Done(index) = entry.status else {
            return;
        };
        if entry.links_followed {
            return;
        }
        let follow = entry.follow;
        let depth = entry.depth;
        let Some(facts) = self.pages[index].html.as_ref() else {
            return;
        };
        // The page counts once per target however many times it links there.
        let mut targets: Vec<(String, bool)> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for link in &facts.links {
            if seen.insert(&link.href) {
                targets.push((link.href.clone(), link.internal));
            }
        }
        let mut secondary: Vec<String> = facts.canonicals.clone();
        secondary.extend(facts.hreflang.iter().map(|h| h.href.clone()));
        let resources: Vec<(String, ResourceKind)> = if self.config.fetch_resources {
            facts
                .resources
                .iter()
                .filter(|r| {
                    matches!(
                        r.kind,
                        ResourceKind::Image | ResourceKind::Stylesheet | ResourceKind::Script
                    )
                })
                .map(|r| (r.url.clone(), r.kind))
                .collect()
        } else {
            Vec::new()
        };
        if let Some(e) = self.known.get_mut(url) {
            e.links_followed = follow;
        }
        let page = url.to_string();
        let child_depth = depth.map(|d| d + 1);
        for (target, internal) in targets {
            if internal {
                self.take_internal_link(&page, target, follow, child_depth);
            } else {
                self.take_external_link(&page, target);
            }
        }
        for target in secondary {
            self.take_secondary(&page, target, ResourceKind::Page);
        }
        for (target, kind) in resources {
            self.take_secondary(&page, target, kind);
        }
    }

    fn take_internal_link(&mut self, page: &str, target: String, follow: bool, depth: Option<u32>) {
        let max_depth = self.config.max_depth;
        // Parsed only for URLs not met before: most links point to known pages.
        let verdict = if self
            .known
            .get(&target)
            .is_none_or(|e| e.status == EntryState::Waiting)
        {
            Url::parse(&target)
                .ok()
                .and_then(|u| self.robots_verdict(&u))
        } else {
            None
        };
        let entry = self
            .known
            .entry(target.clone())
            .or_insert_with(|| Entry::new(ResourceKind::Page));
        entry.linking_pages += 1;
        if entry.found_on.is_none() {
            entry.found_on = Some(page.to_string());
        }
        if entry.kind != ResourceKind::Page && follow {
            // Linked with <a href> after being met as a resource: it is a page now.
            entry.kind = ResourceKind::Page;
        }
        if !follow {
            return;
        }
        if let Some(d) = depth
            && entry.depth.is_none_or(|old| d < old)
        {
            entry.depth = Some(d);
        }
        let within = entry.depth.is_some_and(|d| d <= max_depth);
        let upgrade = !entry.follow && within;
        if within {
            entry.follow = true;
        }
        match entry.status {
            EntryState::Waiting => {
                if verdict == Some(false) {
                    self.record_blocked(&target);
                } else if within {
                    entry.status = EntryState::Queued;
                    self.queue.push_back(target);
                }
            }
            EntryState::Queued if within && entry.in_sitemap_queue => {
                // Sitemap-only pages reached by a link move to the breadth-first queue.
                entry.in_sitemap_queue = false;
                self.queue.push_back(target);
            }
            EntryState::Done(index) if upgrade => {
                if let Some(record) = self.pages.get_mut(index) {
                    record.depth = depth;
                }
                self.take_links(&target);
            }
            _ => {}
        }
    }

    fn take_external_link(&mut self, page: &str, target: String) {
        if !self.config.check_external_links {
            return;
        }
        let entry = match self.external.get_mut(&target) {
            Some(e) => e,
            None => {
                self.external_order.push(target.clone());
                self.external
                    .entry(target.clone())
                    .or_insert(ExternalEntry {
                        found_on: Vec::new(),
                        check: None,
                        queued: false,
                    })
            }
        };
        entry.found_on.push(page.to_string());
        if !entry.queued && self.external_queued < self.config.max_external_checks {
            entry.queued = true;
            self.external_queued += 1;
            self.external_queue.push_back(target);
        }
    }

    /// Canonical and hreflang targets and resources on the site: fetched once, their links
    /// not followed.
    fn take_secondary(&mut self, page: &str, target: String, kind: ResourceKind) {
        let Some(parsed) = Url::parse(&target).ok().filter(|u| self.site.contains(u)) else {
            return;
        };
        let allowed = self.robots_verdict(&parsed) != Some(false);
        let entry = self
            .known
            .entry(target.clone())
            .or_insert_with(|| Entry::new(kind));
        if entry.found_on.is_none() {
            entry.found_on = Some(page.to_string());
        }
        if entry.status != EntryState::Waiting {
            return;
        }
        if allowed {
            entry.status = EntryState::Queued;
            self.queue.push_back(target);
        } else {
            self.record_blocked(&target);
        }
    }

    fn record_blocked(&mut self, url: &str) {
        let Some(entry) = self.known.get(url) else {
            return;
        };
        let record = PageRecord {
            url: url.to_string(),
            final_url: url.to_string(),
            kind: entry.kind,
            depth: entry.depth,
            status: None,
            error: None,
            redirects: Vec::new(),
            content_type: None,
            bytes: 0,
            response_ms: 0,
            blocked_by_robots: true,
            in_sitemap: false,
            x_robots_tag: None,
            inlinks: 0,
            found_on: None,
            html: None,
        };
        let index = self.pages.len();
        self.pages.push(record);
        self.set_done(url, index);
    }

    fn finish(mut self, start_url: String, robots: RobotsRecord) -> CrawlOutput {
        for record in &mut self.pages {
            if let Some(entry) = self.known.get(&record.url) {
                record.inlinks = entry.linking_pages;
                record.found_on = entry.found_on.clone();
                record.in_sitemap = entry.in_sitemap;
                // Depths come only from `<a href>` links, and may have shrunk since the fetch.
                record.depth = entry.depth;
            }
        }
        // The start page first, then the order of fetching.
        if let Some(pos) = self.pages.iter().position(|p| p.url == self.start_key)
            && pos > 0
        {
            let start = self.pages.remove(pos);
            self.pages.insert(0, start);
        }
        let mut external = Vec::new();
        for url in &self.external_order {
            if let Some(entry) = self.external.remove(url)
                && let Some(mut check) = entry.check
            {
                check.found_on = entry.found_on;
                external.push(check);
            }
        }
        self.progress.bytes = self.bytes;
        self.progress.elapsed_ms = self.elapsed_ms();
        self.progress.queued =
            self.queue.len() + self.sitemap_queue.len() + self.external_queue.len();
        CrawlOutput {
            start_url,
            pages: self.pages,
            robots,
            sitemaps: self.sitemaps,
            sitemap_urls: self.sitemap_urls,
            external,
            stopped: self.stopped,
            progress: self.progress,
        }
    }
}

/// Fetches and, for HTML answered 200 on the site, parses on the blocking pool; the body
/// goes no further than this task.
async fn internal_outcome(
    url: String,
    mut fetched: Fetched,
    site: Arc<Site>,
    keep_text: bool,
) -> Outcome {
    let body = fetched.body.take();
    let html = fetched.status.is_some()
        && !fetched.left_site
        && body
            .as_deref()
            .is_some_and(|b| is_html(fetched.content_type.as_deref(), b));
    let parse = html && fetched.status == Some(200);
    let facts = match (parse, body, fetched.final_url.clone()) {
        (true, Some(body), Some(final_url)) => tokio::task::spawn_blocking(move || {
            let text = String::from_utf8_lossy(&body);
            parse_html(&final_url, &text, &site, keep_text)
        })
        .await
        .ok()
        .map(Box::new),
        _ => None,
    };
    Outcome::Internal {
        url,
        html,
        fetched,
        facts,
    }
}

/// robots.txt of another origin of the site, read the way the start origin's was.
async fn fetch_origin_robots(client: GuardedClient, mut url: Url, host: String) -> Outcome {
    url.set_path("/robots.txt");
    url.set_query(None);
    let agent = client.config().user_agent.clone();
    let (status, body) = match client.get(url.as_str()).await {
        Ok(r) => (Some(r.status.as_u16()), r.body),
        Err(_) => (None, Default::default()),
    };
    Outcome::Robots {
        host,
        robots: Robots::from_fetch(status, &body, &agent),
        bytes: body.len() as u64,
    }
}

/// HEAD, then GET when the server refuses HEAD.
async fn check_external(client: &GuardedClient, url: Url) -> Fetched {
    let head = fetch(client, url.clone(), Method::HEAD, None, false).await;
    if matches!(head.status, Some(405 | 501)) {
        let mut get = fetch(client, url, Method::GET, None, false).await;
        get.response_ms = get.response_ms.saturating_add(head.response_ms);
        return get;
    }
    head
}

fn host_key(url: &Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port_or_known_default() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    })
}

fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_keys_include_the_port() {
        let a = Url::parse("http://127.0.0.1:8080/x").unwrap();
        let b = Url::parse("https://example.com/").unwrap();
        assert_eq!(host_key(&a).as_deref(), Some("127.0.0.1:8080"));
        assert_eq!(host_key(&b).as_deref(), Some("example.com:443"));
    }

    #[test]
    fn earliest_of_two_wake_times() {
        let now = Instant::now();
        let later = now + Duration::from_secs(1);
        assert_eq!(earliest(Some(later), Some(now)), Some(now));
        assert_eq!(earliest(None, Some(later)), Some(later));
        assert_eq!(earliest(None, None), None);
    }
}
