//! The `Rgb` type and hex parsing/formatting: the one place user-typed colour strings enter the engine.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An 8-bit-per-channel sRGB colour. Everything else in the crate is derived from this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// Why a hex colour string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseColourError {
    #[error("colour is empty")]
    Empty,
    #[error("colour must have 3 or 6 hex digits, found {0}")]
    BadLength(usize),
    #[error("'{0}' is not a hex digit")]
    BadDigit(char),
}

impl Rgb {
    pub const WHITE: Rgb = Rgb::new(255, 255, 255);
    pub const BLACK: Rgb = Rgb::new(0, 0, 0);

    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Rgb { r, g, b }
    }

    /// Parses `#RGB` or `#RRGGBB`; the `#` is optional, case is ignored and surrounding
    /// whitespace is trimmed, because people paste colours from design tools and CSS alike.
    pub fn parse_hex(input: &str) -> Result<Rgb, ParseColourError> {
        let s = input.trim();
        let s = s.strip_prefix('#').unwrap_or(s);
        if s.is_empty() {
            return Err(ParseColourError::Empty);
        }
        let mut digits = Vec::with_capacity(6);
        for c in s.chars() {
            let d = c.to_digit(16).ok_or(ParseColourError::BadDigit(c))?;
            digits.push(d as u8);
        }
        match digits.as_slice() {
            // Shorthand `#abc` means `#aabbcc` (CSS Color 4, §5.2): each digit is doubled.
            [r, g, b] => Ok(Rgb::new(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Ok(Rgb::new(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            other => Err(ParseColourError::BadLength(other.len())),
        }
    }

    /// Uppercase `#RRGGBB`, the canonical form we store and display.
    pub fn to_hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.r, self.g, self.b)
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl FromStr for Rgb {
    type Err = ParseColourError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rgb::parse_hex(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_long_and_short_forms() {
        assert_eq!(Rgb::parse_hex("#106D7C"), Ok(Rgb::new(0x10, 0x6D, 0x7C)));
        assert_eq!(Rgb::parse_hex("106d7c"), Ok(Rgb::new(0x10, 0x6D, 0x7C)));
        assert_eq!(
            Rgb::parse_hex("  #ff7557 \n"),
            Ok(Rgb::new(255, 0x75, 0x57))
        );
        assert_eq!(Rgb::parse_hex("#fff"), Ok(Rgb::WHITE));
        assert_eq!(Rgb::parse_hex("0F8"), Ok(Rgb::new(0, 255, 0x88)));
        assert_eq!("#000000".parse::<Rgb>(), Ok(Rgb::BLACK));
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(Rgb::parse_hex(""), Err(ParseColourError::Empty));
        assert_eq!(Rgb::parse_hex("  # "), Err(ParseColourError::Empty));
        assert_eq!(
            Rgb::parse_hex("#12345"),
            Err(ParseColourError::BadLength(5))
        );
        assert_eq!(
            Rgb::parse_hex("#1234567"),
            Err(ParseColourError::BadLength(7))
        );
        assert_eq!(Rgb::parse_hex("#12G"), Err(ParseColourError::BadDigit('G')));
        assert_eq!(
            Rgb::parse_hex("##123"),
            Err(ParseColourError::BadDigit('#'))
        );
        assert_eq!(Rgb::parse_hex("#éé"), Err(ParseColourError::BadDigit('é')));
        assert!(
            Rgb::parse_hex("#12345")
                .unwrap_err()
                .to_string()
                .contains('5')
        );
    }

    #[test]
    fn formats_uppercase_hex() {
        assert_eq!(Rgb::new(0x10, 0x6d, 0x7c).to_hex(), "#106D7C");
        assert_eq!(Rgb::BLACK.to_string(), "#000000");
    }

    #[test]
    fn hex_round_trips_for_many_colours() {
        // Property: parse(to_hex(c)) == c, also in lowercase and without '#'.
        for r in (0..=255u8).step_by(5) {
            for g in (0..=255u8).step_by(15) {
                for b in (0..=255u8).step_by(17) {
                    let c = Rgb::new(r, g, b);
                    let hex = c.to_hex();
                    assert_eq!(Rgb::parse_hex(&hex), Ok(c));
                    assert_eq!(Rgb::parse_hex(&hex[1..].to_lowercase()), Ok(c));
                }
            }
        }
    }

    #[test]
    fn serialises_as_channels() {
        let json = serde_json::to_string(&Rgb::new(1, 2, 3)).unwrap();
        assert_eq!(json, r#"{"r":1,"g":2,"b":3}"#);
        assert_eq!(
            serde_json::from_str::<Rgb>(&json).unwrap(),
            Rgb::new(1, 2, 3)
        );
    }
}
