//! Emoji that fit the brand's subject and the voice, within the brand's emoji policy.

use content::{Channel, EmojiUse};

use crate::voice::Voice;

/// Subject words and the emoji that suit them. Single code points only, so every platform
/// counts each as one character and renders it in colour without a variation selector.
const THEMES: &[(&[&str], &str)] = &[
    (&["coffee", "café", "cafe", "espresso", "brew"], "☕"),
    (&["tea"], "🍵"),
    (
        &[
            "food",
            "restaurant",
            "recipe",
            "kitchen",
            "meal",
            "bakery",
            "bake",
        ],
        "🍴",
    ),
    (&["fitness", "gym", "workout", "training", "strength"], "💪"),
    (
        &["health", "healthcare", "clinic", "wellness", "medical"],
        "🩺",
    ),
    (
        &[
            "finance", "money", "invest", "budget", "bank", "pay", "revenue",
        ],
        "💰",
    ),
    (&["growth", "grow", "sales", "pipeline", "scale"], "📈"),
    (
        &["data", "analytics", "report", "dashboard", "metric"],
        "📊",
    ),
    (&["security", "secure", "privacy", "protect", "safe"], "🔒"),
    (
        &[
            "time", "fast", "faster", "quick", "speed", "minutes", "hours",
        ],
        "⏰",
    ),
    (&["travel", "trip", "global", "world"], "🌍"),
    (
        &["sustainab", "eco", "green", "climate", "plant", "garden"],
        "🌱",
    ),
    (
        &["learn", "education", "course", "school", "student", "teach"],
        "📚",
    ),
    (&["design", "creative", "artist", "illustration"], "🎨"),
    (
        &["code", "developer", "software", "api", "dev", "engineer"],
        "💻",
    ),
    (&["email", "newsletter", "inbox"], "📧"),
    (&["launch", "new", "release", "announce"], "🚀"),
    (
        &["event", "webinar", "workshop", "calendar", "schedule"],
        "📅",
    ),
    (&["music", "sound", "audio", "podcast"], "🎧"),
    (&["pet", "dog", "cat"], "🐾"),
    (&["home", "house", "interior"], "🏡"),
    (&["team", "community", "together", "partner"], "🤝"),
    (&["idea", "insight", "tip", "guide"], "💡"),
    (&["book", "read", "story"], "📖"),
];

const CALM: &[&str] = &["👉", "✅", "💡", "📌"];
const LIVELY: &[&str] = &["✨", "🙌", "🎉", "😊"];
const HIGH: &[&str] = &["🚀", "🎉", "🔥", "⚡"];

/// How many emoji a draft may carry and which ones, in order of preference.
pub struct EmojiPlan {
    pub budget: usize,
    pub palette: Vec<&'static str>,
}

impl EmojiPlan {
    pub fn new(
        policy: EmojiUse,
        channel: Channel,
        voice: &Voice,
        theme_text: &str,
        roll: usize,
    ) -> EmojiPlan {
        let budget = match (policy, channel) {
            (EmojiUse::Never, _) => 0,
            // A calm, minimal voice (matter-of-fact and serious or formal) uses none at all.
            _ if voice.calm() => 0,
            // Search ads reject emoji; sponsored LinkedIn and blog copy read better without.
            (_, Channel::GoogleRsa | Channel::LinkedinSponsored | Channel::Blog) => 0,
            (EmojiUse::Sparing, _) if voice.formal() && voice.serious() => 0,
            (EmojiUse::Sparing, _) => 1,
            (
                EmojiUse::Encouraged,
                Channel::X | Channel::Bluesky | Channel::Tiktok | Channel::MetaAd,
            ) => 2,
            (EmojiUse::Encouraged, Channel::Linkedin | Channel::Email) => 2,
            (EmojiUse::Encouraged, _) => 3,
        };
        if budget == 0 {
            return EmojiPlan {
                budget,
                palette: Vec::new(),
            };
        }
        let mut palette = theme_emoji(theme_text);
        let general = if voice.enthusiastic() {
            HIGH
        } else if voice.playful() || voice.casual() {
            LIVELY
        } else {
            CALM
        };
        // Rotate the general set so variants do not all reach for the same one.
        let n = general.len();
        for i in 0..n {
            let e = general[(roll + i) % n];
            if !palette.contains(&e) {
                palette.push(e);
            }
        }
        if palette.len() > 1 {
            let r = roll % palette.len().min(3);
            palette.swap(0, r);
        }
        EmojiPlan { budget, palette }
    }

    /// The next emoji if the budget allows.
    pub fn take(&mut self) -> Option<&'static str> {
        if self.budget == 0 || self.palette.is_empty() {
            return None;
        }
        self.budget -= 1;
        Some(self.palette.remove(0))
    }
}

/// Up to three emoji that suit the subject words in `theme_text`, memoised per thread (a
/// request's theme is the same for every variant and attempt).
pub fn theme_emoji(theme_text: &str) -> Vec<&'static str> {
    thread_local! {
        static LAST: std::cell::RefCell<(String, Vec<&'static str>)> = Default::default();
    }
    if let Some(hit) = LAST.with(|l| {
        let l = l.borrow();
        (l.0 == theme_text).then(|| l.1.clone())
    }) {
        return hit;
    }
    let words: Vec<&str> = theme_text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut palette: Vec<&'static str> = Vec::new();
    for (keys, e) in THEMES {
        if palette.len() >= 3 {
            break;
        }
        if words.iter().any(|w| keys.iter().any(|k| theme_word(w, k))) && !palette.contains(e) {
            palette.push(e);
        }
    }
    LAST.with(|l| *l.borrow_mut() = (theme_text.to_string(), palette.clone()));
    palette
}

/// Short keys match whole words (and plurals) only, so "tea" does not claim "team"; longer
/// ones also match as prefixes ("sustainab" for "sustainable").
fn theme_word(word: &str, key: &str) -> bool {
    word == key || word.strip_suffix('s') == Some(key) || (key.len() >= 5 && word.starts_with(key))
}

/// True for characters counted as emoji by the policy tests and the plan above.
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x2300..=0x23FF | 0x2B50 | 0x2B55 | 0x1F000..=0x1F2FF)
}

pub fn count_emoji(s: &str) -> usize {
    s.chars().filter(|c| is_emoji(*c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use content::{Brief, Tone};

    fn voice() -> Voice {
        Voice::new(Tone::default(), EmojiUse::Sparing, &Brief::default())
    }

    #[test]
    fn budget_follows_policy_and_channel() {
        let v = voice();
        assert_eq!(
            EmojiPlan::new(EmojiUse::Never, Channel::Instagram, &v, "", 0).budget,
            0
        );
        assert_eq!(
            EmojiPlan::new(EmojiUse::Sparing, Channel::Instagram, &v, "", 0).budget,
            1
        );
        assert_eq!(
            EmojiPlan::new(EmojiUse::Encouraged, Channel::Instagram, &v, "", 0).budget,
            3
        );
        assert_eq!(
            EmojiPlan::new(EmojiUse::Encouraged, Channel::GoogleRsa, &v, "", 0).budget,
            0
        );
    }

    #[test]
    fn theme_emoji_come_first() {
        let mut plan = EmojiPlan::new(
            EmojiUse::Encouraged,
            Channel::Instagram,
            &voice(),
            "fresh coffee daily",
            0,
        );
        assert_eq!(plan.take(), Some("☕"));
        let team = EmojiPlan::new(
            EmojiUse::Encouraged,
            Channel::Instagram,
            &voice(),
            "our team",
            0,
        );
        assert!(!team.palette.contains(&"🍵"));
        assert!(team.palette.contains(&"🤝"));
        assert!(plan.take().is_some());
        assert!(plan.take().is_some());
        assert_eq!(plan.take(), None);
    }

    #[test]
    fn counts_emoji() {
        assert_eq!(count_emoji("Hi ☕ there 🚀 — ok"), 2);
        assert_eq!(count_emoji("plain text → arrows"), 0);
        for (_, e) in THEMES {
            assert_eq!(count_emoji(e), 1, "{e}");
        }
    }
}
