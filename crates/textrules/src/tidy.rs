//! Whitespace clean-up that never changes meaning: line endings, runs of spaces, spaces at line
//! ends, and runs of line breaks longer than a platform shows.

/// Unifies line endings, collapses runs of spaces and tabs inside a line, trims every line and
/// the text. No-break spaces are kept: they are written on purpose.
pub(crate) fn normalise_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in unified.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut pending_space = false;
        for c in line.chars() {
            if is_inline_space(c) {
                pending_space = true;
                continue;
            }
            if pending_space && !out.is_empty() && !out.ends_with('\n') {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        }
    }
    out.trim_matches('\n').to_owned()
}

fn is_inline_space(c: char) -> bool {
    c != '\n' && c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// Shortens every run of more than `max` line breaks to `max`.
pub(crate) fn collapse_line_breaks(text: &str, max: usize) -> String {
    let max = max.max(1);
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for c in text.chars() {
        if c == '\n' {
            run += 1;
            if run > max {
                continue;
            }
        } else {
            run = 0;
        }
        out.push(c);
    }
    out
}

/// Byte ranges of the runs of line breaks longer than `max`.
pub(crate) fn long_line_break_runs(text: &str, max: usize) -> Vec<(usize, usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    let mut count = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c == '\n' {
            start.get_or_insert(i);
            count += 1;
        } else {
            if let Some(s) = start.take()
                && count > max
            {
                runs.push((s, i, count));
            }
            count = 0;
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_normalised() {
        assert_eq!(
            normalise_whitespace("  a \t b  \r\n c\u{A0}d \r\r e  \n\n"),
            "a b\nc\u{A0}d\n\ne"
        );
        assert_eq!(normalise_whitespace("already\n\nclean"), "already\n\nclean");
    }

    #[test]
    fn runs_of_line_breaks() {
        assert_eq!(collapse_line_breaks("a\n\n\n\nb\nc", 2), "a\n\nb\nc");
        assert_eq!(long_line_break_runs("a\n\n\nb\n\nc", 2), [(1, 4, 3)]);
    }
}
