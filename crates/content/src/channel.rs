//! Where a draft will be published, and which agent writes for it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A publishing destination. Each has its own draft shape and length rules.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    X,
    Linkedin,
    Instagram,
    Facebook,
    Threads,
    Mastodon,
    Bluesky,
    Tiktok,
    GoogleRsa,
    MetaAd,
    LinkedinSponsored,
    Email,
    Blog,
}

/// The agent responsible for a family of channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentKind {
    Social,
    Ads,
    Email,
    Blog,
}

/// A channel name that is not one of [`Channel::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown channel `{0}`")]
pub struct UnknownChannel(pub String);

impl Channel {
    pub const ALL: [Channel; 13] = [
        Channel::X,
        Channel::Linkedin,
        Channel::Instagram,
        Channel::Facebook,
        Channel::Threads,
        Channel::Mastodon,
        Channel::Bluesky,
        Channel::Tiktok,
        Channel::GoogleRsa,
        Channel::MetaAd,
        Channel::LinkedinSponsored,
        Channel::Email,
        Channel::Blog,
    ];

    /// The wire name, identical to the serde representation.
    pub fn as_str(&self) -> &'static str {
        match self {
            Channel::X => "x",
            Channel::Linkedin => "linkedin",
            Channel::Instagram => "instagram",
            Channel::Facebook => "facebook",
            Channel::Threads => "threads",
            Channel::Mastodon => "mastodon",
            Channel::Bluesky => "bluesky",
            Channel::Tiktok => "tiktok",
            Channel::GoogleRsa => "google_rsa",
            Channel::MetaAd => "meta_ad",
            Channel::LinkedinSponsored => "linkedin_sponsored",
            Channel::Email => "email",
            Channel::Blog => "blog",
        }
    }

    /// A name for people, as the platforms spell themselves.
    pub fn label(&self) -> &'static str {
        match self {
            Channel::X => "X",
            Channel::Linkedin => "LinkedIn",
            Channel::Instagram => "Instagram",
            Channel::Facebook => "Facebook",
            Channel::Threads => "Threads",
            Channel::Mastodon => "Mastodon",
            Channel::Bluesky => "Bluesky",
            Channel::Tiktok => "TikTok",
            Channel::GoogleRsa => "Google responsive search ad",
            Channel::MetaAd => "Meta ad",
            Channel::LinkedinSponsored => "LinkedIn sponsored content",
            Channel::Email => "Email",
            Channel::Blog => "Blog",
        }
    }

    pub fn agent(&self) -> AgentKind {
        match self {
            Channel::X
            | Channel::Linkedin
            | Channel::Instagram
            | Channel::Facebook
            | Channel::Threads
            | Channel::Mastodon
            | Channel::Bluesky
            | Channel::Tiktok => AgentKind::Social,
            Channel::GoogleRsa | Channel::MetaAd | Channel::LinkedinSponsored => AgentKind::Ads,
            Channel::Email => AgentKind::Email,
            Channel::Blog => AgentKind::Blog,
        }
    }

    /// True for the channels whose draft is [`crate::Draft::Social`].
    pub fn is_social(&self) -> bool {
        self.agent() == AgentKind::Social
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Channel {
    type Err = UnknownChannel;

    /// Accepts the wire names case-insensitively, with `-` or spaces for `_`, and the
    /// platforms' former or common names (`twitter`, `google_ads`, `meta`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm: String = s
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        let found = Channel::ALL.iter().copied().find(|c| c.as_str() == norm);
        if let Some(ch) = found {
            return Ok(ch);
        }
        match norm.as_str() {
            "twitter" => Ok(Channel::X),
            "google_ads" | "google" | "rsa" => Ok(Channel::GoogleRsa),
            "meta" | "facebook_ad" | "instagram_ad" => Ok(Channel::MetaAd),
            "linkedin_ad" | "linkedin_ads" => Ok(Channel::LinkedinSponsored),
            _ => Err(UnknownChannel(s.to_string())),
        }
    }
}

impl fmt::Display for AgentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AgentKind::Social => "social",
            AgentKind::Ads => "ads",
            AgentKind::Email => "email",
            AgentKind::Blog => "blog",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_str_matches_serde_and_round_trips() {
        for ch in Channel::ALL {
            let json = serde_json::to_string(&ch).unwrap();
            assert_eq!(json, format!("\"{}\"", ch.as_str()));
            assert_eq!(ch.as_str().parse::<Channel>().unwrap(), ch);
            assert_eq!(ch.to_string(), ch.as_str());
        }
    }

    #[test]
    fn parse_accepts_aliases_and_rejects_unknown() {
        assert_eq!("Twitter".parse::<Channel>().unwrap(), Channel::X);
        assert_eq!(
            "LinkedIn-Sponsored".parse::<Channel>().unwrap(),
            Channel::LinkedinSponsored
        );
        assert_eq!(
            " google ads ".parse::<Channel>().unwrap(),
            Channel::GoogleRsa
        );
        assert!("myspace".parse::<Channel>().is_err());
        assert!("".parse::<Channel>().is_err());
    }

    #[test]
    fn agents_group_channels() {
        assert_eq!(Channel::Tiktok.agent(), AgentKind::Social);
        assert_eq!(Channel::MetaAd.agent(), AgentKind::Ads);
        assert_eq!(Channel::Email.agent(), AgentKind::Email);
        assert_eq!(Channel::Blog.agent(), AgentKind::Blog);
        assert_eq!(Channel::ALL.iter().filter(|c| c.is_social()).count(), 8);
    }
}
