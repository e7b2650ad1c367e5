//! What a person asks the agents for, and how it fans out into inbox items.

use content::{AgentKind, Channel, Language, Tone};
use garde::Validate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// Most inbox items one request may create.
pub const MAX_ITEMS: usize = 60;

fn default_variants() -> u8 {
    2
}

fn default_sequence() -> u8 {
    1
}

/// A brief for the agents: one item per channel and persona (an email sequence makes one item
/// per email), each with `variants` variants.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
pub struct BriefInput {
    #[garde(skip)]
    pub brand_id: Uuid,
    /// Personas to write for; none writes for the brand's general audience.
    #[serde(default)]
    #[garde(length(max = 5))]
    pub persona_ids: Vec<Uuid>,
    #[garde(length(min = 1, max = 13), custom(distinct))]
    pub channels: Vec<Channel>,
    /// What the content should achieve, e.g. "launch week sign-ups".
    #[serde(default)]
    #[garde(length(chars, max = 500))]
    pub goal: String,
    #[garde(custom(not_blank), length(chars, max = 1000))]
    pub key_message: String,
    #[serde(default)]
    #[garde(length(chars, max = 200))]
    pub call_to_action: String,
    #[serde(default)]
    #[garde(inner(custom(http_url)))]
    pub cta_url: Option<String>,
    /// A campaign name, until campaigns have their own module. Internal: writers read it as
    /// context and never publish it or make a hashtag of it.
    #[serde(default)]
    #[garde(inner(length(chars, max = 200)))]
    pub campaign: Option<String>,
    /// The campaign's public theme, e.g. "Summer of Solar": writers may use it in the copy
    /// and as a hashtag.
    #[serde(default)]
    #[garde(inner(length(chars, max = 200)))]
    pub theme: Option<String>,
    /// The language to write in (`en`, `es`, `fr`, `de`, `pt`); the brand's when omitted.
    #[serde(default)]
    #[garde(skip)]
    pub language: Option<Language>,
    #[serde(default = "default_variants")]
    #[garde(range(min = 1, max = 5))]
    pub variants: u8,
    #[serde(default)]
    #[garde(skip)]
    pub tone_override: Option<Tone>,
    /// Emails in the sequence when `email` is among the channels.
    #[serde(default = "default_sequence")]
    #[garde(range(min = 1, max = 6))]
    pub email_sequence_length: u8,
    /// Search keywords for blog posts, the first one leading.
    #[serde(default)]
    #[garde(length(max = 10), inner(length(chars, min = 1, max = 80)))]
    pub keywords: Vec<String>,
    #[serde(default)]
    #[garde(inner(length(chars, max = 200)))]
    pub topic: Option<String>,
    /// Facts from market research to write from (a news item, a competitor's positioning, an
    /// audit finding), as offered by `GET /research/brief-sources`.
    #[serde(default)]
    #[garde(length(max = 5), inner(length(chars, max = 1500)))]
    pub research: Vec<String>,
}

fn not_blank(v: &str, _: &()) -> garde::Result {
    if v.trim().is_empty() {
        return Err(garde::Error::new("must not be blank"));
    }
    Ok(())
}

fn distinct(v: &[Channel], _: &()) -> garde::Result {
    let mut seen = Vec::with_capacity(v.len());
    for c in v {
        if seen.contains(c) {
            return Err(garde::Error::new(format!("{} is listed twice", c.as_str())));
        }
        seen.push(*c);
    }
    Ok(())
}

fn http_url(v: &str, _: &()) -> garde::Result {
    match url::Url::parse(v) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
        _ => Err(garde::Error::new("must be an http or https URL")),
    }
}

/// One inbox item a brief asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedItem {
    pub channel: Channel,
    pub persona_id: Option<Uuid>,
    pub sequence_index: Option<u32>,
}

/// Every item of a brief, in the order the agents work them: by persona, then channel.
pub fn plan(brief: &BriefInput) -> Vec<PlannedItem> {
    let personas: Vec<Option<Uuid>> = if brief.persona_ids.is_empty() {
        vec![None]
    } else {
        brief.persona_ids.iter().copied().map(Some).collect()
    };
    let mut out = Vec::new();
    for persona_id in personas {
        for &channel in &brief.channels {
            if channel == Channel::Email && brief.email_sequence_length > 1 {
                for i in 0..u32::from(brief.email_sequence_length) {
                    out.push(PlannedItem {
                        channel,
                        persona_id,
                        sequence_index: Some(i),
                    });
                }
            } else {
                out.push(PlannedItem {
                    channel,
                    persona_id,
                    sequence_index: None,
                });
            }
        }
    }
    out
}

/// The most words one variant of `channel` is expected to hold: what a generation reserves
/// before it knows what it will write.
pub fn max_words(channel: Channel) -> u64 {
    match channel.agent() {
        AgentKind::Social => 350,
        AgentKind::Ads => 300,
        AgentKind::Email => 450,
        AgentKind::Blog => 1600,
    }
}

/// Words reserved for a whole brief.
pub fn reserved_words(items: &[PlannedItem], variants: u8) -> u64 {
    items.iter().map(|i| max_words(i.channel)).sum::<u64>() * u64::from(variants)
}

/// A title for the inbox list, e.g. "LinkedIn post · Ops managers" or "Email 2 of 3".
pub fn title(channel: Channel, persona: Option<&str>, seq: Option<(u32, u32)>) -> String {
    let base = match (channel, seq) {
        (Channel::Email, Some((i, n))) => format!("Email {} of {n}", i + 1),
        (c, _) => label(c).to_owned(),
    };
    match persona {
        Some(p) if !p.is_empty() => format!("{base} · {p}"),
        _ => base,
    }
}

pub fn label(c: Channel) -> &'static str {
    match c {
        Channel::X => "X post",
        Channel::Linkedin => "LinkedIn post",
        Channel::Instagram => "Instagram caption",
        Channel::Facebook => "Facebook post",
        Channel::Threads => "Threads post",
        Channel::Mastodon => "Mastodon post",
        Channel::Bluesky => "Bluesky post",
        Channel::Tiktok => "TikTok caption",
        Channel::GoogleRsa => "Google responsive search ad",
        Channel::MetaAd => "Meta ad",
        Channel::LinkedinSponsored => "LinkedIn sponsored content",
        Channel::Email => "Marketing email",
        Channel::Blog => "Blog post",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brief(channels: Vec<Channel>) -> BriefInput {
        BriefInput {
            brand_id: Uuid::nil(),
            persona_ids: vec![],
            channels,
            goal: "launch".into(),
            key_message: "We launched".into(),
            call_to_action: "Try it".into(),
            cta_url: None,
            campaign: None,
            theme: None,
            language: None,
            variants: 2,
            tone_override: None,
            email_sequence_length: 1,
            keywords: vec![],
            topic: None,
            research: vec![],
        }
    }

    #[test]
    fn a_brief_fans_out_by_persona_channel_and_sequence() {
        let mut b = brief(vec![Channel::Linkedin, Channel::Email]);
        b.email_sequence_length = 2;
        let (p1, p2) = (Uuid::from_u128(1), Uuid::from_u128(2));
        b.persona_ids = vec![p1, p2];
        let items = plan(&b);
        assert_eq!(items.len(), 6);
        assert_eq!(items[0].persona_id, Some(p1));
        assert_eq!(items[1].sequence_index, Some(0));
        assert_eq!(items[2].sequence_index, Some(1));
        assert_eq!(items[3].persona_id, Some(p2));
        assert!(
            items
                .iter()
                .all(|i| i.channel != Channel::Email || i.sequence_index.is_some())
        );
    }

    #[test]
    fn without_personas_one_item_per_channel() {
        let items = plan(&brief(vec![Channel::X, Channel::GoogleRsa]));
        assert_eq!(items.len(), 2);
        assert!(
            items
                .iter()
                .all(|i| i.persona_id.is_none() && i.sequence_index.is_none())
        );
    }

    #[test]
    fn reservation_covers_every_variant() {
        let items = plan(&brief(vec![Channel::X, Channel::Blog]));
        assert_eq!(reserved_words(&items, 2), (350 + 1600) * 2);
    }

    #[test]
    fn validation_names_the_fields() {
        let mut b = brief(vec![Channel::X, Channel::X]);
        b.key_message = "  ".into();
        b.variants = 9;
        b.cta_url = Some("ftp://x".into());
        b.theme = Some("t".repeat(201));
        let err = b.validate().unwrap_err().to_string();
        for field in ["channels", "key_message", "variants", "cta_url", "theme"] {
            assert!(err.contains(field), "{field} in {err}");
        }
        assert!(brief(vec![Channel::X]).validate().is_ok());
    }

    #[test]
    fn titles_read_well() {
        assert_eq!(
            title(Channel::Linkedin, Some("Ops leads"), None),
            "LinkedIn post · Ops leads"
        );
        assert_eq!(title(Channel::Email, None, Some((1, 3))), "Email 2 of 3");
    }
}
