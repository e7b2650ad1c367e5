//! SVG sanitizing: the document is parsed and written out again keeping only what is on an
//! allowlist, so that an uploaded logo can be shown inline without running anything or
//! loading anything from elsewhere.
//!
//! Kept: drawing, text, paint-server, clipping, masking and filter elements. Dropped with
//! everything inside them: `script`, `foreignObject`, animation elements (they can rewrite
//! `href` to `javascript:`), `iframe`/`embed`/`object` and anything unknown or namespaced
//! (editor metadata). `<a>` is unwrapped: its content stays, the link goes. Attributes: no
//! `on*` handlers; `href`/`xlink:href` only to `#fragment` or an embedded raster `data:image`;
//! no `url(...)` other than `url(#...)`; no `javascript:` anywhere; style sheets lose
//! `@import`, foreign `url(...)` and escapes. DOCTYPEs (entity tricks), processing
//! instructions (`xml-stylesheet`) and comments are dropped; unknown entities are an error.

use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SvgError {
    #[error("the SVG is not well-formed XML: {0}")]
    Malformed(String),
    #[error("the document's root element is not <svg>")]
    NotSvg,
}

const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "title",
    "desc",
    "style",
    "image",
    "marker",
    "pattern",
    "clipPath",
    "mask",
    "linearGradient",
    "radialGradient",
    "stop",
    "switch",
    "view",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
];

enum Action {
    Keep,
    Unwrap,
    Drop,
}

fn action(name: &str) -> Action {
    if ELEMENTS.contains(&name) {
        Action::Keep
    } else if name == "a" {
        Action::Unwrap
    } else {
        Action::Drop
    }
}

/// Removes whitespace and control characters that browsers ignore inside a URL scheme, so
/// that `java&#9;script:` is seen as what it is.
fn squeeze(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_safe_reference(value: &str) -> bool {
    let v = squeeze(value);
    v.starts_with('#')
        || ["png", "jpeg", "jpg", "gif", "webp"].iter().any(|t| {
            v.starts_with(&format!("data:image/{t};")) || v.starts_with(&format!("data:image/{t},"))
        })
}

/// Every `url(...)` in `css` points into this document (`url(#id)`) or at embedded raster data.
fn urls_are_local(css: &str) -> bool {
    let lower = css.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("url(") {
        let after = &rest[i + 4..];
        let end = after.find(')').unwrap_or(after.len());
        let target = after[..end].trim().trim_matches(['"', '\'']);
        if !is_safe_reference(target) {
            return false;
        }
        rest = &after[end..];
    }
    true
}

/// A style sheet or `style` attribute, or `None` when it must go: escapes can spell any
/// keyword, so CSS with a backslash is not worth the risk in a logo.
fn clean_css(css: &str) -> Option<String> {
    let lower = squeeze(css);
    let risky = css.contains('\\')
        || lower.contains("@import")
        || lower.contains("javascript:")
        || lower.contains("expression(")
        || lower.contains("-moz-binding")
        || lower.contains("behavior:")
        || !urls_are_local(css);
    (!risky).then(|| css.to_owned())
}

fn keep_attribute(element: &str, name: &str, value: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    let local = lower.rsplit(':').next().unwrap_or_default();
    let squeezed = squeeze(value);
    if local.starts_with("on")
        || squeezed.contains("javascript:")
        || squeezed.contains("vbscript:")
        || lower == "xml:base"
        || local == "src"
        || (element == "svg" && matches!(local, "contentscripttype" | "contentstyletype"))
    {
        return None;
    }
    if local == "href" {
        return is_safe_reference(value).then(|| value.to_owned());
    }
    if local == "style" {
        return clean_css(value);
    }
    if squeezed.contains("url(") && !urls_are_local(value) {
        return None;
    }
    Some(value.to_owned())
}

fn malformed(e: impl std::fmt::Display) -> SvgError {
    SvgError::Malformed(e.to_string())
}

/// The sanitized document, or why it cannot be one. The root element must be `<svg>`.
pub fn sanitize(input: &[u8]) -> Result<Vec<u8>, SvgError> {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let text = std::str::from_utf8(input).map_err(malformed)?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut writer = Writer::new(Vec::with_capacity(input.len()));
    // Open elements that were written (true) or unwrapped (false), so ends match starts.
    let mut open: Vec<bool> = Vec::new();
    let mut seen_root = false;
    let mut in_style = 0usize;
    let write = |w: &mut Writer<Vec<u8>>, e: Event<'_>| w.write_event(e).map_err(malformed);
    loop {
        let event = reader.read_event().map_err(malformed)?;
        match event {
            Event::Start(e) if !seen_root => {
                if e.name().as_ref() != "svg" {
                    return Err(SvgError::NotSvg);
                }
                seen_root = true;
                write(&mut writer, Event::Start(clean_start(&e)?))?;
                open.push(true);
            }
            Event::Empty(e) if !seen_root => {
                if e.name().as_ref() != "svg" {
                    return Err(SvgError::NotSvg);
                }
                seen_root = true;
                write(&mut writer, Event::Empty(clean_start(&e)?))?;
            }
            Event::Start(_) | Event::Empty(_) if open.is_empty() => {
                return Err(malformed("content after the root element"));
            }
            Event::Start(e) => match action(e.name().as_ref()) {
                Action::Keep => {
                    if e.name().as_ref() == "style" {
                        in_style += 1;
                    }
                    write(&mut writer, Event::Start(clean_start(&e)?))?;
                    open.push(true);
                }
                Action::Unwrap => open.push(false),
                Action::Drop => {
                    let end = e.to_end().into_owned();
                    reader.read_to_end(end.name()).map_err(malformed)?;
                }
            },
            Event::Empty(e) => {
                if let Action::Keep = action(e.name().as_ref()) {
                    write(&mut writer, Event::Empty(clean_start(&e)?))?;
                }
            }
            Event::End(e) => match open.pop() {
                Some(true) => {
                    if e.name().as_ref() == "style" {
                        in_style = in_style.saturating_sub(1);
                    }
                    write(&mut writer, Event::End(e))?;
                }
                Some(false) => {}
                None => return Err(malformed("unexpected end tag")),
            },
            Event::Text(t) if !open.is_empty() => {
                let content = t.xml10_content();
                if in_style > 0 {
                    if let Some(css) = clean_css(&content) {
                        write(&mut writer, Event::Text(BytesText::new(&css)))?;
                    }
                } else {
                    write(&mut writer, Event::Text(BytesText::new(&content)))?;
                }
            }
            Event::CData(c) if !open.is_empty() => {
                let content = c.xml10_content();
                let kept = if in_style > 0 {
                    clean_css(&content)
                } else {
                    Some(content.into_owned())
                };
                if let Some(kept) = kept {
                    write(&mut writer, Event::Text(BytesText::new(&kept)))?;
                }
            }
            Event::GeneralRef(r) if !open.is_empty() => {
                let resolved = if r.is_char_ref() {
                    r.resolve_char_ref()
                        .map_err(malformed)?
                        .map(|c| c.to_string())
                } else {
                    resolve_predefined_entity(&r).map(str::to_owned)
                };
                let Some(s) = resolved else {
                    return Err(malformed(format!("unknown entity &{};", &*r)));
                };
                if in_style == 0 || clean_css(&s).is_some() {
                    write(&mut writer, Event::Text(BytesText::new(&s)))?;
                }
            }
            Event::Eof => break,
            // Before the root: whitespace, declaration, comments, doctype, instructions.
            // Anywhere: comments, doctypes and processing instructions are not carried over.
            _ => {}
        }
    }
    if !seen_root {
        return Err(SvgError::NotSvg);
    }
    if !open.is_empty() {
        return Err(malformed("the document ends inside an element"));
    }
    Ok(writer.into_inner())
}

fn clean_start(e: &BytesStart<'_>) -> Result<BytesStart<'static>, SvgError> {
    let name = e.name().as_ref().to_owned();
    let mut out = BytesStart::new(name.clone());
    for attr in e.attributes() {
        let attr = attr.map_err(malformed)?;
        let key = attr.key.as_ref().to_owned();
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(malformed)?;
        if let Some(v) = keep_attribute(&name, &key, &value) {
            out.push_attribute((key.as_str(), v.as_str()));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(svg: &str) -> String {
        String::from_utf8(sanitize(svg.as_bytes()).unwrap()).unwrap()
    }

    fn assert_gone(out: &str, needles: &[&str]) {
        let lower = out.to_ascii_lowercase();
        for n in needles {
            assert!(
                !lower.contains(&n.to_ascii_lowercase()),
                "{n:?} survived in {out}"
            );
        }
    }

    #[test]
    fn a_plain_logo_survives_intact() {
        let logo = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)" style="stroke: #000"/><use xlink:href="#g"/><text x="1">A &amp; B</text></svg>"##;
        let out = clean(logo);
        for kept in [
            "viewBox=\"0 0 10 10\"",
            "fill=\"url(#g)\"",
            "xlink:href=\"#g\"",
            "A &amp; B",
            "stop-color",
            "style=\"stroke: #000\"",
        ] {
            assert!(out.contains(kept), "{kept} lost in {out}");
        }
    }

    #[test]
    fn scripts_handlers_and_foreign_content_are_removed() {
        let hostile = r#"<?xml version="1.0"?>
<?xml-stylesheet href="https://evil.example/x.css"?>
<!DOCTYPE svg [<!ENTITY x "boom">]>
<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" OnClick="alert(2)">
  <script>alert(3)</script>
  <script xlink:href="https://evil.example/x.js"/>
  <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/></body></foreignObject>
  <a href="javascript:alert(4)"><circle r="4" onmouseover="alert(5)"/></a>
  <animate attributeName="href" to="javascript:alert(6)"/>
  <set attributeName="onload" to="alert(7)"/>
  <iframe src="https://evil.example"/>
  <sodipodi:namedview xmlns:sodipodi="x"/>
  <!-- a comment -->
</svg>"#;
        let out = clean(hostile);
        assert_gone(
            &out,
            &[
                "alert",
                "script",
                "foreignObject",
                "iframe",
                "javascript",
                "evil.example",
                "onload",
                "onclick",
                "onmouseover",
                "<a",
                "animate",
                "<set",
                "sodipodi",
                "ENTITY",
                "comment",
            ],
        );
        assert!(
            out.contains("<circle r=\"4\"/>"),
            "content of <a> is kept: {out}"
        );
    }

    #[test]
    fn external_references_are_removed() {
        let hostile = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
  <image href="https://evil.example/track.png"/>
  <image xlink:href="//evil.example/track.png"/>
  <image href="data:image/svg+xml;base64,PHN2Zz4="/>
  <image href="data:image/png;base64,iVBORw0KGgo="/>
  <use href="other.svg#icon"/>
  <rect fill="url(https://evil.example/p.svg#x)" style="fill: url('http://evil.example/a')"/>
  <rect filter="url( //evil.example/f )"/>
  <rect style="background: u\72l(http://evil.example)"/>
  <rect xml:base="https://evil.example/"/>
  <a xlink:href="java&#9;script:alert(1)"><text>t</text></a>
  <style>@import url(https://evil.example/x.css); rect { fill: red }</style>
  <style>rect { fill: url(#ok) }</style>
</svg>"#;
        let out = clean(hostile);
        assert_gone(
            &out,
            &[
                "evil.example",
                "svg+xml",
                "other.svg",
                "@import",
                "xml:base",
                "javascript",
            ],
        );
        assert!(out.contains("data:image/png;base64,iVBORw0KGgo="), "{out}");
        assert!(out.contains("rect { fill: url(#ok) }"), "{out}");
    }

    #[test]
    fn broken_or_foreign_documents_are_refused() {
        assert_eq!(sanitize(b"<html><svg/></html>"), Err(SvgError::NotSvg));
        assert!(matches!(
            sanitize(b"<svg><g></svg>"),
            Err(SvgError::Malformed(_))
        ));
        assert!(matches!(
            sanitize(b"<svg>&xxe;</svg>"),
            Err(SvgError::Malformed(_))
        ));
        assert!(matches!(
            sanitize(b"<svg/><svg/>"),
            Err(SvgError::Malformed(_))
        ));
        assert_eq!(sanitize(b"not xml"), Err(SvgError::NotSvg));
    }
}
