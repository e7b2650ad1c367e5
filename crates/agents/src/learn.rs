//! The feedback loop (FR-8.10.3): which phrases people delete from drafts, and which of them
//! they delete often enough that the agents should stop writing them. Pure.

use std::collections::HashMap;

/// Edits that must delete a phrase before the agents avoid it.
pub const LEARN_AFTER: usize = 2;
/// Words compared at most per text: the diff is quadratic.
const MAX_WORDS: usize = 800;

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "for", "with", "at", "by", "is",
    "are", "be", "it", "this", "that", "we", "you", "our", "your", "i", "as", "so",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-' || c == '#'))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(str::to_lowercase)
        .collect()
}

/// Phrases (runs of one to six words, not all stopwords) present in `before` and gone from
/// `after`, found with a longest-common-subsequence diff over words.
pub fn removed_phrases(before: &str, after: &str) -> Vec<String> {
    let a = words(before);
    let b = words(after);
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i] == b[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    while i < n {
        if j < m && a[i] == b[j] {
            if !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            i += 1;
            j += 1;
        } else if j < m && lcs[at(i, j + 1)] >= lcs[at(i + 1, j)] {
            j += 1;
        } else {
            current.push(&a[i]);
            i += 1;
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    let mut out: Vec<String> = Vec::new();
    for run in runs {
        if run.len() > 6 || run.iter().all(|w| STOPWORDS.contains(w)) {
            continue;
        }
        let phrase = run.join(" ");
        if !out.contains(&phrase) {
            out.push(phrase);
        }
    }
    out
}

/// Phrases deleted in at least [`LEARN_AFTER`] edits, most often deleted first.
pub fn learned_avoid<'a>(edits: impl IntoIterator<Item = &'a [String]>) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for removed in edits {
        for p in removed {
            *counts.entry(p.as_str()).or_default() += 1;
        }
    }
    let mut out: Vec<(String, usize)> = counts
        .into_iter()
        .filter(|(_, n)| *n >= LEARN_AFTER)
        .map(|(p, n)| (p.to_owned(), n))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_an_edit_deleted() {
        let before = "Unlock game-changing synergy with Acme today. Try it free!";
        let after = "Work better with Acme today. Try it free!";
        assert_eq!(
            removed_phrases(before, after),
            vec!["unlock game-changing synergy".to_owned()]
        );
        assert!(removed_phrases(before, before).is_empty());
        assert!(
            removed_phrases("the cat and the dog", "cat dog").is_empty(),
            "stopwords only"
        );
    }

    #[test]
    fn long_rewrites_are_not_taken_as_phrases() {
        let before = "one two three four five six seven eight nine";
        assert!(removed_phrases(before, "ten").is_empty());
        assert!(removed_phrases("", "anything").is_empty());
    }

    #[test]
    fn a_phrase_is_learned_after_repeated_deletions() {
        let edits = [
            vec!["synergy".to_owned(), "leverage".to_owned()],
            vec!["synergy".to_owned()],
            vec!["synergy".to_owned(), "leverage".to_owned()],
            vec!["once".to_owned()],
        ];
        let learned = learned_avoid(edits.iter().map(Vec::as_slice));
        assert_eq!(
            learned,
            vec![("synergy".to_owned(), 3), ("leverage".to_owned(), 2)]
        );
    }
}
