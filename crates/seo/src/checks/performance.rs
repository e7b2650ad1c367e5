//! Response time and page weight.

use super::Check;
use crate::findings::Findings;
use crate::site::Site;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("slow-response", slow_response),
    ("very-slow-response", very_slow_response),
    ("page-too-large", page_too_large),
    ("large-inline-code", large_inline_code),
];

pub(crate) const SLOW_MS: u32 = 1_000;
pub(crate) const VERY_SLOW_MS: u32 = 3_000;
pub(crate) const PAGE_MAX_BYTES: u64 = 512 * 1024;
pub(crate) const INLINE_MAX_BYTES: u64 = 50 * 1024;

fn slow_response(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let ms = p.record.response_ms;
        if ms > SLOW_MS && ms <= VERY_SLOW_MS {
            out.add("slow-response", p.url(), format!("answered in {ms} ms"));
        }
    }
}

fn very_slow_response(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let ms = p.record.response_ms;
        if ms > VERY_SLOW_MS {
            out.add(
                "very-slow-response",
                p.url(),
                format!("answered in {ms} ms"),
            );
        }
    }
}

fn page_too_large(site: &Site, out: &mut Findings) {
    for p in site
        .judged
        .iter()
        .filter(|p| p.record.bytes > PAGE_MAX_BYTES)
    {
        out.add(
            "page-too-large",
            p.url(),
            format!("{} KB of HTML", p.record.bytes.div_ceil(1024)),
        );
    }
}

fn large_inline_code(site: &Site, out: &mut Findings) {
    for p in site
        .judged
        .iter()
        .filter(|p| p.html.inline_bytes > INLINE_MAX_BYTES)
    {
        out.add(
            "large-inline-code",
            p.url(),
            format!(
                "{} KB of inline scripts and styles",
                p.html.inline_bytes.div_ceil(1024)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn clean_site_is_fast_and_light() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn slow_and_very_slow_are_exclusive() {
        let mut c = clean_crawl();
        c.pages[1].response_ms = SLOW_MS + 1;
        c.pages[2].response_ms = VERY_SLOW_MS;
        c.pages[3].response_ms = VERY_SLOW_MS + 1;
        assert_eq!(paths(&c, slow_response), vec!["/contact", "/about"]);
        assert_eq!(paths(&c, very_slow_response), vec!["/pricing"]);
    }

    #[test]
    fn heavy_pages_and_inline_code() {
        let mut c = clean_crawl();
        c.pages[1].bytes = PAGE_MAX_BYTES + 1;
        facts(&mut c, 2).inline_bytes = INLINE_MAX_BYTES + 1;
        assert_eq!(paths(&c, page_too_large), vec!["/contact"]);
        assert_eq!(paths(&c, large_inline_code), vec!["/about"]);
    }
}
