use std::io::Write;

use super::*;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

const URLSET: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>
      https://example.com/a?x=1&amp;y=2
    </loc>
    <lastmod>2024-05-01</lastmod>
    <image:image><image:loc>https://example.com/img.png</image:loc></image:image>
  </url>
  <url><loc><![CDATA[https://example.com/b]]></loc></url>
  <url><loc>https://example.com/&#99;</loc><priority>0.5</priority></url>
  <url><loc>   </loc></url>
</urlset>"#;

#[test]
fn parses_a_urlset_with_namespaces_whitespace_entities_and_cdata() {
    let Sitemap::Urls(urls) = parse_sitemap(URLSET.as_bytes()).unwrap() else {
        panic!("not a urlset")
    };
    assert_eq!(
        urls,
        [
            SitemapUrl {
                loc: "https://example.com/a?x=1&y=2".into(),
                lastmod: Some("2024-05-01".into())
            },
            SitemapUrl {
                loc: "https://example.com/b".into(),
                lastmod: None
            },
            SitemapUrl {
                loc: "https://example.com/c".into(),
                lastmod: None
            },
        ]
    );
}

#[test]
fn parses_a_gzipped_index_by_its_magic_bytes() {
    let index = r#"<?xml version="1.0"?>
        <sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sm:sitemap><sm:loc>https://example.com/s1.xml</sm:loc><sm:lastmod>2024-01-01</sm:lastmod></sm:sitemap>
          <sm:sitemap><sm:loc>https://example.com/s2.xml.gz</sm:loc></sm:sitemap>
        </sm:sitemapindex>"#;
    let parsed = parse_sitemap(&gzip(index.as_bytes())).unwrap();
    assert_eq!(
        parsed,
        Sitemap::Index(vec![
            "https://example.com/s1.xml".into(),
            "https://example.com/s2.xml.gz".into()
        ])
    );
}

#[test]
fn parses_plain_text_sitemaps() {
    let text = "\u{feff}https://example.com/a\r\n\n  https://example.com/b  \nnot a url\n";
    let Sitemap::Urls(urls) = parse_sitemap(text.as_bytes()).unwrap() else {
        panic!()
    };
    let locs: Vec<&str> = urls.iter().map(|u| u.loc.as_str()).collect();
    assert_eq!(locs, ["https://example.com/a", "https://example.com/b"]);
}

#[test]
fn invalid_documents_are_typed_errors() {
    assert!(matches!(
        parse_sitemap(b"<urlset><url><loc>https://e.com/</loc></urlx></urlset>"),
        Err(SitemapError::Xml(_))
    ));
    assert!(matches!(
        parse_sitemap(b"<urlset><url><loc>https://e.com/</loc>"),
        Err(SitemapError::Xml(_))
    ));
    assert_eq!(
        parse_sitemap(b"<html><body>Not found</body></html>"),
        Err(SitemapError::UnexpectedRoot("html".into()))
    );
    assert_eq!(parse_sitemap(b"  \n"), Err(SitemapError::Empty));
    assert!(matches!(
        parse_sitemap(&[0x1f, 0x8b, 1, 2, 3]),
        Err(SitemapError::Gzip(_))
    ));
    assert!(matches!(
        parse_sitemap(b"<urlset><url><loc>https://e.com/&nbsp;</loc></url></urlset>"),
        Err(SitemapError::Xml(_))
    ));
}

#[test]
fn keeps_at_most_50000_urls() {
    let mut xml = String::from("<urlset>");
    for i in 0..MAX_SITEMAP_URLS + 5 {
        xml.push_str(&format!("<url><loc>https://e.com/{i}</loc></url>"));
    }
    xml.push_str("</urlset>");
    let Sitemap::Urls(urls) = parse_sitemap(xml.as_bytes()).unwrap() else {
        panic!()
    };
    assert_eq!(urls.len(), MAX_SITEMAP_URLS);
    assert_eq!(urls[0].loc, "https://e.com/0");
}

#[test]
fn refuses_files_over_50_mb_even_when_gzipped() {
    let big = vec![b' '; MAX_SITEMAP_BYTES + 1];
    assert_eq!(parse_sitemap(&gzip(&big)), Err(SitemapError::TooLarge));
}
