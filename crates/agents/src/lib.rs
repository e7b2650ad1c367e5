//! AI agents and the action inbox.
//!
//! A brief becomes a generation run: inbox items (one per channel, persona and email of a
//! sequence) written by the `agents.generate` job with the organization's language model or
//! the built-in composer, each variant formatted for its platform and checked against the
//! brand before anyone sees it. People approve through the brand's approval steps, edit,
//! regenerate with feedback, reject, assign and comment; what they do feeds the next prompts.
//! Credits are reserved when work is queued and settled when it ends.
//!
//! Pure parts (no I/O): `brief`, `prompt`, `review`, `approval`, `learn`, `facts`, `credits`'
//! arithmetic, `seal`.

pub mod actions;
pub mod approval;
pub mod brief;
pub mod context;
pub mod credits;
pub mod facts;
pub mod generate;
pub mod inbox;
pub mod learn;
pub mod library;
pub mod mastodon;
pub mod mend;
pub mod model;
pub mod persona_fit;
pub mod prompt;
pub mod report;
pub mod review;
pub mod routes;
pub mod run_job;
pub mod runs;
pub mod runtime;
pub mod seal;
pub mod settings;
pub mod shares;
pub mod store;
pub mod test_connection;
pub mod tools;

pub use routes::{ApiDoc, routes};
pub use run_job::generate_job_handler;
pub use runs::GENERATE_JOB;
pub use runtime::AgentRuntime;

/// The OpenAPI description of the agents routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    use utoipa::OpenApi;
    ApiDoc::openapi()
}
