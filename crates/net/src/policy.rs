//! The address rule as one value that the URL check and the resolver share.

use std::net::IpAddr;

use crate::ip_policy::is_forbidden_ip;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AddressPolicy {
    allow_private: bool,
    /// One address let through despite the rule. Only tests set it, so that a local server can
    /// play "the public site" while every other hop is judged by the real rule.
    exempt: Option<IpAddr>,
}

impl AddressPolicy {
    pub(crate) fn new(allow_private: bool) -> Self {
        Self {
            allow_private,
            exempt: None,
        }
    }

    #[cfg(test)]
    pub(crate) fn public_except(exempt: IpAddr) -> Self {
        Self {
            allow_private: false,
            exempt: Some(exempt),
        }
    }

    pub(crate) fn refuses_ip(&self, ip: IpAddr) -> bool {
        !self.allow_private && Some(ip) != self.exempt && is_forbidden_ip(ip)
    }

    /// Names that mean "this machine" whatever DNS says, refused before any lookup.
    pub(crate) fn refuses_host_name(&self, host: &str) -> bool {
        if self.allow_private {
            return false;
        }
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        host == "localhost"
            || host.ends_with(".localhost")
            || host == "localhost.localdomain"
            || host == "ip6-localhost"
            || host == "ip6-loopback"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localhost_names_are_refused_unless_private_networks_are_allowed() {
        let guard = AddressPolicy::new(false);
        for name in [
            "localhost",
            "LOCALHOST",
            "localhost.",
            "foo.localhost",
            "a.b.localhost.",
            "localhost.localdomain",
            "ip6-localhost",
        ] {
            assert!(guard.refuses_host_name(name), "{name}");
        }
        for name in [
            "example.com",
            "localhost.example.com",
            "notlocalhost",
            "mylocalhost",
        ] {
            assert!(!guard.refuses_host_name(name), "{name}");
        }
        assert!(!AddressPolicy::new(true).refuses_host_name("localhost"));
    }

    #[test]
    fn allow_private_lifts_the_ip_rule() {
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        assert!(AddressPolicy::new(false).refuses_ip(ip));
        assert!(!AddressPolicy::new(true).refuses_ip(ip));
    }

    #[test]
    fn the_test_exemption_covers_exactly_one_address() {
        let policy = AddressPolicy::public_except("127.0.0.1".parse().unwrap());
        assert!(!policy.refuses_ip("127.0.0.1".parse().unwrap()));
        assert!(policy.refuses_ip("127.0.0.2".parse().unwrap()));
        assert!(policy.refuses_ip("::ffff:127.0.0.1".parse().unwrap()));
        assert!(policy.refuses_host_name("localhost"));
    }
}
