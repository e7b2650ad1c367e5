//! Brandium's built-in offline copywriter. When no language model is configured, or a
//! provider fails, [`compose`] writes the draft: real, on-brand copy built from the brand's
//! own words (offer, proof points, location, website copy, key messages), its industry, the
//! persona and the brief, through phrase banks split by tone and by trade.
//!
//! Deterministic: the same request and seed give the same draft (the RNG is ChaCha8 keyed by
//! our own expansion of the seed, see [`dice`]); another variant takes another angle,
//! structure and call to action. Pure and fast: no I/O, well under a millisecond per draft.
//! English only: see [`LANGUAGES`] and [`writes`].
//!
//! ```
//! use content::{Channel, ComposeRequest};
//! let mut req = ComposeRequest::new(Channel::X);
//! req.brand.name = "Acme".into();
//! req.brief.key_message = "Scheduling now takes one click.".into();
//! let draft = composer::compose(&req);
//! assert!(draft.validate_shape(Channel::X).is_ok());
//! assert_eq!(draft, composer::compose(&req));
//! ```

pub mod ads;
pub mod avoid;
pub mod bank;
pub mod blog;
pub mod ctx;
pub mod dice;
pub mod email;
pub mod emoji;
pub mod facts;
pub mod hashtags;
pub mod industry;
pub mod intent;
pub mod social;
pub mod text;
pub mod voice;

use content::{AgentKind, ComposeRequest, Draft, EmojiUse, Language, MAX_TRIGRAM_OVERLAP};

use crate::avoid::tidy;
use crate::ctx::{Base, Ctx};
use crate::emoji::is_emoji;

/// Changes whenever the banks or the assembly change, so stored drafts can say which
/// composer wrote them (a seed reproduces a draft only under the same version).
pub const VERSION: &str = "2.0.0";

/// The languages the composer writes. Briefs in another language need a language model.
pub const LANGUAGES: &[Language] = &[Language::En];

/// True when the composer can write `language`.
pub fn writes(language: Language) -> bool {
    LANGUAGES.contains(&language)
}

/// Variants up to this one are guaranteed distinct from every earlier variant of the same
/// request; later ones rely on their own angle and structure (recomputing every earlier
/// variant would cost more than a draft is worth).
pub const CHECKED_VARIANTS: u32 = 8;

/// Tries per variant before the least similar attempt is taken.
const ATTEMPTS: u32 = 8;

/// Writes one draft for `req.channel`.
///
/// Variants of one request (same request, `variant` 0, 1, 2…) take different angles,
/// structures and calls to action. As a last resort, a variant that still reads too much
/// like an earlier one (more than [`MAX_TRIGRAM_OVERLAP`] of its word trigrams shared, the
/// brand's disclaimers aside) is written again with other dice: composing is pure and fast,
/// so variant `k` recomputes variants `0..k` to compare. The guarantee holds when the
/// variants share the request's seed.
pub fn compose(req: &ComposeRequest) -> Draft {
    let base = Base::new(req);
    if req.variant >= CHECKED_VARIANTS {
        return compose_attempt(req, &base, 0);
    }
    // The variants before this one, as computed for an earlier call on the same request
    // (callers write variants 0, 1, 2… in turn), else computed here.
    let mut r = req.clone();
    r.variant = 0;
    let key = dice::fnv1a(format!("{r:?}").as_bytes());
    let mut finals: Vec<(Option<Trigrams>, Draft)> = EARLIER.with(|m| match &*m.borrow() {
        Some((k, list)) if *k == key => list.clone(),
        _ => Vec::new(),
    });
    if let Some((_, d)) = finals.get(req.variant as usize) {
        return d.clone();
    }
    let disclaimers = &req.brand.disclaimers;
    for v in finals.len() as u32..=req.variant {
        r.variant = v;
        // Trigrams are only worked out when there is something to compare with.
        for (grams, d) in finals.iter_mut() {
            if grams.is_none() {
                *grams = Some(Trigrams::of(&d.main_text(), disclaimers));
            }
        }
        let mut best: Option<(f64, Draft, Option<Trigrams>)> = None;
        for attempt in 0..ATTEMPTS {
            let d = compose_attempt(&r, &base, attempt);
            if finals.is_empty() {
                best = Some((0.0, d, None));
                break;
            }
            let grams = Trigrams::of(&d.main_text(), disclaimers);
            let worst = finals
                .iter()
                .filter_map(|(e, _)| e.as_ref())
                .map(|e| e.overlap(&grams))
                .fold(0.0, f64::max);
            let done = worst <= MAX_TRIGRAM_OVERLAP;
            if done || best.as_ref().is_none_or(|(b, _, _)| worst < *b) {
                best = Some((worst, d, Some(grams)));
            }
            if done {
                break;
            }
        }
        let Some((_, d, grams)) = best else {
            return compose_attempt(req, &base, 0);
        };
        finals.push((grams, d));
    }
    let out = finals
        .last()
        .map(|(_, d)| d.clone())
        .unwrap_or_else(|| compose_attempt(req, &base, 0));
    EARLIER.with(|m| *m.borrow_mut() = Some((key, finals)));
    out
}

/// A request's key and its variants so far, with their trigrams once worked out.
type Earlier = (u64, Vec<(Option<Trigrams>, Draft)>);

thread_local! {
    /// The last request's variants (pure results, kept only to save recomputing them).
    static EARLIER: std::cell::RefCell<Option<Earlier>> =
        const { std::cell::RefCell::new(None) };
}

fn compose_attempt(req: &ComposeRequest, base: &Base, attempt: u32) -> Draft {
    let mut ctx = Ctx::from_base(req, base.clone(), attempt);
    if ctx.facts.cta.is_empty() {
        ctx.facts.cta = default_cta(&mut ctx);
    }
    let draft = match req.channel.agent() {
        AgentKind::Social => social::write(
            &mut ctx,
            &req.brand.hashtags,
            req.brand.max_hashtags,
            &req.brand.category,
        ),
        AgentKind::Ads => ads::write(&mut ctx),
        AgentKind::Email => email::write(&mut ctx, req.step),
        AgentKind::Blog => blog::write(&mut ctx),
    };
    finish(&ctx, draft)
}

/// Every phrase bank the composer draws on, by name, including the industry calls to
/// action: for tests and tools that check what the composer may say.
pub fn banks() -> Vec<(&'static str, &'static bank::Bank)> {
    let mut out: Vec<(&'static str, &'static bank::Bank)> = Vec::new();
    out.extend_from_slice(bank::BANKS);
    out.extend_from_slice(ads::BANKS);
    out.extend_from_slice(email::BANKS);
    out.extend_from_slice(blog::BANKS);
    for i in industry::Industry::ALL {
        out.push(("industry::ctas", i.ctas()));
    }
    out
}

/// The angle (pain, outcome, proof, offer, question, location) the draft for `req` leads with.
pub fn angle(req: &ComposeRequest) -> &'static str {
    Ctx::new(req).angle.name()
}

/// The call to action when the brief gives none: the brand's offer, else a neutral action
/// that suits the trade. Never an asset (guide, demo, trial) nobody mentioned.
fn default_cta(ctx: &mut Ctx) -> String {
    if let Some(offer) = ctx.facts.offer.as_ref().map(|o| o.text.clone()) {
        let lower = offer.to_lowercase();
        let rest = ["a ", "an ", "the ", "our ", "your "]
            .iter()
            .find_map(|a| lower.starts_with(a).then(|| &offer[a.len()..]));
        let object = match rest {
            Some(r) => format!("your {r}"),
            None => offer.clone(),
        };
        let verbs = ["Get", "Claim", "Ask for"];
        let i = ctx.dice.one("cta-offer", &[3, 1, 1]).unwrap_or(0);
        let label = format!("{} {object}", verbs[i]);
        if label.chars().count() <= 40 {
            return label;
        }
    }
    let bank = ctx.facts.industry.ctas();
    ctx.pick("cta-label", bank)
        .unwrap_or_else(|| "Learn more".to_string())
}

/// Last pass over every field: the brand's preferred wording, and the emoji policy held
/// across the whole draft (brand facts may carry emoji of their own). Required disclaimers
/// are left exactly as written.
fn finish(ctx: &Ctx, draft: Draft) -> Draft {
    let mut fx = Fixer {
        replacer: ctx.replacer.idempotent(),
        strip_all: ctx.voice.emoji == EmojiUse::Never || ctx.voice.calm(),
        sparing: ctx.voice.emoji == EmojiUse::Sparing,
        keep: &ctx.facts.disclaimers,
        seen: false,
    };
    if fx.replacer.is_empty() && !fx.strip_all && !fx.sparing {
        return draft;
    }
    match draft {
        Draft::Social { text, hashtags } => Draft::Social {
            text: fx.fix(&text),
            hashtags,
        },
        Draft::GoogleRsa {
            headlines,
            descriptions,
            path1,
            path2,
        } => Draft::GoogleRsa {
            headlines: headlines.iter().map(|h| fx.fix(h)).collect(),
            descriptions: descriptions.iter().map(|d| fx.fix(d)).collect(),
            path1,
            path2,
        },
        Draft::MetaAd {
            primary_text,
            headline,
            description,
        } => Draft::MetaAd {
            primary_text: fx.fix(&primary_text),
            headline: fx.fix(&headline),
            description: fx.fix(&description),
        },
        Draft::LinkedinSponsored {
            intro,
            headline,
            description,
        } => Draft::LinkedinSponsored {
            intro: fx.fix(&intro),
            headline: fx.fix(&headline),
            description: fx.fix(&description),
        },
        Draft::Email {
            subject,
            subject_variants,
            preheader,
            body_html,
            body_text,
            cta_label,
            cta_url,
            delay_days,
        } => {
            let subject = fx.fix(&subject);
            let subject_variants = subject_variants.iter().map(|s| fx.fix(s)).collect();
            let preheader = fx.fix(&preheader);
            let cta_label = fx.fix(&cta_label);
            // The HTML repeats the text body: it keeps the same emoji as the text.
            let before_body = fx.seen;
            let body_text = fx.fix(&body_text);
            fx.seen = before_body;
            let body_html = fx.fix(&body_html);
            Draft::Email {
                subject,
                subject_variants,
                preheader,
                body_html,
                body_text,
                cta_label,
                cta_url,
                delay_days,
            }
        }
        Draft::Blog {
            seo_title,
            meta_description,
            slug,
            outline,
            body_markdown,
        } => Draft::Blog {
            seo_title: fx.fix(&seo_title),
            meta_description: fx.fix(&meta_description),
            slug,
            outline: outline
                .into_iter()
                .map(|s| content::OutlineSection {
                    heading: fx.fix(&s.heading),
                    points: s.points.iter().map(|p| fx.fix(p)).collect(),
                })
                .collect(),
            body_markdown: fx.fix(&body_markdown),
        },
    }
}

struct Fixer<'a> {
    replacer: crate::avoid::Replacer,
    strip_all: bool,
    sparing: bool,
    keep: &'a [String],
    /// An emoji has been kept already (a sparing brand gets one per draft).
    seen: bool,
}

impl Fixer<'_> {
    fn fix(&mut self, s: &str) -> String {
        let keep = self.keep;
        protect(s, keep, |part| {
            let out = self.replacer.apply(part);
            if !out.chars().any(is_emoji) {
                return out;
            }
            let mut kept = String::with_capacity(out.len());
            let mut dropped = false;
            for c in out.chars() {
                if is_emoji(c) {
                    if self.strip_all || (self.sparing && self.seen) {
                        dropped = true;
                        continue;
                    }
                    self.seen = true;
                }
                if dropped && (c == '\u{fe0f}' || c == '\u{200d}') {
                    continue;
                }
                kept.push(c);
            }
            if !dropped {
                return kept;
            }
            let mut tidied = kept
                .split('\n')
                .map(|l| {
                    let lead = l.len() - l.trim_start().len();
                    format!("{}{}", &l[..lead], tidy(l.trim()))
                })
                .collect::<Vec<_>>()
                .join("\n");
            // Keep the spacing the part had at its edges.
            if part.ends_with(' ') && !tidied.ends_with(' ') {
                tidied.push(' ');
            }
            tidied
        })
    }
}

/// A text's word trigrams as hashes, sorted: the measure of
/// [`content::overlap_without`], computed once per draft and compared cheaply.
#[derive(Clone)]
struct Trigrams(Vec<u64>);

impl Trigrams {
    fn of(text: &str, required: &[String]) -> Trigrams {
        let stripped = required
            .iter()
            .filter(|r| !r.trim().is_empty())
            .fold(text.to_owned(), |acc, r| acc.replace(r.trim(), " "));
        let words: Vec<u64> = stripped
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(|w| {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for c in w.chars().flat_map(char::to_lowercase) {
                    h ^= u64::from(c);
                    h = h.wrapping_mul(0x0000_0100_0000_01b3);
                }
                h
            })
            .collect();
        let mix = |a: u64, b: u64, c: u64| {
            a.rotate_left(21) ^ b.rotate_left(42).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ c
        };
        let mut grams: Vec<u64> = match words.len() {
            0 => Vec::new(),
            1 => vec![mix(words[0], 0, 0)],
            2 => vec![mix(words[0], words[1], 0)],
            _ => words.windows(3).map(|t| mix(t[0], t[1], t[2])).collect(),
        };
        grams.sort_unstable();
        grams.dedup();
        Trigrams(grams)
    }

    /// Shared trigrams over the smaller set, as [`content::trigram_overlap`] counts them.
    fn overlap(&self, other: &Trigrams) -> f64 {
        let (a, b) = (&self.0, &other.0);
        let smaller = a.len().min(b.len());
        if smaller == 0 {
            return if a.len() == b.len() { 1.0 } else { 0.0 };
        }
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared as f64 / smaller as f64
    }
}

/// Applies `f` to the parts of `text` outside the required statements, which stay verbatim.
fn protect(text: &str, keep: &[String], mut f: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = keep
            .iter()
            .filter(|k| !k.is_empty())
            .filter_map(|k| rest.find(k.as_str()).map(|p| (p, k.len())))
            .min();
        match next {
            Some((pos, len)) => {
                out.push_str(&f(&rest[..pos]));
                out.push_str(&rest[pos..pos + len]);
                rest = &rest[pos + len..];
            }
            None => {
                out.push_str(&f(rest));
                return out;
            }
        }
    }
}
