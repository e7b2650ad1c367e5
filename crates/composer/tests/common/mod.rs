//! Shared fixtures: a realistic brand, persona and brief, and text checks.
#![allow(dead_code)]

use content::{BrandFacts, Brief, Channel, ComposeRequest, Draft, EmojiUse, PersonaFacts, Tone};

pub fn brand() -> BrandFacts {
    BrandFacts {
        name: "Tidewater".into(),
        tagline: "Plan less, publish more".into(),
        mission: "To help small marketing teams do their best work without burning out".into(),
        values: vec!["clarity".into(), "kindness".into()],
        value_propositions: vec![
            "A shared calendar for every channel".into(),
            "Approvals in one click".into(),
            "Reports that write themselves".into(),
        ],
        pillars: vec!["content planning".into(), "team workflow".into()],
        category: "content planning software".into(),
        audience: "small marketing teams".into(),
        benefit: "ship campaigns on time without the spreadsheet chaos".into(),
        differentiator: "it plans around your team's real capacity, not wishful thinking".into(),
        emoji: EmojiUse::Sparing,
        hashtags: vec!["#Tidewater".into()],
        max_hashtags: 3,
        website: Some("https://tidewater.example".into()),
        ..BrandFacts::default()
    }
}

pub fn persona() -> PersonaFacts {
    PersonaFacts {
        name: "Maya".into(),
        role: "marketing lead".into(),
        goals: vec![
            "launch campaigns without weekend work".into(),
            "prove marketing's impact".into(),
        ],
        pains: vec![
            "chasing approvals over email".into(),
            "Spreadsheets that are out of date by Monday".into(),
        ],
        objections: vec!["switching tools takes too long".into()],
        buying_stage: "consideration".into(),
    }
}

pub fn brief() -> Brief {
    Brief {
        goal: "trial sign-ups".into(),
        key_message:
            "The new capacity planner shows who can take on what before you commit to a deadline."
                .into(),
        call_to_action: "Start your trial".into(),
        cta_url: Some("https://tidewater.example/trial".into()),
        keywords: vec!["content calendar".into(), "marketing workflow".into()],
        ..Brief::default()
    }
}

pub fn request(channel: Channel) -> ComposeRequest {
    ComposeRequest {
        brand: brand(),
        persona: Some(persona()),
        brief: brief(),
        channel,
        variant: 0,
        step: None,
        seed: 7,
    }
}

pub const FORMAL: Tone = Tone {
    formal_casual: 5,
    serious_playful: 20,
    respectful_irreverent: 10,
    matter_of_fact_enthusiastic: 30,
};

pub const CASUAL: Tone = Tone {
    formal_casual: 95,
    serious_playful: 85,
    respectful_irreverent: 70,
    matter_of_fact_enthusiastic: 80,
};

pub fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2300..=0x23FF | 0x2B50 | 0x2B55)
}

pub fn emoji_count(s: &str) -> usize {
    s.chars().filter(|c| is_emoji(*c)).count()
}

/// Every reader-visible string, HTML included, for checks that must hold everywhere.
pub fn all_text(d: &Draft) -> String {
    match d {
        Draft::Email { body_html, .. } => format!("{}\n\n{body_html}", d.main_text()),
        Draft::Blog { slug, .. } => format!("{}\n\n{slug}", d.main_text()),
        _ => d.main_text(),
    }
}

/// Words starting with `term` (lowercase, at least four letters) or containing the phrase.
pub fn mentions(text: &str, term: &str) -> bool {
    let lower = text.to_lowercase();
    if term.contains(' ') {
        return lower.contains(term);
    }
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(term))
}

const CONTRACTIONS: [&str; 18] = [
    "you're", "we're", "it's", "that's", "here's", "there's", "what's", "let's", "don't",
    "doesn't", "isn't", "can't", "won't", "we've", "you'll", "we'll", "you'd", "they'll",
];

pub fn contractions(s: &str) -> usize {
    let lower = s.to_lowercase().replace('’', "'");
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| CONTRACTIONS.contains(w))
        .count()
}
