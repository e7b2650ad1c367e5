//! Times `build_map` on a synthetic crawl: 500 pages of about 1,000 words over five sites.
//! Run with `cargo run --release -p keywords --example map_timing`.

use std::time::Instant;

use keywords::{Document, MapOptions, build_map};

const CONTENT: &str = "email marketing automation newsletter subscriber campaign segment list \
    welcome series open rate click rate landing page template builder conversion funnel lead \
    scoring crm pipeline sales team social media scheduling content calendar post analytics report \
    dashboard seo audit keyword ranking backlink crawl budget site speed structured data pricing \
    plan free trial demo integration api webhook workflow trigger personalization dynamic content \
    a/b test subject line deliverability spam filter domain reputation inbox placement revenue \
    attribution customer journey retention churn onboarding upsell referral program loyalty";
const GLUE: &str = "the a of to and in for with on your our is are that this it by from as can";

/// Small deterministic generator so the crawl is identical on every run.
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

fn main() {
    let content: Vec<&str> = CONTENT.split_whitespace().collect();
    let glue: Vec<&str> = GLUE.split_whitespace().collect();
    let sources = ["ours", "Globex", "Initech", "Umbrella", "Hooli"];
    let kinds = ["blog", "product", "pricing", "home", "other"];
    let mut rng = Lcg(42);
    let docs: Vec<Document> = (0..500)
        .map(|i| {
            let mut text = String::new();
            for w in 0..1000 {
                let word = if rng.next(3) == 0 {
                    glue[rng.next(glue.len())]
                } else {
                    content[rng.next(content.len())]
                };
                text.push_str(word);
                text.push(if w % 14 == 13 { '.' } else { ' ' });
                if w % 14 == 13 {
                    text.push(' ');
                }
            }
            let source = sources[i % sources.len()];
            Document {
                url: format!("https://{source}.example/page-{i}"),
                source: source.to_string(),
                is_ours: source == "ours",
                title: format!(
                    "{} {} guide",
                    content[rng.next(content.len())],
                    content[rng.next(content.len())]
                ),
                headings: vec![format!(
                    "{} {}",
                    content[rng.next(content.len())],
                    content[rng.next(content.len())]
                )],
                text,
                page_kind: Some(kinds[i % kinds.len()].to_string()),
            }
        })
        .collect();
    let brands: Vec<String> = sources[1..].iter().map(|s| s.to_string()).collect();
    let start = Instant::now();
    let map = build_map(&docs, &brands, &MapOptions::default());
    let elapsed = start.elapsed();
    println!(
        "500 pages, {} words: {} keywords, {} clusters, {} gaps in {:.0} ms",
        docs.iter()
            .map(|d| d.text.split_whitespace().count())
            .sum::<usize>(),
        map.keywords.len(),
        map.clusters.len(),
        map.gaps.len(),
        elapsed.as_secs_f64() * 1000.0
    );
}
