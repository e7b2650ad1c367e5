//! URL and language-code helpers shared by the checks.

use url::Url;

/// The form URLs are compared in: parsed and re-serialised (host lowercased, default port and
/// fragment dropped), so that a link and a crawled record match however each was written.
pub(crate) fn norm(raw: &str) -> String {
    match Url::parse(raw.trim()) {
        Ok(mut u) => {
            u.set_fragment(None);
            u.to_string()
        }
        Err(_) => raw.trim().to_string(),
    }
}

/// The path and query of a URL, for short display; the input when it does not parse.
#[cfg(test)]
pub(crate) fn path_of(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(u) => match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_string(),
        },
        Err(_) => raw.to_string(),
    }
}

pub(crate) fn scheme_of(raw: &str) -> Option<String> {
    Url::parse(raw).ok().map(|u| u.scheme().to_string())
}

/// ISO 639-1 two-letter language codes.
const ISO_639_1: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// An hreflang value: `x-default`, or an ISO 639-1 language optionally followed by a script
/// (four letters) and/or a region (two letters or three digits). Three-letter languages
/// are not accepted by search engines in hreflang, so they are refused here.
pub(crate) fn valid_hreflang(code: &str) -> bool {
    let code = code.trim().to_ascii_lowercase();
    if code == "x-default" {
        return true;
    }
    let mut parts = code.split('-');
    let Some(lang) = parts.next() else {
        return false;
    };
    if !ISO_639_1.contains(&lang) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    match rest.as_slice() {
        [] => true,
        [one] => is_region(one) || is_script(one),
        [script, region] => is_script(script) && is_region(region),
        _ => false,
    }
}

/// An `<html lang>` value: a BCP 47 tag whose primary language is a two-letter ISO 639-1
/// code or a three-letter code, with well-formed subtags.
pub(crate) fn valid_html_lang(code: &str) -> bool {
    let code = code.trim().to_ascii_lowercase();
    let mut parts = code.split('-');
    let Some(lang) = parts.next() else {
        return false;
    };
    let lang_ok = ISO_639_1.contains(&lang)
        || (lang.len() == 3 && lang.chars().all(|c| c.is_ascii_lowercase()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn is_region(s: &str) -> bool {
    (s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()))
        || (s.len() == 3 && s.chars().all(|c| c.is_ascii_digit()))
}

fn is_script(s: &str) -> bool {
    s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_drops_fragment_and_lowercases_host() {
        assert_eq!(norm("HTTP://Example.COM:80/a#top"), "http://example.com/a");
        assert_eq!(norm("not a url"), "not a url");
    }

    #[test]
    fn path_of_keeps_the_query() {
        assert_eq!(path_of("http://x.test/a/b?c=1"), "/a/b?c=1");
        assert_eq!(path_of("http://x.test"), "/");
    }

    #[test]
    fn hreflang_codes() {
        for ok in [
            "en",
            "en-gb",
            "EN-US",
            "fr-ca",
            "x-default",
            "zh-hant-tw",
            "es-419",
        ] {
            assert!(valid_hreflang(ok), "{ok}");
        }
        for bad in ["eng", "english", "en-gbr", "xx", "", "en-gb-x"] {
            assert!(!valid_hreflang(bad), "{bad}");
        }
    }

    #[test]
    fn html_lang_codes() {
        for ok in ["en", "en-GB", "fr", "gsw", "zh-Hant"] {
            assert!(valid_html_lang(ok), "{ok}");
        }
        for bad in ["english", "", "e", "en_GB", "en-"] {
            assert!(!valid_html_lang(bad), "{bad}");
        }
    }
}
