//! Audit exports: CSV for spreadsheets, PDF for people.

mod csv;
mod pdf;
mod text;

pub use self::csv::to_csv;
pub use self::pdf::to_pdf;
