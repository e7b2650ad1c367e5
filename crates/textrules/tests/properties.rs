//! Properties over many generated posts: words and links are never cut, every thread part fits
//! with its number, formatting a formatted text changes nothing, and protected segments (a
//! disclaimer, a call to action) survive every shortening and thread verbatim.

use textrules::{Platform, RuleSettings, count, format, format_with, text_limit, validate};

/// xorshift64*: small, seeded, and the same on every machine.
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
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "marketing",
    "launch",
    "today",
    "the",
    "a",
    "brand",
    "calm",
    "team",
    "we",
    "ship",
    "new",
    "features",
    "Donaudampfschifffahrtsgesellschaft",
    "Kundenzufriedenheitsumfrage",
    "Straße",
    "café",
    "مرحبا",
    "بالعالم",
    "التسويق",
    "اليوم",
    "नमस्ते",
    "Привет",
    "мир",
];
const CJK: &[&str] = &[
    "今日は新製品の発表です。",
    "新しいブランド戦略、",
    "市場調査の結果を共有します。",
    "我们发布了新功能，",
];
const EMOJI: &[&str] = &["🚀", "👨‍👩‍👧‍👦", "🇯🇵", "🏳️‍🌈", "👍🏽", "❤️", "1️⃣"];
const LINKS: &[&str] = &[
    "https://example.com/launch?ref=social",
    "example.com/path",
    "www.brandium.io/blog/post-1",
    "https://例え.jp/パス",
];
const TAGS: &[&str] = &["#marketing", "#launch", "#ブランド", "#SaaS"];
const ATS: &[&str] = &["@alice", "@bob@mastodon.social"];
const PUNCT: &[&str] = &["", "", "", ",", ".", "!", "?", ":"];
const GAPS: &[&str] = &[" ", " ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", " — "];

fn generate(rng: &mut Rng) -> (String, bool) {
    let span = if rng.below(4) == 0 { 400 } else { 80 };
    let tokens = 3 + rng.below(span);
    let mut text = String::new();
    let mut oversized = false;
    for i in 0..tokens {
        if i > 0 {
            text.push_str(rng.pick(GAPS));
        }
        let token = match rng.below(40) {
            0..=24 => {
                let word = rng.pick(WORDS);
                format!("{word}{}", rng.pick(PUNCT))
            }
            25..=28 => rng.pick(CJK).to_owned(),
            29..=31 => rng.pick(EMOJI).to_owned(),
            32..=33 => rng.pick(LINKS).to_owned(),
            34..=36 => rng.pick(TAGS).to_owned(),
            37..=38 => rng.pick(ATS).to_owned(),
            _ if rng.below(3) == 0 => {
                oversized = true;
                format!("https://example.com/{}", "x".repeat(320))
            }
            _ => rng.pick(WORDS).to_owned(),
        };
        text.push_str(&token);
    }
    (text, oversized)
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x4E00..=0x9FFF) || "。、，".contains(c)
}

/// Whether `piece` is a whole input token, or a token cut only where the text allows it: after
/// trailing clause punctuation, between CJK characters, or a tag that lost its `#`.
fn whole(piece: &str, tokens: &[&str]) -> bool {
    tokens.iter().any(|t| {
        if *t == piece || t.strip_prefix('#') == Some(piece) {
            return true;
        }
        t.match_indices(piece).any(|(at, _)| {
            let end = at + piece.len();
            let left_ok = at == 0 || t[..at].chars().next_back().is_some_and(is_cjk);
            let rest = &t[end..];
            let right_ok = rest.is_empty()
                || rest.chars().all(|c| ",;:—–".contains(c))
                || (piece.chars().next_back().is_some_and(is_cjk)
                    && rest.chars().next().is_some_and(is_cjk));
            left_ok && right_ok
        })
    })
}

#[test]
fn formatting_never_cuts_words_or_links_and_fits_every_part() {
    let settings = RuleSettings::default();
    let mut rng = Rng(0x5EED_CAFE_F00D_0001);
    for round in 0..120 {
        let (text, oversized) = generate(&mut rng);
        let tokens: Vec<&str> = text.split_whitespace().collect();
        for platform in Platform::ALL {
            let f = format(platform, &text, &settings);
            let total = f.parts.len();
            let limit = text_limit(platform, &settings);
            for (i, part) in f.parts.iter().enumerate() {
                let suffix = format!(" {}/{total}", i + 1);
                let body = if total > 1 {
                    part.strip_suffix(&suffix)
                } else {
                    Some(part.as_str())
                };
                let Some(body) = body else {
                    panic!("{platform:?} round {round}: part {i} lacks its number: {part:?}");
                };
                for piece in body.split_whitespace() {
                    let piece = piece.strip_suffix('…').unwrap_or(piece);
                    assert!(
                        piece.is_empty() || whole(piece, &tokens),
                        "{platform:?} round {round}: cut {piece:?}"
                    );
                }
                let length = count(platform, part, &settings);
                let single_giant = body.split_whitespace().count() == 1;
                assert!(
                    length <= limit || (oversized && single_giant),
                    "{platform:?} round {round}: {length} > {limit}"
                );
            }
            if !oversized {
                let found = validate(platform, &f.parts, &settings);
                let blocking: Vec<_> = found
                    .iter()
                    .filter(|v| !matches!(v.code, "too_many_mentions" | "too_many_links"))
                    .collect();
                assert!(
                    blocking.is_empty(),
                    "{platform:?} round {round}: {blocking:?}"
                );
            }
        }
    }
}

#[test]
fn formatting_is_idempotent() {
    let settings = RuleSettings::default();
    let mut rng = Rng(0x1DE4_7E47_0000_0002);
    for round in 0..120 {
        let (text, _) = generate(&mut rng);
        for platform in Platform::ALL {
            let first = format(platform, &text, &settings);
            for part in &first.parts {
                let again = format(platform, part, &settings);
                let fits = count(platform, part, &settings) <= text_limit(platform, &settings);
                if fits {
                    assert_eq!(
                        again.parts,
                        std::slice::from_ref(part),
                        "{platform:?} round {round}"
                    );
                    assert!(
                        again.changes.is_empty(),
                        "{platform:?} round {round}: {:?}",
                        again.changes
                    );
                }
            }
        }
    }
}

#[test]
fn protected_segments_survive_shortening_and_threads() {
    const DISCLAIMERS: &[&str] = &[
        "Rebates depend on your utility and are not guaranteed.",
        "Capital at risk.",
        "Terms apply: see https://example.com/terms for details.",
    ];
    const CTAS: &[&str] = &[
        "Book a free roof check: https://example.com/roof",
        "Start your trial today.",
        "Sign up at www.brandium.io/start",
    ];
    let settings = RuleSettings::default();
    let mut rng = Rng(0x0DD5_EED5_0000_0003);
    for round in 0..120 {
        let (text, _) = generate(&mut rng);
        let disclaimer = rng.pick(DISCLAIMERS);
        let cta = rng.pick(CTAS);
        // The call to action somewhere in the middle, the disclaimer at the end, as writers put them.
        let cut = text
            .char_indices()
            .map(|(i, _)| i)
            .nth(text.chars().count() / 2)
            .unwrap_or(0);
        let cut = text[..cut].rfind(' ').unwrap_or(0);
        let post = format!("{} {cta} {} {disclaimer}", &text[..cut], &text[cut..]);
        for platform in Platform::ALL {
            let f = format_with(platform, &post, &settings, &[disclaimer, cta]);
            let last = f.parts.last().expect("at least one part");
            for segment in [disclaimer, cta] {
                assert!(
                    last.contains(segment),
                    "{platform:?} round {round}: {segment:?} lost from {:?}",
                    f.parts
                );
            }
            let limit = text_limit(platform, &settings);
            let protected_alone = count(platform, &format!("{cta} {disclaimer}"), &settings);
            for part in &f.parts {
                let length = count(platform, part, &settings);
                let giant = part.contains(&"x".repeat(320));
                assert!(
                    length <= limit || giant || protected_alone > limit,
                    "{platform:?} round {round}: {length} > {limit}: {part:?}"
                );
            }
        }
    }
}
