use std::time::Duration;

/// The environment variable that lifts the address rules (tests, intranet installs).
pub const ALLOW_PRIVATE_NETWORKS_ENV: &str = "BRANDIUM_ALLOW_PRIVATE_NETWORKS";

/// Limits and policy of a [`crate::GuardedClient`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetConfig {
    /// Lets requests reach private, loopback, link-local and other non-public addresses.
    pub allow_private_networks: bool,
    /// Deadline for a whole fetch: every redirect hop and the body included. For
    /// `send_streaming` only the wait for the response head; the caller bounds the body.
    pub timeout: Duration,
    /// Deadline for establishing one TCP (and TLS) connection.
    pub connect_timeout: Duration,
    /// How many redirects `get` follows before giving up.
    pub max_redirects: usize,
    /// Largest body read; past it the fetch fails with `NetError::TooLarge`.
    pub max_body_bytes: usize,
    pub user_agent: String,
}

impl Default for NetConfig {
    fn default() -> Self {
        Self {
            allow_private_networks: false,
            timeout: Duration::from_secs(15),
            connect_timeout: Duration::from_secs(5),
            max_redirects: 5,
            max_body_bytes: 10 * 1024 * 1024,
            user_agent: format!(
                "Brandium/{} (+https://brandium.local)",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }
}

impl NetConfig {
    /// The defaults with `BRANDIUM_ALLOW_PRIVATE_NETWORKS` applied, for processes that do not
    /// load the full `brandium` configuration (which maps the same variable itself).
    pub fn from_env() -> Self {
        let value = std::env::var(ALLOW_PRIVATE_NETWORKS_ENV).ok();
        Self {
            allow_private_networks: parse_flag(value.as_deref()),
            ..Self::default()
        }
    }
}

/// Anything but an explicit yes keeps the guard on: a typo must not open the intranet.
fn parse_flag(value: Option<&str>) -> bool {
    matches!(
        value.map(|v| v.trim().to_ascii_lowercase()).as_deref(),
        Some("true" | "1" | "yes" | "on")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_documented_caps() {
        let cfg = NetConfig::default();
        assert!(!cfg.allow_private_networks);
        assert_eq!(cfg.timeout, Duration::from_secs(15));
        assert_eq!(cfg.connect_timeout, Duration::from_secs(5));
        assert_eq!(cfg.max_redirects, 5);
        assert_eq!(cfg.max_body_bytes, 10 * 1024 * 1024);
        assert!(cfg.user_agent.starts_with("Brandium/"));
        assert!(cfg.user_agent.ends_with("(+https://brandium.local)"));
    }

    #[test]
    fn only_an_explicit_yes_allows_private_networks() {
        for yes in ["true", "TRUE", " 1 ", "yes", "on"] {
            assert!(parse_flag(Some(yes)), "{yes:?}");
        }
        for no in [
            None,
            Some(""),
            Some("false"),
            Some("0"),
            Some("ture"),
            Some("no"),
        ] {
            assert!(!parse_flag(no), "{no:?}");
        }
    }
}
