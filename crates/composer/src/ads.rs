//! Paid ads. Every field fits its platform limit by construction: candidates are filled,
//! measured and only the ones that fit are chosen; nothing is cut mid-word. Disclaimers are
//! left to the campaign settings (ads have no room for them).

use content::{Channel, Draft, slugify};

use crate::bank::Bank;
use crate::ctx::Ctx;
use crate::emoji::EmojiPlan;
use crate::facts::List;
use crate::text::{chars, title_case};

pub const META_PRIMARY_MAX: usize = 125;
pub const META_HEADLINE_MAX: usize = 40;
pub const META_DESCRIPTION_MAX: usize = 30;
pub const LI_INTRO_MAX: usize = 150;
pub const LI_HEADLINE_MAX: usize = 70;
pub const LI_DESCRIPTION_MAX: usize = 100;
pub const RSA_HEADLINE_MAX: usize = 30;
pub const RSA_DESCRIPTION_MAX: usize = 90;
pub const RSA_PATH_MAX: usize = 15;

const PRIMARY: &Bank = &[
    ("", "{key}"),
    ("", "{pain:c}? {brand} helps {audience} {benefit:v}."),
    ("", "{brand} helps {audience} {benefit:v}. {cta}."),
    ("", "{brand} helps you {benefit:v}. {cta}."),
    ("", "Want to {goal:v}? {brand:!} can help."),
    ("", "{benefit:c}. That's {brand:!}."),
    ("", "Meet {brand:!}. {tagline}"),
    ("", "{diff:c}. {cta}."),
    ("", "Made for {audience}: {prop}, {prop} and more."),
    ("", "{prop:c}. {prop:c}. All in {brand:!}."),
    ("F", "{brand} enables {audience} to {benefit:v}."),
    ("F", "Discover how {brand:!} helps {audience} {benefit:v}."),
    ("C", "Say goodbye to {pain:n}. {brand:!} has your back."),
    ("C", "{pain:c}? Yeah, we fixed that. {cta}."),
    ("E", "{benefit:c}? Yes, really! Try {brand:!} today."),
    ("E", "Ready to {goal:v}? {cta} today!"),
    (
        "PE",
        "Work can be fun again! {brand:!} helps you {benefit:v}.",
    ),
    (
        "PE",
        "Psst! {brand:!} makes it fun to {benefit:v}. {cta} today!",
    ),
    (
        "PE",
        "Love how you work again! {brand:!} helps you {benefit:v}.",
    ),
    (
        "P",
        "{pain:c}? Not on our watch. {brand:!} helps you {benefit:v}.",
    ),
    (
        "S",
        "{brand:!} is built for {audience} who need to {benefit:v}.",
    ),
    ("I", "{pain:c} is so last year. {cta}."),
];

const HEADLINE: &Bank = &[
    ("", "{benefit:c}"),
    ("", "{cta} today"),
    ("", "Meet {brand:!}"),
    ("", "{brand:!}: {tagline}"),
    ("", "{prop:c}"),
    ("", "Built for {audience}"),
    ("", "Say goodbye to {pain:n}"),
    ("", "Try {brand:!} today"),
    ("", "{tagline}"),
    ("", "How {audience} {benefit:v}"),
    ("", "{benefit:c} with {brand:!}"),
    ("", "{brand:!}: {benefit}"),
    ("", "See how it works"),
    ("", "Discover a better way"),
    ("F", "The smarter way to {benefit:v}"),
    ("C", "Your new favourite way to {benefit:v}"),
    ("E", "{benefit:c}, finally!"),
    ("PE", "The fun way to {benefit:v}"),
];

const DESCRIPTION: &Bank = &[
    ("", "{cta}"),
    ("", "{tagline}"),
    ("", "{prop:c}"),
    ("", "{diff:c}."),
    ("", "Made for {audience}"),
    ("", "Made for {audience}."),
    ("", "{prop:c}, {prop:l} and {prop:l}."),
    ("", "{cta} and see the difference."),
    ("", "{brand} helps {audience} {benefit:v}."),
    ("", "See how it works"),
    ("", "Learn more today"),
    ("", "Built with {audience} in mind."),
    ("", "Find out more"),
];

const RSA_BRAND: &Bank = &[
    ("", "{brand:!}"),
    ("", "{brand:!} Official Site"),
    ("", "Meet {brand:!}"),
    ("", "Try {brand:!} Today"),
    ("", "{brand:!} for {audience}"),
    ("", "Why {brand:!}?"),
    ("", "Discover {brand:!}"),
];

const RSA_BENEFIT: &Bank = &[
    ("", "{benefit:c}"),
    ("", "{goal:c}"),
    ("", "{diff:c}"),
    ("", "{benefit:c} With Ease"),
    ("", "{tagline}"),
];

/// The brief's own call to action, in one of its forms (only one is used per ad).
const RSA_CTA: &Bank = &[("", "{cta}"), ("", "{cta} Today"), ("", "{cta} Now")];

const RSA_ASK: &Bank = &[
    ("", "Get Started Today"),
    ("", "See How It Works"),
    ("", "Talk to Our Team"),
    ("", "Learn More"),
    ("", "Take a Look"),
];

const RSA_CONTEXT: &Bank = &[
    ("", "Tired of {pain:n}?"),
    ("", "No More {pain:n}"),
    ("", "Built for {audience:!}"),
    ("", "Made for {audience:!}"),
    ("", "For {audience:!}"),
    ("", "{kw:c}"),
    ("", "{kw:c} Made Simple"),
    ("", "Better {kw:c}"),
    ("", "{kw2:c}"),
    ("", "{category:c}"),
    ("", "{category:c} for {audience:!}"),
    ("", "{pillar:c}"),
    ("", "Want to {goal:v}?"),
];

const RSA_GENERIC: &Bank = &[
    ("", "Learn More Today"),
    ("", "Find Out More"),
    ("", "Explore What's Possible"),
    ("", "Discover a Better Way"),
    ("", "Made for Teams Like Yours"),
    ("", "Take the Next Step"),
    ("", "Ready When You Are"),
    ("", "Questions? We Can Help"),
    ("", "See It in Action"),
    ("", "Work Smarter, Not Harder"),
    ("", "Your Goals, Our Focus"),
    ("", "Built Around Your Needs"),
    ("", "Try a Better Approach"),
    ("", "Join Us Today"),
    ("", "Here to Help You Grow"),
    ("", "Start Your Journey"),
    ("", "Less Busywork, More Focus"),
    ("", "Clear Next Steps"),
    ("", "Plans That Fit You"),
    ("", "Support That Cares"),
];

const RSA_DESC: &Bank = &[
    ("", "{key}"),
    ("", "{brand} helps {audience} {benefit:v}. {cta} today."),
    ("", "{brand} helps {audience} {benefit:v}."),
    ("", "{diff:c}. {cta}."),
    ("", "{prop:c}, {prop:l} and {prop:l}."),
    ("", "{prop:c} and {prop:l}. {cta}."),
    ("", "Tired of {pain:n}? {brand:!} helps you {benefit:v}."),
    ("", "{tagline} {cta}."),
    ("", "See how {brand:!} can help you {benefit:v}."),
    ("", "Built for {audience}. {cta} and see the difference."),
    ("", "Want to {goal:v}? {brand:!} makes the first step easy."),
    ("F", "Discover how {brand:!} supports {audience} every day."),
    (
        "F",
        "{brand:!} is designed to facilitate reliable, well-organised work.",
    ),
    (
        "F",
        "Additionally, {brand:!} provides dedicated assistance to {audience}.",
    ),
    (
        "F",
        "We are pleased to assist {audience}. {cta} at your convenience.",
    ),
    ("F", "Kindly contact our team regarding your requirements."),
    ("E", "{benefit:c}, without the hassle. {cta} today!"),
    ("PE", "{brand:!} makes it fun to {benefit:v}. {cta} today!"),
    (
        "PE",
        "Love the way you work again! {brand:!} helps you {benefit:v}.",
    ),
    ("PE", "Fun, fast and made for {audience}. {cta} today!"),
    (
        "PE",
        "Psst! {brand:!} helps {audience} {benefit:v}. You'll love it.",
    ),
    (
        "PE",
        "Yes, work can be fun! See how {brand:!} helps you {benefit:v}.",
    ),
    (
        "PE",
        "Work can be fun again! See what {brand:!} can do for you.",
    ),
    ("PE", "Fun, fast and easy to love. {cta} today!"),
    (
        "PE",
        "Psst! You'll love this, and so will your team. Try {brand:!} today.",
    ),
    ("PE", "Yes, it's really this fun! See {brand:!} in action."),
    ("PE", "Less busywork, more fun! Try {brand:!} today."),
    (
        "",
        "Clear next steps, real support and a better way to work. {cta}.",
    ),
    ("", "Find out how we can help you reach your goals. {cta}."),
    (
        "",
        "Learn more about what we do and how we can help you get there.",
    ),
    ("", "Made for people who want results without the busywork."),
    (
        "",
        "Practical tools and real support, built around the way you work.",
    ),
    (
        "",
        "Clear answers, honest advice and a plan that fits your goals.",
    ),
    (
        "",
        "We're happy to help you find the right fit for your needs.",
    ),
    (
        "",
        "Discover a smarter way to work and see what's possible for you.",
    ),
];

pub fn write(ctx: &mut Ctx) -> Draft {
    match ctx.channel {
        Channel::GoogleRsa => rsa(ctx),
        Channel::LinkedinSponsored => {
            let intro = one(
                ctx,
                "intro",
                &[PRIMARY],
                LI_INTRO_MAX,
                "Learn how we can help.",
            );
            let headline = no_stop(one(
                ctx,
                "headline",
                &[HEADLINE],
                LI_HEADLINE_MAX,
                "See how it works",
            ));
            let description = one(
                ctx,
                "description",
                &[DESCRIPTION, RSA_DESC],
                LI_DESCRIPTION_MAX,
                "",
            );
            Draft::LinkedinSponsored {
                intro,
                headline,
                description,
            }
        }
        _ => {
            let mut primary = one(
                ctx,
                "primary",
                &[PRIMARY],
                META_PRIMARY_MAX,
                "Learn how we can help.",
            );
            let mut plan = EmojiPlan::new(
                ctx.voice.emoji,
                Channel::MetaAd,
                &ctx.voice,
                &ctx.facts.theme_text,
                ctx.dice.below(5),
            );
            if plan.budget > 0
                && ctx.dice.chance(70)
                && let Some(e) = plan.take()
                && chars(&primary) + 2 <= META_PRIMARY_MAX
            {
                primary = format!("{primary} {e}");
            }
            let headline = no_stop(one(
                ctx,
                "headline",
                &[HEADLINE],
                META_HEADLINE_MAX,
                "See how it works",
            ));
            let description = no_stop(one(
                ctx,
                "description",
                &[DESCRIPTION],
                META_DESCRIPTION_MAX,
                "Learn more",
            ));
            Draft::MetaAd {
                primary_text: primary,
                headline,
                description,
            }
        }
    }
}

/// The chosen candidate from the first bank that has one within `max` characters.
fn one(ctx: &mut Ctx, label: &str, banks: &[&'static Bank], max: usize, fallback: &str) -> String {
    for bank in banks {
        let picked = ctx
            .pick_where(label, bank, |t| chars(t) <= max)
            .map(|t| ctx.avoid.scrub(&t))
            .filter(|t| !t.is_empty());
        if let Some(t) = picked {
            return t;
        }
    }
    let f = ctx.avoid.scrub(fallback);
    if chars(&f) <= max { f } else { String::new() }
}

/// Headlines read as labels: no closing full stop.
fn no_stop(s: String) -> String {
    s.trim_end_matches('.').to_string()
}

/// A headline as Google wants it: Title Case, no exclamation mark, no end full stop.
fn headline_form(t: &str) -> String {
    title_case(t.replace('!', "").trim_end_matches('.').trim())
}

fn rsa(ctx: &mut Ctx) -> Draft {
    let mut headlines: Vec<String> = Vec::new();
    let add =
        |ctx: &mut Ctx, headlines: &mut Vec<String>, label: &str, bank: &'static Bank, n: usize| {
            for _ in 0..n {
                let taken = headlines.clone();
                let picked = ctx.pick_where(label, bank, |t| {
                    let h = headline_form(t);
                    chars(&h) <= RSA_HEADLINE_MAX
                        && !taken.iter().any(|x| x.eq_ignore_ascii_case(&h))
                });
                match picked {
                    Some(t) => headlines.push(headline_form(&ctx.avoid.scrub(&t))),
                    None => break,
                }
            }
        };
    // Pinned-style spread: the brand, benefits, the ask, then context, then general lines.
    add(ctx, &mut headlines, "rsa-brand", RSA_BRAND, 2);
    add(ctx, &mut headlines, "rsa-benefit", RSA_BENEFIT, 2);
    // Value propositions short enough make strong feature headlines.
    for i in ctx.items_by_use(List::Prop) {
        let Some(p) = ctx.facts.list(List::Prop).get(i) else {
            continue;
        };
        let h = headline_form(&p.text);
        if headlines.len() < 7
            && chars(&h) <= RSA_HEADLINE_MAX
            && !headlines.iter().any(|x| x.eq_ignore_ascii_case(&h))
        {
            headlines.push(h);
            ctx.mark_used(List::Prop, i);
        }
    }
    add(ctx, &mut headlines, "rsa-cta", RSA_CTA, 1);
    let labels = ctx.facts.intent.labels();
    add(ctx, &mut headlines, "rsa-label", labels, 1);
    add(ctx, &mut headlines, "rsa-ask", RSA_ASK, 1);
    add(ctx, &mut headlines, "rsa-context", RSA_CONTEXT, 4);
    let left = 15usize.saturating_sub(headlines.len());
    add(ctx, &mut headlines, "rsa-generic", RSA_GENERIC, left);
    headlines.retain(|h| !h.is_empty());
    headlines.truncate(15);

    let mut descriptions: Vec<String> = Vec::new();
    for j in 0..4 {
        let taken = descriptions.clone();
        let picked = ctx.pick_where(&format!("rsa-desc{j}"), RSA_DESC, |t| {
            chars(t) <= RSA_DESCRIPTION_MAX && !taken.iter().any(|x| x == t)
        });
        match picked
            .map(|t| ctx.avoid.scrub(&t))
            .filter(|t| !t.is_empty())
        {
            Some(t) => descriptions.push(t),
            None => break,
        }
    }

    let path_source = ctx
        .facts
        .keywords
        .first()
        .cloned()
        .or_else(|| ctx.facts.category.as_ref().map(|c| c.text.clone()))
        .or_else(|| ctx.facts.list(List::Pillar).first().map(|p| p.text.clone()))
        .unwrap_or_default();
    let mut path1 = path(&ctx.avoid.scrub(&path_source));
    let mut path2 = path(ctx.facts.intent.path_word());
    if path2 == path1 {
        path2 = String::new();
    }
    // Google shows path2 only after path1, and refuses an ad with path2 alone.
    if path1.is_empty() {
        path1 = std::mem::take(&mut path2);
    }
    Draft::GoogleRsa {
        headlines,
        descriptions,
        path1,
        path2,
    }
}

/// A display-URL path: slug words up to 15 characters, cut between words.
fn path(source: &str) -> String {
    let slug = slugify(source);
    let mut out = String::new();
    for word in slug.split('-').filter(|w| !w.is_empty()) {
        let extra = if out.is_empty() { 0 } else { 1 };
        if out.len() + extra + word.len() > RSA_PATH_MAX {
            break;
        }
        if extra == 1 {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cut_between_words() {
        assert_eq!(path("content calendar software"), "content");
        assert_eq!(path("Email marketing"), "email-marketing");
        assert_eq!(path(""), "");
        assert!(path("supercalifragilisticexpialidocious").is_empty());
    }

    #[test]
    fn headlines_take_google_form() {
        assert_eq!(headline_form("save time today!"), "Save Time Today");
        assert_eq!(
            headline_form("Plan less, publish more."),
            "Plan Less, Publish More"
        );
    }
}
