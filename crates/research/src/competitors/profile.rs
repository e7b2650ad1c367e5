//! Address rules of a competitor profile: its website, the pages that belong to it, and the
//! social profiles, each of which must be on its network's own site.

use chrono::{DateTime, Utc};
use url::Url;

use crate::sites::Schedule;

/// The social networks a profile can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    X,
    LinkedIn,
    Facebook,
    Instagram,
    YouTube,
    TikTok,
}

impl Network {
    pub const ALL: [Network; 6] = [
        Network::X,
        Network::LinkedIn,
        Network::Facebook,
        Network::Instagram,
        Network::YouTube,
        Network::TikTok,
    ];

    pub fn field(self) -> &'static str {
        match self {
            Network::X => "x",
            Network::LinkedIn => "linkedin",
            Network::Facebook => "facebook",
            Network::Instagram => "instagram",
            Network::YouTube => "youtube",
            Network::TikTok => "tiktok",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Network::X => "X",
            Network::LinkedIn => "LinkedIn",
            Network::Facebook => "Facebook",
            Network::Instagram => "Instagram",
            Network::YouTube => "YouTube",
            Network::TikTok => "TikTok",
        }
    }

    /// The registrable domains a profile of this network lives on.
    fn domains(self) -> &'static [&'static str] {
        match self {
            Network::X => &["x.com", "twitter.com"],
            Network::LinkedIn => &["linkedin.com"],
            Network::Facebook => &["facebook.com", "fb.com"],
            Network::Instagram => &["instagram.com"],
            Network::YouTube => &["youtube.com", "youtu.be"],
            Network::TikTok => &["tiktok.com"],
        }
    }
}

/// `example.com` means `https://example.com/`; only http(s) addresses with a host.
pub fn normalize_url(value: &str) -> Option<Url> {
    let v = value.trim();
    if v.is_empty() || v.chars().any(char::is_whitespace) {
        return None;
    }
    let with_scheme = if v.contains("://") {
        v.to_owned()
    } else {
        format!("https://{v}")
    };
    let mut url = Url::parse(&with_scheme)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())?;
    url.set_fragment(None);
    Some(url)
}

/// Why a social profile address is refused, in words for the form.
pub fn check_profile(network: Network, value: &str) -> Result<Url, String> {
    let Some(url) = normalize_url(value) else {
        return Err(format!(
            "Enter the full address of the {} profile, e.g. https://{}/acme.",
            network.label(),
            network.domains()[0]
        ));
    };
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    let on_network = network
        .domains()
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")));
    if !on_network {
        return Err(format!(
            "This is not an address on {} (expected {}).",
            network.label(),
            network.domains().join(" or ")
        ));
    }
    Ok(url)
}

/// True when `page` is on the same site as `website` (`www.` and the scheme ignored).
pub fn same_site(website: &Url, page: &Url) -> bool {
    crawler::site::Site::of(website).is_some_and(|s| s.contains(page))
}

/// When a competitor on `schedule` is next due: at once when it was never snapshotted, else
/// one period after its last snapshot, and never in the past.
pub fn next_due(
    schedule: Schedule,
    last_snapshot_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    match last_snapshot_at {
        _ if schedule == Schedule::Off => None,
        None => Some(now),
        Some(last) => schedule.next_after(last).map(|next| next.max(now)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn websites_get_a_scheme_and_lose_their_fragment() {
        assert_eq!(
            normalize_url(" acme.test/pricing#plans ").map(|u| u.to_string()),
            Some("https://acme.test/pricing".to_owned())
        );
        assert!(normalize_url("ftp://acme.test").is_none());
        assert!(normalize_url("https://").is_none());
        assert!(normalize_url("acme test").is_none());
        assert!(normalize_url("").is_none());
    }

    #[test]
    fn profiles_must_be_on_their_network() {
        assert!(check_profile(Network::X, "https://twitter.com/acme").is_ok());
        assert!(check_profile(Network::X, "x.com/acme").is_ok());
        assert!(check_profile(Network::LinkedIn, "https://www.linkedin.com/company/acme").is_ok());
        assert!(check_profile(Network::YouTube, "https://m.youtube.com/@acme").is_ok());
        let wrong = check_profile(Network::Instagram, "https://facebook.com/acme");
        assert_eq!(
            wrong.err().as_deref(),
            Some("This is not an address on Instagram (expected instagram.com).")
        );
        // A look-alike host that merely ends with the network's name is refused.
        assert!(check_profile(Network::TikTok, "https://nottiktok.com/acme").is_err());
        assert!(check_profile(Network::Facebook, "javascript:alert(1)").is_err());
    }

    #[test]
    fn pages_belong_to_the_website_site() {
        let site = Url::parse("https://www.acme.test/").unwrap();
        assert!(same_site(
            &site,
            &Url::parse("http://acme.test/pricing").unwrap()
        ));
        assert!(!same_site(
            &site,
            &Url::parse("https://blog.acme.test/").unwrap()
        ));
        assert!(!same_site(
            &site,
            &Url::parse("https://other.test/acme.test").unwrap()
        ));
    }

    #[test]
    fn first_snapshot_is_due_at_once_then_one_period_later() {
        let now = Utc::now();
        assert_eq!(next_due(Schedule::Weekly, None, now), Some(now));
        assert_eq!(next_due(Schedule::Off, None, now), None);
        let yesterday = now - Duration::days(1);
        assert_eq!(
            next_due(Schedule::Weekly, Some(yesterday), now),
            Some(yesterday + Duration::days(7))
        );
        // Long overdue: due now, not in the past.
        assert_eq!(
            next_due(Schedule::Daily, Some(now - Duration::days(30)), now),
            Some(now)
        );
    }
}
