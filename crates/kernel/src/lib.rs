//! Shared vocabulary of every Brandium crate: roles and the permission matrix,
//! cursor pagination, validated value types and the clock.

pub mod clock;
pub mod email;
pub mod mail;
pub mod page;
pub mod role;

pub use clock::{Clock, SystemClock};
pub use email::Email;
pub use mail::OutgoingMail;
pub use page::{Cursor, PageParams, finish_page};
pub use role::{Permission, Role};
