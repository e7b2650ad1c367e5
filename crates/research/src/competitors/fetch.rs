//! Reads one competitor page through the guarded client, as a polite crawler does: robots.txt
//! first (once per site and run), and only HTML is kept.

use std::collections::HashMap;

use crawler::robots::{MAX_ROBOTS_BYTES, Robots};
use net::{GuardedClient, NetError};
use url::Url;

/// A page as fetched.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The address after redirects.
    pub final_url: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub html: String,
}

/// Why a page could not be read, in words for the person watching the competitor.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FetchError {
    #[error("The site's robots.txt does not allow Brandium to read {0}.")]
    Robots(String),
    #[error("{url} answered HTTP {status}.")]
    Status { url: String, status: u16 },
    #[error("{0} is not a web page.")]
    NotHtml(String),
    #[error("{0}")]
    Net(String),
}

impl FetchError {
    /// The HTTP status the page answered with, when it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            FetchError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// A sentence for a network failure; never the query string or credentials (net's messages
/// already leave them out).
pub fn describe_net(e: &NetError) -> String {
    match e {
        NetError::ForbiddenAddress(ip) => format!(
            "Refused: {ip} is a private or local address, and Brandium only reads public websites \
             (an administrator can allow private networks with BRANDIUM_ALLOW_PRIVATE_NETWORKS=true)."
        ),
        NetError::Timeout => "The site did not answer in time.".into(),
        NetError::Dns(why) => format!("The site's name could not be found ({why})."),
        NetError::TooLarge => "The page is too large to read.".into(),
        NetError::TooManyRedirects => "The site redirects too many times.".into(),
        e => format!("The site could not be reached: {e}."),
    }
}

/// True for content types that hold a web page (a missing type is given the benefit of the
/// doubt: many small sites send none).
pub fn is_html(content_type: Option<&str>) -> bool {
    content_type.is_none_or(|ct| {
        let ct = ct.to_ascii_lowercase();
        ct.is_empty() || ct.contains("text/html") || ct.contains("application/xhtml")
    })
}

fn origin_key(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// Fetches pages of one competitor, reading each site's robots.txt once.
pub struct PageFetcher {
    client: GuardedClient,
    robots: HashMap<String, Robots>,
}

impl PageFetcher {
    pub fn new(client: GuardedClient) -> Self {
        Self {
            client,
            robots: HashMap::new(),
        }
    }

    fn agent(&self) -> String {
        self.client.config().user_agent.clone()
    }

    async fn robots_for(&mut self, url: &Url) -> Result<&Robots, FetchError> {
        let key = origin_key(url);
        if !self.robots.contains_key(&key) {
            let robots_url = format!("{key}/robots.txt");
            let robots = match self.client.get(&robots_url).await {
                Ok(r) => {
                    let body = &r.body[..r.body.len().min(MAX_ROBOTS_BYTES)];
                    Robots::from_fetch(Some(r.status.as_u16()), body, &self.agent())
                }
                // A refused address or an unknown name is the page's failure, said as such.
                Err(
                    e @ (NetError::ForbiddenAddress(_)
                    | NetError::InvalidUrl(_)
                    | NetError::Scheme
                    | NetError::Dns(_)),
                ) => return Err(FetchError::Net(describe_net(&e))),
                // Unreachable robots.txt: nothing may be fetched (RFC 9309 §2.3.1.4).
                Err(_) => Robots::from_fetch(None, &[], &self.agent()),
            };
            self.robots.insert(key.clone(), robots);
        }
        self.robots
            .get(&key)
            .ok_or_else(|| FetchError::Net("robots.txt could not be read.".into()))
    }

    pub async fn fetch(&mut self, url: &str) -> Result<Fetched, FetchError> {
        let parsed =
            Url::parse(url).map_err(|e| FetchError::Net(format!("Invalid address: {e}.")))?;
        if !self.robots_for(&parsed).await?.is_allowed(&parsed) {
            return Err(FetchError::Robots(url.to_owned()));
        }
        let r = self
            .client
            .get(url)
            .await
            .map_err(|e| FetchError::Net(describe_net(&e)))?;
        // A redirect to another path must be allowed too.
        if r.final_url != parsed
            && !self
                .robots_for(&r.final_url)
                .await?
                .is_allowed(&r.final_url)
        {
            return Err(FetchError::Robots(r.final_url.to_string()));
        }
        let status = r.status.as_u16();
        if !r.status.is_success() {
            return Err(FetchError::Status {
                url: url.to_owned(),
                status,
            });
        }
        let content_type = r
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if !is_html(content_type) {
            return Err(FetchError::NotHtml(url.to_owned()));
        }
        let headers = r
            .headers
            .iter()
            .filter_map(|(k, v)| Some((k.as_str().to_owned(), v.to_str().ok()?.to_owned())))
            .collect();
        Ok(Fetched {
            final_url: r.final_url.to_string(),
            status,
            headers,
            html: String::from_utf8_lossy(&r.body).into_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_pages_are_kept() {
        assert!(is_html(Some("text/html; charset=utf-8")));
        assert!(is_html(Some("application/xhtml+xml")));
        assert!(is_html(None));
        assert!(!is_html(Some("application/pdf")));
        assert!(!is_html(Some("image/png")));
    }

    #[test]
    fn failures_read_as_sentences() {
        assert_eq!(
            FetchError::Status {
                url: "https://acme.test/pricing".into(),
                status: 503
            }
            .to_string(),
            "https://acme.test/pricing answered HTTP 503."
        );
        assert!(
            describe_net(&NetError::ForbiddenAddress("10.0.0.1".parse().unwrap()))
                .starts_with("Refused: 10.0.0.1 is a private or local address")
        );
        assert_eq!(
            describe_net(&NetError::Timeout),
            "The site did not answer in time."
        );
    }
}
