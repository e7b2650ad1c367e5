//! Technologies a site runs on, read from response headers, asset URLs, the generator meta tag and the markup.

use std::sync::LazyLock;

use regex::Regex;
use scraper::Html;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::dom::sel;

/// What a technology does for the site.
#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TechCategory {
    Cms,
    Ecommerce,
    WebFramework,
    JavascriptLibrary,
    CssFramework,
    Analytics,
    TagManager,
    Advertising,
    Marketing,
    LiveChat,
    Payments,
    Cdn,
    Hosting,
    WebServer,
    Fonts,
}

/// One technology found on a page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ToSchema)]
pub struct Technology {
    pub name: String,
    pub category: TechCategory,
}

/// Where a signature looks.
enum Probe {
    /// A response header by lowercase name whose value matches.
    Header(&'static str, &'static str),
    /// The `src` of a script or the `href` of a stylesheet or preload link.
    Asset(&'static str),
    /// `<meta name="generator" content=...>`.
    Generator(&'static str),
    /// The raw markup, for inline snippets and framework attributes.
    Markup(&'static str),
}

struct Signature {
    name: &'static str,
    category: TechCategory,
    probes: &'static [Probe],
    /// Technologies that this one always brings (Next.js runs React).
    implies: &'static [&'static str],
}

use Probe::{Asset, Generator, Header, Markup};
use TechCategory as C;

/// The signature table. Patterns are case-insensitive regular expressions.
static SIGNATURES: &[Signature] = &[
    Signature {
        name: "WordPress",
        category: C::Cms,
        probes: &[
            Generator("wordpress"),
            Asset(r"/wp-(?:content|includes)/"),
            Header("link", r"wp-json"),
            Markup(r"/wp-content/"),
        ],
        implies: &["PHP"],
    },
    Signature {
        name: "WooCommerce",
        category: C::Ecommerce,
        probes: &[Asset(r"/plugins/woocommerce/"), Markup(r"woocommerce-")],
        implies: &["WordPress"],
    },
    Signature {
        name: "Shopify",
        category: C::Ecommerce,
        probes: &[
            Header("x-shopid", r"."),
            Header("x-shopify-stage", r"."),
            Asset(r"cdn\.shopify\.com"),
            Markup(r"Shopify\.theme"),
        ],
        implies: &[],
    },
    Signature {
        name: "Webflow",
        category: C::Cms,
        probes: &[
            Generator("webflow"),
            Markup(r#"data-wf-(?:page|site)="#),
            Asset(r"webflow\.[\w.-]*\.js|assets\.website-files\.com"),
        ],
        implies: &[],
    },
    Signature {
        name: "Wix",
        category: C::Cms,
        probes: &[
            Generator(r"wix\.com"),
            Header("x-wix-request-id", r"."),
            Asset(r"static\.parastorage\.com|static\.wixstatic\.com"),
        ],
        implies: &[],
    },
    Signature {
        name: "Squarespace",
        category: C::Cms,
        probes: &[
            Generator("squarespace"),
            Header("server", "squarespace"),
            Asset(r"static1?\.squarespace\.com|assets\.squarespace\.com"),
        ],
        implies: &[],
    },
    Signature {
        name: "Drupal",
        category: C::Cms,
        probes: &[
            Generator("drupal"),
            Header("x-generator", "drupal"),
            Header("x-drupal-cache", r"."),
            Markup(r"/sites/default/files/"),
        ],
        implies: &["PHP"],
    },
    Signature {
        name: "Joomla",
        category: C::Cms,
        probes: &[Generator("joomla")],
        implies: &["PHP"],
    },
    Signature {
        name: "Ghost",
        category: C::Cms,
        probes: &[
            Generator(r"\bghost\b"),
            Header("x-ghost-cache-status", r"."),
        ],
        implies: &[],
    },
    Signature {
        name: "HubSpot CMS",
        category: C::Cms,
        probes: &[Generator("hubspot"), Header("x-hs-cache-config", r".")],
        implies: &[],
    },
    Signature {
        name: "Next.js",
        category: C::WebFramework,
        probes: &[
            Markup(r"__NEXT_DATA__"),
            Asset(r"/_next/static/"),
            Header("x-powered-by", r"next\.js"),
            Header("x-nextjs-cache", r"."),
        ],
        implies: &["React"],
    },
    Signature {
        name: "Nuxt",
        category: C::WebFramework,
        probes: &[Markup(r"__NUXT__|window\.__NUXT"), Asset(r"/_nuxt/")],
        implies: &["Vue"],
    },
    Signature {
        name: "Gatsby",
        category: C::WebFramework,
        probes: &[Generator("gatsby"), Markup(r#"id="___gatsby""#)],
        implies: &["React"],
    },
    Signature {
        name: "Astro",
        category: C::WebFramework,
        probes: &[Generator("astro"), Markup(r"<astro-island")],
        implies: &[],
    },
    Signature {
        name: "SvelteKit",
        category: C::WebFramework,
        probes: &[Markup(r"__sveltekit"), Asset(r"/_app/immutable/")],
        implies: &["Svelte"],
    },
    Signature {
        name: "Svelte",
        category: C::JavascriptLibrary,
        probes: &[Markup(r#"class="[^"]*\bsvelte-[a-z0-9]{5,}"#)],
        implies: &[],
    },
    Signature {
        name: "React",
        category: C::JavascriptLibrary,
        probes: &[
            Markup(r"data-reactroot|data-reactid"),
            Asset(r"react(?:-dom)?(?:\.production)?(?:\.min)?\.js"),
        ],
        implies: &[],
    },
    Signature {
        name: "Vue",
        category: C::JavascriptLibrary,
        probes: &[
            Asset(r"\bvue(?:\.global|\.runtime)?(?:\.prod)?(?:\.min)?\.js"),
            Markup(r"data-v-[0-9a-f]{8}\b|data-server-rendered"),
        ],
        implies: &[],
    },
    Signature {
        name: "Angular",
        category: C::WebFramework,
        probes: &[
            Markup(r#"ng-version="|\bng-app\b"#),
            Asset(r"angular(?:\.min)?\.js"),
        ],
        implies: &[],
    },
    Signature {
        name: "jQuery",
        category: C::JavascriptLibrary,
        probes: &[Asset(r"jquery(?:[.-]\d[\d.]*)?(?:\.slim)?(?:\.min)?\.js")],
        implies: &[],
    },
    Signature {
        name: "Bootstrap",
        category: C::CssFramework,
        probes: &[Asset(r"bootstrap(?:\.bundle)?(?:\.min)?\.(?:js|css)")],
        implies: &[],
    },
    Signature {
        name: "Tailwind CSS",
        category: C::CssFramework,
        probes: &[
            Asset(r"tailwind"),
            Markup(
                r"tailwindcss|class=\x22[^\x22]*\b(?:sm|md|lg|xl):[a-z]+-[a-z0-9-]+[^\x22]*\b(?:sm|md|lg|xl):[a-z]+-",
            ),
        ],
        implies: &[],
    },
    Signature {
        name: "Font Awesome",
        category: C::Fonts,
        probes: &[Asset(r"font-?awesome|kit\.fontawesome\.com")],
        implies: &[],
    },
    Signature {
        name: "Google Fonts",
        category: C::Fonts,
        probes: &[Asset(r"fonts\.googleapis\.com")],
        implies: &[],
    },
    Signature {
        name: "Google Analytics",
        category: C::Analytics,
        probes: &[
            Asset(
                r"google-analytics\.com/(?:analytics|ga)\.js|googletagmanager\.com/gtag/js\?id=(?:G|UA)-",
            ),
            Markup(
                r#"gtag\(\s*['"]config['"]\s*,\s*['"](?:G|UA)-|google-analytics\.com/analytics\.js"#,
            ),
        ],
        implies: &[],
    },
    Signature {
        name: "Google Tag Manager",
        category: C::TagManager,
        probes: &[
            Asset(r"googletagmanager\.com/gtm\.js"),
            Markup(r"googletagmanager\.com/gtm\.js|googletagmanager\.com/ns\.html"),
        ],
        implies: &[],
    },
    Signature {
        name: "Google Ads",
        category: C::Advertising,
        probes: &[
            Asset(r"googleadservices\.com|googletagmanager\.com/gtag/js\?id=AW-"),
            Markup(r#"gtag\(\s*['"]config['"]\s*,\s*['"]AW-"#),
        ],
        implies: &[],
    },
    Signature {
        name: "Meta Pixel",
        category: C::Advertising,
        probes: &[
            Asset(r"connect\.facebook\.net/[^\x22']*/fbevents\.js"),
            Markup(r"connect\.facebook\.net/[^\x22']*/fbevents\.js|fbq\(\s*['\x22]init"),
        ],
        implies: &[],
    },
    Signature {
        name: "LinkedIn Insight Tag",
        category: C::Advertising,
        probes: &[Asset(r"snap\.licdn\.com"), Markup(r"_linkedin_partner_id")],
        implies: &[],
    },
    Signature {
        name: "TikTok Pixel",
        category: C::Advertising,
        probes: &[
            Asset(r"analytics\.tiktok\.com"),
            Markup(r"analytics\.tiktok\.com"),
        ],
        implies: &[],
    },
    Signature {
        name: "Hotjar",
        category: C::Analytics,
        probes: &[
            Asset(r"static\.hotjar\.com"),
            Markup(r"static\.hotjar\.com|_hjSettings"),
        ],
        implies: &[],
    },
    Signature {
        name: "Microsoft Clarity",
        category: C::Analytics,
        probes: &[Asset(r"clarity\.ms/tag"), Markup(r"clarity\.ms/tag")],
        implies: &[],
    },
    Signature {
        name: "Plausible",
        category: C::Analytics,
        probes: &[Asset(r"plausible\.io/js")],
        implies: &[],
    },
    Signature {
        name: "Matomo",
        category: C::Analytics,
        probes: &[Asset(r"matomo\.js|piwik\.js"), Markup(r"_paq\.push")],
        implies: &[],
    },
    Signature {
        name: "Segment",
        category: C::Analytics,
        probes: &[
            Asset(r"cdn\.segment\.com"),
            Markup(r"cdn\.segment\.com/analytics\.js"),
        ],
        implies: &[],
    },
    Signature {
        name: "Mixpanel",
        category: C::Analytics,
        probes: &[
            Asset(r"cdn\.mxpnl\.com|mixpanel"),
            Markup(r"mixpanel\.init\("),
        ],
        implies: &[],
    },
    Signature {
        name: "HubSpot",
        category: C::Marketing,
        probes: &[
            Asset(r"js\.hs-scripts\.com|js\.hsforms\.net|js\.hs-analytics\.net|js\.hubspot\.com"),
            Markup(r"js\.hs-scripts\.com|hbspt\.forms"),
        ],
        implies: &[],
    },
    Signature {
        name: "Mailchimp",
        category: C::Marketing,
        probes: &[
            Asset(r"chimpstatic\.com|list-manage\.com"),
            Markup(r"list-manage\.com/subscribe"),
        ],
        implies: &[],
    },
    Signature {
        name: "Intercom",
        category: C::LiveChat,
        probes: &[
            Asset(r"widget\.intercom\.io|js\.intercomcdn\.com"),
            Markup(r"widget\.intercom\.io|window\.intercomSettings"),
        ],
        implies: &[],
    },
    Signature {
        name: "Drift",
        category: C::LiveChat,
        probes: &[
            Asset(r"js\.driftt\.com"),
            Markup(r"js\.driftt\.com|drift\.load\("),
        ],
        implies: &[],
    },
    Signature {
        name: "Crisp",
        category: C::LiveChat,
        probes: &[Asset(r"client\.crisp\.chat"), Markup(r"CRISP_WEBSITE_ID")],
        implies: &[],
    },
    Signature {
        name: "Zendesk",
        category: C::LiveChat,
        probes: &[Asset(r"static\.zdassets\.com")],
        implies: &[],
    },
    Signature {
        name: "Stripe",
        category: C::Payments,
        probes: &[Asset(r"js\.stripe\.com"), Markup(r"js\.stripe\.com")],
        implies: &[],
    },
    Signature {
        name: "Paddle",
        category: C::Payments,
        probes: &[Asset(r"cdn\.paddle\.com")],
        implies: &[],
    },
    Signature {
        name: "Chargebee",
        category: C::Payments,
        probes: &[Asset(r"js\.chargebee\.com")],
        implies: &[],
    },
    Signature {
        name: "Calendly",
        category: C::Marketing,
        probes: &[
            Asset(r"assets\.calendly\.com"),
            Markup(r"calendly-inline-widget"),
        ],
        implies: &[],
    },
    Signature {
        name: "Cloudflare",
        category: C::Cdn,
        probes: &[
            Header("cf-ray", r"."),
            Header("server", r"^cloudflare"),
            Asset(r"cdnjs\.cloudflare\.com|/cdn-cgi/"),
        ],
        implies: &[],
    },
    Signature {
        name: "Amazon CloudFront",
        category: C::Cdn,
        probes: &[Header("x-amz-cf-id", r"."), Header("via", r"cloudfront")],
        implies: &[],
    },
    Signature {
        name: "Fastly",
        category: C::Cdn,
        probes: &[
            Header("x-fastly-request-id", r"."),
            Header("x-served-by", r"^cache-"),
        ],
        implies: &[],
    },
    Signature {
        name: "Vercel",
        category: C::Hosting,
        probes: &[Header("x-vercel-id", r"."), Header("server", r"^vercel")],
        implies: &[],
    },
    Signature {
        name: "Netlify",
        category: C::Hosting,
        probes: &[
            Header("x-nf-request-id", r"."),
            Header("server", r"^netlify"),
        ],
        implies: &[],
    },
    Signature {
        name: "GitHub Pages",
        category: C::Hosting,
        probes: &[Header("server", r"^github\.com")],
        implies: &[],
    },
    Signature {
        name: "nginx",
        category: C::WebServer,
        probes: &[Header("server", r"^nginx")],
        implies: &[],
    },
    Signature {
        name: "Apache",
        category: C::WebServer,
        probes: &[Header("server", r"^apache")],
        implies: &[],
    },
    Signature {
        name: "Microsoft IIS",
        category: C::WebServer,
        probes: &[Header("server", r"^microsoft-iis")],
        implies: &[],
    },
    Signature {
        name: "LiteSpeed",
        category: C::WebServer,
        probes: &[Header("server", r"^litespeed")],
        implies: &[],
    },
    Signature {
        name: "PHP",
        category: C::WebFramework,
        probes: &[
            Header("x-powered-by", r"php"),
            Header("set-cookie", r"PHPSESSID"),
        ],
        implies: &[],
    },
    Signature {
        name: "Express",
        category: C::WebFramework,
        probes: &[Header("x-powered-by", r"^express")],
        implies: &[],
    },
];

struct Compiled {
    /// Index into `SIGNATURES`.
    index: usize,
    probes: Vec<(ProbeKind, Option<&'static str>, Regex)>,
}

#[derive(Clone, Copy, PartialEq)]
enum ProbeKind {
    Header,
    Asset,
    Generator,
    Markup,
}

static COMPILED: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
    SIGNATURES
        .iter()
        .enumerate()
        .map(|(index, sig)| Compiled {
            index,
            probes: sig
                .probes
                .iter()
                .map(|p| {
                    let (kind, header, pattern) = match p {
                        Header(h, v) => (ProbeKind::Header, Some(*h), *v),
                        Asset(v) => (ProbeKind::Asset, None, *v),
                        Generator(v) => (ProbeKind::Generator, None, *v),
                        Markup(v) => (ProbeKind::Markup, None, *v),
                    };
                    let re = Regex::new(&format!("(?i){pattern}")).unwrap_or_else(|e| {
                        panic!("signature {} pattern {pattern:?}: {e}", sig.name)
                    });
                    (kind, header, re)
                })
                .collect(),
        })
        .collect()
});

/// How many signatures the table holds (each may have several probes).
pub fn signature_count() -> usize {
    SIGNATURES.len()
}

/// The technologies detected on a page, sorted by category then name, without duplicates.
pub fn detect(html: &str, doc: &Html, headers: &[(String, String)]) -> Vec<Technology> {
    let assets: Vec<&str> = doc
        .select(&sel("script[src], link[href]"))
        .filter_map(|e| e.attr("src").or_else(|| e.attr("href")))
        .collect();
    let generators: Vec<&str> = doc
        .select(&sel("meta[name=generator], meta[name=Generator]"))
        .filter_map(|e| e.attr("content"))
        .collect();
    let headers: Vec<(String, &str)> = headers
        .iter()
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.as_str()))
        .collect();

    let mut found: Vec<usize> = Vec::new();
    for compiled in COMPILED.iter() {
        let hit = compiled.probes.iter().any(|(kind, header, re)| match kind {
            ProbeKind::Header => headers
                .iter()
                .any(|(k, v)| Some(k.as_str()) == *header && re.is_match(v)),
            ProbeKind::Asset => assets.iter().any(|a| re.is_match(a)),
            ProbeKind::Generator => generators.iter().any(|g| re.is_match(g)),
            ProbeKind::Markup => re.is_match(html),
        });
        if hit {
            found.push(compiled.index);
        }
    }
    // Implied technologies, followed transitively (WooCommerce -> WordPress -> PHP).
    let mut i = 0;
    while i < found.len() {
        for implied in SIGNATURES[found[i]].implies {
            if let Some(j) = SIGNATURES.iter().position(|s| s.name == *implied)
                && !found.contains(&j)
            {
                found.push(j);
            }
        }
        i += 1;
    }
    let mut techs: Vec<Technology> = found
        .into_iter()
        .map(|i| Technology {
            name: SIGNATURES[i].name.to_string(),
            category: SIGNATURES[i].category,
        })
        .collect();
    techs.sort_by(|a, b| (a.category, &a.name).cmp(&(b.category, &b.name)));
    techs.dedup();
    techs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(html: &str, headers: &[(&str, &str)]) -> Vec<String> {
        let doc = Html::parse_document(html);
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let mut n: Vec<String> = detect(html, &doc, &headers)
            .into_iter()
            .map(|t| t.name)
            .collect();
        n.sort();
        n
    }

    #[test]
    fn table_is_large_and_compiles() {
        assert!(signature_count() >= 30);
        assert_eq!(COMPILED.len(), signature_count());
    }

    #[test]
    fn headers_are_read_case_insensitively() {
        assert_eq!(
            names(
                "<p>x</p>",
                &[
                    ("Server", "cloudflare"),
                    ("CF-RAY", "8a-CDG"),
                    ("X-Vercel-Id", "cdg1::abc")
                ]
            ),
            vec!["Cloudflare", "Vercel"]
        );
        assert_eq!(
            names(
                "<p>x</p>",
                &[("server", "nginx/1.25.3"), ("x-powered-by", "PHP/8.2")]
            ),
            vec!["PHP", "nginx"]
        );
    }

    #[test]
    fn frameworks_imply_libraries() {
        let html = r#"<html><head><script src="/_next/static/chunks/main-abc.js"></script></head>
            <body><script id="__NEXT_DATA__" type="application/json">{}</script></body></html>"#;
        assert_eq!(names(html, &[]), vec!["Next.js", "React"]);
    }

    #[test]
    fn generator_assets_and_snippets() {
        let html = r#"<html><head><meta name="generator" content="WordPress 6.5">
            <script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>
            <script src="https://js.stripe.com/v3/"></script>
            <script>(function(h,o,t,j,a,r){h._hjSettings={hjid:1};})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>
            </head><body></body></html>"#;
        assert_eq!(
            names(html, &[]),
            vec!["Hotjar", "PHP", "Stripe", "WordPress", "jQuery"]
        );
    }

    #[test]
    fn plain_page_has_nothing() {
        assert!(names("<html><body><p>Hello</p></body></html>", &[]).is_empty());
    }
}
