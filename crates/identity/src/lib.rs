//! Identity and tenancy: accounts, sign-in, sessions, two-factor, organizations, members,
//! invitations, single sign-on (OpenID Connect), the audit log and in-app notifications.

pub mod audit;
pub mod dto;
pub mod invitations;
pub mod members;
pub mod notifications;
pub mod oidc;
pub mod organizations;
pub mod password;
pub mod routes;
pub mod sessions;
pub mod signin;
pub mod slug;
pub mod totp;

pub use routes::{ApiDoc, routes};
