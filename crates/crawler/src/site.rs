//! Which URLs belong to the crawled site.

use url::Url;

/// The crawled site, named by its host with a leading `www.` ignored, so that
/// `example.com` and `www.example.com` are one site (ports and schemes are ignored too:
/// `http:` and `https:` of one host are the same site).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    key: String,
}

impl Site {
    /// The site of `start`; `None` when it has no host.
    pub fn of(start: &Url) -> Option<Self> {
        start.host_str().map(|h| Self { key: site_key(h) })
    }

    /// The host without `www.`, lowercased.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// True for http(s) URLs on this site.
    pub fn contains(&self, url: &Url) -> bool {
        matches!(url.scheme(), "http" | "https")
            && url.host_str().is_some_and(|h| site_key(h) == self.key)
    }
}

fn site_key(host: &str) -> String {
    let host = host.to_ascii_lowercase();
    match host.strip_prefix("www.") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn www_and_apex_are_one_site() {
        let site = Site::of(&url("https://www.example.com/")).unwrap();
        assert_eq!(site.key(), "example.com");
        assert!(site.contains(&url("https://example.com/a")));
        assert!(site.contains(&url("http://WWW.example.com:8080/b")));
    }

    #[test]
    fn other_hosts_and_schemes_are_not() {
        let site = Site::of(&url("https://example.com/")).unwrap();
        assert!(!site.contains(&url("https://blog.example.com/")));
        assert!(!site.contains(&url("https://example.org/")));
        assert!(!site.contains(&url("https://wwwexample.com/")));
        assert!(!site.contains(&url("ftp://example.com/")));
        let ip = Site::of(&url("http://127.0.0.1:3000/")).unwrap();
        assert!(ip.contains(&url("http://127.0.0.1:4000/x")));
        assert!(!ip.contains(&url("http://127.0.0.2:3000/")));
    }
}
