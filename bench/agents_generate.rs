//! Drafts without a language model, measured: 1,000 drafts written by the built-in composer
//! across every channel, each formatted for its platform and checked against a brand (the
//! whole per-draft work of the `agents.generate` job except the database), and the compliance
//! check's throughput on 1 MB of text. Run by hand: `make bench` or
//! `cargo run --release -p agents --example agents_generate`.

use std::time::Instant;

use agents::review;
use content::{BrandFacts, Brief, Channel, ComposeRequest, EmojiUse, PersonaFacts, Tone};

fn brand() -> BrandFacts {
    BrandFacts {
        name: "Northwind".into(),
        tagline: "Calm releases for busy teams".into(),
        mission: "Make shipping software boring in the best way".into(),
        values: vec!["Calm".into(), "Candour".into()],
        value_propositions: vec![
            "Ship on Fridays without fear".into(),
            "One dashboard for every release".into(),
        ],
        pillars: vec!["Release safety".into(), "Team focus".into()],
        category: "release management".into(),
        audience: "engineering leads at growing companies".into(),
        benefit: "releases that never wake anyone up".into(),
        differentiator: "automatic rollbacks tied to business metrics".into(),
        avoid_words: vec!["cheap".into(), "synergy".into()],
        tone: Tone {
            formal_casual: 60,
            serious_playful: 40,
            respectful_irreverent: 30,
            matter_of_fact_enthusiastic: 55,
        },
        emoji: EmojiUse::Sparing,
        hashtags: vec!["CalmOps".into()],
        max_hashtags: 3,
        disclaimers: vec!["Terms apply.".into()],
        website: Some("https://northwind.example".into()),
        ..BrandFacts::default()
    }
}

fn policy() -> compliance::Policy {
    compliance::Policy {
        banned: vec![compliance::BannedTerm {
            term: "cheap".into(),
            replacement: Some("affordable".into()),
            reason: String::new(),
        }],
        required_disclaimers: vec!["Terms apply.".into()],
        reading_grade_target: Some(8.0),
        ..compliance::Policy::default()
    }
}

fn main() {
    let facts = brand();
    let persona = PersonaFacts {
        name: "Ops lead".into(),
        role: "Head of platform".into(),
        goals: vec!["calm launches".into()],
        pains: vec!["late-night rollbacks".into()],
        objections: vec!["another tool to learn".into()],
        buying_stage: "consideration".into(),
    };
    let brief = Brief {
        goal: "launch week sign-ups".into(),
        key_message: "Northwind 2.0 makes every release calm".into(),
        call_to_action: "Start a free trial".into(),
        cta_url: Some("https://northwind.example/trial".into()),
        keywords: vec!["release management".into()],
        ..Brief::default()
    };
    let compiled = compliance::CompiledPolicy::new(&policy());
    let rules = textrules::RuleSettings::default();
    let n = 1000;
    let mut per_channel = vec![(0u128, 0u32); Channel::ALL.len()];
    let started = Instant::now();
    let mut words = 0usize;
    for i in 0..n {
        let c = i % Channel::ALL.len();
        let channel = Channel::ALL[c];
        let t = Instant::now();
        let req = ComposeRequest {
            brand: facts.clone(),
            persona: Some(persona.clone()),
            brief: brief.clone(),
            channel,
            variant: (i / Channel::ALL.len()) as u32,
            step: None,
            seed: i as u64,
        };
        let draft = composer::compose(&req);
        let r = review::review(&draft, channel, Some(&compiled), &rules);
        std::hint::black_box(&r);
        words += draft.word_count();
        per_channel[c].0 += t.elapsed().as_micros();
        per_channel[c].1 += 1;
    }
    let total = started.elapsed();
    println!(
        "{n} drafts (compose + format + validate + compliance): {:.1} ms total, {:.3} ms per draft, {words} words",
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3 / n as f64
    );
    println!("| channel | mean per draft |");
    println!("|---|---|");
    for (c, (us, k)) in per_channel.iter().enumerate() {
        println!(
            "| {} | {:.3} ms |",
            Channel::ALL[c].as_str(),
            *us as f64 / 1e3 / f64::from(*k)
        );
    }

    // 1 MB of varied marketing text through the brand's compiled policy
    let paragraph = "Northwind 2.0 is the best, guaranteed way to ship! Our cheap plan is risk-free and \
        helps ops leads sleep. Try it today 🚀 #CalmOps. Releases should be calm, and rollbacks automatic. ";
    let mut text = String::new();
    while text.len() < 1024 * 1024 {
        text.push_str(paragraph);
    }
    let t = Instant::now();
    let report = compliance::check_compiled(&compiled, &text, compliance::Context::Social, None);
    let took = t.elapsed();
    println!(
        "compliance on {:.2} MB: {:.1} ms ({:.1} MB/s), {} findings, score {}",
        text.len() as f64 / 1048576.0,
        took.as_secs_f64() * 1e3,
        text.len() as f64 / 1048576.0 / took.as_secs_f64(),
        report.findings.len(),
        report.score
    );
}
