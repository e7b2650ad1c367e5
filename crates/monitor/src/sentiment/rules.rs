use super::lexicon::{self, C_INCR, Lexicon, N_SCALAR};
use super::{Sentiment, SentimentLabel};

const ASCII_PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// A token as written and lower-cased.
struct Token {
    raw: String,
    lower: String,
}

struct Text {
    tokens: Vec<Token>,
    /// Some but not all tokens are in capitals: only then do capitals signal emphasis.
    cap_differential: bool,
}

/// Python's `str.isupper`: at least one cased character and no lower-case one.
fn is_upper(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Leading and trailing punctuation is noise, unless stripping it leaves two characters or fewer,
/// which makes the token an emoticon (":)", ":-(").
fn strip_punctuation(token: &str) -> &str {
    let stripped = token.trim_matches(|c| ASCII_PUNCTUATION.contains(c));
    if stripped.chars().count() <= 2 {
        token
    } else {
        stripped
    }
}

fn tokenize(text: &str) -> Text {
    let tokens: Vec<Token> = text
        .split_whitespace()
        .map(strip_punctuation)
        .map(|raw| Token {
            raw: raw.to_string(),
            lower: raw.to_lowercase(),
        })
        .collect();
    let capitals = tokens.iter().filter(|t| is_upper(&t.raw)).count();
    let differing = tokens.len() - capitals;
    Text {
        cap_differential: differing > 0 && differing < tokens.len(),
        tokens,
    }
}

/// Emoji are replaced by their descriptions so that the lexicon can score them.
fn describe_emoji(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_space = true;
    for c in text.chars() {
        match lexicon::EMOJI.get(&c) {
            Some(description) => {
                if !prev_space {
                    out.push(' ');
                }
                out.push_str(description);
                prev_space = false;
            }
            None => {
                out.push(c);
                prev_space = c == ' ';
            }
        }
    }
    out.trim().to_string()
}

pub fn polarity(text: &str, lex: &Lexicon) -> Sentiment {
    let text = describe_emoji(text);
    let parsed = tokenize(&text);
    let tokens = &parsed.tokens;
    let mut valences = Vec::with_capacity(tokens.len());
    for (i, token) in tokens.iter().enumerate() {
        // Modifiers carry no sentiment of their own; they act on the word they modify.
        let modifier = lexicon::booster(&token.lower).is_some()
            || (token.lower == "kind" && tokens.get(i + 1).is_some_and(|n| n.lower == "of"));
        valences.push(if modifier {
            0.0
        } else {
            word_valence(&parsed, i, lex)
        });
    }
    but_shift(tokens, &mut valences);
    score(&valences, &text)
}

fn word_valence(text: &Text, i: usize, lex: &Lexicon) -> f64 {
    let tokens = &text.tokens;
    let lower = tokens[i].lower.as_str();
    let Some(base) = lex.get(lower).copied() else {
        return 0.0;
    };
    let mut valence = base;
    // "no" before another sentiment word is a determiner ("no problems"), not a sentiment of its own.
    if lower == "no"
        && tokens
            .get(i + 1)
            .is_some_and(|n| lex.contains_key(n.lower.as_str()))
    {
        valence = 0.0;
    }
    let before = |k: usize| -> &str { &tokens[i - k].lower };
    if (i > 0 && before(1) == "no")
        || (i > 1 && before(2) == "no")
        || (i > 2 && before(3) == "no" && matches!(before(1), "or" | "nor"))
    {
        valence = base * N_SCALAR;
    }
    if is_upper(&tokens[i].raw) && text.cap_differential {
        valence += if valence > 0.0 { C_INCR } else { -C_INCR };
    }
    for distance in 0..3 {
        if i > distance && !lex.contains_key(before(distance + 1)) {
            let mut scalar =
                booster_scalar(&tokens[i - distance - 1], valence, text.cap_differential);
            // A modifier further away modifies less.
            if distance == 1 {
                scalar *= 0.95;
            } else if distance == 2 {
                scalar *= 0.9;
            }
            valence += scalar;
            valence = negation(valence, tokens, distance, i);
            if distance == 2 {
                valence = idioms(valence, tokens, i);
            }
        }
    }
    least(valence, tokens, i)
}

fn booster_scalar(token: &Token, valence: f64, cap_differential: bool) -> f64 {
    let Some(mut scalar) = lexicon::booster(&token.lower) else {
        return 0.0;
    };
    if valence < 0.0 {
        scalar = -scalar;
    }
    if is_upper(&token.raw) && cap_differential {
        scalar += if valence > 0.0 { C_INCR } else { -C_INCR };
    }
    scalar
}

fn negation(valence: f64, tokens: &[Token], distance: usize, i: usize) -> f64 {
    let w = |k: usize| tokens[i - k].lower.as_str();
    match distance {
        0 if lexicon::is_negation(w(1)) => valence * N_SCALAR,
        1 => {
            if w(2) == "never" && matches!(w(1), "so" | "this") {
                // "never so good" intensifies rather than negates.
                valence * 1.25
            } else if w(2) == "without" && w(1) == "doubt" {
                valence
            } else if lexicon::is_negation(w(2)) {
                valence * N_SCALAR
            } else {
                valence
            }
        }
        2 => {
            if (w(3) == "never" && matches!(w(2), "so" | "this")) || matches!(w(1), "so" | "this") {
                valence * 1.25
            } else if w(3) == "without" && (w(2) == "doubt" || w(1) == "doubt") {
                valence
            } else if lexicon::is_negation(w(3)) {
                valence * N_SCALAR
            } else {
                valence
            }
        }
        _ => valence,
    }
}

fn idioms(mut valence: f64, tokens: &[Token], i: usize) -> f64 {
    let w = |k: isize| tokens[(i as isize + k) as usize].lower.as_str();
    let one_zero = format!("{} {}", w(-1), w(0));
    let two_one_zero = format!("{} {} {}", w(-2), w(-1), w(0));
    let two_one = format!("{} {}", w(-2), w(-1));
    let three_two_one = format!("{} {} {}", w(-3), w(-2), w(-1));
    let three_two = format!("{} {}", w(-3), w(-2));
    if let Some(v) = [
        &one_zero,
        &two_one_zero,
        &two_one,
        &three_two_one,
        &three_two,
    ]
    .into_iter()
    .find_map(|seq| lexicon::special_case(seq))
    {
        valence = v;
    }
    if i + 1 < tokens.len()
        && let Some(v) = lexicon::special_case(&format!("{} {}", w(0), w(1)))
    {
        valence = v;
    }
    if i + 2 < tokens.len()
        && let Some(v) = lexicon::special_case(&format!("{} {} {}", w(0), w(1), w(2)))
    {
        valence = v;
    }
    // Multi-word dampeners ("kind of", "sort of", "just enough").
    for n_gram in [&three_two_one, &three_two, &two_one] {
        if let Some(b) = lexicon::booster(n_gram) {
            valence += b;
        }
    }
    valence
}

/// "least" negates ("the least useful") except in "at least" and "very least".
fn least(valence: f64, tokens: &[Token], i: usize) -> f64 {
    if i > 0 && tokens[i - 1].lower == "least" {
        if i > 1 {
            let two = tokens[i - 2].lower.as_str();
            if two != "at" && two != "very" {
                return valence * N_SCALAR;
            }
            return valence;
        }
        return valence * N_SCALAR;
    }
    valence
}

/// After "but" the writer's real opinion follows: the clause before counts half, the clause after 1.5 times.
fn but_shift(tokens: &[Token], valences: &mut [f64]) {
    let Some(at) = tokens.iter().position(|t| t.lower == "but") else {
        return;
    };
    for (i, v) in valences.iter_mut().enumerate() {
        if i < at {
            *v *= 0.5;
        } else if i > at {
            *v *= 1.5;
        }
    }
}

fn punctuation_emphasis(text: &str) -> f64 {
    let exclamations = text.matches('!').count().min(4) as f64 * 0.292;
    let questions = match text.matches('?').count() {
        0 | 1 => 0.0,
        n @ 2..=3 => n as f64 * 0.18,
        _ => 0.96,
    };
    exclamations + questions
}

fn normalize(score: f64) -> f64 {
    (score / (score * score + 15.0).sqrt()).clamp(-1.0, 1.0)
}

fn round_to(x: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (x * factor).round() / factor
}

fn score(valences: &[f64], text: &str) -> Sentiment {
    if valences.is_empty() {
        return Sentiment {
            compound: 0.0,
            positive: 0.0,
            negative: 0.0,
            neutral: 0.0,
            label: SentimentLabel::Neutral,
        };
    }
    let emphasis = punctuation_emphasis(text);
    let mut sum: f64 = valences.iter().sum();
    if sum > 0.0 {
        sum += emphasis;
    } else if sum < 0.0 {
        sum -= emphasis;
    }
    let compound = round_to(normalize(sum), 4);
    // Each sentiment word counts one more than its valence so that neutral words (counted 1) compare fairly.
    let mut pos_sum: f64 = valences.iter().filter(|v| **v > 0.0).map(|v| v + 1.0).sum();
    let mut neg_sum: f64 = valences.iter().filter(|v| **v < 0.0).map(|v| v - 1.0).sum();
    let neutral_count = valences.iter().filter(|v| **v == 0.0).count() as f64;
    if pos_sum > neg_sum.abs() {
        pos_sum += emphasis;
    } else if pos_sum < neg_sum.abs() {
        neg_sum -= emphasis;
    }
    let total = pos_sum + neg_sum.abs() + neutral_count;
    Sentiment {
        compound,
        positive: round_to((pos_sum / total).abs(), 3),
        negative: round_to((neg_sum / total).abs(), 3),
        neutral: round_to((neutral_count / total).abs(), 3),
        label: SentimentLabel::from_compound(compound),
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn emoticons_survive_punctuation_stripping() {
        assert_eq!(strip_punctuation(":)"), ":)");
        assert_eq!(strip_punctuation("great!!"), "great");
        assert_eq!(strip_punctuation("\"Acme's\""), "Acme's");
    }

    #[test]
    fn capitals_emphasise_only_amid_lower_case() {
        assert!(tokenize("Acme is GREAT").cap_differential);
        assert!(!tokenize("ACME IS GREAT").cap_differential);
    }

    #[test]
    fn normalisation_is_bounded() {
        assert!((normalize(4.0) - 4.0 / 31f64.sqrt()).abs() < 1e-12);
        assert!(normalize(1e9) <= 1.0 && normalize(-1e9) >= -1.0);
    }
}
