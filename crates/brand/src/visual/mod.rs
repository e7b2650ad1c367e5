//! Visual identity tools: palette generation and the WCAG contrast matrix, website capture as
//! a background job with its proposals, and the logo usage and visual consistency checks.
//!
//! The maths lives in the pure engines (`colour`, `capture`); this module reads and writes the
//! rows, runs the job, bounds the inputs and words the findings.

pub mod capture_job;
pub mod captures;
pub mod checks;
pub mod grade;
pub mod layout;
pub mod palette;
pub mod picture;
pub mod proposal;
pub mod routes;

pub use capture_job::{CaptureJob, capture_job_handler};
pub use captures::CAPTURE_JOB;
pub use routes::{ApiDoc, routes};
