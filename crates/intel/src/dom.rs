//! Small helpers over a parsed HTML document: selectors, visible text with line structure, whitespace collapsing.

use scraper::{ElementRef, Node, Selector};

/// Parses a selector written in this crate. Every call site passes a literal that is checked by the unit tests
/// below, so a failure here is a programming error, not bad input.
pub(crate) fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("invalid built-in selector {css:?}: {e}"))
}

/// Collapses runs of whitespace (including non-breaking spaces) into single spaces and trims.
pub(crate) fn collapse_ws(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The element's text with whitespace collapsed.
pub(crate) fn text_of(el: ElementRef<'_>) -> String {
    collapse_ws(&el.text().collect::<String>())
}

/// Elements whose content is never shown as text.
const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "head", "canvas",
];

/// Elements that start a new line of visible text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "button",
    "option",
];

/// Visible text of `root`, one line per block, lines trimmed and whitespace-collapsed, empty lines dropped.
/// Subtrees whose tag is in `skip` are left out as well (for example the footer when reading the main text).
pub(crate) fn visible_lines(root: ElementRef<'_>, skip: &[&str]) -> Vec<String> {
    let mut raw = String::new();
    // An explicit stack instead of recursion: hostile pages can nest thousands of elements deep.
    let mut stack = vec![(*root, false)];
    while let Some((node, closing)) = stack.pop() {
        match node.value() {
            Node::Text(text) if !closing => raw.push_str(text),
            Node::Element(el) => {
                let name = el.name();
                if INVISIBLE.contains(&name) || (node.id() != root.id() && skip.contains(&name)) {
                    continue;
                }
                if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    raw.push('\n');
                }
                if !closing {
                    stack.push((node, true));
                    let children: Vec<_> = node.children().collect();
                    for child in children.into_iter().rev() {
                        stack.push((child, false));
                    }
                } else if name == "td" || name == "th" {
                    raw.push(' ');
                }
            }
            Node::Document | Node::Fragment if !closing => {
                stack.push((node, true));
                let children: Vec<_> = node.children().collect();
                for child in children.into_iter().rev() {
                    stack.push((child, false));
                }
            }
            _ => {}
        }
    }
    raw.lines()
        .map(collapse_ws)
        .filter(|l| !l.is_empty())
        .collect()
}

/// True when the element or one of its ancestors has one of the tags in `tags`.
pub(crate) fn inside(el: ElementRef<'_>, tags: &[&str]) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .chain(std::iter::once(el))
        .any(|a| tags.contains(&a.value().name()))
}

/// The `class` and `id` attributes joined, lowercased, for heuristic matching.
pub(crate) fn class_and_id(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    if let Some(c) = el.attr("class") {
        s.push_str(c);
    }
    if let Some(i) = el.attr("id") {
        s.push(' ');
        s.push_str(i);
    }
    s.to_lowercase()
}

/// Truncates to at most `max` characters on a character boundary.
pub(crate) fn truncate_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => text[..i].to_string(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    #[test]
    fn visible_lines_skip_scripts_and_requested_tags() {
        let doc = Html::parse_document(
            "<body><h1>Hello  world</h1><script>var x=1;</script><p>One<br>Two</p><footer>Foot</footer>\
             <div hidden>secret</div><table><tr><td>a</td><td>b</td></tr></table></body>",
        );
        let lines = visible_lines(doc.root_element(), &["footer"]);
        assert_eq!(lines, vec!["Hello world", "One", "Two", "a", "b"]);
    }

    #[test]
    fn collapse_and_truncate() {
        assert_eq!(collapse_ws("  a \u{a0} b\n c "), "a b c");
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("hi", 5), "hi");
    }

    #[test]
    fn inside_sees_ancestors() {
        let doc = Html::parse_document(
            "<nav><ul><li><a href='/'>x</a></li></ul></nav><p><a href='/y'>y</a></p>",
        );
        let links: Vec<_> = doc.select(&sel("a")).collect();
        assert!(inside(links[0], &["nav"]));
        assert!(!inside(links[1], &["nav"]));
    }
}
