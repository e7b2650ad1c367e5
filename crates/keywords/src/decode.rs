//! Bytes of an export to text. Keyword tools disagree: Google Keyword Planner and Ahrefs write
//! UTF-16LE with a byte-order mark, Semrush writes UTF-8, Excel re-saves as UTF-8 with a mark or
//! as Windows-1252.

/// Why the bytes are not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// 1-based line where decoding failed.
    pub line: usize,
    pub message: String,
}

fn line_at(units_before: impl Iterator<Item = bool>) -> usize {
    1 + units_before.filter(|is_newline| *is_newline).count()
}

fn decode_utf16(bytes: &[u8], little_endian: bool) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        let units = bytes.len() / 2;
        return Err(DecodeError {
            line: line_at((0..units).map(|i| unit(bytes, i, little_endian) == u16::from(b'\n'))),
            message: "the file is UTF-16 but ends in the middle of a character".to_string(),
        });
    }
    let units: Vec<u16> = (0..bytes.len() / 2)
        .map(|i| unit(bytes, i, little_endian))
        .collect();
    let mut out = String::with_capacity(units.len());
    for (i, c) in char::decode_utf16(units.iter().copied()).enumerate() {
        match c {
            Ok(c) => out.push(c),
            Err(_) => {
                return Err(DecodeError {
                    line: line_at(
                        units[..i.min(units.len())]
                            .iter()
                            .map(|&u| u == u16::from(b'\n')),
                    ),
                    message: "the file is UTF-16 but holds an invalid character".to_string(),
                });
            }
        }
    }
    Ok(out)
}

fn unit(bytes: &[u8], i: usize, little_endian: bool) -> u16 {
    let pair = [bytes[2 * i], bytes[2 * i + 1]];
    if little_endian {
        u16::from_le_bytes(pair)
    } else {
        u16::from_be_bytes(pair)
    }
}

/// UTF-16 without a mark still shows itself: ASCII text leaves every other byte zero.
fn looks_like_utf16(bytes: &[u8], zero_at_odd: bool) -> bool {
    let sample = &bytes[..bytes.len().min(400) & !1];
    if sample.len() < 4 {
        return false;
    }
    let pairs = sample.len() / 2;
    let zeros = (0..pairs)
        .filter(|&i| sample[2 * i + usize::from(zero_at_odd)] == 0)
        .count();
    zeros * 10 >= pairs * 9
}

pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, true)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, false)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8(rest.to_vec()).map_err(|e| DecodeError {
            line: 1 + rest[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count(),
            message: "the file says it is UTF-8 but holds invalid bytes".to_string(),
        })?
    } else if looks_like_utf16(bytes, true) {
        decode_utf16(bytes, true)?
    } else if looks_like_utf16(bytes, false) {
        decode_utf16(bytes, false)?
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            // Not UTF-8: a spreadsheet's legacy encoding. Latin-1 maps every byte, and keyword
            // exports are ASCII apart from the odd accented letter, which Latin-1 gets right.
            Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
        }
    };
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { vec![] };
        for u in s.encode_utf16() {
            out.extend_from_slice(&u.to_le_bytes());
        }
        out
    }

    #[test]
    fn utf16_with_and_without_mark() {
        assert_eq!(
            decode(&utf16le("Keyword\tVolume\n€ café", true))
                .ok()
                .as_deref(),
            Some("Keyword\tVolume\n€ café")
        );
        assert_eq!(
            decode(&utf16le("Keyword\tVolume\nseo", false))
                .ok()
                .as_deref(),
            Some("Keyword\tVolume\nseo")
        );
        let mut be = vec![0xFE, 0xFF];
        for u in "Keyword".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).ok().as_deref(), Some("Keyword"));
    }

    #[test]
    fn utf8_with_mark_and_legacy_bytes() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFKeyword;Volume").ok().as_deref(),
            Some("Keyword;Volume")
        );
        assert_eq!(decode(b"caf\xE9").ok().as_deref(), Some("café"));
    }

    #[test]
    fn broken_utf16_names_the_line() {
        let mut bytes = utf16le("Keyword\nseo\n", true);
        bytes.extend_from_slice(&0xD800_u16.to_le_bytes());
        bytes.extend_from_slice(&u16::from(b'x').to_le_bytes());
        let err = decode(&bytes).err();
        assert_eq!(err.as_ref().map(|e| e.line), Some(3));
        let odd = [0xFF, 0xFE, b'K', 0, b'e'];
        assert!(decode(&odd).is_err());
    }
}
