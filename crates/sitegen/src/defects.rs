//! Planting known defects: one instance per check where a site can show it, and the exact
//! findings (check id, URL path) an audit must report.
//!
//! Each defect goes on its own blog post (a "victim", past the first listing page so that it
//! sits three clicks deep) or on a page of its own, so that defects never interact.

use crate::Expected;
use rand::Rng;

use crate::assets;
use crate::page::{A, Img};
use crate::plan::{BRAND, Built};
use crate::words::Lang;

struct Planter<'a> {
    b: &'a mut Built,
    victims: std::vec::IntoIter<usize>,
    expected: Vec<Expected>,
}

impl Planter<'_> {
    fn victim(&mut self) -> Option<usize> {
        self.victims.next()
    }

    fn path(&self, i: usize) -> String {
        self.b.pages[i].path.clone()
    }

    fn expect(&mut self, check: &'static str, url: impl Into<String>) {
        self.expected.push(Expected {
            check,
            url: url.into(),
        });
    }

    /// Adds a content link on page `i`.
    fn link(&mut self, i: usize, href: &str, text: &str) {
        self.b.pages[i].links.push(A::new(href, text));
    }

    /// A new clean page at `path`, linked from the customers page (one click from home,
    /// so the new page is two clicks deep); returns its index.
    fn linked_page(&mut self, path: &str, in_sitemap: bool) -> usize {
        let mut p = self.b.page(path, Lang::En, "WebPage");
        p.in_sitemap = in_sitemap;
        let title = p.headings[0].1.clone();
        let i = self.b.add(p);
        if let Some(hub) = self.b.pages.iter().position(|p| p.path == "/customers/") {
            self.link(hub, path, &title);
        }
        i
    }
}

/// Plants the defects and returns what the audit must find.
pub fn plant(b: &mut Built) -> Vec<Expected> {
    // Posts past the first listing page (and not featured on the home page).
    let victims: Vec<usize> = b.posts.iter().skip(12).copied().collect();
    let mut p = Planter {
        b,
        victims: victims.into_iter(),
        expected: Vec::new(),
    };
    links(&mut p);
    redirects(&mut p);
    titles(&mut p);
    descriptions(&mut p);
    headings(&mut p);
    images(&mut p);
    indexability(&mut p);
    sitemaps(&mut p);
    international(&mut p);
    markup(&mut p);
    performance(&mut p);
    architecture(&mut p);
    p.expected
}

fn links(p: &mut Planter) {
    if let Some(v) = p.victim() {
        p.link(v, "/old-offer/", "Our spring offer");
        p.expect("broken-link", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.link(v, "/status/", "Service status");
        p.b.extra.insert(
            "/status/".into(),
            assets::html_status(500, "Internal error"),
        );
        p.expect("internal-link-server-error", p.path(v));
        p.expect("server-error-page", "/status/");
    }
    if let Some(v) = p.victim() {
        p.link(v, "/reports/live/", "Live campaign report");
        let mut r = assets::html_status(200, "Live report");
        r.delay_ms = 30_000;
        p.b.extra.insert("/reports/live/".into(), r);
        p.expect("internal-link-unreachable", p.path(v));
    }
    if let Some(ext) = p.b.ext.clone() {
        if let Some(v) = p.victim() {
            p.link(
                v,
                &format!("{ext}/gone/case-study"),
                "The original case study",
            );
            p.expect("broken-external-link", p.path(v));
        }
        if let Some(v) = p.victim() {
            p.link(v, &format!("{ext}/hang/benchmark"), "Industry benchmark");
            p.expect("external-link-unreachable", p.path(v));
        }
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].links.push(A {
            href: "/pricing/".into(),
            text: "Plans and prices".into(),
            nofollow: true,
        });
        p.expect("nofollow-internal-link", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.link(v, "/pricing/", "Read more");
        p.expect("link-text-non-descriptive", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.link(v, "/about/", "");
        p.expect("link-text-empty", p.path(v));
    }
    if let Some(v) = p.victim() {
        let posts = p.b.posts.clone();
        for k in 0..260 {
            let target = posts[k % posts.len()];
            let (path, text) = (p.path(target), p.b.h1(target));
            p.link(v, &path, &text);
        }
        p.expect("too-many-links", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v]
            .body_extra
            .push_str("<script src=\"/assets/legacy.js\"></script>\n");
        p.expect("broken-resource", p.path(v));
    }
}

fn redirects(p: &mut Planter) {
    p.b.extra
        .insert("/old-pricing/".into(), assets::redirect(301, "/pricing/"));
    if let Some(v) = p.victim() {
        p.link(v, "/old-pricing/", "Our previous pricing");
        p.expect("internal-link-to-redirect", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.extra
            .insert("/promo/".into(), assets::redirect(301, "/promo-2/"));
        p.b.extra
            .insert("/promo-2/".into(), assets::redirect(301, "/pricing/"));
        p.link(v, "/promo/", "This season's promotion");
        p.expect("redirect-chain", "/promo/");
        p.expect("internal-link-to-redirect", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.extra
            .insert("/loop-a/".into(), assets::redirect(301, "/loop-b/"));
        p.b.extra
            .insert("/loop-b/".into(), assets::redirect(301, "/loop-a/"));
        p.link(v, "/loop-a/", "Partner programme");
        p.expect("redirect-loop", "/loop-a/");
    }
    if let Some(v) = p.victim() {
        p.b.extra
            .insert("/summer/".into(), assets::redirect(302, "/pricing/"));
        p.link(v, "/summer/", "Summer plans");
        p.expect("temporary-redirect", "/summer/");
        p.expect("internal-link-to-redirect", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.extra.insert(
            "/moved-guide/".into(),
            assets::redirect(301, "/deleted-guide/"),
        );
        p.link(v, "/moved-guide/", "The onboarding guide");
        p.expect("redirect-to-error", "/moved-guide/");
        p.expect("broken-link", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].meta_refresh = Some("30; url=/pricing/".into());
        p.expect("meta-refresh", p.path(v));
    }
}

fn titles(p: &mut Planter) {
    if let Some(v) = p.victim() {
        p.b.pages[v].titles.clear();
        p.expect("title-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].titles = vec![String::new()];
        p.expect("title-empty", p.path(v));
    }
    if let (Some(a), Some(b)) = (p.victim(), p.victim()) {
        p.b.pages[b].titles = p.b.pages[a].titles.clone();
        p.expect("title-duplicate", p.path(a));
        p.expect("title-duplicate", p.path(b));
    }
    if let Some(v) = p.victim() {
        let h1 = p.b.h1(v);
        p.b.pages[v].titles = vec![format!("{h1}: the complete guide for busy teams | {BRAND}")];
        if p.b.pages[v].titles[0].chars().count() > 60 {
            p.expect("title-too-long", p.path(v));
        }
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].titles = vec![format!("Tip {v} | {BRAND}")];
        p.expect("title-too-short", p.path(v));
    }
    if let Some(v) = p.victim() {
        let extra = format!("Second heading for the same page {v} | {BRAND}");
        p.b.pages[v].titles.push(extra);
        p.expect("title-multiple", p.path(v));
    }
    if let Some(v) = p.victim() {
        let h1 = p.b.w.unique_phrase(Lang::En, 32, 55);
        p.b.pages[v].headings[0].1 = h1.clone();
        p.b.pages[v].titles = vec![h1];
        p.expect("title-equals-h1", p.path(v));
    }
}

fn descriptions(p: &mut Planter) {
    if let Some(v) = p.victim() {
        p.b.pages[v].descriptions.clear();
        p.expect("description-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].descriptions = vec![String::new()];
        p.expect("description-empty", p.path(v));
    }
    if let (Some(a), Some(b)) = (p.victim(), p.victim()) {
        p.b.pages[b].descriptions = p.b.pages[a].descriptions.clone();
        p.expect("description-duplicate", p.path(a));
        p.expect("description-duplicate", p.path(b));
    }
    if let Some(v) = p.victim() {
        let long = format!(
            "{} {} {}",
            p.b.w.sentence(Lang::En),
            p.b.w.sentence(Lang::En),
            p.b.w.description(Lang::En)
        );
        let long: String = long.chars().take(200).collect();
        if long.chars().count() > 160 {
            p.b.pages[v].descriptions = vec![long];
            p.expect("description-too-long", p.path(v));
        }
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].descriptions = vec![format!("Short notes on topic {v}.")];
        p.expect("description-too-short", p.path(v));
    }
    if let Some(v) = p.victim() {
        let second = p.b.w.description(Lang::En);
        p.b.pages[v].descriptions.push(second);
        p.expect("description-multiple", p.path(v));
    }
}

fn headings(p: &mut Planter) {
    if let Some(v) = p.victim() {
        p.b.pages[v].headings[0].0 = 2;
        p.expect("h1-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        let extra = p.b.w.unique_phrase(Lang::En, 20, 40);
        p.b.pages[v].headings.insert(1, (1, extra));
        p.expect("h1-multiple", p.path(v));
    }
    if let Some(v) = p.victim() {
        let h1 = p.b.h1(v);
        p.b.pages[v].headings[0].1 =
            format!("{h1}, explained step by step for every member of your team");
        p.expect("h1-too-long", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].headings[2].0 = 4;
        p.expect("heading-order-skipped", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].headings.push((3, String::new()));
        p.expect("heading-empty", p.path(v));
    }
}

fn images(p: &mut Planter) {
    if let Some(v) = p.victim() {
        p.b.pages[v].images[0].alt = None;
        p.expect("image-alt-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].images[0].sized = false;
        p.expect("image-dimensions-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].images.push(Img {
            src: "/images/missing-chart.png".into(),
            // Never served: see `Built::missing`.
            alt: Some("Quarterly chart".into()),
            sized: true,
        });
        p.b.missing.insert("/images/missing-chart.png".into());
        p.expect("broken-image", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].images.push(Img {
            src: "/images/hero-large.png".into(),
            alt: Some("Team at work".into()),
            sized: true,
        });
        p.b.extra
            .insert("/images/hero-large.png".into(), assets::png(260 * 1024));
        p.expect("image-too-large", "/images/hero-large.png");
    }
}

fn indexability(p: &mut Planter) {
    let mut noindex_path = None;
    if let Some(v) = p.victim() {
        p.b.pages[v].meta_robots = Some("noindex, follow".into());
        p.b.pages[v].in_sitemap = false;
        noindex_path = Some(p.path(v));
        p.expect("noindex-page", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v]
            .headers
            .push(("x-robots-tag".into(), "noindex".into()));
        p.b.pages[v].in_sitemap = false;
        p.expect("x-robots-noindex", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].meta_robots = Some("index, nofollow".into());
        p.expect("nofollow-page", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].canonicals.clear();
        p.expect("canonical-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        let other = p.b.abs("/pricing/");
        p.b.pages[v].canonicals.push(other);
        p.expect("canonical-multiple", p.path(v));
    }
    let canonical_to = |p: &mut Planter, target: String, check: &'static str| {
        if let Some(v) = p.victim() {
            let abs = p.b.abs(&target);
            p.b.pages[v].canonicals = vec![abs];
            p.b.pages[v].in_sitemap = false;
            p.expect(check, p.path(v));
        }
    };
    canonical_to(p, "/retired-guide/".into(), "canonical-to-error");
    canonical_to(p, "/old-pricing/".into(), "canonical-to-redirect");
    canonical_to(p, "/admin/preview/".into(), "canonical-to-blocked");
    if let Some(target) = noindex_path {
        canonical_to(p, target, "canonical-to-noindex");
    }
}

fn sitemaps(p: &mut Planter) {
    p.b.sitemap_extra.push("/retired-product/".into());
    p.expect("sitemap-url-error", "/retired-product/");
    p.b.extra
        .insert("/old-about/".into(), assets::redirect(301, "/about/"));
    p.b.sitemap_extra.push("/old-about/".into());
    p.expect("sitemap-url-redirects", "/old-about/");
    let mut page = p.b.page("/whitepaper-2019/", Lang::En, "WebPage");
    page.meta_robots = Some("noindex".into());
    p.b.add(page);
    p.expect("sitemap-url-noindex", "/whitepaper-2019/");
    p.b.robots_extra.push("Disallow: /private-offer/".into());
    let page = p.b.page("/private-offer/", Lang::En, "WebPage");
    p.b.add(page);
    p.expect("sitemap-url-blocked", "/private-offer/");
    if let Some(v) = p.victim() {
        let abs = p.b.abs("/pricing/");
        p.b.pages[v].canonicals = vec![abs];
        p.expect("sitemap-url-non-canonical", p.path(v));
    }
    let page = p.b.page("/spring-campaign/", Lang::En, "WebPage");
    p.b.add(page);
    p.expect("orphan-page", "/spring-campaign/");
    let news = p.b.abs("/sitemap-news.xml");
    p.b.robots_extra.push(format!("Sitemap: {news}"));
    p.b.extra.insert(
        "/sitemap-news.xml".into(),
        assets::html_status(500, "Error"),
    );
    p.expect("sitemap-unreadable", "/sitemap-news.xml");
}

fn international(p: &mut Planter) {
    // /careers/ names a French version that does not name it back.
    {
        let en = p.linked_page("/careers/", true);
        let fr = p.b.page("/fr/carrieres/", Lang::Fr, "WebPage");
        let fr = p.b.add(fr);
        let (en_url, fr_url) = (p.b.abs("/careers/"), p.b.abs("/fr/carrieres/"));
        p.b.pages[en].hreflang = vec![
            ("en".into(), en_url.clone()),
            ("fr".into(), fr_url.clone()),
            ("x-default".into(), en_url),
        ];
        p.b.pages[fr].hreflang = vec![("fr".into(), fr_url.clone()), ("x-default".into(), fr_url)];
        p.link(en, "/fr/carrieres/", "Carrières en français");
        p.expect("hreflang-missing-return", "/careers/");
    }
    if let Some(v) = p.victim() {
        let me = p.b.abs(&p.path(v));
        let de = p.b.abs("/de/blog/marketing/");
        p.b.pages[v].hreflang = vec![
            ("en".into(), me.clone()),
            ("de".into(), de),
            ("x-default".into(), me),
        ];
        p.expect("hreflang-to-error", p.path(v));
    }
    if let Some(v) = p.victim() {
        let me = p.b.abs(&p.path(v));
        p.b.pages[v].hreflang = vec![
            ("en".into(), me.clone()),
            ("eng".into(), me.clone()),
            ("x-default".into(), me),
        ];
        p.expect("hreflang-invalid-code", p.path(v));
    }
    // /partners/ lists its French version but not itself.
    {
        let en = p.linked_page("/partners/", true);
        let fr = p.b.page("/fr/partenaires/", Lang::Fr, "WebPage");
        let fr = p.b.add(fr);
        let (en_url, fr_url) = (p.b.abs("/partners/"), p.b.abs("/fr/partenaires/"));
        p.b.pages[en].hreflang = vec![
            ("fr".into(), fr_url.clone()),
            ("x-default".into(), fr_url.clone()),
        ];
        p.b.pages[fr].hreflang = vec![
            ("fr".into(), fr_url.clone()),
            ("en".into(), en_url),
            ("x-default".into(), fr_url),
        ];
        p.link(en, "/fr/partenaires/", "Partenaires en français");
        p.expect("hreflang-missing-self", "/partners/");
    }
    if let Some(v) = p.victim() {
        let me = p.b.abs(&p.path(v));
        p.b.pages[v].hreflang = vec![("en".into(), me)];
        p.expect("hreflang-missing-x-default", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].html_lang = None;
        p.expect("html-lang-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].html_lang = Some("english".into());
        p.expect("html-lang-invalid", p.path(v));
    }
}

fn markup(p: &mut Planter) {
    if let Some(v) = p.victim() {
        p.b.pages[v].body_extra.push_str(
            "<form method=\"post\" action=\"/newsletter/\"><input name=\"email\"><button>Subscribe</button></form>\n",
        );
        p.expect("insecure-form", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].json_ld.clear();
        p.expect("structured-data-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v]
            .json_ld
            .push("{\"@context\": \"https://schema.org\", \"@type\": ".into());
        p.expect("json-ld-invalid", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v]
            .json_ld
            .push("{\"@context\": \"https://schema.org\", \"name\": \"Northwind\"}".into());
        p.expect("json-ld-missing-type", p.path(v));
    }
    for (prop, check) in [
        ("og:title", "og-title-missing"),
        ("og:description", "og-description-missing"),
        ("og:image", "og-image-missing"),
    ] {
        if let Some(v) = p.victim() {
            p.b.pages[v].og.retain(|(k, _)| k != prop);
            p.expect(check, p.path(v));
        }
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].twitter.clear();
        p.expect("twitter-card-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        let short = p.b.w.paragraph(Lang::En, 40);
        let page = &mut p.b.pages[v];
        page.paragraphs = vec![short];
        page.headings.truncate(1);
        p.expect("thin-content", p.path(v));
    }
    if let Some(v) = p.victim() {
        // Same visible text on both pages: same headings, paragraphs, images and links
        // (the victim links to the copy, and the copy to itself with the same words).
        p.link(v, "/blog/printable-edition/", "Printable edition");
        let copy = p.linked_page("/blog/printable-edition/", true);
        let src = p.b.pages[v].clone();
        let c = &mut p.b.pages[copy];
        c.headings = src.headings;
        c.paragraphs = src.paragraphs;
        c.links = src.links;
        c.images = src.images;
        c.body_extra = src.body_extra;
        p.expect("duplicate-content", p.path(v));
        p.expect("duplicate-content", "/blog/printable-edition/");
    }
    near_duplicate(p);
    if let Some(v) = p.victim() {
        p.b.pages[v].viewport = false;
        p.expect("viewport-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].charset = false;
        p.b.pages[v].content_type = "text/html".into();
        p.expect("charset-missing", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v]
            .body_extra
            .push_str("<center><font size=\"2\">Offer ends soon</font></center>\n");
        p.expect("obsolete-html", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].favicon = false;
        p.expect("favicon-missing", p.path(v));
    }
}

fn performance(p: &mut Planter) {
    if let Some(v) = p.victim() {
        p.b.pages[v].delay_ms = 1_500;
        p.expect("slow-response", p.path(v));
    }
    if let Some(v) = p.victim() {
        p.b.pages[v].delay_ms = 3_400;
        p.expect("very-slow-response", p.path(v));
    }
    if let Some(v) = p.victim() {
        let filler = "x".repeat(600 * 1024);
        p.b.pages[v]
            .body_extra
            .push_str(&format!("<!-- {filler} -->\n"));
        p.expect("page-too-large", p.path(v));
    }
    if let Some(v) = p.victim() {
        let data = "0".repeat(60 * 1024);
        p.b.pages[v].body_extra.push_str(&format!(
            "<script>window.catalogue = \"{data}\";</script>\n"
        ));
        p.expect("large-inline-code", p.path(v));
    }
}

fn architecture(p: &mut Planter) {
    if let Some(v) = p.victim() {
        // Linked from a post three clicks deep, and from nowhere else.
        let archive = p.b.page("/blog/archive/2019/", Lang::En, "CollectionPage");
        let title = archive.headings[0].1.clone();
        let deep = p.b.add(archive);
        p.link(v, "/blog/archive/2019/", &title);
        let deeper =
            p.b.page("/blog/archive/2019/retrospective/", Lang::En, "WebPage");
        let title = deeper.headings[0].1.clone();
        p.b.add(deeper);
        p.link(deep, "/blog/archive/2019/retrospective/", &title);
        p.expect("too-deep", "/blog/archive/2019/");
        p.expect("too-deep", "/blog/archive/2019/retrospective/");
    }
    {
        let landing = p.linked_page("/webinar/", true);
        let page = &mut p.b.pages[landing];
        page.nav = false;
        page.links.clear();
        p.expect("dead-end-page", "/webinar/");
    }
    for (path, check) in [
        ("/Blog/Case-Study/", "url-uppercase"),
        ("/blog/growth_tips/", "url-underscores"),
        ("/blog/spring%20launch/", "url-spaces"),
    ] {
        p.linked_page(path, true);
        p.expect(check, path);
    }
    if let Some(hub) = p.b.pages.iter().position(|p| p.path == "/customers/") {
        p.link(hub, "/products/?ref=blog", "All Northwind products");
        p.expect("url-query-parameters", "/products/?ref=blog");
    }
    let long = format!(
        "/resources/guides/{}/",
        "how-to-plan-measure-and-improve-a-seasonal-email-campaign-for-a-small-marketing-team-with-a-limited-budget"
    );
    p.linked_page(&long, true);
    p.expect("url-too-long", long);
}

/// The crawler's SimHash of the page at index `i`, as served.
fn fingerprint(b: &Built, i: usize) -> Option<u64> {
    let page = &b.pages[i];
    let url = url::Url::parse(&b.abs(&page.path)).ok()?;
    let site = crawler::Site::of(&url)?;
    let html = page.render(&b.chrome(page.lang));
    Some(crawler::parse_html(&url, &html, &site, false).simhash)
}

/// A page whose text differs from a victim's by one word: SimHash 1 to 3 bits apart, by the
/// crawler's own reading of both pages.
fn near_duplicate(p: &mut Planter) {
    let Some(v) = p.victim() else { return };
    let path = "/blog/summary-edition/";
    let copy = p.linked_page(path, true);
    let src = p.b.pages[v].clone();
    let Some(target) = fingerprint(p.b, v) else {
        return;
    };
    for _ in 0..500 {
        // Swap one word of the text for a word of another sentence.
        let mut paragraphs = src.paragraphs.clone();
        let which = p.b.w.rng.random_range(0..paragraphs.len());
        let mut words: Vec<String> = paragraphs[which]
            .split_whitespace()
            .map(String::from)
            .collect();
        let at = p.b.w.rng.random_range(0..words.len());
        let fresh = p.b.w.sentence(Lang::En);
        words[at] = fresh
            .split_whitespace()
            .nth(2)
            .unwrap_or("brand")
            .to_string();
        paragraphs[which] = words.join(" ");
        let c = &mut p.b.pages[copy];
        c.headings = src.headings.clone();
        c.paragraphs = paragraphs;
        c.links = src.links.clone();
        c.images = src.images.clone();
        if let Some(hash) = fingerprint(p.b, copy)
            && (1..=3).contains(&(hash ^ target).count_ones())
        {
            p.expect("near-duplicate-content", p.path(v));
            p.expect("near-duplicate-content", path);
            return;
        }
    }
    // No close enough variant: the copy becomes a distinct clean page.
    let fresh = p.b.page(path, Lang::En, "WebPage");
    p.b.pages[copy] = fresh;
}
