//! Checks about 1 MB of mixed marketing copy against a brand policy with a few hundred banned
//! terms and prints the time taken. Run with
//! `cargo run --release -p compliance --example throughput`.

use std::hint::black_box;
use std::time::Instant;

use compliance::{
    BannedTerm, CheckInput, CompiledPolicy, Context, Policy, Tone, check, check_compiled,
};

const PARAGRAPHS: &[&str] = &[
    "Acme Notes keeps your team's ideas in one place. Search finds any page in a second, \
     and sharing takes one click. We're proud of it, and we think you'll love it!",
    "Our clinically proven formula is the best on the market, guaranteed. Lose 10 pounds in \
     a week with no side effects, or double your money. #1 choice of doctors. 🎉🎉",
    "Organizational transformation necessitates comprehensive stakeholder communication, \
     particularly regarding infrastructural modernization initiatives across departments.",
    "Hey folks 👋🏽 big news: our new app is live in 東京, Zürich and São Paulo. \
     #launch #saas #startup #growth #productivity",
    "Unsubscribe at any time: {{unsubscribe_url}}. Acme Ltd, 123 Main Street, Springfield.",
];

fn main() {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 1_000_000 {
        text.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        text.push_str(if i % 3 == 0 { "\n\n" } else { " " });
        i += 1;
    }
    let mut banned: Vec<BannedTerm> = (0..300)
        .map(|n| BannedTerm {
            term: format!("legacy term {n}"),
            replacement: Some(format!("new term {n}")),
            reason: "renamed".into(),
        })
        .collect();
    for (term, replacement) in [
        ("synergy", "teamwork"),
        ("cheap", "affordable"),
        ("app", "tool"),
    ] {
        banned.push(BannedTerm {
            term: term.into(),
            replacement: Some(replacement.into()),
            reason: "voice".into(),
        });
    }
    let policy = Policy {
        banned,
        required_terms: vec!["Acme".into(), "notes".into()],
        required_disclaimers: vec!["Terms and conditions apply.".into()],
        preferred_words: vec!["craft".into(), "members".into()],
        tone: Some(Tone::default()),
        reading_grade_target: Some(8.0),
        max_hashtags: Some(3),
        ..Policy::default()
    };

    let started = Instant::now();
    let compiled = CompiledPolicy::new(&policy);
    let compile_time = started.elapsed();

    let mb = text.len() as f64 / 1_000_000.0;
    for context in [Context::General, Context::Email, Context::Influencer] {
        let started = Instant::now();
        let report = black_box(check_compiled(&compiled, &text, context, None));
        let elapsed = started.elapsed();
        println!(
            "{context:?}: {mb:.2} MB, {} words, {} findings, score {} in {:.1} ms ({:.1} MB/s)",
            report.readability.words,
            report.findings.len(),
            report.score,
            elapsed.as_secs_f64() * 1000.0,
            mb / elapsed.as_secs_f64()
        );
    }
    println!(
        "compile policy ({} terms): {:.2} ms",
        policy.banned.len(),
        compile_time.as_secs_f64() * 1000.0
    );

    let post = PARAGRAPHS[1];
    let runs = 10_000;
    let started = Instant::now();
    for _ in 0..runs {
        black_box(check_compiled(
            &compiled,
            black_box(post),
            Context::Social,
            None,
        ));
    }
    let per_post = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
    let started = Instant::now();
    for _ in 0..100 {
        black_box(check(&CheckInput {
            policy: Some(&policy),
            context: Context::Social,
            ..CheckInput::new(black_box(post))
        }));
    }
    let uncompiled = started.elapsed().as_secs_f64() * 1e6 / 100.0;
    println!("one social post: {per_post:.1} µs compiled, {uncompiled:.1} µs compiling each time");
}
