//! URL slugs for blog posts.

/// The longest slug [`slugify`] returns.
pub const MAX_SLUG_LEN: usize = 80;

/// ASCII, lowercase, words joined by single hyphens, accents folded ("Crème brûlée" →
/// "creme-brulee"), at most [`MAX_SLUG_LEN`] characters, cut at a word boundary when possible.
/// Returns an empty string when nothing sluggable is left.
pub fn slugify(title: &str) -> String {
    let ascii = deunicode::deunicode(title);
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c == '\'' {
            // "Don't" reads better as "dont" than "don-t".
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() <= MAX_SLUG_LEN {
        return slug;
    }
    // Safe to index by bytes: the slug is pure ASCII.
    let head = &slug[..=MAX_SLUG_LEN];
    match head.rfind('-') {
        Some(cut) if cut > 0 => slug[..cut].to_string(),
        _ => slug[..MAX_SLUG_LEN].to_string(),
    }
}

/// True when `slug` is non-empty lowercase ASCII words joined by single hyphens.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= MAX_SLUG_LEN
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_punctuation() {
        assert_eq!(slugify("Crème Brûlée: 5 Tips!"), "creme-brulee-5-tips");
        assert_eq!(
            slugify("  Don't   Panic -- it's fine  "),
            "dont-panic-its-fine"
        );
        assert_eq!(slugify("Straße & Co."), "strasse-co");
    }

    #[test]
    fn empty_and_symbol_only_titles_give_empty_slug() {
        assert_eq!(slugify(""), "");
        assert_eq!(slugify("!!! ??? ---"), "");
    }

    #[test]
    fn long_titles_cut_at_word_boundary() {
        let title = "The complete practical guide to content marketing for small independent \
                     agencies and their demanding clients";
        let slug = slugify(title);
        assert!(slug.len() <= MAX_SLUG_LEN, "{slug}");
        assert!(title.to_lowercase().replace(' ', "-").starts_with(&slug));
        assert!(!slug.ends_with('-'));
        assert!(is_valid_slug(&slug));
    }

    #[test]
    fn one_giant_word_is_cut_hard() {
        let slug = slugify(&"a".repeat(200));
        assert_eq!(slug.len(), MAX_SLUG_LEN);
    }

    #[test]
    fn output_is_always_valid_or_empty() {
        for t in [
            "Hello, World",
            "日本語のタイトル",
            "emoji 🚀 launch",
            "UPPER lower 123",
            "a-b--c",
        ] {
            let s = slugify(t);
            assert!(s.is_empty() || is_valid_slug(&s), "{t} -> {s}");
        }
        assert!(!is_valid_slug("Has-Caps"));
        assert!(!is_valid_slug("double--hyphen"));
        assert!(!is_valid_slug("-lead"));
        assert!(!is_valid_slug("space here"));
    }
}
