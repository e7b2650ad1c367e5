//! Platform text rules (FR-5.1.2): the rules table of each social network and ad format, the
//! counters that measure text the way each platform does, a formatter that fits content by
//! meaning (never cutting a word or a link), and validators that locate every broken rule.
//!
//! Pure and synchronous: no I/O, nothing of ours as a dependency.

mod ad_specs;
mod ads;
mod count;
mod entities;
mod format;
mod hashtags;
mod platform;
mod segment;
mod specs;
mod split;
mod tidy;
mod urls;
mod validate;
mod violation;

pub use ad_specs::{AdCounting, AdField, AdFormat, AdSpec, ad_fields, ad_spec};
pub use ads::{AdFields, count_ad_text, fit_ad_field, fit_ad_field_keeping, validate_ad};
pub use count::count;
pub use format::{Change, Formatted, format, format_with};
pub use platform::{AspectRatio, Counting, LinkCounting, Platform, RuleSettings};
pub use specs::{PlatformSpec, all_specs, hashtag_limit, spec, text_limit};
pub use validate::validate;
pub use violation::{Severity, Violation};
