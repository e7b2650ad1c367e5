//! Random Unicode input must never panic, and every report must keep its promises: spans on
//! char boundaries, findings sorted, a score that matches the findings, finite figures.

use compliance::{
    BannedTerm, CompiledPolicy, Context, EmojiRule, ExclamationRule, Policy, Report, Tone,
    check_compiled, estimate_tone, readability, rule, score, syllables,
};

/// xorshift64*: a few lines, deterministic, good enough to scatter test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces that exercise the tricky paths: joiners, selectors, merge tags, claim symbols.
const PIECES: &[&str] = &[
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ".",
    "!",
    "!!",
    "?!",
    "…",
    "...",
    "#",
    "#1",
    "100%",
    "100 %",
    "'",
    "’",
    "-",
    "—",
    "{{",
    "}}",
    "{{unsubscribe_url}}",
    "<a href=\"",
    "\">",
    "</a>",
    "<a>",
    "*|UNSUB|*",
    "$",
    "€5",
    "e\u{301}",
    "\u{301}",
    "\u{200D}",
    "\u{FE0F}",
    "\u{20E3}",
    "1\u{FE0F}\u{20E3}",
    "👩\u{200D}💻",
    "👍🏽",
    "🇫🇷",
    "🇫",
    "🎉",
    "❤\u{FE0F}",
    "©",
    "İ",
    "ẞ",
    "ß",
    "ǅ",
    "Σ",
    "東京",
    "。",
    "！",
    "Привет",
    "synergy",
    "Synergy",
    "SYNERGY",
    "best",
    "the best",
    "Best regards",
    "guaranteed returns",
    "lose",
    "10",
    "5,000",
    "pounds",
    "earn",
    "a",
    "day",
    "cures",
    "#ad",
    "sponsored",
    "unsubscribe",
    "123",
    "Main",
    "Street",
    "Hauptstraße",
    "PO",
    "Box",
    "CA",
    "95014",
    "SW1A",
    "1AA",
    "you're",
    "don't",
    "awesome",
    "hereby",
    "Mr.",
    "e.g.",
    "U.S.",
    "café",
    "straße",
    "über",
    "ünd",
    "\u{0}",
    "\u{FEFF}",
    "\u{10FFFF}",
    "\u{E0067}",
];

fn random_text(rng: &mut Rng, max_pieces: usize) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(max_pieces + 1) {
        match rng.below(4) {
            0 => {
                let mut c = None;
                while c.is_none() {
                    c = char::from_u32((rng.next() % 0x11_0000) as u32);
                }
                s.extend(c);
            }
            1 => s.push(char::from(b' ' + rng.below(95) as u8)),
            _ => s.push_str(PIECES[rng.below(PIECES.len())]),
        }
    }
    s
}

fn policy() -> Policy {
    let banned = |t: &str, r: Option<&str>| BannedTerm {
        term: t.into(),
        replacement: r.map(Into::into),
        reason: "test".into(),
    };
    Policy {
        banned: vec![
            banned("synergy", Some("teamwork")),
            banned("straße", Some("Weg")),
            banned("İ", Some("i")),
            banned("", Some("x")),
            banned("!!!", None),
            banned("東京", Some("Tokyo")),
            banned("e\u{301}", Some("é")),
        ],
        required_terms: vec!["Acme".into(), "—".into(), "Σ".into()],
        required_disclaimers: vec!["Terms apply.".into(), "   ".into()],
        preferred_words: vec!["craft".into(), "".into()],
        tone: Some(Tone {
            formal_casual: 200,
            serious_playful: 0,
            respectful_irreverent: 50,
            matter_of_fact_enthusiastic: 10,
        }),
        reading_grade_target: Some(2.0),
        max_sentence_words: Some(5),
        emoji: EmojiRule::Never,
        exclamation: ExclamationRule::MaxPerText(1),
        max_hashtags: Some(1),
        language: compliance::Language::En,
    }
}

const CONTEXTS: [Context; 6] = [
    Context::General,
    Context::Social,
    Context::Influencer,
    Context::Ad,
    Context::Email,
    Context::Blog,
];

fn assert_sound(text: &str, report: &Report) {
    let mut last = (0, 0);
    for f in &report.findings {
        assert!(f.start <= f.end && f.end <= text.len(), "{f:?} in {text:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?} in {text:?}"
        );
        assert!((f.start, f.end) >= last, "unsorted at {f:?}");
        last = (f.start, f.end);
        assert!(rule::ALL.contains(&f.rule), "{}", f.rule);
        assert!(!f.message.is_empty());
    }
    assert!(report.score <= 100);
    assert_eq!(report.score, score(&report.findings));
    let r = &report.readability;
    for x in [
        r.flesch_reading_ease,
        r.flesch_kincaid_grade,
        r.gunning_fog,
        r.smog,
        r.coleman_liau,
        r.automated_readability,
        r.avg_sentence_words,
    ] {
        assert!(x.is_finite(), "{r:?}");
    }
    let json = serde_json::to_string(report).expect("serialize");
    let back: Report = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back.findings, report.findings);
}

#[test]
fn random_unicode_never_panics_and_reports_stay_sound() {
    let compiled = [
        CompiledPolicy::new(&policy()),
        CompiledPolicy::new(&Policy::default()),
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut spans_seen = 0;
    for round in 0..1500 {
        let text = random_text(&mut rng, 80);
        let html = random_text(&mut rng, 30);
        let context = CONTEXTS[round % CONTEXTS.len()];
        for c in &compiled {
            let with_html = (round % 2 == 0).then_some(html.as_str());
            let report = check_compiled(c, &text, context, with_html);
            assert_sound(&text, &report);
            spans_seen += report.findings.iter().filter(|f| f.end > f.start).count();
        }
        let _ = estimate_tone(&text);
        assert_eq!(
            readability(&text),
            compiled[1].check(&text, context, None).readability
        );
        for word in text.split_whitespace() {
            assert!(syllables(word) >= 1);
        }
    }
    // The inputs must actually reach the span-producing rules for the test to mean much.
    assert!(spans_seen > 5000, "{spans_seen}");
}

#[test]
fn long_repeated_findings_keep_spans_and_scores_bounded() {
    let text = "Synergy!!! 🎉 #a #b #1 best. ".repeat(500);
    let report = check_compiled(
        &CompiledPolicy::new(&policy()),
        &text,
        Context::Influencer,
        None,
    );
    assert_sound(&text, &report);
    assert!(report.findings.len() > 2000);
    assert_eq!(report.score, 0);
}

/// Inputs shaped to trip quadratic scans: 50 KB each would take minutes if any rule
/// rescanned the rest of the text per match.
#[test]
fn adversarial_inputs_stay_linear() {
    let nested: Vec<BannedTerm> = (1..=12)
        .map(|n| BannedTerm {
            term: vec!["go"; n].join(" "),
            replacement: None,
            reason: String::new(),
        })
        .collect();
    let repeated: Vec<BannedTerm> = (0..300)
        .map(|_| BannedTerm {
            term: "go".into(),
            replacement: None,
            reason: String::new(),
        })
        .collect();
    let policies = [
        CompiledPolicy::new(&Policy {
            banned: nested,
            ..Policy::default()
        }),
        CompiledPolicy::new(&Policy {
            banned: repeated,
            required_terms: vec!["go go".into(); 50],
            ..Policy::default()
        }),
    ];
    let size = 50_000;
    let inputs = [
        "go ".repeat(size / 3),
        "<a ".repeat(size / 3),
        "{{".repeat(size / 2),
        "x.".repeat(size / 2),
        "a.b.c.d ".repeat(size / 8),
        "!".repeat(size),
        "👩\u{200D}".repeat(size / 7),
        "#a".repeat(size / 2),
        "lose ".repeat(size / 5),
        "earn $".repeat(size / 6),
        "\n".repeat(size),
    ];
    for text in &inputs {
        for c in &policies {
            let report = check_compiled(c, text, Context::Email, Some(text));
            assert_sound(text, &report);
        }
    }
    let go = check_compiled(&policies[0], &inputs[0], Context::General, None);
    let banned = go
        .findings
        .iter()
        .filter(|f| f.rule == rule::BANNED_TERM)
        .count();
    // Twelve-word matches, taken greedily.
    assert_eq!(banned, (size / 3).div_ceil(12));
}
