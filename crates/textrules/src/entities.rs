//! Hashtags and mentions, found by twitter-text's boundary rules: a `#` or `@` counts only when it
//! does not continue a word, so `a#b`, `C#` and `bob@example.com` are not entities.

use std::ops::Range;

use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || c == '\u{200C}'
        || c == '\u{200D}'
        || c.general_category_group() == GeneralCategoryGroup::Mark
}

fn is_handle_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn glued_before(text: &str, at: usize, extra: &str) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| is_tag_char(c) || c == '&' || extra.contains(c))
}

/// Byte ranges of hashtags (`#` included). A tag needs at least one letter, so `#1` is not one.
pub(crate) fn hashtags(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.char_indices().filter_map(move |(at, c)| {
        if !matches!(c, '#' | '＃') || glued_before(text, at, "#＃") {
            return None;
        }
        let body_start = at + c.len_utf8();
        let body = &text[body_start..];
        // A keycap (`#️⃣`) is an emoji, not a tag.
        if body.starts_with(['\u{FE0F}', '\u{20E3}']) {
            return None;
        }
        let len: usize = body
            .chars()
            .take_while(|c| is_tag_char(*c))
            .map(char::len_utf8)
            .sum();
        let has_letter = body[..len].chars().any(char::is_alphabetic);
        (has_letter).then_some(at..body_start + len)
    })
}

/// Byte ranges of mentions: `@handle`, a Bluesky `@handle.bsky.social`, or a fediverse
/// `@user@instance.social`. Trailing dots and dashes are left to the sentence.
pub(crate) fn mentions(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.char_indices().filter_map(move |(at, c)| {
        if !matches!(c, '@' | '＠') || glued_before(text, at, "@＠!#$%*") {
            return None;
        }
        let user_start = at + c.len_utf8();
        let user_len = dotted_len(&text[user_start..]);
        if user_len == 0 {
            return None;
        }
        let mut end = user_start + user_len;
        if let Some(rest) = text[end..].strip_prefix('@') {
            let domain_len = dotted_len(rest);
            if domain_len > 0 && rest[..domain_len].contains('.') {
                end += 1 + domain_len;
            }
        }
        Some(at..end)
    })
}

/// Length of a handle or domain: handle characters joined by single dots or dashes.
fn dotted_len(s: &str) -> usize {
    let mut len = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_handle_char(c) {
            len = i + 1;
        } else if matches!(c, '.' | '-')
            && len == i
            && len > 0
            && chars.peek().is_some_and(|(_, n)| is_handle_char(*n))
        {
            continue;
        } else {
            break;
        }
    }
    len
}

/// The part of a mention Mastodon charges for: `@user` of `@user@instance.social`.
pub(crate) fn mention_local_part(mention: &str) -> &str {
    match mention.get(1..).and_then(|rest| rest.find('@')) {
        Some(second) => &mention[..1 + second],
        None => mention,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<&str> {
        hashtags(text).map(|r| &text[r]).collect()
    }
    fn ats(text: &str) -> Vec<&str> {
        mentions(text).map(|r| &text[r]).collect()
    }

    #[test]
    fn hashtag_boundaries() {
        assert_eq!(
            tags("#rust and #Go2, (#日本語) #café"),
            ["#rust", "#Go2", "#日本語", "#café"]
        );
        assert!(tags("C# a#b #1 &#39; #️⃣").is_empty());
        assert_eq!(tags("#a#b"), ["#a"]);
        assert_eq!(tags("#مرحبا بالعالم"), ["#مرحبا"]);
    }

    #[test]
    fn mention_boundaries() {
        assert_eq!(ats("hi @alice, @bob."), ["@alice", "@bob"]);
        assert_eq!(
            ats("@gargron@mastodon.social wrote"),
            ["@gargron@mastodon.social"]
        );
        assert_eq!(ats("@alice.bsky.social!"), ["@alice.bsky.social"]);
        assert!(ats("mail bob@example.com or @ alone").is_empty());
        assert_eq!(mention_local_part("@gargron@mastodon.social"), "@gargron");
        assert_eq!(mention_local_part("@alice"), "@alice");
    }
}
