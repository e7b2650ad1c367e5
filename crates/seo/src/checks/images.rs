//! Images: alt text, weight, dimensions, and whether they load.

use std::collections::HashSet;

use crawler::ResourceKind;

use super::Check;
use crate::findings::Findings;
use crate::site::{Outcome, Site, outcome};
use crate::urls::norm;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("image-alt-missing", image_alt_missing),
    ("image-too-large", image_too_large),
    ("broken-image", broken_image),
    ("image-dimensions-missing", image_dimensions_missing),
];

pub(crate) const IMAGE_MAX_BYTES: u64 = 200 * 1024;

fn examples(srcs: &[&str]) -> String {
    let shown: Vec<&str> = srcs.iter().take(3).copied().collect();
    shown.join(", ")
}

fn image_alt_missing(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let srcs: Vec<&str> = p
            .html
            .images
            .iter()
            .filter(|i| i.alt.is_none())
            .map(|i| i.src.as_str())
            .collect();
        if !srcs.is_empty() {
            out.add(
                "image-alt-missing",
                p.url(),
                format!("{} image(s) without alt: {}", srcs.len(), examples(&srcs)),
            );
        }
    }
}

fn image_too_large(site: &Site, out: &mut Findings) {
    for r in &site.crawl.pages {
        if r.kind == ResourceKind::Image && r.status == Some(200) && r.bytes > IMAGE_MAX_BYTES {
            let shown_on = r
                .found_on
                .as_deref()
                .map(|f| format!(", shown on {f}"))
                .unwrap_or_default();
            out.add(
                "image-too-large",
                &r.url,
                format!("{} KB{shown_on}", r.bytes.div_ceil(1024)),
            );
        }
    }
}

fn broken_image(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let mut seen = HashSet::new();
        for img in &p.html.images {
            if !seen.insert(norm(&img.src)) {
                continue;
            }
            let Some(target) = site.get(&img.src) else {
                continue;
            };
            let what = match outcome(target) {
                Outcome::ClientError(s) | Outcome::ServerError(s) => format!("answered {s}"),
                Outcome::Unreachable => "did not answer".to_string(),
                _ => continue,
            };
            out.add(
                "broken-image",
                p.url(),
                format!("shows {} which {what}", img.src),
            );
        }
    }
}

fn image_dimensions_missing(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let srcs: Vec<&str> = p
            .html
            .images
            .iter()
            .filter(|i| i.width.is_none() || i.height.is_none())
            .map(|i| i.src.as_str())
            .collect();
        if !srcs.is_empty() {
            out.add(
                "image-dimensions-missing",
                p.url(),
                format!(
                    "{} image(s) without width and height: {}",
                    srcs.len(),
                    examples(&srcs)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crawler::Image;

    fn img(src: &str, alt: Option<&str>, sized: bool) -> Image {
        Image {
            src: src.into(),
            alt: alt.map(String::from),
            width: sized.then(|| "640".into()),
            height: sized.then(|| "480".into()),
        }
    }

    #[test]
    fn clean_images_pass() {
        let mut c = clean_crawl();
        let src = format!("{ORIGIN}/a.png");
        facts(&mut c, 1).images.push(img(&src, Some(""), true));
        c.pages.push(image(&src, IMAGE_MAX_BYTES));
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn alt_missing_but_empty_alt_is_decorative() {
        let mut c = clean_crawl();
        facts(&mut c, 1)
            .images
            .push(img("http://s.test/a.png", None, true));
        facts(&mut c, 2)
            .images
            .push(img("http://s.test/b.png", Some(""), true));
        assert_eq!(paths(&c, image_alt_missing), vec!["/contact"]);
    }

    #[test]
    fn large_broken_and_unsized_images() {
        let mut c = clean_crawl();
        let big = format!("{ORIGIN}/big.jpg");
        let gone = format!("{ORIGIN}/gone.png");
        c.pages.push(image(&big, IMAGE_MAX_BYTES + 1));
        let mut missing = status_page(&gone, 404);
        missing.kind = ResourceKind::Image;
        c.pages.push(missing);
        facts(&mut c, 2).images.push(img(&gone, Some("Team"), true));
        facts(&mut c, 3)
            .images
            .push(img(&big, Some("Chart"), false));
        let found = run(&c, image_too_large);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "/big.jpg");
        assert!(found[0].1.starts_with("201 KB"), "{}", found[0].1);
        assert_eq!(paths(&c, broken_image), vec!["/about"]);
        assert_eq!(paths(&c, image_dimensions_missing), vec!["/pricing"]);
    }
}
