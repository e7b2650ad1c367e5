//! Prints drafts for a sample brand: `cargo run -p composer --example preview -- linkedin 3`
//! shows three variants of a LinkedIn post.

use content::{BrandFacts, Brief, Channel, ComposeRequest, EmojiUse, PersonaFacts, Step, Tone};

fn main() {
    let mut args = std::env::args().skip(1);
    let channel: Channel = args
        .next()
        .and_then(|c| c.parse().ok())
        .unwrap_or(Channel::Linkedin);
    let count: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
    let tone = args.next().unwrap_or_default();
    let mut req = sample(channel);
    match tone.as_str() {
        "formal" => {
            req.brand.tone = Tone {
                formal_casual: 5,
                serious_playful: 20,
                respectful_irreverent: 10,
                matter_of_fact_enthusiastic: 30,
            }
        }
        "casual" => {
            req.brand.tone = Tone {
                formal_casual: 95,
                serious_playful: 80,
                respectful_irreverent: 70,
                matter_of_fact_enthusiastic: 80,
            }
        }
        "empty" => req = ComposeRequest::new(channel),
        _ => {}
    }
    for v in 0..count {
        req.variant = v;
        if channel == Channel::Email {
            req.step = Some(Step {
                index: v,
                total: count,
            });
        }
        let draft = content_json(&composer::compose(&req));
        println!("--- variant {v} ---\n{draft}\n");
    }
}

fn content_json(d: &content::Draft) -> String {
    serde_json::to_string_pretty(d).unwrap_or_default()
}

fn sample(channel: Channel) -> ComposeRequest {
    ComposeRequest {
        brand: BrandFacts {
            name: "Tidewater".into(),
            tagline: "Plan less, publish more".into(),
            mission: "To help small marketing teams do their best work without burning out".into(),
            values: vec!["clarity".into(), "kindness".into()],
            value_propositions: vec![
                "A shared calendar for every channel".into(),
                "Approvals in one click".into(),
                "Reports that write themselves".into(),
            ],
            pillars: vec!["content planning".into(), "team workflow".into()],
            category: "content planning software".into(),
            audience: "small marketing teams".into(),
            benefit: "ship campaigns on time without the spreadsheet chaos".into(),
            differentiator: "it plans around your team's real capacity, not wishful thinking".into(),
            emoji: EmojiUse::Sparing,
            hashtags: vec!["#Tidewater".into()],
            max_hashtags: 3,
            disclaimers: vec![],
            website: Some("https://tidewater.example".into()),
            ..BrandFacts::default()
        },
        persona: Some(PersonaFacts {
            name: "Maya".into(),
            role: "marketing lead".into(),
            goals: vec!["launch campaigns without weekend work".into(), "prove marketing's impact".into()],
            pains: vec!["chasing approvals over email".into(), "Spreadsheets that are out of date by Monday".into()],
            objections: vec!["switching tools takes too long".into()],
            buying_stage: "consideration".into(),
        }),
        brief: Brief {
            goal: "trial sign-ups".into(),
            key_message: "Tidewater's new capacity planner shows who can take on what before you commit to a deadline.".into(),
            call_to_action: "Start your trial".into(),
            cta_url: Some("https://tidewater.example/trial".into()),
            keywords: vec!["content calendar".into(), "marketing workflow".into()],
            ..Brief::default()
        },
        channel,
        variant: 0,
        step: None,
        seed: 11,
    }
}
