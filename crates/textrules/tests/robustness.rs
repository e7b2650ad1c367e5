//! Arbitrary input, however odd, never panics and always yields in-bounds, char-aligned offsets.

use textrules::{
    AdFields, AdFormat, Platform, RuleSettings, count, fit_ad_field, format, validate, validate_ad,
};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const POOL: &[char] = &[
    'a',
    'Z',
    '0',
    '9',
    ' ',
    ' ',
    ' ',
    '\n',
    '\r',
    '\t',
    '.',
    ',',
    '!',
    '?',
    ':',
    ';',
    '/',
    '-',
    '_',
    '#',
    '@',
    '＃',
    '＠',
    '&',
    '$',
    '(',
    ')',
    '"',
    '…',
    '—',
    '\u{A0}',
    '\u{2028}',
    '\u{301}',
    '\u{200D}',
    '\u{FE0F}',
    '\u{20E3}',
    '\u{1F1EF}',
    '\u{1F1F5}',
    '\u{1F468}',
    '\u{1F3FD}',
    '😀',
    '日',
    '本',
    '。',
    '、',
    'ー',
    '」',
    'م',
    'ر',
    '؟',
    'ä',
    'ß',
    'क',
    '्',
    '\u{E0067}',
    '\u{E007F}',
    '\u{0}',
    '\u{FFFD}',
];
const FRAGMENTS: &[&str] = &[
    "https://",
    "http://x.co",
    "example.com",
    ".org/",
    "www.",
    "@a@b.social",
    "#tag",
    "\n\n",
];

fn arbitrary(rng: &mut Rng) -> String {
    let len = rng.below(700);
    let mut text = String::new();
    for _ in 0..len {
        if rng.below(12) == 0 {
            text.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        } else {
            text.push(POOL[rng.below(POOL.len())]);
        }
    }
    text
}

#[test]
fn arbitrary_text_is_handled_without_panics() {
    let settings = RuleSettings {
        mastodon_char_limit: 120,
        instagram_hashtag_limit: 3,
    };
    let mut rng = Rng(0xDEAD_BEEF_1234_5678);
    for _ in 0..400 {
        let text = arbitrary(&mut rng);
        for platform in Platform::ALL {
            let _ = count(platform, &text, &settings);
            let f = format(platform, &text, &settings);
            assert!(!f.parts.is_empty());
            let mut parts = f.parts.clone();
            parts.push(text.clone());
            for v in validate(platform, &parts, &settings) {
                let part = &parts[v.part];
                assert!(v.start <= v.end && v.end <= part.len(), "{v:?}");
                assert!(
                    part.is_char_boundary(v.start) && part.is_char_boundary(v.end),
                    "{v:?}"
                );
            }
        }
        for (format, field) in [
            (AdFormat::GoogleRsa, "headlines"),
            (AdFormat::Meta, "primary_text"),
        ] {
            let fitted = fit_ad_field(format, field, &text);
            let ad = AdFields::new().with(field, [fitted, text.clone()]);
            for v in validate_ad(format, &ad) {
                assert!(v.start <= v.end, "{v:?}");
            }
        }
    }
}
