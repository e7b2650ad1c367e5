//! Recognising the same article (same URL) and the same story (near-identical headline) across sources.

use std::collections::HashSet;

use unicode_segmentation::UnicodeSegmentation;
use url::Url;

use crate::item::FeedItem;

/// Query parameters that only say where a click came from; they never change the page.
fn is_tracking_param(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    const EXACT: &[&str] = &[
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ref",
        "ref_src",
        "ref_url",
        "spm",
        "cmpid",
        "ocid",
        "sr_share",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "s_cid",
        "twclid",
        "li_fat_id",
        "wt.mc_id",
    ];
    name.starts_with("utm_")
        || name.starts_with("oly_")
        || name.starts_with("vero_")
        || EXACT.contains(&name.as_str())
}

/// Stable dedup key: the normalised URL (scheme folded to https, host lowercased without "www.",
/// fragment and tracking parameters removed, remaining parameters sorted, no trailing slash) or,
/// without a URL, the guid.
pub fn dedup_key(item: &FeedItem) -> String {
    if let Some(key) = item.url.as_deref().and_then(normalise_url) {
        return key;
    }
    match item.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(raw) => format!("url:{raw}"),
        None => format!("guid:{}", item.guid.trim()),
    }
}

pub fn normalise_url(raw: &str) -> Option<String> {
    let url = Url::parse(raw.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let mut params: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !is_tracking_param(k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    params.sort();
    let path = url.path().trim_end_matches('/');
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    let mut key = format!("https://{host}{port}{path}");
    if !params.is_empty() {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&params)
            .finish();
        key.push('?');
        key.push_str(&query);
    }
    Some(key)
}

/// Near-duplicate titles (same story from two sources): true when normalised title shingles Jaccard >= 0.8.
///
/// Titles are lower-cased, a trailing " - Publisher" / " | Publisher" is dropped, punctuation removed, and
/// compared as sets of character 3-grams, which tolerates small wording differences ("raises" vs "raised $")
/// that would defeat word n-grams on short headlines.
pub fn same_story(a: &str, b: &str) -> bool {
    let (sa, sb) = (shingles(&normalise_title(a)), shingles(&normalise_title(b)));
    if sa.is_empty() || sb.is_empty() {
        return false;
    }
    let common = sa.intersection(&sb).count();
    let union = sa.len() + sb.len() - common;
    common as f64 / union as f64 >= 0.8
}

pub fn normalise_title(title: &str) -> String {
    let trimmed = strip_publisher_suffix(title.trim());
    trimmed
        .unicode_words()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Aggregators append the publisher ("Acme raises $20M - TechCrunch"); it says nothing about the story.
fn strip_publisher_suffix(title: &str) -> &str {
    for sep in [" - ", " | ", " \u{2013} ", " \u{2014} "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && tail.unicode_words().count() <= 4
            && head.unicode_words().count() >= 4
        {
            return head;
        }
    }
    title
}

fn shingles(normalised: &str) -> HashSet<String> {
    let chars: Vec<char> = normalised.chars().collect();
    if chars.len() < 3 {
        return if chars.is_empty() {
            HashSet::new()
        } else {
            HashSet::from([normalised.to_string()])
        };
    }
    chars.windows(3).map(|w| w.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(url: Option<&str>, guid: &str) -> FeedItem {
        FeedItem {
            guid: guid.into(),
            url: url.map(String::from),
            title: String::new(),
            summary: String::new(),
            published: None,
            author: None,
        }
    }

    #[test]
    fn tracking_parameters_case_and_trailing_slash_do_not_change_the_key() {
        let a = dedup_key(&item(
            Some(
                "https://News.Example.com/2026/acme-raises/?utm_source=rss&utm_medium=feed&id=7#top",
            ),
            "a",
        ));
        let b = dedup_key(&item(
            Some("http://www.news.example.com/2026/acme-raises?id=7&fbclid=xyz"),
            "b",
        ));
        assert_eq!(a, b);
        assert_eq!(a, "https://news.example.com/2026/acme-raises?id=7");
    }

    #[test]
    fn meaningful_parameters_and_paths_keep_keys_apart() {
        let a = dedup_key(&item(Some("https://example.com/story?id=7"), "a"));
        let b = dedup_key(&item(Some("https://example.com/story?id=8"), "b"));
        assert_ne!(a, b);
        assert_eq!(
            dedup_key(&item(Some("https://example.com/?b=2&a=1"), "x")),
            "https://example.com?a=1&b=2"
        );
    }

    #[test]
    fn falls_back_to_the_guid_without_a_url() {
        assert_eq!(
            dedup_key(&item(None, " tag:example.com,2026:42 ")),
            "guid:tag:example.com,2026:42"
        );
        assert_ne!(dedup_key(&item(None, "1")), dedup_key(&item(None, "2")));
    }

    #[test]
    fn same_story_tolerates_publisher_suffix_and_small_edits() {
        assert!(same_story(
            "Acme raises $50M Series B led by Sequoia",
            "Acme Raises $50M in Series B Led by Sequoia - TechCrunch"
        ));
        assert!(same_story(
            "Globex recalls 10,000 routers over fire risk",
            "Globex recalls 10,000 routers over fire risk | Reuters"
        ));
        assert!(!same_story(
            "Acme raises $50M Series B led by Sequoia",
            "Globex cuts prices on its starter plan"
        ));
        assert!(!same_story(
            "Acme launches new analytics dashboard",
            "Acme shuts down analytics dashboard after outage"
        ));
        assert!(!same_story("", ""));
    }
}
