//! Keyword metrics from the exports of Google Keyword Planner, Semrush and Ahrefs (and any table
//! with a keyword column), recognised by their headers rather than by file name:
//!
//! - Google Keyword Planner: UTF-16LE with a byte-order mark, tab-separated, two title lines
//!   before the header; "Keyword", "Avg. monthly searches" (exact or a range such as "1K – 10K",
//!   see `numbers::parse_volume`), "Competition" (Low/Medium/High), "Competition (indexed value)"
//!   (0-100), "Top of page bid (low range)" / "(high range)" (the CPC is their mean).
//! - Semrush: UTF-8, comma-separated; "Keyword", "Volume", "Keyword Difficulty", "CPC" or
//!   "CPC (USD)", "Competitive Density" (0-1).
//! - Ahrefs: UTF-8 comma or UTF-16 tab; "Keyword", "Volume", "Difficulty" or "KD", "CPC".
//!
//! UTF-8 with a byte-order mark and semicolon-separated files with decimal commas (spreadsheets
//! saved in European locales) are read too.

use thiserror::Error;

use crate::decode::decode;
use crate::model::KeywordMetric;
use crate::normalize::match_form;
use crate::numbers::{is_blank, parse_competition, parse_number, parse_volume};

pub use crate::merge::merge_metrics;

#[derive(Debug, Error, Clone, PartialEq)]
pub enum ImportError {
    #[error("line {line}: the file is empty")]
    Empty { line: usize },
    #[error("line {line}: {message}")]
    Encoding { line: usize, message: String },
    #[error("line {line}: no keyword column found: expected one of {expected}")]
    NoKeywordColumn { line: usize, expected: String },
    #[error("line {line}: {message}")]
    Malformed { line: usize, message: String },
    #[error("line {line}: column \"{column}\" holds \"{value}\", expected {expected}")]
    InvalidValue {
        line: usize,
        column: String,
        value: String,
        expected: String,
    },
}

impl ImportError {
    /// 1-based line of the file the error is about.
    pub fn line(&self) -> usize {
        match self {
            ImportError::Empty { line }
            | ImportError::Encoding { line, .. }
            | ImportError::NoKeywordColumn { line, .. }
            | ImportError::Malformed { line, .. }
            | ImportError::InvalidValue { line, .. } => *line,
        }
    }
}

const KEYWORD_HEADERS: &[&str] = &[
    "keyword",
    "keywords",
    "search term",
    "search terms",
    "search query",
    "query",
    "keyword phrase",
];
/// In order of preference: a local volume beats a global one.
const VOLUME_HEADERS: &[&str] = &[
    "avg. monthly searches",
    "avg monthly searches",
    "volume",
    "search volume",
    "monthly volume",
    "sv",
    "global volume",
];
const DIFFICULTY_HEADERS: &[&str] = &[
    "keyword difficulty",
    "difficulty",
    "kd",
    "kd %",
    "kd%",
    "keyword difficulty index",
];
const CPC_HEADERS: &[&str] = &["cpc", "cpc (usd)", "cpc usd", "avg. cpc", "average cpc"];
const BID_LOW_PREFIX: &str = "top of page bid (low range)";
const BID_HIGH_PREFIX: &str = "top of page bid (high range)";
/// Numeric competition columns, preferred over Google's Low/Medium/High.
const COMPETITION_HEADERS: &[&str] = &[
    "competition (indexed value)",
    "competitive density",
    "competition",
    "com.",
];
/// Lines searched for the header: Keyword Planner puts two title lines first.
const HEADER_SEARCH_LINES: usize = 20;

fn normalize_header(cell: &str) -> String {
    cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '"')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Delimiter of one line: the most frequent of tab, semicolon and comma outside quotes.
fn delimiter_of(line: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let delimiters = [b'\t', b';', b','];
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    delimiters[best]
}

fn cells(line: &str, delimiter: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    reader
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .unwrap_or_default()
}

struct Header {
    /// 0-based index of the header line.
    line: usize,
    /// Byte offset where the header line starts.
    offset: usize,
    delimiter: u8,
    names: Vec<String>,
}

fn find_header(text: &str) -> Result<Header, ImportError> {
    let mut offset = 0;
    let mut first_table_line: Option<usize> = None;
    for (i, line) in text
        .split_inclusive('\n')
        .take(HEADER_SEARCH_LINES)
        .enumerate()
    {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_end_matches(['\r', '\n']);
        if trimmed.trim().is_empty() {
            continue;
        }
        let delimiter = delimiter_of(trimmed);
        let names = cells(trimmed, delimiter);
        if names.len() > 1 && first_table_line.is_none() {
            first_table_line = Some(i);
        }
        if names
            .iter()
            .any(|n| KEYWORD_HEADERS.contains(&normalize_header(n).as_str()))
        {
            return Ok(Header {
                line: i,
                offset: start,
                delimiter,
                names,
            });
        }
    }
    Err(ImportError::NoKeywordColumn {
        line: first_table_line.unwrap_or(0) + 1,
        expected: KEYWORD_HEADERS
            .iter()
            .map(|h| format!("\"{h}\""))
            .collect::<Vec<_>>()
            .join(", "),
    })
}

/// Where each metric sits in a row.
#[derive(Default, Debug)]
struct Columns {
    keyword: usize,
    volume: Option<usize>,
    difficulty: Option<usize>,
    cpc: Option<usize>,
    bid_low: Option<usize>,
    bid_high: Option<usize>,
    competition: Option<usize>,
}

fn first_of(names: &[String], wanted: &[&str]) -> Option<usize> {
    wanted
        .iter()
        .find_map(|w| names.iter().position(|n| n == w))
}

fn columns(raw: &[String]) -> Columns {
    let names: Vec<String> = raw.iter().map(|n| normalize_header(n)).collect();
    Columns {
        keyword: first_of(&names, KEYWORD_HEADERS).unwrap_or(0),
        volume: first_of(&names, VOLUME_HEADERS),
        difficulty: first_of(&names, DIFFICULTY_HEADERS),
        cpc: first_of(&names, CPC_HEADERS)
            .or_else(|| names.iter().position(|n| n.starts_with("cpc ("))),
        bid_low: names.iter().position(|n| n.starts_with(BID_LOW_PREFIX)),
        bid_high: names.iter().position(|n| n.starts_with(BID_HIGH_PREFIX)),
        competition: first_of(&names, COMPETITION_HEADERS),
    }
}

struct Row<'a> {
    record: &'a csv::StringRecord,
    names: &'a [String],
    line: usize,
}

impl Row<'_> {
    fn cell(&self, col: Option<usize>) -> Option<&str> {
        col.and_then(|c| self.record.get(c))
            .map(str::trim)
            .filter(|c| !is_blank(c))
    }

    fn invalid(&self, col: Option<usize>, expected: &str) -> ImportError {
        let c = col.unwrap_or(0);
        ImportError::InvalidValue {
            line: self.line,
            column: self
                .names
                .get(c)
                .map(|n| n.trim().to_string())
                .unwrap_or_default(),
            value: self.record.get(c).unwrap_or("").trim().to_string(),
            expected: expected.to_string(),
        }
    }

    fn number(&self, col: Option<usize>, expected: &str) -> Result<Option<f64>, ImportError> {
        match self.cell(col) {
            None => Ok(None),
            Some(c) => parse_number(c)
                .map(Some)
                .ok_or_else(|| self.invalid(col, expected)),
        }
    }
}

pub fn import_metrics(bytes: &[u8]) -> Result<Vec<KeywordMetric>, ImportError> {
    let text = decode(bytes).map_err(|e| ImportError::Encoding {
        line: e.line,
        message: e.message,
    })?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty { line: 1 });
    }
    let header = find_header(&text)?;
    let cols = columns(&header.names);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(header.delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(&text.as_bytes()[header.offset..]);
    let mut out: Vec<KeywordMetric> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Malformed {
            line: header.line + e.position().map_or(1, |p| p.line() as usize),
            message: format!(
                "the row cannot be read as {}: {e}",
                delimiter_name(header.delimiter)
            ),
        })?;
        let line = header.line + record.position().map_or(1, |p| p.line() as usize);
        let row = Row {
            record: &record,
            names: &header.names,
            line,
        };
        let Some(keyword) = row.cell(Some(cols.keyword)) else {
            continue;
        };
        let keyword = keyword.split_whitespace().collect::<Vec<_>>().join(" ");
        if !seen.insert(match_form(&keyword)) {
            continue;
        }
        let volume = match row.cell(cols.volume) {
            None => None,
            Some(c) => {
                parse_volume(c).map_err(|()| row.invalid(cols.volume, "a monthly search volume"))?
            }
        };
        let difficulty = row
            .number(cols.difficulty, "a difficulty from 0 to 100")?
            .map(|d| d.clamp(0.0, 100.0));
        let cpc = match row.number(cols.cpc, "a cost per click")? {
            Some(c) => Some(c),
            None => {
                let low = row.number(cols.bid_low, "a bid")?;
                let high = row.number(cols.bid_high, "a bid")?;
                match (low, high) {
                    (Some(l), Some(h)) => Some((l + h) / 2.0),
                    (one, other) => one.or(other),
                }
            }
        };
        let competition = match row.cell(cols.competition) {
            None => None,
            Some(c) => parse_competition(c)
                .map_err(|()| row.invalid(cols.competition, "Low, Medium, High or a number"))?,
        };
        out.push(KeywordMetric {
            keyword,
            volume,
            difficulty,
            cpc,
            competition,
        });
    }
    Ok(out)
}

fn delimiter_name(d: u8) -> &'static str {
    match d {
        b'\t' => "tab-separated values",
        b';' => "semicolon-separated values",
        _ => "comma-separated values",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_after_title_lines_is_found() {
        let text = "Keyword Stats 2024-05-01\nAll locations\nKeyword\tAvg. monthly searches\nseo\t1K – 10K\n";
        let got = import_metrics(text.as_bytes()).unwrap_or_default();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].keyword, "seo");
        assert_eq!(got[0].volume, Some(3162));
    }

    #[test]
    fn missing_keyword_column_is_a_clear_error() {
        let err = import_metrics(b"Title line\nTerm,Volume\nseo,10\n").err();
        let msg = err.as_ref().map(ToString::to_string).unwrap_or_default();
        assert!(
            msg.starts_with("line 2: no keyword column found: expected one of \"keyword\""),
            "{msg}"
        );
        assert_eq!(err.map(|e| e.line()), Some(2));
    }

    #[test]
    fn bad_figures_name_line_and_column() {
        let err = import_metrics(b"Keyword,Volume,CPC\nseo,10,1.0\ncrm,many,2\n").err();
        assert_eq!(
            err.map(|e| e.to_string()),
            Some(
                "line 3: column \"Volume\" holds \"many\", expected a monthly search volume"
                    .to_string()
            )
        );
    }

    #[test]
    fn empty_files_and_blank_rows() {
        assert_eq!(import_metrics(b"  \n").err().map(|e| e.line()), Some(1));
        let got = import_metrics(b"Keyword,Volume\n,10\nseo,\nSEO,5\n").unwrap_or_default();
        assert_eq!(
            got.len(),
            1,
            "blank keywords are skipped, repeats keep the first"
        );
        assert_eq!(got[0].volume, None);
    }

    #[test]
    fn semicolons_and_decimal_commas() {
        let got = import_metrics(
            "\u{feff}Keyword;Volume;KD;CPC\nlead scoring;1.300;35;1,25\n".as_bytes(),
        )
        .unwrap_or_default();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].cpc, Some(1.25));
        assert_eq!(got[0].difficulty, Some(35.0));
        assert_eq!(
            got[0].volume,
            Some(1300),
            "a whole count groups thousands with dots"
        );
    }
}
