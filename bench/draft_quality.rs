//! Drafts people can trust, measured: the built-in composer writes for 8 brands of different
//! industries × 13 channels × 3 variants, each draft mended and reviewed as the
//! `agents.generate` job does; reported are the share of variants that pass the platform rules,
//! carry every required disclaimer verbatim, and are pairwise distinct from the other variants
//! of their item (at most 60% shared word trigrams), and the time per draft. Run by hand:
//! `cargo run --release -p agents --example draft_quality`.

use std::time::Instant;

use agents::{mend, review};
use content::{
    BrandFacts, Brief, Channel, ComposeRequest, EmojiUse, PersonaFacts, Replacement, Tone,
};

struct Case {
    brand: BrandFacts,
    persona: PersonaFacts,
    brief: Brief,
}

fn tone(fc: u8, sp: u8, ri: u8, me: u8) -> Tone {
    Tone {
        formal_casual: fc,
        serious_playful: sp,
        respectful_irreverent: ri,
        matter_of_fact_enthusiastic: me,
    }
}

#[allow(clippy::too_many_arguments)]
fn brand(
    name: &str,
    industry: &str,
    category: &str,
    offer: &str,
    location: &str,
    audience: &str,
    benefit: &str,
    proof: &[&str],
    disclaimer: &str,
    tone: Tone,
    emoji: EmojiUse,
    max_hashtags: u8,
) -> BrandFacts {
    BrandFacts {
        name: name.into(),
        industry: industry.into(),
        category: category.into(),
        offer: offer.into(),
        location: location.into(),
        audience: audience.into(),
        benefit: benefit.into(),
        proof_points: proof.iter().map(|s| s.to_string()).collect(),
        disclaimers: if disclaimer.is_empty() {
            Vec::new()
        } else {
            vec![disclaimer.into()]
        },
        tone,
        emoji,
        max_hashtags,
        hashtags: vec![name.replace([' ', '&', '\''], "")],
        avoid_words: vec!["cheap".into()],
        replacements: vec![Replacement {
            term: "cheap".into(),
            replacement: "affordable".into(),
        }],
        ..BrandFacts::default()
    }
}

fn persona(name: &str, pains: &[&str], goals: &[&str]) -> PersonaFacts {
    PersonaFacts {
        name: name.into(),
        role: String::new(),
        goals: goals.iter().map(|s| s.to_string()).collect(),
        pains: pains.iter().map(|s| s.to_string()).collect(),
        objections: Vec::new(),
        buying_stage: "consideration".into(),
    }
}

fn brief(key: &str, cta: &str, url: &str, campaign: &str) -> Brief {
    Brief {
        goal: "more booked appointments".into(),
        key_message: key.into(),
        call_to_action: cta.into(),
        cta_url: Some(url.into()),
        campaign: Some(campaign.into()),
        ..Brief::default()
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            brand: brand(
                "SunPath Solar",
                "residential solar",
                "solar panel installation",
                "a free home energy assessment",
                "Sacramento",
                "homeowners",
                "lower power bills",
                &["4,000 roofs since 2009"],
                "Savings depend on your roof, usage and utility rates.",
                tone(40, 30, 20, 45),
                EmojiUse::Sparing,
                3,
            ),
            persona: persona(
                "Homeowner",
                &["summer power bills over $400"],
                &["cut the monthly bill"],
            ),
            brief: brief(
                "Summer bills are the best reason to go solar",
                "Book a free assessment",
                "https://sunpath.example/assessment",
                "Q3 lead gen push",
            ),
        },
        Case {
            brand: brand(
                "Rapid Flow Plumbing",
                "plumbing",
                "home plumbing and drain repair",
                "same-day drain cleaning",
                "Denver",
                "homeowners and landlords",
                "a plumber at your door within hours",
                &["licensed since 1998", "upfront flat prices"],
                "Same-day service subject to availability.",
                tone(70, 45, 30, 50),
                EmojiUse::Sparing,
                2,
            ),
            persona: persona(
                "Landlord",
                &["tenants calling about blocked drains"],
                &["fix problems fast"],
            ),
            brief: brief(
                "A blocked drain fixed the same day, at a flat price",
                "Book a plumber",
                "https://rapidflow.example/book",
                "winter retention",
            ),
        },
        Case {
            brand: brand(
                "Ember & Oak",
                "coffee roasting",
                "specialty coffee roaster",
                "a monthly single-origin subscription",
                "Portland",
                "home coffee lovers",
                "fresh coffee roasted to order",
                &["roasted within 48 hours of shipping"],
                "",
                tone(80, 65, 40, 70),
                EmojiUse::Encouraged,
                4,
            ),
            persona: persona(
                "Home brewer",
                &["stale supermarket beans"],
                &["a better morning cup"],
            ),
            brief: brief(
                "Our Ethiopian Guji is back for the season",
                "Subscribe",
                "https://emberoak.example/subscribe",
                "subscriber growth OKR",
            ),
        },
        Case {
            brand: brand(
                "BrightSmile Dental",
                "dental clinic",
                "family dentistry",
                "a new-patient check-up and clean",
                "Austin",
                "families",
                "healthy smiles without the anxiety",
                &["open Saturdays", "25 years of family care"],
                "New-patient offer valid for first visits only.",
                tone(30, 25, 10, 40),
                EmojiUse::Never,
                2,
            ),
            persona: persona(
                "Parent",
                &["kids who dread the dentist"],
                &["stress-free check-ups"],
            ),
            brief: brief(
                "Saturday appointments for the whole family",
                "Book a check-up",
                "https://brightsmile.example/book",
                "new patient acquisition",
            ),
        },
        Case {
            brand: brand(
                "Northwind",
                "software",
                "release management software",
                "a 14-day free trial",
                "",
                "engineering leads",
                "calm, predictable releases",
                &["used by 1,200 teams"],
                "Terms apply.",
                tone(60, 40, 30, 55),
                EmojiUse::Sparing,
                3,
            ),
            persona: persona("Ops lead", &["late-night rollbacks"], &["calm launches"]),
            brief: brief(
                "Northwind 2.0 makes every release calm",
                "Start a free trial",
                "https://northwind.example/trial",
                "launch week",
            ),
        },
        Case {
            brand: brand(
                "Ledgerly",
                "accounting",
                "bookkeeping and tax for small businesses",
                "a fixed-fee year-end tax return",
                "Manchester",
                "small business owners",
                "books that are always ready for tax time",
                &["chartered accountants", "over 600 clients"],
                "Ledgerly does not provide investment advice. Fees exclude VAT.",
                tone(20, 20, 10, 30),
                EmojiUse::Never,
                1,
            ),
            persona: persona(
                "Owner",
                &["a shoebox of receipts in January"],
                &["file on time"],
            ),
            brief: brief(
                "Tax season without the January panic",
                "Get a quote",
                "https://ledgerly.example/quote",
                "tax season upsell",
            ),
        },
        Case {
            brand: brand(
                "Stillwater Yoga",
                "yoga studio",
                "yoga and meditation studio",
                "a first week of classes for $20",
                "Boulder",
                "beginners and busy professionals",
                "a calmer mind and a stronger back",
                &["12 classes a day", "certified teachers"],
                "Intro offer for new students only.",
                tone(55, 35, 15, 35),
                EmojiUse::Never,
                2,
            ),
            persona: persona(
                "Beginner",
                &["back pain from sitting all day"],
                &["feel stronger"],
            ),
            brief: brief(
                "Your first week of yoga, for $20",
                "Book your first class",
                "https://stillwater.example/intro",
                "membership funnel",
            ),
        },
        Case {
            brand: brand(
                "Loom & Thread",
                "fashion retail",
                "online clothing shop",
                "free returns on every order",
                "",
                "style-conscious shoppers",
                "clothes made to last",
                &["organic cotton", "made in Portugal"],
                "Free returns within 30 days.",
                tone(75, 60, 35, 65),
                EmojiUse::Encouraged,
                5,
            ),
            persona: persona(
                "Shopper",
                &["fast fashion that falls apart"],
                &["a wardrobe that lasts"],
            ),
            brief: brief(
                "The autumn collection is here",
                "Shop the collection",
                "https://loomthread.example/autumn",
                "AOV uplift",
            ),
        },
    ]
}

/// The brand's rules as the compliance engine reads them (the job builds the same from the profile).
fn policy_of(b: &BrandFacts) -> compliance::Policy {
    compliance::Policy {
        banned: b
            .replacements
            .iter()
            .map(|r| compliance::BannedTerm {
                term: r.term.clone(),
                replacement: Some(r.replacement.clone()),
                reason: String::new(),
            })
            .collect(),
        required_disclaimers: b.disclaimers.clone(),
        max_hashtags: Some(usize::from(b.max_hashtags)),
        ..compliance::Policy::default()
    }
}

/// Every required disclaimer appears verbatim in what is published: the thread's parts for a
/// social post, else the reader-visible text.
fn carries_disclaimers(published: &str, disclaimers: &[String]) -> bool {
    disclaimers.iter().all(|d| published.contains(d.as_str()))
}

fn main() {
    let rules = textrules::RuleSettings::default();
    let (mut total, mut fits, mut disclaimed, mut distinct_pairs, mut pairs) = (0, 0, 0, 0, 0);
    let mut max_overlap = 0.0f64;
    let mut compose_time = 0.0f64;
    let mut pipeline_time = 0.0f64;
    let mut failures: Vec<String> = Vec::new();
    for case in cases() {
        let plain = policy_of(&case.brand);
        let policy = compliance::CompiledPolicy::new(&plain);
        let mend_rules = mend::MendRules::new(&case.brand, &case.brief, &plain);
        for channel in Channel::ALL {
            let mut texts: Vec<String> = Vec::new();
            for variant in 0..3u32 {
                let req = ComposeRequest {
                    brand: case.brand.clone(),
                    persona: Some(case.persona.clone()),
                    brief: case.brief.clone(),
                    channel,
                    variant,
                    step: None,
                    seed: 7,
                };
                let t = Instant::now();
                let draft = composer::compose(&req);
                compose_time += t.elapsed().as_secs_f64();
                let draft = mend::mend(&draft, channel, &mend_rules, &rules).draft;
                let r = review::review(&draft, channel, Some(&policy), &rules);
                pipeline_time += t.elapsed().as_secs_f64();
                total += 1;
                if r.fits {
                    fits += 1;
                } else {
                    failures.push(format!(
                        "{} {} v{variant}: does not fit",
                        case.brand.name,
                        channel.as_str()
                    ));
                }
                let text = if r.parts.is_empty() {
                    draft.main_text()
                } else {
                    r.parts.join("\n\n")
                };
                if carries_disclaimers(&text, &case.brand.disclaimers) {
                    disclaimed += 1;
                } else {
                    failures.push(format!(
                        "{} {} v{variant}: disclaimer missing",
                        case.brand.name,
                        channel.as_str()
                    ));
                }
                for earlier in &texts {
                    let o = content::overlap_without(earlier, &text, &case.brand.disclaimers);
                    max_overlap = max_overlap.max(o);
                    pairs += 1;
                    if o <= content::MAX_TRIGRAM_OVERLAP {
                        distinct_pairs += 1;
                    } else {
                        failures.push(format!(
                            "{} {}: variants {:.0}% alike",
                            case.brand.name,
                            channel.as_str(),
                            o * 100.0
                        ));
                    }
                }
                // `SHOW=SunPath` prints that brand's drafts, for reading the copy itself.
                if std::env::var("SHOW")
                    .is_ok_and(|b| !b.is_empty() && case.brand.name.starts_with(&b))
                {
                    println!("--- {} v{variant}\n{text}\n", channel.as_str());
                }
                texts.push(text);
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b as f64;
    println!("{total} variants (8 brands x 13 channels x 3 variants)");
    println!("| measure | figure |");
    println!("|---|---|");
    println!(
        "| pass the platform rules | {:.1}% ({fits}/{total}) |",
        pct(fits, total)
    );
    println!(
        "| carry every required disclaimer | {:.1}% ({disclaimed}/{total}) |",
        pct(disclaimed, total)
    );
    println!(
        "| pairwise distinct (<= 60% shared trigrams) | {:.1}% ({distinct_pairs}/{pairs} pairs), most alike pair {:.0}% |",
        pct(distinct_pairs, pairs),
        max_overlap * 100.0
    );
    println!(
        "| compose, per draft | {:.3} ms |",
        compose_time * 1e3 / total as f64
    );
    println!(
        "| compose + mend + format + review, per draft | {:.3} ms |",
        pipeline_time * 1e3 / total as f64
    );
    for f in failures.iter().take(20) {
        println!("  {f}");
    }
}
