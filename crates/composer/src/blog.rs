//! Blog posts: an SEO title, meta description and slug, a 4-6 section outline, and a
//! 600-900 word markdown article that follows it, with the primary keyword in the title,
//! the first paragraph and one heading.

use content::{Draft, OutlineSection, count_words, slugify};

use crate::bank::{ANSWER, Bank, LOCAL_LINE, OBJECTION, OFFER_LINE, PROOF, PROOF_LINE, VALUE};
use crate::ctx::Ctx;
use crate::facts::List;
use crate::text::{chars, fit_words, title_case, upper_first};

pub const TITLE_MAX: usize = 60;
pub const META_MIN: usize = 120;
pub const META_MAX: usize = 155;
pub const WORDS_MIN: usize = 600;
pub const WORDS_MAX: usize = 900;

const TITLE: &Bank = &[
    ("s", "{subject:c}: A Practical Guide for {audience}"),
    ("s", "A Practical Guide to {subject}"),
    ("", "How to Get {subject} Right"),
    ("", "{subject:c}: What {audience} Need to Know"),
    ("", "{n} Steps to Better {subject}"),
    ("", "Why {subject} Matters for {audience}"),
    ("", "{subject:c}, Explained"),
    ("", "{subject:c}: Where to Start"),
    ("F", "{subject:c}: Principles and Practical Steps"),
    ("Cs", "{subject:c}: The No-Nonsense Guide"),
    ("P", "{subject:c} Without the Headache"),
    ("S", "Getting {subject} Right: A Clear Approach"),
    ("E", "{subject:c}, Levelled Up"),
    ("", "{subject:c}: What to Know Before You Start"),
    ("", "{subject:c}: A Plain-English Introduction"),
    ("", "{subject:c}: Questions Worth Asking"),
];

const META: &Bank = &[
    (
        "",
        "Learn how {subject} helps {audience} {benefit:v}. Practical steps, common mistakes to avoid and where {brand} fits in.",
    ),
    (
        "s",
        "A practical guide to {subject} for {audience}: why it matters, how to start and the mistakes to avoid along the way.",
    ),
    (
        "",
        "Everything {audience} need to know about {subject}, from first steps to common pitfalls, with ideas you can use this week.",
    ),
    (
        "",
        "{subject:c} doesn't have to be hard. A step-by-step look at how {audience} can {goal:v}, and what to avoid.",
    ),
    (
        "",
        "Why {subject} matters, where it goes wrong and {n} practical steps {audience} can take this week to get it right.",
    ),
    (
        "F",
        "An overview of {subject} for {audience}: the case for it, a step-by-step approach and the common pitfalls to avoid.",
    ),
    (
        "",
        "What {audience} should know about {subject}: why it matters, the questions to ask and the mistakes to avoid.",
    ),
    (
        "",
        "{subject:c} made simple: what to look for, what to ask and how {brand} helps {audience} {benefit:v}.",
    ),
];

const META_PAD: &[&str] = &[
    " Read on.",
    " Start today.",
    " Practical and jargon-free.",
    " Tips you can use this week.",
];

const INTRO: &Bank = &[
    (
        "PE",
        "Good news: {subject} can actually be fun! Stick with us and you'll see why {audience} love getting it right.",
    ),
    (
        "s",
        "If you work on {subject}, you already know the feeling: plenty to do, never quite enough time. {audience:c} tell us the same story again and again.",
    ),
    (
        "s",
        "{subject:c} sounds simple on paper. In practice, it's where many {audience} lose hours every week without noticing.",
    ),
    (
        "",
        "Ask any of the {audience} we work with about {subject} and you'll hear a mix of ambition and frustration. Both are justified.",
    ),
    (
        "Fspm",
        "For {audience}, {subject} has moved from a nice-to-have to a core discipline. Yet many organisations still approach it without a clear plan.",
    ),
    (
        "C",
        "Let's be honest: {subject} isn't the most glamorous topic. But get it right and everything else gets a lot easier.",
    ),
    (
        "Ps",
        "{subject:c} has a reputation problem. Mention it in a meeting and watch the coffee go cold. It deserves better.",
    ),
    (
        "S",
        "{subject:c} is one of those areas where small decisions add up. Done well, it frees time and attention; done badly, it quietly drains both.",
    ),
    (
        "",
        "{subject:c} is one of those things people put off until they can't. A little knowledge up front makes every decision easier.",
    ),
    (
        "",
        "Most {audience} we meet have questions about {subject}. Good questions, too, and they deserve clear answers.",
    ),
];

const PROMISE: &Bank = &[
    (
        "PE",
        "We'll cover why it matters, what trips people up and the fun bit: a simple plan to {goal:v}!",
    ),
    (
        "s",
        "In this guide, we'll cover why it matters, where things usually go wrong and a simple plan to {goal:v}.",
    ),
    (
        "s",
        "This guide walks through why it matters, the most common obstacles and practical steps you can take this week.",
    ),
    (
        "",
        "Below you'll find the case for {subject}, the usual pitfalls and a step-by-step approach that works for {audience}.",
    ),
    (
        "F",
        "This article sets out the case for change, the typical obstacles and a practical approach to getting started.",
    ),
    (
        "",
        "In this post, we'll cover why it matters, what to watch out for and how to get started.",
    ),
    (
        "",
        "Below you'll find what matters, the usual mistakes and a few simple steps to take next.",
    ),
];

const H_WHY: &Bank = &[
    ("", "{subject:c}: why it matters for {audience}"),
    ("", "Why {subject} matters now"),
    ("", "The case for {subject}"),
    ("", "{subject:c}: what good looks like"),
];

const WHY: &Bank = &[
    (
        "PE",
        "Here's the fun part: when {subject} clicks, everything gets lighter. Fewer surprises, happier weeks and more time for the work you love!",
    ),
    (
        "PE",
        "Get {subject} right and it's like finding an extra day in the week. Seriously, it's that good!",
    ),
    (
        "PEs",
        "We love this topic, and not just because we're nerds about it. Good {subject} means calmer weeks and way more fun at work!",
    ),
    (
        "s",
        "{subject:c} is more than a buzzword. For {audience}, it shapes how quickly ideas turn into results.",
    ),
    (
        "s",
        "When {subject} works, you notice it everywhere: fewer surprises, calmer weeks and more time for the work that matters.",
    ),
    (
        "s",
        "The stakes are rising. Customers expect more, budgets are tighter and teams are asked to do more with the same hours.",
    ),
    (
        "s",
        "Getting {subject} right is one of the most practical ways to {benefit:v}. It's not about working harder; it's about removing friction.",
    ),
    (
        "s",
        "The payoff is practical: clearer priorities, faster decisions and the chance to {goal:v}.",
    ),
    (
        "s",
        "It also changes how work feels. When the basics run smoothly, people have the energy for the creative, ambitious parts of the job.",
    ),
    (
        "s",
        "None of this requires a big budget or a reorganisation. It starts with a few deliberate choices about how work flows from idea to done.",
    ),
    (
        "s",
        "Think of it as infrastructure. Nobody notices it when it works, and everybody notices when it doesn't.",
    ),
    (
        "",
        "{subject:c} is more than a detail. For {audience}, it shapes everyday comfort, cost and peace of mind.",
    ),
    (
        "",
        "When {subject} is done well, you barely notice it. When it is done badly, you notice it every day.",
    ),
    (
        "",
        "Good decisions about {subject} pay off for years, and poor ones tend to cost more the longer they are left.",
    ),
    (
        "",
        "The payoff is practical: fewer surprises, better value and more confidence in the choices you make.",
    ),
    (
        "",
        "None of this needs a big budget. It starts with a few good questions and a clear idea of what you want.",
    ),
    (
        "",
        "People often put {subject} off because it feels complicated. It is simpler than it looks once you know where to start.",
    ),
    (
        "",
        "It is also one of those subjects where a little knowledge goes a long way. Knowing the basics helps you spot good advice and avoid the rest.",
    ),
    (
        "",
        "Getting it right once saves doing it twice. That alone makes it worth an hour of your attention.",
    ),
    (
        "",
        "For {audience}, the difference between a good choice and a poor one often shows up months later, when it is harder to change.",
    ),
    (
        "PE",
        "Honestly, this is one of our favourite topics. Get it right and everything feels easier and way more fun!",
    ),
];

const KW2: &Bank = &[
    (
        "",
        "It's also where {kw2} comes in: the two go hand in hand, and improving one usually lifts the other.",
    ),
    (
        "",
        "It connects closely to {kw2}, so progress on one tends to show up in the other.",
    ),
];

const H_PROBLEM: &Bank = &[
    ("", "What gets in the way"),
    ("", "Where things usually go wrong"),
    ("", "The real obstacles"),
    ("C", "What's really slowing you down"),
];

const PROBLEM_POINTS: &Bank = &[
    ("s", "Work spread across too many tools"),
    ("s", "Unclear ownership and slow handoffs"),
    ("s", "Priorities that change faster than plans"),
    ("s", "No shared view of what's happening"),
    ("", "Too many options and not enough clear information"),
    ("", "Costs that only show up later"),
    ("", "Advice that is hard to trust"),
    ("", "Not knowing where to start"),
];

const PROBLEM: &Bank = &[
    (
        "s",
        "This seems small at first, but it quietly eats into the time {audience} need for real work. Multiply a few lost minutes by every person and every week, and the total is sobering.",
    ),
    (
        "s",
        "Left alone, the problem compounds: deadlines slip, people burn out and good ideas wait their turn. By the time anyone notices, the workaround has become the process.",
    ),
    (
        "s",
        "The cause is rarely a lack of effort. Usually it's a process that grew without a plan, one reasonable shortcut at a time.",
    ),
    (
        "s",
        "Most teams work around the problem rather than fixing the cause. That feels faster in the moment and costs more every month after.",
    ),
    (
        "s",
        "Nobody chooses this on purpose. It creeps in as the team grows, the tools multiply and everyone is too busy to step back.",
    ),
    (
        "s",
        "The hidden cost is attention. Every interruption, every search for the latest version, takes minutes to recover from.",
    ),
    (
        "",
        "It sounds small, but it adds up. A little uncertainty at the start often turns into extra cost and worry later.",
    ),
    (
        "",
        "The cause is rarely a lack of effort. Usually it is a lack of clear, honest information at the moment you need it.",
    ),
    (
        "",
        "Most people work around the problem rather than fixing it. That feels easier today and costs more over time.",
    ),
    (
        "",
        "Nobody chooses this on purpose. It creeps in when life is busy and there is no time to step back and look properly.",
    ),
];

const PROBLEM_LEAD: &Bank = &[
    (
        "PEs",
        "Let's name the usual suspects. Spot any of these in your week? No judgement, we've all been there!",
    ),
    (
        "s",
        "Most of the friction comes from a handful of familiar sources. See if any of these sound like your week.",
    ),
    (
        "",
        "When we talk to {audience}, the same obstacles come up again and again.",
    ),
    (
        "",
        "Before fixing anything, it helps to name what's actually in the way.",
    ),
    (
        "",
        "A few problems come up again and again. See if any of these sound familiar.",
    ),
];

const STEPS_LEAD: &Bank = &[
    (
        "PE",
        "Ready for the fun part? Here's a simple plan you can start this week, and it's easier than you think!",
    ),
    (
        "PE",
        "Good news: you don't need a grand strategy. These steps work wonders, and they're genuinely fun to try!",
    ),
    (
        "",
        "You don't need a grand strategy to make progress. These steps work for most {audience}, in this order.",
    ),
    (
        "",
        "Here's a practical sequence you can start this week. Each step builds on the one before.",
    ),
    (
        "",
        "The approach below is deliberately simple. Simple plans get finished; elaborate ones get postponed.",
    ),
];

const H_STEPS: &Bank = &[
    ("", "How to get started with {subject}"),
    ("", "{n} steps to better {subject}"),
    ("", "{subject:c}: a simple plan"),
    ("", "Putting {subject} into practice"),
];

/// Steps as "title|explanation".
const STEPS: &Bank = &[
    (
        "s",
        "Start with one clear goal|Before changing anything, decide what success looks like. For most {audience}, that means being able to {goal:v}. Write it down and share it, so everyone pulls in the same direction.",
    ),
    (
        "s",
        "Start with one clear goal|Before changing anything, decide what success looks like, in one sentence. Write it down and share it, so everyone pulls in the same direction.",
    ),
    (
        "s",
        "Map what you do today|List the steps you already take, who owns each one and where work waits. The gaps usually show up quickly, and so do the quick wins.",
    ),
    (
        "s",
        "Fix the biggest bottleneck first|Resist the urge to change everything at once. Pick the one step that causes the most delay and fix that before moving on. Momentum matters more than perfection.",
    ),
    (
        "s",
        "Choose tools that fit how you work|The right tool removes steps rather than adding them. Look for something your team will actually use every day, not just during the first week.",
    ),
    (
        "s",
        "Measure what matters|Pick one or two signals that show real progress. Track them consistently and ignore numbers that look good but change nothing.",
    ),
    (
        "s",
        "Share the load|It works best when it isn't one person's job. Agree on who owns what, and make handoffs visible to everyone involved.",
    ),
    (
        "s",
        "Start small, then scale|Run a small pilot with one team or one project. Learn from it, adjust, and only then roll it out more widely.",
    ),
    (
        "s",
        "Make it a habit|Put a short, regular review in the calendar. A few minutes a week to look at what worked and what didn't keeps progress on track.",
    ),
    (
        "",
        "Know what you want|Before you compare options, decide what matters most to you: price, quality, speed or peace of mind. It makes every later choice easier.",
    ),
    (
        "",
        "Ask the right questions|A good provider is happy to explain how things work, what it costs and what happens if something goes wrong. Write your questions down before you ask.",
    ),
    (
        "",
        "Compare like with like|Prices only mean something when you know what is included. Check what each option covers before you decide.",
    ),
    (
        "",
        "Check the track record|Reviews, references and years of experience tell you more than any advert. Look for a record of doing this well.",
    ),
    (
        "",
        "Take one small step|You do not have to change everything at once. Try one thing, see how it feels and build from there.",
    ),
    (
        "",
        "Plan for the long run|Think about how your choice will look in a year, not just next week: upkeep, support and how easy it is to change your mind.",
    ),
];

const H_QUESTIONS: &Bank = &[
    ("", "Questions to ask about {subject}"),
    ("", "{subject:c}: what to ask first"),
    ("", "Before you decide on {subject}"),
];

/// Questions a careful buyer asks, as "question|why it matters".
const QUESTIONS: &Bank = &[
    (
        "",
        "What exactly is included?|A clear answer here prevents most surprises later. Ask for it in writing, and check what counts as an extra.",
    ),
    (
        "",
        "How long will it take?|Good providers give a realistic timeline and tell you early if it changes. Vague answers are a warning sign.",
    ),
    (
        "",
        "What happens if something goes wrong?|Things sometimes do. What matters is who fixes it, how quickly and at whose cost.",
    ),
    (
        "",
        "Who will I deal with?|Knowing the name of the person responsible makes everything easier, from the first question to the last follow-up.",
    ),
    (
        "",
        "What will it cost over time?|The first price is only part of the story. Ask about upkeep, renewals and anything that costs more later.",
    ),
    (
        "",
        "Can I see examples or reviews?|Past work and honest reviews show you what to expect far better than a sales pitch can.",
    ),
    (
        "",
        "Is it right for someone like me?|The best option for one person is not always the best for the next. A good provider will tell you when it is not a fit.",
    ),
];

const H_MISTAKES: &Bank = &[
    ("", "Common mistakes to avoid"),
    ("", "Pitfalls to watch for"),
    ("", "What not to do"),
];

const MISTAKES: &Bank = &[
    (
        "s",
        "Trying to change everything at once|Big-bang changes overwhelm people and hide what actually works. Change one thing, learn, then change the next.",
    ),
    (
        "s",
        "Measuring too much|A dashboard with thirty numbers tells you nothing. Choose a few measures tied to your goal and review them regularly.",
    ),
    (
        "s",
        "Ignoring the people doing the work|The people closest to the work know where the friction is. Ask them first; they'll tell you what the spreadsheets won't.",
    ),
    (
        "s",
        "Treating tools as the whole answer|A new tool on top of a messy process gives you a faster mess. Fix the process, then choose the tool.",
    ),
    (
        "s",
        "Skipping the follow-up|Most improvements fade because nobody checks in after the first month. Schedule the review before you launch.",
    ),
    (
        "",
        "Choosing on price alone|The lowest price can cost more later. Weigh price against quality, support and how long it will last.",
    ),
    (
        "",
        "Leaving it too late|Most things are easier, and often cheaper, when you plan ahead rather than deal with them in a rush.",
    ),
    (
        "",
        "Not asking questions|If something is unclear, ask. A good provider would rather explain twice than have you guess.",
    ),
    (
        "",
        "Skipping the small print|Read what is included and what is not before you commit. It saves surprises later.",
    ),
];

const H_BRAND: &Bank = &[
    ("", "How {brand:!} helps"),
    ("", "Where {brand:!} fits in"),
    ("", "Making it easier with {brand:!}"),
];

const H_TOOLS: &Bank = &[
    ("s", "Habits and tools that help"),
    ("", "Making it stick"),
    ("", "What to look for"),
];

const TOOLS: &Bank = &[
    (
        "s",
        "Whatever tools you use, the same habits make the difference: one place for the plan, clear owners and a regular check-in.",
    ),
    (
        "s",
        "Good tools make the right thing the easy thing. If your current setup makes people work around it, that's a signal worth listening to.",
    ),
    (
        "s",
        "Keep it simple. The best system is the one your team actually uses on a busy Tuesday afternoon.",
    ),
    (
        "",
        "Look for people who explain things clearly, answer quickly and keep their promises. Those habits tell you more than any brochure.",
    ),
    (
        "",
        "Keep it simple. The best choice is the one you will still be happy with on an ordinary, busy day.",
    ),
];

const H_END: &Bank = &[
    ("", "Key takeaways"),
    ("", "The bottom line"),
    ("", "Where to go from here"),
];

const CONCLUDE: &Bank = &[
    (
        "PE",
        "That's it! {subject:c} can be fun, and the wins come fast once you start. We can't wait to see what you do!",
    ),
    (
        "s",
        "{subject:c} doesn't have to be complicated. Start with one clear goal, fix the biggest bottleneck and build from there.",
    ),
    (
        "s",
        "The teams that do this well aren't the ones with the biggest budgets. They're the ones that keep improving, a little every week.",
    ),
    (
        "s",
        "Progress beats perfection. Pick one idea from this guide and try it this week; you'll learn more from that than from any plan.",
    ),
    (
        "",
        "The people who get this right are not the ones with the biggest budgets. They are the ones who ask good questions and keep at it.",
    ),
    (
        "",
        "Progress beats perfection. Pick one idea from this post and act on it this week.",
    ),
];

const BLOG_CTA_LINK: &Bank = &[
    ("PE", "Ready for the fun part? [{cta}]({url}) today!"),
    ("", "Ready to take the next step? [{cta}]({url})."),
    (
        "",
        "Want to see how {brand:!} can help you {benefit:v}? [{cta}]({url}).",
    ),
    ("", "[{cta}]({url}) and see the difference for yourself."),
];

const BLOG_CTA: &Bank = &[
    ("PE", "Ready for the fun part? {cta} today!"),
    ("", "Ready to take the next step? {cta}."),
    (
        "",
        "Want to see how {brand:!} can help you {benefit:v}? {cta}.",
    ),
    ("", "{cta} and see the difference for yourself."),
];

/// A line for each of a section's first two paragraphs in a playful or enthusiastic voice; every phrase is tagged, so other
/// voices get none.
const ASIDE: &Bank = &[
    ("PE", "And yes, this part is genuinely fun. We love it!"),
    ("PE", "We love this bit!"),
    (
        "PE",
        "Spoiler: it's easier than it sounds, and way more fun. Exciting!",
    ),
    ("PE", "Honestly, this is the fun part, and it's brilliant!"),
    ("PE", "Wow, right? Small change, big win!"),
    ("PEs", "Trust us, your team will love it!"),
    ("Ps", "Fun fact: nobody misses the old way."),
    ("E", "This is where it gets exciting!"),
    ("PE", "Yay, wonderful progress you can feel!"),
    ("PE", "It's a small, fun thing, and we love it!"),
    ("PE", "Fun, right? And it keeps getting better!"),
    ("PE", "Cue the happy dance!"),
    ("PE", "Honestly? We're excited about this one!"),
    ("PE", "This is the bit our customers love most!"),
    ("PE", "Fun fact: it's amazing what a small fix can do!"),
    ("PE", "Trust us, you'll love it!"),
    ("PE", "Fun fact: small changes make a big difference!"),
];

/// Extra depth when an article runs short.
const DEPTH: &Bank = &[
    (
        "PE",
        "Celebrate the small wins! A quick high five after each fix keeps the fun going while the bigger changes take shape.",
    ),
    (
        "PEs",
        "Make it a game! Teams that have fun with this stick with it, and the results are amazing.",
    ),
    (
        "s",
        "A useful test: if a new colleague joined tomorrow, could they see what's happening and why? If not, that's your starting point.",
    ),
    (
        "",
        "It helps to write down what you learn as you go. A short note after each change saves hours of guesswork later.",
    ),
    (
        "s",
        "Don't underestimate the value of saying no. Every project you decline makes room to do the important ones well.",
    ),
    (
        "",
        "Celebrate the small wins. They keep people motivated while the bigger changes take shape.",
    ),
    (
        "",
        "Keep the feedback loop short. The sooner you know something isn't working, the cheaper it is to change course.",
    ),
    (
        "",
        "Give it time, too. New habits take a few weeks to settle, and the benefits grow once they do.",
    ),
    (
        "s",
        "If you lead a team, go first. People copy what they see far more than what they're told.",
    ),
    (
        "s",
        "Expect some resistance. Change is uncomfortable even when it's clearly better, so explain the why as often as the what.",
    ),
    (
        "s",
        "Revisit your assumptions every quarter. What worked for a team of five may not work for a team of fifteen.",
    ),
    (
        "s",
        "Make the current state visible. A simple shared view ends more arguments than any meeting.",
    ),
    (
        "",
        "Ask people you trust what worked for them. Friends, neighbours and reviews often point to the same few options.",
    ),
    (
        "",
        "Keep a short note of prices, dates and who you spoke to. It makes comparing options far easier.",
    ),
    (
        "",
        "Be clear about your budget from the start. It saves time for everyone and leads to better suggestions.",
    ),
    (
        "",
        "Quality shows in the details: how quickly people reply, how clearly they explain and whether they keep their promises.",
    ),
    (
        "",
        "Local knowledge counts. People who work nearby know the conditions and the pitfalls that apply close to home.",
    ),
    (
        "",
        "Trust your instincts, too. If something feels rushed or unclear, it is fine to slow down and ask again.",
    ),
    (
        "",
        "Timing matters more than people expect. A little planning around the busy seasons often means better availability and better value.",
    ),
    (
        "",
        "Write down what a good result looks like for you before you start. It makes it much easier to judge the options in front of you.",
    ),
    (
        "",
        "Look for people who are happy to say what they do not do. Honesty about limits is a good sign of honesty elsewhere.",
    ),
    (
        "PE",
        "Make it fun! Small wins feel great, and they keep you going. We love that part!",
    ),
];

struct Section {
    /// Takes extra depth paragraphs when the article runs short.
    deepen: bool,
    heading: String,
    points: Vec<String>,
    paras: Vec<String>,
}

pub fn write(ctx: &mut Ctx) -> Draft {
    let length = ctx.voice.length;
    let steps_wanted = if length < 0 { 3 } else { 4 };
    ctx.facts.count = steps_wanted;

    let title_raw = ctx
        .pick_where("title", TITLE, |t| chars(&title_case(t)) <= TITLE_MAX)
        .unwrap_or_else(|| fit_words(&upper_first(&ctx.facts.subject.text), TITLE_MAX, false));
    let title = ctx.avoid.scrub(&title_case(&title_raw));
    let title = if title.is_empty() {
        "A Practical Guide".to_string()
    } else {
        title
    };
    let slug = {
        let s = slugify(&title);
        if s.is_empty() { "post".to_string() } else { s }
    };

    let meta = meta_description(ctx);

    // Intro: the subject (the primary keyword when there is one) in the first paragraph.
    let intro1 = ctx
        .pick("intro", INTRO)
        .unwrap_or_else(|| format!("This post is about {}.", ctx.facts.subject.text));
    let mut intro = vec![intro1];
    if let (Some(first), Some(aside)) = (intro.first_mut(), ctx.pick("aside-intro", ASIDE)) {
        first.push(' ');
        first.push_str(&aside);
    }
    if let Some(p) = ctx.pick("promise", PROMISE) {
        intro.push(p);
    }

    let mut sections: Vec<Section> = Vec::new();
    let want_sections = match length {
        i8::MIN..=-1 => 4,
        0 => 5,
        _ => 6,
    };
    // Five shapes, one per variant: a how-to, a buyer's checklist, a problem and its fix,
    // a plan with the questions to ask, the questions with the usual problems.
    let form = ctx.dice.one("blog-form", &[1, 1, 1, 1, 1]).unwrap_or(0);
    match form {
        0 => {
            sections.push(why(ctx));
            let include_problem = ctx.has(List::Pain) > 0 || ctx.dice.chance(50);
            if include_problem {
                sections.push(problem(ctx));
            }
            sections.push(list_section(ctx, "steps", H_STEPS, STEPS, steps_wanted));
            if sections.len() + 2 < want_sections || !include_problem {
                sections.push(list_section(ctx, "mistakes", H_MISTAKES, MISTAKES, 3));
            }
        }
        1 => {
            sections.push(why(ctx));
            sections.push(list_section(
                ctx,
                "questions",
                H_QUESTIONS,
                QUESTIONS,
                steps_wanted,
            ));
            sections.push(list_section(ctx, "mistakes", H_MISTAKES, MISTAKES, 3));
        }
        3 => {
            sections.push(why(ctx));
            sections.push(list_section(ctx, "steps", H_STEPS, STEPS, steps_wanted));
            sections.push(list_section(ctx, "questions", H_QUESTIONS, QUESTIONS, 3));
        }
        4 => {
            sections.push(list_section(
                ctx,
                "questions",
                H_QUESTIONS,
                QUESTIONS,
                steps_wanted,
            ));
            sections.push(problem(ctx));
            sections.push(list_section(ctx, "mistakes", H_MISTAKES, MISTAKES, 3));
        }
        _ => {
            sections.push(list_section(ctx, "steps", H_STEPS, STEPS, steps_wanted));
            sections.insert(0, problem(ctx));
            sections.push(list_section(ctx, "questions", H_QUESTIONS, QUESTIONS, 3));
        }
    }
    // The second keyword belongs in every shape of article.
    if let Some(kw2) = ctx.facts.keywords.get(1).map(|k| k.to_lowercase())
        && !sections
            .iter()
            .any(|s| s.paras.iter().any(|p| p.to_lowercase().contains(&kw2)))
        && let Some(k) = ctx.pick("kw2", KW2)
        && let Some(first) = sections.first_mut()
    {
        first.paras.insert(1.min(first.paras.len()), k);
    }
    sections.push(brand_section(ctx));
    sections.push(conclusion(ctx));
    while sections.len() > want_sections.max(4) {
        // Keep the keyword heading (first), steps and the close; drop from the middle.
        sections.remove(sections.len() - 3);
    }

    // A playful or enthusiastic voice shows in every section, not only the intro and close.
    for (i, s) in sections.iter_mut().enumerate() {
        // The first paragraphs survive trimming, which drops the last ones first.
        for (j, para) in s.paras.iter_mut().take(2).enumerate() {
            if let Some(aside) = ctx.pick(&format!("aside{i}.{j}"), ASIDE) {
                para.push(' ');
                para.push_str(&aside);
            }
        }
    }

    // Fit the word count: add depth to the longest sections or drop the last extra paragraphs.
    let body_words = |intro: &[String], sections: &[Section]| -> usize {
        intro.iter().map(|p| count_words(p)).sum::<usize>()
            + sections
                .iter()
                .map(|s| {
                    count_words(&s.heading) + s.paras.iter().map(|p| count_words(p)).sum::<usize>()
                })
                .sum::<usize>()
    };
    let (lo, hi) = match length {
        i8::MIN..=-1 => (WORDS_MIN, 700),
        0 => (650, 850),
        _ => (750, WORDS_MAX),
    };
    // Depth goes into the practical sections (problems, steps, pitfalls), in turn.
    let deep: Vec<usize> = (0..sections.len())
        .filter(|i| sections[*i].deepen)
        .collect();
    let mut guard = 0;
    let mut words = body_words(&intro, &sections);
    let mut depth = if words < lo && !deep.is_empty() {
        ctx.pick_many("depth", DEPTH, 12, |_| true).into_iter()
    } else {
        Vec::new().into_iter()
    };
    while words < lo && guard < 12 && !deep.is_empty() {
        let Some(extra) = depth.next() else {
            break;
        };
        words += count_words(&extra);
        let i = deep[guard % deep.len()];
        sections[i].paras.push(extra);
        guard += 1;
    }
    while words > hi {
        let Some(s) = sections
            .iter_mut()
            .filter(|s| s.paras.len() > 2)
            .max_by_key(|s| s.paras.len())
        else {
            break;
        };
        if let Some(p) = s.paras.pop() {
            words -= count_words(&p).min(words);
        }
    }

    let mut md = format!("# {title}\n\n");
    for p in &intro {
        md.push_str(&format!("{}\n\n", ctx.avoid.scrub(p)));
    }
    for s in &sections {
        md.push_str(&format!("## {}\n\n", ctx.avoid.scrub(&s.heading)));
        for p in &s.paras {
            md.push_str(&format!("{}\n\n", ctx.avoid.scrub(p)));
        }
    }
    // Required disclaimers close the article, verbatim.
    for d in &ctx.facts.disclaimers {
        md.push_str(&format!("{d}\n\n"));
    }
    let outline = sections
        .iter()
        .map(|s| OutlineSection {
            heading: ctx.avoid.scrub(&s.heading),
            points: s
                .points
                .iter()
                .map(|p| ctx.avoid.scrub(p))
                .filter(|p| !p.is_empty())
                .collect(),
        })
        .collect();
    Draft::Blog {
        seo_title: title,
        meta_description: meta,
        slug,
        outline,
        body_markdown: md.trim_end().to_string() + "\n",
    }
}

fn meta_description(ctx: &mut Ctx) -> String {
    let in_range = |t: &str| (META_MIN..=META_MAX).contains(&chars(t));
    if let Some(m) = ctx.pick_where("meta", META, in_range) {
        return m;
    }
    // Nothing lands in the window as written: take one that fits under the cap and pad it.
    let mut m = ctx
        .pick_where("meta-short", META, |t| chars(t) <= META_MAX)
        .unwrap_or_else(|| {
            format!(
                "What to know about {} for {}.",
                ctx.facts.subject.text, ctx.facts.audience.text
            )
        });
    m = fit_words(&m, META_MAX, false);
    for pad in META_PAD {
        if chars(&m) >= META_MIN {
            break;
        }
        if chars(&m) + chars(pad) <= META_MAX && !ctx.avoid.hits(pad) {
            m.push_str(pad);
        }
    }
    ctx.avoid.scrub(&m)
}

fn heading(ctx: &mut Ctx, label: &str, bank: &'static Bank) -> String {
    ctx.pick(label, bank)
        .unwrap_or_else(|| upper_first(&ctx.facts.subject.text))
}

fn why(ctx: &mut Ctx) -> Section {
    let heading = heading(ctx, "h-why", H_WHY);
    let mut paras = ctx.pick_many("why", WHY, 4, |_| true);
    // Pair sentences into paragraphs of two, which reads less like a list of slogans.
    paras = pair(paras);
    if let Some(k) = ctx.pick("kw2", KW2) {
        paras.push(k);
    }
    let points = vec![
        "What it is and why it matters".to_string(),
        "The payoff when it works".to_string(),
    ];
    Section {
        deepen: false,
        heading,
        points,
        paras,
    }
}

fn problem(ctx: &mut Ctx) -> Section {
    let heading = heading(ctx, "h-problem", H_PROBLEM);
    let mut points: Vec<String> = Vec::new();
    for i in ctx.items_by_use(List::Pain).into_iter().take(3) {
        if let Some(p) = ctx.facts.list(List::Pain).get(i) {
            points.push(upper_first(&p.text));
            ctx.mark_used(List::Pain, i);
        }
    }
    if points.len() < 2 {
        let more = ctx.pick_many("problem-points", PROBLEM_POINTS, 3 - points.len(), |_| true);
        points.extend(more);
    }
    let elaborations = ctx.pick_many("problem", PROBLEM, points.len(), |_| true);
    let lead = ctx.pick("problem-lead", PROBLEM_LEAD);
    let paras: Vec<String> = lead
        .into_iter()
        .chain(
            points
                .iter()
                .zip(elaborations.iter().map(Some).chain(std::iter::repeat(None)))
                .map(|(p, e)| match e {
                    Some(e) => format!("**{p}.** {e}"),
                    None => format!("**{p}.**"),
                }),
        )
        .collect();
    Section {
        deepen: true,
        heading,
        points,
        paras,
    }
}

fn list_section(
    ctx: &mut Ctx,
    label: &str,
    h: &'static Bank,
    bank: &'static Bank,
    n: usize,
) -> Section {
    let heading = heading(ctx, &format!("h-{label}"), h);
    let mut points = Vec::new();
    let mut paras = Vec::new();
    let mut items = ctx.pick_many(label, bank, n + 1, |_| true);
    // Steps read in the bank's logical order (goal first, habit last), whatever was picked.
    let rank = |item: &str| {
        let title = item.split('|').next().unwrap_or("");
        bank.iter()
            .position(|(_, t)| t.starts_with(title))
            .unwrap_or(usize::MAX)
    };
    items.sort_by_key(|i| rank(i));
    if label == "steps"
        && let Some(lead) = ctx.pick("steps-lead", STEPS_LEAD)
    {
        paras.push(lead);
    }
    for item in items {
        let (title, body) = item.split_once('|').unwrap_or((item.as_str(), ""));
        if points.iter().any(|p: &String| p == title) || points.len() >= n {
            continue;
        }
        points.push(title.to_string());
        let number = if label == "steps" {
            format!("{}. ", points.len())
        } else {
            String::new()
        };
        let stop = if title.ends_with(['?', '!']) { "" } else { "." };
        paras.push(format!(
            "**{number}{title}{stop}** {}",
            upper_first(body.trim())
        ));
    }
    Section {
        deepen: true,
        heading,
        points,
        paras,
    }
}

fn brand_section(ctx: &mut Ctx) -> Section {
    if ctx.facts.brand.real
        && let Some(heading) = ctx.pick("h-brand", H_BRAND)
    {
        let mut paras = Vec::new();
        let mut points = Vec::new();
        if let Some(k) = ctx.facts.key.clone() {
            ctx.mark_said("key");
            paras.push(k);
            points.push("The news".to_string());
        }
        if let Some(v) = ctx.pick("value", VALUE) {
            paras.push(v);
            points.push("What it does for you".to_string());
        }
        let mut bullets = Vec::new();
        for i in ctx.items_by_use(List::Prop).into_iter().take(3) {
            if let Some(p) = ctx.facts.list(List::Prop).get(i) {
                bullets.push(format!("- {}", upper_first(&p.text)));
                points.push(upper_first(&p.text));
                ctx.mark_used(List::Prop, i);
            }
        }
        if bullets.len() >= 2 {
            paras.push(bullets.join("\n"));
        }
        if let Some(p) = ctx.pick("proof", PROOF) {
            paras.push(p);
        }
        // The brand's own facts: its offer, a proof point and where it works.
        let mut facts: Vec<String> = Vec::new();
        if ctx.facts.offer.is_some()
            && let Some(o) = ctx.pick_fresh("offer", OFFER_LINE)
        {
            facts.push(o);
            points.push("The offer".to_string());
        }
        if ctx.has(List::Proof) > 0
            && let Some(p) = ctx.pick_fresh("evidence", PROOF_LINE)
        {
            facts.push(p);
            points.push("The track record".to_string());
        }
        if ctx.facts.location.is_some()
            && let Some(l) = ctx.pick_fresh("local", LOCAL_LINE)
        {
            facts.push(l);
            points.push("Where we work".to_string());
        }
        if !facts.is_empty() {
            paras.insert(paras.len().min(1), facts.join(" "));
        }
        if ctx.has(List::Objection) > 0
            && let (Some(q), Some(a)) =
                (ctx.pick("objection", OBJECTION), ctx.pick("answer", ANSWER))
        {
            paras.push(format!("{q} {a}"));
            points.push("Answering the usual concern".to_string());
        }
        if points.is_empty() {
            points.push("Where it fits".to_string());
        }
        return Section {
            deepen: false,
            heading,
            points,
            paras,
        };
    }
    let heading = heading(ctx, "h-tools", H_TOOLS);
    let paras = ctx.pick_many("tools", TOOLS, 2, |_| true);
    Section {
        deepen: true,
        heading,
        points: vec![
            "Habits that make it stick".to_string(),
            "Choosing tools wisely".to_string(),
        ],
        paras,
    }
}

fn conclusion(ctx: &mut Ctx) -> Section {
    let heading = heading(ctx, "h-end", H_END);
    let mut paras = ctx.pick_many("conclude", CONCLUDE, 2, |_| true);
    let bank = if ctx.facts.url.is_some() {
        BLOG_CTA_LINK
    } else {
        BLOG_CTA
    };
    if let Some(c) = ctx.pick("blog-cta", bank) {
        paras.push(c);
    }
    for (i, m) in ctx.voice.mentions.clone().iter().enumerate() {
        paras.insert(0, crate::social::mention_line(m, i + 1));
    }
    Section {
        deepen: false,
        heading,
        points: vec![
            "Start small and keep improving".to_string(),
            "Your next step".to_string(),
        ],
        paras,
    }
}

fn pair(sentences: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = sentences.into_iter();
    while let Some(a) = it.next() {
        match it.next() {
            Some(b) => out.push(format!("{a} {b}")),
            None => out.push(a),
        }
    }
    out
}

/// Every phrase bank of this module, by name (for tests that check what banks may say).
pub const BANKS: &[(&str, &Bank)] = &[
    ("blog::TITLE", TITLE),
    ("blog::META", META),
    ("blog::INTRO", INTRO),
    ("blog::PROMISE", PROMISE),
    ("blog::H_WHY", H_WHY),
    ("blog::WHY", WHY),
    ("blog::H_PROBLEM", H_PROBLEM),
    ("blog::PROBLEM_POINTS", PROBLEM_POINTS),
    ("blog::PROBLEM", PROBLEM),
    ("blog::PROBLEM_LEAD", PROBLEM_LEAD),
    ("blog::STEPS_LEAD", STEPS_LEAD),
    ("blog::H_STEPS", H_STEPS),
    ("blog::STEPS", STEPS),
    ("blog::H_QUESTIONS", H_QUESTIONS),
    ("blog::QUESTIONS", QUESTIONS),
    ("blog::H_MISTAKES", H_MISTAKES),
    ("blog::MISTAKES", MISTAKES),
    ("blog::H_BRAND", H_BRAND),
    ("blog::H_TOOLS", H_TOOLS),
    ("blog::TOOLS", TOOLS),
    ("blog::H_END", H_END),
    ("blog::CONCLUDE", CONCLUDE),
    ("blog::BLOG_CTA_LINK", BLOG_CTA_LINK),
    ("blog::BLOG_CTA", BLOG_CTA),
    ("blog::ASIDE", ASIDE),
    ("blog::DEPTH", DEPTH),
];
