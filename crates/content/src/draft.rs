//! The shapes a writer (language model or offline composer) returns, and their structural checks.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::slug::is_valid_slug;
use crate::{AgentKind, Channel};

/// Where the mailer puts the recipient's unsubscribe link; every email body must carry it.
pub const UNSUBSCRIBE_PLACEHOLDER: &str = "{{unsubscribe_url}}";
/// Where the mailer puts the sender's postal address (anti-spam laws require one).
pub const POSTAL_ADDRESS_PLACEHOLDER: &str = "{{postal_address}}";
/// Where the mailer puts a tracked link when the brief has no call-to-action URL.
pub const CTA_URL_PLACEHOLDER: &str = "{{cta_url}}";

/// Google responsive search ads accept 3-15 headlines and 2-4 descriptions.
pub const RSA_HEADLINES: std::ops::RangeInclusive<usize> = 3..=15;
pub const RSA_DESCRIPTIONS: std::ops::RangeInclusive<usize> = 2..=4;

/// One section of a blog outline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OutlineSection {
    pub heading: String,
    #[serde(default)]
    pub points: Vec<String>,
}

/// A generated piece of content, tagged by `kind`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Draft {
    /// A post for any social channel. `hashtags` are stored without `#`; the platform
    /// formatter decides where they go (inline, or after the caption on Instagram).
    Social {
        text: String,
        #[serde(default)]
        hashtags: Vec<String>,
    },
    GoogleRsa {
        headlines: Vec<String>,
        descriptions: Vec<String>,
        #[serde(default)]
        path1: String,
        #[serde(default)]
        path2: String,
    },
    MetaAd {
        primary_text: String,
        headline: String,
        #[serde(default)]
        description: String,
    },
    LinkedinSponsored {
        intro: String,
        headline: String,
        #[serde(default)]
        description: String,
    },
    Email {
        subject: String,
        #[serde(default)]
        subject_variants: Vec<String>,
        #[serde(default)]
        preheader: String,
        body_html: String,
        body_text: String,
        cta_label: String,
        #[serde(default)]
        cta_url: Option<String>,
        /// Days to wait after the previous email of the sequence (0 for the first).
        #[serde(default)]
        delay_days: u32,
    },
    Blog {
        seo_title: String,
        meta_description: String,
        slug: String,
        outline: Vec<OutlineSection>,
        body_markdown: String,
    },
}

impl Draft {
    /// True when this draft's shape is the one `ch` publishes.
    pub fn channel_matches(&self, ch: Channel) -> bool {
        match self {
            Draft::Social { .. } => ch.agent() == AgentKind::Social,
            Draft::GoogleRsa { .. } => ch == Channel::GoogleRsa,
            Draft::MetaAd { .. } => ch == Channel::MetaAd,
            Draft::LinkedinSponsored { .. } => ch == Channel::LinkedinSponsored,
            Draft::Email { .. } => ch == Channel::Email,
            Draft::Blog { .. } => ch == Channel::Blog,
        }
    }

    /// The `kind` tag as serialised.
    pub fn kind(&self) -> &'static str {
        match self {
            Draft::Social { .. } => "social",
            Draft::GoogleRsa { .. } => "google_rsa",
            Draft::MetaAd { .. } => "meta_ad",
            Draft::LinkedinSponsored { .. } => "linkedin_sponsored",
            Draft::Email { .. } => "email",
            Draft::Blog { .. } => "blog",
        }
    }

    /// Words across every text field of [`Draft::main_text`]; a word is a whitespace-separated
    /// token with at least one letter or digit, so markdown bullets and dashes are free.
    pub fn word_count(&self) -> usize {
        count_words(&self.main_text())
    }

    /// The reader-visible text, every field joined by blank lines, for compliance checks and
    /// word counts. Email HTML is left out: it renders the same words as `body_text`, and
    /// reading it twice would double the count. URLs and slugs are addresses, not copy.
    pub fn main_text(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut push = |s: &str| {
            let s = s.trim();
            if !s.is_empty() {
                parts.push(s.to_string());
            }
        };
        match self {
            Draft::Social { text, hashtags } => {
                push(text);
                let tags: Vec<String> = hashtags
                    .iter()
                    .map(|t| t.trim().trim_start_matches('#'))
                    .filter(|t| !t.is_empty())
                    .map(|t| format!("#{t}"))
                    .collect();
                push(&tags.join(" "));
            }
            Draft::GoogleRsa {
                headlines,
                descriptions,
                path1,
                path2,
            } => {
                headlines.iter().for_each(|h| push(h));
                descriptions.iter().for_each(|d| push(d));
                push(path1);
                push(path2);
            }
            Draft::MetaAd {
                primary_text,
                headline,
                description,
            } => {
                push(primary_text);
                push(headline);
                push(description);
            }
            Draft::LinkedinSponsored {
                intro,
                headline,
                description,
            } => {
                push(intro);
                push(headline);
                push(description);
            }
            Draft::Email {
                subject,
                subject_variants,
                preheader,
                body_text,
                cta_label,
                ..
            } => {
                push(subject);
                subject_variants.iter().for_each(|s| push(s));
                push(preheader);
                push(body_text);
                push(cta_label);
            }
            Draft::Blog {
                seo_title,
                meta_description,
                outline,
                body_markdown,
                ..
            } => {
                push(seo_title);
                push(meta_description);
                for section in outline {
                    push(&section.heading);
                    section.points.iter().for_each(|p| push(p));
                }
                push(body_markdown);
            }
        }
        parts.join("\n\n")
    }

    /// Structural checks only (lengths per platform belong to the platform rules): the shape
    /// fits the channel and the fields a publisher cannot do without are present.
    pub fn validate_shape(&self, ch: Channel) -> Result<(), String> {
        if !self.channel_matches(ch) {
            return Err(format!(
                "a {} draft cannot be published to {}",
                self.kind(),
                ch.as_str()
            ));
        }
        match self {
            Draft::Social { text, hashtags } => {
                require("text", text)?;
                for tag in hashtags {
                    let bare = tag.trim().trim_start_matches('#');
                    if bare.is_empty() || bare.chars().any(char::is_whitespace) {
                        return Err(format!("hashtag `{tag}` must be one word"));
                    }
                }
                Ok(())
            }
            Draft::GoogleRsa {
                headlines,
                descriptions,
                ..
            } => {
                if !RSA_HEADLINES.contains(&headlines.len()) {
                    return Err(format!(
                        "a responsive search ad needs 3-15 headlines, got {}",
                        headlines.len()
                    ));
                }
                if !RSA_DESCRIPTIONS.contains(&descriptions.len()) {
                    return Err(format!(
                        "a responsive search ad needs 2-4 descriptions, got {}",
                        descriptions.len()
                    ));
                }
                all_present("headline", headlines)?;
                all_present("description", descriptions)?;
                distinct("headline", headlines)?;
                distinct("description", descriptions)
            }
            Draft::MetaAd {
                primary_text,
                headline,
                ..
            } => {
                require("primary_text", primary_text)?;
                require("headline", headline)
            }
            Draft::LinkedinSponsored {
                intro, headline, ..
            } => {
                require("intro", intro)?;
                require("headline", headline)
            }
            Draft::Email {
                subject,
                subject_variants,
                body_html,
                body_text,
                cta_label,
                ..
            } => {
                require("subject", subject)?;
                all_present("subject variant", subject_variants)?;
                require("body_html", body_html)?;
                require("body_text", body_text)?;
                require("cta_label", cta_label)?;
                for (name, body) in [("body_html", body_html), ("body_text", body_text)] {
                    if !body.contains(UNSUBSCRIBE_PLACEHOLDER) {
                        return Err(format!("{name} must contain {UNSUBSCRIBE_PLACEHOLDER}"));
                    }
                }
                Ok(())
            }
            Draft::Blog {
                seo_title,
                meta_description,
                slug,
                outline,
                body_markdown,
            } => {
                require("seo_title", seo_title)?;
                require("meta_description", meta_description)?;
                require("body_markdown", body_markdown)?;
                if !is_valid_slug(slug) {
                    return Err(format!(
                        "slug `{slug}` must be lowercase ascii words joined by hyphens"
                    ));
                }
                if outline.is_empty() {
                    return Err("outline must have at least one section".into());
                }
                if outline.iter().any(|s| s.heading.trim().is_empty()) {
                    return Err("every outline section needs a heading".into());
                }
                Ok(())
            }
        }
    }
}

/// Words as [`Draft::word_count`] counts them.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn require(field: &str, value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        Err(format!("{field} must not be empty"))
    } else {
        Ok(())
    }
}

fn all_present(what: &str, values: &[String]) -> Result<(), String> {
    match values.iter().position(|v| v.trim().is_empty()) {
        Some(i) => Err(format!("{what} {} is empty", i + 1)),
        None => Ok(()),
    }
}

fn distinct(what: &str, values: &[String]) -> Result<(), String> {
    let mut seen: Vec<String> = Vec::with_capacity(values.len());
    for v in values {
        let key = v.trim().to_lowercase();
        if seen.contains(&key) {
            return Err(format!("{what} `{}` appears twice", v.trim()));
        }
        seen.push(key);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rsa(h: usize, d: usize) -> Draft {
        Draft::GoogleRsa {
            headlines: (0..h).map(|i| format!("Headline {i}")).collect(),
            descriptions: (0..d).map(|i| format!("Description {i}")).collect(),
            path1: "shop".into(),
            path2: String::new(),
        }
    }

    fn email(body_text: &str, body_html: &str) -> Draft {
        Draft::Email {
            subject: "Hello".into(),
            subject_variants: vec!["Hi".into()],
            preheader: "Pre".into(),
            body_html: body_html.into(),
            body_text: body_text.into(),
            cta_label: "Go".into(),
            cta_url: None,
            delay_days: 0,
        }
    }

    fn blog(slug: &str) -> Draft {
        Draft::Blog {
            seo_title: "Title".into(),
            meta_description: "Meta".into(),
            slug: slug.into(),
            outline: vec![OutlineSection {
                heading: "Intro".into(),
                points: vec!["a point".into()],
            }],
            body_markdown: "# Title\n\nBody".into(),
        }
    }

    #[test]
    fn serialises_with_kind_tag() {
        let d = Draft::Social {
            text: "Hi".into(),
            hashtags: vec!["acme".into()],
        };
        let v = serde_json::to_value(&d).unwrap();
        assert_eq!(v["kind"], "social");
        let back: Draft =
            serde_json::from_str(r#"{"kind":"meta_ad","primary_text":"p","headline":"h"}"#)
                .unwrap();
        assert_eq!(back.kind(), "meta_ad");
        assert!(back.validate_shape(Channel::MetaAd).is_ok());
    }

    #[test]
    fn channel_matching() {
        let social = Draft::Social {
            text: "x".into(),
            hashtags: vec![],
        };
        assert!(social.channel_matches(Channel::Bluesky));
        assert!(!social.channel_matches(Channel::Email));
        assert!(rsa(3, 2).channel_matches(Channel::GoogleRsa));
        assert!(!rsa(3, 2).channel_matches(Channel::MetaAd));
        let err = social.validate_shape(Channel::Blog).unwrap_err();
        assert!(err.contains("social"), "{err}");
    }

    #[test]
    fn rsa_counts_are_checked() {
        assert!(rsa(3, 2).validate_shape(Channel::GoogleRsa).is_ok());
        assert!(rsa(15, 4).validate_shape(Channel::GoogleRsa).is_ok());
        assert!(rsa(2, 2).validate_shape(Channel::GoogleRsa).is_err());
        assert!(rsa(16, 2).validate_shape(Channel::GoogleRsa).is_err());
        assert!(rsa(5, 1).validate_shape(Channel::GoogleRsa).is_err());
        assert!(rsa(5, 5).validate_shape(Channel::GoogleRsa).is_err());
        let dup = Draft::GoogleRsa {
            headlines: vec!["Same".into(), "same ".into(), "Other".into()],
            descriptions: vec!["a".into(), "b".into()],
            path1: String::new(),
            path2: String::new(),
        };
        assert!(
            dup.validate_shape(Channel::GoogleRsa)
                .unwrap_err()
                .contains("twice")
        );
    }

    #[test]
    fn empty_required_fields_are_rejected() {
        let social = Draft::Social {
            text: "  ".into(),
            hashtags: vec![],
        };
        assert!(social.validate_shape(Channel::X).is_err());
        let bad_tag = Draft::Social {
            text: "ok".into(),
            hashtags: vec!["two words".into()],
        };
        assert!(bad_tag.validate_shape(Channel::X).is_err());
        let ad = Draft::LinkedinSponsored {
            intro: "i".into(),
            headline: String::new(),
            description: String::new(),
        };
        assert!(ad.validate_shape(Channel::LinkedinSponsored).is_err());
    }

    #[test]
    fn email_needs_unsubscribe_in_both_bodies() {
        let ok = email(
            "Body {{unsubscribe_url}}",
            "<p>Body</p><a href=\"{{unsubscribe_url}}\">x</a>",
        );
        assert!(ok.validate_shape(Channel::Email).is_ok());
        let no_text = email("Body", "<a href=\"{{unsubscribe_url}}\">x</a>");
        assert!(no_text.validate_shape(Channel::Email).is_err());
        let no_html = email("Body {{unsubscribe_url}}", "<p>Body</p>");
        assert!(no_html.validate_shape(Channel::Email).is_err());
    }

    #[test]
    fn blog_slug_must_be_clean() {
        assert!(blog("a-good-slug-2").validate_shape(Channel::Blog).is_ok());
        assert!(blog("Not Good").validate_shape(Channel::Blog).is_err());
        assert!(blog("").validate_shape(Channel::Blog).is_err());
        assert!(blog("café").validate_shape(Channel::Blog).is_err());
    }

    #[test]
    fn word_counts_cover_every_field_once() {
        let social = Draft::Social {
            text: "Hello there — world!  - ".into(),
            hashtags: vec!["acme".into(), "#launch".into()],
        };
        assert_eq!(social.word_count(), 5);
        assert_eq!(
            social.main_text(),
            "Hello there — world!  -\n\n#acme #launch"
        );
        let e = email(
            "one two three {{unsubscribe_url}}",
            "<p>not counted at all</p>",
        );
        // subject 1 + variant 1 + preheader 1 + body 4 + cta 1
        assert_eq!(e.word_count(), 8);
        assert_eq!(rsa(3, 2).word_count(), 3 * 2 + 2 * 2 + 1);
        let b = blog("s");
        // title 1 + meta 1 + heading 1 + point 2 + body 2 ("#" is not a word)
        assert_eq!(b.word_count(), 7);
    }
}
