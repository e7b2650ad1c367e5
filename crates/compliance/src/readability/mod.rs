//! Standard readability formulas over our own word, sentence and syllable counts.
//!
//! - Flesch Reading Ease (Flesch 1948): 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words)
//! - Flesch-Kincaid grade (Kincaid et al. 1975): 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59
//! - Gunning fog (1952): 0.4·(words/sentences + 100·complex/words), where complex words have
//!   three or more syllables not counting an `-es`, `-ed` or `-ing` ending, and are not hyphenated
//! - SMOG (McLaughlin 1969): 1.043·√(polysyllables·30/sentences) + 3.1291
//! - Coleman-Liau (1975): 0.0588·L − 0.296·S − 15.8, L letters and S sentences per 100 words
//! - Automated Readability Index (Senter & Smith 1967): 4.71·(characters/words) + 0.5·(words/sentences) − 21.43
//!
//! All of the above are English formulas and are always reported. For the text's own language
//! [`Readability::reading_ease`] uses that language's adaptation of Flesch's ease formula
//! (W words, S sentences, Y syllables):
//!
//! - English: Flesch (1948), 206.835 − 1.015·W/S − 84.6·Y/W
//! - Spanish: Fernández-Huerta (1959, as corrected), 206.84 − 1.02·W/S − 60·Y/W
//! - French: Kandel & Moles (1958), 207 − 1.015·W/S − 73.6·Y/W
//! - German: Amstad (1978), 180 − W/S − 58.5·Y/W
//! - Portuguese: Martins et al. (1996), 248.835 − 1.015·W/S − 84.6·Y/W
//!
//! English syllables come from [`syllables::syllables`]; other languages count groups of
//! vowels (accented ones included), which those orthographies spell close to how they are
//! spoken. [`Readability::grade`] is the Flesch-Kincaid grade for English and, for the others,
//! the school grade Flesch's table gives for the language's ease score (100 → 4, 90 → 5,
//! 80 → 6, 70 → 7, 60 → 8.5, 50 → 11, 30 → 14, 0 → 18, linear between), so one grade target
//! serves every language.
//!
//! An empty text scores 0 everywhere rather than NaN, so a report always serializes.

pub mod syllables;

use serde::{Deserialize, Serialize};

use crate::policy::Language;
use crate::text::Analysis;

/// Readability figures of one text, rounded to two decimals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    pub flesch_reading_ease: f32,
    pub flesch_kincaid_grade: f32,
    pub gunning_fog: f32,
    pub smog: f32,
    pub coleman_liau: f32,
    pub automated_readability: f32,
    pub avg_sentence_words: f32,
    /// The language the figures below were computed for.
    pub language: Language,
    /// The language's own Flesch-style ease score (higher reads easier).
    pub reading_ease: f32,
    /// The school grade the text reads at: Flesch-Kincaid for English, else from `reading_ease`.
    pub grade: f32,
}

/// Below this many words or sentences the formulas are too noisy to judge a text by; the
/// figures are still reported.
pub const MIN_WORDS_TO_JUDGE: usize = 30;
pub const MIN_SENTENCES_TO_JUDGE: usize = 3;

impl Readability {
    /// Whether the text is long enough for grade-based findings.
    pub fn is_judgeable(&self) -> bool {
        self.words >= MIN_WORDS_TO_JUDGE && self.sentences >= MIN_SENTENCES_TO_JUDGE
    }
}

/// Readability figures of `text`, read as English.
pub fn readability(text: &str) -> Readability {
    from_analysis(&Analysis::new(text), Language::En)
}

/// Readability figures of `text` written in `language`.
pub fn readability_in(text: &str, language: Language) -> Readability {
    from_analysis(&Analysis::new(text), language)
}

/// Syllables of one word as the language's formula counts them.
pub fn syllables_in(word: &str, language: Language) -> usize {
    match language {
        Language::En => syllables::syllables(word),
        _ => vowel_groups(word, language),
    }
}

/// Groups of consecutive vowels, at least one per word with a letter.
fn vowel_groups(word: &str, language: Language) -> usize {
    let is_vowel = |c: char| {
        let c = c.to_lowercase().next().unwrap_or(c);
        "aeiouáéíóúàèìòùâêîôûäëïöüãõœæ".contains(c)
            || (c == 'y' && matches!(language, Language::Fr | Language::De))
    };
    let mut groups = 0;
    let mut in_vowels = false;
    let mut letters = false;
    for c in word.chars() {
        letters |= c.is_alphabetic();
        let v = is_vowel(c);
        if v && !in_vowels {
            groups += 1;
        }
        in_vowels = v;
    }
    // French mutes a final -e (and -es, -ent) after a consonant: "table" is one syllable.
    if language == Language::Fr && groups > 1 {
        let lower = word.to_lowercase();
        let muted = ["e", "es", "ent"].iter().any(|end| {
            lower.strip_suffix(end).is_some_and(|stem| {
                stem.chars()
                    .last()
                    .is_some_and(|c| c.is_alphabetic() && !is_vowel(c))
            })
        });
        if muted {
            groups -= 1;
        }
    }
    if letters { groups.max(1) } else { groups }
}

/// The language's Flesch-style ease score.
fn ease(language: Language, words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    match language {
        Language::En => 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        Language::Es => 206.84 - 1.02 * words_per_sentence - 60.0 * syllables_per_word,
        Language::Fr => 207.0 - 1.015 * words_per_sentence - 73.6 * syllables_per_word,
        Language::De => 180.0 - words_per_sentence - 58.5 * syllables_per_word,
        Language::Pt => 248.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
    }
}

/// The school grade Flesch's table gives for an ease score, linear between its rows.
pub fn grade_for_ease(ease: f32) -> f32 {
    const TABLE: [(f32, f32); 8] = [
        (100.0, 4.0),
        (90.0, 5.0),
        (80.0, 6.0),
        (70.0, 7.0),
        (60.0, 8.5),
        (50.0, 11.0),
        (30.0, 14.0),
        (0.0, 18.0),
    ];
    if !ease.is_finite() {
        return 0.0;
    }
    if ease >= TABLE[0].0 {
        return TABLE[0].1;
    }
    for w in TABLE.windows(2) {
        let ((hi, g_hi), (lo, g_lo)) = (w[0], w[1]);
        if ease >= lo {
            return g_lo + (g_hi - g_lo) * (ease - lo) / (hi - lo);
        }
    }
    TABLE[TABLE.len() - 1].1
}

pub(crate) fn from_analysis(a: &Analysis, language: Language) -> Readability {
    let words = a.words.len();
    let sentences = a.sentence_count();
    if words == 0 {
        return Readability {
            language,
            ..Readability::default()
        };
    }
    let mut syllable_total = 0usize;
    let mut own_syllables = 0usize;
    let mut complex = 0usize;
    let mut polysyllables = 0usize;
    let mut letters = 0usize;
    let mut characters = 0usize;
    for span in &a.words {
        let word = span.of(a.text);
        let syl = syllables::syllables(word);
        syllable_total += syl;
        own_syllables += if language.is_english() {
            syl
        } else {
            vowel_groups(word, language)
        };
        if syl >= 3 {
            polysyllables += 1;
            if is_complex(word, syl) {
                complex += 1;
            }
        }
        for c in word.chars() {
            if c.is_alphabetic() {
                letters += 1;
                characters += 1;
            } else if c.is_numeric() {
                characters += 1;
            }
        }
    }
    let w = words as f64;
    let s = sentences as f64;
    let words_per_sentence = w / s;
    let syllables_per_word = syllable_total as f64 / w;
    let fre = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word;
    let fk = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59;
    let fog = 0.4 * (words_per_sentence + 100.0 * complex as f64 / w);
    let smog = 1.043 * (polysyllables as f64 * 30.0 / s).sqrt() + 3.1291;
    let cli = 0.0588 * (100.0 * letters as f64 / w) - 0.296 * (100.0 * s / w) - 15.8;
    let ari = 4.71 * (characters as f64 / w) + 0.5 * words_per_sentence - 21.43;
    let own_ease = round2(ease(language, words_per_sentence, own_syllables as f64 / w));
    let grade = if language.is_english() {
        round2(fk)
    } else {
        round2(f64::from(grade_for_ease(own_ease)))
    };
    Readability {
        words,
        sentences,
        syllables: syllable_total,
        flesch_reading_ease: round2(fre),
        flesch_kincaid_grade: round2(fk),
        gunning_fog: round2(fog),
        smog: round2(smog),
        coleman_liau: round2(cli),
        automated_readability: round2(ari),
        avg_sentence_words: round2(words_per_sentence),
        language,
        reading_ease: own_ease,
        grade,
    }
}

/// Gunning's "hard word": three syllables or more once an inflection that adds a syllable
/// is set aside, and not a hyphenated compound.
fn is_complex(word: &str, syllables: usize) -> bool {
    if word.contains('-') {
        return false;
    }
    let lower = word.to_lowercase();
    let stem = ["ing", "ed", "es"]
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix));
    let inflection_syllable = match stem {
        Some(stem) if !stem.is_empty() => syllables.saturating_sub(syllables::syllables(stem)),
        _ => 0,
    };
    syllables - inflection_syllable.min(1) >= 3
}

fn round2(x: f64) -> f32 {
    if x.is_finite() {
        ((x * 100.0).round() / 100.0) as f32
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 0.01
    }

    #[test]
    fn formulas_match_hand_computed_values() {
        // 2 sentences, 10 words, 16 syllables, 43 letters.
        let r = readability("The cat sat on the mat. Readability matters to people.");
        assert_eq!((r.words, r.sentences, r.syllables), (10, 2, 16));
        let wps = 5.0;
        let spw = 1.6;
        assert!(close(
            r.flesch_reading_ease,
            (206.835 - 1.015 * wps - 84.6 * spw) as f32
        ));
        assert!(close(
            r.flesch_kincaid_grade,
            (0.39 * wps + 11.8 * spw - 15.59) as f32
        ));
        // Complex: "readability" only ("matters" and "people" have two syllables).
        assert!(close(
            r.gunning_fog,
            (0.4 * (wps + 100.0 * 1.0 / 10.0)) as f32
        ));
        assert!(close(
            r.smog,
            (1.043 * (1.0f64 * 30.0 / 2.0).sqrt() + 3.1291) as f32
        ));
        assert!(close(
            r.coleman_liau,
            (0.0588 * 430.0 - 0.296 * 20.0 - 15.8) as f32
        ));
        assert!(close(
            r.automated_readability,
            (4.71 * 4.3 + 0.5 * wps - 21.43) as f32
        ));
        assert!(close(r.avg_sentence_words, 5.0));
    }

    #[test]
    fn simple_text_reads_easier_than_dense_text() {
        let easy = readability("We make it easy. You sign up. You get a card. It works.");
        let hard = readability(
            "Organizational transformation necessitates comprehensive stakeholder \
             communication, particularly regarding infrastructural modernization initiatives.",
        );
        assert!(easy.flesch_reading_ease > 90.0, "{easy:?}");
        assert!(easy.flesch_kincaid_grade < 2.0, "{easy:?}");
        assert!(hard.flesch_kincaid_grade > 18.0, "{hard:?}");
        assert!(hard.flesch_reading_ease < 0.0);
        assert!(hard.gunning_fog > easy.gunning_fog && hard.smog > easy.smog);
        assert!(hard.coleman_liau > easy.coleman_liau);
        assert!(hard.automated_readability > easy.automated_readability);
    }

    #[test]
    fn empty_and_symbol_only_texts_score_zero_without_nan() {
        for text in ["", "   ", "🎉🎉 !!!", "..."] {
            let r = readability(text);
            assert_eq!(r, Readability::default(), "{text:?}");
            assert!(serde_json::to_string(&r).is_ok());
        }
        let one = readability("Hello");
        assert_eq!((one.words, one.sentences), (1, 1));
        assert!(one.flesch_reading_ease.is_finite());
    }

    #[test]
    fn complex_words_ignore_inflections_and_compounds() {
        assert!(is_complex("organization", 5));
        assert!(!is_complex("state-of-the-art", 4));
        // "created" is three syllables but its stem "creat" has two.
        assert!(!is_complex("created", syllables::syllables("created")));
        assert!(is_complex(
            "communicating",
            syllables::syllables("communicating")
        ));
    }

    #[test]
    fn english_ease_and_grade_are_flesch_and_flesch_kincaid() {
        let r = readability("The cat sat on the mat. Readability matters to people.");
        assert_eq!(r.language, Language::En);
        assert_eq!(r.reading_ease, r.flesch_reading_ease);
        assert_eq!(r.grade, r.flesch_kincaid_grade);
    }

    #[test]
    fn other_languages_use_their_own_formula_and_syllables() {
        // "La casa es muy bonita." 5 words, 1 sentence; syllables la·ca·sa·es·muy·bo·ni·ta = 8
        // (the vowel group "uy" is one).
        let es = readability_in("La casa es muy bonita.", Language::Es);
        assert_eq!(es.language, Language::Es);
        let expected = 206.84 - 1.02 * 5.0 - 60.0 * 8.0 / 5.0;
        assert!(close(es.reading_ease, expected as f32), "{es:?}");
        assert!(close(es.grade, grade_for_ease(es.reading_ease)));
        let de = readability_in("Das Haus ist sehr schön.", Language::De);
        let expected = 180.0 - 5.0 - 58.5 * 5.0 / 5.0;
        assert!(close(de.reading_ease, expected as f32), "{de:?}");
        assert_eq!(syllables_in("table", Language::Fr), 1);
        assert_eq!(syllables_in("maison", Language::Fr), 2);
        assert_eq!(syllables_in("y", Language::Es), 1);
        let pt = readability_in("O gato é bonito.", Language::Pt);
        assert!(pt.reading_ease > 90.0, "{pt:?}");
        let fr = readability_in("Le chat est sur la table.", Language::Fr);
        assert!(close(
            fr.reading_ease,
            (207.0 - 1.015 * 6.0 - 73.6 * 6.0 / 6.0) as f32
        ));
    }

    #[test]
    fn grade_follows_flesch_table() {
        assert_eq!(grade_for_ease(120.0), 4.0);
        assert_eq!(grade_for_ease(90.0), 5.0);
        assert!(close(grade_for_ease(55.0), 9.75));
        assert_eq!(grade_for_ease(-20.0), 18.0);
        assert_eq!(grade_for_ease(f32::NAN), 0.0);
    }

    #[test]
    fn judgeable_needs_thirty_words_and_three_sentences() {
        let short = readability("One two three. Four five six. Seven eight nine.");
        assert!(!short.is_judgeable());
        let long = readability(&"This is a plain sentence with several words in it. ".repeat(3));
        assert_eq!(long.words, 30);
        assert!(long.is_judgeable());
    }
}
