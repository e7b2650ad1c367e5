//! Where the checks put what they find.

use crate::catalogue::check_info;
use crate::model::{Issue, Severity};

#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub issues: Vec<Issue>,
}

impl Findings {
    /// Records that `check` failed on `url`. The severity comes from the catalogue.
    pub fn add(&mut self, check: &'static str, url: &str, detail: impl Into<String>) {
        let severity = check_info(check).map_or(Severity::Notice, |c| c.severity);
        debug_assert!(
            check_info(check).is_some(),
            "{check} is not in the catalogue"
        );
        self.issues.push(Issue {
            check: check.to_string(),
            severity,
            url: url.to_string(),
            detail: detail.into(),
        });
    }
}
