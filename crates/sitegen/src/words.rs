//! Varied text from word lists and a seeded generator, so that every page reads differently
//! (distinct titles, descriptions and SimHash fingerprints) and the same seed gives the same site.

use std::collections::HashSet;

use rand::Rng;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

const ADJ: &[&str] = &[
    "agile",
    "bold",
    "clear",
    "curious",
    "daily",
    "direct",
    "early",
    "focused",
    "fresh",
    "global",
    "honest",
    "hybrid",
    "lean",
    "local",
    "loyal",
    "modern",
    "nimble",
    "open",
    "patient",
    "practical",
    "quiet",
    "rapid",
    "remote",
    "robust",
    "seasonal",
    "sharp",
    "simple",
    "smart",
    "steady",
    "subtle",
    "tidy",
    "timely",
    "visual",
    "vivid",
    "warm",
    "weekly",
    "wise",
    "young",
    "careful",
    "digital",
];
const NOUN: &[&str] = &[
    "audience",
    "brand",
    "budget",
    "campaign",
    "channel",
    "checklist",
    "customer",
    "dashboard",
    "deadline",
    "editor",
    "email",
    "event",
    "feedback",
    "forecast",
    "funnel",
    "headline",
    "inbox",
    "insight",
    "launch",
    "letter",
    "market",
    "message",
    "metric",
    "newsletter",
    "offer",
    "partner",
    "playbook",
    "podcast",
    "post",
    "pricing",
    "promise",
    "report",
    "review",
    "roadmap",
    "schedule",
    "segment",
    "story",
    "strategy",
    "survey",
    "team",
    "template",
    "trend",
    "video",
    "voice",
    "webinar",
    "workflow",
    "writer",
    "calendar",
    "landing page",
    "persona",
];
const VERB: &[&str] = &[
    "shapes",
    "builds",
    "guides",
    "improves",
    "measures",
    "supports",
    "connects",
    "drives",
    "reveals",
    "simplifies",
    "protects",
    "explains",
    "frames",
    "inspires",
    "balances",
    "tracks",
    "sharpens",
    "clarifies",
    "strengthens",
    "organises",
    "rewards",
    "anchors",
    "lifts",
    "tests",
];
const PREP: &[&str] = &[
    "for", "with", "across", "behind", "beyond", "inside", "around", "before", "after", "through",
];
const CONNECT: &[&str] = &[
    "Meanwhile",
    "In practice",
    "Over time",
    "For most teams",
    "As a rule",
    "In short",
    "Even so",
    "At first",
    "Later on",
    "In our experience",
    "Often",
    "Sometimes",
];

const FR_ADJ: &[&str] = &[
    "agile",
    "clair",
    "direct",
    "frais",
    "honnete",
    "local",
    "moderne",
    "ouvert",
    "patient",
    "pratique",
    "rapide",
    "simple",
    "solide",
    "visuel",
    "chaleureux",
    "fidele",
    "precis",
    "calme",
];
const FR_NOUN: &[&str] = &[
    "audience",
    "marque",
    "budget",
    "campagne",
    "canal",
    "client",
    "tableau",
    "equipe",
    "message",
    "lettre",
    "marche",
    "offre",
    "partenaire",
    "rapport",
    "calendrier",
    "histoire",
    "strategie",
    "enquete",
    "tendance",
    "video",
    "voix",
    "redacteur",
    "lancement",
    "promesse",
];
const FR_VERB: &[&str] = &[
    "guide",
    "ameliore",
    "mesure",
    "soutient",
    "relie",
    "revele",
    "simplifie",
    "protege",
    "explique",
    "inspire",
    "equilibre",
    "suit",
    "renforce",
    "organise",
    "recompense",
];
const FR_PREP: &[&str] = &[
    "pour", "avec", "dans", "apres", "avant", "autour", "selon", "sans",
];

/// The language a text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

pub struct Writer {
    pub rng: ChaCha8Rng,
    used: HashSet<String>,
}

fn pick<'a>(rng: &mut ChaCha8Rng, list: &[&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or("")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl Writer {
    pub fn new(rng: ChaCha8Rng) -> Self {
        Self {
            rng,
            used: HashSet::new(),
        }
    }

    fn lists(
        lang: Lang,
    ) -> (
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    ) {
        match lang {
            Lang::En => (ADJ, NOUN, VERB, PREP),
            Lang::Fr => (FR_ADJ, FR_NOUN, FR_VERB, FR_PREP),
        }
    }

    /// One sentence of 8 to 16 words.
    pub fn sentence(&mut self, lang: Lang) -> String {
        let (adj, noun, verb, prep) = Self::lists(lang);
        let mut words: Vec<String> = Vec::new();
        if lang == Lang::En && self.rng.random_bool(0.3) {
            words.push(format!("{},", pick(&mut self.rng, CONNECT)));
        }
        let the = if lang == Lang::En { "the" } else { "la" };
        let a = if lang == Lang::En { "a" } else { "une" };
        words.push(the.into());
        words.push(pick(&mut self.rng, adj).into());
        words.push(pick(&mut self.rng, noun).into());
        words.push(pick(&mut self.rng, verb).into());
        words.push(a.into());
        words.push(pick(&mut self.rng, adj).into());
        words.push(pick(&mut self.rng, noun).into());
        let extra = self.rng.random_range(1..=3);
        for _ in 0..extra {
            words.push(pick(&mut self.rng, prep).into());
            words.push(the.into());
            if self.rng.random_bool(0.5) {
                words.push(pick(&mut self.rng, adj).into());
            }
            words.push(pick(&mut self.rng, noun).into());
        }
        let mut s = capitalise(&words.join(" "));
        s.push('.');
        s
    }

    /// Sentences until at least `min_words` words.
    pub fn paragraph(&mut self, lang: Lang, min_words: usize) -> String {
        let mut out = String::new();
        while out.split_whitespace().count() < min_words {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.sentence(lang));
        }
        out
    }

    /// A heading-like phrase of `chars` length range, never returned twice.
    pub fn unique_phrase(&mut self, lang: Lang, min: usize, max: usize) -> String {
        let (adj, noun, _, prep) = Self::lists(lang);
        loop {
            let mut s = format!(
                "{} {} {} {} {}",
                capitalise(pick(&mut self.rng, adj)),
                pick(&mut self.rng, noun),
                pick(&mut self.rng, prep),
                pick(&mut self.rng, adj),
                pick(&mut self.rng, noun)
            );
            if s.chars().count() < min {
                s.push(' ');
                s.push_str(pick(&mut self.rng, noun));
            }
            let n = s.chars().count();
            if n >= min && n <= max && self.used.insert(s.to_lowercase()) {
                return s;
            }
        }
    }

    /// A meta description of 90 to 150 characters, never returned twice.
    pub fn description(&mut self, lang: Lang) -> String {
        loop {
            let mut s = self.sentence(lang);
            while s.chars().count() < 90 {
                s.push(' ');
                s.push_str(&self.sentence(lang));
            }
            if s.chars().count() <= 150 && self.used.insert(s.to_lowercase()) {
                return s;
            }
        }
    }

    /// Marks a text as used so no generated text repeats it.
    pub fn reserve(&mut self, s: &str) -> bool {
        self.used.insert(s.to_lowercase())
    }
}

/// A URL slug of a phrase.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}
