//! The brand kit through the real router: assembly of the published kit and the draft, every
//! export format, share links that work without an account until they are revoked, roles,
//! and another organization's ids answering 404.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn put_draft(app: &TestApp, token: &str, brand: &str, draft: &Value) {
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/brands/{brand}/draft"),
            Some(token),
            Some(draft.clone()),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
}

async fn publish(app: &TestApp, token: &str, brand: &str) {
    let r = app
        .post(
            &format!("/api/v1/brands/{brand}/publish"),
            Some(token),
            json!({"message": "Launch"}),
        )
        .await;
    assert!(r.status.is_success(), "{:?}", r.body);
}

/// A small teal PNG stored in the asset library of `org`.
async fn upload_logo(app: &TestApp, org: uuid::Uuid) -> uuid::Uuid {
    let img = image::RgbaImage::from_pixel(8, 4, image::Rgba([16, 109, 124, 255]));
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    assets::store_bytes_for(app.state(), org, None, "acme-logo.png", png, None, vec![])
        .await
        .unwrap()
        .id
}

fn profile(tagline: &str, logo: uuid::Uuid) -> Value {
    json!({
        "name": "Acme Roasters",
        "tagline": tagline,
        "mission": "Make great coffee the everyday default.",
        "values": [{"name": "Craft", "description": "We sweat the details."}],
        "voice": {"banned_terms": [{"term": "synergy", "replacement": "teamwork"}]},
        "visual": {
            "palette": [
                {"role": "primary", "name": "Teal", "hex": "#106d7c"},
                {"role": "background", "name": "Paper", "hex": "#ffffff"},
                {"role": "text", "name": "Ink", "hex": "#1a1a1a"}
            ],
            "typography": {"families": [{"role": "heading", "family": "Inter", "weights": [700]}]},
            "logos": [{"variant": "primary", "asset_id": logo}]
        }
    })
}

/// GET without a token, as a visitor of a shared link.
async fn anonymous(app: &TestApp, path: &str) -> Resp {
    app.call(Method::GET, path, None, None).await
}

async fn raw(app: &TestApp, path: &str, token: Option<&str>) -> reqwest::Response {
    let mut req = app.http.get(format!("{}{path}", app.url));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.unwrap()
}

fn header<'a>(r: &'a reqwest::Response, name: &str) -> &'a str {
    r.headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or_default()
}

async fn assembly_and_exports(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@example.com", "Acme").await;
    let tok = access(&admin);
    let logo = upload_logo(&app, org_id(&admin)).await;
    let brand = create_brand_id(&app, &tok, "Acme Roasters").await;
    put_draft(&app, &tok, &brand, &profile("Coffee, carefully", logo)).await;
    let persona = app
        .post(
            &format!("/api/v1/brands/{brand}/personas"),
            Some(&tok),
            json!({"name": "Cafe Owner Carla", "buying_stage": "consideration",
                   "details": {"summary": "Runs two cafés.", "pains": ["Late deliveries"]}}),
        )
        .await;
    assert_eq!(persona.status, StatusCode::CREATED, "{:?}", persona.body);
    publish(&app, &tok, &brand).await;
    put_draft(&app, &tok, &brand, &profile("Draft tagline", logo)).await;

    // the published kit by default
    let kit = app.get(&format!("/api/v1/brands/{brand}/kit"), &tok).await;
    assert_eq!(kit.status, StatusCode::OK, "{:?}", kit.body);
    let k = &kit.body;
    assert_eq!(k["brand_id"], brand.as_str());
    assert_eq!(k["name"], "Acme Roasters");
    assert_eq!(
        (k["source"].as_str(), k["version"].as_i64()),
        (Some("published"), Some(1))
    );
    assert_eq!(k["draft_fallback"], false);
    assert!(k["published_at"].is_string());
    assert_eq!(k["profile"]["tagline"], "Coffee, carefully");
    assert_eq!(k["palette"][0]["token"], "primary");
    assert_eq!(k["palette"][0]["hex"], "#106D7C");
    assert_eq!(k["palette"][0]["rgb"], json!({"r": 16, "g": 109, "b": 124}));
    assert_eq!(k["palette"][0]["cmyk_label"], "C87 M12 Y0 K51");
    assert_eq!(k["contrast"].as_array().unwrap().len(), 6);
    let ink_on_paper = k["contrast"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "text" && c["background"] == "background")
        .unwrap();
    assert_eq!(ink_on_paper["normal"], "aaa");
    assert_eq!(
        k["typography"]["families"][0]["stack"],
        r#""Inter", system-ui, sans-serif"#
    );
    assert_eq!(k["typography"]["scale"][1]["token"], "h1");
    let file = &k["logos"][0]["file"];
    assert_eq!(file["id"], logo.to_string());
    assert_eq!(file["name"], "acme-logo.png");
    assert_eq!(file["content_type"], "image/png");
    let url = file["url"].as_str().unwrap();
    assert!(url.starts_with(&format!("/api/v1/files/{logo}?")), "{url}");
    // the signed URL loads without a token
    let img = raw(&app, url, None).await;
    assert_eq!(img.status(), StatusCode::OK);
    assert!(img.bytes().await.unwrap().starts_with(b"\x89PNG"));
    assert_eq!(k["personas"][0]["name"], "Cafe Owner Carla");
    assert_eq!(k["personas"][0]["buying_stage"], "consideration");
    assert_eq!(k["personas"][0]["summary"], "Runs two cafés.");
    assert!(k["personas"][0]["id"].is_string());

    // the draft on request
    let draft = app
        .get(&format!("/api/v1/brands/{brand}/kit?source=draft"), &tok)
        .await;
    assert_eq!(
        (
            draft.body["source"].as_str(),
            draft.body["version"].as_i64()
        ),
        (Some("draft"), None)
    );
    assert_eq!(draft.body["profile"]["tagline"], "Draft tagline");
    assert_eq!(draft.body["draft_fallback"], false);
    let bad = app
        .get(&format!("/api/v1/brands/{brand}/kit?source=latest"), &tok)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.body["errors"][0]["field"], "source");

    // a brand never published falls back to its draft, flagged
    let fresh = create_brand_id(&app, &tok, "Side Project").await;
    let k2 = app.get(&format!("/api/v1/brands/{fresh}/kit"), &tok).await;
    assert_eq!(k2.status, StatusCode::OK);
    assert_eq!(
        (
            k2.body["source"].as_str(),
            k2.body["draft_fallback"].as_bool()
        ),
        (Some("draft"), Some(true))
    );
    assert_eq!(k2.body["name"], "Side Project");
    assert_eq!(k2.body["palette"], json!([]));

    // every export: type, attachment name and body
    let export = |format: &str, source: &str| {
        format!("/api/v1/brands/{brand}/export?format={format}&source={source}")
    };
    let r = raw(&app, &export("json", "published"), Some(&tok)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(header(&r, "content-type"), "application/json");
    assert_eq!(
        header(&r, "content-disposition"),
        r#"attachment; filename="acme-roasters-brand-kit-v1.json""#
    );
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["name"], "Acme Roasters");
    assert_eq!(body["profile"]["tagline"], "Coffee, carefully");

    let r = raw(&app, &export("css", "published"), Some(&tok)).await;
    assert_eq!(header(&r, "content-type"), "text/css; charset=utf-8");
    assert_eq!(
        header(&r, "content-disposition"),
        r#"attachment; filename="acme-roasters-tokens-v1.css""#
    );
    let css = r.text().await.unwrap();
    assert!(css.contains(":root {"), "{css}");
    assert!(css.contains("--brand-primary: #106D7C;"), "{css}");
    assert!(css.contains("--brand-primary-rgb: 16 109 124;"), "{css}");
    assert!(
        css.contains("--font-heading: \"Inter\", system-ui, sans-serif;"),
        "{css}"
    );
    assert!(css.contains("--text-h1: 39px;"), "{css}");

    let r = raw(&app, &export("tailwind", "draft"), Some(&tok)).await;
    assert_eq!(header(&r, "content-type"), "text/css; charset=utf-8");
    assert_eq!(
        header(&r, "content-disposition"),
        r#"attachment; filename="acme-roasters-tailwind-theme-draft.css""#
    );
    let tw = r.text().await.unwrap();
    assert!(tw.contains("@theme {"), "{tw}");
    assert!(tw.contains("--color-brand-primary: #106D7C;"), "{tw}");
    assert!(tw.contains("--text-h1--line-height: 1.15;"), "{tw}");

    let r = raw(&app, &export("tailwind-js", "published"), Some(&tok)).await;
    assert_eq!(header(&r, "content-type"), "text/javascript; charset=utf-8");
    assert_eq!(
        header(&r, "content-disposition"),
        r#"attachment; filename="acme-roasters-tailwind-v1.config.js""#
    );
    let js = r.text().await.unwrap();
    assert!(js.contains("module.exports = {"), "{js}");
    assert!(js.contains("\"primary\": \"#106D7C\""), "{js}");

    let r = raw(&app, &export("pdf", "published"), Some(&tok)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(header(&r, "content-type"), "application/pdf");
    assert_eq!(
        header(&r, "content-disposition"),
        r#"attachment; filename="acme-roasters-brand-guidelines-v1.pdf""#
    );
    let pdf = r.bytes().await.unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert_eq!(pages.len(), 7);
    let text = doc.extract_text(&pages).unwrap();
    for needle in [
        "Acme Roasters",
        "Coffee, carefully",
        "Version 1, published",
        "Make great coffee the everyday default.",
        "synergy - say",
        "#106D7C",
        "Primary logo - acme-logo.png",
        "Cafe Owner Carla",
    ] {
        assert!(text.contains(needle), "{needle:?} not in\n{text}");
    }
    assert!(!text.contains("Draft tagline"));
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(|v| v.as_name())
                .is_ok_and(|n| n == b"Image")
        })
        .count();
    assert_eq!(images, 1, "the PNG logo is embedded");

    for (query, code) in [("", "required"), ("?format=docx", "invalid")] {
        let r = app
            .get(&format!("/api/v1/brands/{brand}/export{query}"), &tok)
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(
            (
                r.body["errors"][0]["field"].as_str(),
                r.body["errors"][0]["code"].as_str()
            ),
            (Some("format"), Some(code))
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn the_kit_is_assembled_and_exported_in_every_format() {
    on_every_backend!(assembly_and_exports);
}

async fn share_links(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let admin = app.signup("ada@example.com", "Acme").await;
    let tok = access(&admin);
    let creator = access(&app.add_member(&tok, "cy@example.com", "creator").await);
    let viewer = access(&app.add_member(&tok, "vi@example.com", "viewer").await);
    let logo = upload_logo(&app, org_id(&admin)).await;
    let brand = create_brand_id(&app, &tok, "Acme Roasters").await;
    put_draft(&app, &tok, &brand, &profile("Coffee, carefully", logo)).await;
    app.post(
        &format!("/api/v1/brands/{brand}/personas"),
        Some(&tok),
        json!({"name": "Cafe Owner Carla", "buying_stage": "decision",
               "details": {"summary": "Runs two cafés.", "pains": ["Late deliveries"]}}),
    )
    .await;
    publish(&app, &tok, &brand).await;
    put_draft(&app, &tok, &brand, &profile("Secret draft tagline", logo)).await;

    // members who are not admins read the kit but cannot share it
    for t in [&creator, &viewer] {
        assert_eq!(
            app.get(&format!("/api/v1/brands/{brand}/kit"), t)
                .await
                .status,
            StatusCode::OK
        );
        let r = app
            .post(
                &format!("/api/v1/brands/{brand}/shares"),
                Some(t),
                json!({}),
            )
            .await;
        assert_eq!((r.status, r.code()), (StatusCode::FORBIDDEN, "forbidden"));
        let r = app.get(&format!("/api/v1/brands/{brand}/shares"), t).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }

    let created = app
        .post(
            &format!("/api/v1/brands/{brand}/shares"),
            Some(&tok),
            json!({}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let share = created.body["id"].as_str().unwrap().to_owned();
    let token = created.body["token"].as_str().unwrap().to_owned();
    assert!(token.len() >= 40);
    assert_eq!(
        created.body["url"],
        format!("http://brandium.test/share/{token}")
    );

    // the link works without an account and shows the published kit only
    let public = anonymous(&app, &format!("/api/v1/public/brand-kits/{token}")).await;
    assert_eq!(public.status, StatusCode::OK, "{:?}", public.body);
    let p = &public.body;
    assert_eq!(p["name"], "Acme Roasters");
    assert_eq!(
        (p["source"].as_str(), p["version"].as_i64()),
        (Some("published"), Some(1))
    );
    assert_eq!(p["profile"]["tagline"], "Coffee, carefully");
    assert!(!public.body.to_string().contains("Secret draft tagline"));
    assert!(p.get("brand_id").is_none(), "no internal brand id");
    assert_eq!(
        p["personas"][0],
        json!({"name": "Cafe Owner Carla", "buying_stage": "decision", "summary": "Runs two cafés."})
    );
    assert!(!public.body.to_string().contains("Late deliveries"));
    let logo_url = p["logos"][0]["file"]["url"].as_str().unwrap();
    assert_eq!(raw(&app, logo_url, None).await.status(), StatusCode::OK);
    let r = raw(
        &app,
        &format!("/api/v1/public/brand-kits/{token}/export?format=css"),
        None,
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        header(&r, "content-disposition"),
        r#"attachment; filename="acme-roasters-tokens-v1.css""#
    );
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("--brand-primary: #106D7C;")
    );
    let r = raw(
        &app,
        &format!("/api/v1/public/brand-kits/{token}/export?format=pdf"),
        None,
    )
    .await;
    assert_eq!(header(&r, "content-type"), "application/pdf");
    assert!(r.bytes().await.unwrap().starts_with(b"%PDF-"));
    // the public export has no draft option: a `source` parameter is ignored
    let r = anonymous(
        &app,
        &format!("/api/v1/public/brand-kits/{token}/export?format=json&source=draft"),
    )
    .await;
    assert_eq!(r.body["profile"]["tagline"], "Coffee, carefully");

    // listed without tokens, audited
    let list = app
        .get(&format!("/api/v1/brands/{brand}/shares"), &tok)
        .await;
    assert_eq!(list.status, StatusCode::OK);
    let item = &list.body["items"][0];
    assert_eq!(item["id"], share.as_str());
    assert_eq!(item["active"], true);
    assert_eq!(item["created_by"]["name"], "Ada");
    assert!(item.get("token").is_none());
    assert!(!list.body.to_string().contains(&token));
    let log = app
        .get("/api/v1/audit-log?action=brand_share.created", &tok)
        .await;
    assert_eq!(log.body["items"][0]["target_id"], share.as_str());

    // revoking: admins only, then the link is dead
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/shares/{share}"),
            Some(&creator),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/shares/{share}"),
            Some(&tok),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let gone = anonymous(&app, &format!("/api/v1/public/brand-kits/{token}")).await;
    assert_eq!(
        (gone.status, gone.code()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let gone = anonymous(
        &app,
        &format!("/api/v1/public/brand-kits/{token}/export?format=json"),
    )
    .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let list = app
        .get(&format!("/api/v1/brands/{brand}/shares"), &tok)
        .await;
    assert_eq!(list.body["items"][0]["active"], false);
    assert!(list.body["items"][0]["revoked_at"].is_string());
    let log = app
        .get("/api/v1/audit-log?action=brand_share.revoked", &tok)
        .await;
    assert_eq!(log.body["items"][0]["target_id"], share.as_str());
    let again = app
        .call(
            Method::DELETE,
            &format!("/api/v1/shares/{share}"),
            Some(&tok),
            None,
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NO_CONTENT,
        "revoking twice is harmless"
    );
    let log = app
        .get("/api/v1/audit-log?action=brand_share.revoked", &tok)
        .await;
    assert_eq!(log.body["items"].as_array().unwrap().len(), 1);

    for bad in ["nope", &"x".repeat(300)] {
        let r = anonymous(&app, &format!("/api/v1/public/brand-kits/{bad}")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{bad}");
    }

    // a brand that has published nothing has no public kit, even with a live link
    let fresh = create_brand_id(&app, &tok, "Side Project").await;
    let link = app
        .post(
            &format!("/api/v1/brands/{fresh}/shares"),
            Some(&tok),
            json!({}),
        )
        .await;
    let t2 = link.body["token"].as_str().unwrap();
    let r = anonymous(&app, &format!("/api/v1/public/brand-kits/{t2}")).await;
    assert_eq!(
        (r.status, r.code()),
        (StatusCode::NOT_FOUND, "kit_not_published")
    );
    app.stop().await;
}

#[tokio::test]
async fn share_links_open_the_published_kit_until_revoked() {
    on_every_backend!(share_links);
}

async fn isolation(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let a = app.signup("ada@a.example", "Org A").await;
    let b = app.signup("bob@b.example", "Org B").await;
    let (ta, tb) = (access(&a), access(&b));
    let brand = create_brand_id(&app, &ta, "A brand").await;
    publish(&app, &ta, &brand).await;
    let share = app
        .post(
            &format!("/api/v1/brands/{brand}/shares"),
            Some(&ta),
            json!({}),
        )
        .await;
    let share_id = share.body["id"].as_str().unwrap().to_owned();
    for (method, path) in [
        (Method::GET, format!("/api/v1/brands/{brand}/kit")),
        (
            Method::GET,
            format!("/api/v1/brands/{brand}/export?format=json"),
        ),
        (Method::GET, format!("/api/v1/brands/{brand}/export")),
        (
            Method::GET,
            format!("/api/v1/brands/{brand}/export?format=pdf"),
        ),
        (Method::GET, format!("/api/v1/brands/{brand}/shares")),
        (Method::POST, format!("/api/v1/brands/{brand}/shares")),
        (Method::DELETE, format!("/api/v1/shares/{share_id}")),
    ] {
        let r = app.call(method.clone(), &path, Some(&tb), None).await;
        assert_eq!(
            (r.status, r.code()),
            (StatusCode::NOT_FOUND, "not_found"),
            "{method} {path}"
        );
    }
    // A's link still works: B's attempt did not revoke it
    let token = share.body["token"].as_str().unwrap();
    let r = anonymous(&app, &format!("/api/v1/public/brand-kits/{token}")).await;
    assert_eq!(r.status, StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn another_organizations_brand_and_share_ids_answer_404() {
    on_every_backend!(isolation);
}
