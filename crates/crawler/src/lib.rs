//! The site crawler: what an SEO audit, a competitor snapshot and keyword research read.
//!
//! [`model`] is the contract with its readers (the `seo` checks, the research module, the
//! `brandium audit` command); everything else here is how the pages are fetched.

pub mod model;

pub use model::*;
