//! Normalisation that hides changes nobody cares about: dates, times, copyright years, relative times, visitor
//! counters, tracking parameters and ids, cache-busting asset hashes, CSRF tokens, nonces, session ids, UUIDs and
//! long hex strings. Two texts that differ only in these normalise to the same string.

use std::sync::LazyLock;

use regex::Regex;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("noise pattern {pattern:?}: {e}"))
}

const MONTHS_EN: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTHS_FR: &str = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janv|f[ée]vr|avr|juil|sept|oct|nov|d[ée]c)";
const MONTHS_DE: &str = r"(?:januar|j[äa]nner|februar|m[äa]rz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)";
const WEEKDAYS: &str = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|\.)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";

/// How a rule rewrites its match.
enum Replace {
    /// A `regex` replacement template.
    With(&'static str),
    /// Hides the hash of a hashed asset name; a "hash" without any digit is an ordinary word ("site-stylesheet.css").
    AssetHash,
}

/// Ordered rules: earlier rules protect their matches from later ones (a UUID must not be read as hex runs).
static RULES: LazyLock<Vec<(Regex, Replace)>> = LazyLock::new(|| {
    use Replace::{AssetHash, With};
    vec![
        // UUIDs.
        (
            re(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),
            With("{uuid}"),
        ),
        // CSRF tokens, nonces and session ids written as name=value or name: value (forms, inline scripts, URLs).
        (
            re(
                r#"(?i)\b(csrf[_-]?token|csrfmiddlewaretoken|authenticity_token|_token|xsrf[_-]?token|__requestverificationtoken|nonce|session[_-]?id|sessid|phpsessid|jsessionid|sid)(["']?\s*[=:]\s*["']?)[A-Za-z0-9+/_.~-]{6,}={0,2}"#,
            ),
            With("$1$2{token}"),
        ),
        // Tracking parameters in URLs: dropped with their separator.
        (
            re(
                r"(?i)[?&](?:utm_[a-z_]+|gclid|gbraid|wbraid|fbclid|msclkid|dclid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|_ga|_gl|ref_src|trk)=[^&\s#\x22'<>]*",
            ),
            With(""),
        ),
        // Cache-busting query strings on assets (?v=..., ?ver=..., ?_=...).
        (
            re(
                r"(?i)(\.(?:js|mjs|css|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|ico))\?(?:v|ver|version|cb|t|ts|_|hash|rev)=[\w.-]+",
            ),
            With("$1"),
        ),
        // Content hashes in asset file names: main.3f9a1c2b.js, app-BxK2f9Qa.css.
        (
            re(
                r"(?i)\b([\w-]+?)[.-]([0-9a-f]{6,}|[a-z0-9_]{8,})((?:\.min)?\.(?:js|mjs|css|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|ico))\b",
            ),
            AssetHash,
        ),
        // Analytics and ad tracking ids.
        (
            re(r"\b(?:UA-\d{4,}-\d+|G-[A-Z0-9]{6,}|GTM-[A-Z0-9]{4,}|AW-\d{6,}|ca-pub-\d{6,})\b"),
            With("{tracking_id}"),
        ),
        // Long hex strings: hashes, request ids, build ids.
        (re(r"(?i)\b[0-9a-f]{16,}\b"), With("{hex}")),
        // Copyright years and ranges.
        (
            re(r"(?i)(©|&copy;|\(c\)|copyright)(\s*)(?:\d{4}\s*[-–—]\s*)?\d{4}"),
            With("$1$2{year}"),
        ),
        // Relative times.
        (
            re(
                r"(?i)\b(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b|\bjust now\b|\bil y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)\b|\bvor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b",
            ),
            With("{relative_time}"),
        ),
        // Dates: ISO 8601 with optional time.
        (
            re(
                r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
            ),
            With("{date}"),
        ),
        // Dates: numeric day/month/year in any order of separators.
        (
            re(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"),
            With("{date}"),
        ),
        // Dates: French "3 mars 2025", "1er janvier 2025".
        (
            re(&format!(
                r"(?i)\b\d{{1,2}}(?:er)?\s+{MONTHS_FR}\.?\s+\d{{4}}\b"
            )),
            With("{date}"),
        ),
        // Dates: German "3. März 2025".
        (
            re(&format!(r"(?i)\b\d{{1,2}}\.\s*{MONTHS_DE}\s+\d{{4}}\b")),
            With("{date}"),
        ),
        // Dates: English "March 3, 2025", "Mar 3rd 2025", "3 March 2025", "3rd of March, 2025", "March 2025".
        (
            re(&format!(
                r"(?i)\b{MONTHS_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS_EN}\.?,?\s+\d{{4}}\b|\b{MONTHS_EN}\.?\s+\d{{4}}\b"
            )),
            With("{date}"),
        ),
        // Dates: English without a year, "Mar 3" / "3 March", only after the year forms had their chance.
        (
            re(&format!(
                r"(?i)\b{MONTHS_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)\b"
            )),
            With("{date}"),
        ),
        // A weekday in front of a date is part of it.
        (
            re(&format!(r"(?i)\b(?:{WEEKDAYS}),?\s+\{{date\}}")),
            With("{date}"),
        ),
        // Times: 14:05, 2:05:09 pm, 9am, 14h30, with an optional zone.
        (
            re(
                r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:utc|gmt|cet|cest|est|edt|pst|pdt|bst|mez|mesz)\b)?|\b\d{1,2}\s*(?:am|pm)\b|\b\d{1,2}h\d{2}\b",
            ),
            With("{time}"),
        ),
        // Counters: "12,345 visitors", "1.2k views", "Visitors: 12345", "42 people online".
        (
            re(
                r"(?i)\b\d[\d,.\x{a0} ]*[km]?\+?\s+(visitors?|views?|page ?views|visits|hits|people (?:online|viewing|watching)|users online|online|downloads today|reads|likes|shares|comments?)\b",
            ),
            With("{count} $1"),
        ),
        (
            re(
                r"(?i)\b(visitors?|views|page ?views|hits|visits|online now|downloads)\s*:\s*\d[\d,.\x{a0} ]*\d|\b(visitors?|views|page ?views|hits|visits|online now|downloads)\s*:\s*\d",
            ),
            With("$1$2: {count}"),
        ),
    ]
});

/// Normalises one text. Idempotent: normalising twice gives the same result as once.
pub fn normalise(text: &str) -> String {
    let mut out = text.to_string();
    for (pattern, replacement) in RULES.iter() {
        if !pattern.is_match(&out) {
            continue;
        }
        out = match replacement {
            Replace::With(template) => pattern.replace_all(&out, *template).into_owned(),
            Replace::AssetHash => pattern
                .replace_all(&out, |caps: &regex::Captures<'_>| {
                    if caps[2].bytes().any(|b| b.is_ascii_digit()) {
                        format!("{}.{{hash}}{}", &caps[1], &caps[3])
                    } else {
                        caps[0].to_string()
                    }
                })
                .into_owned(),
        };
    }
    // "?utm_source=x&page=2" loses its first parameter and keeps "&page=2": give the query its "?" back.
    static ORPHAN_AMP: LazyLock<Regex> = LazyLock::new(|| re(r"(/[\w./-]*)&(\w+=)"));
    if out.contains('&') {
        out = ORPHAN_AMP.replace_all(&out, "$1?$2").into_owned();
    }
    out
}

/// Normalises every line of a multi-line text.
pub fn normalise_lines(text: &str) -> String {
    text.lines().map(normalise).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) {
        assert_eq!(normalise(a), normalise(b), "{a:?} vs {b:?}");
    }

    #[test]
    fn iso_and_numeric_dates() {
        same("Updated 2025-03-01", "Updated 2026-11-25");
        same(
            "Published 2025-03-01T10:22:03Z",
            "Published 2025-04-11T08:00:00+02:00",
        );
        same("Le 01/03/2025", "Le 25/11/2026");
        same("Am 01.03.2025", "Am 25.11.26");
    }

    #[test]
    fn english_french_german_dates() {
        same("Posted on March 3, 2025", "Posted on November 25th, 2026");
        same("Posted on 3 March 2025", "Posted on 25 Nov 2026");
        same("Monday, March 3, 2025", "Tuesday, Nov 25, 2026");
        same("Publié le 1er janvier 2025", "Publié le 25 novembre 2026");
        same(
            "Veröffentlicht am 3. März 2025",
            "Veröffentlicht am 25. November 2026",
        );
        assert_eq!(normalise("Webinar: Mar 3rd"), "Webinar: {date}");
    }

    #[test]
    fn times() {
        same("Last updated 14:05 UTC", "Last updated 9:41 UTC");
        same("Opens at 9am", "Opens at 11 pm");
        same("Ouvert à 14h30", "Ouvert à 08h00");
    }

    #[test]
    fn copyright_years() {
        same("© 2024 Acme Inc.", "© 2026 Acme Inc.");
        same("Copyright 2019-2024 Acme", "Copyright 2019–2026 Acme");
        assert_eq!(normalise("(c) 2025 Acme"), "(c) {year} Acme");
    }

    #[test]
    fn relative_times() {
        same("Updated 3 hours ago", "Updated a day ago");
        same("Mis à jour il y a 3 heures", "Mis à jour il y a 2 jours");
        same("Aktualisiert vor 3 Stunden", "Aktualisiert vor 5 Minuten");
        same("Posted just now", "Posted 5 minutes ago");
    }

    #[test]
    fn counters() {
        same("12,345 visitors today", "12,999 visitors today");
        same("Visitors: 12345", "Visitors: 99");
        same("42 people online", "7 people online");
        same("1.2k views", "3k views");
    }

    #[test]
    fn tracking_parameters_and_ids() {
        same(
            "https://acme.com/p?utm_source=x&utm_medium=y",
            "https://acme.com/p",
        );
        same(
            "https://acme.com/p?gclid=abc123&page=2",
            "https://acme.com/p?page=2",
        );
        same(
            "https://acme.com/p?page=2&fbclid=IwAR0",
            "https://acme.com/p?page=2",
        );
        same(
            "gtag('config', 'G-ABC123XYZ')",
            "gtag('config', 'G-ZZZ999QQQ')",
        );
        same("GTM-5K2Q9X", "GTM-ABCDE1");
    }

    #[test]
    fn asset_hashes() {
        same("/static/js/main.3f9a1c2b.js", "/static/js/main.77aa00ff.js");
        same("/assets/app-BxK2f9Qa.css", "/assets/app-Zz09aaQq.css");
        same("/style.css?ver=6.4.2", "/style.css?ver=6.5");
        assert_eq!(normalise("/logo.png"), "/logo.png");
        assert_eq!(
            normalise("/css/site-stylesheet.css"),
            "/css/site-stylesheet.css"
        );
    }

    #[test]
    fn tokens_nonces_sessions() {
        same("csrf_token=AbC123xyz987", "csrf_token=ZzZ000yyy111");
        same("nonce: 'k2j3h4g5f6'", "nonce: 'aa11bb22cc33'");
        same("?PHPSESSID=abcdef123456", "?PHPSESSID=zzz999yyy888");
        same("jsessionid=A1B2C3D4E5", "jsessionid=F6G7H8I9J0");
    }

    #[test]
    fn uuids_and_hex() {
        same(
            "request 123e4567-e89b-12d3-a456-426614174000",
            "request 9f1c2b3a-0000-4000-8000-000000000001",
        );
        same(
            "build 3f786850e387550fdab836ed7e6dc881de23001b",
            "build 89e6c98d92887913cadf06b2adb97f26cde4849b",
        );
        assert_eq!(
            normalise("id 123e4567-e89b-12d3-a456-426614174000"),
            "id {uuid}"
        );
    }

    #[test]
    fn meaningful_changes_survive() {
        assert_ne!(normalise("Pro $29/month"), normalise("Pro $39/month"));
        assert_ne!(normalise("Ship faster"), normalise("Ship smarter"));
        assert_ne!(
            normalise("Trusted by 10 teams in 2 countries"),
            normalise("Trusted by 10 teams in 3 countries")
        );
        assert_eq!(normalise("Plain text stays"), "Plain text stays");
    }

    #[test]
    fn idempotent() {
        let text =
            "© 2025 Acme — updated March 3, 2025 at 14:05, 3 hours ago, ?utm_source=x, G-ABC123XYZ";
        assert_eq!(normalise(&normalise(text)), normalise(text));
    }
}
