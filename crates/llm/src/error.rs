use std::time::Duration;

use net::NetError;

/// Why a completion failed.
///
/// Messages may reach logs and the settings page: they carry what the provider said, never
/// the request, the key or the URL's query.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LlmError {
    #[error("the language model did not answer in time")]
    Timeout,
    #[error("the language model provider is rate limiting requests")]
    RateLimited { retry_after: Option<Duration> },
    #[error("the language model provider failed ({status}): {message}")]
    Server { status: u16, message: String },
    /// A 4xx other than 429: a bad key, an unknown model, a request the provider refuses.
    #[error("the language model provider refused the request ({status}): {message}")]
    Rejected { status: u16, message: String },
    /// A malformed stream or JSON body.
    #[error("unexpected answer from the language model provider: {0}")]
    Protocol(String),
    #[error("the language model provider is failing; requests are paused for a while")]
    CircuitOpen,
    /// The answer was not the JSON asked for, even after a repair request.
    #[error("the language model's answer was not usable: {0}")]
    InvalidOutput(String),
    /// A transport failure that may pass: connection refused or reset, name lookup.
    #[error("could not reach the language model provider: {0}")]
    Net(String),
    /// A setting that can never work as given: a malformed base URL, an address the network
    /// policy refuses.
    #[error("language model provider settings: {0}")]
    Config(String),
}

impl LlmError {
    /// Whether the same request may succeed if sent again later.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            LlmError::Timeout
                | LlmError::RateLimited { .. }
                | LlmError::Server { .. }
                | LlmError::Net(_)
        )
    }
}

impl From<NetError> for LlmError {
    fn from(err: NetError) -> Self {
        match err {
            NetError::Timeout => LlmError::Timeout,
            NetError::Http(_) | NetError::Dns(_) => LlmError::Net(err.to_string()),
            NetError::TooLarge => LlmError::Protocol(err.to_string()),
            NetError::InvalidUrl(_)
            | NetError::Scheme
            | NetError::ForbiddenAddress(_)
            | NetError::TooManyRedirects => LlmError::Config(err.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_passing_failures_are_retryable() {
        let retryable = [
            LlmError::Timeout,
            LlmError::RateLimited { retry_after: None },
            LlmError::Server {
                status: 503,
                message: String::new(),
            },
            LlmError::Net("reset".into()),
        ];
        for err in retryable {
            assert!(err.is_retryable(), "{err:?}");
        }
        let final_ = [
            LlmError::Rejected {
                status: 401,
                message: String::new(),
            },
            LlmError::Protocol("x".into()),
            LlmError::CircuitOpen,
            LlmError::InvalidOutput("x".into()),
            LlmError::Config("x".into()),
        ];
        for err in final_ {
            assert!(!err.is_retryable(), "{err:?}");
        }
    }

    #[test]
    fn a_refused_address_is_a_setting_not_a_passing_failure() {
        let err = LlmError::from(NetError::ForbiddenAddress("10.0.0.1".parse().unwrap()));
        assert!(matches!(err, LlmError::Config(_)));
        assert!(LlmError::from(NetError::Http("reset".into())).is_retryable());
        assert_eq!(LlmError::from(NetError::Timeout), LlmError::Timeout);
    }
}
