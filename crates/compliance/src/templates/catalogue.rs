//! The built-in templates. Word limits follow common platform and copywriting practice:
//! subject lines under ten words, ad headlines under eight, social hooks that fit before a
//! feed's "more".

use super::{Template, TemplateSection};
use crate::policy::Context;

/// The footer every email template ends with: the merge tags satisfy the unsubscribe and
/// postal address requirements once the sending service fills them in.
const EMAIL_FOOTER: &str = "You are receiving this email because you signed up with us.\n\
    Unsubscribe: {{unsubscribe_url}}\n{{postal_address}}";

fn section(
    key: &'static str,
    label: &'static str,
    guidance: &'static str,
    max_words: Option<usize>,
) -> TemplateSection {
    TemplateSection {
        key,
        label,
        guidance,
        max_words,
        default: None,
    }
}

fn footer() -> TemplateSection {
    TemplateSection {
        default: Some(EMAIL_FOOTER),
        ..section(
            "footer",
            "Footer",
            "Why the reader gets this email, the unsubscribe link and your postal address. \
             Leave empty to use the standard footer with merge tags.",
            None,
        )
    }
}

pub(super) fn all() -> Vec<Template> {
    vec![
        Template {
            id: "product-launch-post",
            name: "Product launch post",
            description: "A social post announcing a new product: hook, what it is, why it \
                          matters, and one call to action.",
            context: Context::Social,
            sections: vec![
                section(
                    "hook",
                    "Hook",
                    "One line that stops the scroll: the change the product makes, not its name.",
                    Some(15),
                ),
                section(
                    "what",
                    "What it is",
                    "Name the product and say in plain words what it does.",
                    Some(30),
                ),
                section(
                    "benefit",
                    "Why it matters",
                    "The main benefit for the reader, with one concrete example.",
                    Some(40),
                ),
                section(
                    "proof",
                    "Proof",
                    "A customer quote, a number with its source, or a short demo line.",
                    Some(25),
                ),
                section(
                    "cta",
                    "Call to action",
                    "One action with a link: try, join, watch.",
                    Some(12),
                ),
                section(
                    "hashtags",
                    "Hashtags",
                    "One to three relevant hashtags, the brand's own first.",
                    Some(5),
                ),
            ],
        },
        Template {
            id: "customer-story",
            name: "Customer story",
            description: "A case study: who the customer is, their challenge, what they did \
                          and the results, in their words.",
            context: Context::Blog,
            sections: vec![
                section(
                    "title",
                    "Title",
                    "The result in the customer's terms, e.g. \"How Northwind cut reporting time in half\".",
                    Some(14),
                ),
                section(
                    "customer",
                    "About the customer",
                    "Who they are, what they do, their size and market.",
                    Some(60),
                ),
                section(
                    "challenge",
                    "Challenge",
                    "The problem before, with its cost in time, money or risk.",
                    Some(120),
                ),
                section(
                    "solution",
                    "Solution",
                    "What they chose, why, and how they rolled it out.",
                    Some(150),
                ),
                section(
                    "results",
                    "Results",
                    "Specific outcomes with numbers, the period and how they were measured.",
                    Some(120),
                ),
                section(
                    "quote",
                    "Quote",
                    "A quote from a named person, approved by them.",
                    Some(60),
                ),
                section(
                    "cta",
                    "Call to action",
                    "Invite readers in a similar situation to take the next step.",
                    Some(30),
                ),
            ],
        },
        Template {
            id: "event-invitation",
            name: "Event invitation",
            description: "An email inviting people to a webinar, meetup or conference session.",
            context: Context::Email,
            sections: vec![
                section(
                    "subject",
                    "Subject line",
                    "The event's value and date, e.g. \"Live on 12 May: pricing teardown\".",
                    Some(10),
                ),
                section(
                    "preheader",
                    "Preheader",
                    "The line inbox previews show after the subject.",
                    Some(15),
                ),
                section(
                    "greeting",
                    "Greeting",
                    "A short greeting, with the first name merge tag if you have it.",
                    Some(6),
                ),
                section(
                    "invitation",
                    "Invitation",
                    "What the event is, who it is for, date, time with time zone, and place or link.",
                    Some(60),
                ),
                section(
                    "agenda",
                    "What you'll get",
                    "Three to five points the attendee will learn or do.",
                    Some(80),
                ),
                section(
                    "speakers",
                    "Speakers",
                    "Names, roles and one line on why each is worth hearing.",
                    Some(60),
                ),
                section(
                    "rsvp",
                    "RSVP",
                    "One button or link to register, and the deadline.",
                    Some(20),
                ),
                footer(),
            ],
        },
        Template {
            id: "feature-announcement-email",
            name: "Feature announcement email",
            description: "An email to existing users about a new feature and how to start using it.",
            context: Context::Email,
            sections: vec![
                section(
                    "subject",
                    "Subject line",
                    "The benefit of the feature, not its internal name.",
                    Some(9),
                ),
                section(
                    "preheader",
                    "Preheader",
                    "The line inbox previews show after the subject.",
                    Some(15),
                ),
                section("greeting", "Greeting", "A short greeting.", Some(6)),
                section(
                    "headline",
                    "Headline",
                    "What the reader can now do.",
                    Some(12),
                ),
                section(
                    "problem",
                    "Problem",
                    "The pain this removes, in the reader's words.",
                    Some(50),
                ),
                section(
                    "feature",
                    "The feature",
                    "What it does and where to find it.",
                    Some(80),
                ),
                section(
                    "how_to",
                    "How to start",
                    "Two or three steps to try it now.",
                    Some(80),
                ),
                section(
                    "cta",
                    "Call to action",
                    "One link to the feature or its guide.",
                    Some(12),
                ),
                footer(),
            ],
        },
        Template {
            id: "newsletter",
            name: "Newsletter",
            description: "A regular email with one main story, a few shorter items and a tip.",
            context: Context::Email,
            sections: vec![
                section(
                    "subject",
                    "Subject line",
                    "The main story's hook.",
                    Some(10),
                ),
                section("preheader", "Preheader", "What else is inside.", Some(15)),
                section(
                    "intro",
                    "Introduction",
                    "A personal opening that sets up this issue.",
                    Some(60),
                ),
                section(
                    "main_story",
                    "Main story",
                    "The one piece readers should not miss, with a link to read more.",
                    Some(200),
                ),
                section(
                    "more_stories",
                    "More stories",
                    "Two to four shorter items, one or two sentences and a link each.",
                    Some(150),
                ),
                section(
                    "tip",
                    "Tip",
                    "One practical tip the reader can use today.",
                    Some(60),
                ),
                section(
                    "cta",
                    "Call to action",
                    "What you want readers to do next.",
                    Some(20),
                ),
                footer(),
            ],
        },
        Template {
            id: "how-to-blog-post",
            name: "How-to blog post",
            description: "A step-by-step guide that solves one problem completely.",
            context: Context::Blog,
            sections: vec![
                section(
                    "title",
                    "Title",
                    "\"How to\" plus the outcome, with the main search phrase.",
                    Some(14),
                ),
                section(
                    "intro",
                    "Introduction",
                    "The problem, who this guide is for, and what they will have at the end.",
                    Some(80),
                ),
                section(
                    "prerequisites",
                    "Before you start",
                    "Tools, access or knowledge needed.",
                    Some(60),
                ),
                section(
                    "steps",
                    "Steps",
                    "Numbered steps, one action each, with the expected result after each.",
                    Some(600),
                ),
                section(
                    "troubleshooting",
                    "Troubleshooting",
                    "Common mistakes and how to fix them.",
                    Some(150),
                ),
                section(
                    "summary",
                    "Summary",
                    "What the reader achieved and where to go next.",
                    Some(60),
                ),
                section(
                    "cta",
                    "Call to action",
                    "A related guide, a template or a trial.",
                    Some(30),
                ),
            ],
        },
        Template {
            id: "promo-ad",
            name: "Promotional ad",
            description: "A short ad for an offer: headline, body, the offer's terms and one \
                          call to action.",
            context: Context::Ad,
            sections: vec![
                section(
                    "headline",
                    "Headline",
                    "The offer or benefit, concrete and specific.",
                    Some(8),
                ),
                section("body", "Body", "Who it is for and why now.", Some(30)),
                section(
                    "offer_terms",
                    "Offer terms",
                    "Price, dates, eligibility and where the full terms are.",
                    Some(30),
                ),
                section(
                    "cta",
                    "Call to action",
                    "A verb and the outcome: \"Get the guide\", \"Book a demo\".",
                    Some(5),
                ),
            ],
        },
        Template {
            id: "thought-leadership-post",
            name: "Thought-leadership post",
            description: "A professional-network post that argues a point of view with evidence \
                          and invites discussion.",
            context: Context::Social,
            sections: vec![
                section(
                    "hook",
                    "Hook",
                    "A clear, slightly contrarian opening claim.",
                    Some(20),
                ),
                section(
                    "point_of_view",
                    "Point of view",
                    "Your position and the reasoning behind it.",
                    Some(80),
                ),
                section(
                    "evidence",
                    "Evidence",
                    "Data, an example or experience that supports it, with sources.",
                    Some(80),
                ),
                section(
                    "implications",
                    "What it means",
                    "What readers should do differently.",
                    Some(80),
                ),
                section(
                    "question",
                    "Question",
                    "An open question that invites replies.",
                    Some(25),
                ),
            ],
        },
    ]
}
