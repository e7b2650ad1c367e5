//! What a file is, decided from its first bytes. The name and the type a browser declared
//! are never consulted: a `.png` holding a PDF is a document, and an `.svg` holding HTML is
//! refused.

use crate::model::Kind;

/// How many leading bytes the detection looks at.
pub const HEAD_LEN: usize = 8192;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub content_type: String,
    pub kind: Kind,
}

/// Files the library will not hold, because a browser or an operating system would run them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("executable files and installers are not accepted")]
    Executable,
    #[error("HTML pages and scripts are not accepted")]
    Markup,
}

fn detected(content_type: &str, kind: Kind) -> Result<Detected, Refused> {
    Ok(Detected {
        content_type: content_type.to_owned(),
        kind,
    })
}

/// Detects the type of a file from `head`, its first [`HEAD_LEN`] bytes (or all of it).
pub fn detect(head: &[u8]) -> Result<Detected, Refused> {
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    // Native executables by their first bytes alone, however short the file (infer wants a
    // full ELF header before it says ELF).
    const NATIVE: [&[u8]; 7] = [
        b"MZ",
        b"\x7fELF",
        b"\xfe\xed\xfa\xce",
        b"\xce\xfa\xed\xfe",
        b"\xfe\xed\xfa\xcf",
        b"\xcf\xfa\xed\xfe",
        b"\xca\xfe\xba\xbe",
    ];
    if NATIVE.iter().any(|m| body.starts_with(m)) {
        return Err(Refused::Executable);
    }
    match xml_root(body) {
        Some(root) if root.eq_ignore_ascii_case("svg") => {
            return detected("image/svg+xml", Kind::Vector);
        }
        Some(root) if root.eq_ignore_ascii_case("html") => return Err(Refused::Markup),
        Some(_) => return detected("application/xml", Kind::Other),
        None => {}
    }
    if let Some(t) = infer::get(body) {
        let mime = t.mime_type();
        return match t.matcher_type() {
            infer::MatcherType::App => Err(Refused::Executable),
            infer::MatcherType::Text => match mime {
                "text/xml" => detected("application/xml", Kind::Other),
                "text/x-shellscript" => Err(Refused::Executable),
                _ => Err(Refused::Markup),
            },
            infer::MatcherType::Image => detected(mime, Kind::Image),
            infer::MatcherType::Audio => detected(mime, Kind::Audio),
            infer::MatcherType::Video => detected(mime, Kind::Video),
            infer::MatcherType::Font => detected(mime, Kind::Font),
            infer::MatcherType::Doc | infer::MatcherType::Book => detected(mime, Kind::Document),
            infer::MatcherType::Archive => match mime {
                "application/pdf" | "application/rtf" | "application/postscript" => {
                    detected(mime, Kind::Document)
                }
                "application/x-shockwave-flash"
                | "application/x-google-chrome-extension"
                | "application/vnd.debian.binary-package"
                | "application/x-rpm"
                | "application/vnd.ms-cab-compressed" => Err(Refused::Executable),
                "application/octet-stream" => detected("application/vnd.ms-fontobject", Kind::Font),
                _ => detected(mime, Kind::Other),
            },
            infer::MatcherType::Custom => detected("application/octet-stream", Kind::Other),
        };
    }
    if looks_like_text(body) {
        let trimmed = body.trim_ascii_start();
        if trimmed.starts_with(b"#!") {
            return Err(Refused::Executable);
        }
        if looks_like_html(trimmed) {
            return Err(Refused::Markup);
        }
        return detected("text/plain; charset=utf-8", Kind::Other);
    }
    detected("application/octet-stream", Kind::Other)
}

/// The name of the root element when `head` starts like an XML document (declaration,
/// comments, doctype and processing instructions skipped), `None` otherwise.
pub fn xml_root(head: &[u8]) -> Option<String> {
    use quick_xml::events::Event;
    let trimmed = head.trim_ascii_start();
    if !trimmed.starts_with(b"<") {
        return None;
    }
    // The head may end inside a multi-byte character; parse the valid part.
    let text = match std::str::from_utf8(trimmed) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&trimmed[..e.valid_up_to()]).ok()?,
    };
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event().ok()? {
            Event::Decl(_) | Event::Comment(_) | Event::DocType(_) | Event::PI(_) => {}
            Event::Text(t) if t.trim().is_empty() => {}
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name();
                let local = name.as_ref().rsplit(':').next().unwrap_or_default();
                return Some(local.to_owned());
            }
            _ => return None,
        }
    }
}

/// UTF-8 (allowing a cut-off last character) without control bytes other than whitespace.
fn looks_like_text(head: &[u8]) -> bool {
    let valid = match std::str::from_utf8(head) {
        Ok(_) => head,
        Err(e) if e.error_len().is_none() => &head[..e.valid_up_to()],
        Err(_) => return false,
    };
    !valid.is_empty()
        && valid
            .iter()
            .all(|&b| b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
}

/// Tags that make a browser treat text as a page, wherever the text starts.
fn looks_like_html(text: &[u8]) -> bool {
    let lower = text[..text.len().min(1024)].to_ascii_lowercase();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<script",
        b"<iframe",
        b"<body",
        b"<head",
        b"<meta",
        b"<svg",
        b"<object",
        b"<embed",
    ]
    .iter()
    .any(|tag| lower.windows(tag.len()).any(|w| w == *tag))
}

#[cfg(test)]
pub(crate) mod tests_support {
    /// A small solid PNG made by the `image` crate.
    pub fn png(w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        image::RgbaImage::from_pixel(w, h, image::Rgba([200, 10, 10, 255]))
            .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(bytes: &[u8]) -> (String, Kind) {
        let d = detect(bytes).unwrap();
        (d.content_type, d.kind)
    }

    #[test]
    fn media_by_magic_numbers() {
        assert_eq!(
            kind(&tests_support::png(3, 2)),
            ("image/png".into(), Kind::Image)
        );
        assert_eq!(
            kind(b"%PDF-1.7\n1 0 obj\n"),
            ("application/pdf".into(), Kind::Document)
        );
        assert_eq!(
            kind(b"ID3\x04\x00\x00\x00\x00\x00\x00rest"),
            ("audio/mpeg".into(), Kind::Audio)
        );
        assert_eq!(
            kind(b"wOF2\x00\x01\x00\x00rest-of-font"),
            ("application/font-woff".into(), Kind::Font)
        );
        let mut webm = b"\x1aE\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82\x84webm".to_vec();
        webm.resize(300, 0);
        assert_eq!(kind(&webm), ("video/webm".into(), Kind::Video));
    }

    #[test]
    fn svg_is_found_by_parsing() {
        for svg in [
            &b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"[..],
            b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"></svg:svg>",
            b"  <!-- comment first, which infer calls HTML --><svg></svg>",
        ] {
            assert_eq!(kind(svg), ("image/svg+xml".into(), Kind::Vector));
        }
        assert_eq!(
            kind(b"<?xml version=\"1.0\"?><note>x</note>"),
            ("application/xml".into(), Kind::Other)
        );
    }

    #[test]
    fn executables_and_pages_are_refused() {
        assert_eq!(detect(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8\x00\x00\x00\x00\x00\x00\x00@\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00PE\x00\x00L\x01"), Err(Refused::Executable));
        assert_eq!(
            detect(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"),
            Err(Refused::Executable)
        );
        assert_eq!(detect(b"#!/bin/sh\nrm -rf /\n"), Err(Refused::Executable));
        for page in [
            &b"<!DOCTYPE html><html><body>x</body></html>"[..],
            b"<html><script>alert(1)</script></html>",
            b"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
            b"hello <script>alert(1)</script>",
        ] {
            assert_eq!(
                detect(page),
                Err(Refused::Markup),
                "{:?}",
                String::from_utf8_lossy(page)
            );
        }
    }

    #[test]
    fn text_and_unknown_bytes() {
        assert_eq!(
            kind(b"name,colour\nlogo,blue\n"),
            ("text/plain; charset=utf-8".into(), Kind::Other)
        );
        assert_eq!(
            kind(&[0u8, 1, 2, 3, 250, 251]),
            ("application/octet-stream".into(), Kind::Other)
        );
    }
}
