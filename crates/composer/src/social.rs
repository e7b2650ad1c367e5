//! Social posts: a structure chosen per variant, filled from the banks, then fitted to the
//! channel's length window.

use content::{Channel, Draft};

use crate::bank::{
    ANSWER, BULLET_FALLBACK, Bank, CONTEXT, CTA_BIO, CTA_LINK, CTA_PLAIN, HOOK_GOAL, HOOK_LOCAL,
    HOOK_OFFER, HOOK_OPEN, HOOK_PAIN, HOOK_PROOF, HOOK_QUESTION, LIST_INTRO, LOCAL_LINE, OBJECTION,
    OFFER_LINE, PROOF, PROOF_LINE, QUESTION, SIGNOFF, TRANSITION, VALUE,
};
use crate::ctx::{Angle, Ctx};
use crate::emoji::EmojiPlan;
use crate::facts::List;
use crate::hashtags::{TagSources, hashtags};
use crate::text::{chars, fit_words, upper_first};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Hook,
    Key,
    Value,
    Transition,
    Proof,
    Bullets,
    Objection,
    Context,
    Question,
    Signoff,
    Cta,
    /// The brand's offer.
    Offer,
    /// A proof point.
    Evidence,
    /// Where the brand works.
    Local,
    /// Something the reviewer asked to see mentioned.
    Mention,
    /// One more of the brand's facts, a different one per variant.
    Extra,
}

/// Length window and layout for one channel.
struct Spec {
    min: usize,
    max: usize,
    /// Hashtags count toward `max` (platforms that show them inline in the same limit).
    tags_inline: bool,
    /// One flowing block rather than paragraphs.
    compact: bool,
    link_in_bio: bool,
}

fn spec(ch: Channel, length: i8) -> Spec {
    let (min, max, tags_inline, compact, link_in_bio) = match ch {
        Channel::X => (0, 250, true, true, false),
        Channel::Bluesky => (0, 280, true, true, false),
        Channel::Tiktok => (0, 150, false, true, true),
        Channel::Threads => (0, 450, true, false, false),
        Channel::Mastodon => (0, 450, true, false, false),
        Channel::Facebook => (150, 500, false, false, false),
        Channel::Instagram => (150, 900, false, false, true),
        _ => (600, 1300, false, false, false),
    };
    let (min, max) = match length {
        i8::MIN..=-2 => (min * 5 / 10, max * 5 / 10),
        -1 => (min * 7 / 10, max * 7 / 10),
        0 => (min, max),
        1 => (min * 13 / 10, max),
        _ => (min * 16 / 10, max),
    };
    Spec {
        min: min.min(max * 8 / 10),
        max,
        tags_inline,
        compact,
        link_in_bio,
    }
}

fn structures(ch: Channel) -> &'static [&'static [Part]] {
    use Part::*;
    match ch {
        Channel::Tiktok => &[
            &[Hook, Cta],
            &[Hook, Extra, Cta],
            &[Hook, Key, Cta],
            &[Key, Extra, Cta],
            &[Question, Cta],
        ],
        Channel::X | Channel::Bluesky => &[
            &[Hook, Key, Cta],
            &[Hook, Extra, Key, Cta],
            &[Hook, Key, Cta, Question],
            &[Key, Extra, Hook, Cta],
            &[Hook, Value, Extra, Cta],
        ],
        Channel::Threads | Channel::Mastodon | Channel::Facebook => &[
            &[Hook, Key, Proof, Cta],
            &[Hook, Key, Extra, Cta],
            &[Hook, Extra, Key, Objection, Cta],
            &[Hook, Value, Bullets, Cta],
            &[Hook, Key, Extra, Question],
        ],
        Channel::Instagram => &[
            &[Hook, Key, Bullets, Cta, Question],
            &[Hook, Context, Key, Proof, Cta],
            &[Key, Bullets, Objection, Cta],
            &[Hook, Transition, Value, Bullets, Cta, Signoff],
        ],
        _ => &[
            &[
                Hook, Context, Transition, Key, Bullets, Objection, Cta, Question,
            ],
            &[Hook, Key, Context, Proof, Bullets, Cta, Question],
            &[Hook, Context, Key, Value, Objection, Cta, Question, Signoff],
            &[Key, Hook, Context, Bullets, Proof, Cta, Question],
        ],
    }
}

/// Parts a fitting pass removes first, most expendable first.
const DROP_ORDER: [Part; 10] = [
    Part::Signoff,
    Part::Extra,
    Part::Context,
    Part::Objection,
    Part::Question,
    Part::Bullets,
    Part::Proof,
    Part::Transition,
    Part::Value,
    Part::Hook,
];

/// Parts a padding pass adds, in order, to reach the minimum length.
const PAD_ORDER: [Part; 8] = [
    Part::Context,
    Part::Proof,
    Part::Bullets,
    Part::Objection,
    Part::Value,
    Part::Context,
    Part::Question,
    Part::Context,
];

struct Block {
    part: Part,
    text: String,
}

pub fn write(ctx: &mut Ctx, branded: &[String], max_tags: u8, category: &str) -> Draft {
    let ch = ctx.channel;
    let spec = spec(ch, ctx.voice.length);
    let pillars: Vec<String> = ctx
        .facts
        .list(List::Pillar)
        .iter()
        .map(|p| p.text.clone())
        .collect();
    let tags = hashtags(
        &TagSources {
            branded,
            theme: ctx.facts.theme.as_deref(),
            topic: ctx.facts.topic.as_deref(),
            pillars: &pillars,
            keywords: &ctx.facts.keywords,
            category: Some(category).filter(|c| !c.trim().is_empty()),
            max: max_tags,
            rotate: ctx.dice.variant() as usize,
        },
        ch,
        &ctx.voice,
        &ctx.avoid,
        &ctx.replacer,
    );
    let tag_chars: usize = if spec.tags_inline {
        tags.iter().map(|t| chars(t) + 2).sum()
    } else {
        0
    };
    let disclaimer = ctx.facts.disclaimers.join(" ");
    let reserved = tag_chars
        + if disclaimer.is_empty() {
            0
        } else {
            chars(&disclaimer) + 2
        };
    let budget = spec.max.saturating_sub(reserved).max(40);

    let options = structures(ch);
    let which = ctx
        .dice
        .one("structure", &vec![1; options.len()])
        .unwrap_or(0);
    let mut plan: Vec<Part> = options[which].to_vec();
    // A retry of a short post that kept reading like an earlier variant leaves the key
    // message to the other variants and says something else.
    if ctx.attempt >= 2 && spec.compact {
        for p in plan.iter_mut().filter(|p| **p == Part::Key) {
            *p = Part::Extra;
        }
        plan.dedup();
    }
    if ctx.voice.ask_question && !plan.contains(&Part::Question) {
        let at = plan
            .iter()
            .position(|p| *p == Part::Cta)
            .map_or(plan.len(), |i| i + 1);
        plan.insert(at, Part::Question);
    }
    if ctx.voice.length < 0 {
        // "Shorter" keeps the spine: one opener, the message, the ask.
        plan.retain(|p| {
            matches!(p, Part::Hook | Part::Key | Part::Cta)
                || ch == Channel::Linkedin && *p == Part::Question
        });
    }
    // Long posts carry the brand's own facts: its offer, a proof point, where it works.
    if matches!(
        ch,
        Channel::Linkedin | Channel::Instagram | Channel::Facebook
    ) {
        let at = plan
            .iter()
            .position(|p| *p == Part::Cta)
            .unwrap_or(plan.len());
        let mut extra = Vec::new();
        if ctx.facts.offer.is_some() && ctx.angle != Angle::Offer {
            extra.push(Part::Offer);
        }
        if ctx.has(List::Proof) > 0 && ctx.angle != Angle::Proof {
            extra.push(Part::Evidence);
        }
        if ctx.facts.location.is_some() && ctx.angle != Angle::Local {
            extra.push(Part::Local);
        }
        // The order of the facts is part of what makes variants differ.
        let n = extra.len();
        if n > 1 {
            let r = ctx.dice.one("fact-order", &vec![1; n]).unwrap_or(0);
            extra.rotate_left(r);
        }
        for (i, p) in extra.into_iter().enumerate() {
            plan.insert(at + i, p);
        }
    }
    for _ in &ctx.voice.mentions {
        let at = plan
            .iter()
            .position(|p| *p == Part::Cta)
            .unwrap_or(plan.len());
        plan.insert(at, Part::Mention);
    }

    let mut blocks: Vec<Block> = Vec::new();
    let mut mention = 0;
    for part in plan {
        let text = if part == Part::Mention {
            mention += 1;
            ctx.voice
                .mentions
                .get(mention - 1)
                .map(|m| mention_line(m, mention))
        } else {
            render_part(ctx, part, &spec)
        };
        if let Some(text) = text {
            blocks.push(Block { part, text });
        }
    }
    // A brand that is named nowhere in a long post signs it.
    if let Some(name) = ctx.facts.brand_name.clone()
        && matches!(
            ch,
            Channel::Linkedin | Channel::Instagram | Channel::Facebook
        )
        && !blocks.iter().any(|b| b.text.contains(&name))
        && let Some(text) = ctx.pick("Signoff", SIGNOFF)
    {
        blocks.push(Block {
            part: Part::Signoff,
            text,
        });
    }
    if !blocks.iter().any(|b| b.part == Part::Cta)
        && let Some(text) = render_part(ctx, Part::Cta, &spec)
    {
        blocks.push(Block {
            part: Part::Cta,
            text,
        });
    }

    let mut emoji = EmojiPlan::new(
        ctx.voice.emoji,
        ch,
        &ctx.voice,
        &ctx.facts.theme_text,
        ctx.dice.below(7),
    );
    let emoji_room = emoji.budget * 3;

    // Pad towards the minimum.
    let mut pads = PAD_ORDER.iter();
    while layout(&blocks, spec.compact).chars().count() + reserved < spec.min {
        let Some(part) = pads.next() else { break };
        let once = !matches!(part, Part::Context | Part::Proof);
        if once && blocks.iter().any(|b| b.part == *part) {
            continue;
        }
        // Without a key message the key is already a value statement: do not say it twice.
        if *part == Part::Value && ctx.facts.key.is_none() {
            continue;
        }
        if let Some(text) = render_part(ctx, *part, &spec) {
            let room =
                budget.saturating_sub(layout(&blocks, spec.compact).chars().count() + emoji_room);
            if chars(&text) + 2 <= room {
                let at = blocks
                    .iter()
                    .position(|b| b.part == Part::Cta)
                    .unwrap_or(blocks.len());
                blocks.insert(at, Block { part: *part, text });
            }
        }
    }

    // Trim towards the maximum: drop expendable parts, then shorten the longest.
    let limit = budget.saturating_sub(emoji_room);
    for part in DROP_ORDER {
        if chars(&layout(&blocks, spec.compact)) <= limit {
            break;
        }
        if blocks.len() > 2 {
            blocks.retain(|b| b.part != part);
        }
    }
    while chars(&layout(&blocks, spec.compact)) > limit {
        let over = chars(&layout(&blocks, spec.compact)) - limit;
        let Some(longest) = blocks.iter_mut().max_by_key(|b| chars(&b.text)) else {
            break;
        };
        let target = chars(&longest.text).saturating_sub(over).max(20);
        let shorter = fit_words(&longest.text, target, true);
        if shorter.is_empty() || chars(&shorter) >= chars(&longest.text) {
            break;
        }
        longest.text = shorter;
    }

    place_emoji(ctx, &mut blocks, &mut emoji);
    let text = layout(&blocks, spec.compact);
    let mut text = ctx.avoid.scrub(text.trim());
    if text.is_empty() {
        text = "Hello from our corner of the internet.".to_string();
    }
    // Required disclaimers end the text verbatim, after the avoid list has had its say.
    if !disclaimer.is_empty() {
        text.push_str("\n\n");
        text.push_str(&disclaimer);
    }
    Draft::Social {
        text,
        hashtags: tags,
    }
}

fn layout(blocks: &[Block], compact: bool) -> String {
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        if i > 0 {
            let sep = if compact && !matches!(b.part, Part::Cta | Part::Question | Part::Bullets) {
                " "
            } else {
                "\n\n"
            };
            out.push_str(sep);
        }
        out.push_str(&b.text);
    }
    out
}

fn render_part(ctx: &mut Ctx, part: Part, spec: &Spec) -> Option<String> {
    let label = format!("{part:?}");
    match part {
        Part::Hook => {
            // The variant's angle decides how the post opens; a general opener if the angle's
            // bank has nothing that fits.
            let kinds: &[&'static Bank] = hook_banks(ctx.angle);
            kinds
                .iter()
                .find_map(|b| ctx.pick_fresh(&label, b))
                .or_else(|| ctx.pick(&label, HOOK_OPEN))
        }
        Part::Key => match ctx.facts.key.clone() {
            Some(k) => Some(ctx.voice.exclaim(&k)),
            // Without a key message: what the brand does, said once (the hook may have).
            None => ctx
                .pick_fresh(&label, VALUE)
                .or_else(|| ctx.pick_fresh(&label, PROOF)),
        },
        Part::Offer => ctx.pick_fresh(&label, OFFER_LINE),
        Part::Evidence => ctx.pick_fresh(&label, PROOF_LINE),
        Part::Local => ctx.pick_fresh(&label, LOCAL_LINE),
        Part::Mention => None,
        Part::Extra => {
            let mut kinds: Vec<&'static Bank> = Vec::new();
            if ctx.facts.offer.is_some() && ctx.angle != Angle::Offer {
                kinds.push(OFFER_LINE);
            }
            if ctx.has(List::Proof) > 0 && ctx.angle != Angle::Proof {
                kinds.push(PROOF_LINE);
            }
            if ctx.facts.location.is_some() && ctx.angle != Angle::Local {
                kinds.push(LOCAL_LINE);
            }
            if kinds.is_empty() {
                kinds.push(PROOF);
            }
            let first = ctx.dice.one("extra", &vec![1; kinds.len()]).unwrap_or(0);
            (0..kinds.len()).find_map(|i| ctx.pick_fresh(&label, kinds[(first + i) % kinds.len()]))
        }
        Part::Value => ctx.pick_fresh(&label, VALUE),
        Part::Transition => ctx.pick(&label, TRANSITION),
        Part::Proof => ctx.pick(&label, PROOF),
        Part::Context => ctx.pick(&label, CONTEXT),
        Part::Question => ctx.pick(&label, QUESTION),
        Part::Signoff => ctx.pick(&label, SIGNOFF),
        Part::Objection => {
            if ctx.has(List::Objection) == 0 {
                return None;
            }
            let q = ctx.pick(&label, OBJECTION)?;
            let a = ctx.pick("answer", ANSWER)?;
            Some(format!("{q} {a}"))
        }
        Part::Bullets => {
            let want = if spec.compact { 2 } else { 3 };
            let mut items: Vec<String> = Vec::new();
            for i in ctx.items_by_use(List::Prop).into_iter().take(want) {
                if let Some(p) = ctx.facts.list(List::Prop).get(i) {
                    items.push(upper_first(&p.text));
                    ctx.mark_used(List::Prop, i);
                }
            }
            if items.len() < want {
                let more = ctx.pick_many("bullet", BULLET_FALLBACK, want - items.len(), |t| {
                    chars(t) <= 80
                });
                items.extend(more);
            }
            if items.len() < 2 {
                return None;
            }
            let marker = if ctx.voice.casual() || ctx.voice.playful() {
                "→"
            } else {
                "•"
            };
            let list = items
                .iter()
                .map(|i| format!("{marker} {i}"))
                .collect::<Vec<_>>()
                .join("\n");
            match ctx.pick("list-intro", LIST_INTRO) {
                Some(intro) if !spec.compact => Some(format!("{intro}\n{list}")),
                _ => Some(list),
            }
        }
        Part::Cta => {
            let bank = if spec.link_in_bio {
                CTA_BIO
            } else if ctx.facts.url.is_some() {
                CTA_LINK
            } else {
                CTA_PLAIN
            };
            ctx.pick(&label, bank)
                .or_else(|| Some(format!("{}.", ctx.facts.cta)).filter(|s| s.len() > 1))
        }
    }
}

/// The banks a hook is drawn from for each angle, most fitting first.
pub fn hook_banks(angle: Angle) -> &'static [&'static Bank] {
    match angle {
        Angle::Pain => &[HOOK_PAIN, HOOK_OPEN],
        Angle::Outcome => &[HOOK_GOAL, VALUE, HOOK_OPEN],
        Angle::Proof => &[HOOK_PROOF, HOOK_OPEN],
        Angle::Offer => &[HOOK_OFFER, HOOK_OPEN],
        Angle::Question => &[HOOK_QUESTION, HOOK_GOAL, HOOK_OPEN],
        Angle::Local => &[HOOK_LOCAL, HOOK_OPEN],
    }
}

/// A sentence carrying what a reviewer asked to see ("mention free parking").
pub fn mention_line(what: &str, n: usize) -> String {
    let what = what.trim().trim_end_matches(['.', '!']);
    let lead = ["Also worth knowing", "One more thing", "And yes"][n.saturating_sub(1) % 3];
    format!("{lead}: {what}.")
}

/// Emoji go where a reader's eye lands: the end of the opening line, then in front of the
/// call to action, then after the question.
fn place_emoji(ctx: &mut Ctx, blocks: &mut [Block], plan: &mut EmojiPlan) {
    if plan.budget == 0 || blocks.is_empty() {
        return;
    }
    let mut spots: Vec<usize> = Vec::new();
    spots.push(0);
    if let Some(i) = blocks.iter().position(|b| b.part == Part::Cta) {
        spots.push(i);
    }
    if let Some(i) = blocks.iter().position(|b| b.part == Part::Question) {
        spots.push(i);
    }
    if plan.budget == 1 && spots.len() > 1 {
        let keep = spots[ctx.dice.below(spots.len())];
        spots = vec![keep];
    }
    for i in spots {
        let Some(e) = plan.take() else { break };
        let b = &mut blocks[i];
        if b.part == Part::Cta {
            b.text = format!("{e} {}", b.text);
        } else {
            let first_line_end = b.text.find('\n').unwrap_or(b.text.len());
            b.text.insert_str(first_line_end, &format!(" {e}"));
        }
    }
}
