//! The one outbound HTTP client of Brandium.
//!
//! Everything that fetches a configured or user-supplied URL (OIDC discovery, crawler,
//! website capture, LLM providers, webhooks) goes through [`GuardedClient`], so that the
//! server-side request forgery rules live in exactly one place:
//!
//! * only `http` and `https`, and never `localhost` names;
//! * literal addresses are checked by [`is_forbidden_ip`] (the `url` crate has already turned
//!   decimal, hex and octal IPv4 spellings into dotted form by then);
//! * names are resolved by our own resolver, which drops forbidden addresses; reqwest connects
//!   only to what it returned, so there is no window for DNS rebinding;
//! * redirects are followed by us, hop by hop, and every hop goes through the same checks;
//! * time, redirect count and body size are capped; a streamed body
//!   ([`GuardedClient::send_streaming`]) is capped in size, its deadlines are the caller's.
//!
//! `BRANDIUM_ALLOW_PRIVATE_NETWORKS=true` ([`NetConfig::allow_private_networks`]) lifts the
//! address rules for tests and intranet installs; scheme and size rules still apply.

mod body;
mod client;
mod config;
mod error;
mod ip_policy;
mod policy;
mod redirect;
mod resolver;
mod streaming;
mod url_policy;

#[cfg(test)]
mod hop_check_tests;

pub use client::{FetchedResponse, GuardedClient};
pub use config::{ALLOW_PRIVATE_NETWORKS_ENV, NetConfig};
pub use error::NetError;
pub use ip_policy::is_forbidden_ip;
pub use streaming::{BodyStream, StreamingResponse};
