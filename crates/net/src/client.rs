use std::{future::Future, sync::Arc};

use bytes::Bytes;
use futures::StreamExt;
use http::{HeaderMap, StatusCode};
use url::Url;

use crate::{
    NetConfig, NetError,
    body::read_capped,
    policy::AddressPolicy,
    redirect::next_hop,
    resolver::{GuardedResolver, ResolveError},
    streaming::{StreamingResponse, cap_stream},
    url_policy::{check_url, parse_url},
};

/// The outbound HTTP client. Cheap to clone; clones share one connection pool.
#[derive(Clone)]
pub struct GuardedClient {
    inner: reqwest::Client,
    cfg: Arc<NetConfig>,
    policy: AddressPolicy,
}

/// A response to [`GuardedClient::get`], after all redirects.
#[derive(Debug, Clone)]
pub struct FetchedResponse {
    pub final_url: Url,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// Each redirect followed, in order: the URL that answered and the status it answered with.
    pub redirects: Vec<(Url, StatusCode)>,
}

impl GuardedClient {
    pub fn new(cfg: NetConfig) -> Result<Self, NetError> {
        let policy = AddressPolicy::new(cfg.allow_private_networks);
        Self::with_policy(cfg, policy)
    }

    /// A client that treats one loopback address as public, so that tests can stand a local
    /// server in for the internet while every other address is judged by the real rule.
    #[cfg(test)]
    pub(crate) fn exempting(cfg: NetConfig, exempt: std::net::IpAddr) -> Result<Self, NetError> {
        Self::with_policy(cfg, AddressPolicy::public_except(exempt))
    }

    /// Sends without the URL check, to prove the resolver guards on its own.
    #[cfg(test)]
    pub(crate) async fn send_skipping_url_check(&self, url: &str) -> Result<StatusCode, NetError> {
        let response = self
            .inner
            .get(url)
            .send()
            .await
            .map_err(map_reqwest_error)?;
        Ok(response.status())
    }

    fn with_policy(cfg: NetConfig, policy: AddressPolicy) -> Result<Self, NetError> {
        let inner = reqwest::Client::builder()
            .dns_resolver(GuardedResolver::new(policy))
            // We follow redirects ourselves so that every hop is checked and recorded.
            .redirect(reqwest::redirect::Policy::none())
            // A proxy would make the connection on our behalf, to addresses we never checked.
            .no_proxy()
            // No client-wide total timeout: `within_deadline` bounds buffered calls, and a
            // streamed body must be able to outlive it (see `send_streaming`).
            .connect_timeout(cfg.connect_timeout)
            .user_agent(cfg.user_agent.as_str())
            .build()
            .map_err(|e| NetError::Http(error_chain(&e)))?;
        Ok(Self {
            inner,
            cfg: Arc::new(cfg),
            policy,
        })
    }

    pub fn config(&self) -> &NetConfig {
        &self.cfg
    }

    /// Validates scheme (http/https only), host, literal IPs, port; no network I/O.
    ///
    /// Names are judged again at connection time, by the resolver, on the addresses they
    /// resolve to.
    pub fn check_url(&self, url: &Url) -> Result<(), NetError> {
        check_url(&self.policy, url)
    }

    /// GET with the caps, following up to `max_redirects` redirects, each one checked.
    /// The body is read up to `max_body_bytes` (`NetError::TooLarge` past it); `timeout`
    /// bounds the whole call, redirects and body included.
    pub async fn get(&self, url: &str) -> Result<FetchedResponse, NetError> {
        let url = parse_url(url)?;
        self.check_url(&url)?;
        self.within_deadline(self.follow(url)).await
    }

    async fn follow(&self, mut url: Url) -> Result<FetchedResponse, NetError> {
        let mut redirects = Vec::new();
        loop {
            let mut response = self
                .inner
                .get(url.clone())
                .send()
                .await
                .map_err(map_reqwest_error)?;
            let status = response.status();
            let next = next_hop(
                &self.policy,
                &url,
                status,
                response.headers(),
                redirects.len(),
                self.cfg.max_redirects,
            )?;
            match next {
                Some(next) => {
                    redirects.push((std::mem::replace(&mut url, next), status));
                }
                None => {
                    let headers = std::mem::take(response.headers_mut());
                    let body = read_capped(&mut response, self.cfg.max_body_bytes).await?;
                    return Ok(FetchedResponse {
                        final_url: url,
                        status,
                        headers,
                        body,
                        redirects,
                    });
                }
            }
        }
    }

    /// One request with `http` types, body capped like [`GuardedClient::get`].
    ///
    /// Redirects are returned, not followed: OAuth and OpenID Connect clients (the main user
    /// of this method) must not follow them, and other callers can inspect `Location` and
    /// call again, which passes the new URL through the same checks.
    pub async fn execute(
        &self,
        req: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, NetError> {
        let url = parse_url(&req.uri().to_string())?;
        self.check_url(&url)?;
        let req = reqwest::Request::try_from(req)
            .map_err(|e| NetError::InvalidUrl(error_chain(&e.without_url())))?;
        self.within_deadline(async {
            let mut response = self.inner.execute(req).await.map_err(map_reqwest_error)?;
            let status = response.status();
            let version = response.version();
            let headers = std::mem::take(response.headers_mut());
            let body = read_capped(&mut response, self.cfg.max_body_bytes).await?;
            let mut out = http::Response::new(Vec::from(body));
            *out.status_mut() = status;
            *out.version_mut() = version;
            *out.headers_mut() = headers;
            Ok(out)
        })
        .await
    }

    /// One request whose body is handed over as it arrives, for answers that stream for
    /// longer than any sensible whole-call deadline (language-model token streams).
    ///
    /// URL checks and redirect handling are those of [`GuardedClient::execute`] (redirects
    /// are returned, not followed). `connect_timeout` applies, and `timeout` bounds the wait
    /// for the response head only. The body has no deadline here: the caller owns the idle
    /// (gap between chunks) and total deadlines of a stream, and drops the body to stop it.
    /// The body cap counts across chunks: an honest `Content-Length` over it fails here,
    /// otherwise the chunk that passes it arrives as `NetError::TooLarge` and ends the body.
    pub async fn send_streaming(
        &self,
        req: http::Request<Vec<u8>>,
    ) -> Result<StreamingResponse, NetError> {
        let url = parse_url(&req.uri().to_string())?;
        self.check_url(&url)?;
        let req = reqwest::Request::try_from(req)
            .map_err(|e| NetError::InvalidUrl(error_chain(&e.without_url())))?;
        let mut response = self
            .within_deadline(async { self.inner.execute(req).await.map_err(map_reqwest_error) })
            .await?;
        let max = self.cfg.max_body_bytes;
        if response
            .content_length()
            .is_some_and(|len| len > max as u64)
        {
            return Err(NetError::TooLarge);
        }
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let chunks = response
            .bytes_stream()
            .map(|chunk| chunk.map_err(map_reqwest_error));
        Ok(StreamingResponse {
            status,
            headers,
            body: cap_stream(chunks, max),
        })
    }

    async fn within_deadline<T>(
        &self,
        work: impl Future<Output = Result<T, NetError>>,
    ) -> Result<T, NetError> {
        tokio::time::timeout(self.cfg.timeout, work)
            .await
            .map_err(|_| NetError::Timeout)?
    }
}

impl std::fmt::Debug for GuardedClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuardedClient")
            .field("config", &self.cfg)
            .finish_non_exhaustive()
    }
}

/// Recovers our resolver's verdict from deep inside reqwest's error chain, and otherwise
/// describes the failure without the URL (its query may carry keys or tokens).
pub(crate) fn map_reqwest_error(err: reqwest::Error) -> NetError {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(current) = cause {
        if let Some(resolve) = current.downcast_ref::<ResolveError>() {
            return match resolve {
                ResolveError::Forbidden(ip) => NetError::ForbiddenAddress(*ip),
                ResolveError::Lookup(msg) => NetError::Dns(msg.clone()),
            };
        }
        cause = current.source();
    }
    if err.is_timeout() {
        return NetError::Timeout;
    }
    NetError::Http(error_chain(&err.without_url()))
}

/// reqwest's own message is terse ("error sending request"); the causes say what happened.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut cause = err.source();
    while let Some(current) = cause {
        let text = current.to_string();
        if !out.ends_with(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cause = current.source();
    }
    out
}
