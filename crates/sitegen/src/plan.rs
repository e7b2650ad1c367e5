//! The clean site: which pages exist, what they say and how they link together.
//!
//! Depth stays within three clicks: home -> blog -> category or listing page -> post, and
//! home -> products -> product. Every page has a unique title, description and text.

use std::collections::HashMap;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::assets;
use crate::page::{A, Chrome, Img, Page};
use crate::words::{Lang, Writer, slug};
use crate::{Expected, Response, Site, SiteSpec};

pub const BRAND: &str = "Northwind";
const CATEGORIES: &[&str] = &["Strategy", "Email", "Social", "Analytics", "Content"];
const PER_LISTING: usize = 10;

/// The site under construction.
pub struct Built {
    pub base: String,
    pub ext: Option<String>,
    pub w: Writer,
    pub pages: Vec<Page>,
    /// Indices in `pages` of blog posts, newest first.
    pub posts: Vec<usize>,
    /// Answers other than the HTML pages: redirects, errors, assets.
    pub extra: HashMap<String, Response>,
    pub robots_extra: Vec<String>,
    /// Paths listed in the sitemap without being pages of `pages`.
    pub sitemap_extra: Vec<String>,
    /// Image paths pages show but the server does not have.
    pub missing: std::collections::HashSet<String>,
}

impl Built {
    pub fn abs(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A clean page at `path`, with a fresh H1, title, description and text.
    pub fn page(&mut self, path: &str, lang: Lang, kind: &str) -> Page {
        let h1 = self.w.unique_phrase(lang, 22, 44);
        let title = format!("{h1} | {BRAND}");
        self.w.reserve(&title);
        let description = self.w.description(lang);
        let mut headings = vec![(1, h1.clone())];
        let mut paragraphs = Vec::new();
        for _ in 0..3 {
            headings.push((2, self.w.unique_phrase(lang, 15, 50)));
        }
        for _ in 0..4 {
            paragraphs.push(self.w.paragraph(lang, 70));
        }
        let url = self.abs(path);
        let image = format!("{}/images/og.png", self.base);
        let json_ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": kind,
            "name": h1,
            "url": url,
        })
        .to_string();
        Page {
            path: path.to_string(),
            lang,
            html_lang: Some(if lang == Lang::En { "en" } else { "fr" }.into()),
            titles: vec![title.clone()],
            descriptions: vec![description.clone()],
            headings,
            paragraphs,
            links: Vec::new(),
            nav: true,
            canonicals: vec![url],
            hreflang: Vec::new(),
            images: vec![Img {
                src: format!("/images/{}.png", slug(&h1)),
                alt: Some(h1),
                sized: true,
            }],
            json_ld: vec![json_ld],
            og: vec![
                ("og:title".into(), title),
                ("og:description".into(), description),
                ("og:image".into(), image),
            ],
            twitter: vec![("twitter:card".into(), "summary_large_image".into())],
            viewport: true,
            charset: true,
            favicon: true,
            meta_robots: None,
            meta_refresh: None,
            head_extra: String::new(),
            body_extra: String::new(),
            headers: Vec::new(),
            content_type: "text/html; charset=utf-8".into(),
            delay_ms: 0,
            in_sitemap: true,
        }
    }

    pub fn add(&mut self, page: Page) -> usize {
        self.pages.push(page);
        self.pages.len() - 1
    }

    pub fn h1(&self, i: usize) -> String {
        self.pages[i]
            .headings
            .first()
            .map(|h| h.1.clone())
            .unwrap_or_default()
    }

    /// The navigation and footer of pages in `lang`.
    pub fn chrome(&self, lang: Lang) -> Chrome {
        match lang {
            Lang::En => {
                let mut footer = vec![
                    A::new("/fr/", "Version française"),
                    A::new("/about/", "About Northwind"),
                ];
                if let Some(ext) = &self.ext {
                    footer.push(A::new(format!("{ext}/northwind"), "Northwind on Social"));
                }
                Chrome {
                    nav: vec![
                        A::new("/products/", "Products"),
                        A::new("/pricing/", "Pricing"),
                        A::new("/blog/", "Blog"),
                        A::new("/customers/", "Customers"),
                        A::new("/about/", "About"),
                    ],
                    footer,
                }
            }
            Lang::Fr => Chrome {
                nav: vec![
                    A::new("/fr/", "Accueil"),
                    A::new("/fr/a-propos/", "A propos"),
                    A::new("/fr/tarifs/", "Tarifs"),
                ],
                footer: vec![A::new("/", "English version")],
            },
        }
    }

    /// Renders everything into the answers of a [`Site`].
    pub fn finish(self, mut expected: Vec<Expected>) -> Site {
        let base = self.base.clone();
        let (en, fr) = (self.chrome(Lang::En), self.chrome(Lang::Fr));
        let mut responses = self.extra;
        let mut pages = Vec::new();
        let mut listed = self.sitemap_extra.clone();
        for p in &self.pages {
            let chrome = if p.lang == Lang::En { &en } else { &fr };
            let html = p.render(chrome);
            for img in p.images.iter().filter(|i| !self.missing.contains(&i.src)) {
                responses
                    .entry(img.src.clone())
                    .or_insert_with(|| assets::png(img.src.len() * 97 + 2_000));
            }
            let mut headers = p.headers.clone();
            headers.push(("cache-control".into(), "max-age=60".into()));
            responses.insert(
                p.path.clone(),
                Response {
                    status: 200,
                    content_type: p.content_type.clone(),
                    headers,
                    body: html.into(),
                    delay_ms: p.delay_ms,
                },
            );
            pages.push(p.path.clone());
            if p.in_sitemap {
                listed.push(p.path.clone());
            }
        }
        assets::statics(&mut responses);
        assets::sitemaps(&mut responses, &base, &listed, &self.robots_extra);
        expected.sort();
        expected.dedup();
        Site {
            base_url: base,
            responses,
            pages,
            expected,
        }
    }
}

/// Builds the clean site for `spec`.
pub fn clean(spec: &SiteSpec) -> Built {
    let mut b = Built {
        base: spec.base_url.trim_end_matches('/').to_string(),
        ext: spec
            .external_base
            .as_ref()
            .map(|e| e.trim_end_matches('/').to_string()),
        w: Writer::new(ChaCha8Rng::seed_from_u64(spec.seed)),
        pages: Vec::new(),
        posts: Vec::new(),
        extra: HashMap::new(),
        robots_extra: Vec::new(),
        sitemap_extra: Vec::new(),
        missing: Default::default(),
    };
    let total = spec.pages.max(40);
    let fixed = 9 + CATEGORIES.len();
    let rest = total - fixed;
    let products = (rest / 5).max(3);
    let post_count = ((rest - products) * PER_LISTING / (PER_LISTING + 1)).max(6);

    let home = b.page("/", Lang::En, "WebSite");
    let home = b.add(home);
    let pairs = [
        ("/", "/fr/"),
        ("/about/", "/fr/a-propos/"),
        ("/pricing/", "/fr/tarifs/"),
    ];
    let about = b.page("/about/", Lang::En, "AboutPage");
    b.add(about);
    let pricing = b.page("/pricing/", Lang::En, "WebPage");
    b.add(pricing);
    let customers = b.page("/customers/", Lang::En, "WebPage");
    b.add(customers);
    for (_, fr) in pairs {
        let p = b.page(fr, Lang::Fr, "WebPage");
        b.add(p);
    }
    for (en, fr) in pairs {
        let set = vec![
            ("en".to_string(), b.abs(en)),
            ("fr".to_string(), b.abs(fr)),
            ("x-default".to_string(), b.abs(en)),
        ];
        for p in b.pages.iter_mut().filter(|p| p.path == en || p.path == fr) {
            p.hreflang = set.clone();
        }
    }

    // Products.
    let index = b.page("/products/", Lang::En, "CollectionPage");
    let products_index = b.add(index);
    let mut product_ids = Vec::new();
    for _ in 0..products {
        let name = b.w.unique_phrase(Lang::En, 12, 30);
        let path = format!("/products/{}/", slug(&name));
        let mut p = b.page(&path, Lang::En, "Product");
        p.links
            .push(A::new("/pricing/", format!("Pricing of {name}")));
        product_ids.push(b.add(p));
    }
    for (k, &i) in product_ids.iter().enumerate() {
        let next = product_ids[(k + 1) % product_ids.len()];
        let link = A::new(b.pages[next].path.clone(), b.h1(next));
        b.pages[i].links.push(link);
        let link = A::new(b.pages[i].path.clone(), b.h1(i));
        b.pages[products_index].links.push(link);
    }

    // Blog: index, listing pages, categories, posts.
    let blog = b.page("/blog/", Lang::En, "Blog");
    let blog = b.add(blog);
    let mut categories = Vec::new();
    for c in CATEGORIES {
        let path = format!("/blog/category/{}/", slug(c));
        let mut p = b.page(&path, Lang::En, "CollectionPage");
        p.headings[0].1 = format!("{c} articles for marketing teams");
        p.titles = vec![format!("{c} articles for marketing teams | {BRAND}")];
        p.og[0].1 = p.titles[0].clone();
        categories.push(b.add(p));
        let link = A::new(path, format!("{c} articles"));
        b.pages[blog].links.push(link);
    }
    for k in 0..post_count {
        let h1 = b.w.unique_phrase(Lang::En, 22, 44);
        let path = format!("/blog/{}/", slug(&h1));
        let mut p = b.page(&path, Lang::En, "BlogPosting");
        p.headings[0].1 = h1.clone();
        p.titles = vec![format!("{h1} | {BRAND}")];
        p.og[0].1 = p.titles[0].clone();
        p.images[0].src = format!("/images/blog/cover-{}.png", k % 8);
        p.images[0].alt = Some(h1);
        let cat = categories[k % categories.len()];
        p.links.push(A::new(
            b.pages[cat].path.clone(),
            format!("More {} articles", CATEGORIES[k % CATEGORIES.len()]),
        ));
        let i = b.add(p);
        b.posts.push(i);
        let link = A::new(path, b.h1(i));
        b.pages[cat].links.push(link);
    }
    let posts = b.posts.clone();
    for (k, &i) in posts.iter().enumerate() {
        let neighbour = posts[(k + 1) % posts.len()];
        let link = A::new(b.pages[neighbour].path.clone(), b.h1(neighbour));
        b.pages[i].links.push(link);
    }
    let listings = posts.len().div_ceil(PER_LISTING);
    for l in 0..listings {
        let chunk = &posts[l * PER_LISTING..((l + 1) * PER_LISTING).min(posts.len())];
        let target = if l == 0 {
            blog
        } else {
            let path = format!("/blog/page/{}/", l + 1);
            let p = b.page(&path, Lang::En, "CollectionPage");
            let i = b.add(p);
            let link = A::new(path, format!("Blog archive, page {}", l + 1));
            b.pages[blog].links.push(link);
            i
        };
        for &post in chunk {
            let link = A::new(b.pages[post].path.clone(), b.h1(post));
            b.pages[target].links.push(link);
        }
    }

    // Home: featured products and latest posts.
    for &i in product_ids.iter().take(3).chain(posts.iter().take(3)) {
        let link = A::new(b.pages[i].path.clone(), b.h1(i));
        b.pages[home].links.push(link);
    }
    b.extra.insert(
        "/admin/".into(),
        assets::html_status(401, "Sign in required"),
    );
    b
}
