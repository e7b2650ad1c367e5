//! Website capture for the visual identity (product issue 3): from a URL, propose colours,
//! fonts, logos, name, copy and social profiles.
//!
//! Parsing ([`parse_page`], [`extract_css`], [`extract_markup`], [`rank`]) is pure and
//! synchronous; only [`capture`] does I/O, and only through the guarded client of the `net` crate.

mod color_value;
mod css;
mod fetch;
mod markup;
mod model;
mod page;
mod rank;
mod site;

pub use css::extract_css;
pub use fetch::{CaptureError, DEFAULT_MAX_PAGES, USER_AGENT, capture, capture_with_progress};
pub use markup::{extract_markup, svg_size};
pub use model::*;
pub use page::parse_page;
pub use rank::rank;
