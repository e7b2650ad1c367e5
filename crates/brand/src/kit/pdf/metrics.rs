//! Text metrics and encoding for the two standard fonts the PDF uses (Helvetica and
//! Helvetica-Bold). Standard fonts need no embedding and keep text extractable; they are
//! addressed in WinAnsiEncoding, so every string is mapped to Windows-1252 bytes here.
//!
//! The widths are the advance widths, in 1/1000 em, of Adobe's Core 14 AFM files for those
//! two faces, indexed by WinAnsi code (0 where the code has no glyph).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
}

impl Font {
    fn widths(self) -> &'static [u16; 256] {
        match self {
            Font::Regular => &HELVETICA,
            Font::Bold => &HELVETICA_BOLD,
        }
    }
}

/// Windows-1252 byte of `c`, if the encoding has it.
fn win_ansi(c: char) -> Option<u8> {
    let code = c as u32;
    match code {
        0x20..=0x7E | 0xA0..=0xFF => u8::try_from(code).ok(),
        _ => Some(match c {
            '€' => 0x80,
            '‚' => 0x82,
            'ƒ' => 0x83,
            '„' => 0x84,
            '…' => 0x85,
            '†' => 0x86,
            '‡' => 0x87,
            'ˆ' => 0x88,
            '‰' => 0x89,
            'Š' => 0x8A,
            '‹' => 0x8B,
            'Œ' => 0x8C,
            'Ž' => 0x8E,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '˜' => 0x98,
            '™' => 0x99,
            'š' => 0x9A,
            '›' => 0x9B,
            'œ' => 0x9C,
            'ž' => 0x9E,
            'Ÿ' => 0x9F,
            _ => return None,
        }),
    }
}

/// The WinAnsi bytes of `text`. Whitespace becomes a space; a character the encoding lacks
/// becomes `?` (the standard fonts have no glyph for it anyway).
pub fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| {
            if c.is_whitespace() {
                b' '
            } else {
                win_ansi(c).unwrap_or(b'?')
            }
        })
        .collect()
}

/// Width of `text` in points at `size`.
pub fn width(font: Font, text: &str, size: f32) -> f32 {
    let w = font.widths();
    let units: u32 = encode(text).iter().map(|&b| u32::from(w[b as usize])).sum();
    units as f32 * size / 1000.0
}

/// Breaks `text` into lines no wider than `max` points. Words longer than a line are cut;
/// explicit line breaks are kept.
pub fn wrap(font: Font, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if width(font, &candidate, size) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A single word wider than the line (a URL, a long hex run) is cut where it overflows.
            let mut rest = word;
            while width(font, rest, size) > max {
                let mut cut = 0;
                for (i, c) in rest.char_indices() {
                    if width(font, &rest[..i + c.len_utf8()], size) > max {
                        break;
                    }
                    cut = i + c.len_utf8();
                }
                let cut = cut.max(rest.chars().next().map_or(1, char::len_utf8));
                lines.push(rest[..cut].to_owned());
                rest = &rest[cut..];
            }
            line = rest.to_owned();
        }
        lines.push(line);
    }
    // Trailing blank lines add nothing but space.
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

pub(super) const HELVETICA: [u16; 256] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    0, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222,
    333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 578, 537, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

pub(super) const HELVETICA_BOLD: [u16; 256] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    0, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278,
    500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611,
    611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_windows_1252_and_replaces_the_rest() {
        assert_eq!(encode("Café – “ok” €5"), b"Caf\xe9 \x96 \x93ok\x94 \x805");
        assert_eq!(encode("a\tb\nc→"), b"a b c?");
    }

    #[test]
    fn widths_follow_the_font_metrics() {
        // Helvetica: H = 722, i = 222; Helvetica-Bold: i = 278.
        assert!((width(Font::Regular, "Hi", 10.0) - 9.44).abs() < 1e-4);
        assert!((width(Font::Bold, "Hi", 10.0) - 10.0).abs() < 1e-4);
        assert_eq!(width(Font::Regular, "", 12.0), 0.0);
    }

    #[test]
    fn wraps_on_words_and_cuts_words_longer_than_a_line() {
        let text = "the quick brown fox jumps over the lazy dog";
        let lines = wrap(Font::Regular, text, 10.0, 80.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| width(Font::Regular, l, 10.0) <= 80.0));
        let long = "x".repeat(100);
        let cut = wrap(Font::Regular, &long, 10.0, 50.0);
        assert_eq!(cut.concat(), long);
        assert!(cut.iter().all(|l| width(Font::Regular, l, 10.0) <= 50.0));
        assert_eq!(
            wrap(Font::Regular, "a\n\nb\n\n", 10.0, 100.0),
            ["a", "", "b"]
        );
        assert_eq!(wrap(Font::Regular, "", 10.0, 100.0), [""]);
    }
}
