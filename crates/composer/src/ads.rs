//! Paid ads. Every field fits its platform limit by construction: candidates are filled,
//! measured and only the ones that fit are chosen; nothing is cut mid-word. Required
//! disclaimers go verbatim into the Meta primary text, the LinkedIn intro and one Google
//! description (one longer than a description's 90 characters cannot fit and is left to the
//! review, which flags it).

use content::{Channel, Draft, slugify};

use crate::bank::Bank;
use crate::ctx::Ctx;
use crate::emoji::EmojiPlan;
use crate::facts::List;
use crate::text::{chars, fit_words, title_case, upper_first};

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
    ("", "{offer:c} from {brand:!}. {cta}."),
    ("", "{proof:c}. {cta}."),
    ("", "{brand:!}, proudly serving {location}. {cta}."),
    ("", "{pain:c}? {brand:!} can help. {cta}."),
    ("", "{msg}"),
    ("", "{web}"),
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
        "PEs",
        "Work can be fun again! {brand:!} helps you {benefit:v}.",
    ),
    (
        "PE",
        "Psst! {brand:!} makes it fun to {benefit:v}. {cta} today!",
    ),
    (
        "PEs",
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
    (
        "PE",
        "Good news! {brand:!} helps you {benefit:v}. You'll love it!",
    ),
    (
        "PE",
        "Yay! {brand:!} makes it fun to {benefit:v}. {cta} today!",
    ),
    (
        "C",
        "Honestly? {brand:!} just makes it easier to {benefit:v}.",
    ),
];

const HEADLINE: &Bank = &[
    ("", "{benefit:c}"),
    ("", "{offer:c}"),
    ("", "Serving {location}"),
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
    ("s", "See how it works"),
    ("", "Discover a better way"),
    ("F", "The smarter way to {benefit:v}"),
    ("C", "Your new favourite way to {benefit:v}"),
    ("E", "{benefit:c}, finally!"),
    ("PE", "The fun way to {benefit:v}"),
    ("PE", "You'll love {brand:!}!"),
    ("PE", "Fun, easy and made for you"),
];

const DESCRIPTION: &Bank = &[
    ("", "{cta}"),
    ("", "{offer:c}"),
    ("", "{proof:c}"),
    ("", "Serving {location}"),
    ("", "{tagline}"),
    ("", "{prop:c}"),
    ("", "{diff:c}."),
    ("", "Made for {audience}"),
    ("", "Made for {audience}."),
    ("", "{prop:c}, {prop:l} and {prop:l}."),
    ("", "{cta} and see the difference."),
    ("", "{brand} helps {audience} {benefit:v}."),
    ("s", "See how it works"),
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
    ("", "{offer:c}"),
    ("", "{proof:c}"),
    ("", "{benefit:c} With Ease"),
    ("", "{tagline}"),
];

/// The brief's own call to action, in one of its forms (only one is used per ad).
const RSA_CTA: &Bank = &[("", "{cta}"), ("", "{cta} Today"), ("", "{cta} Now")];

const RSA_ASK: &Bank = &[
    ("", "Get in Touch"),
    ("s", "Get Started Today"),
    ("s", "See How It Works"),
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
    ("", "Serving {location}"),
    ("", "Local to {location}"),
    ("", "{location:c}"),
];

const RSA_GENERIC: &Bank = &[
    ("", "Learn More Today"),
    ("", "Find Out More"),
    ("s", "Explore What's Possible"),
    ("", "Discover a Better Way"),
    ("s", "Made for Teams Like Yours"),
    ("", "Take the Next Step"),
    ("", "Ready When You Are"),
    ("", "Questions? We Can Help"),
    ("s", "See It in Action"),
    ("s", "Work Smarter, Not Harder"),
    ("spm", "Your Goals, Our Focus"),
    ("", "Built Around Your Needs"),
    ("s", "Try a Better Approach"),
    ("", "Join Us Today"),
    ("spm", "Here to Help You Grow"),
    ("su", "Start Your Journey"),
    ("s", "Less Busywork, More Focus"),
    ("", "Clear Next Steps"),
    ("spm", "Plans That Fit You"),
    ("", "Support That Cares"),
    ("f", "Freshly Made Every Day"),
    ("f", "Made With Care"),
    ("h", "Fast, Friendly Service"),
    ("h", "Upfront Prices"),
    ("e", "Lower Your Energy Bills"),
    ("e", "Make Your Own Power"),
    ("w", "Gentle, Expert Care"),
    ("r", "Shop With Confidence"),
    ("b", "Look and Feel Your Best"),
    ("n", "Make a Difference Today"),
    ("t", "Travel With Confidence"),
    ("m", "Straight Answers on Money"),
    ("u", "Learn at Your Own Pace"),
    ("p", "Expert Advice You Can Trust"),
    ("", "Quality You Can Count On"),
    ("", "Here When You Need Us"),
    ("", "See What We Offer"),
    ("", "Good Value, No Surprises"),
    ("", "Ask Us Anything"),
    ("", "Talk to a Real Person"),
    ("", "Worth a Closer Look"),
    ("", "Friendly, Honest Help"),
    ("", "Straight Answers, Fast"),
    ("", "People Who Care"),
    ("", "Done Right, First Time"),
    ("", "Real People, Real Help"),
    ("", "No Pressure, Just Help"),
];

const RSA_DESC: &Bank = &[
    ("", "{key}"),
    ("", "{offer:c}. {cta}."),
    ("", "{proof:c}. {cta}."),
    ("", "{brand:!}, proudly serving {location}. {cta}."),
    ("", "{msg}"),
    ("", "{web}"),
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
        "Fs",
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
        "PEs",
        "Love the way you work again! {brand:!} helps you {benefit:v}.",
    ),
    ("PE", "Fun, fast and made for {audience}. {cta} today!"),
    (
        "PE",
        "Psst! {brand:!} helps {audience} {benefit:v}. You'll love it.",
    ),
    (
        "PEs",
        "Yes, work can be fun! See how {brand:!} helps you {benefit:v}.",
    ),
    (
        "PEs",
        "Work can be fun again! See what {brand:!} can do for you.",
    ),
    ("PE", "Fun, fast and easy to love. {cta} today!"),
    (
        "PEs",
        "Psst! You'll love this, and so will your team. Try {brand:!} today.",
    ),
    ("PE", "Yes, it's really this fun! See {brand:!} in action."),
    ("PEs", "Less busywork, more fun! Try {brand:!} today."),
    (
        "s",
        "Clear next steps, real support and a better way to work. {cta}.",
    ),
    (
        "spmu",
        "Find out how we can help you reach your goals. {cta}.",
    ),
    (
        "",
        "Learn more about what we do and how we can help you get there.",
    ),
    (
        "s",
        "Made for people who want results without the busywork.",
    ),
    (
        "s",
        "Practical tools and real support, built around the way you work.",
    ),
    (
        "pm",
        "Clear answers, honest advice and a plan that fits your goals.",
    ),
    (
        "",
        "We're happy to help you find the right fit for your needs.",
    ),
    (
        "s",
        "Discover a smarter way to work and see what's possible for you.",
    ),
    (
        "PE",
        "Good news! {brand:!} helps you {benefit:v}. You'll love it!",
    ),
    (
        "PE",
        "Fun, friendly and made for {audience}. You'll love it!",
    ),
    ("PE", "Yay! {cta} today and see what the fuss is about!"),
    (
        "PE",
        "Psst! {brand:!} makes it easy to {benefit:v}. Try it today!",
    ),
    ("PE", "We love what we do, and we think you'll love it too!"),
    ("PE", "Big smiles ahead. {cta} today!"),
    (
        "",
        "Friendly people, clear answers and no pressure. {cta} whenever you're ready.",
    ),
    (
        "",
        "Tell us what you need and we'll tell you honestly how we can help.",
    ),
    (
        "",
        "Good service starts with listening. That's where we begin, every time.",
    ),
    (
        "",
        "Questions first, decisions later. We're here when you want to talk.",
    ),
];

pub fn write(ctx: &mut Ctx) -> Draft {
    match ctx.channel {
        Channel::GoogleRsa => rsa(ctx),
        Channel::LinkedinSponsored => {
            let intro = with_disclaimer(ctx, "intro", LI_INTRO_MAX);
            let headline = no_stop(one(
                ctx,
                "headline",
                &[HEADLINE],
                LI_HEADLINE_MAX,
                "Learn more",
            ));
            let description = one(
                ctx,
                "description",
                &[DESCRIPTION, RSA_DESC],
                LI_DESCRIPTION_MAX,
                "",
            );
            let description = mention(ctx, description, LI_DESCRIPTION_MAX);
            Draft::LinkedinSponsored {
                intro,
                headline,
                description,
            }
        }
        _ => {
            let mut primary = with_disclaimer(ctx, "primary", META_PRIMARY_MAX);
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
                // The emoji goes before the disclaimers, which end the text as written.
                let d = ctx.facts.disclaimers.join(" ");
                primary = match primary.strip_suffix(d.as_str()) {
                    Some(copy) if !d.is_empty() && !copy.trim().is_empty() => {
                        format!("{} {e} {d}", copy.trim_end())
                    }
                    _ if !d.is_empty() => primary,
                    _ => format!("{primary} {e}"),
                };
            }
            let headline = no_stop(one(
                ctx,
                "headline",
                &[HEADLINE],
                META_HEADLINE_MAX,
                "Learn more",
            ));
            let description = no_stop(one(
                ctx,
                "description",
                &[DESCRIPTION],
                META_DESCRIPTION_MAX,
                "Learn more",
            ));
            // What the reviewer asked to see goes where it fits: the description, else the
            // end of the primary text.
            let (description, primary) = match ctx.voice.mentions.first().cloned() {
                Some(m) if chars(&m) <= META_DESCRIPTION_MAX => (upper_first(&m), primary),
                Some(m) => {
                    let line = crate::social::mention_line(&m, 1);
                    (description, insert_before_disclaimer(ctx, &primary, &line))
                }
                None => (description, primary),
            };
            Draft::MetaAd {
                primary_text: primary,
                headline,
                description,
            }
        }
    }
}

/// The ad's main text with the brand's required disclaimers after it, verbatim. The copy
/// makes room for them; if they leave no room, the disclaimers stand alone (or run over the
/// limit, for the review to flag: a required statement is never dropped or cut).
fn with_disclaimer(ctx: &mut Ctx, label: &str, max: usize) -> String {
    let disclaimer = ctx.facts.disclaimers.join(" ");
    if disclaimer.is_empty() {
        return one(ctx, label, &[PRIMARY], max, "Learn how we can help.");
    }
    let room = max.saturating_sub(chars(&disclaimer) + 1);
    let copy = if room >= 20 {
        one(ctx, label, &[PRIMARY], room, "")
    } else {
        String::new()
    };
    if copy.is_empty() {
        disclaimer
    } else {
        format!("{copy} {disclaimer}")
    }
}

/// `desc` with the reviewer's requested mention in its place when there is one.
fn mention(ctx: &Ctx, desc: String, max: usize) -> String {
    match ctx.voice.mentions.first() {
        Some(m) => {
            let line = crate::social::mention_line(m, 1);
            if chars(&line) <= max {
                line
            } else {
                fit_words(m, max, false)
            }
        }
        None => desc,
    }
}

/// `line` added to the ad text before its closing disclaimers.
fn insert_before_disclaimer(ctx: &Ctx, text: &str, line: &str) -> String {
    let d = ctx.facts.disclaimers.join(" ");
    match text.strip_suffix(d.as_str()) {
        Some(copy) if !d.is_empty() => format!("{} {line} {d}", copy.trim_end()),
        _ => format!("{text} {line}"),
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
    // Each candidate's headline form, worked out once (the same phrases are weighed for
    // every headline).
    let forms: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
    let form = |t: &str| -> String {
        if let Some(h) = forms.borrow().get(t) {
            return h.clone();
        }
        let h = headline_form(t);
        forms.borrow_mut().insert(t.to_string(), h.clone());
        h
    };
    let add =
        |ctx: &mut Ctx, headlines: &mut Vec<String>, label: &str, bank: &'static Bank, n: usize| {
            for _ in 0..n {
                let taken = headlines.clone();
                let picked = ctx.pick_where(label, bank, |t| {
                    let h = form(t);
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
    let labels = ctx.facts.industry.ctas();
    add(ctx, &mut headlines, "rsa-label", labels, 1);
    add(ctx, &mut headlines, "rsa-ask", RSA_ASK, 1);
    add(ctx, &mut headlines, "rsa-context", RSA_CONTEXT, 4);
    let left = 15usize.saturating_sub(headlines.len());
    add(ctx, &mut headlines, "rsa-generic", RSA_GENERIC, left);
    headlines.retain(|h| !h.is_empty());
    headlines.truncate(15);

    let mut descriptions: Vec<String> = Vec::new();
    // A required disclaimer takes a description of its own, verbatim, if it fits in one.
    let disclaimer = ctx.facts.disclaimers.join(" ");
    if !disclaimer.is_empty() && chars(&disclaimer) <= RSA_DESCRIPTION_MAX {
        descriptions.push(disclaimer);
    }
    for j in 0..4 {
        if descriptions.len() >= 4 {
            break;
        }
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

    // What the reviewer asked to see takes the last description (and a headline if short).
    for (i, m) in ctx.voice.mentions.clone().iter().enumerate() {
        let line = crate::social::mention_line(m, i + 1);
        let text = if chars(&line) <= RSA_DESCRIPTION_MAX {
            line
        } else {
            fit_words(m, RSA_DESCRIPTION_MAX, false)
        };
        let keep_first = usize::from(!ctx.facts.disclaimers.is_empty());
        if descriptions.len() >= 4 && descriptions.len() > keep_first + i {
            descriptions.pop();
        }
        if !text.is_empty() {
            descriptions.push(text);
        }
        let h = headline_form(m);
        if chars(&h) <= RSA_HEADLINE_MAX && !headlines.iter().any(|x| x.eq_ignore_ascii_case(&h)) {
            if headlines.len() >= 15 {
                headlines.pop();
            }
            headlines.push(h);
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

/// Every phrase bank of this module, by name (for tests that check what banks may say).
pub const BANKS: &[(&str, &Bank)] = &[
    ("ads::PRIMARY", PRIMARY),
    ("ads::HEADLINE", HEADLINE),
    ("ads::DESCRIPTION", DESCRIPTION),
    ("ads::RSA_BRAND", RSA_BRAND),
    ("ads::RSA_BENEFIT", RSA_BENEFIT),
    ("ads::RSA_CTA", RSA_CTA),
    ("ads::RSA_ASK", RSA_ASK),
    ("ads::RSA_CONTEXT", RSA_CONTEXT),
    ("ads::RSA_GENERIC", RSA_GENERIC),
    ("ads::RSA_DESC", RSA_DESC),
];

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
