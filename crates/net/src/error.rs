use std::net::IpAddr;

/// Why an outbound fetch failed.
///
/// Messages are safe to log and to show to the user who supplied the URL: they never carry
/// the URL's query string or credentials, and a refusal names only the refused address.
#[derive(Debug, thiserror::Error)]
pub enum NetError {
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    #[error("only http and https URLs may be fetched")]
    Scheme,
    #[error("refusing to connect to non-public address {0}")]
    ForbiddenAddress(IpAddr),
    #[error("name resolution failed: {0}")]
    Dns(String),
    #[error("too many redirects")]
    TooManyRedirects,
    #[error("response body exceeds the size limit")]
    TooLarge,
    #[error("request timed out")]
    Timeout,
    #[error("HTTP request failed: {0}")]
    Http(String),
}
