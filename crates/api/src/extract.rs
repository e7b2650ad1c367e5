//! Extractors whose rejections are problem+json, and request facts (client address, user agent).

use crate::{ApiError, FieldError, state::AppState};
use axum::{
    extract::{ConnectInfo, FromRequest, FromRequestParts, Request},
    http::{StatusCode, header, request::Parts},
};
use bytes::Bytes;
use garde::Validate;
use serde::de::DeserializeOwned;
use std::net::{IpAddr, SocketAddr};

/// A JSON body, deserialized and then validated with `garde`.
pub struct AppJson<T>(pub T);

impl<T> FromRequest<AppState> for AppJson<T>
where
    T: DeserializeOwned + Validate<Context = ()>,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| {
                let ct = ct
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                ct == "application/json" || ct.ends_with("+json")
            });
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Send the body as application/json.",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "payload_too_large",
                    "The request body is too large.",
                )
            } else {
                ApiError::bad_request("malformed_body", "The request body could not be read.")
            }
        })?;
        let value = parse_json::<T>(&bytes)?;
        value.validate().map_err(report_to_problem)?;
        Ok(Self(value))
    }
}

/// Reads and validates a JSON body after the handler has looked its resource up, so that
/// another organization's id answers 404 whatever the body holds.
pub async fn json_body<T>(req: Request, state: &AppState) -> Result<T, ApiError>
where
    T: DeserializeOwned + Validate<Context = ()>,
{
    let AppJson(v) = AppJson::<T>::from_request(req, state).await?;
    Ok(v)
}

/// Parses JSON into `T`: syntax errors are 400 `malformed_json`, shape errors 422 with the field named.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let inner = err.inner();
        if inner.is_syntax() || inner.is_eof() {
            return ApiError::bad_request("malformed_json", "The request body is not valid JSON.");
        }
        let msg = inner.to_string();
        let mut path = err.path().to_string();
        // serde reports a missing field at the parent path; name the field itself.
        if let Some(rest) = msg.strip_prefix("missing field `") {
            let name = rest.split('`').next().unwrap_or_default();
            path = if path == "." {
                name.to_owned()
            } else {
                format!("{path}.{name}")
            };
            return ApiError::validation(vec![FieldError::new(
                path,
                "required",
                "This field is required.",
            )]);
        }
        if path == "." {
            path = String::new();
        }
        let clean = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
        ApiError::validation(vec![FieldError::new(path, "invalid", clean)])
    })
}

pub fn report_to_problem(report: garde::Report) -> ApiError {
    let errors = report
        .iter()
        .map(|(path, err)| FieldError::new(path.to_string(), "invalid", err.message().to_string()))
        .collect();
    ApiError::validation(errors)
}

/// Query string parameters with problem+json rejections.
pub struct AppQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for AppQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded_de(query);
        de.map(Self)
            .map_err(|(field, msg)| ApiError::field(&field, "invalid", &msg))
    }
}

fn serde_urlencoded_de<T: DeserializeOwned>(query: &str) -> Result<T, (String, String)> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let field = if path == "." {
            "query".to_owned()
        } else {
            path
        };
        (field, err.inner().to_string())
    })
}

/// The client's address: the peer, or the forwarded-for address when the peer is a trusted proxy.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([0, 0, 0, 0]));
        Ok(Self(client_ip(
            peer,
            &parts.headers,
            &state.config.trusted_proxies,
        )))
    }
}

/// Walks X-Forwarded-For from the right, skipping trusted proxies: the first untrusted hop is the client.
pub fn client_ip(
    peer: IpAddr,
    headers: &axum::http::HeaderMap,
    trusted: &[ipnet::IpNet],
) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    let hops = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect::<Vec<_>>();
    for hop in hops.into_iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) => {
                client = ip;
                if !is_trusted(&ip) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    client
}

#[derive(Debug, Clone, Default)]
pub struct UserAgent(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for UserAgent {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(500).collect()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderMap;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Body {
        email: String,
        count: u32,
    }

    #[test]
    fn missing_field_is_named() {
        let err = parse_json::<Body>(br#"{"count": 1}"#).unwrap_err();
        assert_eq!(err.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(err.errors[0].field, "email");
        assert_eq!(err.errors[0].code, "required");
    }

    #[test]
    fn wrong_type_names_the_field_and_syntax_is_400() {
        let err = parse_json::<Body>(br#"{"email": "a", "count": "x"}"#).unwrap_err();
        assert_eq!(err.errors[0].field, "count");
        let err = parse_json::<Body>(b"{not json").unwrap_err();
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
        assert_eq!(err.code, "malformed_json");
    }

    #[test]
    fn forwarded_for_is_trusted_only_from_proxies() {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", "203.0.113.9, 10.0.0.2".parse().unwrap());
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let trusted: Vec<ipnet::IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        assert_eq!(
            client_ip(proxy, &h, &trusted),
            "203.0.113.9".parse::<IpAddr>().unwrap()
        );
        // an untrusted peer cannot choose its address by sending the header
        let stranger: IpAddr = "198.51.100.7".parse().unwrap();
        assert_eq!(client_ip(stranger, &h, &trusted), stranger);
        assert_eq!(client_ip(proxy, &h, &[]), proxy);
    }
}
