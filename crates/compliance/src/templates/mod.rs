//! Writing templates (FR-6.4.3): named sections with guidance and word limits. A filled-in
//! template renders to plain text that can go straight through [`crate::check`] with the
//! brand's policy and the template's context.

mod catalogue;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::policy::Context;
use crate::text::words::word_count;

/// A template: a fixed list of sections for one kind of content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Template {
    /// Stable kebab-case id.
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    /// Where the rendered text will be published, for [`crate::check`].
    pub context: Context,
    pub sections: Vec<TemplateSection>,
}

/// One part of a template, rendered in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemplateSection {
    /// Key of the section's value in the map given to [`render_template`].
    pub key: &'static str,
    pub label: &'static str,
    /// What to write here.
    pub guidance: &'static str,
    pub max_words: Option<usize>,
    /// Text used when no value is given, such as the email footer with its merge tags.
    pub default: Option<&'static str>,
}

static TEMPLATES: LazyLock<Vec<Template>> = LazyLock::new(catalogue::all);

/// Every built-in template.
pub fn templates() -> &'static [Template] {
    &TEMPLATES
}

/// The built-in template with this id.
pub fn template(id: &str) -> Option<&'static Template> {
    templates().iter().find(|t| t.id == id)
}

/// The sections' values (or defaults) in template order, trimmed, blank ones left out,
/// separated by blank lines.
pub fn render_template(template: &Template, values: &BTreeMap<String, String>) -> String {
    template
        .sections
        .iter()
        .filter_map(|s| {
            let value = values
                .get(s.key)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty());
            value.or(s.default)
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A section whose value is longer than its limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionOverrun {
    pub key: &'static str,
    pub words: usize,
    pub max_words: usize,
}

/// The sections whose values exceed their word limits.
pub fn section_overruns(
    template: &Template,
    values: &BTreeMap<String, String>,
) -> Vec<SectionOverrun> {
    template
        .sections
        .iter()
        .filter_map(|s| {
            let max_words = s.max_words?;
            let words = word_count(values.get(s.key)?);
            (words > max_words).then_some(SectionOverrun {
                key: s.key,
                words,
                max_words,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{CheckInput, check};
    use crate::policy::{BannedTerm, Policy};
    use crate::report::rule;

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn catalogue_has_unique_ids_and_complete_sections() {
        let all = templates();
        assert!(all.len() >= 8);
        let mut ids: Vec<&str> = all.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
        for t in all {
            assert!(!t.name.is_empty() && !t.description.is_empty(), "{}", t.id);
            assert!(t.sections.len() >= 3, "{}", t.id);
            let mut keys: Vec<&str> = t.sections.iter().map(|s| s.key).collect();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), t.sections.len(), "duplicate key in {}", t.id);
            for s in &t.sections {
                assert!(
                    !s.label.is_empty() && !s.guidance.is_empty(),
                    "{}.{}",
                    t.id,
                    s.key
                );
                assert!(s.max_words.is_none_or(|m| m > 0));
            }
            assert_eq!(template(t.id), Some(t));
        }
        assert!(template("no-such-template").is_none());
    }

    #[test]
    fn every_email_template_renders_a_compliant_footer_by_default() {
        for t in templates().iter().filter(|t| t.context == Context::Email) {
            let text = render_template(t, &BTreeMap::new());
            let report = check(&CheckInput {
                context: Context::Email,
                ..CheckInput::new(&text)
            });
            let footer: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.rule == rule::EMAIL_FOOTER)
                .collect();
            assert!(footer.is_empty(), "{}: {footer:?}", t.id);
        }
    }

    #[test]
    fn catalogue_covers_the_main_contexts() {
        let contexts: Vec<Context> = templates().iter().map(|t| t.context).collect();
        assert!(contexts.contains(&Context::Social));
        assert!(contexts.contains(&Context::Blog));
        assert!(contexts.contains(&Context::Ad));
        assert!(contexts.contains(&Context::Email));
    }

    #[test]
    fn renders_sections_in_order_skipping_blanks() {
        let t = template("product-launch-post").expect("template");
        let text = render_template(
            t,
            &values(&[
                ("cta", "Try it today."),
                ("hook", "  Meet Acme Notes. "),
                ("benefit", "   "),
                ("unknown", "ignored"),
            ]),
        );
        assert_eq!(text, "Meet Acme Notes.\n\nTry it today.");
    }

    #[test]
    fn rendered_text_is_checked_against_the_brand() {
        let t = template("promo-ad").expect("template");
        let text = render_template(
            t,
            &values(&[
                ("headline", "The best synergy tool"),
                ("body", "Plan together in one place."),
                ("cta", "Start free"),
            ]),
        );
        let policy = Policy {
            banned: vec![BannedTerm {
                term: "synergy".into(),
                replacement: Some("teamwork".into()),
                reason: String::new(),
            }],
            ..Policy::default()
        };
        let report = check(&CheckInput {
            policy: Some(&policy),
            context: t.context,
            ..CheckInput::new(&text)
        });
        let rules: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
        assert!(rules.contains(&rule::BANNED_TERM), "{rules:?}");
        assert!(rules.contains(&rule::UNSUBSTANTIATED_CLAIM), "{rules:?}");
    }

    #[test]
    fn overruns_report_sections_past_their_limit() {
        let t = template("promo-ad").expect("template");
        let headline_max = t
            .sections
            .iter()
            .find(|s| s.key == "headline")
            .and_then(|s| s.max_words)
            .expect("headline limit");
        let long = "word ".repeat(headline_max + 1);
        let over = section_overruns(t, &values(&[("headline", &long), ("cta", "Go")]));
        assert_eq!(
            over,
            vec![SectionOverrun {
                key: "headline",
                words: headline_max + 1,
                max_words: headline_max
            }]
        );
    }
}
