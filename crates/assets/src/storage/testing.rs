//! A small S3-compatible server for tests: path-style PUT, GET (with `Range`) and DELETE of
//! objects kept in memory, answering like S3 (`NoSuchKey`, `SignatureDoesNotMatch` XML). It
//! checks every request's AWS Signature Version 4 `Authorization` header the way S3 does,
//! by recomputing it from the request and the secret key.

use axum::{
    Router,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, Method, StatusCode, Uri},
    response::{IntoResponse, Response},
    routing::any,
};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

#[derive(Clone)]
struct Shared {
    access_key: String,
    secret_key: String,
    objects: Arc<Mutex<HashMap<String, Bytes>>>,
    requests: Arc<Mutex<Vec<String>>>,
}

/// A running fake S3 endpoint on 127.0.0.1.
pub struct FakeS3 {
    /// `http://127.0.0.1:<port>`
    pub url: String,
    shared: Shared,
    task: tokio::task::JoinHandle<()>,
}

impl FakeS3 {
    pub async fn start(access_key: &str, secret_key: &str) -> Self {
        let shared = Shared {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            objects: Arc::default(),
            requests: Arc::default(),
        };
        let app = Router::new()
            .route("/{bucket}/{*key}", any(object))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind fake S3");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { url, shared, task }
    }

    /// Keys of the stored objects (`bucket/key`), sorted.
    pub fn keys(&self) -> Vec<String> {
        let mut k: Vec<String> = self
            .shared
            .objects
            .lock()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        k.sort();
        k
    }

    /// `METHOD /path` of every request seen, in order.
    pub fn requests(&self) -> Vec<String> {
        self.shared
            .requests
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
    }
}

impl Drop for FakeS3 {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn s3_error(status: StatusCode, code: &str) -> Response {
    (
        status,
        [("content-type", "application/xml")],
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{code}</Message></Error>"
        ),
    )
        .into_response()
}

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    m.update(data.as_bytes());
    m.finalize().into_bytes().to_vec()
}

/// Recomputes the SigV4 signature of the request; `Err` names the S3 error code.
fn verify(s: &Shared, method: &Method, uri: &Uri, headers: &HeaderMap) -> Result<(), &'static str> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let auth = header("authorization").ok_or("AccessDenied")?;
    let rest = auth
        .strip_prefix("AWS4-HMAC-SHA256 ")
        .ok_or("AuthorizationHeaderMalformed")?;
    let mut parts = HashMap::new();
    for p in rest.split(',') {
        let (k, v) = p
            .trim()
            .split_once('=')
            .ok_or("AuthorizationHeaderMalformed")?;
        parts.insert(k, v);
    }
    let credential = parts
        .get("Credential")
        .ok_or("AuthorizationHeaderMalformed")?;
    let signed = parts
        .get("SignedHeaders")
        .ok_or("AuthorizationHeaderMalformed")?;
    let signature = parts
        .get("Signature")
        .ok_or("AuthorizationHeaderMalformed")?;
    let scope: Vec<&str> = credential.split('/').collect();
    let [key, date, region, "s3", "aws4_request"] = scope[..] else {
        return Err("AuthorizationHeaderMalformed");
    };
    if key != s.access_key {
        return Err("InvalidAccessKeyId");
    }
    let amz_date = header("x-amz-date").ok_or("AuthorizationHeaderMalformed")?;
    let payload = header("x-amz-content-sha256").ok_or("AuthorizationHeaderMalformed")?;
    if !amz_date.starts_with(date) || signature.len() != 64 {
        return Err("AuthorizationHeaderMalformed");
    }
    let names: Vec<&str> = signed.split(';').collect();
    if !names.contains(&"host")
        || !names.contains(&"x-amz-date")
        || !names.contains(&"x-amz-content-sha256")
    {
        return Err("AuthorizationHeaderMalformed");
    }
    let mut canonical_headers = String::new();
    for n in &names {
        let v = header(n).ok_or("AuthorizationHeaderMalformed")?;
        canonical_headers.push_str(&format!("{n}:{}\n", v.trim()));
    }
    let canonical = format!(
        "{method}\n{}\n{}\n{canonical_headers}\n{signed}\n{payload}",
        uri.path(),
        uri.query().unwrap_or_default()
    );
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{date}/{region}/s3/aws4_request\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut k = hmac(format!("AWS4{}", s.secret_key).as_bytes(), date);
    for part in [region, "s3", "aws4_request"] {
        k = hmac(&k, part);
    }
    if hex::encode(hmac(&k, &to_sign)) != *signature {
        return Err("SignatureDoesNotMatch");
    }
    Ok(())
}

async fn object(
    State(s): State<Shared>,
    Path((bucket, key)): Path<(String, String)>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Ok(mut r) = s.requests.lock() {
        r.push(format!("{method} {}", uri.path()));
    }
    if let Err(code) = verify(&s, &method, &uri, &headers) {
        return s3_error(StatusCode::FORBIDDEN, code);
    }
    let name = format!("{bucket}/{key}");
    let Ok(mut objects) = s.objects.lock() else {
        return s3_error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError");
    };
    match method {
        Method::PUT => {
            let declared = headers
                .get("content-length")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<usize>().ok());
            if declared != Some(body.len()) {
                return s3_error(StatusCode::BAD_REQUEST, "IncompleteBody");
            }
            objects.insert(name, body);
            StatusCode::OK.into_response()
        }
        Method::GET => {
            let Some(data) = objects.get(&name) else {
                return s3_error(StatusCode::NOT_FOUND, "NoSuchKey");
            };
            let range = headers
                .get("range")
                .and_then(|v| v.to_str().ok())
                .and_then(|r| r.strip_prefix("bytes="))
                .and_then(|r| r.split_once('-'))
                .and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)));
            match range {
                Some((a, b)) if a <= b && b < data.len() => (
                    StatusCode::PARTIAL_CONTENT,
                    [("content-range", format!("bytes {a}-{b}/{}", data.len()))],
                    data.slice(a..=b),
                )
                    .into_response(),
                Some(_) => s3_error(StatusCode::RANGE_NOT_SATISFIABLE, "InvalidRange"),
                None => data.clone().into_response(),
            }
        }
        Method::DELETE => {
            objects.remove(&name);
            StatusCode::NO_CONTENT.into_response()
        }
        _ => s3_error(StatusCode::METHOD_NOT_ALLOWED, "MethodNotAllowed"),
    }
}
