//! The voice of one draft: the brand's tone sliders, the brief's override, then the user's
//! revision feedback, reduced to what the phrase banks can act on.

use content::{Brief, EmojiUse, Tone};

use crate::industry::Industry;

/// Where a slider sits: the left word (Low), neutral (Mid) or the right word (High).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Low,
    Mid,
    High,
}

impl Lean {
    fn of(slider: u8) -> Lean {
        match slider {
            0..=35 => Lean::Low,
            36..=64 => Lean::Mid,
            _ => Lean::High,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// Low formal, High casual.
    pub formality: Lean,
    /// Low serious, High playful.
    pub mood: Lean,
    /// Low respectful, High irreverent.
    pub edge: Lean,
    /// Low matter-of-fact, High enthusiastic.
    pub energy: Lean,
    /// -2 much shorter .. +2 much longer.
    pub length: i8,
    pub emoji: EmojiUse,
    /// Percent of the usual hashtag count (0 = none).
    pub hashtag_percent: u32,
    pub no_exclamation: bool,
    pub ask_question: bool,
    /// The brand's trade: phrases tagged for another industry are never used.
    pub industry: Industry,
    /// "Another angle": how many times the reviewer asked for a different approach.
    pub new_angle: u32,
    /// Things the reviewer asked to see mentioned ("mention free parking").
    pub mentions: Vec<String>,
}

const SHIFT: i16 = 30;
/// Extra weight per matching tag. High enough that a brand's voice decides the wording of
/// most phrases rather than an occasional one, low enough that untagged phrases still vary it.
const TAG_WEIGHT: u32 = 20;

impl Voice {
    pub fn new(brand_tone: Tone, brand_emoji: EmojiUse, brief: &Brief) -> Voice {
        let tone = brief.tone_override.unwrap_or(brand_tone).clamped();
        let mut sliders = [
            i16::from(tone.formal_casual),
            i16::from(tone.serious_playful),
            i16::from(tone.respectful_irreverent),
            i16::from(tone.matter_of_fact_enthusiastic),
        ];
        let mut length: i8 = 0;
        let mut emoji = brand_emoji;
        let mut hashtag_percent: u32 = 100;
        let mut no_exclamation = false;
        let mut ask_question = false;
        let mut new_angle = 0u32;
        let mut mentions: Vec<String> = Vec::new();

        for raw in &brief.feedback {
            let f = raw.to_lowercase();
            let f = f.as_str();
            if let Some(dir) = direction(f, &["shorter", "short", "concise", "trim", "tighter"]) {
                length = (length - dir).clamp(-2, 2);
            }
            if let Some(dir) = direction(f, &["longer", "more detail", "expand", "elaborate"]) {
                length = (length + dir).clamp(-2, 2);
            }
            let axes: [(usize, &[&str], &[&str]); 4] = [
                (
                    0,
                    &[
                        "casual",
                        "friendly",
                        "relaxed",
                        "conversational",
                        "informal",
                    ],
                    &["formal", "professional", "polished"],
                ),
                (
                    1,
                    &[
                        "playful",
                        "fun",
                        "funny",
                        "witty",
                        "humor",
                        "humour",
                        "light-hearted",
                        "lighthearted",
                    ],
                    &["serious", "sober"],
                ),
                (
                    2,
                    &["irreverent", "edgy", "cheeky", "bold", "sassy"],
                    &["respectful", "polite", "gentle"],
                ),
                (
                    3,
                    &[
                        "enthusiastic",
                        "excited",
                        "exciting",
                        "energetic",
                        "energy",
                        "punchy",
                        "punchier",
                        "upbeat",
                    ],
                    &[
                        "calm",
                        "calmer",
                        "understated",
                        "matter-of-fact",
                        "tone it down",
                        "toned down",
                    ],
                ),
            ];
            for (axis, up, down) in axes {
                let mut delta = 0i16;
                if let Some(dir) = direction(f, up) {
                    delta += i16::from(dir) * SHIFT;
                }
                if let Some(dir) = direction(f, down) {
                    delta -= i16::from(dir) * SHIFT;
                }
                // These words name an excess: "less hype", "too salesy", "sounds pushy".
                if axis == 3 && ["hype", "salesy", "pushy"].iter().any(|w| f.contains(w)) {
                    delta += if f.contains("more hype") {
                        SHIFT
                    } else {
                        -SHIFT
                    };
                }
                sliders[axis] = (sliders[axis] + delta).clamp(0, 100);
            }
            if f.contains("emoji") {
                if [
                    "no emoji",
                    "without emoji",
                    "remove",
                    "drop",
                    "zero emoji",
                    "don't use",
                    "do not use",
                ]
                .iter()
                .any(|w| f.contains(w))
                {
                    emoji = EmojiUse::Never;
                } else if ["fewer", "less", "too many"].iter().any(|w| f.contains(w)) {
                    emoji = match emoji {
                        EmojiUse::Encouraged => EmojiUse::Sparing,
                        _ => EmojiUse::Never,
                    };
                } else if f.contains("more") {
                    emoji = EmojiUse::Encouraged;
                }
            }
            if f.contains("hashtag") {
                if ["no hashtag", "without hashtag", "remove", "drop"]
                    .iter()
                    .any(|w| f.contains(w))
                {
                    hashtag_percent = 0;
                } else if ["fewer", "less", "too many"].iter().any(|w| f.contains(w)) {
                    hashtag_percent /= 2;
                } else if f.contains("more") {
                    hashtag_percent = hashtag_percent.saturating_mul(2).min(400);
                }
            }
            if f.contains("exclamation")
                && ["no ", "fewer", "less", "too many", "without"]
                    .iter()
                    .any(|w| f.contains(w))
            {
                no_exclamation = true;
            }
            if f.contains("question") && !f.contains("no question") {
                ask_question = true;
            }
            if [
                "another angle",
                "different angle",
                "new angle",
                "other angle",
                "another approach",
                "different approach",
                "different take",
                "another take",
                "fresh take",
                "try again",
                "something else",
                "different hook",
            ]
            .iter()
            .any(|w| f.contains(w))
            {
                new_angle += 1;
            }
            if let Some(m) = mention(raw) {
                mentions.push(m);
            }
        }

        let energy = Lean::of(sliders[3] as u8);
        Voice {
            formality: Lean::of(sliders[0] as u8),
            mood: Lean::of(sliders[1] as u8),
            edge: Lean::of(sliders[2] as u8),
            energy,
            length,
            emoji,
            hashtag_percent,
            no_exclamation: no_exclamation || energy == Lean::Low,
            ask_question,
            industry: Industry::General,
            new_angle,
            mentions,
        }
    }

    /// A calm, minimal voice (matter-of-fact and serious or formal) uses no emoji at all.
    pub fn calm(&self) -> bool {
        self.energy == Lean::Low && (self.mood == Lean::Low || self.formality == Lean::Low)
    }

    pub fn formal(&self) -> bool {
        self.formality == Lean::Low
    }
    pub fn casual(&self) -> bool {
        self.formality == Lean::High
    }
    pub fn playful(&self) -> bool {
        self.mood == Lean::High
    }
    pub fn serious(&self) -> bool {
        self.mood == Lean::Low
    }
    pub fn enthusiastic(&self) -> bool {
        self.energy == Lean::High
    }

    /// Weight of a phrase carrying `tags`, or `None` when a tag contradicts this voice.
    /// Tags: F formal, C casual, S serious, P playful, I irreverent, M matter-of-fact,
    /// E enthusiastic, L long-form only, T short-form only. Untagged phrases fit every voice;
    /// each tag that matches adds [`TAG_WEIGHT`] to a phrase's weight of 1.
    pub fn weigh(&self, tags: &str) -> Option<u32> {
        let mut weight = 1;
        for t in tags.chars() {
            let fits = match t {
                'F' => self.formality == Lean::Low,
                'C' => self.formality == Lean::High,
                'S' => self.mood == Lean::Low,
                'P' => self.mood == Lean::High,
                'I' => self.edge == Lean::High,
                'M' => self.energy == Lean::Low,
                'E' => self.energy == Lean::High && !self.no_exclamation,
                'L' => self.length >= 0,
                'T' => self.length <= 0,
                _ => true,
            };
            if !fits {
                return None;
            }
            if t != 'L' && t != 'T' && !t.is_ascii_lowercase() {
                weight += TAG_WEIGHT;
            }
        }
        // Lowercase tags name industries: a phrase made for the brand's trade is preferred,
        // one made for another trade is never used.
        if tags.bytes().any(|b| b.is_ascii_lowercase()) {
            if !self.industry.allows(tags) {
                return None;
            }
            weight += 2 * TAG_WEIGHT;
        }
        Some(weight)
    }

    /// Rewrites a phrase's own wording (never the brand's words) to this voice: formal copy
    /// spells contractions out, casual copy contracts, calm copy drops exclamation marks.
    pub fn adapt(&self, phrase: &str) -> String {
        let mut out = phrase.to_string();
        match self.formality {
            Lean::Low => {
                for (short, long) in CONTRACTIONS {
                    out = replace_words(&out, short, long);
                }
            }
            Lean::High => {
                for (short, long) in CONTRACTIONS
                    .iter()
                    .filter(|(_, l)| CONTRACTIBLE.contains(l))
                {
                    out = replace_words_where(&out, long, short, may_contract_before);
                }
            }
            Lean::Mid => {}
        }
        if self.no_exclamation {
            out = out.replace('!', ".");
        } else if self.energy == Lean::High {
            // An enthusiastic voice ends its own sentences on a high note (the brand's words,
            // filled into the slots afterwards, keep their punctuation).
            out = out.replace(". ", "! ");
            if let Some(body) = out.strip_suffix('.')
                && !body.ends_with('.')
            {
                out = format!("{body}!");
            }
        }
        out
    }

    /// The brief's own sentence in this voice: an enthusiastic voice ends it on a high note.
    pub fn exclaim(&self, sentence: &str) -> String {
        match sentence.strip_suffix('.') {
            Some(body) if self.energy == Lean::High && !self.no_exclamation => {
                format!("{body}!")
            }
            _ => sentence.to_string(),
        }
    }
}

/// What a "mention X" / "include X" / "add X" request asks to see in the text.
fn mention(raw: &str) -> Option<String> {
    let lower = raw.to_lowercase();
    for verb in [
        "please mention ",
        "mention ",
        "please include ",
        "include ",
        "talk about ",
        "add a mention of ",
        "add ",
        "say ",
    ] {
        let Some(pos) = find_word(&lower, verb.trim_end()) else {
            continue;
        };
        if !lower[pos..].starts_with(verb) {
            continue;
        }
        let start = pos + verb.len();
        let rest = raw.get(start..)?.trim();
        let rest = rest
            .trim_start_matches(|c: char| c == ':' || c == '"' || c == '“' || c.is_whitespace());
        let rest = rest.split(['.', '!', ';', '\n']).next().unwrap_or("");
        let rest = rest.trim_end_matches(|c: char| c == '"' || c == '”' || c.is_whitespace());
        let rest = rest
            .strip_prefix("that ")
            .or_else(|| rest.strip_prefix("the fact that "))
            .unwrap_or(rest)
            .trim();
        // "add more detail", "add emoji", "include a question" are handled elsewhere.
        let lowered = rest.to_lowercase();
        let skip = rest.is_empty()
            || rest.chars().count() > 80
            || [
                "more",
                "less",
                "emoji",
                "hashtag",
                "question",
                "a question",
                "detail",
                "some",
            ]
            .iter()
            .any(|w| lowered == *w || lowered.starts_with(&format!("{w} ")));
        if !skip {
            return Some(rest.to_string());
        }
    }
    None
}

/// +1 when one of `words` appears plainly, -1 when it follows "less", "too", "not" or "fewer"
/// (so "too formal" pulls the other way), `None` when absent.
fn direction(text: &str, words: &[&str]) -> Option<i8> {
    for w in words {
        let Some(pos) = find_word(text, w) else {
            continue;
        };
        let before = text[..pos].trim_end();
        let negated = ["less", "too", "not", "fewer", "not so", "overly", "way too"]
            .iter()
            .any(|n| before.ends_with(n));
        return Some(if negated { -1 } else { 1 });
    }
    None
}

/// Byte offset of `word` in `text` where it starts a word.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = text.get(from..).and_then(|t| t.find(word)) {
        let pos = from + rel;
        let prev_ok = text[..pos]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if prev_ok {
            return Some(pos);
        }
        from = pos + word.len();
    }
    None
}

const CONTRACTIONS: [(&str, &str); 36] = [
    ("I'm", "I am"),
    ("you're", "you are"),
    ("we're", "we are"),
    ("they're", "they are"),
    ("it's", "it is"),
    ("that's", "that is"),
    ("here's", "here is"),
    ("there's", "there is"),
    ("what's", "what is"),
    ("who's", "who is"),
    ("let's", "let us"),
    ("don't", "do not"),
    ("doesn't", "does not"),
    ("didn't", "did not"),
    ("isn't", "is not"),
    ("aren't", "are not"),
    ("wasn't", "was not"),
    ("can't", "cannot"),
    ("won't", "will not"),
    ("shouldn't", "should not"),
    ("wouldn't", "would not"),
    ("couldn't", "could not"),
    ("haven't", "have not"),
    ("we've", "we have"),
    ("you've", "you have"),
    ("I've", "I have"),
    ("we'll", "we will"),
    ("you'll", "you will"),
    ("it'll", "it will"),
    ("we'd", "we would"),
    ("you'd", "you would"),
    ("they'd", "they would"),
    ("they'll", "they will"),
    ("they've", "they have"),
    ("that'll", "that will"),
    ("there'll", "there will"),
];

/// Long forms that read naturally contracted in casual copy ("we have" is left alone:
/// "we've a plan" is not how casual English sounds everywhere).
/// "let us" stays: "let us know" is not "let's know".
const CONTRACTIBLE: [&str; 15] = [
    "you are", "we are", "it is", "that is", "here is", "there is", "what is", "do not",
    "does not", "is not", "are not", "cannot", "will not", "we will", "you will",
];

/// English contracts "it is" only when something follows in the same clause that is not an
/// infinitive: "it's easy", but "the cheaper it is to change", "that is what it is."
fn may_contract_before(after: &str) -> bool {
    let next = after.trim_start();
    let word: String = next
        .chars()
        .take_while(|c| is_word_char(*c))
        .collect::<String>()
        .to_lowercase();
    !word.is_empty() && word != "to"
}

/// Replaces whole-word occurrences of `from` (matching a capitalised first letter too).
pub fn replace_words(text: &str, from: &str, to: &str) -> String {
    replace_words_where(text, from, to, |_| true)
}

/// [`replace_words`], where `allowed` also approves what follows each occurrence.
fn replace_words_where(text: &str, from: &str, to: &str, allowed: fn(&str) -> bool) -> String {
    let mut out = text.to_string();
    for (f, t) in [
        (from.to_string(), to.to_string()),
        (capitalise(from), capitalise(to)),
    ] {
        if f.is_empty() {
            continue;
        }
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(pos) = rest.find(&f) {
            let before_ok = rest[..pos]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c))
                && (pos > 0 || result.chars().next_back().is_none_or(|c| !is_word_char(c)));
            let after = &rest[pos + f.len()..];
            let after_ok = after.chars().next().is_none_or(|c| !is_word_char(c));
            result.push_str(&rest[..pos]);
            if before_ok && after_ok && allowed(after) {
                result.push_str(&t);
            } else {
                result.push_str(&f);
            }
            rest = after;
        }
        result.push_str(rest);
        out = result;
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '{' || c == '}' || c == '_'
}

pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casual_copy_contracts_only_where_english_does() {
        let casual = Voice::new(
            Tone {
                formal_casual: 90,
                ..Tone::default()
            },
            EmojiUse::Sparing,
            &Brief::default(),
        );
        assert_eq!(
            casual.adapt("The sooner you know, the cheaper it is to change course."),
            "The sooner you know, the cheaper it is to change course."
        );
        assert_eq!(casual.adapt("That is what it is."), "That's what it is.");
        assert_eq!(
            casual.adapt("It is easy and we are ready."),
            "It's easy and we're ready."
        );
    }

    fn brief(feedback: &[&str]) -> Brief {
        Brief {
            feedback: feedback.iter().map(|s| s.to_string()).collect(),
            ..Brief::default()
        }
    }

    #[test]
    fn sliders_map_to_leans() {
        let tone = Tone {
            formal_casual: 10,
            serious_playful: 90,
            respectful_irreverent: 50,
            matter_of_fact_enthusiastic: 70,
        };
        let v = Voice::new(tone, EmojiUse::Sparing, &Brief::default());
        assert!(v.formal() && v.playful() && v.enthusiastic());
        assert_eq!(v.edge, Lean::Mid);
    }

    #[test]
    fn override_beats_brand_tone_and_feedback_shifts_it() {
        let casual = Tone {
            formal_casual: 90,
            ..Tone::default()
        };
        let mut b = brief(&[]);
        b.tone_override = Some(casual);
        assert!(Voice::new(Tone::default(), EmojiUse::Sparing, &b).casual());
        let v = Voice::new(
            Tone::default(),
            EmojiUse::Sparing,
            &brief(&["more formal", "More playful please"]),
        );
        assert!(v.formal() && v.playful());
        let v = Voice::new(Tone::default(), EmojiUse::Sparing, &brief(&["too formal"]));
        assert!(v.casual());
        let v = Voice::new(Tone::default(), EmojiUse::Sparing, &brief(&["less hype"]));
        assert_eq!(v.energy, Lean::Low);
    }

    #[test]
    fn feedback_controls_length_emoji_and_hashtags() {
        let v = Voice::new(
            Tone::default(),
            EmojiUse::Encouraged,
            &brief(&["shorter", "No emoji", "no hashtags"]),
        );
        assert_eq!(v.length, -1);
        assert_eq!(v.emoji, EmojiUse::Never);
        assert_eq!(v.hashtag_percent, 0);
        let v = Voice::new(
            Tone::default(),
            EmojiUse::Never,
            &brief(&["longer", "more emoji", "ask a question"]),
        );
        assert_eq!(v.length, 1);
        assert_eq!(v.emoji, EmojiUse::Encouraged);
        assert!(v.ask_question);
    }

    #[test]
    fn tags_filter_and_weigh() {
        let formal = Voice::new(
            Tone {
                formal_casual: 0,
                ..Tone::default()
            },
            EmojiUse::Never,
            &Brief::default(),
        );
        assert_eq!(formal.weigh(""), Some(1));
        assert_eq!(formal.weigh("F"), Some(1 + TAG_WEIGHT));
        assert_eq!(formal.weigh("C"), None);
        assert_eq!(formal.weigh("P"), None);
    }

    #[test]
    fn adapt_spells_out_or_contracts() {
        let formal = Voice::new(
            Tone {
                formal_casual: 0,
                ..Tone::default()
            },
            EmojiUse::Never,
            &Brief::default(),
        );
        assert_eq!(
            formal.adapt("It's here and we're ready. Don't wait!"),
            "It is here and we are ready. Do not wait!"
        );
        let casual = Voice::new(
            Tone {
                formal_casual: 100,
                ..Tone::default()
            },
            EmojiUse::Never,
            &Brief::default(),
        );
        assert_eq!(
            casual.adapt("It is here and we are ready. Do not wait, {submit} is fine"),
            "It's here and we're ready. Don't wait, {submit} is fine"
        );
        // "submit is" must not become "submit's": only whole words contract.
        assert_eq!(casual.adapt("Submit is fine"), "Submit is fine");
        let calm = Voice::new(
            Tone {
                matter_of_fact_enthusiastic: 0,
                ..Tone::default()
            },
            EmojiUse::Never,
            &Brief::default(),
        );
        assert_eq!(calm.adapt("Go!"), "Go.");
    }
}
