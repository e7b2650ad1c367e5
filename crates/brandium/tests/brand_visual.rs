//! Visual identity through the real router: palette generation and contrast, a website capture
//! of a site served on 127.0.0.1 run by the in-process worker, logo import, private addresses
//! refused, cancellation, and the visual and logo usage checks on generated images and HTML.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use common::*;
use image::{ImageFormat, Rgba, RgbaImage};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers

/// Replaces the visual part of the brand's draft, keeping the rest as the client would.
async fn set_visual(app: &TestApp, token: &str, brand: &str, visual: Value) {
    let r = app.get(&format!("/api/v1/brands/{brand}"), token).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let mut draft = r.body["draft"].clone();
    draft["visual"] = visual;
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/draft"),
            Some(token),
            Some(draft),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
}

fn palette() -> Value {
    json!([
        {"role": "primary", "name": "Teal", "hex": "#106D7C"},
        {"role": "accent", "name": "Coral", "hex": "#FF7557"},
        {"role": "background", "name": "Paper", "hex": "#FFFFFF"},
        {"role": "text", "name": "Ink", "hex": "#111827"}
    ])
}

fn png(width: u32, height: u32, f: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
    let img = RgbaImage::from_fn(width, height, |x, y| Rgba(f(x, y)));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

const TEAL: [u8; 4] = [0x10, 0x6D, 0x7C, 255];
const CORAL: [u8; 4] = [0xFF, 0x75, 0x57, 255];
const PURPLE: [u8; 4] = [0x93, 0x33, 0xEA, 255];
const WHITE: [u8; 4] = [255, 255, 255, 255];
const CLEAR: [u8; 4] = [0, 0, 0, 0];

/// A `width`×`height` logo: a teal block with a coral bar, on transparency, `margin` px in.
fn logo_png(width: u32, height: u32, margin: u32) -> Vec<u8> {
    png(width, height, |x, y| {
        let inside = x >= margin && x < width - margin && y >= margin && y < height - margin;
        if !inside {
            CLEAR
        } else if y < margin + (height - 2 * margin) / 4 {
            CORAL
        } else {
            TEAL
        }
    })
}

/// POSTs `bytes` as the multipart field `file`.
async fn upload(app: &TestApp, path: &str, token: &str, name: &str, bytes: Vec<u8>) -> Resp {
    let boundary = "brandium-visual-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").into_bytes());
    let res = app
        .http
        .post(format!("{}{}", app.url, path))
        .bearer_auth(token)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let text = res.text().await.unwrap();
    Resp {
        status,
        headers,
        body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
    }
}

/// Polls the capture until it is finished.
async fn finished_capture(app: &TestApp, token: &str, id: &str) -> Value {
    for _ in 0..400 {
        let r = app.get(&format!("/api/v1/captures/{id}"), token).await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        if matches!(
            r.body["status"].as_str(),
            Some("succeeded" | "failed" | "cancelled")
        ) {
            return r.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("capture {id} did not finish");
}

async fn start_capture(app: &TestApp, token: &str, brand: &str, url: &str) -> String {
    let r = app
        .post(
            &format!("/api/v1/brands/{brand}/captures"),
            Some(token),
            json!({"url": url}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    assert_eq!(r.body["status"], "queued");
    r.body["id"].as_str().unwrap().to_owned()
}

fn codes(findings: &Value) -> Vec<String> {
    findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A small realistic site: home, about and pricing pages, two linked stylesheets, an inline SVG
// logo in the header, touch icon, og:image and favicon, robots.txt, and a page that never ends.

const HOME: &str = r##"<!doctype html><html lang="en"><head>
<meta charset="utf-8">
<title>Acme — Invoicing for small teams</title>
<meta name="description" content="Send invoices in seconds and get paid faster.">
<meta property="og:site_name" content="Acme">
<meta property="og:image" content="/og.png">
<link rel="icon" href="/favicon.png">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<link rel="stylesheet" href="/css/base.css">
<link rel="stylesheet" href="/css/components.css">
<style>.hero { background: #EFF6FF; }</style>
</head><body>
<header class="site-header">
  <a href="/" class="brand"><svg class="logo" viewBox="0 0 120 32" width="120" height="32"><rect width="32" height="32" fill="#2563EB"/><text x="40" y="22" fill="#111827">Acme</text></svg></a>
  <nav><a href="/about">About</a> <a href="/pricing">Pricing</a> <a href="/private/admin">Staff</a>
  <a class="btn btn-primary" href="/signup">Start free trial</a></nav>
</header>
<main>
<section class="hero"><h1>Invoices, done in seconds</h1><p>Stop chasing payments.</p>
<a class="btn" href="/demo">Book a demo</a></section>
<h2>Why teams switch</h2>
</main>
<footer><a href="https://twitter.com/acme">Twitter</a> <a href="https://www.linkedin.com/company/acme/">LinkedIn</a>
<a href="https://twitter.com/intent/tweet?text=hi">Share</a></footer>
</body></html>"##;

const ABOUT: &str = r#"<!doctype html><html><head><title>About | Acme</title>
<link rel="stylesheet" href="/css/base.css"></head><body>
<h1>Our story</h1><a class="button" href="/jobs">See open roles</a></body></html>"#;

const PRICING: &str = r#"<!doctype html><html><head><title>Pricing | Acme</title>
<link rel="stylesheet" href="/css/pricing.css"></head><body>
<h1>Simple pricing</h1><h2>Why teams switch</h2></body></html>"#;

const BASE_CSS: &str = r#":root { --brand-primary: #2563EB; --brand-accent: #F59E0B; --ink: #111827; }
body { font-family: "Inter", system-ui, sans-serif; color: var(--ink); background: #FFFFFF; }
h1, h2, h3 { font-family: 'Lora', Georgia, serif; color: var(--brand-primary); }
a { color: var(--brand-primary); }
code { font-family: "JetBrains Mono", monospace; }"#;

const COMPONENTS_CSS: &str = r#".btn { background: var(--brand-primary); color: #fff; border-radius: 6px; }
.btn:hover { background: #1D4ED8; }
.badge { background: var(--brand-accent); color: var(--ink); }
nav { font-family: Inter, sans-serif; }"#;

const PRICING_CSS: &str =
    ".plan { border: 1px solid #E5E7EB; } .plan--best { border-color: #F59E0B; }";

const ROBOTS: &str = "User-agent: *\nDisallow: /private\n";

type Hits = Arc<Mutex<HashMap<String, usize>>>;

async fn site(State(hits): State<Hits>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    *hits.lock().unwrap().entry(path.clone()).or_default() += 1;
    let html = |body: &'static str| ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body);
    let css = |body: &'static str| ([(header::CONTENT_TYPE, "text/css")], body);
    let image = |bytes: Vec<u8>| ([(header::CONTENT_TYPE, "image/png")], bytes);
    match path.as_str() {
        "/" => html(HOME).into_response(),
        "/about" => html(ABOUT).into_response(),
        "/pricing" => html(PRICING).into_response(),
        "/private/admin" => html("<h1>Staff only</h1>").into_response(),
        "/css/base.css" => css(BASE_CSS).into_response(),
        "/css/components.css" => css(COMPONENTS_CSS).into_response(),
        "/css/pricing.css" => css(PRICING_CSS).into_response(),
        "/robots.txt" => ([(header::CONTENT_TYPE, "text/plain")], ROBOTS).into_response(),
        "/apple-touch-icon.png" => image(logo_png(180, 180, 20)).into_response(),
        "/og.png" | "/favicon.png" => image(logo_png(64, 64, 4)).into_response(),
        "/slow" => {
            tokio::time::sleep(Duration::from_secs(30)).await;
            html(HOME).into_response()
        }
        _ => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}

async fn serve_site() -> (String, Hits) {
    let hits = Hits::default();
    let app = axum::Router::new().fallback(site).with_state(hits.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}"), hits)
}

// ---------------------------------------------------------------------------------------------
// Palette tools

async fn palettes(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@acme.example", "Acme").await;
    let admin = access(&t);
    let viewer = access(&app.add_member(&admin, "vic@acme.example", "viewer").await);

    let r = app
        .post(
            "/api/v1/palettes/generate",
            Some(&viewer),
            json!({"base": "#106d7c", "scheme": "split_complementary"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["scheme"], "split_complementary");
    assert_eq!(r.body["base"]["hex"], "#106D7C");
    let colours = r.body["colours"].as_array().unwrap();
    let roles: Vec<&str> = colours
        .iter()
        .map(|c| c["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        roles,
        ["primary", "secondary", "accent", "background", "text"]
    );
    for c in colours {
        assert!(c["hex"].as_str().unwrap().starts_with('#'));
        assert!(c["rgb"]["r"].is_u64() && c["hsl"]["h"].is_f64() && c["cmyk"]["k"].is_f64());
        assert!(matches!(
            c["text_hex"].as_str(),
            Some("#FFFFFF" | "#111827")
        ));
    }
    let steps: Vec<u64> = r.body["scale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_u64().unwrap())
        .collect();
    assert_eq!(steps, [50, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    assert_eq!(r.body["scale"][5]["hex"], "#106D7C");

    let mono = app
        .post(
            "/api/v1/palettes/generate",
            Some(&viewer),
            json!({"base": "#f60", "scheme": "monochrome"}),
        )
        .await;
    assert_eq!(mono.status, StatusCode::OK);
    assert_eq!(mono.body["base"]["hex"], "#FF6600");

    let bad = app
        .post(
            "/api/v1/palettes/generate",
            Some(&viewer),
            json!({"base": "teal", "scheme": "triadic"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.body["errors"][0]["field"], "base");
    let bad = app
        .post(
            "/api/v1/palettes/generate",
            Some(&viewer),
            json!({"base": "#106d7c", "scheme": "rainbow"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.body["errors"][0]["field"], "scheme");

    let m = app
        .post(
            "/api/v1/palettes/contrast",
            Some(&viewer),
            json!({"palette": palette()}),
        )
        .await;
    assert_eq!(m.status, StatusCode::OK, "{:?}", m.body);
    // Fills: primary (0), accent (1), background (2); the text colour (3) is text only.
    assert_eq!(m.body["backgrounds"], json!([0, 1, 2]));
    assert_eq!(m.body["texts"], json!([0, 1, 2, 3]));
    let cells = m.body["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 9);
    let cell = |t: u64, b: u64| {
        cells
            .iter()
            .find(|c| c["text_index"] == t && c["background_index"] == b)
            .unwrap()
    };
    let ink_on_paper = cell(3, 2);
    assert_eq!(ink_on_paper["normal"], "aaa");
    assert!(ink_on_paper["suggestion"].is_null());
    let coral_on_paper = cell(1, 2);
    assert_eq!(coral_on_paper["normal"], "fail");
    assert_eq!(coral_on_paper["aa_normal"], false);
    let s = &coral_on_paper["suggestion"];
    assert!(s["ratio"].as_f64().unwrap() >= 4.5, "{s:?}");
    assert!(s["hex"].as_str().unwrap().starts_with('#'));
    let failing = cells.iter().filter(|c| c["aa_normal"] == false).count() as u64;
    assert_eq!(m.body["failing"], failing);

    let all = app
        .post(
            "/api/v1/palettes/contrast",
            Some(&viewer),
            json!({"palette": palette(), "all_pairs": true}),
        )
        .await;
    assert_eq!(all.body["cells"].as_array().unwrap().len(), 12);

    let bad = app
        .post(
            "/api/v1/palettes/contrast",
            Some(&viewer),
            json!({"palette": [{"role": "primary", "hex": "#12345"}]}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.body["errors"][0]["field"], "palette[0].hex");
    app.stop().await;
}

#[tokio::test]
async fn palettes_are_generated_and_their_contrast_checked() {
    on_every_backend!(palettes);
}

/// The visual identity page saves the whole visual part of the draft: typography, the logo set
/// and its rules, iconography and photography guidelines with reference images, sonic assets.
async fn visual_draft(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@acme.example", "Acme").await;
    let token = access(&t);
    let brand = create_brand_id(&app, &token, "Acme").await;
    let store = |name: &'static str, bytes: Vec<u8>| {
        assets::store_bytes_for(app.state(), org_id(&t), None, name, bytes, None, vec![])
    };
    let logo = store("logo.png", logo_png(200, 80, 10)).await.unwrap().id;
    let photo = store("photo.png", png(30, 20, |_, _| CORAL))
        .await
        .unwrap()
        .id;
    let icon = store(
        "icon.svg",
        br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 2h20" stroke="#106D7C"/></svg>"##.to_vec(),
    )
    .await
    .unwrap()
    .id;
    let visual = json!({
        "palette": palette(),
        "typography": {
            "families": [
                {"role": "heading", "family": "Fraunces", "weights": [600, 700], "fallback": "Georgia, serif"},
                {"role": "body", "family": "Work Sans", "weights": [400], "fallback": "system-ui, sans-serif"}
            ],
            "scale": [{"name": "H1", "size_px": 40.0, "line_height": 1.1, "weight": 700}]
        },
        "logos": [{"variant": "primary", "asset_id": logo}, {"variant": "symbol", "asset_id": icon}],
        "logo_rules": {"min_width_px": 120, "clear_space_ratio": 0.25, "dos": ["Use the mono logo on photos"],
                       "donts": ["Stretch it"], "do_examples": [photo], "dont_examples": []},
        "iconography": {"guidance": "Line icons, 2px stroke.", "reference_asset_ids": [icon]},
        "photography": {"guidance": "Real customers, natural light.", "reference_asset_ids": [photo]},
        "sonic": []
    });
    set_visual(&app, &token, &brand, visual.clone()).await;
    let saved = app.get(&format!("/api/v1/brands/{brand}"), &token).await;
    let got = &saved.body["draft"]["visual"];
    assert_eq!(got["typography"], visual["typography"]);
    assert_eq!(got["logos"], visual["logos"]);
    assert_eq!(got["logo_rules"], visual["logo_rules"]);
    assert_eq!(got["iconography"], visual["iconography"]);
    assert_eq!(got["photography"], visual["photography"]);
    assert_eq!(
        saved.body["draft"]["name"], "Acme",
        "the rest of the draft is kept"
    );

    // A bad colour or rule is named by its path, for the page to show next to the field.
    let mut draft = saved.body["draft"].clone();
    draft["visual"]["palette"][1]["hex"] = json!("coral");
    draft["visual"]["logo_rules"]["clear_space_ratio"] = json!(5.0);
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/draft"),
            Some(&token),
            Some(draft),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"visual.palette[1].hex"), "{fields:?}");
    assert!(
        fields.contains(&"visual.logo_rules.clear_space_ratio"),
        "{fields:?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn the_visual_identity_is_saved_with_the_draft() {
    on_every_backend!(visual_draft);
}

// ---------------------------------------------------------------------------------------------
// Website capture

async fn captures(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (base, hits) = serve_site().await;
    let t = app.signup("ada@acme.example", "Acme").await;
    let token = access(&t);
    let brand = create_brand_id(&app, &token, "Acme").await;

    let id = start_capture(&app, &token, &brand, &format!("{base}/")).await;
    let c = finished_capture(&app, &token, &id).await;
    assert_eq!(c["status"], "succeeded", "{c:?}");
    assert_eq!(c["brand_id"], brand.as_str());
    assert!(c["finished_at"].is_string());
    assert_eq!(c["progress"]["pages_fetched"], 3, "{:?}", c["progress"]);
    assert_eq!(c["progress"]["pages_total"], 3);
    assert_eq!(c["progress"]["stylesheets_fetched"], 3);

    let p = &c["result"];
    assert_eq!(p["name"], "Acme");
    assert_eq!(p["title"], "Acme — Invoicing for small teams");
    assert_eq!(p["tagline"], "Invoicing for small teams");
    assert_eq!(
        p["description"],
        "Send invoices in seconds and get paid faster."
    );
    let colours = p["colours"].as_array().unwrap();
    assert_eq!(colours[0]["hex"], "#2563EB", "{colours:?}");
    assert_eq!(colours[0]["role"], "primary");
    let weights: Vec<f64> = colours
        .iter()
        .map(|c| c["weight"].as_f64().unwrap())
        .collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
    let role_of = |hex: &str| {
        colours
            .iter()
            .find(|c| c["hex"] == hex)
            .map(|c| c["role"].as_str().unwrap().to_owned())
    };
    assert_eq!(role_of("#F59E0B").as_deref(), Some("secondary"));
    assert_eq!(role_of("#FFFFFF").as_deref(), Some("background"));
    assert_eq!(role_of("#111827").as_deref(), Some("text"));
    assert!(
        role_of("#E5E7EB").is_some(),
        "colours of a key page's own stylesheet count"
    );
    assert_eq!(
        p["fonts"],
        json!([
            {"family": "Inter", "role": "body"},
            {"family": "Lora", "role": "heading"},
            {"family": "JetBrains Mono", "role": "monospace"}
        ])
    );
    let logos = p["logos"].as_array().unwrap();
    let kinds: Vec<&str> = logos.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["header", "apple_touch_icon", "og_image", "favicon"]);
    assert!(
        logos[0]["url"]
            .as_str()
            .unwrap()
            .starts_with("data:image/svg+xml,")
    );
    assert_eq!(logos[1]["url"], format!("{base}/apple-touch-icon.png"));
    assert_eq!(
        p["headlines"],
        json!([
            "Invoices, done in seconds",
            "Why teams switch",
            "Our story",
            "Simple pricing"
        ])
    );
    assert_eq!(
        p["calls_to_action"],
        json!(["Start free trial", "Book a demo", "See open roles"])
    );
    assert_eq!(
        p["social_links"],
        json!([
            "https://twitter.com/acme",
            "https://www.linkedin.com/company/acme/"
        ])
    );
    assert_eq!(
        p["pages"],
        json!([
            format!("{base}/"),
            format!("{base}/about"),
            format!("{base}/pricing")
        ])
    );
    {
        let hits = hits.lock().unwrap();
        assert_eq!(hits.get("/private/admin"), None, "robots.txt: {hits:?}");
        assert_eq!(
            hits.get("/css/base.css"),
            Some(&1),
            "fetched once: {hits:?}"
        );
    }

    // Previews of the candidates, through the server (the app's CSP allows no other origin).
    let png_preview = app
        .get(
            &format!("/api/v1/captures/{id}/logo-preview?index=1"),
            &token,
        )
        .await;
    assert_eq!(png_preview.status, StatusCode::OK);
    assert_eq!(png_preview.headers["content-type"], "image/png");
    assert!(
        png_preview.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    let svg_preview = app
        .get(
            &format!("/api/v1/captures/{id}/logo-preview?index=0"),
            &token,
        )
        .await;
    assert_eq!(svg_preview.headers["content-type"], "image/svg+xml");
    assert!(svg_preview.body.as_str().unwrap().contains("#2563EB"));
    let none = app
        .get(
            &format!("/api/v1/captures/{id}/logo-preview?index=9"),
            &token,
        )
        .await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);

    // The proposals' logos go to the asset library: a fetched PNG and the inline SVG.
    let r = app
        .post(
            &format!("/api/v1/captures/{id}/logos"),
            Some(&token),
            json!({"url": format!("{base}/apple-touch-icon.png"), "variant": "symbol"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(r.body["content_type"], "image/png");
    assert_eq!(r.body["width"], 180);
    assert_eq!(r.body["brand_id"], brand.as_str());
    assert_eq!(r.body["tags"], json!(["logo", "logo-symbol"]));
    assert_eq!(r.body["name"], "apple-touch-icon.png");
    let svg = app
        .post(
            &format!("/api/v1/captures/{id}/logos"),
            Some(&token),
            json!({"url": logos[0]["url"], "variant": "primary"}),
        )
        .await;
    assert_eq!(svg.status, StatusCode::CREATED, "{:?}", svg.body);
    assert_eq!(svg.body["content_type"], "image/svg+xml");
    assert_eq!(svg.body["name"], "logo-primary.svg");
    let stranger = app
        .post(
            &format!("/api/v1/captures/{id}/logos"),
            Some(&token),
            json!({"url": format!("{base}/robots.txt"), "variant": "primary"}),
        )
        .await;
    assert_eq!(stranger.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(stranger.body["errors"][0]["code"], "not_a_candidate");
    let bad_variant = app
        .post(
            &format!("/api/v1/captures/{id}/logos"),
            Some(&token),
            json!({"url": format!("{base}/og.png"), "variant": "huge"}),
        )
        .await;
    assert_eq!(bad_variant.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_variant.body["errors"][0]["field"], "variant");

    // Failures are outcomes with a reason, not retried.
    let robots = start_capture(&app, &token, &brand, &format!("{base}/private/admin")).await;
    let robots = finished_capture(&app, &token, &robots).await;
    assert_eq!(robots["status"], "failed");
    assert!(
        robots["error"].as_str().unwrap().contains("robots.txt"),
        "{robots:?}"
    );
    assert!(robots["result"].is_null());
    let css = start_capture(&app, &token, &brand, &format!("{base}/css/base.css")).await;
    let css = finished_capture(&app, &token, &css).await;
    assert_eq!(css["status"], "failed");
    assert_eq!(
        css["error"],
        format!("{base}/css/base.css is not a web page (its content type is text/css).")
    );
    let missing = start_capture(&app, &token, &brand, &format!("{base}/gone")).await;
    let missing = finished_capture(&app, &token, &missing).await;
    assert_eq!(missing["error"], format!("{base}/gone answered HTTP 404."));
    let importing_from_failed = app
        .post(
            &format!("/api/v1/captures/{}/logos", missing["id"].as_str().unwrap()),
            Some(&token),
            json!({"url": format!("{base}/og.png"), "variant": "primary"}),
        )
        .await;
    assert_eq!(importing_from_failed.status, StatusCode::CONFLICT);
    assert_eq!(importing_from_failed.code(), "capture_not_finished");

    // The brand's recent captures, newest first.
    let list = app
        .get(&format!("/api/v1/brands/{brand}/captures"), &token)
        .await;
    assert_eq!(list.status, StatusCode::OK);
    let items = list.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(items[0]["id"], missing["id"]);
    assert_eq!(items[3]["id"], id.as_str());
    assert_eq!(items[3]["status"], "succeeded");

    // Bad input.
    let r = app
        .post(
            &format!("/api/v1/brands/{brand}/captures"),
            Some(&token),
            json!({"url": "ftp://acme.test/"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.body["errors"][0]["field"], "url");
    let r = app
        .post(
            &format!("/api/v1/brands/{brand}/captures"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(r.body["errors"][0]["code"], "required");

    // A viewer reads captures but cannot start one.
    let viewer = access(&app.add_member(&token, "vic@acme.example", "viewer").await);
    assert_eq!(
        app.get(&format!("/api/v1/captures/{id}"), &viewer)
            .await
            .status,
        StatusCode::OK
    );
    let r = app
        .post(
            &format!("/api/v1/brands/{brand}/captures"),
            Some(&viewer),
            json!({"url": base}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn a_website_capture_runs_as_a_job_and_proposes_the_brand() {
    on_every_backend!(captures);
}

async fn private_addresses(backend: &'static str) {
    let app = TestApp::start_with(backend, |cfg| cfg.allow_private_networks = false).await;
    let (base, hits) = serve_site().await;
    let t = app.signup("ada@acme.example", "Acme").await;
    let token = access(&t);
    let brand = create_brand_id(&app, &token, "Acme").await;
    let id = start_capture(&app, &token, &brand, &base).await;
    let c = finished_capture(&app, &token, &id).await;
    assert_eq!(c["status"], "failed");
    let error = c["error"].as_str().unwrap();
    assert!(
        error.starts_with("Refused: 127.0.0.1 is a private or local address"),
        "{error}"
    );
    assert!(error.contains("BRANDIUM_ALLOW_PRIVATE_NETWORKS"));
    assert!(hits.lock().unwrap().is_empty(), "nothing was fetched");
    let metadata = start_capture(&app, &token, &brand, "http://169.254.169.254/latest/").await;
    let metadata = finished_capture(&app, &token, &metadata).await;
    assert!(
        metadata["error"]
            .as_str()
            .unwrap()
            .starts_with("Refused: 169.254.169.254")
    );
    app.stop().await;
}

#[tokio::test]
async fn a_capture_of_a_private_address_is_refused_unless_allowed() {
    on_every_backend!(private_addresses);
}

async fn cancelling(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (base, _) = serve_site().await;
    let t = app.signup("ada@acme.example", "Acme").await;
    let token = access(&t);
    let brand = create_brand_id(&app, &token, "Acme").await;
    let id = start_capture(&app, &token, &brand, &format!("{base}/slow")).await;
    for _ in 0..200 {
        let r = app.get(&format!("/api/v1/captures/{id}"), &token).await;
        if r.body["status"] == "running" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let started = std::time::Instant::now();
    let r = app
        .post(
            &format!("/api/v1/captures/{id}/cancel"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let c = finished_capture(&app, &token, &id).await;
    assert_eq!(c["status"], "cancelled", "{c:?}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the job stopped at its next tick, not after the page's 30 s"
    );
    // Cancelling a finished capture changes nothing.
    let again = app
        .post(
            &format!("/api/v1/captures/{id}/cancel"),
            Some(&token),
            json!({}),
        )
        .await;
    assert_eq!(again.body["status"], "cancelled");
    app.stop().await;
}

#[tokio::test]
async fn a_running_capture_can_be_cancelled() {
    on_every_backend!(cancelling);
}

// ---------------------------------------------------------------------------------------------
// Checks

async fn checks(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@acme.example", "Acme").await;
    let token = access(&t);
    let brand = create_brand_id(&app, &token, "Acme").await;
    let visual = format!("/api/v1/brands/{brand}/checks/visual");
    let logo = format!("/api/v1/brands/{brand}/checks/logo");

    // Without a palette there is nothing to compare with.
    let r = upload(&app, &visual, &token, "a.png", logo_png(10, 10, 0)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.code(), "palette_empty");

    set_visual(
        &app,
        &token,
        &brand,
        json!({"palette": palette(), "logo_rules": {"min_width_px": 120, "clear_space_ratio": 0.25}}),
    )
    .await;

    // An on-brand banner: teal on white with a coral stripe.
    let banner = png(200, 100, |x, _| match x {
        0..120 => TEAL,
        120..180 => WHITE,
        _ => CORAL,
    });
    let r = upload(&app, &visual, &token, "banner.png", banner).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["source"], "image");
    assert_eq!(
        (r.body["width"].clone(), r.body["height"].clone()),
        (json!(200), json!(100))
    );
    assert_eq!(r.body["status"], "pass");
    assert_eq!(r.body["score"], 100);
    let colours = r.body["colours"].as_array().unwrap();
    assert_eq!(colours[0]["hex"], "#106D7C");
    assert_eq!(colours[0]["share"], 0.6);
    assert_eq!(colours[0]["nearest"]["name"], "Teal");
    assert_eq!(colours[0]["nearest"]["role"], "primary");
    assert_eq!(colours[0]["delta_e"], 0.0);
    assert_eq!(colours[0]["verdict"], "pass");
    assert!(r.body["findings"].as_array().unwrap().is_empty());

    // Off-brand: half of it is a purple nobody chose.
    let off = png(100, 100, |x, _| if x < 50 { TEAL } else { PURPLE });
    let r = upload(&app, &visual, &token, "off.png", off).await;
    assert_eq!(r.body["status"], "fail", "{:?}", r.body);
    assert_eq!(r.body["score"], 50);
    let purple = r.body["colours"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["hex"] == "#9333EA")
        .unwrap()
        .clone();
    assert_eq!(purple["verdict"], "fail");
    assert!(purple["delta_e"].as_f64().unwrap() > 10.0);
    assert_eq!(codes(&r.body["findings"]), ["off_palette"]);
    assert!(
        r.body["findings"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("#9333EA (50%) is not a brand colour")
    );

    // An HTML snippet: colours from <style> and style="".
    let html = r##"<style>.cta{background:#106D7C;color:#fff}</style>
        <section style="background:#FFFFFF"><h1 style="color:#111827">Spring sale</h1>
        <a class="cta" style="border-color:#106d7c">Buy</a></section>"##;
    let r = app.post(&visual, Some(&token), json!({"html": html})).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["source"], "html");
    assert_eq!(r.body["status"], "pass");
    assert_eq!(r.body["colours"][0]["hex"], "#106D7C");
    assert_eq!(r.body["colours"][0]["share"], 0.4);
    let r = app
        .post(
            &visual,
            Some(&token),
            json!({"html": "<p style=\"color:#9333EA\">Hi</p><div style=\"background:#e11d48\"></div><b style=\"color:#106D7C\">x</b>"}),
        )
        .await;
    assert_eq!(r.body["status"], "fail");
    assert_eq!(r.body["score"], 33);
    assert_eq!(codes(&r.body["findings"]), ["off_palette", "off_palette"]);

    // An SVG is read from its markup.
    let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#FFFFFF"/><circle r="40" fill="#106D7C"/><path stroke="#ff7557" d="M0 0"/></svg>"##;
    let r = upload(&app, &visual, &token, "art.svg", svg.to_vec()).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["source"], "svg");
    assert_eq!(r.body["width"], 300);
    assert_eq!(r.body["status"], "pass");

    // An image of the asset library.
    let asset = assets::store_bytes_for(
        app.state(),
        org_id(&t),
        None,
        "banner.png",
        png(40, 40, |_, _| CORAL),
        None,
        vec![],
    )
    .await
    .unwrap();
    let r = app
        .post(&visual, Some(&token), json!({"asset_id": asset.id}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["colours"][0]["nearest"]["name"], "Coral");

    // Bounds and bad input, each with a stable code.
    let mut huge = png(1, 1, |_, _| TEAL);
    huge[16..20].copy_from_slice(&30_000u32.to_be_bytes());
    huge[20..24].copy_from_slice(&30_000u32.to_be_bytes());
    let crc = crc32(&huge[12..29]);
    huge[29..33].copy_from_slice(&crc.to_be_bytes());
    let r = upload(&app, &visual, &token, "huge.png", huge).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{:?}", r.body);
    assert_eq!(r.code(), "image_too_large");
    assert!(r.body["detail"].as_str().unwrap().contains("30000×30000"));
    let r = upload(&app, &visual, &token, "doc.pdf", b"%PDF-1.7\n...".to_vec()).await;
    assert_eq!(r.code(), "unsupported_image");
    assert_eq!(r.body["errors"][0]["field"], "file");
    let r = upload(
        &app,
        &visual,
        &token,
        "big.png",
        vec![0u8; 10 * 1024 * 1024 + 1],
    )
    .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{:?}", r.body);
    assert_eq!(r.code(), "file_too_large");
    let r = app.post(&visual, Some(&token), json!({})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.body["errors"][0]["field"], "file");
    let r = app
        .post(
            &visual,
            Some(&token),
            json!({"asset_id": uuid::Uuid::now_v7()}),
        )
        .await;
    assert_eq!(r.body["errors"][0]["code"], "unknown_asset");
    let r = app
        .post(
            &visual,
            Some(&token),
            json!({"html": "<p>", "asset_id": asset.id}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Logo usage: a good logo, 200 px wide with 40 px of clear space (0.25 × 60 = 15 needed).
    let r = upload(&app, &logo, &token, "logo.png", logo_png(280, 140, 40)).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["logo_width"], 200);
    assert_eq!(r.body["logo_height"], 60);
    assert_eq!(r.body["width_ok"], true);
    assert_eq!(r.body["clear_space"]["required_px"], 15);
    assert_eq!(r.body["clear_space"]["ok"], true);
    assert_eq!(r.body["status"], "pass", "{:?}", r.body["findings"]);
    assert!(
        r.body["colours"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["verdict"] == "pass"),
        "the transparent background is not a colour: {:?}",
        r.body["colours"]
    );

    // Too small and cropped tight.
    let r = upload(&app, &logo, &token, "small.png", logo_png(80, 40, 1)).await;
    assert_eq!(r.body["status"], "fail");
    assert_eq!(r.body["width_ok"], false);
    assert_eq!(r.body["clear_space"]["ok"], false);
    assert_eq!(codes(&r.body["findings"]), ["too_small", "clear_space"]);
    assert_eq!(
        r.body["findings"][0]["message"],
        "The logo is 78 px wide; the brand's minimum is 120 px."
    );

    // Off-palette colours in a logo on a white background.
    let recoloured = png(300, 120, |x, y| {
        if (30..270).contains(&x) && (30..90).contains(&y) {
            PURPLE
        } else {
            WHITE
        }
    });
    let r = upload(&app, &logo, &token, "purple.png", recoloured).await;
    assert_eq!(
        r.body["logo_width"], 240,
        "the white background is not the logo"
    );
    assert_eq!(codes(&r.body["findings"]), ["off_palette"]);
    assert_eq!(r.body["colours"][0]["hex"], "#9333EA");
    assert_eq!(r.body["status"], "fail");

    // Colours of the brand's own logo files count as logo colours.
    let purple_logo = assets::store_bytes_for(
        app.state(),
        org_id(&t),
        None,
        "purple-logo.png",
        png(60, 60, |_, _| PURPLE),
        None,
        vec![],
    )
    .await
    .unwrap();
    set_visual(
        &app,
        &token,
        &brand,
        json!({"palette": palette(), "logos": [{"variant": "primary", "asset_id": purple_logo.id}],
               "logo_rules": {"min_width_px": 120, "clear_space_ratio": 0.25}}),
    )
    .await;
    let recoloured = png(300, 120, |x, y| {
        if (30..270).contains(&x) && (30..90).contains(&y) {
            PURPLE
        } else {
            WHITE
        }
    });
    let r = upload(&app, &logo, &token, "purple.png", recoloured).await;
    assert_eq!(r.body["status"], "pass", "{:?}", r.body);
    assert_eq!(r.body["colours"][0]["nearest"]["name"], "Logo colour");

    // An SVG logo: width from its attributes, clear space not measured.
    let svg_logo = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><rect fill="#106D7C" width="100" height="40"/></svg>"##;
    let r = upload(&app, &logo, &token, "logo.svg", svg_logo.to_vec()).await;
    assert_eq!(r.body["source"], "svg");
    assert_eq!(r.body["logo_width"], 100);
    assert_eq!(
        codes(&r.body["findings"]),
        ["too_small", "clear_space_not_measured"]
    );

    // HTML is for the visual check only.
    let r = app.post(&logo, Some(&token), json!({"html": "<p>"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.body["errors"][0]["field"], "html");

    // A viewer may read the brand but not run checks.
    let viewer = access(&app.add_member(&token, "vic@acme.example", "viewer").await);
    let r = app
        .post(&visual, Some(&viewer), json!({"html": html}))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[tokio::test]
async fn images_and_html_are_checked_against_the_palette_and_logo_rules() {
    on_every_backend!(checks);
}

// ---------------------------------------------------------------------------------------------
// Tenancy

async fn other_organizations(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let (base, _) = serve_site().await;
    let a = access(&app.signup("ada@a.example", "Org A").await);
    let tokens_b = app.signup("bob@b.example", "Org B").await;
    let b = access(&tokens_b);
    let brand_b = create_brand_id(&app, &b, "B").await;
    set_visual(&app, &b, &brand_b, json!({"palette": palette()})).await;
    let capture_b = start_capture(&app, &b, &brand_b, &base).await;
    finished_capture(&app, &b, &capture_b).await;

    let not_found = |r: Resp| {
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{:?}", r.body);
        assert_eq!(r.code(), "not_found");
    };
    not_found(app.get(&format!("/api/v1/captures/{capture_b}"), &a).await);
    not_found(
        app.get(&format!("/api/v1/brands/{brand_b}/captures"), &a)
            .await,
    );
    not_found(
        app.post(
            &format!("/api/v1/brands/{brand_b}/captures"),
            Some(&a),
            json!({"url": base}),
        )
        .await,
    );
    not_found(
        app.post(
            &format!("/api/v1/captures/{capture_b}/logos"),
            Some(&a),
            json!({"url": format!("{base}/og.png"), "variant": "primary"}),
        )
        .await,
    );
    not_found(
        app.get(
            &format!("/api/v1/captures/{capture_b}/logo-preview?index=0"),
            &a,
        )
        .await,
    );
    not_found(
        app.post(
            &format!("/api/v1/captures/{capture_b}/cancel"),
            Some(&a),
            json!({}),
        )
        .await,
    );
    not_found(
        app.post(
            &format!("/api/v1/brands/{brand_b}/checks/visual"),
            Some(&a),
            json!({"html": "<p style='color:red'>x</p>"}),
        )
        .await,
    );
    not_found(
        upload(
            &app,
            &format!("/api/v1/brands/{brand_b}/checks/logo"),
            &a,
            "logo.png",
            logo_png(200, 100, 10),
        )
        .await,
    );
    // B's asset is not A's to check either.
    let asset_b = assets::store_bytes_for(
        app.state(),
        org_id(&tokens_b),
        None,
        "b.png",
        png(4, 4, |_, _| TEAL),
        None,
        vec![],
    )
    .await
    .unwrap();
    let brand_a = create_brand_id(&app, &a, "A").await;
    set_visual(&app, &a, &brand_a, json!({"palette": palette()})).await;
    let r = app
        .post(
            &format!("/api/v1/brands/{brand_a}/checks/visual"),
            Some(&a),
            json!({"asset_id": asset_b.id}),
        )
        .await;
    assert_eq!(r.body["errors"][0]["code"], "unknown_asset");
    // B still sees its capture.
    assert_eq!(
        app.get(&format!("/api/v1/captures/{capture_b}"), &b)
            .await
            .body["status"],
        "succeeded"
    );
    app.stop().await;
}

#[tokio::test]
async fn another_organizations_brands_and_captures_answer_404() {
    on_every_backend!(other_organizations);
}
