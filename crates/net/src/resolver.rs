//! Name resolution that drops forbidden addresses.
//!
//! reqwest connects only to the addresses its resolver returns, so filtering here (rather than
//! checking a name and letting the connector resolve it again) leaves no DNS-rebinding window.

use std::net::{IpAddr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use crate::policy::AddressPolicy;

/// Travels through reqwest's error chain so the client can report the precise cause.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ResolveError {
    #[error("{0}")]
    Lookup(String),
    #[error("every address of the host is forbidden, first {0}")]
    Forbidden(IpAddr),
}

#[derive(Debug, Clone)]
pub(crate) struct GuardedResolver {
    policy: AddressPolicy,
}

impl GuardedResolver {
    pub(crate) fn new(policy: AddressPolicy) -> Self {
        Self { policy }
    }

    pub(crate) async fn lookup(&self, host: &str) -> Result<Vec<SocketAddr>, ResolveError> {
        if self.policy.refuses_host_name(host) {
            return Err(ResolveError::Forbidden(
                std::net::Ipv4Addr::LOCALHOST.into(),
            ));
        }
        let resolved: Vec<SocketAddr> = tokio::net::lookup_host((host, 0))
            .await
            .map_err(|e| ResolveError::Lookup(e.to_string()))?
            .collect();
        filter_addrs(&self.policy, resolved)
    }
}

/// Keeps the allowed addresses; a host with public and private addresses stays reachable
/// through its public ones only.
pub(crate) fn filter_addrs(
    policy: &AddressPolicy,
    resolved: Vec<SocketAddr>,
) -> Result<Vec<SocketAddr>, ResolveError> {
    let Some(first) = resolved.first().copied() else {
        return Err(ResolveError::Lookup("no addresses found".into()));
    };
    let allowed: Vec<SocketAddr> = resolved
        .into_iter()
        .filter(|addr| !policy.refuses_ip(addr.ip()))
        .collect();
    if allowed.is_empty() {
        tracing::debug!(address = %first.ip(), "resolved only to forbidden addresses");
        return Err(ResolveError::Forbidden(first.ip()));
    }
    Ok(allowed)
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let this = self.clone();
        Box::pin(async move {
            let addrs = this.lookup(name.as_str()).await?;
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addrs(list: &[&str]) -> Vec<SocketAddr> {
        list.iter()
            .map(|ip| SocketAddr::new(ip.parse().unwrap(), 0))
            .collect()
    }

    #[test]
    fn keeps_only_public_addresses() {
        let kept = filter_addrs(
            &AddressPolicy::new(false),
            addrs(&["10.0.0.1", "8.8.8.8", "::1", "2606:4700::1"]),
        )
        .unwrap();
        assert_eq!(kept, addrs(&["8.8.8.8", "2606:4700::1"]));
    }

    #[test]
    fn fails_when_every_address_is_forbidden() {
        let err = filter_addrs(
            &AddressPolicy::new(false),
            addrs(&["127.0.0.1", "::ffff:169.254.169.254"]),
        )
        .unwrap_err();
        assert!(matches!(err, ResolveError::Forbidden(ip) if ip.to_string() == "127.0.0.1"));
    }

    #[test]
    fn fails_when_nothing_resolved() {
        assert!(matches!(
            filter_addrs(&AddressPolicy::new(false), vec![]),
            Err(ResolveError::Lookup(_))
        ));
    }

    #[test]
    fn allow_private_keeps_everything() {
        let all = addrs(&["127.0.0.1", "10.0.0.1"]);
        assert_eq!(
            filter_addrs(&AddressPolicy::new(true), all.clone()).unwrap(),
            all
        );
    }

    #[tokio::test]
    async fn the_resolve_impl_refuses_localhost() {
        let resolver = GuardedResolver::new(AddressPolicy::new(false));
        let err = match resolver.resolve("localhost".parse().unwrap()).await {
            Ok(_) => panic!("localhost must not resolve"),
            Err(err) => err,
        };
        let err = err.downcast::<ResolveError>().unwrap();
        assert!(matches!(*err, ResolveError::Forbidden(ip) if ip.is_loopback()));
    }

    #[tokio::test]
    async fn the_address_filter_applies_to_names_that_resolve_to_loopback() {
        // getaddrinfo hands numeric hosts back as they are, which drives the address filter
        // (not the name rule) without relying on any /etc/hosts entry.
        let resolver = GuardedResolver::new(AddressPolicy::new(false));
        let err = resolver.lookup("127.0.0.1").await.unwrap_err();
        assert!(matches!(err, ResolveError::Forbidden(ip) if ip.is_loopback()));
    }

    #[tokio::test]
    async fn allow_private_resolves_localhost_to_loopback() {
        let resolver = GuardedResolver::new(AddressPolicy::new(true));
        let found = match resolver.resolve("localhost".parse().unwrap()).await {
            Ok(addrs) => addrs.collect::<Vec<_>>(),
            Err(err) => panic!("localhost should resolve: {err}"),
        };
        assert!(!found.is_empty());
        assert!(found.iter().all(|a| a.ip().is_loopback()));
    }
}
