//! Email footer (CAN-SPAM §7704, and GDPR/PECR for the opt-out): a commercial email needs a
//! working unsubscribe link and the sender's postal address.
//!
//! Unsubscribe: with an HTML part, an `<a>` whose `href` or text mentions unsubscribe, unsub
//! or opt-out, or an unsubscribe merge tag anywhere (`{{unsubscribe_url}}`, `*|UNSUB|*`,
//! `<%asm_group_unsubscribe_raw_url%>`); without one, the word "unsubscribe" or such a tag in
//! the text. The HTML part decides when present, because a plain word in it is not a link.
//!
//! Postal address, in the text or the HTML part: an address merge tag (`{{postal_address}}`,
//! `*|LIST:ADDRESS|*`), or a line with a house number before a street word ("123 Main
//! Street", "10 rue de Rivoli"), a continental street name before or after its number
//! ("Hauptstraße 5", "Via Roma 1"), a PO box, a US state with ZIP code ("CA 95014") or a UK
//! postcode ("SW1A 1AA"). A heuristic: it recognises the usual shapes, not every address.

use crate::engine::Ctx;
use crate::policy::Context;
use crate::report::{Finding, Severity, rule};
use crate::text::phrase::Normalized;

const UNSUB_WORDS: &[&str] = &["unsubscribe", "unsub", "opt-out", "optout", "opt out"];

const UNSUB_TAGS: &[&str] = &[
    "unsubscribe_url",
    "unsubscribe",
    "unsubscribe_link",
    "unsubscribeurl",
    "unsub_url",
    "*|unsub|*",
    "<%asm_group_unsubscribe_raw_url%>",
    "<%asm_global_unsubscribe_raw_url%>",
    "[unsubscribe]",
];

const ADDRESS_TAGS: &[&str] = &[
    "postal_address",
    "company_address",
    "physical_address",
    "mailing_address",
    "*|list:address|*",
    "*|list:addressline|*",
    "*|html:list_address_html|*",
];

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.context != Context::Email {
        return;
    }
    let unsubscribe = match ctx.email_html {
        Some(html) => html_has_unsubscribe(html),
        None => text_has_unsubscribe(ctx.text),
    };
    if !unsubscribe {
        let (message, suggestion) = match ctx.email_html {
            Some(_) => (
                "The HTML email has no unsubscribe link",
                "Add a link to the footer: <a href=\"{{unsubscribe_url}}\">Unsubscribe</a>.",
            ),
            None => (
                "The email has no way to unsubscribe",
                "Add \"Unsubscribe: {{unsubscribe_url}}\" to the footer.",
            ),
        };
        out.push(
            Finding::whole(
                rule::EMAIL_FOOTER,
                Severity::Error,
                format!("{message}; commercial email must offer an opt-out (CAN-SPAM, GDPR)"),
            )
            .suggest(suggestion),
        );
    }
    let address = has_postal_address(ctx.text)
        || ctx
            .email_html
            .is_some_and(|html| has_postal_address(&html_to_text(html)));
    if !address {
        out.push(
            Finding::whole(
                rule::EMAIL_FOOTER,
                Severity::Error,
                "The email has no postal address; commercial email must include the sender's \
                 physical address (CAN-SPAM)"
                    .into(),
            )
            .suggest(
                "Add your postal address, or the {{postal_address}} merge tag, to the footer.",
            ),
        );
    }
}

/// The merge tags in `lower`: `{{ name }}` with braces and whitespace removed, plus any of
/// the fixed-syntax tags in `fixed` found verbatim.
fn has_tag(lower: &str, names: &[&str]) -> bool {
    if names
        .iter()
        .any(|n| !n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && lower.contains(n))
    {
        return true;
    }
    let mut rest = lower;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            break;
        };
        let inner: String = after[..close]
            .chars()
            .filter(|c| !(c.is_whitespace() || *c == '{' || *c == '}'))
            .collect();
        if names.contains(&inner.as_str()) {
            return true;
        }
        rest = &after[close..];
    }
    false
}

fn text_has_unsubscribe(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("unsubscribe") || has_tag(&lower, UNSUB_TAGS)
}

fn html_has_unsubscribe(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    if has_tag(&lower, UNSUB_TAGS) {
        return true;
    }
    // Each piece after a split starts right after an "<a"; looking only inside its own
    // piece keeps the scan linear on HTML full of unclosed anchors.
    lower.split("<a").skip(1).any(|piece| {
        if !piece.starts_with(|c: char| c.is_ascii_whitespace() || c == '>') {
            return false;
        }
        let tag_end = piece.find('>').unwrap_or(piece.len());
        let attributes = &piece[..tag_end];
        let body = &piece[tag_end..];
        let inner = &body[..body.find("</a").unwrap_or(body.len())];
        UNSUB_WORDS
            .iter()
            .any(|w| attributes.contains(w) || inner.contains(w))
    })
}

/// The text of an HTML document, one line per tag boundary, good enough to find an address.
fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push('\n');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&nbsp;", " ").replace("&#160;", " ")
}

const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "dr",
    "way",
    "court",
    "ct",
    "place",
    "pl",
    "square",
    "sq",
    "highway",
    "hwy",
    "parkway",
    "pkwy",
    "terrace",
    "plaza",
    "crescent",
    "loop",
    "circle",
    "cir",
    "trail",
    "broadway",
    "mews",
    "quay",
    "wharf",
];

/// Street words that may come before or after the house number.
const CONTINENTAL_WORDS: &[&str] = &[
    "rue", "via", "viale", "piazza", "calle", "avenida", "rua", "plaza", "ulica", "ul", "straße",
    "strasse", "platz", "weg", "allee", "gasse", "plein", "laan", "straat", "gracht", "vej",
    "gatan", "vägen", "katu",
];

/// Endings of compound street names: "Hauptstraße", "Keizersgracht", "Drottninggatan".
const STREET_SUFFIXES: &[&str] = &[
    "straße", "strasse", "platz", "weg", "allee", "gasse", "plein", "laan", "straat", "gracht",
    "vej", "gatan", "vägen", "katu",
];

const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

fn is_house_number(token: &str) -> bool {
    let digits = token.chars().take_while(char::is_ascii_digit).count();
    (1..=6).contains(&digits) && token.chars().count() <= digits + 1
}

fn is_compound_street(token: &str) -> bool {
    STREET_SUFFIXES
        .iter()
        .any(|s| token.ends_with(s) && token.chars().count() > s.chars().count() + 2)
}

fn is_continental(token: &str) -> bool {
    CONTINENTAL_WORDS.contains(&token) || is_compound_street(token)
}

fn has_postal_address(text: &str) -> bool {
    if has_tag(&text.to_ascii_lowercase(), ADDRESS_TAGS) {
        return true;
    }
    text.lines().any(line_is_address)
}

/// Words that do not appear inside a street name, so "3 ways to drive" is not "3 Main Drive".
const NOT_IN_STREET_NAMES: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "our", "the", "this", "to", "we",
    "with", "you", "your",
];

fn line_is_address(line: &str) -> bool {
    let n = Normalized::new(line);
    let original = |i: usize| n.token_span(i).of(line);
    let is_number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    for i in 0..n.len() {
        let t = n.token(i);
        // "123 Main Street", "10 rue de Rivoli": number, up to three name words, street word.
        if is_house_number(t) {
            for j in i + 1..(i + 5).min(n.len()) {
                let w = n.token(j);
                if STREET_WORDS.contains(&w) || is_continental(w) {
                    return true;
                }
                if NOT_IN_STREET_NAMES.contains(&w) || is_number(w) {
                    break;
                }
            }
        }
        // "Via Roma 1" (a name between, so "via 3 channels" is not an address) and
        // "Hauptstraße 5".
        let (from, to) = if CONTINENTAL_WORDS.contains(&t) {
            (2, 4)
        } else if is_compound_street(t) {
            (1, 2)
        } else {
            (0, 0)
        };
        if (from..=to).any(|d| d > 0 && is_house_number(n.token(i + d))) {
            return true;
        }
        let po_box = (t == "po" && n.token(i + 1) == "box")
            || (t == "p" && n.token(i + 1) == "o" && n.token(i + 2) == "box")
            || t == "postfach";
        if po_box && (1..=3).any(|d| is_number(n.token(i + d))) {
            return true;
        }
        let next = n.token(i + 1);
        if US_STATES.contains(&original(i)) && next.len() == 5 && is_number(next) {
            return true;
        }
        if is_uk_outward(original(i)) && is_uk_inward(original(i + 1)) {
            return true;
        }
    }
    false
}

/// "SW1A", "M1", "EC2V": one or two capitals, a digit, then optionally a digit or capital.
fn is_uk_outward(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || b.len() < letters + 1 || b.len() > letters + 2 {
        return false;
    }
    b[letters].is_ascii_digit()
        && b[letters + 1..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// "1AA": a digit and two capitals.
fn is_uk_inward(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Policy;
    use crate::report::rule::EMAIL_FOOTER;
    use crate::rules::test_support::findings;

    fn check(text: &str, html: Option<&str>) -> Vec<Finding> {
        findings(&Policy::default(), text, Context::Email, html, EMAIL_FOOTER)
    }

    #[test]
    fn complete_text_footer_passes() {
        let text = "Hi Sam,\n\nOur spring sale starts today.\n\n--\nAcme Ltd, 123 Main Street, \
                    Springfield\nUnsubscribe: https://acme.test/u/1";
        assert!(check(text, None).is_empty());
        assert!(check("Sale! {{ unsubscribe_url }} {{postal_address}}", None).is_empty());
    }

    #[test]
    fn missing_parts_are_whole_text_errors() {
        let found = check("Our spring sale starts today.", None);
        assert_eq!(found.len(), 2);
        assert!(
            found
                .iter()
                .all(|f| f.severity == Severity::Error && f.start == 0 && f.end == 0)
        );
        assert!(found[0].message.contains("unsubscribe"));
        assert!(found[1].message.contains("postal address"));
        assert!(
            findings(
                &Policy::default(),
                "Sale",
                Context::Social,
                None,
                EMAIL_FOOTER
            )
            .is_empty()
        );
    }

    #[test]
    fn html_part_needs_a_link() {
        let text = "Sale. Unsubscribe below. 1 Infinite Loop, Cupertino, CA 95014";
        let linked = "<p>Sale</p><A class=x HREF=\"https://acme.test/unsub?id=1\">Stop emails</A>";
        assert!(check(text, Some(linked)).is_empty());
        let tagged = "<a href=\"*|UNSUB|*\">Leave</a>";
        assert!(check(text, Some(tagged)).is_empty());
        let unlinked = "<p>To unsubscribe, reply STOP</p><abbr>x</abbr>";
        let found = check(text, Some(unlinked));
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .starts_with("The HTML email has no unsubscribe link")
        );
    }

    #[test]
    fn address_in_html_counts() {
        let html = "<a href=\"{{unsubscribe_url}}\">Unsubscribe</a><br>Acme GmbH<br>Hauptstraße&nbsp;5<br>Berlin";
        assert!(check("Sale.", Some(html)).is_empty());
    }

    #[test]
    fn recognises_address_shapes() {
        for line in [
            "123 Main Street",
            "10 Downing St, London",
            "1600 Amphitheatre Parkway",
            "10 rue de Rivoli, Paris",
            "Via Roma 1",
            "Keizersgracht 123",
            "PO Box 4411",
            "P.O. Box 12",
            "Cupertino, CA 95014",
            "London SW1A 1AA",
            "12b Baker Street",
        ] {
            assert!(line_is_address(line), "{line}");
        }
        for line in [
            "Save 20% this week",
            "Our 3 favourite ways to drive growth in 2024",
            "Call us on 555 1234",
            "Order 2 today",
            "Order via 2 apps",
            "ca 95014 in lower case is not a state",
        ] {
            assert!(!line_is_address(line), "{line}");
        }
    }
}
