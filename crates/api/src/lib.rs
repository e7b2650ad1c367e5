//! HTTP plumbing shared by every module: application state, the auth guard and route table,
//! problem+json errors, extractors, rate limits and middleware.

pub mod error;
pub mod extract;
pub mod guard;
pub mod middleware;
pub mod ratelimit;
pub mod state;
pub mod token;

pub use error::{ApiError, FieldError, Problem};
pub use extract::{AppJson, AppQuery, ClientIp, UserAgent, json_body};
pub use guard::{Access, ApiRoutes, RouteInfo, TenantCtx};
pub use state::{ApiConfig, AppState, MailSender, OutgoingMail};
pub use token::{AccessClaims, TokenKeys};
