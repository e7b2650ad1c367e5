//! What the alert for a competitor's change says, and how urgent it is.

use intel::PageKind;
use uuid::Uuid;

/// The kind every competitor alert is raised with (webhooks receive `alert.competitor_change`).
pub const ALERT_KIND: &str = "competitor_change";

/// How urgent a change is, from its significance (0 to 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Low,
    Normal,
    High,
    Critical,
}

pub fn level(significance: f64) -> Level {
    match significance {
        s if s >= 0.85 => Level::Critical,
        s if s >= 0.65 => Level::High,
        s if s >= 0.4 => Level::Normal,
        _ => Level::Low,
    }
}

/// 0 to 100, for sorting alerts.
pub fn priority(significance: f64) -> u8 {
    (significance.clamp(0.0, 1.0) * 100.0).round() as u8
}

fn page_words(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Home => "home page",
        PageKind::Pricing => "pricing page",
        PageKind::Product => "product page",
        PageKind::About => "about page",
        PageKind::Blog => "blog",
        PageKind::Other => "website",
    }
}

/// "Acme changed its pricing page".
pub fn title(competitor: &str, kind: PageKind) -> String {
    format!("{competitor} changed its {}", page_words(kind))
}

/// The web app's page for the change.
pub fn link(competitor_id: Uuid, change_id: Uuid) -> String {
    format!("/competitors/{competitor_id}?change={change_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn significance_sets_urgency_and_priority() {
        assert_eq!(level(0.95), Level::Critical);
        assert_eq!(level(0.7), Level::High);
        assert_eq!(level(0.5), Level::Normal);
        assert_eq!(level(0.1), Level::Low);
        assert_eq!(priority(0.734), 73);
        assert_eq!(priority(1.7), 100);
        assert_eq!(priority(-1.0), 0);
    }

    #[test]
    fn titles_and_links_read_well() {
        assert_eq!(
            title("Acme", PageKind::Pricing),
            "Acme changed its pricing page"
        );
        assert_eq!(title("Acme", PageKind::Other), "Acme changed its website");
        let (c, ch) = (Uuid::nil(), Uuid::max());
        assert_eq!(link(c, ch), format!("/competitors/{c}?change={ch}"));
    }
}
