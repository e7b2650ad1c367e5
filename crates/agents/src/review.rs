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

/// The text fields of a draft that people read, by name.
pub fn text_fields(d: &Draft) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    match d {
        Draft::Social { text, .. } => out.push(("text".into(), text)),
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
            preheader,
            body_text,
            ..
        } => {
            out.push(("subject".into(), subject));
            out.push(("preheader".into(), preheader));
            out.push(("body_text".into(), body_text));
        }
        Draft::Blog {
            seo_title,
            meta_description,
            body_markdown,
            ..
        } => {
            out.push(("seo_title".into(), seo_title));
            out.push(("meta_description".into(), meta_description));
            out.push(("body_markdown".into(), body_markdown));
        }
    }
    out
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

/// Formats and checks `draft` for `channel`: the thread as published, every platform rule it
/// breaks and every compliance finding, each placed in its field.
pub fn review(
    draft: &Draft,
    channel: Channel,
    policy: Option<&CompiledPolicy>,
    settings: &RuleSettings,
) -> Review {
    let mut parts = Vec::new();
    let mut changes = Vec::new();
    let mut violations = Vec::new();
    if let (Some(platform), Draft::Social { text, hashtags }) = (platform_of(channel), draft) {
        let formatted = textrules::format(platform, &social_text(text, hashtags), settings);
        changes = formatted
            .changes
            .iter()
            .map(|c| c.message.clone())
            .collect();
        violations.extend(
            textrules::validate(platform, &formatted.parts, settings)
                .iter()
                .map(|v| violation("text", v)),
        );
        parts = formatted.parts;
    }
    if let Some(format) = ad_format_of(channel) {
        violations.extend(
            textrules::validate_ad(format, &ad_fields(draft))
                .iter()
                .map(|v| violation(&ad_field_name(v.field.as_deref(), v.part), v)),
        );
    }
    match draft {
        Draft::Email {
            subject, preheader, ..
        } => {
            violations.extend(own_limit(
                "subject",
                subject,
                60,
                "subject_long",
                "The subject",
            ));
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
    let whole_text = match draft {
        Draft::Social { .. } => parts.join("\n\n"),
        d => d.main_text(),
    };
    let policy = policy.unwrap_or_else(|| CompiledPolicy::general());
    let whole = compliance::check_compiled(policy, &whole_text, context, html);
    let mut findings: Vec<FieldFinding> = whole
        .findings
        .iter()
        .filter(|f| f.start == f.end)
        .map(|f| finding(None, f))
        .collect();
    for (field, text) in text_fields(draft) {
        let report = compliance::check_compiled(policy, text, Context::General, None);
        findings.extend(
            report
                .findings
                .iter()
                .filter(|f| f.start < f.end)
                .map(|f| finding(Some(field.clone()), f)),
        );
    }
    Review {
        score: i32::from(whole.score),
        fits: !violations.iter().any(|v| v.blocking),
        parts,
        changes,
        violations,
        findings,
        reading_grade: whole.readability.flesch_kincaid_grade,
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
                .any(|f| f.rule == "email_footer" && f.field.is_none())
        );
        let long = r
            .violations
            .iter()
            .find(|v| v.code == "subject_long")
            .unwrap();
        assert!(!long.blocking, "a long subject is advice, not a refusal");
        assert!(r.fits);
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
