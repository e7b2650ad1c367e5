//! Link detection. linkify finds the candidates and gets the boundaries right around
//! punctuation; the rules twitter-text adds for links written without a scheme are applied on top.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use linkify::{LinkFinder, LinkKind};

static TLDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("tlds.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// ccTLDs whose two-label domains twitter-text links even without a path (`t.co`, `example.tv`).
const SPECIAL_SHORT_CCTLDS: [&str; 2] = ["co", "tv"];

/// Byte ranges of the links in `text`, in order.
///
/// With `schemeless`, links such as `example.com/path` count too, under twitter-text's rules: the
/// domain is ASCII with a known top-level domain, it is not glued to a preceding word, `@`, `#`,
/// `$`, `-`, `_`, `.` or `/`, and a bare two-label domain under a country code (`example.jp`) needs
/// a path. Links with a scheme must be `http` or `https`.
pub(crate) fn find_urls(text: &str, schemeless: bool) -> impl Iterator<Item = Range<usize>> + '_ {
    // Cheap exit for the common case of plain prose: no link without a dot or a colon.
    let possible = if schemeless {
        text.contains('.')
    } else {
        text.contains("://")
    };
    let mut finder = LinkFinder::new();
    // Emails are found so that their domain is never taken for a schemeless link.
    finder
        .kinds(&[LinkKind::Url, LinkKind::Email])
        .url_must_have_scheme(!schemeless);
    let links = possible.then(|| finder.links(text));
    links.into_iter().flatten().filter_map(move |link| {
        if *link.kind() != LinkKind::Url {
            return None;
        }
        let range = link.start()..link.end();
        accept(text, range.clone(), schemeless).then_some(range)
    })
}

fn accept(text: &str, range: Range<usize>, schemeless: bool) -> bool {
    let link = &text[range.clone()];
    if let Some(scheme_end) = link.find("://") {
        let scheme = &link[..scheme_end];
        return scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    }
    if !schemeless {
        return false;
    }
    if let Some(before) = text[..range.start].chars().next_back()
        && (before.is_alphanumeric() || "@＠#＃$-_./".contains(before))
    {
        return false;
    }
    let host_end = link.find(['/', ':', '?', '#']).unwrap_or(link.len());
    let host = &link[..host_end];
    if !host.is_ascii() {
        return false;
    }
    let mut labels = host.rsplit('.');
    let tld = labels.next().unwrap_or_default().to_ascii_lowercase();
    if !TLDS.contains(tld.as_str()) {
        return false;
    }
    let label_count = 1 + labels.count();
    let is_cc = tld.len() == 2;
    let bare = host_end == link.len();
    !(is_cc && label_count == 2 && bare && !SPECIAL_SHORT_CCTLDS.contains(&tld.as_str()))
}

#[cfg(test)]
mod tests {
    use super::find_urls;

    fn found(text: &str, schemeless: bool) -> Vec<&str> {
        find_urls(text, schemeless).map(|r| &text[r]).collect()
    }

    #[test]
    fn links_with_scheme() {
        assert_eq!(
            found("Read https://example.com/a?b=c, then stop.", false),
            ["https://example.com/a?b=c"]
        );
        assert_eq!(found("(see http://ex.org/x)", false), ["http://ex.org/x"]);
        assert!(found("ftp://example.com/file", false).is_empty());
    }

    #[test]
    fn links_without_scheme() {
        assert_eq!(
            found("Visit example.com/path today", true),
            ["example.com/path"]
        );
        assert_eq!(found("Visit example.com.", true), ["example.com"]);
        assert_eq!(
            found("go to www.example.co.uk now", true),
            ["www.example.co.uk"]
        );
        assert_eq!(
            found("short t.co/abc and example.tv", true),
            ["t.co/abc", "example.tv"]
        );
        assert!(found("Visit example.com/path today", false).is_empty());
    }

    #[test]
    fn things_that_are_not_links() {
        assert!(found("mail bob@example.com please", true).is_empty());
        assert!(found("@user@mastodon.social says hi", true).is_empty());
        assert!(found("open report.docx or notes.txt", true).is_empty());
        assert!(found("the end.Sentence starts", true).is_empty());
        assert!(found("example.jp alone", true).is_empty());
        assert_eq!(found("example.jp/about", true), ["example.jp/about"]);
        assert!(found("version 1.2.3 and 3.14", true).is_empty());
    }
}
