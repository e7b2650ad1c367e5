//! Competitor intelligence engine (FR-1.3, FR-7.6): which pages of a competitor to watch, what each page says
//! (snapshot), whether a new snapshot changed in a way that matters (change detection with significance), and a
//! competitive analysis report. Pure and synchronous: fetching and storage belong to the research module.

pub mod analysis;
pub mod change;
mod dom;
mod messaging;
pub mod noise;
pub mod page_kind;
pub mod plans;
pub mod price;
pub mod snapshot;
pub mod technology;

pub use analysis::{AnalysisError, AnalysisReport, Overlap, Positioning, PositioningRow, analyse};
pub use change::{Change, ChangeKind, DiffLine, DiffOp, FieldChange, compare};
pub use page_kind::{PageKind, key_pages};
pub use plans::Plan;
pub use price::{BillingPeriod, Price, PriceQuote, find_prices, parse_price};
pub use snapshot::{PageSnapshot, snapshot};
pub use technology::{TechCategory, Technology};
