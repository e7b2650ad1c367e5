//! Composes 1,000 drafts across every channel (variants 0-4, each request on its own seed,
//! so every call recomputes the variants before it) and prints the mean time per draft;
//! then the product's pattern (an item's variants 0, 1, 2 in turn on one seed) and the
//! mean per channel for first variants alone.
//! Run in release: `cargo run --release -p composer --example speed`.

use std::hint::black_box;
use std::time::Instant;

use content::{BrandFacts, Brief, Channel, ComposeRequest, PersonaFacts, Step};

fn request(i: u32) -> ComposeRequest {
    let channel = Channel::ALL[i as usize % Channel::ALL.len()];
    ComposeRequest {
        brand: BrandFacts {
            name: "Tidewater".into(),
            tagline: "Plan less, publish more".into(),
            value_propositions: vec![
                "A shared calendar for every channel".into(),
                "Approvals in one click".into(),
                "Reports that write themselves".into(),
            ],
            pillars: vec!["content planning".into(), "team workflow".into()],
            category: "content planning software".into(),
            audience: "small marketing teams".into(),
            benefit: "ship campaigns on time".into(),
            differentiator: "it plans around your team's real capacity".into(),
            avoid_words: vec!["synergy".into(), "leverage".into()],
            hashtags: vec!["Tidewater".into()],
            ..BrandFacts::default()
        },
        persona: Some(PersonaFacts {
            role: "marketing lead".into(),
            goals: vec!["launch campaigns without weekend work".into()],
            pains: vec!["chasing approvals over email".into()],
            objections: vec!["switching tools takes too long".into()],
            ..PersonaFacts::default()
        }),
        brief: Brief {
            goal: "trial sign-ups".into(),
            key_message: "The capacity planner shows who can take on what.".into(),
            call_to_action: "Start your trial".into(),
            cta_url: Some("https://tidewater.example/trial".into()),
            keywords: vec!["content calendar".into()],
            ..Brief::default()
        },
        channel,
        variant: i % 5,
        step: (channel == Channel::Email).then_some(Step {
            index: i % 4,
            total: 4,
        }),
        seed: u64::from(i),
    }
}

fn main() {
    const N: u32 = 1_000;
    let requests: Vec<ComposeRequest> = (0..N).map(request).collect();
    // Warm up caches and the allocator.
    for r in requests.iter().take(50) {
        black_box(composer::compose(r));
    }
    let start = Instant::now();
    let mut words = 0usize;
    for r in &requests {
        words += black_box(composer::compose(r)).word_count();
    }
    let elapsed = start.elapsed();
    println!(
        "{N} drafts across {} channels in {:.1} ms: mean {:.1} µs per draft ({words} words in all)",
        Channel::ALL.len(),
        elapsed.as_secs_f64() * 1e3,
        elapsed.as_secs_f64() * 1e6 / f64::from(N),
    );
    // How the product calls it: each item's variants 0, 1, 2 in turn, on one seed.
    let items: Vec<ComposeRequest> = (0..300)
        .map(|i| ComposeRequest {
            variant: 0,
            ..request(i)
        })
        .collect();
    let start = Instant::now();
    let mut n = 0u32;
    for item in &items {
        for v in 0..3 {
            let r = ComposeRequest {
                variant: v,
                ..item.clone()
            };
            black_box(composer::compose(&r));
            n += 1;
        }
    }
    let elapsed = start.elapsed();
    println!(
        "{n} drafts as items × variants 0-2: mean {:.1} µs per draft",
        elapsed.as_secs_f64() * 1e6 / f64::from(n),
    );
    // Variants 0-4 above; first variants alone show the cost of one composition.
    for ch in Channel::ALL {
        let reqs: Vec<ComposeRequest> = (0..200)
            .map(|i| ComposeRequest {
                channel: ch,
                variant: 0,
                step: None,
                ..request(i)
            })
            .collect();
        let start = Instant::now();
        for r in &reqs {
            black_box(composer::compose(r));
        }
        let us = start.elapsed().as_secs_f64() * 1e6 / reqs.len() as f64;
        println!("  {:<20} variant 0: {us:.1} µs", ch.as_str());
    }
}
