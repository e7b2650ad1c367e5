//! S3-compatible object storage (AWS S3, MinIO, Garage, Ceph, R2...), path-style addressing,
//! requests signed with AWS Signature Version 4 in the `Authorization` header.
//!
//! This store talks to one endpoint that an administrator configured, not to URLs that users
//! supply, and that endpoint is often on a private network (a MinIO next to the server). The
//! guarded client of the `net` crate exists to refuse exactly such addresses and buffers whole
//! bodies in memory, so this store keeps its own reqwest client (rustls, no redirects, no
//! proxies) that can only ever reach the configured endpoint and streams uploads and downloads.

use super::{BlobStore, ByteStream, StoreError, check_key};
use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest, SigningSettings,
    UriPathNormalizationMode, sign,
};
use aws_sigv4::sign::v4;
use futures::TryStreamExt;
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use std::{ops::Range, path::PathBuf, time::Duration};
use url::Url;

/// What the configuration names: where the bucket is and how to sign for it.
#[derive(Debug, Clone)]
pub struct S3Settings {
    /// Base URL of the service, e.g. `https://s3.eu-west-1.amazonaws.com` or `http://minio:9000`.
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key: String,
    pub secret_key: SecretString,
    /// Local directory for upload spool files before they are sent.
    pub spool_dir: PathBuf,
}

pub struct S3Store {
    http: reqwest::Client,
    base: Url,
    bucket: String,
    region: String,
    credentials: Credentials,
    spool_dir: PathBuf,
}

impl std::fmt::Debug for S3Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Store")
            .field("endpoint", &self.base.as_str())
            .field("bucket", &self.bucket)
            .finish_non_exhaustive()
    }
}

impl S3Store {
    pub fn new(s: S3Settings) -> Result<Self, StoreError> {
        let base = Url::parse(s.endpoint.trim_end_matches('/'))
            .map_err(|e| StoreError::Backend(format!("endpoint: {e}")))?;
        if !matches!(base.scheme(), "http" | "https") || base.host().is_none() {
            return Err(StoreError::Backend(
                "endpoint must be an http or https URL".into(),
            ));
        }
        if s.bucket.is_empty()
            || !s
                .bucket
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.'))
        {
            return Err(StoreError::Backend(
                "bucket must be a lower-case S3 bucket name".into(),
            ));
        }
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| StoreError::Backend(e.to_string()))?;
        Ok(Self {
            http,
            base,
            bucket: s.bucket,
            region: if s.region.is_empty() {
                "us-east-1".into()
            } else {
                s.region
            },
            credentials: Credentials::new(
                s.access_key,
                s.secret_key.expose_secret().to_owned(),
                None,
                None,
                "brandium-config",
            ),
            spool_dir: s.spool_dir,
        })
    }

    fn object_url(&self, key: &str) -> Result<Url, StoreError> {
        check_key(key)?;
        // Keys only hold URL-safe characters (checked above), so they need no escaping.
        let path = format!(
            "{}/{}/{}",
            self.base.path().trim_end_matches('/'),
            self.bucket,
            key
        );
        let mut url = self.base.clone();
        url.set_path(&path);
        Ok(url)
    }

    /// Builds a request with the SigV4 `Authorization`, `x-amz-date` and
    /// `x-amz-content-sha256` headers. Bodies are streamed, so the payload is declared
    /// unsigned, as S3 allows.
    fn signed(
        &self,
        method: Method,
        url: Url,
        extra: &[(&'static str, String)],
    ) -> Result<reqwest::RequestBuilder, StoreError> {
        let mut settings = SigningSettings::default();
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
        settings.percent_encoding_mode = PercentEncodingMode::Single;
        settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
        let identity = self.credentials.clone().into();
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name("s3")
            .time(std::time::SystemTime::now())
            .settings(settings)
            .build()
            .map_err(|e| StoreError::Backend(format!("signing: {e}")))?
            .into();
        let signable = SignableRequest::new(
            method.as_str(),
            url.as_str(),
            extra.iter().map(|(k, v)| (*k, v.as_str())),
            SignableBody::UnsignedPayload,
        )
        .map_err(|e| StoreError::Backend(format!("signing: {e}")))?;
        let (instructions, _) = sign(signable, &params)
            .map_err(|e| StoreError::Backend(format!("signing: {e}")))?
            .into_parts();
        let mut req = self.http.request(method, url);
        for (k, v) in extra {
            req = req.header(*k, v);
        }
        for (k, v) in instructions.headers() {
            req = req.header(k, v);
        }
        Ok(req)
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Result<reqwest::Response, StoreError> {
        req.send()
            .await
            .map_err(|e| StoreError::Backend(describe(&e)))
    }
}

/// reqwest's messages leave out the cause; the chain says what failed (refused, TLS, DNS).
fn describe(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut cause = err.source();
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}

/// The `<Code>` of an S3 error document, for the log and the error text.
async fn failure(res: reqwest::Response) -> StoreError {
    let status = res.status();
    if status == StatusCode::NOT_FOUND {
        return StoreError::NotFound;
    }
    let body = res.text().await.unwrap_or_default();
    let code = body
        .split_once("<Code>")
        .and_then(|(_, rest)| rest.split_once("</Code>"))
        .map(|(code, _)| code.to_owned())
        .unwrap_or_default();
    StoreError::Backend(format!("{} {code}", status.as_u16()).trim().to_owned())
}

#[async_trait::async_trait]
impl BlobStore for S3Store {
    async fn put(&self, key: &str, body: ByteStream, len: u64) -> Result<(), StoreError> {
        let url = self.object_url(key)?;
        let req = self
            .signed(Method::PUT, url, &[("content-length", len.to_string())])?
            .body(reqwest::Body::wrap_stream(body));
        let res = self.send(req).await?;
        if res.status().is_success() {
            Ok(())
        } else {
            Err(failure(res).await)
        }
    }

    async fn get(&self, key: &str, range: Option<Range<u64>>) -> Result<ByteStream, StoreError> {
        let url = self.object_url(key)?;
        let extra: Vec<(&'static str, String)> = match &range {
            Some(r) if r.end > r.start => {
                vec![("range", format!("bytes={}-{}", r.start, r.end - 1))]
            }
            _ => Vec::new(),
        };
        if matches!(&range, Some(r) if r.end <= r.start) {
            return Ok(Box::pin(futures::stream::empty()));
        }
        let res = self.send(self.signed(Method::GET, url, &extra)?).await?;
        if !res.status().is_success() {
            return Err(failure(res).await);
        }
        Ok(Box::pin(res.bytes_stream().map_err(std::io::Error::other)))
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        let url = self.object_url(key)?;
        let res = self.send(self.signed(Method::DELETE, url, &[])?).await?;
        match res.status() {
            s if s.is_success() || s == StatusCode::NOT_FOUND => Ok(()),
            _ => Err(failure(res).await),
        }
    }

    fn spool_dir(&self) -> PathBuf {
        self.spool_dir.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(endpoint: &str) -> Result<S3Store, StoreError> {
        S3Store::new(S3Settings {
            endpoint: endpoint.into(),
            bucket: "brand-files".into(),
            region: String::new(),
            access_key: "AKIDEXAMPLE".into(),
            secret_key: SecretString::from("secret"),
            spool_dir: std::env::temp_dir(),
        })
    }

    #[test]
    fn path_style_urls_and_settings_checks() {
        let s = store("http://127.0.0.1:9000/").unwrap();
        assert_eq!(
            s.object_url("o/a/v1").unwrap().as_str(),
            "http://127.0.0.1:9000/brand-files/o/a/v1"
        );
        let s = store("https://gw.example/s3").unwrap();
        assert_eq!(
            s.object_url("o/a/v1").unwrap().as_str(),
            "https://gw.example/s3/brand-files/o/a/v1"
        );
        assert!(s.object_url("../x").is_err());
        assert!(store("ftp://x").is_err());
        assert!(format!("{s:?}").contains("gw.example") && !format!("{s:?}").contains("secret"));
    }

    #[test]
    fn requests_carry_a_sigv4_authorization() {
        let s = store("http://127.0.0.1:9000").unwrap();
        let req = s
            .signed(
                Method::PUT,
                s.object_url("o/a/v1").unwrap(),
                &[("content-length", "3".into())],
            )
            .unwrap()
            .build()
            .unwrap();
        let auth = req.headers()["authorization"].to_str().unwrap();
        assert!(
            auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"),
            "{auth}"
        );
        assert!(auth.contains("/us-east-1/s3/aws4_request"), "{auth}");
        assert!(auth.contains("SignedHeaders=") && auth.contains("Signature="));
        assert_eq!(req.headers()["x-amz-content-sha256"], "UNSIGNED-PAYLOAD");
        assert!(req.headers().contains_key("x-amz-date"));
    }
}
