//! robots.txt as RFC 9309 has it (with the leniencies of Google's reference parser: typos in
//! directive names, lines without a colon, a byte-order mark, any line ending).
//!
//! Our own matcher rather than `texting_robots`: that crate matches user-agent lines only
//! when they equal the product token exactly (`Brandium/1.0` would not select our group) and
//! rejects lines without a colon, both of which the reference parser accepts.

use url::Url;

/// The product token our groups are selected by (case-insensitive).
pub const PRODUCT_TOKEN: &str = "Brandium";

/// Bytes of robots.txt parsed; the rest is ignored (RFC 9309 §2.5 asks for at least 500 KiB).
pub const MAX_ROBOTS_BYTES: usize = 500 * 1024;

/// The rules that apply to one user agent, ready to answer "may I fetch this URL?".
#[derive(Debug, Clone, PartialEq)]
pub struct Robots {
    access: Access,
    /// `Crawl-delay` of the selected group, in seconds.
    pub crawl_delay: Option<f64>,
    /// Every `Sitemap:` line, whichever group it stands in.
    pub sitemaps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Access {
    Rules(Vec<Rule>),
    DisallowAll,
}

#[derive(Debug, Clone, PartialEq)]
struct Rule {
    /// Percent-encoding normalised, see [`normalize_encoding`].
    pattern: String,
    allow: bool,
}

impl Robots {
    /// No rules: every URL may be fetched (robots.txt missing, answered 4xx).
    pub fn allow_all() -> Self {
        Self {
            access: Access::Rules(Vec::new()),
            crawl_delay: None,
            sitemaps: Vec::new(),
        }
    }

    /// Nothing may be fetched (robots.txt answered 5xx or could not be reached).
    pub fn disallow_all() -> Self {
        Self {
            access: Access::DisallowAll,
            crawl_delay: None,
            sitemaps: Vec::new(),
        }
    }

    /// What a robots.txt fetch means (RFC 9309 §2.3.1): a success is parsed, "unavailable"
    /// (4xx) allows everything, "unreachable" (5xx, no answer) forbids everything. 429 is an
    /// overloaded server, not a missing file, so it is treated like 5xx.
    pub fn from_fetch(status: Option<u16>, body: &[u8], agent: &str) -> Self {
        match status {
            Some(200..=299) => Self::parse(body, agent),
            Some(429) | Some(500..) | None => Self::disallow_all(),
            Some(_) => Self::allow_all(),
        }
    }

    /// Parses robots.txt and keeps the groups that apply to `agent` (its product token, or
    /// `*` when no group names it). Groups naming the same agent are merged.
    pub fn parse(body: &[u8], agent: &str) -> Self {
        let body = truncate(body);
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let text = String::from_utf8_lossy(body);
        let agent = product_token(agent);

        let mut groups: Vec<Group> = Vec::new();
        let mut sitemaps = Vec::new();
        let mut last_was_agent = false;
        for line in text.split(['\n', '\r']) {
            let Some((key, value)) = split_line(line) else {
                continue;
            };
            match Directive::of(&key) {
                Some(Directive::UserAgent) => {
                    if !last_was_agent {
                        groups.push(Group::default());
                    }
                    if let Some(group) = groups.last_mut() {
                        group.agents.push(product_token(value));
                    }
                    last_was_agent = true;
                }
                Some(Directive::Sitemap) if !value.is_empty() => sitemaps.push(value.to_string()),
                Some(Directive::Sitemap) => {}
                Some(directive) => {
                    last_was_agent = false;
                    // Rules before the first user-agent line belong to no group.
                    let Some(group) = groups.last_mut() else {
                        continue;
                    };
                    match directive {
                        Directive::Allow | Directive::Disallow => {
                            // An empty value says nothing (`Disallow:` allows all).
                            if !value.is_empty() {
                                group.rules.push(Rule {
                                    pattern: normalize_encoding(value),
                                    allow: directive == Directive::Allow,
                                });
                            }
                        }
                        Directive::CrawlDelay => {
                            if let Ok(secs) = value.parse::<f64>()
                                && secs.is_finite()
                                && secs >= 0.0
                            {
                                group.crawl_delay.get_or_insert(secs);
                            }
                        }
                        Directive::UserAgent | Directive::Sitemap => {}
                    }
                }
                None => {}
            }
        }

        let ours: Vec<&Group> = groups
            .iter()
            .filter(|g| g.agents.contains(&agent))
            .collect();
        let selected = if ours.is_empty() {
            groups
                .iter()
                .filter(|g| g.agents.iter().any(|a| a == "*"))
                .collect()
        } else {
            ours
        };
        let rules = selected
            .iter()
            .flat_map(|g| g.rules.iter().cloned())
            .collect();
        let crawl_delay = selected.iter().find_map(|g| g.crawl_delay);
        Self {
            access: Access::Rules(rules),
            crawl_delay,
            sitemaps,
        }
    }

    /// May `url` be fetched? Looks at its path and query.
    pub fn is_allowed(&self, url: &Url) -> bool {
        let target = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        };
        self.is_allowed_path(&target)
    }

    /// May this path (with its query, if any) be fetched? The longest matching rule wins;
    /// between an allow and a disallow of equal length, allow wins (RFC 9309 §2.2.2).
    pub fn is_allowed_path(&self, path: &str) -> bool {
        if path == "/robots.txt" {
            return true;
        }
        let rules = match &self.access {
            Access::DisallowAll => return false,
            Access::Rules(rules) => rules,
        };
        let path = normalize_encoding(if path.is_empty() { "/" } else { path });
        let mut best: Option<(usize, bool)> = None;
        for rule in rules {
            if !pattern_matches(&rule.pattern, &path) {
                continue;
            }
            let len = rule.pattern.len();
            best = match best {
                Some((l, allow)) if l > len || (l == len && allow) => Some((l, allow)),
                _ => Some((len, rule.allow)),
            };
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

#[derive(Debug, Default)]
struct Group {
    agents: Vec<String>,
    rules: Vec<Rule>,
    crawl_delay: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Directive {
    UserAgent,
    Allow,
    Disallow,
    CrawlDelay,
    Sitemap,
}

impl Directive {
    /// Directive names are case-insensitive; common misspellings are accepted as the
    /// reference parser does.
    fn of(key: &str) -> Option<Self> {
        Some(match key.to_ascii_lowercase().as_str() {
            "user-agent" | "useragent" | "user agent" => Self::UserAgent,
            "allow" => Self::Allow,
            "disallow" | "dissallow" | "dissalow" | "disalow" | "diasllow" | "disallaw" => {
                Self::Disallow
            }
            "crawl-delay" | "crawldelay" => Self::CrawlDelay,
            "sitemap" | "site-map" => Self::Sitemap,
            _ => return None,
        })
    }
}

/// Cuts at the size limit, dropping the line the cut falls in.
fn truncate(body: &[u8]) -> &[u8] {
    if body.len() <= MAX_ROBOTS_BYTES {
        return body;
    }
    let head = &body[..MAX_ROBOTS_BYTES];
    match head.iter().rposition(|b| *b == b'\n' || *b == b'\r') {
        Some(end) => &head[..end],
        None => &[],
    }
}

/// `key: value` with the comment removed; `key value` is accepted when the line has exactly
/// two words.
fn split_line(line: &str) -> Option<(String, &str)> {
    let line = line.split('#').next().unwrap_or("").trim();
    if line.is_empty() {
        return None;
    }
    if let Some((key, value)) = line.split_once(':') {
        return Some((key.trim().to_string(), value.trim()));
    }
    let mut words = line.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(key), Some(value), None) => Some((key.to_string(), value)),
        _ => None,
    }
}

/// The product token of a user-agent line or of our own user agent: its leading letters,
/// `-` and `_`, lowercased (`Brandium/1.0 (+url)` → `brandium`); `*` stays `*`.
fn product_token(value: &str) -> String {
    let value = value.trim();
    if value.starts_with('*') {
        return "*".to_string();
    }
    value
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '-' || *c == '_')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// One spelling for equivalent paths (RFC 9309 §2.2.2): octets outside ASCII, controls and
/// spaces are percent-encoded, escapes of unreserved characters are decoded (`%62` is `b`),
/// and the hex digits of the other escapes are uppercased.
fn normalize_encoding(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            let v = h << 4 | l;
            if v.is_ascii_alphanumeric() || matches!(v, b'-' | b'.' | b'_' | b'~') {
                out.push(char::from(v));
            } else {
                push_escape(&mut out, v);
            }
            i += 3;
            continue;
        }
        if b >= 0x80 || b <= 0x20 || b == 0x7f {
            push_escape(&mut out, b);
        } else {
            out.push(char::from(b));
        }
        i += 1;
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    char::from(b).to_digit(16).map(|d| d as u8)
}

fn push_escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(b >> 4)]));
    out.push(char::from(HEX[usize::from(b & 15)]));
}

/// Does `pattern` match the start of `path`? `*` stands for any run of characters, a final
/// `$` anchors the pattern at the end of the path.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    if !path.starts_with(first) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    let Some((last, middle)) = rest.split_last() else {
        // No wildcard.
        return !anchored || path.len() == first.len();
    };
    // Leftmost placement of each middle part leaves the most room for the rest.
    let mut pos = first.len();
    for part in middle {
        match path[pos..].find(part) {
            Some(at) => pos += at + part.len(),
            None => return false,
        }
    }
    if anchored {
        path.len() >= pos + last.len() && path.ends_with(last)
    } else {
        path[pos..].contains(last)
    }
}

#[cfg(test)]
#[path = "robots_tests.rs"]
mod tests;
