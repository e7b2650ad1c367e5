//! Fitting text into a limit by meaning: a numbered thread for platforms that have threads,
//! dropping whole trailing sentences (then clauses, then words) for the rest.

use std::ops::Range;

use crate::segment::{Break, Level};

/// Whether the concatenation of the pieces fits the limit. Pieces are measured separately so
/// a suffix or an ellipsis can be tried without building the joined string.
pub(crate) type Fits<'a> = dyn Fn(&[&str]) -> bool + 'a;

pub(crate) const ELLIPSIS: &str = "…";
const CLAUSE_TRAIL: &[char] = &[
    ',', ';', ':', '،', '؛', '、', '，', '；', '：', '—', '–', '-',
];

/// Splits `text` into parts numbered ` 1/N`, each fitting with its number. A piece that cannot
/// fit alone (one very long word or link) becomes a part of its own, over the limit.
pub(crate) fn thread(text: &str, breaks: &[Break], fits: &Fits) -> Vec<String> {
    let mut digits = 1u32;
    loop {
        let nines = "9".repeat(digits as usize);
        let placeholder = format!(" {nines}/{nines}");
        let ranges = pack(text, breaks, &|body: &str| fits(&[body, &placeholder]));
        let total = ranges.len();
        if total <= 1 {
            return vec![text.to_owned()];
        }
        // The numbers were budgeted at `digits` wide; widen and repack if there are more parts.
        if total < 10usize.pow(digits) || digits >= 9 {
            return ranges
                .into_iter()
                .enumerate()
                .map(|(i, r)| format!("{} {}/{total}", &text[r], i + 1))
                .collect();
        }
        digits += 1;
    }
}

/// Greedy packing: each part takes the strongest break that keeps at least half of what could fit.
fn pack(text: &str, breaks: &[Break], fits: &dyn Fn(&str) -> bool) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut first = 0;
    while first < breaks.len() {
        let candidates = &breaks[first..];
        let fitting = gallop(candidates, |b| fits(&text[start..b.end]));
        let chosen = if fitting == 0 {
            0
        } else {
            choose(&candidates[..fitting], start)
        };
        let cut = candidates[chosen];
        parts.push(start..cut.end);
        start = cut.next;
        first += chosen + 1;
        while first < breaks.len() && breaks[first].end <= start {
            first += 1;
        }
    }
    parts
}

/// How many leading candidates satisfy `fits`, which holds for a prefix of them. Probes 1, 2,
/// 4, 8... candidates ahead before bisecting, so each part costs about its own length to measure
/// however long the rest of the text is.
fn gallop(candidates: &[Break], fits: impl Fn(&Break) -> bool) -> usize {
    let mut known = 0;
    let mut step = 1;
    while let Some(probe) = candidates.get(known + step - 1) {
        if !fits(probe) {
            let window = &candidates[known..known + step - 1];
            return known + window.partition_point(&fits);
        }
        known += step;
        step *= 2;
    }
    known + candidates[known..].partition_point(&fits)
}

fn choose(fitting: &[Break], start: usize) -> usize {
    let last = fitting.len() - 1;
    let reach = fitting[last].end - start;
    for level in [Level::Paragraph, Level::Sentence, Level::Clause] {
        if let Some(j) = fitting.iter().rposition(|b| b.level >= level)
            && (fitting[j].end - start) * 2 >= reach
        {
            return j;
        }
    }
    last
}

/// Shortens `text` to fit: whole trailing sentences go first; only when even the first sentence
/// is too long is it cut at a clause, then at a word, and marked with an ellipsis (when
/// `ellipsis`). When even the first word or link is too long, that piece is returned alone.
pub(crate) fn shorten(
    text: &str,
    breaks: &[Break],
    fits: &Fits,
    ellipsis: bool,
) -> (String, Level) {
    let inner = &breaks[..breaks.len().saturating_sub(1)];
    let whole = inner.partition_point(|b| fits(&[&text[..b.end]]));
    if let Some(b) = inner[..whole]
        .iter()
        .rev()
        .find(|b| b.level >= Level::Sentence)
    {
        return (text[..b.end].to_owned(), Level::Sentence);
    }
    let mark = if ellipsis { ELLIPSIS } else { "" };
    let clipped = |b: &Break| {
        text[..b.end].trim_end_matches(|c: char| CLAUSE_TRAIL.contains(&c) || c.is_whitespace())
    };
    let cut = inner.partition_point(|b| fits(&[clipped(b), mark]));
    for level in [Level::Clause, Level::Word] {
        if let Some(b) = inner[..cut]
            .iter()
            .rev()
            .find(|b| b.level >= level && !clipped(b).is_empty())
        {
            return (format!("{}{mark}", clipped(b)), level);
        }
    }
    let first = inner.first().map_or(text.len(), |b| b.end);
    (text[..first].to_owned(), Level::Word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::breaks;

    fn chars_fit(limit: usize) -> impl Fn(&[&str]) -> bool {
        move |pieces: &[&str]| pieces.iter().map(|p| p.chars().count()).sum::<usize>() <= limit
    }

    #[test]
    fn shorten_drops_whole_sentences_first() {
        let text = "First sentence here. Second one is longer than that. Third.";
        let (short, level) = shorten(text, &breaks(text, &[]), &chars_fit(40), true);
        assert_eq!(short, "First sentence here.");
        assert_eq!(level, Level::Sentence);
    }

    #[test]
    fn shorten_cuts_a_clause_with_an_ellipsis_when_a_sentence_is_too_long() {
        let text = "A long opening clause, and then a second clause that runs on and on.";
        let (short, level) = shorten(text, &breaks(text, &[]), &chars_fit(30), true);
        assert_eq!(short, "A long opening clause…");
        assert_eq!(level, Level::Clause);
        let (plain, _) = shorten(text, &breaks(text, &[]), &chars_fit(30), false);
        assert_eq!(plain, "A long opening clause");
    }

    #[test]
    fn thread_numbers_fit_and_prefer_sentences() {
        let text = "One two three four. Five six seven eight. Nine ten eleven.";
        let parts = thread(text, &breaks(text, &[]), &chars_fit(25));
        assert_eq!(
            parts,
            [
                "One two three four. 1/3",
                "Five six seven eight. 2/3",
                "Nine ten eleven. 3/3"
            ]
        );
    }

    #[test]
    fn thread_widens_numbers_past_nine_parts() {
        let text = "word ".repeat(60);
        let text = text.trim_end();
        let parts = thread(text, &breaks(text, &[]), &chars_fit(12));
        assert!(parts.len() >= 10);
        assert!(parts.iter().all(|p| p.chars().count() <= 12), "{parts:?}");
        assert!(parts[0].ends_with(&format!(" 1/{}", parts.len())));
    }
}
