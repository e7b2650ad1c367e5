//! Marketing emails, alone or as a step of a sequence with a purpose arc:
//! welcome/problem → value/proof → offer/urgency → last call.

use content::{
    CTA_URL_PLACEHOLDER, Draft, POSTAL_ADDRESS_PLACEHOLDER, Step, UNSUBSCRIBE_PLACEHOLDER,
};

use crate::bank::{
    ANSWER, Bank, CONTEXT, HOOK_OPEN, LOCAL_LINE, OBJECTION, OFFER_LINE, PROOF, PROOF_LINE, VALUE,
};
use crate::ctx::Ctx;
use crate::emoji::EmojiPlan;
use crate::facts::List;
use crate::text::{chars, escape_html, upper_first};

pub const SUBJECT_MAX: usize = 60;
pub const PREHEADER_MAX: usize = 100;

/// What one email of a sequence is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Single,
    Welcome,
    Value,
    Proof,
    Offer,
    LastCall,
}

/// Where `step` sits in the arc. `index` is zero-based; an index past the end is the last call.
pub fn stage(step: Option<Step>) -> Stage {
    let Some(Step { index, total }) = step else {
        return Stage::Single;
    };
    if total <= 1 {
        return Stage::Single;
    }
    let last = total - 1;
    match index {
        0 => Stage::Welcome,
        i if i >= last => {
            if total >= 3 {
                Stage::LastCall
            } else {
                Stage::Offer
            }
        }
        i if total >= 4 && i == last - 1 => Stage::Offer,
        i if i % 2 == 1 => Stage::Value,
        _ => Stage::Proof,
    }
}

/// Days to wait after the previous email: none for the first, then 2, 3, 4… up to a week.
pub fn delay_days(step: Option<Step>) -> u32 {
    match step {
        Some(s) if s.index > 0 => s.index.saturating_add(1).min(7),
        _ => 0,
    }
}

const SUBJECT_WELCOME: &Bank = &[
    ("", "Welcome to {brand:!}"),
    ("", "Glad you're here"),
    ("", "Let's get you started"),
    ("", "A quick hello from {brand:!}"),
    ("", "{pain:c}? Let's fix that"),
    ("", "Your first step with {brand:!}"),
    ("F", "Welcome to {brand:!}: your first steps"),
    ("C", "Hey, welcome in"),
    ("P", "You're in. Now the fun part"),
    ("E", "Welcome! We're so glad you're here"),
    ("S", "Getting started with {brand:!}"),
];

const SUBJECT_VALUE: &Bank = &[
    ("", "{offer:c}, just for you"),
    ("", "{proof:c}"),
    ("", "How to {benefit:v}"),
    ("", "One idea to help you {goal:v}"),
    ("", "A better way to handle {pain:n}"),
    ("", "What {audience:!} get from {brand:!}"),
    ("s", "Get more out of {brand:!}"),
    ("", "A small change worth making"),
    ("Fs", "A practical guide to {benefit:n}"),
    ("C", "This one's worth a look"),
    ("P", "Your shortcut to {benefit:n}"),
    ("E", "You're going to love this"),
    ("S", "What matters when you want to {goal:v}"),
];

const SUBJECT_PROOF: &Bank = &[
    ("", "What makes {brand:!} different"),
    ("", "The thinking behind {brand:!}"),
    ("", "\"{objection:c}?\" Let's talk about it"),
    ("", "A closer look at {prop:n}"),
    ("", "The question we hear most"),
    ("F", "Answering your questions about {brand:!}"),
    ("C", "Real talk about {objection:n}"),
    ("S", "The principle behind everything we build"),
    ("P", "The secret sauce, revealed"),
];

const SUBJECT_OFFER: &Bank = &[
    ("", "{offer:c} is waiting"),
    ("", "{cta}: here's how"),
    ("", "Ready when you are"),
    ("", "Your next step: {cta:l}"),
    ("", "Time to {goal:v}?"),
    ("", "Everything you need to {benefit:v}"),
    ("F", "An invitation from {brand:!}"),
    ("C", "Shall we?"),
    ("E", "It's time! {cta} today"),
    ("P", "Go on, you know you want to"),
    ("S", "A straightforward next step"),
];

const SUBJECT_LAST: &Bank = &[
    ("", "Last call"),
    ("", "One last note from {brand:!}"),
    ("", "Before we close this out"),
    ("", "Final reminder: {cta:l}"),
    ("", "Still thinking it over?"),
    ("F", "A final reminder"),
    ("C", "Last chance, we promise"),
    ("E", "Last call! Don't miss out"),
    ("P", "Our last email about this (really)"),
    ("S", "Closing the loop"),
];

const SUBJECT_SINGLE: &Bank = &[
    ("", "{key}"),
    ("", "{offer:c}, just for you"),
    ("", "{offer:c} from {brand:!}"),
    ("", "{proof:c}"),
    ("", "A note from {brand:!}"),
    ("", "For our neighbours in {location}"),
    ("", "{msg}"),
    ("", "News from {brand:!}"),
    ("", "Something new for {audience}"),
    ("", "A better way to {benefit:v}"),
    ("", "{tagline}"),
    ("", "{pain:c}? Not anymore"),
    ("", "Want to {goal:v}?"),
    ("F", "An update from {brand:!}"),
    ("C", "Quick one for you"),
    ("E", "Big news from {brand:!}!"),
    ("Ps", "Open this before your next meeting"),
    ("S", "What's new, and why it matters"),
    ("", "Two minutes, one good idea"),
    ("", "Worth a quick read"),
];

const PREHEADER: &Bank = &[
    ("", "{key}"),
    (
        "",
        "A quick look at how {brand} helps {audience} {benefit:v}.",
    ),
    ("", "Everything you need to {benefit:v}."),
    ("", "{diff:c}."),
    ("", "{tagline}"),
    ("", "{cta} whenever you're ready."),
    ("", "A closer look at {prop:n} and why it matters."),
    ("", "Ideas you can use this week."),
    ("", "A short read, worth your time."),
    ("", "What's new, in two minutes."),
];

const PREHEADER_WELCOME: &Bank = &[
    (
        "",
        "Here's what you can expect from us, and how to get the most out of {brand}.",
    ),
    ("", "Thanks for joining. Your first step is a simple one."),
    (
        "",
        "A quick look at how {brand} helps {audience} {benefit:v}.",
    ),
];

const PREHEADER_LAST: &Bank = &[
    ("", "This is the last reminder we'll send about this."),
    ("", "No pressure. Just one more chance to {cta:l}."),
    ("", "{key}"),
];

const OPEN_WELCOME: &Bank = &[
    ("", "Welcome to {brand:!}. We're glad you're here."),
    (
        "",
        "Thanks for joining us. We built {brand} for {audience}, and we're happy to have you.",
    ),
    (
        "",
        "If {pain:n} sounds familiar, you're in the right place.",
    ),
    (
        "F",
        "Thank you for joining {brand:!}. We are delighted to welcome you.",
    ),
    ("C", "Welcome aboard! Grab a coffee, this one's short."),
    ("E", "Welcome! We're so excited to have you with us!"),
    ("PE", "Woohoo, you're in! We're thrilled to have you."),
    (
        "P",
        "You made it. Excellent choice, if we say so ourselves.",
    ),
];

const OPEN_VALUE: &Bank = &[
    (
        "",
        "Last time we said hello. Today, something more useful: a practical way to {benefit:v}.",
    ),
    ("", "Here's one idea you can put to work this week."),
    ("", "Want to {goal:v}? Here's where we'd start."),
    (
        "F",
        "In this email, we share one practical way to {benefit:v}.",
    ),
    ("C", "Quick one today, but it's a good one."),
    ("PE", "Good news! We have a fun one for you today."),
];

const OPEN_PROOF: &Bank = &[
    (
        "",
        "There's one question we hear more than any other, and it deserves a straight answer.",
    ),
    (
        "",
        "Today we'd like to show you what makes {brand:!} different.",
    ),
    ("F", "We would like to share the thinking behind {brand:!}."),
    ("C", "Let's get into what actually makes {brand:!} tick."),
    ("PE", "Psst! Here's what makes {brand:!} so fun to use."),
];

const OPEN_OFFER: &Bank = &[
    (
        "",
        "Over the past few emails we've shared how {brand} helps {audience} {benefit:v}. Now it's your turn.",
    ),
    (
        "",
        "You've seen what {brand:!} can do. Here's how to get started.",
    ),
    (
        "F",
        "We have shared a few ideas with you. The next step is yours.",
    ),
    (
        "C",
        "Okay, you've heard enough from us. Time to try it yourself.",
    ),
    ("E", "This is the moment! Here's how to get going."),
    ("PE", "Ready for the fun part? Here's how to get going!"),
];

const OPEN_LAST: &Bank = &[
    (
        "",
        "This is our last email about this, so we'll keep it short.",
    ),
    ("", "One last note before we close this out."),
    ("F", "This is our final reminder on this topic."),
    ("C", "Last one, promise."),
    (
        "PE",
        "Last one, promise! We saved the fun part for the end.",
    ),
];

const URGENCY: &Bank = &[
    (
        "",
        "The sooner you start, the sooner you'll feel the difference.",
    ),
    ("", "There's no better time to {goal:v} than now."),
    (
        "",
        "If now isn't the right time, no problem. But if it is, we're ready when you are.",
    ),
    (
        "F",
        "Every week spent on {pain:n} is a week that could be spent on {goal:n}.",
    ),
    ("C", "Why wait? Your future self will thank you."),
    ("E", "Don't wait! {cta} today."),
    ("PE", "Why wait? The fun starts today!"),
];

const CLOSING: &Bank = &[
    ("", "Questions? Just reply to this email."),
    ("", "Got a question? Hit reply and let us know."),
    (
        "F",
        "Should you have any questions, simply reply to this email.",
    ),
    ("C", "Questions? Hit reply, we'd love to hear from you."),
    ("PE", "Questions? Hit reply! We'd love to hear from you."),
    ("PE", "Have fun with it, and hit reply if you get stuck!"),
];

const SIGN: &Bank = &[
    ("", "Best,"),
    ("", "All the best,"),
    ("F", "Kind regards,"),
    ("F", "Best regards,"),
    ("C", "Cheers,"),
    ("C", "Talk soon,"),
    ("E", "Here's to what's next!"),
    ("PE", "Have fun out there!"),
    ("PE", "Cheers and high fives,"),
];

const TEAM: &Bank = &[
    ("", "The {brand:!} team"),
    ("", "The team at {brand:!}"),
    ("C", "Everyone at {brand:!}"),
];

const FOOTER: &Bank = &[
    (
        "",
        "You're receiving this email because you signed up for updates from {brand:!}.",
    ),
    (
        "",
        "You're receiving this email because you signed up for our updates.",
    ),
];

enum Block {
    Para(String),
    List(Vec<String>),
}

pub fn write(ctx: &mut Ctx, step: Option<Step>) -> Draft {
    let stage = stage(step);
    let subject_bank = match stage {
        Stage::Single => SUBJECT_SINGLE,
        Stage::Welcome => SUBJECT_WELCOME,
        Stage::Value => SUBJECT_VALUE,
        Stage::Proof => SUBJECT_PROOF,
        Stage::Offer => SUBJECT_OFFER,
        Stage::LastCall => SUBJECT_LAST,
    };
    let fits = |t: &str| chars(t) <= SUBJECT_MAX;
    let mut subjects: Vec<String> = ctx
        .pick_many("subject", subject_bank, 3, fits)
        .into_iter()
        .map(|s| s.trim_end_matches('.').to_string())
        .collect();
    // Thin banks (few facts, many avoided words) borrow from the general subjects.
    if subjects.len() < 3 {
        let taken = subjects.clone();
        let more = ctx.pick_many("subject-more", SUBJECT_SINGLE, 3 - subjects.len(), |t| {
            fits(t) && !taken.iter().any(|s| s == t.trim_end_matches('.'))
        });
        subjects.extend(
            more.into_iter()
                .map(|s| s.trim_end_matches('.').to_string()),
        );
    }
    for fallback in [
        "A quick note from us",
        "Something worth a look",
        "An update for you",
    ] {
        if subjects.len() < 3 && !ctx.avoid.hits(fallback) {
            subjects.push(fallback.to_string());
        }
    }
    let subjects: Vec<String> = subjects
        .iter()
        .map(|s| ctx.avoid.scrub(s))
        .filter(|s| !s.is_empty())
        .collect();

    let mut emoji = EmojiPlan::new(
        ctx.voice.emoji,
        ctx.channel,
        &ctx.voice,
        &ctx.facts.theme_text,
        ctx.dice.below(5),
    );
    let mut subject = subjects
        .first()
        .cloned()
        .unwrap_or_else(|| "Hello".to_string());
    if emoji.budget >= 2
        && let Some(e) = emoji.take()
        && chars(&subject) + 2 <= SUBJECT_MAX
    {
        subject = format!("{subject} {e}");
    }
    let subject_variants: Vec<String> = subjects.into_iter().skip(1).take(2).collect();

    let pre_bank = match stage {
        Stage::Welcome => PREHEADER_WELCOME,
        Stage::LastCall => PREHEADER_LAST,
        _ => PREHEADER,
    };
    let preheader = ctx
        .pick_where("preheader", pre_bank, |t| chars(t) <= PREHEADER_MAX)
        .or_else(|| ctx.pick_where("preheader2", PREHEADER, |t| chars(t) <= PREHEADER_MAX))
        .map(|p| ctx.avoid.scrub(&p))
        .unwrap_or_default();

    let blocks = body(ctx, stage, &mut emoji);
    let cta_label = ctx.avoid.scrub(&ctx.facts.cta);
    let cta_label = if cta_label.is_empty() {
        "Learn more".to_string()
    } else {
        cta_label
    };
    let href = ctx
        .facts
        .url
        .clone()
        .unwrap_or_else(|| CTA_URL_PLACEHOLDER.to_string());
    let closing = ctx.pick("closing", CLOSING);
    let sign = ctx
        .pick("sign", SIGN)
        .unwrap_or_else(|| "Best,".to_string());
    let team = ctx
        .pick("team", TEAM)
        .unwrap_or_else(|| upper_first(&ctx.facts.brand.text));
    let greeting = if ctx.voice.formal() {
        "Hello,"
    } else if ctx.voice.casual() {
        "Hey there,"
    } else {
        "Hi there,"
    };
    let why = ctx.pick("footer", FOOTER).unwrap_or_default();
    let disclaimers = ctx.facts.disclaimers.clone();
    let scrub = |s: &str| ctx.avoid.scrub(s);

    // Plain text.
    let mut text = format!("{greeting}\n\n");
    for b in &blocks {
        match b {
            Block::Para(p) => text.push_str(&format!("{}\n\n", scrub(p))),
            Block::List(items) => {
                for i in items {
                    text.push_str(&format!("- {}\n", scrub(i)));
                }
                text.push('\n');
            }
        }
    }
    text.push_str(&format!("{cta_label}: {href}\n\n"));
    if let Some(c) = &closing {
        text.push_str(&format!("{}\n\n", scrub(c)));
    }
    text.push_str(&format!("{sign}\n{}\n\n--\n", scrub(&team)));
    for d in &disclaimers {
        text.push_str(&format!("{d}\n"));
    }
    if !why.is_empty() {
        text.push_str(&format!("{}\n", scrub(&why)));
    }
    text.push_str(&format!(
        "Unsubscribe: {UNSUBSCRIBE_PLACEHOLDER}\n{POSTAL_ADDRESS_PLACEHOLDER}\n"
    ));

    // HTML: semantic and inline-styled only where mail clients need it (the button).
    let mut html = String::with_capacity(text.len() * 2);
    html.push_str(&format!("<p>{}</p>\n", escape_html(greeting)));
    for b in &blocks {
        match b {
            Block::Para(p) => html.push_str(&format!("<p>{}</p>\n", escape_html(&scrub(p)))),
            Block::List(items) => {
                html.push_str("<ul>\n");
                for i in items {
                    html.push_str(&format!("  <li>{}</li>\n", escape_html(&scrub(i))));
                }
                html.push_str("</ul>\n");
            }
        }
    }
    html.push_str(&format!(
        "<p><a href=\"{}\" class=\"button\" style=\"display:inline-block;padding:12px 24px;background:#1f2937;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600\">{}</a></p>\n",
        escape_html(&href),
        escape_html(&cta_label)
    ));
    if let Some(c) = &closing {
        html.push_str(&format!("<p>{}</p>\n", escape_html(&scrub(c))));
    }
    html.push_str(&format!(
        "<p>{}<br>{}</p>\n",
        escape_html(&sign),
        escape_html(&scrub(&team))
    ));
    html.push_str("<hr>\n<footer style=\"font-size:12px;color:#6b7280\">\n");
    for d in &disclaimers {
        html.push_str(&format!("  <p>{}</p>\n", escape_html(d)));
    }
    if !why.is_empty() {
        html.push_str(&format!("  <p>{}</p>\n", escape_html(&scrub(&why))));
    }
    html.push_str(&format!(
        "  <p><a href=\"{UNSUBSCRIBE_PLACEHOLDER}\">Unsubscribe</a></p>\n  <p>{POSTAL_ADDRESS_PLACEHOLDER}</p>\n</footer>\n"
    ));

    Draft::Email {
        subject,
        subject_variants,
        preheader,
        body_html: html,
        body_text: text,
        cta_label,
        cta_url: ctx.facts.url.clone(),
        delay_days: delay_days(step),
    }
}

fn body(ctx: &mut Ctx, stage: Stage, emoji: &mut EmojiPlan) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let para = |out: &mut Vec<Block>, t: Option<String>| {
        if let Some(t) = t.filter(|t| !t.trim().is_empty()) {
            out.push(Block::Para(t));
        }
    };
    let short = ctx.voice.length < 0;
    let long = ctx.voice.length > 0;
    let open_bank = match stage {
        Stage::Welcome => OPEN_WELCOME,
        Stage::Value => OPEN_VALUE,
        Stage::Proof => OPEN_PROOF,
        Stage::Offer => OPEN_OFFER,
        Stage::LastCall => OPEN_LAST,
        Stage::Single => HOOK_OPEN,
    };
    let mut opening = if stage == Stage::Single {
        hook(ctx)
    } else {
        ctx.pick("open", open_bank)
    };
    if let Some(o) = opening.as_mut()
        && let Some(e) = emoji.take()
    {
        o.push(' ');
        o.push_str(e);
    }
    para(&mut out, opening);

    match stage {
        Stage::Welcome => {
            para(&mut out, ctx.pick("value", VALUE));
            if !short {
                para(&mut out, ctx.pick("context", CONTEXT));
            }
            para(&mut out, ctx.facts.key.clone());
        }
        Stage::Value | Stage::Single => {
            // Three shapes, one per variant: a list of what you get, a case with its proof
            // and the usual concern, or a short story with a nudge to act.
            let form = ctx.dice.one("email-form", &[1, 1, 1]).unwrap_or(0);
            match form {
                0 => {
                    para(
                        &mut out,
                        ctx.facts.key.clone().or_else(|| ctx.pick("value", VALUE)),
                    );
                    if !short {
                        para(&mut out, ctx.pick("list-intro", crate::bank::LIST_INTRO));
                        out.push(Block::List(bullets(ctx)));
                    }
                }
                1 => {
                    para(
                        &mut out,
                        ctx.facts.key.clone().or_else(|| ctx.pick("value", VALUE)),
                    );
                    para(&mut out, ctx.pick("proof", PROOF));
                    if !short && ctx.has(List::Objection) > 0 {
                        let q = ctx.pick("objection", OBJECTION);
                        let a = ctx.pick("answer", ANSWER);
                        para(&mut out, q.zip(a).map(|(q, a)| format!("{q} {a}")));
                    }
                }
                _ => {
                    para(&mut out, ctx.pick_fresh("value", VALUE));
                    para(&mut out, ctx.facts.key.clone());
                    if !short {
                        para(&mut out, ctx.pick("context", CONTEXT));
                    }
                    para(&mut out, ctx.pick("urgency", URGENCY));
                }
            }
            if long {
                para(&mut out, ctx.pick("context-long", CONTEXT));
            }
        }
        Stage::Proof => {
            para(&mut out, ctx.pick("proof", PROOF));
            if ctx.has(List::Objection) > 0 {
                let q = ctx.pick("objection", OBJECTION);
                let a = ctx.pick("answer", ANSWER);
                para(&mut out, q.zip(a).map(|(q, a)| format!("{q} {a}")));
            }
            if !short {
                para(&mut out, ctx.pick("context", CONTEXT));
            }
            para(&mut out, ctx.facts.key.clone());
        }
        Stage::Offer => {
            para(
                &mut out,
                ctx.facts.key.clone().or_else(|| ctx.pick("value", VALUE)),
            );
            if !short {
                out.push(Block::List(bullets(ctx)));
            }
            para(&mut out, ctx.pick("urgency", URGENCY));
        }
        Stage::LastCall => {
            para(
                &mut out,
                ctx.facts.key.clone().or_else(|| ctx.pick("value", VALUE)),
            );
            para(&mut out, ctx.pick("urgency", URGENCY));
        }
    }
    // The brand's own facts, in an order that differs between variants.
    let mut facts: Vec<&'static Bank> = Vec::new();
    if ctx.facts.offer.is_some() {
        facts.push(OFFER_LINE);
    }
    if ctx.has(List::Proof) > 0 {
        facts.push(PROOF_LINE);
    }
    if ctx.facts.location.is_some() {
        facts.push(LOCAL_LINE);
    }
    if !facts.is_empty() {
        let r = ctx
            .dice
            .one("fact-order", &vec![1; facts.len()])
            .unwrap_or(0);
        facts.rotate_left(r);
        let lines: Vec<String> = facts
            .iter()
            .enumerate()
            .filter_map(|(i, b)| ctx.pick_fresh(&format!("fact{i}"), b))
            .collect();
        if !lines.is_empty() {
            // Before the closing urgency line when there is one, else at the end.
            let at = if matches!(stage, Stage::Offer | Stage::LastCall) && out.len() > 1 {
                out.len() - 1
            } else {
                out.len()
            };
            out.insert(at, Block::Para(lines.join(" ")));
        }
    }
    for (i, m) in ctx.voice.mentions.clone().iter().enumerate() {
        out.push(Block::Para(crate::social::mention_line(m, i + 1)));
    }
    out.retain(|b| match b {
        Block::Para(p) => !p.trim().is_empty(),
        Block::List(items) => items.len() >= 2,
    });
    out
}

fn hook(ctx: &mut Ctx) -> Option<String> {
    let banks = crate::social::hook_banks(ctx.angle);
    banks
        .iter()
        .find_map(|b| ctx.pick_fresh("hook", b))
        .or_else(|| ctx.pick("hook", HOOK_OPEN))
}

fn bullets(ctx: &mut Ctx) -> Vec<String> {
    let mut items = Vec::new();
    for i in ctx.items_by_use(List::Prop).into_iter().take(3) {
        if let Some(p) = ctx.facts.list(List::Prop).get(i) {
            items.push(upper_first(&p.text));
            ctx.mark_used(List::Prop, i);
        }
    }
    if items.len() < 3 {
        let more = ctx.pick_many(
            "bullet",
            crate::bank::BULLET_FALLBACK,
            3 - items.len(),
            |t| chars(t) <= 80,
        );
        items.extend(more);
    }
    items
}

/// Every phrase bank of this module, by name (for tests that check what banks may say).
pub const BANKS: &[(&str, &Bank)] = &[
    ("email::SUBJECT_WELCOME", SUBJECT_WELCOME),
    ("email::SUBJECT_VALUE", SUBJECT_VALUE),
    ("email::SUBJECT_PROOF", SUBJECT_PROOF),
    ("email::SUBJECT_OFFER", SUBJECT_OFFER),
    ("email::SUBJECT_LAST", SUBJECT_LAST),
    ("email::SUBJECT_SINGLE", SUBJECT_SINGLE),
    ("email::PREHEADER", PREHEADER),
    ("email::PREHEADER_WELCOME", PREHEADER_WELCOME),
    ("email::PREHEADER_LAST", PREHEADER_LAST),
    ("email::OPEN_WELCOME", OPEN_WELCOME),
    ("email::OPEN_VALUE", OPEN_VALUE),
    ("email::OPEN_PROOF", OPEN_PROOF),
    ("email::OPEN_OFFER", OPEN_OFFER),
    ("email::OPEN_LAST", OPEN_LAST),
    ("email::URGENCY", URGENCY),
    ("email::CLOSING", CLOSING),
    ("email::SIGN", SIGN),
    ("email::TEAM", TEAM),
    ("email::FOOTER", FOOTER),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn st(index: u32, total: u32) -> Option<Step> {
        Some(Step { index, total })
    }

    #[test]
    fn arc_runs_welcome_to_last_call() {
        let four: Vec<Stage> = (0..4).map(|i| stage(st(i, 4))).collect();
        assert_eq!(
            four,
            [Stage::Welcome, Stage::Value, Stage::Offer, Stage::LastCall]
        );
        let five: Vec<Stage> = (0..5).map(|i| stage(st(i, 5))).collect();
        assert_eq!(
            five,
            [
                Stage::Welcome,
                Stage::Value,
                Stage::Proof,
                Stage::Offer,
                Stage::LastCall
            ]
        );
        assert_eq!(
            [stage(st(0, 2)), stage(st(1, 2))],
            [Stage::Welcome, Stage::Offer]
        );
        assert_eq!(stage(st(0, 3)), Stage::Welcome);
        assert_eq!(stage(st(2, 3)), Stage::LastCall);
        assert_eq!(stage(st(9, 3)), Stage::LastCall);
        assert_eq!(stage(None), Stage::Single);
        assert_eq!(stage(st(0, 1)), Stage::Single);
        assert_eq!(stage(st(0, 0)), Stage::Single);
    }

    #[test]
    fn delays_grow_after_the_first() {
        let d: Vec<u32> = (0..4).map(|i| delay_days(st(i, 4))).collect();
        assert_eq!(d, [0, 2, 3, 4]);
        assert_eq!(delay_days(None), 0);
        assert_eq!(delay_days(st(30, 40)), 7);
    }
}
