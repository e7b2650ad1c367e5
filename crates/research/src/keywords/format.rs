//! Which keyword tool an export comes from, told by its header line. The engine reads any
//! table with a keyword column; the name is for the person importing (and the metrics' source).

/// The tool's name as stored with each metric (at most 20 characters).
pub const SEMRUSH: &str = "semrush";
pub const AHREFS: &str = "ahrefs";
pub const GOOGLE_ADS: &str = "google_ads";
pub const CSV: &str = "csv";

/// The first lines of the export as text: UTF-16 (Keyword Planner, Ahrefs) or UTF-8.
fn head(bytes: &[u8]) -> String {
    let sample = &bytes[..bytes.len().min(8192)];
    let utf16 = |le: bool, body: &[u8]| {
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    match sample {
        [0xFF, 0xFE, rest @ ..] => utf16(true, rest),
        [0xFE, 0xFF, rest @ ..] => utf16(false, rest),
        _ => String::from_utf8_lossy(sample).into_owned(),
    }
    .to_lowercase()
}

/// The header cells of the first line naming a keyword column.
fn header_cells(text: &str) -> Vec<String> {
    text.lines()
        .take(10)
        .map(|l| {
            l.split([',', '\t', ';'])
                .map(|c| {
                    c.trim_start_matches('\u{feff}')
                        .trim()
                        .trim_matches('"')
                        .trim()
                        .to_owned()
                })
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.iter().any(|c| c == "keyword" || c == "keywords"))
        .unwrap_or_default()
}

pub fn detect(bytes: &[u8]) -> &'static str {
    let cells = header_cells(&head(bytes));
    let has = |name: &str| cells.iter().any(|c| c == name);
    let starts = |prefix: &str| cells.iter().any(|c| c.starts_with(prefix));
    if has("avg. monthly searches") || starts("top of page bid") {
        GOOGLE_ADS
    } else if has("keyword difficulty") || has("competitive density") {
        SEMRUSH
    } else if has("kd") || has("difficulty") || has("traffic potential") || has("parent keyword") {
        AHREFS
    } else {
        CSV
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        for u in s.encode_utf16() {
            out.extend_from_slice(&u.to_le_bytes());
        }
        out
    }

    #[test]
    fn tools_are_told_by_their_headers() {
        assert_eq!(
            detect(b"Keyword,Intent,Volume,Keyword Difficulty,CPC (USD),Competitive Density\nx,y,1,2,3,0.1\n"),
            SEMRUSH
        );
        assert_eq!(
            detect(b"\xEF\xBB\xBFKeyword,Volume,KD,CPC\nx,1,2,3\n"),
            AHREFS
        );
        assert_eq!(
            detect(&utf16le(
                "Keyword Stats 2026-01-01\nAll locations\nKeyword\tCurrency\tAvg. monthly searches\tCompetition\n"
            )),
            GOOGLE_ADS
        );
        assert_eq!(
            detect(&utf16le("Keyword\tCountry\tDifficulty\tVolume\tCPC\n")),
            AHREFS
        );
        assert_eq!(detect(b"keyword;volume\nx;1\n"), CSV);
        assert_eq!(detect(b"no header at all"), CSV);
    }
}
