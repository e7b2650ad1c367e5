//! Images, stylesheet, script, favicon, robots.txt and the gzipped sitemaps.

use std::collections::HashMap;
use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::Response;

/// A 1x1 PNG; image decoders stop at IEND, so padding after it sets the file size freely.
const PNG_1X1: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn ok(content_type: &str, body: Vec<u8>) -> Response {
    Response {
        status: 200,
        content_type: content_type.into(),
        headers: vec![("cache-control".into(), "max-age=3600".into())],
        body: body.into(),
        delay_ms: 0,
    }
}

/// A PNG of exactly `bytes` bytes (at least the 1x1 image).
pub fn png(bytes: usize) -> Response {
    let mut body = PNG_1X1.to_vec();
    body.resize(bytes.max(PNG_1X1.len()), 0);
    ok("image/png", body)
}

pub fn html_status(status: u16, message: &str) -> Response {
    Response {
        status,
        content_type: "text/html; charset=utf-8".into(),
        headers: Vec::new(),
        body: format!("<!DOCTYPE html><html lang=\"en\"><head><title>{message}</title></head><body><h1>{message}</h1></body></html>").into(),
        delay_ms: 0,
    }
}

pub fn redirect(status: u16, location: &str) -> Response {
    Response {
        status,
        content_type: "text/plain".into(),
        headers: vec![("location".into(), location.into())],
        body: Default::default(),
        delay_ms: 0,
    }
}

pub fn statics(r: &mut HashMap<String, Response>) {
    r.insert(
        "/assets/site.css".into(),
        ok(
            "text/css",
            b"body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem}nav a{margin-right:1rem}img{max-width:100%;height:auto}".to_vec(),
        ),
    );
    r.insert(
        "/assets/site.js".into(),
        ok(
            "application/javascript",
            b"document.documentElement.classList.add('js');".to_vec(),
        ),
    );
    let mut icon = png(1_150);
    icon.content_type = "image/x-icon".into();
    r.insert("/favicon.ico".into(), icon);
    r.insert("/images/logo.png".into(), png(3_200));
    r.insert("/images/og.png".into(), png(48_000));
    for k in 0..8 {
        r.insert(
            format!("/images/blog/cover-{k}.png"),
            png(20_000 + k * 3_000),
        );
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(data);
    enc.finish().unwrap_or_default()
}

fn urlset(base: &str, paths: &[&String]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in paths {
        s.push_str(&format!(
            "<url><loc>{}</loc></url>\n",
            crate::page::esc(&format!("{base}{p}"))
        ));
    }
    s.push_str("</urlset>\n");
    s
}

/// robots.txt, a sitemap index, and two gzipped sitemaps (blog posts, everything else).
pub fn sitemaps(
    r: &mut HashMap<String, Response>,
    base: &str,
    listed: &[String],
    robots_extra: &[String],
) {
    let (posts, pages): (Vec<&String>, Vec<&String>) = listed.iter().partition(|p| {
        p.starts_with("/blog/")
            && !p.starts_with("/blog/category/")
            && !p.starts_with("/blog/page/")
            && p.as_str() != "/blog/"
    });
    let mut gz = ok("application/gzip", gzip(urlset(base, &pages).as_bytes()));
    gz.headers.clear();
    r.insert("/sitemaps/pages.xml.gz".into(), gz.clone());
    gz.body = gzip(urlset(base, &posts).as_bytes()).into();
    r.insert("/sitemaps/posts.xml.gz".into(), gz);
    let index = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<sitemap><loc>{base}/sitemaps/pages.xml.gz</loc></sitemap>\n<sitemap><loc>{base}/sitemaps/posts.xml.gz</loc></sitemap>\n</sitemapindex>\n"
    );
    r.insert(
        "/sitemap_index.xml".into(),
        ok("application/xml", index.into_bytes()),
    );
    let mut robots = String::from("User-agent: *\nDisallow: /admin/\n");
    for line in robots_extra.iter().filter(|l| !l.starts_with("Sitemap:")) {
        robots.push_str(line);
        robots.push('\n');
    }
    robots.push_str(&format!("\nSitemap: {base}/sitemap_index.xml\n"));
    for line in robots_extra.iter().filter(|l| l.starts_with("Sitemap:")) {
        robots.push_str(line);
        robots.push('\n');
    }
    r.insert(
        "/robots.txt".into(),
        ok("text/plain; charset=utf-8", robots.into_bytes()),
    );
}
