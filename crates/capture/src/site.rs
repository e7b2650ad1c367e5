//! What counts as "the same site" when choosing key pages.

use url::Url;

/// The host without the `www.` or `m.` that sites add in front of the same content.
pub fn host_key(host: &str) -> &str {
    host.strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .unwrap_or(host)
}

/// Same scheme family, same host (modulo `www.`), same port.
pub fn same_site(a: &Url, b: &Url) -> bool {
    matches!(a.scheme(), "http" | "https")
        && a.host_str().map(host_key) == b.host_str().map(host_key)
        && a.port_or_known_default() == b.port_or_known_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn www_and_the_bare_host_are_one_site_but_ports_and_hosts_differ() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert!(same_site(
            &u("https://www.acme.test/a"),
            &u("https://acme.test/")
        ));
        assert!(!same_site(
            &u("https://blog.acme.test/"),
            &u("https://acme.test/")
        ));
        assert!(!same_site(
            &u("http://127.0.0.1:81/"),
            &u("http://127.0.0.1:80/")
        ));
        assert!(!same_site(
            &u("mailto:a@acme.test"),
            &u("https://acme.test/")
        ));
    }
}
