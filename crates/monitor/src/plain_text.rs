//! Feed summaries and titles often carry HTML; scoring and digests need the words only.

use quick_xml::escape::resolve_html5_entity;

/// Drops tags (and the contents of `script`/`style`), decodes character references and collapses whitespace.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let lower_start: String = after
            .chars()
            .take(8)
            .collect::<String>()
            .to_ascii_lowercase();
        // Script and style bodies are code, never prose.
        let skip_until = if lower_start.starts_with("<script") {
            Some("</script")
        } else if lower_start.starts_with("<style") {
            Some("</style")
        } else {
            None
        };
        match skip_until {
            Some(closing) => {
                let lowered = after.to_ascii_lowercase();
                rest = match lowered.find(closing) {
                    Some(end) => after[end..]
                        .find('>')
                        .map_or("", |gt| &after[end + gt + 1..]),
                    None => "",
                };
            }
            None => match after.find('>') {
                Some(gt) => {
                    // Block-level boundaries separate words that would otherwise run together.
                    out.push(' ');
                    rest = &after[gt + 1..];
                }
                None => {
                    // A lone '<' is text ("a < b"), not a tag.
                    out.push('<');
                    rest = &after[1..];
                }
            },
        }
    }
    out.push_str(rest);
    collapse_whitespace(&decode_entities(&out))
}

/// Decodes `&name;`, `&#NNN;` and `&#xHH;`; unknown references stay as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after
            .find(';')
            .filter(|&semi| semi > 0 && semi <= 32)
            .and_then(|semi| decode_reference(&after[..semi]).map(|s| (s, semi)));
        match decoded {
            Some((s, semi)) => {
                out.push_str(&s);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_reference(name: &str) -> Option<String> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return char::from_u32(code).map(String::from);
    }
    resolve_html5_entity(name).map(String::from)
}

pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_decodes_references() {
        let html = "<p>Acme&rsquo;s <b>new</b> plan &amp; pricing</p><script>var x = '<p>';</script><p>Done&#33; &#x263A;</p>";
        assert_eq!(
            html_to_text(html),
            "Acme\u{2019}s new plan & pricing Done! \u{263A}"
        );
    }

    #[test]
    fn keeps_lone_angle_brackets_and_unknown_references() {
        assert_eq!(html_to_text("a < b &bogus; c"), "a < b &bogus; c");
    }
}
