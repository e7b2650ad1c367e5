//! Colours written in a piece of markup: an HTML snippet (an email, a landing page block) or
//! an SVG file (a logo). Read like a stylesheet with [`extract_css`]: `<style>` elements,
//! `style=""` attributes, and the presentation attributes HTML and SVG still honour.

use scraper::{Html, Selector};

use crate::css::extract_css;
use crate::model::CssFacts;

/// Attributes that set a colour without CSS: SVG presentation attributes and the legacy HTML
/// ones (`<td bgcolor>`, `<font color>`), which HTML emails still use.
const COLOUR_ATTRIBUTES: &[&str] = &[
    "fill",
    "stroke",
    "stop-color",
    "flood-color",
    "lighting-color",
    "color",
    "bgcolor",
];

/// Colours (most used first) and font families in `markup`. `currentColor`, `none` and
/// `url(#gradient)` say nothing about a colour and are skipped; a gradient's colours are
/// counted through its `<stop stop-color>` elements.
pub fn extract_markup(markup: &str) -> CssFacts {
    let doc = Html::parse_document(markup);
    let mut css = String::new();
    for style in doc.select(&Selector::parse("style").expect("static selector")) {
        css.push_str(&style.text().collect::<String>());
        css.push('\n');
    }
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let mut declarations = String::new();
        for (name, value) in el.value().attrs() {
            if COLOUR_ATTRIBUTES.contains(&name) {
                // `color` is a property; the other attributes read as one too.
                let property = if name == "bgcolor" {
                    "background"
                } else {
                    name
                };
                declarations.push_str(&format!("{property}: {value};"));
            }
        }
        if let Some(style) = el.value().attr("style") {
            declarations.push_str(style);
        }
        if !declarations.is_empty() {
            css.push_str("x{");
            css.push_str(&declarations.replace(['{', '}'], " "));
            css.push_str("}\n");
        }
    }
    extract_css(&css)
}

/// The rendered size of an SVG document in CSS pixels: its `width`/`height` when given in
/// px (or unitless), else its `viewBox`. `None` when neither says.
pub fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let doc = Html::parse_document(svg);
    let root = doc
        .select(&Selector::parse("svg").expect("static selector"))
        .next()?;
    let length = |name: &str| {
        let v = root.value().attr(name)?.trim();
        let number = v.strip_suffix("px").unwrap_or(v).trim();
        number
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && *n > 0.0)
    };
    let view_box: Option<(f64, f64)> = root
        .value()
        .attr("viewbox")
        .or_else(|| root.value().attr("viewBox"))
        .and_then(|v| {
            let n: Vec<f64> = v
                .split([' ', ','])
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            (n.len() == 4 && n[2] > 0.0 && n[3] > 0.0).then(|| (n[2], n[3]))
        });
    match (length("width"), length("height"), view_box) {
        (Some(w), Some(h), _) => Some((w, h)),
        // One side given: the other follows the viewBox's aspect ratio.
        (Some(w), None, Some((vw, vh))) => Some((w, w * vh / vw)),
        (None, Some(h), Some((vw, vh))) => Some((h * vw / vh, h)),
        (_, _, Some(vb)) => Some(vb),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hexes(f: &CssFacts) -> Vec<(&str, u32)> {
        f.colors.iter().map(|c| (c.hex.as_str(), c.count)).collect()
    }

    #[test]
    fn an_html_snippet_counts_style_elements_and_inline_styles() {
        let html = r##"
            <style>.cta { background: #106D7C; color: #fff } h1 { color: #106d7c }</style>
            <section style="background-color: rgb(255, 117, 87); padding: 2rem">
              <h1>Spring sale</h1>
              <a class="cta" href="/buy" style="border: 1px solid #106D7C">Buy now</a>
              <p style="color:#9333EA">Limited offer</p>
              <table><tr><td bgcolor="#FFFFFF"><font color="red">old school</font></td></tr></table>
            </section>"##;
        let facts = extract_markup(html);
        assert_eq!(
            hexes(&facts),
            [
                ("#106D7C", 3),
                ("#FFFFFF", 2),
                ("#FF7557", 1),
                ("#9333EA", 1),
                ("#FF0000", 1)
            ]
        );
    }

    #[test]
    fn svg_fills_strokes_and_gradient_stops_are_read() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 120 40">
            <defs><linearGradient id="g"><stop offset="0" stop-color="#2563EB"/><stop offset="1" stop-color="#1E40AF"/></linearGradient></defs>
            <rect width="120" height="40" fill="url(#g)"/>
            <circle cx="20" cy="20" r="10" fill="#F59E0B" stroke="currentColor"/>
            <path d="M0 0" fill="none" stroke="#F59E0B"/>
            <text style="fill: #FFFFFF; font-family: 'Space Grotesk', sans-serif">Acme</text>
        </svg>"##;
        let facts = extract_markup(svg);
        assert_eq!(
            hexes(&facts),
            [
                ("#F59E0B", 2),
                ("#2563EB", 1),
                ("#1E40AF", 1),
                ("#FFFFFF", 1)
            ]
        );
        assert_eq!(facts.fonts[0].family, "Space Grotesk");
        assert_eq!(svg_size(svg), Some((240.0, 80.0)));
    }

    #[test]
    fn svg_size_falls_back_to_the_view_box() {
        assert_eq!(
            svg_size(r#"<svg viewBox="0 0 300 100"></svg>"#),
            Some((300.0, 100.0))
        );
        assert_eq!(
            svg_size(r#"<svg width="150px" viewBox="0 0 300 100"></svg>"#),
            Some((150.0, 50.0))
        );
        assert_eq!(
            svg_size(r#"<svg width="100%" height="100%" viewBox="0,0,64,32"></svg>"#),
            Some((64.0, 32.0))
        );
        assert_eq!(svg_size(r#"<svg></svg>"#), None);
        assert_eq!(svg_size("not svg at all"), None);
    }

    #[test]
    fn braces_in_attributes_cannot_break_out_of_the_declaration_block() {
        let facts =
            extract_markup(r##"<div style="color: #111111 } body { color: #222222"></div>"##);
        assert_eq!(hexes(&facts), [("#111111", 1), ("#222222", 1)]);
        assert_eq!(extract_markup(""), CssFacts::default());
    }
}
