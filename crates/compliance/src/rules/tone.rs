//! Tone: where a text sits on the brand's four sliders, estimated from word lists.
//!
//! This is a heuristic, not a language model. It counts surface features and turns them into
//! 0-100 positions with fixed linear weights (rates are per 100 words, counted over at least
//! [`EVIDENCE_WORDS`] words so one marker in a short post does not push it to an extreme;
//! `excl` is exclamation runs per sentence, at most 1; each result is clamped to 0-100):
//!
//! - formal → casual: 40 + 6·contractions + 2·"you" + 8·slang + 25·excl + 4·emoji
//!   − 8·formal connectives (hereby, furthermore…) − 6·spelt-out contractible pairs (we are,
//!   do not, cannot) − 20·(syllables per word − 1.5, when above)
//! - serious → playful: 35 + 25·excl + 6·emoji + 10·playful words (haha, yay, oops…) + 4·slang
//! - respectful → irreverent: 30 + 15·profanity + 6·slang + 8·shouted words (all caps, 5+ letters)
//! - matter-of-fact → enthusiastic: 35 + 35·excl + 5·intensifiers + 6·enthusiasm words
//!   + 6·superlatives + 3·emoji
//!
//! The constants are where plain, marker-free prose lands: a little formal, fairly serious,
//! respectful and matter-of-fact. A text with none of a dimension's markers cannot be "too
//! much" of it, so that direction is only reported when markers pushed the estimate up.
//! Only prose is read: headings, labels, ad headlines and list items (lines of fewer than
//! [`PROSE_WORDS`] words without a closing stop) say little about a voice and are left out.
//! Texts with under [`MIN_WORDS`] words of prose are not judged: one sentence says too little.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::engine::Ctx;
use crate::policy::Tone;
use crate::report::{Finding, Severity, rule};
use crate::text::{Analysis, Sentence, emoji};

/// Points a measured position may differ from the slider before it is reported.
pub const TOLERANCE: f32 = 25.0;
/// Fewer words than this and tone is not judged.
pub const MIN_WORDS: usize = 20;
/// Sentences of fewer words without a closing stop are headings, labels or list items.
const PROSE_WORDS: usize = 8;
/// Marker rates are computed over at least this many words, so a single marker in a short
/// text moves the estimate as much as it would in a text of this length.
const EVIDENCE_WORDS: usize = 60;

const CONTRACTION: u16 = 1;
const SECOND_PERSON: u16 = 1 << 1;
const SLANG: u16 = 1 << 2;
const FORMAL: u16 = 1 << 3;
const PLAYFUL: u16 = 1 << 4;
const PROFANITY: u16 = 1 << 5;
const INTENSIFIER: u16 = 1 << 6;
const ENTHUSIASM: u16 = 1 << 7;
const SUPERLATIVE: u16 = 1 << 8;

const LISTS: &[(u16, &[&str])] = &[
    (
        SECOND_PERSON,
        &[
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "you're",
            "you'll",
            "you've",
            "you'd",
            "y'all",
            "ya",
        ],
    ),
    (
        SLANG,
        &[
            "awesome", "cool", "gonna", "wanna", "gotta", "kinda", "sorta", "yeah", "yep", "yup",
            "nope", "nah", "hey", "hiya", "lol", "omg", "btw", "tbh", "imo", "stoked", "vibes",
            "vibe", "legit", "epic", "dope", "lit", "guys", "folks", "okay", "ok", "totally",
            "super", "crazy", "insane", "hack", "hacks", "fam", "yay", "woohoo", "wow", "oops",
            "whoa", "ugh", "meh", "bro", "dude", "chill", "y'all", "ain't", "bummer", "killer",
        ],
    ),
    (
        FORMAL,
        &[
            "hereby",
            "therefore",
            "furthermore",
            "moreover",
            "consequently",
            "thus",
            "hence",
            "pursuant",
            "whereas",
            "accordingly",
            "herein",
            "henceforth",
            "notwithstanding",
            "nevertheless",
            "additionally",
            "subsequently",
            "regarding",
            "shall",
            "whom",
            "wherein",
            "thereof",
            "aforementioned",
            "kindly",
            "endeavour",
            "endeavor",
            "utilise",
            "utilize",
            "facilitate",
            "commence",
            "sincerely",
            "respectfully",
        ],
    ),
    (
        PLAYFUL,
        &[
            "haha", "hahaha", "lol", "yay", "woohoo", "oops", "whee", "yum", "yummy", "boom",
            "tada", "ta-da", "psst", "heh", "hehe", "lmao", "rofl", "jk", "wink", "silly",
            "giggle", "quirky", "cheeky", "fun", "ha", "hooray", "yikes", "whoops", "spoiler",
            "kidding", "cheers",
        ],
    ),
    (
        PROFANITY,
        &[
            "damn", "damned", "dammit", "hell", "heck", "crap", "crappy", "freaking", "frickin",
            "friggin", "wtf", "sucks", "suck", "screw", "bloody", "bs", "shit", "fuck", "fucking",
            "ass", "badass", "pissed",
        ],
    ),
    (
        INTENSIFIER,
        &[
            "very",
            "really",
            "extremely",
            "incredibly",
            "absolutely",
            "totally",
            "truly",
            "super",
            "seriously",
            "insanely",
            "ridiculously",
            "hugely",
            "massively",
            "utterly",
            "mega",
        ],
    ),
    (
        ENTHUSIASM,
        &[
            "amazing",
            "awesome",
            "incredible",
            "fantastic",
            "thrilled",
            "excited",
            "exciting",
            "love",
            "loving",
            "delighted",
            "wonderful",
            "brilliant",
            "stunning",
            "epic",
            "unbelievable",
            "ecstatic",
            "spectacular",
            "phenomenal",
            "magnificent",
            "outstanding",
            "remarkable",
            "extraordinary",
            "breathtaking",
            "game-changing",
            "revolutionary",
            "finally",
            "wow",
            "yay",
            "woohoo",
        ],
    ),
    (
        SUPERLATIVE,
        &[
            "best",
            "greatest",
            "biggest",
            "fastest",
            "easiest",
            "smartest",
            "ultimate",
            "unbeatable",
            "finest",
            "coolest",
            "unmatched",
            "unrivaled",
            "unrivalled",
            "unparalleled",
            "perfect",
        ],
    ),
];

/// Contractions spelt with `'s` that cannot be possessives.
const S_CONTRACTIONS: &[&str] = &[
    "it's", "that's", "there's", "here's", "what's", "who's", "let's", "he's", "she's", "where's",
    "how's",
];

static LEXICON: LazyLock<HashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u16> = HashMap::new();
    for (flag, words) in LISTS {
        for w in *words {
            *map.entry(w).or_default() |= flag;
        }
    }
    map
});

fn is_contraction(lower: &str) -> bool {
    ["n't", "'re", "'ll", "'ve", "'d", "'m"]
        .iter()
        .any(|s| lower.ends_with(s) && lower.len() > s.len())
        || S_CONTRACTIONS.contains(&lower)
}

/// Pronoun and auxiliary pairs that casual writing contracts (`we are` → `we're`). Spelling
/// them out is the most common sign of a deliberately formal register, so it counts as much
/// against casualness as a contraction counts for it.
const SPELT_OUT: &[(&str, &str)] = &[
    ("i", "am"),
    ("we", "are"),
    ("you", "are"),
    ("they", "are"),
    ("it", "is"),
    ("here", "is"),
    ("there", "is"),
    ("what", "is"),
    ("let", "us"),
    ("we", "will"),
    ("you", "will"),
    ("we", "have"),
    ("you", "have"),
    ("do", "not"),
    ("does", "not"),
    ("did", "not"),
    ("is", "not"),
    ("are", "not"),
    ("was", "not"),
    ("will", "not"),
    ("would", "not"),
    ("should", "not"),
    ("could", "not"),
    ("have", "not"),
];

fn is_spelt_out(prev: &str, lower: &str) -> bool {
    lower == "cannot" || SPELT_OUT.contains(&(prev, lower))
}

fn flags(lower: &str) -> u16 {
    let mut f = LEXICON.get(lower).copied().unwrap_or(0);
    if is_contraction(lower) {
        f |= CONTRACTION;
    }
    f
}

/// Counts of the surface features, before weighting.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Features {
    words: usize,
    contractions: usize,
    /// Contractible pairs written out in full, and `cannot`.
    spelt_out: usize,
    second_person: usize,
    slang: usize,
    formal: usize,
    playful: usize,
    profanity: usize,
    intensifiers: usize,
    enthusiasm: usize,
    superlatives: usize,
    shouted: usize,
    emoji: usize,
    /// Exclamation runs per sentence, at most 1.
    exclamation_rate: f32,
    syllables_per_word: f32,
}

/// Whether a sentence is prose that carries a voice, rather than a heading, a label, an ad
/// headline or a list item: it ends like a sentence, or is long enough to read as one.
fn is_prose(a: &Analysis, s: &Sentence) -> bool {
    s.words.len() >= PROSE_WORDS
        || s.span
            .of(a.text)
            .trim_end()
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !is_stop(c))
            .ends_with(is_stop)
}

fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '！' | '？' | '。' | '‼' | '⁉')
}

fn features(a: &Analysis, syllables: usize) -> Features {
    let prose: Vec<&Sentence> = a.sentences.iter().filter(|s| is_prose(a, s)).collect();
    let words = prose
        .iter()
        .flat_map(|s| a.words.get(s.words.clone()).unwrap_or_default());
    let mut f = Features::default();
    let mut lower = String::new();
    let mut prev = String::new();
    for span in words {
        f.words += 1;
        let word = span.of(a.text);
        std::mem::swap(&mut prev, &mut lower);
        lower.clear();
        for c in word.chars() {
            match c {
                '\u{2019}' => lower.push('\''),
                _ => lower.extend(c.to_lowercase()),
            }
        }
        let fl = flags(&lower);
        let count = |flag: u16| usize::from(fl & flag != 0);
        f.contractions += count(CONTRACTION);
        f.spelt_out += usize::from(is_spelt_out(&prev, &lower));
        f.second_person += count(SECOND_PERSON);
        f.slang += count(SLANG);
        f.formal += count(FORMAL);
        f.playful += count(PLAYFUL);
        f.profanity += count(PROFANITY);
        f.intensifiers += count(INTENSIFIER);
        f.enthusiasm += count(ENTHUSIASM);
        f.superlatives += count(SUPERLATIVE);
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 5 && word.chars().all(|c| !c.is_lowercase()) {
            f.shouted += 1;
        }
    }
    f.emoji = emoji::emoji_count(a.text);
    let runs = exclamation_runs(a.text);
    f.exclamation_rate = (runs as f32 / prose.len().max(1) as f32).min(1.0);
    f.syllables_per_word = syllables as f32 / a.words.len().max(1) as f32;
    f
}

fn exclamation_runs(text: &str) -> usize {
    let mut runs = 0;
    let mut in_run = false;
    for c in text.chars() {
        let bang = matches!(c, '!' | '！' | '‼' | '⁉');
        if bang && !in_run {
            runs += 1;
        }
        in_run = bang;
    }
    runs
}

/// Positions with how much of each came from markers rather than the baseline.
struct Estimate {
    tone: [f32; 4],
    raised: [bool; 4],
}

fn estimate(f: &Features) -> Estimate {
    // Rates are taken over at least EVIDENCE_WORDS words: one contraction and one emoji in a
    // 25-word post are two data points, not a casual voice, so short texts stay near the
    // marker-free baseline instead of swinging to an extreme on a single word.
    let per100 = |n: usize| 100.0 * n as f32 / f.words.max(EVIDENCE_WORDS) as f32;
    let excl = f.exclamation_rate;
    let casual_up = 6.0 * per100(f.contractions)
        + 2.0 * per100(f.second_person)
        + 8.0 * per100(f.slang)
        + 25.0 * excl
        + 4.0 * per100(f.emoji);
    let casual_down = 8.0 * per100(f.formal)
        + 6.0 * per100(f.spelt_out)
        + 20.0 * (f.syllables_per_word - 1.5).max(0.0);
    let playful_up =
        25.0 * excl + 6.0 * per100(f.emoji) + 10.0 * per100(f.playful) + 4.0 * per100(f.slang);
    let irreverent_up =
        15.0 * per100(f.profanity) + 6.0 * per100(f.slang) + 8.0 * per100(f.shouted);
    let enthusiastic_up = 35.0 * excl
        + 5.0 * per100(f.intensifiers)
        + 6.0 * per100(f.enthusiasm)
        + 6.0 * per100(f.superlatives)
        + 3.0 * per100(f.emoji);
    let clamp = |x: f32| x.clamp(0.0, 100.0);
    Estimate {
        tone: [
            clamp(40.0 + casual_up - casual_down),
            clamp(35.0 + playful_up),
            clamp(30.0 + irreverent_up),
            clamp(35.0 + enthusiastic_up),
        ],
        raised: [
            casual_up > casual_down,
            playful_up > 0.0,
            irreverent_up > 0.0,
            enthusiastic_up > 0.0,
        ],
    }
}

/// Where `text` sits on the four tone sliders, by the heuristic described in this module.
/// Meaningful only for texts of a few sentences or more.
pub fn estimate_tone(text: &str) -> Tone {
    let a = Analysis::new(text);
    let syllables = crate::readability::from_analysis(&a, crate::policy::Language::En).syllables;
    to_tone(&estimate(&features(&a, syllables)).tone)
}

fn to_tone(t: &[f32; 4]) -> Tone {
    // Clamped to 0-100 above, so the casts cannot truncate.
    let u = |x: f32| x.round() as u8;
    Tone {
        formal_casual: u(t[0]),
        serious_playful: u(t[1]),
        respectful_irreverent: u(t[2]),
        matter_of_fact_enthusiastic: u(t[3]),
    }
}

struct Dimension {
    name: &'static str,
    too_low: &'static str,
    raise: &'static str,
    too_high: &'static str,
    lower: &'static str,
}

const DIMENSIONS: [Dimension; 4] = [
    Dimension {
        name: "formal–casual",
        too_low: "Reads more formal than the brand's voice",
        raise: "Sound more conversational: use contractions (we're, you'll) and address the reader as \"you\".",
        too_high: "Reads more casual than the brand's voice",
        lower: "Sound more formal: drop contractions, slang, emoji and exclamation marks.",
    },
    Dimension {
        name: "serious–playful",
        too_low: "Reads more serious than the brand's voice",
        raise: "Add some lightness: a playful aside, a friendly exclamation or an emoji where the brand allows them.",
        too_high: "Reads more playful than the brand's voice",
        lower: "Tone it down: remove jokes, emoji and exclamation marks.",
    },
    Dimension {
        name: "respectful–irreverent",
        too_low: "Reads more deferential than the brand's voice",
        raise: "Be bolder: take a clear stance and speak plainly, even cheekily.",
        too_high: "Reads more irreverent than the brand's voice",
        lower: "Be more respectful: remove slang, swearing and words in capitals.",
    },
    Dimension {
        name: "matter-of-fact–enthusiastic",
        too_low: "Reads flatter than the brand's voice",
        raise: "Show more energy: say what is exciting about it, and why it matters to the reader.",
        too_high: "Reads more excitable than the brand's voice",
        lower: "State facts plainly: remove intensifiers, superlatives and exclamation marks.",
    },
];

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(target) = ctx.policy().tone else {
        return;
    };
    // The lexicon is English; another language's text has none of its markers.
    if !ctx.policy().language.is_english() {
        return;
    }
    let features = features(&ctx.analysis, ctx.readability.syllables);
    if features.words < MIN_WORDS {
        return;
    }
    let est = estimate(&features);
    let targets = [
        target.formal_casual,
        target.serious_playful,
        target.respectful_irreverent,
        target.matter_of_fact_enthusiastic,
    ]
    .map(|t| f32::from(t.min(100)));
    for (i, dim) in DIMENSIONS.iter().enumerate() {
        let (measured, goal) = (est.tone[i], targets[i]);
        let (headline, advice) = if measured < goal - TOLERANCE {
            (dim.too_low, dim.raise)
        } else if measured > goal + TOLERANCE && est.raised[i] {
            (dim.too_high, dim.lower)
        } else {
            continue;
        };
        out.push(
            Finding::whole(
                rule::TONE,
                Severity::Warning,
                format!(
                    "{headline} (estimated {measured:.0} on the {} scale, target {goal:.0} ± {TOLERANCE:.0})",
                    dim.name
                ),
            )
            .suggest(advice),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{Context, Policy};
    use crate::rules::test_support::findings;

    const CORPORATE: &str = "The company hereby announces the availability of its \
        reporting platform. Furthermore, administrators shall configure permissions \
        accordingly. Documentation regarding implementation is available upon request.";
    const CASUAL: &str = "Hey folks! We're so stoked you're here. You'll love our new app, \
        it's super easy and honestly kinda awesome. Give it a spin, you won't regret it! 🎉";

    fn policy(tone: Tone) -> Policy {
        Policy {
            tone: Some(tone),
            ..Policy::default()
        }
    }

    #[test]
    fn estimates_separate_formal_from_casual_text() {
        let formal = estimate_tone(CORPORATE);
        let casual = estimate_tone(CASUAL);
        assert!(formal.formal_casual < 25, "{formal:?}");
        assert!(casual.formal_casual > 75, "{casual:?}");
        assert!(casual.serious_playful > formal.serious_playful);
        assert!(casual.matter_of_fact_enthusiastic > formal.matter_of_fact_enthusiastic + 25);
    }

    #[test]
    fn casual_brand_flags_stiff_copy_with_advice() {
        let p = policy(Tone {
            formal_casual: 85,
            ..Tone::default()
        });
        let found = findings(&p, CORPORATE, Context::Blog, None, rule::TONE);
        let casual = found
            .iter()
            .find(|f| f.message.contains("formal–casual"))
            .expect("formality finding");
        assert!(
            casual.message.starts_with("Reads more formal"),
            "{}",
            casual.message
        );
        assert!(
            casual
                .suggestion
                .as_deref()
                .is_some_and(|s| s.contains("contractions"))
        );
    }

    #[test]
    fn formal_restrained_brand_flags_excitable_copy() {
        let p = policy(Tone {
            formal_casual: 10,
            serious_playful: 10,
            respectful_irreverent: 10,
            matter_of_fact_enthusiastic: 10,
        });
        let found = findings(&p, CASUAL, Context::Social, None, rule::TONE);
        assert!(
            found
                .iter()
                .any(|f| f.message.starts_with("Reads more casual")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.message.starts_with("Reads more excitable"))
        );
        assert!(found.iter().all(|f| f.severity == Severity::Warning));
    }

    #[test]
    fn plain_text_is_not_too_much_of_anything() {
        let p = policy(Tone {
            formal_casual: 40,
            serious_playful: 0,
            respectful_irreverent: 0,
            matter_of_fact_enthusiastic: 0,
        });
        let plain = "Our reporting tool shows the numbers that matter for each campaign. \
            It updates every hour and exports to a spreadsheet when the team needs it.";
        assert!(findings(&p, plain, Context::Blog, None, rule::TONE).is_empty());
    }

    #[test]
    fn short_texts_and_brands_without_tone_are_not_judged() {
        let p = policy(Tone {
            formal_casual: 100,
            ..Tone::default()
        });
        assert!(findings(&p, "Hereby announced.", Context::Social, None, rule::TONE).is_empty());
        assert!(
            findings(
                &Policy::default(),
                CORPORATE,
                Context::Blog,
                None,
                rule::TONE
            )
            .is_empty()
        );
    }

    #[test]
    fn one_marker_in_a_short_post_does_not_make_it_casual() {
        let post = "Here's the news. Northwind 2.0 makes every release calm for teams like \
            ours, and the next step is simple: start a free trial today. 🚀";
        let t = estimate_tone(post);
        assert!(t.formal_casual < 65, "{t:?}");
        // The same markers at the same density in a long text still count in full.
        let long = [post; 4].join(" ");
        assert!(estimate_tone(&long).formal_casual > t.formal_casual);
    }

    #[test]
    fn spelt_out_forms_read_more_formal_than_contractions() {
        let spelt = "We are pleased to confirm that it is ready. You will find that it does \
            not change how the team works, and we have kept what is familiar in place.";
        let contracted = "We're pleased to confirm that it's ready. You'll find that it doesn't \
            change how the team works, and we've kept what's familiar in place.";
        let (s, c) = (estimate_tone(spelt), estimate_tone(contracted));
        assert!(s.formal_casual + 20 < c.formal_casual, "{s:?} {c:?}");
        assert!(s.formal_casual < 40, "{s:?}");
    }

    #[test]
    fn headlines_and_labels_are_not_judged_as_prose() {
        let p = policy(Tone {
            formal_casual: 0,
            serious_playful: 100,
            respectful_irreverent: 50,
            matter_of_fact_enthusiastic: 100,
        });
        let headlines = "Try Northwind Today\n\nShip on Fridays Without Fear\n\nStart a Free \
            Trial\n\nMade for Teams Like Yours\n\nSee It in Action\n\nYour Goals, Our Focus\n\n\
            Built Around Your Needs\n\nQuestions? We Can Help";
        assert!(findings(&p, headlines, Context::Ad, None, rule::TONE).is_empty());
        // The same brand is told when real sentences miss its voice.
        assert!(!findings(&p, CORPORATE, Context::Ad, None, rule::TONE).is_empty());
    }

    #[test]
    fn counts_contractions_and_exclamation_runs() {
        assert!(is_contraction("don't") && is_contraction("we're") && is_contraction("it's"));
        assert!(!is_contraction("brand's") && !is_contraction("'re"));
        assert_eq!(exclamation_runs("Wow!!! Yes! ok"), 2);
        assert!(is_spelt_out("do", "not") && is_spelt_out("", "cannot"));
        assert!(!is_spelt_out("it", "was"));
    }
}
