//! What a page promises and asks for: value propositions and calls to action.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html};

use crate::dom::{class_and_id, inside, sel, text_of};

const MAX_VALUE_PROPS: usize = 12;
const MAX_CTAS: usize = 10;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("messaging pattern {pattern:?}: {e}"))
}

static CTA_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:start|try|get|book|request|schedule|sign ?up|signup|register|buy|order|subscribe|contact sales|talk to sales|talk to us|join|download|demo|free trial|upgrade|install|essayer|essai|commencer|démarrer|inscri\w*|acheter|réserver|demander|testen|starten|registrieren|kaufen|anfragen|jetzt)\b",
    )
});

/// Texts that look like buttons but are navigation or housekeeping, not offers.
static NOT_CTA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:log ?in|sign ?in|login|log out|sign out|connexion|se connecter|anmelden|menu|close|open menu|toggle navigation|search|submit|ok|cancel|next|previous|prev|back|more|accept|accept all|reject|reject all|decline|agree|got it|dismiss|skip to content|×|english|français|deutsch)$",
    )
});

static STYLED_AS_BUTTON: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])"));

static BENEFIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:save[sd]?|grow|boost|increase|improve|automate[sd]?|reduce|cut|build|launch|create|manage|track|collaborate|ship|scale|secure|protect|integrate[sd]?|connect|simplify|streamline|accelerate|analy[sz]e|understand|measure|optimi[sz]e|publish|schedule|engage|convert|win|deliver|get|turn|faster|easier|easily|better|smarter|effortless(?:ly)?|instant(?:ly)?|in minutes|in seconds|all-in-one|no[- ]code|without|unlimited|real-time|powerful|simple|seamless(?:ly)?|every|gagnez|augmentez|automatisez|simplifiez|créez|gérez|sparen|steigern|automatisieren|einfach)\b",
    )
});

static HERO_SUB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)subtitle|subheading|sub-heading|subhead|\blead\b|tagline|hero[_-]?(?:text|desc|description|sub|copy|body)|intro",
    )
});

/// Containers whose contents are navigation, housekeeping, questions or plan details rather than messaging.
fn in_excluded_block(el: ElementRef<'_>) -> bool {
    if inside(el, &["nav", "footer", "form", "table"]) {
        return true;
    }
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let c = class_and_id(a);
        [
            "cookie",
            "consent",
            "gdpr",
            "faq",
            "accordion",
            "pricing",
            "plan",
            "tier",
            "menu",
            "breadcrumb",
        ]
        .iter()
        .any(|w| c.contains(w))
    })
}

fn push_unique(out: &mut Vec<String>, text: String, max: usize) {
    if out.len() < max && !out.iter().any(|t| t.eq_ignore_ascii_case(&text)) {
        out.push(text);
    }
}

/// Short benefit statements: the hero's subheading, then feature headings and list items that speak of a benefit.
pub(crate) fn value_propositions(doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    // The hero subheading: an element styled as one, else the paragraph right after the first h1.
    let hero = doc
        .select(&sel("p, div, span, h2"))
        .filter(|e| e.attr("class").is_some_and(|c| HERO_SUB.is_match(c)))
        .map(text_of)
        .find(|t| (15..=220).contains(&t.chars().count()))
        .or_else(|| {
            let h1 = doc.select(&sel("h1")).next()?;
            // Only the element right after the h1, and only a paragraph of prose (not a row of buttons).
            let next = h1.next_siblings().find_map(ElementRef::wrap)?;
            let text = text_of(next);
            let link_chars: usize = next
                .select(&sel("a, button"))
                .map(|a| text_of(a).chars().count())
                .sum();
            (next.value().name() == "p"
                && (15..=220).contains(&text.chars().count())
                && link_chars * 2 < text.chars().count())
            .then_some(text)
        });
    if let Some(h) = hero {
        push_unique(&mut out, h, MAX_VALUE_PROPS);
    }
    for el in doc.select(&sel("h3, h4, li, [class*=feature] p, [class*=benefit] p")) {
        let text = text_of(el);
        let words = text.split_whitespace().count();
        let limit = if el.value().name() == "p" { 20 } else { 15 };
        if !(3..=limit).contains(&words) || text.ends_with('?') || in_excluded_block(el) {
            continue;
        }
        if BENEFIT.is_match(&text) {
            push_unique(&mut out, text, MAX_VALUE_PROPS);
        }
    }
    out
}

/// Styled as a call to action. A bare `<button>` is not enough: pages use them for menus, toggles and tabs.
fn looks_like_button(el: ElementRef<'_>) -> bool {
    el.value().name() == "input"
        || el.attr("role") == Some("button")
        || el
            .attr("class")
            .is_some_and(|c| STYLED_AS_BUTTON.is_match(c))
}

/// Billing switches, tabs and toggles are controls, not offers.
fn is_control(el: ElementRef<'_>) -> bool {
    if el.attr("aria-pressed").is_some() || el.attr("aria-selected").is_some() {
        return true;
    }
    if matches!(el.attr("role"), Some("tab" | "switch" | "menuitem")) {
        return true;
    }
    let c = class_and_id(el);
    ["toggle", "switch", "tab", "dropdown", "hamburger"]
        .iter()
        .any(|w| c.contains(w))
}

fn in_cookie_banner(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let c = class_and_id(a);
        ["cookie", "consent", "gdpr"].iter().any(|w| c.contains(w))
    })
}

/// Button texts and link texts that ask the visitor to act, deduplicated, in page order.
pub(crate) fn calls_to_action(doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for el in doc.select(&sel(
        "a, button, input[type=submit], input[type=button], [role=button]",
    )) {
        let text = if el.value().name() == "input" {
            el.attr("value")
                .map(crate::dom::collapse_ws)
                .unwrap_or_default()
        } else {
            text_of(el)
        };
        let chars = text.chars().count();
        if !(2..=40).contains(&chars)
            || text.split_whitespace().count() > 6
            || NOT_CTA.is_match(&text)
        {
            continue;
        }
        if in_cookie_banner(el) || is_control(el) {
            continue;
        }
        let styled = looks_like_button(el);
        let worded = CTA_WORDS.is_match(&text);
        // Footer links ("Download our app") are rarely offers; a worded link elsewhere is.
        if styled || (worded && !inside(el, &["footer"])) {
            push_unique(&mut out, text, MAX_CTAS);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctas_from_buttons_and_words() {
        let html = r#"<nav><a href="/login">Log in</a><a class="btn btn-primary" href="/signup">Start free trial</a></nav>
            <main><a href="/demo">Book a demo</a><a href="/docs">Documentation</a><button>Get started</button>
            <a class="button" href="/tour">Take the tour</a><a class="btn" href="/signup">start free trial</a>
            <button class="toggle">Yearly</button><button>Show details</button></main>
            <div id="cookie-banner"><button>Accept all</button><button>Manage preferences</button></div>
            <footer><a href="/app">Download the app</a></footer>"#;
        let ctas = calls_to_action(&Html::parse_document(html));
        assert_eq!(
            ctas,
            vec![
                "Start free trial",
                "Book a demo",
                "Get started",
                "Take the tour"
            ]
        );
    }

    #[test]
    fn value_props_from_hero_and_features() {
        let html = r#"<header class="hero"><h1>Marketing, handled</h1><p>Plan, publish and measure every campaign from one calm workspace.</p></header>
            <section class="features">
              <div><h3>Automate your social calendar</h3><p>Posts go out on time.</p></div>
              <div><h3>Analytics</h3></div>
              <ul><li>Save 10 hours a week on reporting</li><li>SOC 2</li></ul>
            </section>
            <section class="faq"><h3>Can I save my drafts?</h3></section>
            <nav><ul><li>Get the app for iOS</li></ul></nav>"#;
        let props = value_propositions(&Html::parse_document(html));
        assert_eq!(
            props,
            vec![
                "Plan, publish and measure every campaign from one calm workspace.",
                "Automate your social calendar",
                "Save 10 hours a week on reporting",
            ]
        );
    }
}
