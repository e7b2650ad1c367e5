//! Which addresses an outbound request may reach: public unicast only.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// IPv4 ranges that are not public unicast (IANA special-purpose registry, RFC 6890 and later).
const FORBIDDEN_V4: &[(Ipv4Addr, u8)] = &[
    (Ipv4Addr::new(0, 0, 0, 0), 8), // "this network"; 0.0.0.0 reaches the local host
    (Ipv4Addr::new(10, 0, 0, 0), 8), // private
    (Ipv4Addr::new(100, 64, 0, 0), 10), // CGNAT shared space
    (Ipv4Addr::new(127, 0, 0, 0), 8), // loopback
    (Ipv4Addr::new(169, 254, 0, 0), 16), // link-local, home of cloud metadata services
    (Ipv4Addr::new(172, 16, 0, 0), 12), // private
    (Ipv4Addr::new(192, 0, 0, 0), 24), // IETF protocol assignments
    (Ipv4Addr::new(192, 0, 2, 0), 24), // documentation TEST-NET-1
    (Ipv4Addr::new(192, 88, 99, 0), 24), // deprecated 6to4 relay anycast
    (Ipv4Addr::new(192, 168, 0, 0), 16), // private
    (Ipv4Addr::new(198, 18, 0, 0), 15), // benchmarking
    (Ipv4Addr::new(198, 51, 100, 0), 24), // documentation TEST-NET-2
    (Ipv4Addr::new(203, 0, 113, 0), 24), // documentation TEST-NET-3
    (Ipv4Addr::new(224, 0, 0, 0), 4), // multicast
    (Ipv4Addr::new(240, 0, 0, 0), 4), // reserved, including broadcast 255.255.255.255
];

/// IPv6 ranges inside global unicast (2000::/3) that are still not public hosts.
const FORBIDDEN_V6_IN_GLOBAL: &[(Ipv6Addr, u8)] = &[
    // IETF protocol assignments: Teredo (embeds an obfuscated IPv4), ORCHID, benchmarking.
    (Ipv6Addr::new(0x2001, 0, 0, 0, 0, 0, 0, 0), 23),
    (Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0), 32), // documentation
    (Ipv6Addr::new(0x3fff, 0, 0, 0, 0, 0, 0, 0), 20),     // documentation (RFC 9637)
];

/// True when an outbound request must not connect to `ip`.
///
/// IPv6 forms that embed an IPv4 address (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`,
/// 6to4 `2002::/16`) are judged by the IPv4 address they reach.
pub fn is_forbidden_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_forbidden_v4(v4),
        IpAddr::V6(v6) => is_forbidden_v6(v6),
    }
}

fn is_forbidden_v4(ip: Ipv4Addr) -> bool {
    FORBIDDEN_V4
        .iter()
        .any(|&(net, len)| in_prefix(ip.to_bits().into(), net.to_bits().into(), len, 32))
}

fn is_forbidden_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = embedded_v4(ip) {
        return is_forbidden_v4(v4);
    }
    let bits = ip.to_bits();
    // Allow-list: everything outside global unicast is loopback, unspecified, IPv4-compatible,
    // discard, unique-local fc00::/7, link-local fe80::/10, site-local or multicast.
    let global_unicast = in_prefix(bits, 0x2000 << 112, 3, 128);
    !global_unicast
        || FORBIDDEN_V6_IN_GLOBAL
            .iter()
            .any(|&(net, len)| in_prefix(bits, net.to_bits(), len, 128))
}

/// The IPv4 address an IPv6 address actually delivers to, for the translation forms that a
/// dual-stack host or network will honour.
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let bits = ip.to_bits();
    let low32 = Ipv4Addr::from_bits(bits as u32);
    if in_prefix(bits, 0xffff << 32, 96, 128) {
        return Some(low32); // ::ffff:a.b.c.d
    }
    if in_prefix(bits, 0x0064_ff9b << 96, 96, 128) {
        return Some(low32); // NAT64 well-known prefix
    }
    if in_prefix(bits, 0x2002 << 112, 16, 128) {
        return Some(Ipv4Addr::from_bits((bits >> 80) as u32)); // 6to4
    }
    None
}

/// Whether the top `len` bits of `addr` equal those of `net`, for `width`-bit addresses.
fn in_prefix(addr: u128, net: u128, len: u8, width: u8) -> bool {
    if len == 0 {
        return true;
    }
    let shift = u32::from(width - len);
    (addr >> shift) == (net >> shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forbidden(s: &str) -> bool {
        is_forbidden_ip(s.parse().unwrap())
    }

    #[test]
    fn refuses_non_public_ipv4() {
        for ip in [
            "0.0.0.0",
            "0.1.2.3",
            "10.0.0.1",
            "10.255.255.255",
            "100.64.0.1",
            "100.127.255.254",
            "127.0.0.1",
            "127.1.2.3",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.0.0.8",
            "192.0.2.1",
            "192.88.99.1",
            "192.168.1.1",
            "198.18.0.1",
            "198.19.255.255",
            "198.51.100.7",
            "203.0.113.9",
            "224.0.0.1",
            "239.255.255.250",
            "240.0.0.1",
            "255.255.255.255",
        ] {
            assert!(forbidden(ip), "{ip} should be refused");
        }
    }

    #[test]
    fn allows_public_ipv4_including_range_neighbours() {
        for ip in [
            "1.1.1.1",
            "8.8.8.8",
            "9.255.255.255",
            "11.0.0.0",
            "100.63.255.255",
            "100.128.0.0",
            "126.255.255.255",
            "128.0.0.0",
            "169.253.255.255",
            "169.255.0.0",
            "172.15.255.255",
            "172.32.0.0",
            "192.0.1.1",
            "192.167.255.255",
            "192.169.0.0",
            "198.17.255.255",
            "198.20.0.0",
            "223.255.255.255",
        ] {
            assert!(!forbidden(ip), "{ip} should be allowed");
        }
    }

    #[test]
    fn refuses_non_public_ipv6() {
        for ip in [
            "::",
            "::1",
            "::7f00:1",  // IPv4-compatible 127.0.0.1
            "::808:808", // IPv4-compatible, deprecated even for public addresses
            "100::1",    // discard-only
            "fc00::1",
            "fd00::1",
            "fdff:ffff::1",
            "fe80::1",
            "febf::1",
            "fec0::1", // site-local
            "ff02::1",
            "ff05::2",
            "2001::1",    // Teredo
            "2001:10::1", // ORCHID
            "2001:db8::1",
            "3fff::1",
            "64:ff9b:1::1", // local-use NAT64
        ] {
            assert!(forbidden(ip), "{ip} should be refused");
        }
    }

    #[test]
    fn allows_public_ipv6() {
        for ip in [
            "2606:4700:4700::1111",
            "2001:4860:4860::8888",
            "2a00:1450:4001:80b::200e",
            "2001:200::1", // just past 2001::/23
        ] {
            assert!(!forbidden(ip), "{ip} should be allowed");
        }
    }

    #[test]
    fn judges_ipv4_mapped_addresses_by_their_ipv4() {
        assert!(forbidden("::ffff:127.0.0.1"));
        assert!(forbidden("::ffff:7f00:1"));
        assert!(forbidden("::ffff:169.254.169.254"));
        assert!(forbidden("::ffff:10.0.0.1"));
        assert!(forbidden("::ffff:0.0.0.0"));
        assert!(!forbidden("::ffff:8.8.8.8"));
    }

    #[test]
    fn judges_nat64_addresses_by_their_ipv4() {
        assert!(forbidden("64:ff9b::127.0.0.1"));
        assert!(forbidden("64:ff9b::a9fe:a9fe")); // 169.254.169.254
        assert!(forbidden("64:ff9b::192.168.0.1"));
        assert!(!forbidden("64:ff9b::8.8.8.8"));
    }

    #[test]
    fn judges_6to4_addresses_by_their_ipv4() {
        assert!(forbidden("2002:7f00:1::1"));
        assert!(forbidden("2002:a9fe:a9fe::"));
        assert!(forbidden("2002:0a00:0001::1"));
        assert!(!forbidden("2002:0808:0808::1"));
    }

    #[test]
    fn prefix_match_is_exact_at_the_boundaries() {
        assert!(in_prefix(0, 0, 0, 32));
        assert!(in_prefix(0xff, 0, 24, 32));
        assert!(!in_prefix(0x100, 0, 24, 32));
        assert!(in_prefix(5, 5, 32, 32));
        assert!(!in_prefix(4, 5, 32, 32));
        assert!(in_prefix(u128::MAX, u128::MAX, 128, 128));
    }
}
