//! Language declarations and hreflang annotations.

use super::Check;
use crate::findings::Findings;
use crate::site::{Outcome, Site, outcome};
use crate::urls::{norm, valid_hreflang, valid_html_lang};

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("hreflang-missing-return", hreflang_missing_return),
    ("hreflang-to-error", hreflang_to_error),
    ("hreflang-invalid-code", hreflang_invalid_code),
    ("hreflang-missing-self", hreflang_missing_self),
    ("hreflang-missing-x-default", hreflang_missing_x_default),
    ("html-lang-missing", html_lang_missing),
    ("html-lang-invalid", html_lang_invalid),
];

fn hreflang_missing_return(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let me = norm(p.url());
        for alt in &p.html.hreflang {
            // x-default names a chooser page, which need not list every language page back.
            if alt.lang == "x-default" || norm(&alt.href) == me {
                continue;
            }
            let Some(target) = site.judged_at(&alt.href) else {
                continue;
            };
            if !target.html.hreflang.iter().any(|b| norm(&b.href) == me) {
                out.add(
                    "hreflang-missing-return",
                    p.url(),
                    format!(
                        "hreflang {} points to {}, which has no hreflang link back",
                        alt.lang, alt.href
                    ),
                );
            }
        }
    }
}

fn hreflang_to_error(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        for alt in &p.html.hreflang {
            let Some(target) = site.get(&alt.href) else {
                continue;
            };
            let what = match outcome(target) {
                Outcome::ClientError(s) | Outcome::ServerError(s) => format!("answered {s}"),
                Outcome::Redirected => format!("redirects to {}", target.final_url),
                Outcome::Unreachable => "did not answer".to_string(),
                Outcome::Loop => "redirects in a loop".to_string(),
                _ => continue,
            };
            out.add(
                "hreflang-to-error",
                p.url(),
                format!("hreflang {} points to {} which {what}", alt.lang, alt.href),
            );
        }
    }
}

fn hreflang_invalid_code(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        for alt in p.html.hreflang.iter().filter(|a| !valid_hreflang(&a.lang)) {
            out.add(
                "hreflang-invalid-code",
                p.url(),
                format!("hreflang \"{}\" is not a valid language code", alt.lang),
            );
        }
    }
}

fn hreflang_missing_self(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| !p.html.hreflang.is_empty()) {
        let me = norm(p.url());
        if !p.html.hreflang.iter().any(|a| norm(&a.href) == me) {
            out.add(
                "hreflang-missing-self",
                p.url(),
                "the hreflang set does not list the page itself",
            );
        }
    }
}

fn hreflang_missing_x_default(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| !p.html.hreflang.is_empty()) {
        if !p.html.hreflang.iter().any(|a| a.lang == "x-default") {
            out.add(
                "hreflang-missing-x-default",
                p.url(),
                "hreflang set without x-default",
            );
        }
    }
}

fn html_lang_missing(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if p.html.lang.as_deref().is_none_or(|l| l.trim().is_empty()) {
            out.add("html-lang-missing", p.url(), "<html> has no lang attribute");
        }
    }
}

fn html_lang_invalid(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(l) = p.html.lang.as_deref().filter(|l| !l.trim().is_empty())
            && !valid_html_lang(l)
        {
            out.add(
                "html-lang-invalid",
                p.url(),
                format!("lang=\"{l}\" is not a valid language code"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crawler::{CrawlOutput, Hreflang};

    fn alt(lang: &str, path: &str) -> Hreflang {
        Hreflang {
            lang: lang.into(),
            href: format!("{ORIGIN}{path}"),
        }
    }

    /// /about (en) and /contact (fr) annotate each other, with x-default on /.
    fn paired() -> CrawlOutput {
        let mut c = clean_crawl();
        let set = vec![
            alt("en", "/about"),
            alt("fr", "/contact"),
            alt("x-default", "/"),
        ];
        facts(&mut c, 1).hreflang = set.clone();
        facts(&mut c, 1).lang = Some("fr".into());
        facts(&mut c, 2).hreflang = set;
        c
    }

    #[test]
    fn clean_pairs_pass() {
        let c = paired();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn one_way_annotation_lacks_a_return_link() {
        let mut c = paired();
        facts(&mut c, 1).hreflang = vec![alt("fr", "/contact"), alt("x-default", "/")];
        assert_eq!(paths(&c, hreflang_missing_return), vec!["/about"]);
    }

    #[test]
    fn broken_targets_invalid_codes_self_and_x_default() {
        let mut c = paired();
        c.pages.push(status_page(&format!("{ORIGIN}/de"), 404));
        facts(&mut c, 2).hreflang.push(alt("de", "/de"));
        facts(&mut c, 2).hreflang.push(alt("english", "/about"));
        assert_eq!(paths(&c, hreflang_to_error), vec!["/about"]);
        assert_eq!(paths(&c, hreflang_invalid_code), vec!["/about"]);
        facts(&mut c, 1).hreflang = vec![alt("en", "/about"), alt("x-default", "/")];
        assert_eq!(paths(&c, hreflang_missing_self), vec!["/contact"]);
        facts(&mut c, 2).hreflang.retain(|a| a.lang != "x-default");
        assert_eq!(paths(&c, hreflang_missing_x_default), vec!["/about"]);
    }

    #[test]
    fn html_lang() {
        let mut c = clean_crawl();
        facts(&mut c, 0).lang = None;
        facts(&mut c, 3).lang = Some("english".into());
        assert_eq!(paths(&c, html_lang_missing), vec!["/"]);
        assert_eq!(paths(&c, html_lang_invalid), vec!["/pricing"]);
    }
}
