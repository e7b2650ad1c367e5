//! Text for the PDF's standard Helvetica faces: WinAnsi bytes, widths and line wrapping.

/// Advance widths of Helvetica for ASCII 32..=126, in 1/1000 em (Adobe's Core 14 AFM).
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/// Width of `s` in points at `size`; bold is taken 10% wider, which is never narrower than
/// Helvetica-Bold really is, so wrapped lines always fit.
pub fn width(s: &str, size: f32, bold: bool) -> f32 {
    let units: u32 = s
        .chars()
        .map(|c| {
            let code = c as u32;
            if (32..=126).contains(&code) {
                u32::from(HELVETICA[(code - 32) as usize])
            } else {
                600
            }
        })
        .sum();
    let factor = if bold { 1.1 } else { 1.0 };
    units as f32 * size / 1000.0 * factor
}

/// `s` in WinAnsiEncoding (Latin-1 for the characters that matter here); characters the
/// encoding lacks become `?`.
pub fn encode(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '\u{2013}' => 0x96,
            '\u{2014}' => 0x97,
            '\u{2019}' => 0x92,
            '\u{2022}' => 0x95,
            '\u{2026}' => 0x85,
            _ => b'?',
        })
        .collect()
}

/// Breaks `s` into lines no wider than `max` points, between words; a word longer than a line
/// (a long URL) is cut.
pub fn wrap(s: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate, size, bold) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word.to_string();
        while width(&rest, size, bold) > max {
            let mut cut = String::new();
            for c in rest.chars() {
                let mut next = cut.clone();
                next.push(c);
                if width(&next, size, bold) > max {
                    break;
                }
                cut = next;
            }
            if cut.is_empty() {
                break;
            }
            rest = rest[cut.len()..].to_string();
            lines.push(cut);
        }
        line = rest;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_the_font() {
        assert!((width("i", 10.0, false) - 2.22).abs() < 1e-4);
        assert!(width("W", 10.0, false) > width("i", 10.0, false) * 4.0);
        assert!(width("abc", 10.0, true) > width("abc", 10.0, false));
    }

    #[test]
    fn encodes_latin1_and_replaces_the_rest() {
        assert_eq!(encode("café – ok 日"), b"caf\xe9 \x96 ok ?".to_vec());
    }

    #[test]
    fn wraps_between_words_and_cuts_long_urls() {
        let lines = wrap("one two three four five six seven eight", 10.0, false, 60.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, 10.0, false) <= 60.0));
        assert_eq!(lines.join(" "), "one two three four five six seven eight");
        let url = format!("https://example.com/{}", "a".repeat(200));
        let cut = wrap(&url, 10.0, false, 100.0);
        assert!(cut.len() > 3);
        assert_eq!(cut.concat(), url);
    }
}
