//! Reads colours and font families out of CSS text: a stylesheet, a `<style>` element or a
//! `style=""` attribute (a bare declaration list).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::color_value::colors_in;
use crate::model::{ColorCount, CssFacts, FontCount};

/// A colour given a name in a custom property was chosen on purpose: it counts as this many
/// plain uses, on top of every `var()` that uses it.
const CUSTOM_PROPERTY_BONUS: u32 = 3;

static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)/\*.*?\*/").expect("comment pattern"));
static VAR_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"var\(\s*(--[\w-]+)").expect("var pattern"));
/// The size (with optional line height) that ends the non-family part of a `font` shorthand.
static FONT_SIZE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)[\d.]+(?:px|em|rem|pt|%|vw|vh)(?:\s*/\s*[\w.%]+)?\s+(.+)$")
        .expect("font size pattern")
});

const GENERIC_FAMILIES: &[&str] = &[
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "math",
    "emoji",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-monospace",
    "ui-rounded",
    "-apple-system",
    "blinkmacsystemfont",
    "inherit",
    "initial",
    "unset",
    "revert",
    "none",
];

/// Colours (most used first) and font families (most declared first) in `css`.
pub fn extract_css(css: &str) -> CssFacts {
    let css = COMMENT.replace_all(css, " ");
    let declarations: Vec<(String, &str)> = declaration_blocks(&css)
        .flat_map(|block| block.split(';'))
        .filter_map(|decl| {
            let (prop, value) = decl.split_once(':')?;
            Some((prop.trim().to_ascii_lowercase(), value.trim()))
        })
        .filter(|(prop, value)| !prop.is_empty() && !value.is_empty())
        .collect();

    // Custom properties first, so that a `var()` before its definition still resolves.
    let mut variables: HashMap<&str, String> = HashMap::new();
    for (prop, value) in &declarations {
        if prop.starts_with("--")
            && let Some(color) = colors_in(value).into_iter().next()
        {
            variables.insert(prop.as_str(), color);
        }
    }

    let mut colors = Tally::default();
    let mut fonts = Tally::default();
    for (prop, value) in &declarations {
        let is_custom = prop.starts_with("--");
        for color in colors_in(value) {
            colors.add(color, if is_custom { CUSTOM_PROPERTY_BONUS } else { 1 });
        }
        for name in VAR_REF.captures_iter(value) {
            if let Some(color) = variables.get(&name[1]) {
                colors.add(color.clone(), 1);
            }
        }
        let family = match prop.as_str() {
            "font-family" => first_family(value),
            "font" => FONT_SIZE
                .captures(value)
                .and_then(|c| first_family(c.get(1).map_or("", |m| m.as_str()))),
            p if is_custom && p.contains("font") => first_family(value),
            _ => None,
        };
        if let Some(family) = family {
            fonts.add(family, 1);
        }
    }
    CssFacts {
        colors: colors
            .ranked()
            .into_iter()
            .map(|(hex, count)| ColorCount { hex, count })
            .collect(),
        fonts: fonts
            .ranked()
            .into_iter()
            .map(|(family, count)| FontCount { family, count })
            .collect(),
    }
}

/// The text of every block that holds declarations: what comes before a `}` (or the end), as
/// opposed to selectors and at-rule preludes, which come before a `{`. Nesting needs no
/// special case, and a bare `style=""` attribute is one block.
fn declaration_blocks(css: &str) -> impl Iterator<Item = &str> {
    let mut rest = css;
    std::iter::from_fn(move || {
        loop {
            if rest.is_empty() {
                return None;
            }
            match rest.find(['{', '}']) {
                Some(i) => {
                    let (segment, brace) = (&rest[..i], rest.as_bytes()[i]);
                    rest = &rest[i + 1..];
                    if brace == b'}' {
                        return Some(segment);
                    }
                }
                None => return Some(std::mem::take(&mut rest)),
            }
        }
    })
}

/// The first family of a stack, unquoted; `None` when it is generic or a system alias,
/// which says nothing about the brand.
fn first_family(stack: &str) -> Option<String> {
    let first = stack.split(',').next()?.trim();
    let first = first.trim_end_matches("!important").trim();
    let unquoted = first.trim_matches(['"', '\'']).trim();
    let lower = unquoted.to_ascii_lowercase();
    if unquoted.is_empty()
        || lower.starts_with("var(")
        || GENERIC_FAMILIES.contains(&lower.as_str())
    {
        return None;
    }
    Some(unquoted.to_string())
}

/// Counts keyed case-insensitively, keeping the first spelling seen.
#[derive(Default)]
struct Tally {
    counts: HashMap<String, (String, u32, usize)>,
}

impl Tally {
    fn add(&mut self, key: String, by: u32) {
        let next = self.counts.len();
        let entry = self
            .counts
            .entry(key.to_ascii_lowercase())
            .or_insert((key, 0, next));
        entry.1 += by;
    }

    /// Most counted first; ties keep the order of first appearance.
    fn ranked(self) -> Vec<(String, u32)> {
        let mut items: Vec<_> = self.counts.into_values().collect();
        items.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        items.into_iter().map(|(k, n, _)| (k, n)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE_CSS: &str = r#"
        /* Acme design tokens — #000000 in a comment must not count */
        :root {
          --brand-primary: #2563eb;
          --brand-accent: rgb(245, 158, 11);
          --text: #111;
          --font-sans: "Inter", -apple-system, sans-serif;
        }
        body { font-family: 'Inter', system-ui, sans-serif; color: var(--text); background: #fff; }
        h1, h2 { font: 700 2.5rem/1.2 "Playfair Display", Georgia, serif; color: var(--brand-primary); }
        a:hover { color: var(--brand-primary); }
        .btn-primary { background-color: var(--brand-primary); border: 1px solid var(--brand-primary); color: white; }
        .badge { background: var(--brand-accent); }
        @media (max-width: 600px) { .hero { background: rgb(37 99 235); } }
        code { font-family: ui-monospace, monospace; }
        .overlay { background: rgba(0,0,0,.4); }
    "#;

    fn hexes(facts: &CssFacts) -> Vec<(&str, u32)> {
        facts
            .colors
            .iter()
            .map(|c| (c.hex.as_str(), c.count))
            .collect()
    }

    #[test]
    fn custom_properties_and_their_uses_rank_the_brand_colour_first() {
        let facts = extract_css(SITE_CSS);
        let ranked = hexes(&facts);
        // 3 (bonus) + 4 var() uses + the rgb() spelling of the same blue in the media query.
        assert_eq!(ranked[0], ("#2563EB", 8));
        assert!(ranked.contains(&("#F59E0B", 4)), "{ranked:?}");
        assert!(ranked.contains(&("#111111", 4)), "{ranked:?}");
        assert!(ranked.contains(&("#FFFFFF", 2)), "{ranked:?}");
        assert!(!ranked.iter().any(|(h, _)| *h == "#000000"), "{ranked:?}");
    }

    #[test]
    fn fonts_take_the_first_family_of_each_stack_without_generics() {
        let facts = extract_css(SITE_CSS);
        let fonts: Vec<(&str, u32)> = facts
            .fonts
            .iter()
            .map(|f| (f.family.as_str(), f.count))
            .collect();
        assert_eq!(fonts, [("Inter", 2), ("Playfair Display", 1)]);
    }

    #[test]
    fn a_style_attribute_is_one_declaration_block() {
        let facts = extract_css("color: #E11D48; font-family: \"Space Grotesk\", sans-serif");
        assert_eq!(hexes(&facts), [("#E11D48", 1)]);
        assert_eq!(facts.fonts[0].family, "Space Grotesk");
    }

    #[test]
    fn selectors_that_look_like_colours_are_not_counted() {
        let facts = extract_css(".text-white:hover, .red { margin: 0 }  .x{color:#0f0}");
        assert_eq!(hexes(&facts), [("#00FF00", 1)]);
    }

    #[test]
    fn font_names_merge_case_insensitively_keeping_the_first_spelling() {
        let facts = extract_css("a{font-family:Inter}b{font-family:'inter'}c{font-family:Lora}");
        assert_eq!(facts.fonts[0].family, "Inter");
        assert_eq!(facts.fonts[0].count, 2);
        assert_eq!(facts.fonts[1].family, "Lora");
    }

    #[test]
    fn empty_or_broken_css_yields_nothing_and_does_not_panic() {
        assert_eq!(extract_css(""), CssFacts::default());
        assert_eq!(extract_css("}}{{;;:"), CssFacts::default());
        let _ = extract_css("a { color: rgb( ; font: ; } /* unterminated");
    }
}
