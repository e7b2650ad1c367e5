//! The checks every URL passes before a request to it is made: the first one and every
//! redirect target alike. No network I/O happens here.

use url::{Host, Url};

use crate::{NetError, policy::AddressPolicy};

pub(crate) fn check_url(policy: &AddressPolicy, url: &Url) -> Result<(), NetError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(NetError::Scheme);
    }
    match url.host() {
        None => return Err(NetError::InvalidUrl("URL has no host".into())),
        Some(Host::Domain(name)) => {
            if policy.refuses_host_name(name) {
                // Reported as the address the name stands for; the name itself is the caller's.
                return Err(NetError::ForbiddenAddress(
                    std::net::Ipv4Addr::LOCALHOST.into(),
                ));
            }
        }
        // Literal addresses never reach the resolver, so this is their only check.
        Some(Host::Ipv4(ip)) => refuse_ip(policy, ip.into())?,
        Some(Host::Ipv6(ip)) => refuse_ip(policy, ip.into())?,
    }
    if url.port_or_known_default() == Some(0) {
        return Err(NetError::InvalidUrl("port 0".into()));
    }
    Ok(())
}

fn refuse_ip(policy: &AddressPolicy, ip: std::net::IpAddr) -> Result<(), NetError> {
    if policy.refuses_ip(ip) {
        Err(NetError::ForbiddenAddress(ip))
    } else {
        Ok(())
    }
}

/// Parses a caller's URL string with the same error type as the other checks.
pub(crate) fn parse_url(raw: &str) -> Result<Url, NetError> {
    Url::parse(raw).map_err(|e| NetError::InvalidUrl(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str) -> Result<(), NetError> {
        check_url(&AddressPolicy::new(false), &parse_url(raw)?)
    }

    #[test]
    fn the_url_crate_normalises_numeric_ipv4_spellings() {
        for raw in [
            "http://2130706433/",
            "http://0x7f000001/",
            "http://0x7f.1/",
            "http://0177.0.0.1/",
            "http://127.1/",
            "http://0177.1/",
        ] {
            assert_eq!(
                parse_url(raw).unwrap().host_str(),
                Some("127.0.0.1"),
                "{raw}"
            );
        }
    }

    #[test]
    fn refusals_name_only_the_address() {
        let err = check("http://user:secret@169.254.169.254/latest?token=abc").unwrap_err();
        assert!(
            matches!(err, NetError::ForbiddenAddress(ip) if ip.to_string() == "169.254.169.254")
        );
        let message = err.to_string();
        assert!(
            !message.contains("secret")
                && !message.contains("token")
                && !message.contains("latest")
        );
    }

    #[test]
    fn only_http_and_https_pass() {
        for raw in [
            "file:///etc/passwd",
            "ftp://example.com/",
            "gopher://example.com:70/_x",
            "data:text/plain,hi",
            "javascript:alert(1)",
            "ws://example.com/",
        ] {
            assert!(matches!(check(raw), Err(NetError::Scheme)), "{raw}");
        }
        assert!(check("http://example.com/").is_ok());
        assert!(check("https://example.com:8443/a?b=c").is_ok());
    }

    #[test]
    fn port_zero_is_refused() {
        assert!(matches!(
            check("http://example.com:0/"),
            Err(NetError::InvalidUrl(_))
        ));
    }

    #[test]
    fn public_literal_addresses_pass() {
        assert!(check("http://8.8.8.8/").is_ok());
        assert!(check("http://[2606:4700:4700::1111]/").is_ok());
        assert!(check("http://[::ffff:8.8.8.8]/").is_ok());
    }

    #[test]
    fn allow_private_lifts_address_rules_but_not_the_scheme_rule() {
        let open = AddressPolicy::new(true);
        for raw in [
            "http://127.0.0.1/",
            "http://localhost:8080/",
            "http://[fd00::1]/",
            "http://10.1.2.3/",
        ] {
            assert!(check_url(&open, &parse_url(raw).unwrap()).is_ok(), "{raw}");
        }
        assert!(matches!(
            check_url(&open, &parse_url("file:///etc/passwd").unwrap()),
            Err(NetError::Scheme)
        ));
    }
}
