//! What the validators report.

use serde::Serialize;

/// Whether a finding blocks publishing or only advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The platform rejects, cuts or alters the text.
    Error,
    /// The platform accepts the text but advises against it (for example, truncates it in the feed).
    Warning,
}

/// One broken rule, located in the text so an editor can underline it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// Stable snake_case code: `empty`, `too_long`, `too_many_bytes`, `too_many_hashtags`,
    /// `hashtag_too_long`, `too_many_mentions`, `too_many_links`, `too_many_parts`,
    /// `too_many_line_breaks`; for ads also `over_recommended_length`, `too_few_values`,
    /// `too_many_values`, `unknown_field`, `missing_required_field`.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Index of the post in a thread, or of the value within an ad field.
    pub part: usize,
    /// The ad field concerned; `None` for posts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Byte offsets into that part, on character boundaries.
    pub start: usize,
    pub end: usize,
    pub limit: Option<usize>,
    pub actual: Option<usize>,
}

impl Violation {
    pub(crate) fn error(
        code: &'static str,
        message: String,
        part: usize,
        span: (usize, usize),
    ) -> Violation {
        Violation {
            code,
            severity: Severity::Error,
            message,
            part,
            field: None,
            start: span.0,
            end: span.1,
            limit: None,
            actual: None,
        }
    }

    pub(crate) fn counts(mut self, limit: usize, actual: usize) -> Violation {
        self.limit = Some(limit);
        self.actual = Some(actual);
        self
    }
}
