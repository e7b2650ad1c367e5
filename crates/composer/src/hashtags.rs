//! Hashtags: the brand's own first, then ones derived from the campaign's public theme, the
//! brief's topic and keywords, the brand's pillars and category, CamelCased and folded to
//! ASCII so they work on every platform. Never from the internal campaign name or the goal.

use content::{Channel, normalise_hashtag, slugify};

use crate::avoid::{Avoid, Replacer};
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
    /// The campaign's public theme (`Brief::theme`).
    pub theme: Option<&'a str>,
    pub topic: Option<&'a str>,
    pub pillars: &'a [String],
    pub keywords: &'a [String],
    pub category: Option<&'a str>,
    pub max: u8,
    /// Where this variant starts in the derived tags, so variants do not all carry the
    /// same ones (the brand's own tags always come first).
    pub rotate: usize,
}

pub fn hashtags(
    src: &TagSources<'_>,
    ch: Channel,
    voice: &Voice,
    avoid: &Avoid,
    replacer: &Replacer,
) -> Vec<String> {
    let brand_max = usize::from(src.max);
    // The brand's maximum always wins, whatever the platform allows or feedback asks for.
    let limit = (channel_cap(ch).min(brand_max) * voice.hashtag_percent as usize)
        .div_ceil(100)
        .min(brand_max);
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
    // Preferred wording applies inside tags too: "#CheapEats" becomes "#AffordableEats".
    let phrase = |p: &str| camel(&replacer.apply(p));
    for b in src.branded {
        let tag = normalise_hashtag(b);
        let tag = if replacer.is_empty() {
            tag
        } else {
            tag.and_then(|t| {
                let spaced = spaced(&t);
                let replaced = replacer.apply(&spaced);
                if replaced == spaced {
                    Some(t)
                } else {
                    camel(&replaced)
                }
            })
        };
        push(tag);
    }
    // The public theme leads the derived tags; the rest rotate by variant.
    push(src.theme.and_then(phrase));
    let mut derived: Vec<String> = Vec::new();
    let topic = src.topic.into_iter();
    let category = src.category.into_iter();
    for p in topic
        .chain(src.keywords.iter().map(String::as_str))
        .chain(src.pillars.iter().map(String::as_str))
        .chain(category)
    {
        if let Some(t) = phrase(p)
            && !derived.iter().any(|d| d.eq_ignore_ascii_case(&t))
        {
            derived.push(t);
        }
    }
    if !derived.is_empty() {
        let r = src.rotate % derived.len();
        derived.rotate_left(r);
    }
    for t in derived {
        push(Some(t));
    }
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
            theme: Some("spring launch"),
            topic: None,
            pillars: &pillars,
            keywords: &keywords,
            category: Some("software"),
            max: 10,
            rotate: 0,
        };
        let r = Replacer::default();
        let tags = hashtags(&src, Channel::Linkedin, &voice(&[]), &Avoid::default(), &r);
        assert_eq!(
            tags,
            ["Acme", "SpringLaunch", "AsyncMeetings", "RemoteWork"]
        );
        let x = hashtags(&src, Channel::X, &voice(&[]), &Avoid::default(), &r);
        assert_eq!(x, ["Acme", "SpringLaunch"]);
        let none = hashtags(
            &src,
            Channel::Instagram,
            &voice(&["no hashtags"]),
            &Avoid::default(),
            &r,
        );
        assert!(none.is_empty());
        let avoid = Avoid::new(&v(&["remote", "culture"]));
        let filtered = hashtags(&src, Channel::Linkedin, &voice(&[]), &avoid, &r);
        assert!(!filtered.iter().any(|t| t.to_lowercase().contains("remote")));
        assert!(
            !filtered
                .iter()
                .any(|t| t.to_lowercase().contains("culture")),
            "{filtered:?}"
        );
        let small = TagSources { max: 1, ..src };
        assert_eq!(
            hashtags(
                &small,
                Channel::Instagram,
                &voice(&[]),
                &Avoid::default(),
                &r
            ),
            ["Acme"]
        );
        // "More hashtags" never passes the brand's maximum.
        let three = TagSources { max: 3, ..small };
        let more = hashtags(
            &three,
            Channel::Instagram,
            &voice(&["more hashtags", "more hashtags"]),
            &Avoid::default(),
            &r,
        );
        assert_eq!(more.len(), 3, "{more:?}");
    }
}
