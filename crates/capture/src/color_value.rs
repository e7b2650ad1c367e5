//! Finds colours inside one CSS value and normalises them to uppercase `#RRGGBB`.

use std::sync::LazyLock;

use regex::Regex;

/// Below this alpha a colour is an overlay or a shadow, not a colour the brand shows.
const MIN_ALPHA: f64 = 0.5;

static COLOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \#(?P<hex>[0-9a-f]{3,8})\b
        | \b(?P<fn>rgba?|hsla?)\((?P<args>[^)]*)\)
        | (?:^|[^\w-])(?P<name>black|white|red|green|blue|yellow|orange|purple|gray|grey|navy|teal|maroon|silver|olive|lime|aqua|fuchsia|pink|gold|crimson|indigo)(?:$|[^\w-])",
    )
    .expect("colour pattern")
});

static URL_FN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)url\([^)]*\)").expect("url pattern"));

/// Every opaque-enough colour written in `value`, in order.
pub fn colors_in(value: &str) -> Vec<String> {
    // `url(#gradient)` and `url(img/red.png)` name resources, not colours.
    let value = URL_FN.replace_all(value, " ");
    COLOR
        .captures_iter(&value)
        .filter_map(|c| {
            if let Some(hex) = c.name("hex") {
                parse_hex(hex.as_str())
            } else if let (Some(f), Some(args)) = (c.name("fn"), c.name("args")) {
                parse_function(&f.as_str().to_ascii_lowercase(), args.as_str())
            } else {
                c.name("name").and_then(|n| named(n.as_str()))
            }
        })
        .map(|(r, g, b)| format!("#{r:02X}{g:02X}{b:02X}"))
        .collect()
}

/// A colour whose channels are nearly equal: black, white or a grey.
pub fn is_neutral(hex: &str) -> bool {
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
    let (r, g, b) = (channel(1), channel(3), channel(5));
    r.max(g).max(b) - r.min(g).min(b) <= 24
}

type Rgb = (u8, u8, u8);

fn parse_hex(digits: &str) -> Option<Rgb> {
    let expand = |s: &str| -> Option<Vec<u8>> {
        s.chars()
            .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
            .collect()
    };
    let pairs = |s: &str| -> Option<Vec<u8>> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
            .collect()
    };
    let channels = match digits.len() {
        3 | 4 => expand(digits)?,
        6 | 8 => pairs(digits)?,
        _ => return None,
    };
    if channels.len() == 4 && f64::from(channels[3]) / 255.0 < MIN_ALPHA {
        return None;
    }
    Some((channels[0], channels[1], channels[2]))
}

fn parse_function(name: &str, args: &str) -> Option<Rgb> {
    // Both `rgb(1, 2, 3, .5)` and `rgb(1 2 3 / 50%)` spellings.
    let parts: Vec<&str> = args
        .split([',', ' ', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 3 {
        return None;
    }
    if let Some(alpha) = parts.get(3)
        && number(alpha, 1.0)? < MIN_ALPHA
    {
        return None;
    }
    if name.starts_with("rgb") {
        let channel = |p: &str| number(p, 255.0).map(|v| v.round().clamp(0.0, 255.0) as u8);
        Some((channel(parts[0])?, channel(parts[1])?, channel(parts[2])?))
    } else {
        let hue = parts[0].trim_end_matches("deg").parse::<f64>().ok()?;
        let s = number(parts[1], 1.0)?.clamp(0.0, 1.0);
        let l = number(parts[2], 1.0)?.clamp(0.0, 1.0);
        Some(hsl_to_rgb(hue, s, l))
    }
}

/// A plain number, or a percentage scaled so that 100% is `full`.
fn number(text: &str, full: f64) -> Option<f64> {
    match text.strip_suffix('%') {
        Some(pct) => pct.parse::<f64>().ok().map(|p| p / 100.0 * full),
        None => text.parse::<f64>().ok(),
    }
}

fn hsl_to_rgb(hue: f64, s: f64, l: f64) -> Rgb {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let h = hue.rem_euclid(360.0) / 60.0;
    let x = c * (1.0 - (h % 2.0 - 1.0).abs());
    let (r, g, b) = match h as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let to = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    (to(r), to(g), to(b))
}

fn named(name: &str) -> Option<Rgb> {
    Some(match name.to_ascii_lowercase().as_str() {
        "black" => (0, 0, 0),
        "white" => (255, 255, 255),
        "red" => (255, 0, 0),
        "green" => (0, 128, 0),
        "blue" => (0, 0, 255),
        "yellow" => (255, 255, 0),
        "orange" => (255, 165, 0),
        "purple" => (128, 0, 128),
        "gray" | "grey" => (128, 128, 128),
        "navy" => (0, 0, 128),
        "teal" => (0, 128, 128),
        "maroon" => (128, 0, 0),
        "silver" => (192, 192, 192),
        "olive" => (128, 128, 0),
        "lime" => (0, 255, 0),
        "aqua" => (0, 255, 255),
        "fuchsia" => (255, 0, 255),
        "pink" => (255, 192, 203),
        "gold" => (255, 215, 0),
        "crimson" => (220, 20, 60),
        "indigo" => (75, 0, 130),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_spellings_normalise_to_uppercase_six_digits() {
        assert_eq!(colors_in("#1a2b3c"), ["#1A2B3C"]);
        assert_eq!(colors_in("#fa0"), ["#FFAA00"]);
        assert_eq!(colors_in("#1a2b3cff"), ["#1A2B3C"]);
        assert_eq!(colors_in("#fa0f"), ["#FFAA00"]);
    }

    #[test]
    fn translucent_colours_are_ignored() {
        assert!(colors_in("#1a2b3c33").is_empty());
        assert!(colors_in("rgba(0, 0, 0, .1)").is_empty());
        assert!(colors_in("rgb(0 0 0 / 20%)").is_empty());
        assert_eq!(colors_in("rgba(255, 0, 0, 0.9)"), ["#FF0000"]);
    }

    #[test]
    fn functional_notations_are_converted() {
        assert_eq!(colors_in("rgb(37, 99, 235)"), ["#2563EB"]);
        assert_eq!(colors_in("rgb(100% 0% 0%)"), ["#FF0000"]);
        assert_eq!(colors_in("hsl(0, 100%, 50%)"), ["#FF0000"]);
        assert_eq!(colors_in("hsl(240deg 100% 50% / 1)"), ["#0000FF"]);
        assert_eq!(colors_in("HSL(120, 100%, 25%)"), ["#008000"]);
    }

    #[test]
    fn named_colours_count_but_not_inside_words_or_urls() {
        assert_eq!(
            colors_in("1px solid white, 0 0 2px Navy"),
            ["#FFFFFF", "#000080"]
        );
        assert!(colors_in("url(img/red.png) no-repeat").is_empty());
        assert!(colors_in("url(#blue-gradient)").is_empty());
        assert!(colors_in("whitesmoke redraw blue-ish").is_empty());
        assert!(colors_in("transparent currentColor inherit").is_empty());
    }

    #[test]
    fn non_colour_hashes_are_skipped() {
        assert!(colors_in("#12345").is_empty());
        assert!(colors_in("#ghijkl").is_empty());
    }

    #[test]
    fn greys_are_neutral_and_hues_are_not() {
        assert!(is_neutral("#000000"));
        assert!(is_neutral("#FFFFFF"));
        assert!(is_neutral("#6B7280"));
        assert!(!is_neutral("#2563EB"));
    }
}
