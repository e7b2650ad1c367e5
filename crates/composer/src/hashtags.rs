//! Hashtags: the brand's own first, then ones derived from the campaign, pillars, keywords
//! and category, CamelCased and folded to ASCII so they work on every platform.

use content::{Channel, normalise_hashtag, slugify};

use crate::avoid::Avoid;
use crate::voice::Voice;

/// How many hashtags suit each social channel before the brand's own limit applies.
fn channel_cap(ch: Channel) -> usize {
    match ch {
        Channel::X | Channel::Bluesky | Channel::Facebook => 2,
        Channel::Threads => 1,
        Channel::Linkedin | Channel::Mastodon => 4,
        Channel::Tiktok => 5,
        Channel::Instagram => 30,
        _ => 0,
    }
}

/// "content marketing tips" → "ContentMarketingTips"; `None` when nothing usable is left
/// or the tag would be unreadably long.
pub fn camel(phrase: &str) -> Option<String> {
    let slug = slugify(phrase);
    let tag: String = slug
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    (!tag.is_empty() && tag.len() <= 30 && !tag.chars().all(|c| c.is_ascii_digit())).then_some(tag)
}

/// "TeamCulture" → "Team Culture", so avoided words are found inside CamelCase tags.
fn spaced(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len() + 4);
    let mut prev_lower = false;
    for c in tag.chars() {
        if c.is_uppercase() && prev_lower {
            out.push(' ');
        }
        if c == '_' {
            out.push(' ');
        } else {
            out.push(c);
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    out
}

pub struct TagSources<'a> {
    pub branded: &'a [String],
    pub campaign: Option<&'a str>,
    pub pillars: &'a [String],
    pub keywords: &'a [String],
    pub category: Option<&'a str>,
    pub max: u8,
}

pub fn hashtags(src: &TagSources<'_>, ch: Channel, voice: &Voice, avoid: &Avoid) -> Vec<String> {
    let limit =
        (channel_cap(ch).min(usize::from(src.max)) * voice.hashtag_percent as usize).div_ceil(100);
    let limit = if voice.hashtag_percent == 0 { 0 } else { limit };
    let mut out: Vec<String> = Vec::new();
    let mut push = |tag: Option<String>| {
        if let Some(t) = tag
            && out.len() < limit
            && !avoid.hits(&spaced(&t))
            && !out.iter().any(|o| o.eq_ignore_ascii_case(&t))
        {
            out.push(t);
        }
    };
    for b in src.branded {
        push(normalise_hashtag(b));
    }
    push(src.campaign.and_then(camel));
    for p in src.pillars {
        push(camel(p));
    }
    for k in src.keywords {
        push(camel(k));
    }
    push(src.category.and_then(camel));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use content::{Brief, EmojiUse, Tone};

    fn voice(feedback: &[&str]) -> Voice {
        let brief = Brief {
            feedback: feedback.iter().map(|s| s.to_string()).collect(),
            ..Brief::default()
        };
        Voice::new(Tone::default(), EmojiUse::Sparing, &brief)
    }

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn camel_cases_and_folds() {
        assert_eq!(
            camel("content marketing tips").as_deref(),
            Some("ContentMarketingTips")
        );
        assert_eq!(camel("Café culture").as_deref(), Some("CafeCulture"));
        assert_eq!(camel("!!!"), None);
        assert_eq!(camel("2024"), None);
    }

    #[test]
    fn branded_first_then_derived_within_limits() {
        let branded = v(&["#Acme", "acme"]);
        let pillars = v(&["remote work", "Team culture"]);
        let keywords = v(&["async meetings"]);
        let src = TagSources {
            branded: &branded,
            campaign: Some("spring launch"),
            pillars: &pillars,
            keywords: &keywords,
            category: Some("software"),
            max: 10,
        };
        let tags = hashtags(&src, Channel::Linkedin, &voice(&[]), &Avoid::default());
        assert_eq!(tags, ["Acme", "SpringLaunch", "RemoteWork", "TeamCulture"]);
        let x = hashtags(&src, Channel::X, &voice(&[]), &Avoid::default());
        assert_eq!(x, ["Acme", "SpringLaunch"]);
        let none = hashtags(
            &src,
            Channel::Instagram,
            &voice(&["no hashtags"]),
            &Avoid::default(),
        );
        assert!(none.is_empty());
        let avoid = Avoid::new(&v(&["remote", "culture"]));
        let filtered = hashtags(&src, Channel::Linkedin, &voice(&[]), &avoid);
        assert!(!filtered.iter().any(|t| t.to_lowercase().contains("remote")));
        assert!(
            !filtered
                .iter()
                .any(|t| t.to_lowercase().contains("culture")),
            "{filtered:?}"
        );
        let small = TagSources { max: 1, ..src };
        assert_eq!(
            hashtags(&small, Channel::Instagram, &voice(&[]), &Avoid::default()),
            ["Acme"]
        );
    }
}
