//! Deciding whether, and where, to follow a redirect. Kept apart from the I/O so the rules
//! can be tested without a server.

use http::{HeaderMap, StatusCode, header::LOCATION};
use url::Url;

use crate::{NetError, policy::AddressPolicy, url_policy::check_url};

/// The checked URL to fetch next, or `None` when the response is the final one.
///
/// `followed` is how many redirects were already followed; the target goes through the same
/// checks as the first URL, so a public page cannot bounce the client into the intranet.
pub(crate) fn next_hop(
    policy: &AddressPolicy,
    current: &Url,
    status: StatusCode,
    headers: &HeaderMap,
    followed: usize,
    max_redirects: usize,
) -> Result<Option<Url>, NetError> {
    if !is_followed_redirect(status) {
        return Ok(None);
    }
    // A redirect status without a Location is a final answer (RFC 9110 §15.4).
    let Some(location) = headers.get(LOCATION) else {
        return Ok(None);
    };
    if followed >= max_redirects {
        return Err(NetError::TooManyRedirects);
    }
    let location = location
        .to_str()
        .map_err(|_| NetError::InvalidUrl("redirect location is not valid text".into()))?;
    let mut target = current
        .join(location)
        .map_err(|e| NetError::InvalidUrl(format!("redirect location: {e}")))?;
    // A fragment is never sent; keep the caller's view of the final URL clean.
    target.set_fragment(None);
    check_url(policy, &target)?;
    Ok(Some(target))
}

fn is_followed_redirect(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::MOVED_PERMANENTLY
            | StatusCode::FOUND
            | StatusCode::SEE_OTHER
            | StatusCode::TEMPORARY_REDIRECT
            | StatusCode::PERMANENT_REDIRECT
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn hop(status: u16, location: Option<&str>, followed: usize) -> Result<Option<Url>, NetError> {
        let mut headers = HeaderMap::new();
        if let Some(loc) = location {
            headers.insert(LOCATION, HeaderValue::from_str(loc).unwrap());
        }
        let current = Url::parse("https://example.com/a/b?q=1").unwrap();
        next_hop(
            &AddressPolicy::new(false),
            &current,
            StatusCode::from_u16(status).unwrap(),
            &headers,
            followed,
            5,
        )
    }

    #[test]
    fn follows_all_redirect_statuses_and_resolves_relative_targets() {
        for status in [301, 302, 303, 307, 308] {
            let next = hop(status, Some("../c#frag"), 0).unwrap().unwrap();
            assert_eq!(next.as_str(), "https://example.com/c", "{status}");
        }
        let next = hop(302, Some("//other.example/x"), 0).unwrap().unwrap();
        assert_eq!(next.as_str(), "https://other.example/x");
    }

    #[test]
    fn non_redirects_and_missing_locations_are_final() {
        assert!(hop(200, Some("/x"), 0).unwrap().is_none());
        assert!(hop(304, Some("/x"), 0).unwrap().is_none());
        assert!(hop(300, Some("/x"), 0).unwrap().is_none());
        assert!(hop(302, None, 0).unwrap().is_none());
    }

    #[test]
    fn stops_at_the_redirect_cap() {
        assert!(hop(302, Some("/x"), 4).unwrap().is_some());
        assert!(matches!(
            hop(302, Some("/x"), 5),
            Err(NetError::TooManyRedirects)
        ));
    }

    #[test]
    fn every_target_is_checked_like_a_first_url() {
        let cases = [
            (
                "http://169.254.169.254/latest/meta-data/",
                "169.254.169.254",
            ),
            ("http://[::ffff:169.254.169.254]/", "::ffff:169.254.169.254"),
            ("http://2130706433/", "127.0.0.1"),
            ("http://0x7f.1/", "127.0.0.1"),
            ("http://[fd00::1]/", "fd00::1"),
            ("http://localhost/", "127.0.0.1"),
        ];
        for (location, ip) in cases {
            match hop(302, Some(location), 0) {
                Err(NetError::ForbiddenAddress(got)) => {
                    assert_eq!(got.to_string(), ip, "{location}")
                }
                other => panic!("{location}: {other:?}"),
            }
        }
        assert!(matches!(
            hop(302, Some("file:///etc/passwd"), 0),
            Err(NetError::Scheme)
        ));
        assert!(matches!(
            hop(302, Some("gopher://example.com/"), 0),
            Err(NetError::Scheme)
        ));
    }

    #[test]
    fn unparseable_locations_are_invalid_urls() {
        assert!(matches!(
            hop(302, Some("http://exa mple.com/"), 0),
            Err(NetError::InvalidUrl(_))
        ));
        assert!(matches!(
            hop(302, Some("http://[::1/"), 0),
            Err(NetError::InvalidUrl(_))
        ));
    }
}
