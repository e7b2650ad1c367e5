//! One module per rule. Each reads the shared [`Ctx`] and pushes its findings.

pub(crate) mod banned_term;
mod claims;
pub(crate) mod disclosure;
mod email_footer;
mod emoji;
mod exclamation;
mod hashtags;
mod preferred;
pub(crate) mod reading_grade;
mod required;
mod sentence_length;
pub(crate) mod tone;

use crate::engine::Ctx;
use crate::report::Finding;

pub(crate) fn run_all(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    banned_term::run(ctx, &mut out);
    required::run(ctx, &mut out);
    preferred::run(ctx, &mut out);
    tone::run(ctx, &mut out);
    reading_grade::run(ctx, &mut out);
    sentence_length::run(ctx, &mut out);
    exclamation::run(ctx, &mut out);
    emoji::run(ctx, &mut out);
    claims::run(ctx, &mut out);
    disclosure::run(ctx, &mut out);
    email_footer::run(ctx, &mut out);
    hashtags::run(ctx, &mut out);
    out
}

/// Shortens quoted text in messages so a finding on a 2,000-word sentence stays readable.
pub(crate) fn excerpt(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    match text.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::engine::CompiledPolicy;
    use crate::policy::{Context, Policy};
    use crate::report::Finding;

    /// The findings of one rule for `text` under `policy`.
    pub fn findings(
        policy: &Policy,
        text: &str,
        context: Context,
        html: Option<&str>,
        rule: &str,
    ) -> Vec<Finding> {
        CompiledPolicy::new(policy)
            .check(text, context, html)
            .findings
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    /// The text each finding points at.
    pub fn spans<'t>(text: &'t str, findings: &[Finding]) -> Vec<&'t str> {
        findings
            .iter()
            .map(|f| text.get(f.start..f.end).unwrap_or("<bad span>"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_cuts_long_text_on_char_boundaries() {
        assert_eq!(excerpt("short"), "short");
        let long = "é".repeat(100);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), 61);
        assert!(cut.ends_with('…'));
    }
}
