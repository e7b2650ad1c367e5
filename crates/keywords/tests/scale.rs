//! A crawl of realistic size: 200 pages of 1,000 words over five sites. Checks the map's
//! invariants and that it is the same on every run; the 500-page timing lives in
//! `examples/map_timing.rs` (run it with --release).

use keywords::{Document, MapOptions, build_map};

const CONTENT: &str = "email marketing automation newsletter subscriber campaign segment list \
    welcome series open rate click rate landing page template builder conversion funnel lead \
    scoring crm pipeline sales team social media scheduling content calendar post analytics report \
    seo audit keyword ranking backlink crawl budget site speed structured data pricing plan trial";
const GLUE: &str = "the a of to and in for with on your our is are that this it by from as can";

struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn crawl() -> Vec<Document> {
    let content: Vec<&str> = CONTENT.split_whitespace().collect();
    let glue: Vec<&str> = GLUE.split_whitespace().collect();
    let sources = ["ours", "Globex", "Initech", "Umbrella", "Hooli"];
    let mut rng = Lcg(7);
    (0..200)
        .map(|i| {
            let mut text = String::new();
            for w in 0..1000 {
                let word = if rng.next(3) == 0 {
                    glue[rng.next(glue.len())]
                } else {
                    content[rng.next(content.len())]
                };
                text.push_str(word);
                text.push_str(if w % 12 == 11 { ". " } else { " " });
            }
            let source = sources[i % sources.len()];
            Document {
                url: format!("https://{source}.example/{i}"),
                source: source.to_string(),
                is_ours: source == "ours",
                title: format!(
                    "{} {}",
                    content[rng.next(content.len())],
                    content[rng.next(content.len())]
                ),
                headings: vec![content[rng.next(content.len())].to_string()],
                text,
                page_kind: Some(["blog", "product", "pricing", "home"][i % 4].to_string()),
            }
        })
        .collect()
}

#[test]
fn a_full_crawl_keeps_the_map_invariants() {
    let docs = crawl();
    let options = MapOptions::default();
    let map = build_map(&docs, &["Globex".to_string()], &options);
    assert_eq!(map.keywords.len(), options.max_keywords);
    for k in &map.keywords {
        assert!(k.pages.len() <= 10, "{}", k.phrase);
        assert!(k.ours <= 40, "ours has 40 pages");
        assert!(k.competitors.values().all(|&n| n <= 40));
        assert!(!k.competitors.contains_key("ours"));
        assert!((0.0..=1.0).contains(&k.score));
        let words: Vec<&str> = k.phrase.split(' ').collect();
        assert!((1..=3).contains(&words.len()), "{}", k.phrase);
        let cluster = map.clusters.iter().find(|c| c.id == k.cluster_id);
        assert!(cluster.is_some_and(|c| c.keywords.contains(&k.phrase)));
    }
    let clustered: usize = map.clusters.iter().map(|c| c.keywords.len()).sum();
    assert_eq!(clustered, map.keywords.len());
    assert!(
        map.clusters.len() < map.keywords.len(),
        "shared words group phrases"
    );
    for g in &map.gaps {
        assert!(map.clusters.iter().any(|c| c.id == g.cluster_id && c.gap));
    }
    assert_eq!(
        build_map(&docs, &["Globex".to_string()], &options),
        map,
        "same crawl, same map"
    );
}
