//! Every draft passes through the platform formatter and validator and the brand compliance
//! engine before anyone sees it, and again after each edit. Pure: no I/O.

use compliance::{CompiledPolicy, Context};
use content::{Channel, Draft};
use serde::{Deserialize, Serialize};
use textrules::{AdFormat, Platform, RuleSettings};
use utoipa::ToSchema;

/// A platform rule the draft breaks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RuleViolation {
    /// The draft field, e.g. `text`, `headlines[3]`, `subject`.
    pub field: String,
    pub code: String,
    pub message: String,
    /// Position in a thread (social posts), else 0.
    pub part: usize,
    pub start: usize,
    pub end: usize,
    pub limit: Option<usize>,
    pub actual: Option<usize>,
    /// Breaks a hard limit (the platform would refuse it) rather than a recommendation.
    pub blocking: bool,
}

/// A compliance finding, placed in the field it was found in (`None`: about the whole draft).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FieldFinding {
    pub field: Option<String>,
    pub rule: String,
    /// `info`, `warning` or `error`.
    pub severity: String,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub suggestion: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Review {
    /// Brand compliance score, 0-100.
    pub score: i32,
    /// No blocking platform violation: the draft can be approved and published as it is.
    pub fits: bool,
    /// A social post as it will be published: one entry per post of a thread.
    pub parts: Vec<String>,
    /// What the formatter changed to fit the platform.
    pub changes: Vec<String>,
    pub violations: Vec<RuleViolation>,
    pub findings: Vec<FieldFinding>,
    pub reading_grade: f32,
}

pub fn platform_of(c: Channel) -> Option<Platform> {
    Some(match c {
        Channel::X => Platform::X,
        Channel::Linkedin => Platform::LinkedIn,
        Channel::Instagram => Platform::Instagram,
        Channel::Facebook => Platform::Facebook,
        Channel::Threads => Platform::Threads,
        Channel::Mastodon => Platform::Mastodon,
        Channel::Bluesky => Platform::Bluesky,
        Channel::Tiktok => Platform::TikTok,
        _ => return None,
    })
}

pub fn ad_format_of(c: Channel) -> Option<AdFormat> {
    Some(match c {
        Channel::GoogleRsa => AdFormat::GoogleRsa,
        Channel::MetaAd => AdFormat::Meta,
        Channel::LinkedinSponsored => AdFormat::LinkedinSponsored,
        _ => return None,
    })
}

fn context_of(c: Channel) -> Context {
    match c {
        Channel::GoogleRsa | Channel::MetaAd | Channel::LinkedinSponsored => Context::Ad,
        Channel::Email => Context::Email,
        Channel::Blog => Context::Blog,
        _ => Context::Social,
    }
}

/// The text fields of a draft that people read, by name, in reading order: every field the
/// review checks. Hashtags are named `hashtags[i]`, email subject variants
/// `subject_variants[i]`, blog outline entries `outline[i].heading` and `outline[i].points[j]`.
pub fn text_fields(d: &Draft) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    match d {
        Draft::Social { text, hashtags } => {
            out.push(("text".into(), text));
            for (i, t) in hashtags.iter().enumerate() {
                out.push((format!("hashtags[{i}]"), t));
            }
        }
        Draft::GoogleRsa {
            headlines,
            descriptions,
            path1,
            path2,
        } => {
            for (i, h) in headlines.iter().enumerate() {
                out.push((format!("headlines[{i}]"), h));
            }
            for (i, h) in descriptions.iter().enumerate() {
                out.push((format!("descriptions[{i}]"), h));
            }
            out.push(("path1".into(), path1));
            out.push(("path2".into(), path2));
        }
        Draft::MetaAd {
            primary_text,
            headline,
            description,
        } => {
            out.push(("primary_text".into(), primary_text));
            out.push(("headline".into(), headline));
            out.push(("description".into(), description));
        }
        Draft::LinkedinSponsored {
            intro,
            headline,
            description,
        } => {
            out.push(("intro".into(), intro));
            out.push(("headline".into(), headline));
            out.push(("description".into(), description));
        }
        Draft::Email {
            subject,
            subject_variants,
            preheader,
            body_text,
            body_html,
            cta_label,
            ..
        } => {
            out.push(("subject".into(), subject));
            for (i, s) in subject_variants.iter().enumerate() {
                out.push((format!("subject_variants[{i}]"), s));
            }
            out.push(("preheader".into(), preheader));
            out.push(("body_text".into(), body_text));
            out.push(("cta_label".into(), cta_label));
            out.push(("body_html".into(), body_html));
        }
        Draft::Blog {
            seo_title,
            meta_description,
            outline,
            body_markdown,
            ..
        } => {
            out.push(("seo_title".into(), seo_title));
            out.push(("meta_description".into(), meta_description));
            for (i, section) in outline.iter().enumerate() {
                out.push((format!("outline[{i}].heading"), &section.heading));
                for (j, p) in section.points.iter().enumerate() {
                    out.push((format!("outline[{i}].points[{j}]"), p));
                }
            }
            out.push(("body_markdown".into(), body_markdown));
        }
    }
    out
}

/// The field a finding about the whole draft belongs to: where the body of the message is,
/// which is also where the brand's required disclaimer goes.
pub fn main_field(d: &Draft) -> &'static str {
    match d {
        Draft::Social { .. } => "text",
        Draft::GoogleRsa { .. } => "descriptions",
        Draft::MetaAd { .. } => "primary_text",
        Draft::LinkedinSponsored { .. } => "intro",
        Draft::Email { .. } => "body_text",
        Draft::Blog { .. } => "body_markdown",
    }
}

/// The fields a required disclaimer must appear in (each of them), with their text; for a
/// responsive search ad, its descriptions together.
fn disclaimer_fields(d: &Draft) -> Vec<(&'static str, String)> {
    match d {
        Draft::Social { text, .. } => vec![("text", text.clone())],
        Draft::GoogleRsa { descriptions, .. } => {
            vec![("descriptions", descriptions.join("\n"))]
        }
        Draft::MetaAd { primary_text, .. } => vec![("primary_text", primary_text.clone())],
        Draft::LinkedinSponsored { intro, .. } => vec![("intro", intro.clone())],
        Draft::Email {
            body_text,
            body_html,
            ..
        } => vec![
            ("body_text", body_text.clone()),
            ("body_html", body_html.clone()),
        ],
        Draft::Blog { body_markdown, .. } => vec![("body_markdown", body_markdown.clone())],
    }
}

/// What the compliance check reads for a draft: one text, as a person would paste it into the
/// check endpoint, and where each field sits in it. A social post is its text and then its
/// hashtags (see [`social_text`]); other drafts are their fields in reading order, one
/// paragraph each. The email HTML is checked on its own (it repeats the text's words).
struct Document {
    text: String,
    /// Field name, byte range in `text`, and the offset in the field's own value where that
    /// range starts (-1 for a hashtag stored without its `#`).
    ranges: Vec<(String, std::ops::Range<usize>, isize)>,
}

impl Document {
    fn of(d: &Draft) -> Document {
        let mut doc = Document {
            text: String::new(),
            ranges: Vec::new(),
        };
        if let Draft::Social { text, hashtags } = d {
            doc.text = social_text(text, hashtags);
            let body_len = if doc.text == *text {
                text.len()
            } else {
                text.trim_end().len()
            };
            doc.ranges.push(("text".into(), 0..body_len, 0));
            let mut at = body_len + 2;
            for (i, raw) in hashtags.iter().enumerate() {
                let bare = raw.trim().trim_start_matches('#');
                if bare.is_empty() || text.contains(&format!("#{bare}")) {
                    continue;
                }
                if doc.text.get(at..at + 1 + bare.len()) != Some(&format!("#{bare}")[..]) {
                    continue;
                }
                // The `#` in the document is the field's own `#` or, when the field has none,
                // stands just before its value (a span from it starts at 0 in the field).
                let own = raw.find(bare).unwrap_or(0) as isize;
                doc.ranges
                    .push((format!("hashtags[{i}]"), at..at + 1 + bare.len(), own - 1));
                at += 1 + bare.len() + 1;
            }
            return doc;
        }
        for (name, value) in text_fields(d) {
            if name == "body_html" || value.trim().is_empty() {
                continue;
            }
            if !doc.text.is_empty() {
                doc.text.push_str("\n\n");
            }
            let start = doc.text.len();
            doc.text.push_str(value);
            doc.ranges.push((name, start..doc.text.len(), 0));
        }
        doc
    }

    /// The field a span of the document falls in, and the span in that field's own value.
    fn locate(&self, start: usize, end: usize) -> Option<(String, usize, usize)> {
        let (name, range, offset) = self
            .ranges
            .iter()
            .rev()
            .find(|(_, r, _)| r.start <= start)?;
        let at = |p: usize| {
            let p = p.clamp(range.start, range.end) - range.start;
            usize::try_from(p as isize + offset).unwrap_or(0)
        };
        let (s, e) = (at(start), at(end));
        Some((name.clone(), s, e.max(s)))
    }
}

/// The social post as one text: the body, then its hashtags.
pub fn social_text(text: &str, hashtags: &[String]) -> String {
    let tags: Vec<String> = hashtags
        .iter()
        .map(|t| t.trim().trim_start_matches('#'))
        .filter(|t| !t.is_empty())
        .filter(|t| !text.contains(&format!("#{t}")))
        .map(|t| format!("#{t}"))
        .collect();
    if tags.is_empty() {
        text.to_owned()
    } else {
        format!("{}\n\n{}", text.trim_end(), tags.join(" "))
    }
}

pub fn violation(field: &str, v: &textrules::Violation) -> RuleViolation {
    RuleViolation {
        field: field.to_owned(),
        code: v.code.to_owned(),
        message: v.message.clone(),
        part: v.part,
        start: v.start,
        end: v.end,
        limit: v.limit,
        actual: v.actual,
        blocking: v.severity == textrules::Severity::Error,
    }
}

/// The draft's ad fields as the validator names them.
fn ad_fields(d: &Draft) -> textrules::AdFields {
    let one = |s: &str| -> Vec<String> {
        if s.trim().is_empty() {
            Vec::new()
        } else {
            vec![s.to_owned()]
        }
    };
    match d {
        Draft::GoogleRsa {
            headlines,
            descriptions,
            path1,
            path2,
        } => textrules::AdFields::new()
            .with("headlines", headlines.clone())
            .with("descriptions", descriptions.clone())
            .with("path1", one(path1))
            .with("path2", one(path2)),
        Draft::MetaAd {
            primary_text,
            headline,
            description,
        } => textrules::AdFields::new()
            .with("primary_text", one(primary_text))
            .with("headline", one(headline))
            .with("description", one(description)),
        Draft::LinkedinSponsored {
            intro,
            headline,
            description,
        } => textrules::AdFields::new()
            .with("introductory_text", one(intro))
            .with("headline", one(headline))
            .with("description", one(description)),
        _ => textrules::AdFields::new(),
    }
}

/// The draft field an ad violation is about, named as `text_fields` names it.
fn ad_field_name(field: Option<&str>, part: usize) -> String {
    match field.unwrap_or_default() {
        f @ ("headlines" | "descriptions") => format!("{f}[{part}]"),
        "introductory_text" => "intro".into(),
        f => f.to_owned(),
    }
}

fn own_limit(field: &str, text: &str, max: usize, code: &str, what: &str) -> Option<RuleViolation> {
    let n = text.chars().count();
    (n > max).then(|| RuleViolation {
        field: field.into(),
        code: code.into(),
        message: format!("{what} has {n} characters; keep it within {max} so it is not cut off."),
        part: 0,
        start: 0,
        end: text.len(),
        limit: Some(max),
        actual: Some(n),
        blocking: false,
    })
}

/// The segments a formatted post must keep verbatim: the required disclaimers it carries.
/// Links are always kept by the formatter.
pub fn protected_segments<'a>(text: &str, policy: &'a CompiledPolicy) -> Vec<&'a str> {
    policy
        .policy()
        .required_disclaimers
        .iter()
        .map(|d| d.trim())
        .filter(|d| !d.is_empty() && text.contains(d))
        .collect()
}

/// Formats and checks `draft` for `channel`: the thread as published, every platform rule it
/// breaks and every compliance finding, each placed in its field with a span into that field.
///
/// The compliance check is the one `POST /brand-compliance/check` runs, with the same context,
/// on the draft as one text (a social post: its text, then its hashtags), so the same text gets
/// the same findings; each is then placed in the field it falls in (`text`, `hashtags[2]`,
/// `subject_variants[0]`...). Findings about the whole text go to the field at fault: a missing
/// disclaimer to the field it belongs in, a missing email footer to `body_html`, tone and
/// reading level to the main body. A required disclaimer missing from its own field is an
/// error there even when another field carries it. Ad fields over their length and subject
/// lines over 60 characters are blocking.
pub fn review(
    draft: &Draft,
    channel: Channel,
    policy: Option<&CompiledPolicy>,
    settings: &RuleSettings,
) -> Review {
    let policy = policy.unwrap_or_else(|| CompiledPolicy::general());
    let mut parts = Vec::new();
    let mut changes = Vec::new();
    let mut violations = Vec::new();
    if let (Some(platform), Draft::Social { text, hashtags }) = (platform_of(channel), draft) {
        let post = social_text(text, hashtags);
        let keep = protected_segments(text, policy);
        let formatted = textrules::format_with(platform, &post, settings, &keep);
        changes = formatted
            .changes
            .iter()
            .map(|c| c.message.clone())
            .collect();
        let threaded = formatted.parts.len() > 1;
        violations.extend(
            textrules::validate(platform, &formatted.parts, settings)
                .iter()
                .map(|v| {
                    let field = match v.code {
                        "too_many_hashtags" | "hashtag_too_long" => "hashtags".to_owned(),
                        _ if threaded => format!("parts[{}]", v.part),
                        _ => "text".to_owned(),
                    };
                    violation(&field, v)
                }),
        );
        parts = formatted.parts;
    }
    if let Some(format) = ad_format_of(channel) {
        violations.extend(
            textrules::validate_ad(format, &ad_fields(draft))
                .iter()
                .map(|v| {
                    let mut rv = violation(&ad_field_name(v.field.as_deref(), v.part), v);
                    // Past the published length the ad is cut off where people read it:
                    // it cannot be sent as it is.
                    rv.blocking = true;
                    rv
                }),
        );
    }
    match draft {
        Draft::Email {
            subject,
            subject_variants,
            preheader,
            ..
        } => {
            let subject_limit = |field: &str, text: &str| {
                own_limit(field, text, 60, "subject_long", "The subject").map(|mut v| {
                    v.blocking = true;
                    v
                })
            };
            violations.extend(subject_limit("subject", subject));
            for (i, s) in subject_variants.iter().enumerate() {
                violations.extend(subject_limit(&format!("subject_variants[{i}]"), s));
            }
            violations.extend(own_limit(
                "preheader",
                preheader,
                100,
                "preheader_long",
                "The preheader",
            ));
        }
        Draft::Blog {
            seo_title,
            meta_description,
            ..
        } => {
            violations.extend(own_limit(
                "seo_title",
                seo_title,
                60,
                "title_long",
                "The SEO title",
            ));
            violations.extend(own_limit(
                "meta_description",
                meta_description,
                160,
                "meta_description_long",
                "The meta description",
            ));
        }
        _ => {}
    }

    let context = context_of(channel);
    let html = match draft {
        Draft::Email { body_html, .. } => Some(body_html.as_str()),
        _ => None,
    };
    let doc = Document::of(draft);
    let whole = compliance::check_compiled(policy, &doc.text, context, html);
    let main = main_field(draft);
    let mut all: Vec<compliance::Finding> = Vec::new();
    let mut findings: Vec<FieldFinding> = Vec::new();
    for f in &whole.findings {
        let placed = if f.start == f.end {
            let field = match f.rule {
                compliance::rule::EMAIL_FOOTER if html.is_some() => "body_html",
                _ => main,
            };
            Some((field.to_owned(), 0, 0))
        } else {
            doc.locate(f.start, f.end)
        };
        let (field, start, end) = placed.unwrap_or_else(|| (main.to_owned(), 0, 0));
        all.push(f.clone());
        findings.push(FieldFinding {
            field: Some(field),
            start,
            end,
            ..finding(None, f)
        });
    }
    // The HTML body: the words people read in it, with the same check.
    if let Some(html) = html {
        let report = compliance::check_compiled(policy, html, context, Some(html));
        for f in report.findings.iter().filter(|f| f.start < f.end) {
            all.push(f.clone());
            findings.push(finding(Some("body_html".into()), f));
        }
    }
    // Each required disclaimer in each field it belongs in.
    for (field, text) in disclaimer_fields(draft) {
        for d in &policy.policy().required_disclaimers {
            let d = d.trim();
            if d.is_empty() || compliance::contains_disclaimer(&text, d) {
                continue;
            }
            let reported = findings.iter().any(|f| {
                f.rule == compliance::rule::MISSING_DISCLAIMER
                    && f.field.as_deref() == Some(field)
                    && f.message.contains(&excerpt(d))
            });
            if reported {
                continue;
            }
            let f = compliance::Finding {
                rule: compliance::rule::MISSING_DISCLAIMER,
                severity: compliance::Severity::Error,
                start: 0,
                end: 0,
                message: format!(
                    "The required disclaimer \"{}\" is missing from {field}",
                    excerpt(d)
                ),
                suggestion: Some(format!("Add the disclaimer word for word: {d}")),
            };
            findings.push(finding(Some(field.to_owned()), &f));
            all.push(f);
        }
    }
    Review {
        score: i32::from(compliance::score(&all)),
        fits: !violations.iter().any(|v| v.blocking),
        parts,
        changes,
        violations,
        findings,
        reading_grade: whole.readability.grade,
    }
}

/// The start of a disclaimer as compliance messages quote it.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

fn finding(field: Option<String>, f: &compliance::Finding) -> FieldFinding {
    FieldFinding {
        field,
        rule: f.rule.to_owned(),
        severity: severity_name(f.severity).to_owned(),
        start: f.start,
        end: f.end,
        message: f.message.clone(),
        suggestion: f.suggestion.clone(),
    }
}

pub fn severity_name(s: compliance::Severity) -> &'static str {
    match s {
        compliance::Severity::Info => "info",
        compliance::Severity::Warning => "warning",
        compliance::Severity::Error => "error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> CompiledPolicy {
        CompiledPolicy::new(&compliance::Policy {
            banned: vec![compliance::BannedTerm {
                term: "cheap".into(),
                replacement: Some("affordable".into()),
                reason: String::new(),
            }],
            ..compliance::Policy::default()
        })
    }

    fn social(text: &str) -> Draft {
        Draft::Social {
            text: text.into(),
            hashtags: vec!["CalmOps".into()],
        }
    }

    #[test]
    fn a_long_x_post_becomes_a_thread_that_fits() {
        let text = "Releases should be calm. ".repeat(25);
        let r = review(
            &social(&text),
            Channel::X,
            Some(&policy()),
            &RuleSettings::default(),
        );
        assert!(r.parts.len() > 1, "{:?}", r.parts);
        assert!(r.fits, "{:?}", r.violations);
        assert!(r.parts.last().unwrap().contains("#CalmOps"));
        assert!(
            r.changes.iter().any(|c| c.contains("numbered posts")),
            "{:?}",
            r.changes
        );
    }

    #[test]
    fn findings_are_placed_in_their_field() {
        let r = review(
            &social("A cheap way to ship."),
            Channel::Linkedin,
            Some(&policy()),
            &RuleSettings::default(),
        );
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == "banned_term")
            .expect("banned term found");
        assert_eq!(f.field.as_deref(), Some("text"));
        assert_eq!(&"A cheap way to ship."[f.start..f.end], "cheap");
        assert_eq!(f.suggestion.as_deref(), Some("affordable"));
        assert!(r.score < 100);
    }

    #[test]
    fn an_ad_over_the_hard_limit_does_not_fit() {
        let d = Draft::GoogleRsa {
            headlines: vec![
                "Calm releases".into(),
                "A headline that is far too long for Google".into(),
                "Try it".into(),
            ],
            descriptions: vec!["Ship calmly.".into(), "Every Friday.".into()],
            path1: String::new(),
            path2: "deploys".into(),
        };
        let r = review(&d, Channel::GoogleRsa, None, &RuleSettings::default());
        assert!(!r.fits);
        let fields: Vec<&str> = r.violations.iter().map(|v| v.field.as_str()).collect();
        assert!(fields.contains(&"headlines[1]"), "{fields:?}");
        assert!(fields.contains(&"path2"), "path2 without path1: {fields:?}");
        assert!(r.parts.is_empty());
    }

    #[test]
    fn an_email_without_footer_is_an_error_about_the_whole_draft() {
        let d = Draft::Email {
            subject: "A subject that goes on and on well past what any inbox will show".into(),
            subject_variants: vec![],
            preheader: "Hi".into(),
            body_html: "<p>Hello</p>".into(),
            body_text: "Hello".into(),
            cta_label: "Go".into(),
            cta_url: None,
            delay_days: 0,
        };
        let r = review(&d, Channel::Email, None, &RuleSettings::default());
        assert!(
            r.findings
                .iter()
                .any(|f| f.rule == "email_footer" && f.field.as_deref() == Some("body_html")),
            "{:?}",
            r.findings
        );
        let long = r
            .violations
            .iter()
            .find(|v| v.code == "subject_long")
            .unwrap();
        assert!(
            long.blocking,
            "a subject past 60 characters is cut off in the inbox"
        );
        assert!(!r.fits);
    }

    fn brand_policy() -> CompiledPolicy {
        CompiledPolicy::new(&compliance::Policy {
            banned: vec![
                compliance::BannedTerm {
                    term: "cheap".into(),
                    replacement: Some("affordable".into()),
                    reason: String::new(),
                },
                compliance::BannedTerm {
                    term: "guaranteed".into(),
                    replacement: None,
                    reason: String::new(),
                },
            ],
            required_disclaimers: vec!["Terms apply.".into()],
            max_hashtags: Some(2),
            ..compliance::Policy::default()
        })
    }

    #[test]
    fn hashtags_are_checked_and_findings_point_into_them() {
        let d = Draft::Social {
            text: "Sun for everyone. Terms apply.".into(),
            hashtags: vec!["Solar".into(), "#CheapDeals".into(), "guaranteed".into()],
        };
        let r = review(
            &d,
            Channel::Linkedin,
            Some(&brand_policy()),
            &RuleSettings::default(),
        );
        let banned: Vec<(&str, &str)> = r
            .findings
            .iter()
            .filter(|f| f.rule == "banned_term")
            .map(|f| {
                let field = f.field.as_deref().unwrap();
                let i: usize = field["hashtags[".len()..field.len() - 1].parse().unwrap();
                let Draft::Social { hashtags, .. } = &d else {
                    unreachable!()
                };
                (field, &hashtags[i][f.start..f.end])
            })
            .collect();
        assert_eq!(
            banned,
            vec![("hashtags[1]", "Cheap"), ("hashtags[2]", "guaranteed")]
        );
        assert!(
            r.findings
                .iter()
                .all(|f| f.rule != "banned_term" || f.severity == "error")
        );
        let over: Vec<&FieldFinding> = r
            .findings
            .iter()
            .filter(|f| f.rule == "hashtag_count")
            .collect();
        assert_eq!(over.len(), 1, "{:?}", r.findings);
        assert_eq!(over[0].field.as_deref(), Some("hashtags[2]"));
        assert_eq!(over[0].severity, "error");
        assert!(!r.findings.iter().any(|f| f.rule == "missing_disclaimer"));
    }

    #[test]
    fn every_field_a_reader_sees_is_checked_and_disclaimers_belong_in_their_field() {
        let email = Draft::Email {
            subject: "Hello".into(),
            subject_variants: vec!["A cheap idea".into()],
            preheader: "Pre".into(),
            body_html: "<p>Guaranteed</p><p>Terms apply.</p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a> {{postal_address}}".into(),
            body_text: "Hello.\n\nUnsubscribe: {{unsubscribe_url}} {{postal_address}}".into(),
            cta_label: "Get it cheap".into(),
            cta_url: None,
            delay_days: 0,
        };
        let r = review(
            &email,
            Channel::Email,
            Some(&brand_policy()),
            &RuleSettings::default(),
        );
        let at = |rule: &str| -> Vec<String> {
            r.findings
                .iter()
                .filter(|f| f.rule == rule)
                .filter_map(|f| f.field.clone())
                .collect()
        };
        let banned = at("banned_term");
        for field in ["subject_variants[0]", "cta_label", "body_html"] {
            assert!(banned.contains(&field.to_owned()), "{field}: {banned:?}");
        }
        // In the HTML but not in the text body: missing there.
        assert_eq!(at("missing_disclaimer"), vec!["body_text".to_owned()]);
        let f = r
            .findings
            .iter()
            .find(|f| f.field.as_deref() == Some("subject_variants[0]"))
            .unwrap();
        assert_eq!(&"A cheap idea"[f.start..f.end], "cheap");

        let blog = Draft::Blog {
            seo_title: "Solar".into(),
            meta_description: "Solar".into(),
            slug: "solar".into(),
            outline: vec![content::OutlineSection {
                heading: "Why cheap".into(),
                points: vec!["Guaranteed savings".into()],
            }],
            body_markdown: "Body. Terms apply.".into(),
        };
        let r = review(
            &blog,
            Channel::Blog,
            Some(&brand_policy()),
            &RuleSettings::default(),
        );
        let fields: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.rule == "banned_term")
            .filter_map(|f| f.field.as_deref())
            .collect();
        assert_eq!(fields, vec!["outline[0].heading", "outline[0].points[0]"]);
    }

    #[test]
    fn ads_over_the_published_length_and_without_their_disclaimer_cannot_be_sent() {
        let d = Draft::MetaAd {
            primary_text: "Solar for every roof.".into(),
            headline: "A headline of fifty-four characters, far over the forty".into(),
            description: "Terms apply.".into(),
        };
        let r = review(
            &d,
            Channel::MetaAd,
            Some(&brand_policy()),
            &RuleSettings::default(),
        );
        assert!(!r.fits);
        let v = r.violations.iter().find(|v| v.field == "headline").unwrap();
        assert!(v.blocking);
        let missing: Vec<(&str, &str)> = r
            .findings
            .iter()
            .filter(|f| f.rule == "missing_disclaimer")
            .map(|f| (f.field.as_deref().unwrap(), f.severity.as_str()))
            .collect();
        assert_eq!(missing, vec![("primary_text", "error")]);
    }

    #[test]
    fn a_long_post_keeps_its_disclaimer_when_shortened() {
        let text = format!(
            "{} Terms apply.",
            "Sun all day long for the whole family. ".repeat(80)
        );
        let d = Draft::Social {
            text,
            hashtags: vec!["Solar".into()],
        };
        let r = review(
            &d,
            Channel::Instagram,
            Some(&brand_policy()),
            &RuleSettings::default(),
        );
        assert_eq!(r.parts.len(), 1);
        assert!(r.parts[0].contains("Terms apply."), "{}", r.parts[0]);
        assert!(r.fits, "{:?}", r.violations);
    }

    #[test]
    fn hashtags_join_the_text_once() {
        assert_eq!(
            social_text("Hi", &["#a".into(), "b".into(), " ".into()]),
            "Hi\n\n#a #b"
        );
        assert_eq!(social_text("Hi #a", &["a".into()]), "Hi #a");
    }
}

#[cfg(test)]
mod composer_fit {
    use super::*;
    use content::{BrandFacts, Brief, ComposeRequest, Tone};

    /// Drafts of the built-in composer for a brand with the given tone, with the tone findings
    /// the compliance engine reports on them.
    fn tone_findings(tone: Tone) -> (usize, usize, Vec<String>) {
        let brand = BrandFacts {
            name: "Northwind".into(),
            value_propositions: vec!["Ship on Fridays without fear".into()],
            tone,
            ..BrandFacts::default()
        };
        let policy = CompiledPolicy::new(&compliance::Policy {
            tone: Some(compliance::Tone {
                formal_casual: tone.formal_casual,
                serious_playful: tone.serious_playful,
                respectful_irreverent: tone.respectful_irreverent,
                matter_of_fact_enthusiastic: tone.matter_of_fact_enthusiastic,
            }),
            ..compliance::Policy::default()
        });
        let (mut drafts, mut flagged, mut messages) = (0, 0, Vec::new());
        for channel in Channel::ALL {
            for variant in 0..4 {
                let req = ComposeRequest {
                    brand: brand.clone(),
                    persona: None,
                    brief: Brief {
                        key_message: "Northwind 2.0 makes every release calm".into(),
                        call_to_action: "Start a free trial".into(),
                        ..Brief::default()
                    },
                    channel,
                    variant,
                    step: None,
                    seed: u64::from(variant),
                };
                let r = review(
                    &composer::compose(&req),
                    channel,
                    Some(&policy),
                    &RuleSettings::default(),
                );
                drafts += 1;
                let tone: Vec<&FieldFinding> =
                    r.findings.iter().filter(|f| f.rule == "tone").collect();
                if !tone.is_empty() {
                    flagged += 1;
                    messages.extend(
                        tone.iter()
                            .map(|f| format!("{}: {}", channel.as_str(), f.message)),
                    );
                }
            }
        }
        (drafts, flagged, messages)
    }

    #[test]
    fn the_composer_writes_in_the_voice_the_checker_expects() {
        for t in [
            Tone {
                formal_casual: 50,
                serious_playful: 50,
                respectful_irreverent: 50,
                matter_of_fact_enthusiastic: 50,
            },
            Tone {
                formal_casual: 20,
                serious_playful: 20,
                respectful_irreverent: 20,
                matter_of_fact_enthusiastic: 30,
            },
            Tone {
                formal_casual: 85,
                serious_playful: 80,
                respectful_irreverent: 50,
                matter_of_fact_enthusiastic: 80,
            },
        ] {
            let (drafts, flagged, messages) = tone_findings(t);
            assert_eq!(drafts, 52);
            assert!(
                flagged <= 5,
                "{t:?}: {flagged} of {drafts} drafts flagged for tone\n{}",
                messages.join("\n")
            );
        }
    }
}
