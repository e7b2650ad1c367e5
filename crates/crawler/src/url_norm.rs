//! One spelling per URL, so that the same page linked in two ways is fetched once.
//!
//! The `url` crate already does most of RFC 3986 normalisation when it parses (lowercase
//! scheme and host, default port dropped, dot segments resolved, empty path turned into `/`);
//! what is left is the fragment, which never reaches the server.

use url::Url;

/// Parses `href` (absolute, or relative to `base`) into its normalised form.
///
/// Returns `None` for anything that is not an http(s) URL with a host: `mailto:`, `tel:`,
/// `javascript:`, data URLs and unparseable text are not pages.
pub fn normalize(base: Option<&Url>, href: &str) -> Option<Url> {
    let href = href.trim();
    let mut url = match base {
        Some(base) => base.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return None;
    }
    url.set_fragment(None);
    Some(url)
}

/// [`normalize`] for a string that should already be absolute; the normalised text.
pub fn normalize_str(url: &str) -> Option<String> {
    normalize(None, url).map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Option<String> {
        normalize_str(s)
    }

    #[test]
    fn lowercases_scheme_and_host_and_drops_default_ports() {
        assert_eq!(
            norm("HTTP://Example.COM:80/A").as_deref(),
            Some("http://example.com/A")
        );
        assert_eq!(
            norm("https://example.com:443/").as_deref(),
            Some("https://example.com/")
        );
        assert_eq!(
            norm("https://example.com:8443/").as_deref(),
            Some("https://example.com:8443/")
        );
    }

    #[test]
    fn drops_fragments_keeps_queries_and_resolves_dot_segments() {
        assert_eq!(
            norm("https://example.com/a/./b/../c?x=1&y=2#top").as_deref(),
            Some("https://example.com/a/c?x=1&y=2")
        );
        assert_eq!(
            norm("https://example.com").as_deref(),
            Some("https://example.com/")
        );
    }

    #[test]
    fn resolves_relative_links_against_a_base() {
        let base = Url::parse("https://example.com/blog/post/").unwrap();
        assert_eq!(
            normalize(Some(&base), "../other#x").unwrap().as_str(),
            "https://example.com/blog/other"
        );
        assert_eq!(
            normalize(Some(&base), "//cdn.example.com/a.js")
                .unwrap()
                .as_str(),
            "https://cdn.example.com/a.js"
        );
        assert_eq!(
            normalize(Some(&base), " ?page=2 ").unwrap().as_str(),
            "https://example.com/blog/post/?page=2"
        );
    }

    #[test]
    fn refuses_non_web_schemes() {
        let base = Url::parse("https://example.com/").unwrap();
        for href in [
            "mailto:a@example.com",
            "tel:+123",
            "javascript:void(0)",
            "data:text/plain,hi",
            "ftp://example.com/",
        ] {
            assert!(normalize(Some(&base), href).is_none(), "{href}");
        }
        assert!(norm("not a url").is_none());
    }
}
