//! The brand foundation: brands and their draft profile, published revisions with a
//! field-by-field diff and restore, voice guideline search and buyer personas.

pub mod diff;
pub mod dto;
pub mod personas;
pub mod routes;
pub mod service;
pub mod voice_search;

pub use routes::{ApiDoc, routes};
