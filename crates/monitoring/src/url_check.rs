//! Source and webhook URLs are checked when they are saved, by the same guard that will make
//! the requests: private networks are refused unless the installation allows them.

use api::{ApiError, AppState};

/// The URL, parsed, when it is an http(s) URL the outbound client may reach.
pub fn checked_url(state: &AppState, field: &str, raw: &str) -> Result<String, ApiError> {
    let url = url::Url::parse(raw.trim())
        .map_err(|_| ApiError::field(field, "invalid_url", "Enter a full http or https URL."))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ApiError::field(
            field,
            "invalid_url",
            "Only http and https URLs can be used.",
        ));
    }
    state
        .service::<net::GuardedClient>()
        .check_url(&url)
        .map_err(|e| ApiError::field(field, "forbidden_url", &e.to_string()))?;
    Ok(url.to_string())
}
