use std::collections::HashMap;
use std::sync::LazyLock;

static LEXICON_TSV: &str = include_str!("../../data/vader_lexicon.tsv");
static NEWS_TSV: &str = include_str!("../../data/news_lexicon.tsv");
static EMOJI_TSV: &str = include_str!("../../data/emoji_lexicon.tsv");

/// Word -> valence on VADER's -4..=4 scale.
pub type Lexicon = HashMap<&'static str, f64>;

fn parse(tsv: &'static str) -> impl Iterator<Item = (&'static str, f64)> {
    tsv.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (word, valence) = line.split_once('\t')?;
            Some((word, valence.trim().parse::<f64>().ok()?))
        })
}

/// Mean valences as rated by VADER's human raters.
pub static VADER: LazyLock<Lexicon> = LazyLock::new(|| parse(LEXICON_TSV).collect());

/// VADER's lexicon plus business and product news terms it lacks ("breach", "outage", "layoffs",
/// "surges"); the additions never override a VADER rating.
pub static NEWS: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = VADER.clone();
    for (word, valence) in parse(NEWS_TSV) {
        lexicon.entry(word).or_insert(valence);
    }
    lexicon
});

/// The news additions alone, for checking that they stay disjoint from VADER's lexicon.
#[cfg(test)]
pub fn news_additions() -> Vec<(&'static str, f64)> {
    parse(NEWS_TSV).collect()
}

/// Single-character emoji -> its words ("😁" -> "beaming face with smiling eyes"), which the lexicon then scores.
pub static EMOJI: LazyLock<HashMap<char, &'static str>> = LazyLock::new(|| {
    EMOJI_TSV
        .lines()
        .filter_map(|line| {
            let (emoji, description) = line.split_once('\t')?;
            let mut chars = emoji.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some((c, description.trim())),
                _ => None,
            }
        })
        .collect()
});

pub const B_INCR: f64 = 0.293;
pub const B_DECR: f64 = -0.293;
/// Added to a word's valence when it is written in capitals amid lower-case text.
pub const C_INCR: f64 = 0.733;
/// Negation flips and dampens: "not good" is less negative than "bad" is.
pub const N_SCALAR: f64 = -0.74;

pub const NEGATE: &[&str] = &[
    "aint",
    "arent",
    "cannot",
    "cant",
    "couldnt",
    "darent",
    "didnt",
    "doesnt",
    "ain't",
    "aren't",
    "can't",
    "couldn't",
    "daren't",
    "didn't",
    "doesn't",
    "dont",
    "hadnt",
    "hasnt",
    "havent",
    "isnt",
    "mightnt",
    "mustnt",
    "neither",
    "don't",
    "hadn't",
    "hasn't",
    "haven't",
    "isn't",
    "mightn't",
    "mustn't",
    "neednt",
    "needn't",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtnt",
    "shant",
    "shouldnt",
    "uhuh",
    "wasnt",
    "werent",
    "oughtn't",
    "shan't",
    "shouldn't",
    "uh-uh",
    "wasn't",
    "weren't",
    "without",
    "wont",
    "wouldnt",
    "won't",
    "wouldn't",
    "rarely",
    "seldom",
    "despite",
];

pub fn is_negation(word_lower: &str) -> bool {
    NEGATE.contains(&word_lower) || word_lower.contains("n't")
}

/// Degree modifiers: they scale the sentiment word that follows them.
pub fn booster(word_lower: &str) -> Option<f64> {
    const INCR: &[&str] = &[
        "absolutely",
        "amazingly",
        "awfully",
        "completely",
        "considerable",
        "considerably",
        "decidedly",
        "deeply",
        "effing",
        "enormous",
        "enormously",
        "entirely",
        "especially",
        "exceptional",
        "exceptionally",
        "extreme",
        "extremely",
        "fabulously",
        "flipping",
        "flippin",
        "frackin",
        "fracking",
        "fricking",
        "frickin",
        "frigging",
        "friggin",
        "fully",
        "fuckin",
        "fucking",
        "fuggin",
        "fugging",
        "greatly",
        "hella",
        "highly",
        "hugely",
        "incredible",
        "incredibly",
        "intensely",
        "major",
        "majorly",
        "more",
        "most",
        "particularly",
        "purely",
        "quite",
        "really",
        "remarkably",
        "so",
        "substantially",
        "thoroughly",
        "total",
        "totally",
        "tremendous",
        "tremendously",
        "uber",
        "unbelievably",
        "unusually",
        "utter",
        "utterly",
        "very",
    ];
    const DECR: &[&str] = &[
        "almost",
        "barely",
        "hardly",
        "just enough",
        "kind of",
        "kinda",
        "kindof",
        "kind-of",
        "less",
        "little",
        "marginal",
        "marginally",
        "occasional",
        "occasionally",
        "partly",
        "scarce",
        "scarcely",
        "slight",
        "slightly",
        "somewhat",
        "sort of",
        "sorta",
        "sortof",
        "sort-of",
    ];
    if INCR.contains(&word_lower) {
        Some(B_INCR)
    } else if DECR.contains(&word_lower) {
        Some(B_DECR)
    } else {
        None
    }
}

/// Phrases whose meaning is not the sum of their words.
pub fn special_case(phrase_lower: &str) -> Option<f64> {
    match phrase_lower {
        "the shit" | "the bomb" | "to die for" => Some(3.0),
        "bad ass" | "badass" => Some(1.5),
        "bus stop" => Some(0.0),
        "yeah right" => Some(-2.0),
        "kiss of death" => Some(-1.5),
        "beating heart" => Some(3.5),
        _ => None,
    }
}
