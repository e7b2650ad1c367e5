//! The asset library through the real router, on SQLite and PostgreSQL: uploads typed from
//! their bytes, sanitized SVGs, the size limit, lists, search, statistics, metadata, persona
//! links, versions, deletion, signed file URLs and thumbnails.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::time::Duration;

enum Part<'a> {
    File(&'a str, &'a [u8]),
    Text(&'a str, &'a str),
}

/// A multipart/form-data body with its content type.
fn form(parts: &[Part<'_>]) -> (String, Vec<u8>) {
    let boundary = "----brandium-test-boundary-7c1f";
    let mut body = Vec::new();
    for p in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match p {
            Part::File(filename, bytes) => {
                body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
                         Content-Type: application/octet-stream\r\n\r\n"
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(bytes);
            }
            Part::Text(name, value) => {
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}")
                        .as_bytes(),
                );
            }
        }
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn send_form(app: &TestApp, path: &str, token: &str, parts: &[Part<'_>]) -> Resp {
    let (ct, body) = form(parts);
    let res = app
        .http
        .post(format!("{}{path}", app.url))
        .bearer_auth(token)
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .expect("upload");
    let status = res.status();
    let headers = res.headers().clone();
    let text = res.text().await.unwrap_or_default();
    Resp {
        status,
        headers,
        body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
    }
}

async fn upload(app: &TestApp, token: &str, parts: &[Part<'_>]) -> Value {
    let r = send_form(app, "/api/v1/assets", token, parts).await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    r.body
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

const MP3: &[u8] =
    b"ID3\x04\x00\x00\x00\x00\x00\x0f\xff\xfb\x90\x64\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00";
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const HOSTILE_SVG: &str = r##"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40" onload="alert(1)">
  <script>alert(2)</script>
  <foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>
  <image xlink:href="https://evil.example/pixel.png"/>
  <rect width="120" height="40" fill="#0a5" onclick="alert(3)"/>
</svg>"##;

fn storage_dir(app: &TestApp) -> PathBuf {
    PathBuf::from(
        app.cfg
            .storage
            .path
            .clone()
            .expect("tests set a storage path"),
    )
}

/// Stored files (spool directory excluded), recursively.
fn stored_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == ".tmp") {
                continue;
            }
            out.extend(stored_files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn spool_files(dir: &Path) -> usize {
    std::fs::read_dir(dir.join(".tmp")).map_or(0, |d| d.count())
}

/// GET a signed file URL (no bearer token).
async fn fetch(app: &TestApp, url: &str) -> reqwest::Response {
    app.http
        .get(format!("{}{url}", app.url))
        .send()
        .await
        .unwrap()
}

async fn brand_with_persona(app: &TestApp, token: &str, name: &str) -> (String, String) {
    let brand = app
        .post("/api/v1/brands", Some(token), json!({"name": name}))
        .await;
    assert_eq!(brand.status, StatusCode::CREATED, "{:?}", brand.body);
    let brand = brand.body["id"].as_str().unwrap().to_owned();
    let persona = app
        .post(
            &format!("/api/v1/brands/{brand}/personas"),
            Some(token),
            json!({"name": "Barista Bea", "buying_stage": "awareness"}),
        )
        .await;
    assert_eq!(persona.status, StatusCode::CREATED, "{:?}", persona.body);
    (brand, persona.body["id"].as_str().unwrap().to_owned())
}

async fn typed_from_bytes(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);

    let image = upload(
        &app,
        &tok,
        &[
            Part::File("logo.png", &png(64, 32)),
            Part::Text("tags", "Logo, Primary"),
        ],
    )
    .await;
    assert_eq!(
        (image["kind"].as_str(), image["content_type"].as_str()),
        (Some("image"), Some("image/png"))
    );
    assert_eq!(
        (image["width"].as_i64(), image["height"].as_i64()),
        (Some(64), Some(32))
    );
    assert_eq!(image["name"], "logo.png");
    assert_eq!(image["tags"], json!(["logo", "primary"]));
    assert_eq!(image["version"], 1);
    assert!(image["url"].as_str().unwrap().starts_with(&format!(
        "/api/v1/files/{}?variant=original&exp=",
        image["id"].as_str().unwrap()
    )));

    let audio = upload(
        &app,
        &tok,
        &[
            Part::File("jingle.bin", MP3),
            Part::Text("name", "Sonic logo"),
        ],
    )
    .await;
    assert_eq!(
        (audio["kind"].as_str(), audio["content_type"].as_str()),
        (Some("audio"), Some("audio/mpeg"))
    );
    assert_eq!(audio["name"], "Sonic logo");
    assert_eq!(audio["thumbnail_status"], "none");

    // the name says PNG, the bytes say PDF: the bytes win
    let doc = upload(&app, &tok, &[Part::File("totally-an-image.png", PDF)]).await;
    assert_eq!(
        (doc["kind"].as_str(), doc["content_type"].as_str()),
        (Some("document"), Some("application/pdf"))
    );
    let r = fetch(&app, doc["url"].as_str().unwrap()).await;
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );

    // a hostile SVG is stored sanitized and is its own thumbnail
    let svg = upload(
        &app,
        &tok,
        &[Part::File("mark.svg", HOSTILE_SVG.as_bytes())],
    )
    .await;
    assert_eq!(
        (svg["kind"].as_str(), svg["content_type"].as_str()),
        (Some("vector"), Some("image/svg+xml"))
    );
    assert_eq!(
        (svg["width"].as_i64(), svg["height"].as_i64()),
        (Some(120), Some(40))
    );
    assert_eq!(svg["thumbnail_status"], "ready");
    let stored = fetch(&app, svg["url"].as_str().unwrap())
        .await
        .text()
        .await
        .unwrap();
    for gone in [
        "alert",
        "script",
        "foreignObject",
        "iframe",
        "evil.example",
        "onload",
        "onclick",
    ] {
        assert!(!stored.contains(gone), "{gone} survived: {stored}");
    }
    assert!(stored.contains("<rect"), "{stored}");
    let thumb = fetch(&app, svg["thumbnail_url"].as_str().unwrap()).await;
    assert_eq!(thumb.headers()["content-type"], "image/svg+xml");

    // executables and pages are refused, whatever they are called
    for (name, bytes) in [
        (
            "setup.png",
            &b"MZ\x90\x00\x03\x00\x00\x00rest of a windows program"[..],
        ),
        (
            "page.svg",
            b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        ),
    ] {
        let r = send_form(&app, "/api/v1/assets", &tok, &[Part::File(name, bytes)]).await;
        assert_eq!(
            r.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{name}: {:?}",
            r.body
        );
        assert_eq!(r.code(), "unsupported_type");
        assert_eq!(r.body["errors"][0]["field"], "file");
    }
    // a form without a file, and a body that is not a form
    let r = send_form(&app, "/api/v1/assets", &tok, &[Part::Text("name", "x")]).await;
    assert_eq!(
        (r.status, r.body["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("file"))
    );
    let r = app
        .post("/api/v1/assets", Some(&tok), json!({"name": "x"}))
        .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let r = send_form(
        &app,
        "/api/v1/assets",
        &tok,
        &[
            Part::File("a.png", &png(2, 2)),
            Part::Text("brand_id", "nope"),
        ],
    )
    .await;
    assert_eq!(r.body["errors"][0]["field"], "brand_id", "{:?}", r.body);
    let r = send_form(
        &app,
        "/api/v1/assets",
        &tok,
        &[
            Part::File("a.png", &png(2, 2)),
            Part::Text("metadata", "[1,2]"),
        ],
    )
    .await;
    assert_eq!(r.body["errors"][0]["field"], "metadata", "{:?}", r.body);
    // refused uploads leave nothing behind
    let originals = stored_files(&storage_dir(&app))
        .into_iter()
        .filter(|p| {
            !p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("thumb-")
        })
        .count();
    assert_eq!(originals, 4, "four assets, one file each, and no more");
    assert_eq!(spool_files(&storage_dir(&app)), 0);
    app.stop().await;
}

#[tokio::test]
async fn uploads_are_typed_from_their_bytes_and_svgs_sanitized() {
    on_every_backend!(typed_from_bytes);
}

async fn size_limit(backend: &'static str) {
    let app = TestApp::start_with(backend, |c| c.storage.max_upload_bytes = 100 * 1024).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let big = vec![b'x'; 300 * 1024];
    let r = send_form(
        &app,
        "/api/v1/assets",
        &tok,
        &[Part::File("big.txt", &big), Part::Text("name", "too big")],
    )
    .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{:?}", r.body);
    assert_eq!(r.code(), "file_too_large");
    assert_eq!(r.body["errors"][0]["field"], "file");
    assert!(
        r.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("100 KiB")
    );
    assert!(stored_files(&storage_dir(&app)).is_empty());
    assert_eq!(spool_files(&storage_dir(&app)), 0, "no partial file");
    let list = app.get("/api/v1/assets", &tok).await;
    assert_eq!(list.body["items"], json!([]));
    // right at the limit is fine, and uploads are not held to the 1 MiB JSON body limit
    let ok = upload(
        &app,
        &tok,
        &[Part::File("fits.txt", &vec![b'y'; 100 * 1024])],
    )
    .await;
    assert_eq!(ok["size_bytes"], 100 * 1024);
    app.stop().await;

    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let big = upload(
        &app,
        &access(&t),
        &[Part::File(
            "deck.pdf",
            &[PDF, &vec![b' '; 3 * 1024 * 1024][..]].concat(),
        )],
    )
    .await;
    assert_eq!(big["size_bytes"], PDF.len() + 3 * 1024 * 1024);
    app.stop().await;
}

#[tokio::test]
async fn uploads_past_the_limit_are_refused_without_leftovers() {
    on_every_backend!(size_limit);
}

async fn list_search_types(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let (brand, persona) = brand_with_persona(&app, &tok, "Acme Coffee").await;
    let logo = upload(
        &app,
        &tok,
        &[
            Part::File("acme-logo.png", &png(10, 10)),
            Part::Text("tags", "logo"),
            Part::Text("tags", "primary"),
            Part::Text("brand_id", &brand),
            Part::Text("persona_ids", &persona),
            Part::Text("description", "The main mark on a dark roast background"),
        ],
    )
    .await;
    assert_eq!(logo["brand_id"], brand.as_str());
    assert_eq!(logo["persona_ids"], json!([persona]));
    let photo = upload(
        &app,
        &tok,
        &[
            Part::File("harvest.png", &png(30, 20)),
            Part::Text("tags", "photography, origin"),
            Part::Text(
                "metadata",
                r#"{"photographer": "Mateo Quispe", "place": "Cusco", "farm": "Finca Café Olé"}"#,
            ),
        ],
    )
    .await;
    let jingle = upload(
        &app,
        &tok,
        &[Part::File("jingle.mp3", MP3), Part::Text("tags", "sonic")],
    )
    .await;
    let guide = upload(&app, &tok, &[Part::File("Brand guide.pdf", PDF)]).await;

    // newest first, paged by cursor
    let page = app.get("/api/v1/assets?limit=3", &tok).await;
    let names: Vec<&str> = page.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Brand guide.pdf", "jingle.mp3", "harvest.png"]);
    let cursor = page.body["next_cursor"].as_str().unwrap();
    let rest = app
        .get(&format!("/api/v1/assets?limit=3&cursor={cursor}"), &tok)
        .await;
    assert_eq!(rest.body["items"][0]["id"], logo["id"]);
    assert!(rest.body["next_cursor"].is_null());
    // filters
    let ids = |r: &Resp| -> Vec<String> {
        r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let audio = app.get("/api/v1/assets?kind=audio", &tok).await;
    assert_eq!(ids(&audio), [jingle["id"].as_str().unwrap()]);
    let tagged = app.get("/api/v1/assets?tag=Origin", &tok).await;
    assert_eq!(ids(&tagged), [photo["id"].as_str().unwrap()]);
    let by_brand = app
        .get(&format!("/api/v1/assets?brand_id={brand}"), &tok)
        .await;
    assert_eq!(ids(&by_brand), [logo["id"].as_str().unwrap()]);
    let by_persona = app
        .get(&format!("/api/v1/assets?persona_id={persona}"), &tok)
        .await;
    assert_eq!(ids(&by_persona), [logo["id"].as_str().unwrap()]);
    let bad = app.get("/api/v1/assets?kind=spreadsheet", &tok).await;
    assert_eq!(
        (bad.status, bad.body["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("kind"))
    );

    // search: names, tags, descriptions and metadata values, by word prefix
    let search = |q: &str| {
        let q = url_encode(q);
        let app = &app;
        let tok = tok.clone();
        async move { app.get(&format!("/api/v1/assets/search?q={q}"), &tok).await }
    };
    assert_eq!(ids(&search("acme").await), [logo["id"].as_str().unwrap()]);
    assert_eq!(
        ids(&search("PRIM").await),
        [logo["id"].as_str().unwrap()],
        "tag prefix"
    );
    assert_eq!(
        ids(&search("dark roast").await),
        [logo["id"].as_str().unwrap()],
        "description"
    );
    assert_eq!(
        ids(&search("quisp").await),
        [photo["id"].as_str().unwrap()],
        "metadata value"
    );
    assert_eq!(
        (ids(&search("cafe ole").await), ids(&search("CAFÉ").await)),
        (
            vec![photo["id"].as_str().unwrap().to_owned()],
            vec![photo["id"].as_str().unwrap().to_owned()]
        ),
        "accents fold the same way on both databases"
    );
    assert_eq!(
        ids(&search("guide pdf").await),
        [guide["id"].as_str().unwrap()]
    );
    assert!(
        ids(&search("logo sonic").await).is_empty(),
        "every word must match"
    );
    for odd in [
        r#"" OR 1=1 --"#,
        "*",
        "NEAR(a b)",
        "a:* & !b",
        "'; DROP TABLE assets; --",
        "(((",
        "ü",
    ] {
        let r = search(odd).await;
        assert_eq!(r.status, StatusCode::OK, "{odd}: {:?}", r.body);
    }
    let r = app.get("/api/v1/assets/search?q=%20", &tok).await;
    assert_eq!(r.body["errors"][0]["field"], "q");
    let only_images = app
        .get("/api/v1/assets/search?q=png&kind=image", &tok)
        .await;
    assert_eq!(ids(&only_images).len(), 2);

    // another organization sees none of it
    let other = app.signup("bob@example.com", "Bobs").await;
    let other_tok = access(&other);
    upload(
        &app,
        &other_tok,
        &[Part::File("acme-logo-copy.png", &png(4, 4))],
    )
    .await;
    let theirs = app.get("/api/v1/assets/search?q=acme", &other_tok).await;
    assert_eq!(theirs.body["items"].as_array().unwrap().len(), 1);
    assert_ne!(theirs.body["items"][0]["id"], logo["id"]);
    assert_eq!(ids(&search("acme").await), [logo["id"].as_str().unwrap()]);
    assert_eq!(
        app.get("/api/v1/assets", &other_tok).await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // statistics per kind
    let types = app.get("/api/v1/assets/types", &tok).await;
    let stat = |kind: &str| {
        types.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["kind"] == kind)
            .unwrap()
            .clone()
    };
    assert_eq!(stat("image")["count"], 2);
    assert_eq!(
        stat("image")["total_bytes"],
        logo["size_bytes"].as_i64().unwrap() + photo["size_bytes"].as_i64().unwrap()
    );
    assert_eq!(stat("audio")["count"], 1);
    assert_eq!(stat("document")["total_bytes"], PDF.len());
    assert_eq!(stat("font")["count"], 0);
    assert_eq!(types.body["total_count"], 4);
    assert_eq!(types.body["upload_limit_bytes"], 50 * 1024 * 1024);
    app.stop().await;
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn list_filter_page_search_and_type_statistics() {
    on_every_backend!(list_search_types);
}

async fn edit_version_delete(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let (brand, persona) = brand_with_persona(&app, &tok, "Acme").await;
    let a = upload(&app, &tok, &[Part::File("logo.png", &png(50, 50))]).await;
    let id = a["id"].as_str().unwrap();

    // metadata, tags, brand and personas; search follows
    let r = app
        .call(Method::PUT, &format!("/api/v1/assets/{id}"), Some(&tok), Some(json!({
            "name": "Logo — dark", "tags": ["Logo", "dark mode", "logo"], "description": "For dark backgrounds",
            "metadata": {"designer": "Studio Nimbus", "year": 2025}, "brand_id": brand, "persona_ids": [persona]
        })))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["name"], "Logo — dark");
    assert_eq!(r.body["tags"], json!(["logo", "dark mode"]));
    assert_eq!(r.body["metadata"]["designer"], "Studio Nimbus");
    assert_eq!(r.body["persona_ids"], json!([persona]));
    let found = app.get("/api/v1/assets/search?q=nimbus", &tok).await;
    assert_eq!(found.body["items"][0]["id"], id);
    assert!(
        app.get("/api/v1/assets/search?q=logo.png", &tok).await.body["items"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the old name is no longer indexed"
    );
    // null unlinks the brand; leaving a field out keeps it
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/assets/{id}"),
            Some(&tok),
            Some(json!({"brand_id": null, "persona_ids": []})),
        )
        .await;
    assert!(r.body["brand_id"].is_null());
    assert_eq!(r.body["persona_ids"], json!([]));
    assert_eq!(r.body["tags"], json!(["logo", "dark mode"]));
    // another organization's persona or brand is refused by field
    let other = app.signup("bob@example.com", "Bobs").await;
    let (other_brand, other_persona) = brand_with_persona(&app, &access(&other), "Bobs").await;
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/assets/{id}"),
            Some(&tok),
            Some(json!({"persona_ids": [other_persona]})),
        )
        .await;
    assert_eq!(
        (r.status, r.body["errors"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("persona_ids"))
    );
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/assets/{id}"),
            Some(&tok),
            Some(json!({"brand_id": other_brand})),
        )
        .await;
    assert_eq!(r.body["errors"][0]["field"], "brand_id");
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/assets/{id}"),
            Some(&tok),
            Some(json!({"name": ""})),
        )
        .await;
    assert_eq!(r.body["errors"][0]["field"], "name");
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/assets/{id}"),
            Some(&tok),
            Some(json!({"metadata": "flat"})),
        )
        .await;
    assert_eq!(r.body["errors"][0]["field"], "metadata");

    // a new version becomes current; the old one is kept
    let first_url = a["url"].as_str().unwrap().to_owned();
    let v2 = send_form(&app, &format!("/api/v1/assets/{id}/versions"), &tok, &[Part::File("logo-v2.svg", br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle r="4"/></svg>"#), Part::Text("comment", "Vector master")]).await;
    assert_eq!(v2.status, StatusCode::CREATED, "{:?}", v2.body);
    assert_eq!(
        (v2.body["version"].as_i64(), v2.body["kind"].as_str()),
        (Some(2), Some("vector"))
    );
    assert_eq!(v2.body["name"], "Logo — dark", "metadata stays");
    let versions = app
        .get(&format!("/api/v1/assets/{id}/versions"), &tok)
        .await;
    let items = versions.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        (
            items[0]["version"].as_i64(),
            items[0]["current"].as_bool(),
            items[0]["comment"].as_str()
        ),
        (Some(2), Some(true), Some("Vector master"))
    );
    assert_eq!(
        (
            items[1]["version"].as_i64(),
            items[1]["current"].as_bool(),
            items[1]["content_type"].as_str()
        ),
        (Some(1), Some(false), Some("image/png"))
    );
    // each kept version has its own signed URL, serving that version's bytes
    let old = fetch(&app, items[1]["url"].as_str().unwrap()).await;
    assert_eq!(old.status(), StatusCode::OK);
    assert_eq!(old.headers()["content-type"], "image/png");
    assert_eq!(
        old.headers()["etag"].to_str().unwrap(),
        format!("\"{}\"", items[1]["sha256"].as_str().unwrap())
    );
    assert!(old.bytes().await.unwrap().starts_with(b"\x89PNG"));
    let tampered = items[1]["url"]
        .as_str()
        .unwrap()
        .replace("variant=version", "variant=original");
    assert_eq!(fetch(&app, &tampered).await.status(), StatusCode::FORBIDDEN);
    let served = fetch(&app, &first_url).await;
    assert_eq!(
        served.headers()["content-type"],
        "image/svg+xml",
        "the URL serves the current file"
    );
    // both files are kept; the PNG's rendered thumbnail went with its version
    assert_eq!(
        stored_files(&storage_dir(&app)).len(),
        2,
        "{:?}",
        stored_files(&storage_dir(&app))
    );

    // delete removes rows and files
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/assets/{id}"),
            Some(&tok),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&format!("/api/v1/assets/{id}"), &tok).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        fetch(&app, &first_url).await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(
        stored_files(&storage_dir(&app)).is_empty(),
        "{:?}",
        stored_files(&storage_dir(&app))
    );
    // every change is in the audit log, with who made it
    let log = app.get("/api/v1/audit-log?limit=200", &tok).await;
    let mut actions: Vec<&str> = log.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["target_type"] == "asset" && e["target_id"] == id)
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    actions.sort_unstable();
    actions.dedup();
    assert_eq!(
        actions,
        [
            "asset.deleted",
            "asset.updated",
            "asset.uploaded",
            "asset.version_added"
        ]
    );
    app.stop().await;
}

#[tokio::test]
async fn metadata_personas_versions_and_delete() {
    on_every_backend!(edit_version_delete);
}

async fn signed_files(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let a = upload(&app, &tok, &[Part::File("Café logo.png", &png(600, 300))]).await;
    let url = a["url"].as_str().unwrap();
    let r = fetch(&app, url).await;
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert_eq!(h["content-type"], "image/png");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(
        h["content-security-policy"],
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"
    );
    assert_eq!(
        h["content-disposition"],
        "inline; filename=\"Caf_ logo.png\"; filename*=UTF-8''Caf%C3%A9%20logo%2Epng"
    );
    let cache = h["cache-control"].to_str().unwrap();
    let max_age: i64 = cache
        .strip_prefix("private, max-age=")
        .unwrap()
        .parse()
        .unwrap();
    let exp: i64 = url
        .split("exp=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        max_age > 0 && max_age <= exp - chrono::Utc::now().timestamp() + 1,
        "{cache}"
    );
    assert_eq!(
        r.bytes().await.unwrap().len() as i64,
        a["size_bytes"].as_i64().unwrap()
    );

    // byte ranges, for seeking in audio and video
    let r = app
        .http
        .get(format!("{}{url}", app.url))
        .header("range", "bytes=0-7")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        r.headers()["content-range"],
        format!("bytes 0-7/{}", a["size_bytes"])
    );
    assert_eq!(&r.bytes().await.unwrap()[..], b"\x89PNG\r\n\x1a\n");
    let r = app
        .http
        .get(format!("{}{url}", app.url))
        .header("range", "bytes=999999999-")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::RANGE_NOT_SATISFIABLE);

    // the signature is the authorization: any change to the URL is refused
    let id = a["id"].as_str().unwrap();
    for bad in [
        url.replace("sig=", "sig=00"),
        url.replace("variant=original", "variant=thumbnail"),
        format!("/api/v1/files/{id}"),
        format!("/api/v1/files/{id}?variant=original&exp=99999999999&sig=abc"),
        url.replace(id, &uuid::Uuid::new_v4().to_string()),
    ] {
        let r = fetch(&app, &bad).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{bad}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["code"], "invalid_signature");
    }
    let signer = app.state().service::<assets::UrlSigner>();
    let id_uuid: uuid::Uuid = id.parse().unwrap();
    let expired = signer.sign(
        id_uuid,
        assets::Variant::Original,
        chrono::Utc::now().timestamp() - 3 * signer.ttl_secs,
    );
    assert_eq!(fetch(&app, &expired).await.status(), StatusCode::FORBIDDEN);

    // the thumbnail job renders a WebP of at most 400 px
    let mut asset = a.clone();
    for _ in 0..200 {
        if asset["thumbnail_status"] != "pending" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        asset = app.get(&format!("/api/v1/assets/{id}"), &tok).await.body;
    }
    assert_eq!(asset["thumbnail_status"], "ready", "{asset:?}");
    let r = fetch(&app, asset["thumbnail_url"].as_str().unwrap()).await;
    assert_eq!(r.headers()["content-type"], "image/webp");
    let img = image::load_from_memory(&r.bytes().await.unwrap()).unwrap();
    assert_eq!((img.width(), img.height()), (400, 200));

    // a document is downloaded, not shown
    let text = upload(&app, &tok, &[Part::File("notes", b"plain words\n")]).await;
    let r = fetch(&app, text["url"].as_str().unwrap()).await;
    assert_eq!(r.headers()["content-type"], "text/plain; charset=utf-8");
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"notes.txt\"; filename*=UTF-8''notes%2Etxt"
    );
    assert!(text["thumbnail_url"].is_null());
    app.stop().await;
}

#[tokio::test]
async fn signed_file_urls_headers_ranges_and_thumbnails() {
    on_every_backend!(signed_files);
}

async fn isolation_and_roles(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let a = app.signup("ada@example.com", "Acme").await;
    let tok = access(&a);
    let b = app.signup("bob@example.com", "Bobs").await;
    let theirs = upload(&app, &access(&b), &[Part::File("secret.png", &png(4, 4))]).await;
    let id = theirs["id"].as_str().unwrap();
    for (method, path) in [
        (Method::GET, format!("/api/v1/assets/{id}")),
        (Method::PUT, format!("/api/v1/assets/{id}")),
        (Method::DELETE, format!("/api/v1/assets/{id}")),
        (Method::GET, format!("/api/v1/assets/{id}/versions")),
    ] {
        let body = (method == Method::PUT).then(|| json!({"name": "mine now"}));
        let r = app.call(method.clone(), &path, Some(&tok), body).await;
        assert_eq!(
            (r.status, r.code()),
            (StatusCode::NOT_FOUND, "not_found"),
            "{method} {path}"
        );
    }
    let r = send_form(
        &app,
        &format!("/api/v1/assets/{id}/versions"),
        &tok,
        &[Part::File("x.png", &png(2, 2))],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/api/v1/assets/{id}"), &access(&b))
            .await
            .body["name"],
        "secret.png"
    );
    let summaries = assets::summaries(
        app.state(),
        a["organization"]["id"].as_str().unwrap().parse().unwrap(),
        &[id.parse().unwrap()],
    )
    .await
    .unwrap();
    assert!(summaries.is_empty(), "summaries are scoped too");

    // a Viewer reads but does not write
    let viewer = app.add_member(&tok, "vera@example.com", "viewer").await;
    let vt = access(&viewer);
    let mine = upload(&app, &tok, &[Part::File("ours.png", &png(4, 4))]).await;
    let mine_id = mine["id"].as_str().unwrap();
    assert_eq!(app.get("/api/v1/assets", &vt).await.status, StatusCode::OK);
    assert_eq!(
        app.get(&format!("/api/v1/assets/{mine_id}"), &vt)
            .await
            .status,
        StatusCode::OK
    );
    let r = send_form(
        &app,
        "/api/v1/assets",
        &vt,
        &[Part::File("x.png", &png(2, 2))],
    )
    .await;
    assert_eq!((r.status, r.code()), (StatusCode::FORBIDDEN, "forbidden"));
    let r = app
        .call(
            Method::PUT,
            &format!("/api/v1/assets/{mine_id}"),
            Some(&vt),
            Some(json!({"name": "x"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/assets/{mine_id}"),
            Some(&vt),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = send_form(
        &app,
        &format!("/api/v1/assets/{mine_id}/versions"),
        &vt,
        &[Part::File("x.png", &png(2, 2))],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn other_organizations_assets_are_404_and_viewers_cannot_write() {
    on_every_backend!(isolation_and_roles);
}

async fn module_api(backend: &'static str) {
    let app = TestApp::start(backend).await;
    let t = app.signup("ada@example.com", "Acme").await;
    let org: uuid::Uuid = t["organization"]["id"].as_str().unwrap().parse().unwrap();
    let state = app.state();
    let stored = assets::store_bytes_for(
        state,
        org,
        None,
        "favicon.svg",
        HOSTILE_SVG.as_bytes().to_vec(),
        None,
        vec!["Captured".into()],
    )
    .await
    .unwrap();
    assert_eq!(
        (stored.kind, stored.tags.clone()),
        (assets::Kind::Vector, vec!["captured".to_owned()])
    );
    let (ct, bytes) = assets::read_bytes(state, org, stored.id).await.unwrap();
    assert_eq!(ct, "image/svg+xml");
    assert!(!String::from_utf8(bytes).unwrap().contains("script"));
    let png_asset = assets::store_bytes_for(state, org, None, "og.png", png(8, 4), None, vec![])
        .await
        .unwrap();
    let missing = uuid::Uuid::new_v4();
    let s = assets::summaries(state, org, &[png_asset.id, missing, stored.id])
        .await
        .unwrap();
    assert_eq!(
        s.iter().map(|x| x.id).collect::<Vec<_>>(),
        [png_asset.id, stored.id]
    );
    assert_eq!(
        (s[0].width, s[0].height, s[0].content_type.as_str()),
        (Some(8), Some(4), "image/png")
    );
    assert!(s[0].url.starts_with("/api/v1/files/"));
    assert!(matches!(
        assets::store_bytes_for(
            state,
            org,
            None,
            "run.exe",
            b"MZ\x90\x00".to_vec(),
            None,
            vec![]
        )
        .await,
        Err(assets::AssetError::Unsupported(_))
    ));
    assert!(matches!(
        assets::read_bytes(state, org, missing).await,
        Err(assets::AssetError::NotFound)
    ));
    app.stop().await;
}

#[tokio::test]
async fn the_rust_api_for_other_modules() {
    on_every_backend!(module_api);
}

async fn on_object_storage(backend: &'static str) {
    let s3 = assets::storage::testing::FakeS3::start("BRANDIUM", "minio-secret").await;
    let endpoint = s3.url.clone();
    let app = TestApp::start_with(backend, |c| {
        c.storage.backend = "s3".into();
        c.storage.s3_endpoint = Some(endpoint);
        c.storage.s3_bucket = Some("assets".into());
        c.storage.s3_access_key = Some("BRANDIUM".into());
        c.storage.s3_secret_key = Some("minio-secret".to_owned().into());
    })
    .await;
    let t = app.signup("ada@example.com", "Acme").await;
    let tok = access(&t);
    let a = upload(&app, &tok, &[Part::File("wide.png", &png(800, 100))]).await;
    let id = a["id"].as_str().unwrap();
    assert_eq!(s3.keys().len(), 1);
    let r = fetch(&app, a["url"].as_str().unwrap()).await;
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(
        r.bytes().await.unwrap().len() as i64,
        a["size_bytes"].as_i64().unwrap()
    );
    let mut asset = a.clone();
    for _ in 0..200 {
        if asset["thumbnail_status"] != "pending" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        asset = app.get(&format!("/api/v1/assets/{id}"), &tok).await.body;
    }
    assert_eq!(asset["thumbnail_status"], "ready");
    assert_eq!(
        s3.keys().len(),
        2,
        "the file and its thumbnail: {:?}",
        s3.keys()
    );
    assert!(
        stored_files(&storage_dir(&app)).is_empty(),
        "nothing kept locally"
    );
    assert_eq!(spool_files(&storage_dir(&app)), 0);
    let r = app
        .call(
            Method::DELETE,
            &format!("/api/v1/assets/{id}"),
            Some(&tok),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(s3.keys().is_empty(), "{:?}", s3.keys());
    app.stop().await;
}

#[tokio::test]
async fn assets_on_s3_compatible_storage() {
    on_every_backend!(on_object_storage);
}
