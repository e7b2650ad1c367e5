//! Phrase banks for social posts (ads, email and blog keep theirs beside their writers).
//!
//! Each entry is `(tags, template)`. Tags say which voice a phrase belongs to (see
//! [`crate::voice::Voice::weigh`]): F formal, C casual, S serious, P playful, I irreverent,
//! M matter-of-fact, E enthusiastic, L long-form only, T short-form only. Untagged phrases
//! fit any voice and carry no contractions or exclamation marks of their own that a formal
//! or calm voice could not rewrite. Slots are described in [`crate::ctx::Ctx::render`].

pub type Bank = [(&'static str, &'static str)];

pub const HOOK_PAIN: &Bank = &[
    ("", "{pain:c}. Sound familiar?"),
    ("", "We hear it all the time: {pain}."),
    ("", "Let's talk about {pain:x}."),
    (
        "",
        "If {pain:n} is on your list of frustrations, this is for you.",
    ),
    ("C", "Tired of {pain:n}?"),
    ("C", "Ugh, {pain:n}. We get it."),
    ("C", "Raise your hand if you're done with {pain:n}."),
    ("F", "Many {audience} face the same challenge: {pain}."),
    (
        "F",
        "For many {audience}, {pain:n} remains a daily obstacle.",
    ),
    (
        "S",
        "Problems like {pain:n} cost {audience} time they do not have.",
    ),
    (
        "S",
        "{pain:c}: not a small problem, and not one you have to live with.",
    ),
    (
        "P",
        "Plot twist: {pain:n} doesn't have to be part of the job.",
    ),
    ("P", "Dear {pain:n}: it's not us, it's you."),
    ("I", "Hot take: {pain:n} is optional."),
    (
        "I",
        "Let's be honest: {pain:n} is a choice nobody made on purpose.",
    ),
    ("E", "Goodbye, {pain:n}!"),
    ("E", "It's time to say goodbye to {pain:n}!"),
    ("M", "A common problem: {pain}."),
];

pub const HOOK_GOAL: &Bank = &[
    ("", "What if you could {goal:v}?"),
    ("", "Want to {goal:v}?"),
    ("", "{audience:c}, want to {goal:v}?"),
    (
        "",
        "Every {role:!} we speak with wants the same thing: {goal}.",
    ),
    ("F", "Most {audience} share one objective: {goal}."),
    ("C", "Imagine being able to {goal:v}. Yes, really."),
    ("E", "Ready to {goal:v}? Let's go!"),
    ("P", "Your to-do list called. It wants you to {goal:v}."),
    ("S", "If your priority is to {goal:v}, read on."),
    ("M", "The goal is simple: {goal}."),
];

pub const HOOK_OPEN: &Bank = &[
    ("", "Here's something worth knowing."),
    ("", "A quick note for {audience}."),
    ("", "{audience:c}, this one's for you."),
    ("", "New from {brand:!}."),
    ("", "Small change, big difference."),
    ("", "There's a better way to work."),
    ("F", "A practical idea for {audience}."),
    ("F", "An update from {brand:!}."),
    ("F", "We would like to share something with you."),
    (
        "F",
        "We are pleased to share an update regarding {brand:!}.",
    ),
    ("C", "Okay, real talk."),
    ("C", "Quick one for you."),
    ("S", "Here is what matters most."),
    ("S", "Let's focus on what actually moves the needle."),
    ("P", "Spoiler alert: there's a better way."),
    (
        "P",
        "Warning: this post may make you rethink your to-do list (in a fun way)!",
    ),
    ("I", "Let's be honest: the old way isn't working."),
    ("I", "Unpopular opinion: busywork is overrated."),
    ("E", "Big news from {brand}!"),
    ("E", "This is the one you've been waiting for!"),
    ("M", "Here is the short version."),
    ("PE", "Psst! We have something you'll love."),
    (
        "PE",
        "Ta-da! Something fun just landed, and you'll love it.",
    ),
    ("PE", "Woohoo, big news from {brand:!}!"),
    (
        "PE",
        "Fun fact: you're about to love your week a little more!",
    ),
    ("", "Our promise, in one line: {tagline}"),
];

/// What the brand does for the reader, used when the brief has no key message (and beside it).
pub const VALUE: &Bank = &[
    ("", "{brand} helps {audience} {benefit:v}."),
    ("", "With {brand}, {audience} get {benefit:n}."),
    ("", "{brand} is the {category:!} built for {audience}."),
    ("", "Meet {brand:!}: {tagline}"),
    ("", "At {brand:!}, we focus on one thing: {benefit}."),
    ("", "{brand} is there so you can {benefit:v}."),
    ("F", "{brand} enables {audience} to {benefit:v}."),
    ("F", "{brand} provides {audience} with {benefit:n}."),
    ("C", "{brand} is how {audience} {benefit:v}."),
    ("C", "That's what {brand} is for: helping you {benefit:v}."),
    (
        "S",
        "{brand} gives {audience} a dependable way to {benefit:v}.",
    ),
    ("P", "{brand:!}: because {audience} deserve {benefit:n}."),
    ("P", "Think of {brand:!} as your shortcut to {benefit:n}."),
    ("E", "{brand} makes it easier than ever to {benefit:v}!"),
    ("E", "With {brand}, you can finally {benefit:v}!"),
    ("PE", "{brand:!} makes it fun to {benefit:v}. Yes, really!"),
    ("PE", "Say hello to {brand:!}, the fun way to {benefit:v}!"),
    (
        "I",
        "{brand:!} exists for one reason: so you can {benefit:v}.",
    ),
];

pub const TRANSITION: &Bank = &[
    ("", "Here's the good news."),
    ("", "That's where {brand:!} comes in."),
    ("", "There's a better way."),
    ("F", "There is a better approach."),
    ("F", "This is where {brand:!} can help."),
    ("F", "Accordingly, {brand:!} offers a dependable approach."),
    ("C", "Good news, though."),
    ("C", "So here's the thing."),
    ("P", "Enter {brand:!}."),
    ("P", "Cue the happy music."),
    ("E", "And now there's a better way!"),
    ("PE", "Cue the happy dance!"),
    ("PE", "Good news: it's fun from here!"),
    ("S", "There is a clear way forward."),
    ("I", "So we fixed it."),
    ("M", "Here is what we did about it."),
];

pub const PROOF: &Bank = &[
    ("", "What makes it different? {diff:c}."),
    ("", "You get {prop:n} and {prop:n}."),
    ("", "It starts with {prop:n}."),
    ("", "Highlights: {prop}, {prop} and {prop}."),
    ("", "Built around what we value most: {value}."),
    ("", "The difference: {diff}."),
    ("", "The goal: helping you {goal:v}."),
    ("F", "What sets {brand} apart: {diff}."),
    ("F", "Key capabilities include {prop:n} and {prop:n}."),
    ("F", "Our mission guides every decision: {mission}."),
    ("C", "The secret? {diff:c}."),
    ("C", "{prop:c}. {prop:c}. {prop:c}."),
    ("S", "Our mission is simple: {mission}."),
    ("S", "Everything we build starts from {value:n}."),
    ("P", "The secret sauce? {diff:c}."),
    ("E", "{prop:c}? Yes! {prop:c}? Also yes!"),
    ("PE", "The best part? {diff:c}. Yay!"),
    ("M", "In practice, that means {prop:n}."),
];

/// A line introducing a bullet list.
pub const LIST_INTRO: &Bank = &[
    ("", "What you get:"),
    ("", "Here's what that looks like:"),
    ("", "Why {audience} choose {brand:!}:"),
    ("F", "Key benefits include:"),
    ("C", "The good stuff:"),
    ("P", "The highlights reel:"),
    ("S", "What this means in practice:"),
    ("E", "Here's what you'll love:"),
    ("PE", "The fun stuff you'll love:"),
];

/// Stand-in bullets when the brand has fewer than three value propositions.
pub const BULLET_FALLBACK: &Bank = &[
    ("", "{benefit:c}"),
    ("", "{diff:c}"),
    ("", "Made for {audience}"),
    ("", "Less busywork, more focus"),
    ("", "Clear next steps"),
    ("", "Support from people who care"),
    ("", "Room to {goal:v}"),
    ("", "{pillar:c} done well"),
];

pub const OBJECTION: &Bank = &[
    ("", "Thinking \"{objection}\"? Fair question."),
    ("", "Worried about {objection:n}? You're not alone."),
    ("F", "A common concern is {objection:n}."),
    (
        "F",
        "Some {audience} ask about {objection:n}. It is a reasonable question.",
    ),
    ("C", "\"But {objection}...\" We hear you."),
    (
        "S",
        "Concerned about {objection:n}? That deserves a straight answer.",
    ),
    ("P", "\"{objection:c}?\" Cute. But hear us out."),
];

pub const ANSWER: &Bank = &[
    ("", "{diff:c}."),
    ("", "That's why we built {brand} around {prop:n}."),
    ("", "Start small and see the difference for yourself."),
    ("F", "We designed {brand} with exactly that in mind."),
    ("F", "That is precisely why {brand} focuses on {prop:n}."),
    ("C", "We've got you covered."),
    ("C", "Try it your way, at your pace."),
    ("S", "We take that seriously, which is why {diff}."),
];

pub const CTA_LINK: &Bank = &[
    ("", "{cta}: {url}"),
    ("", "{cta} → {url}"),
    ("", "Ready? {cta} at {url}"),
    ("F", "{cta} at {url}"),
    ("F", "To begin, {cta:l} at {url}"),
    ("C", "{cta} here: {url}"),
    ("C", "Go on, {cta:l}: {url}"),
    ("E", "{cta} today: {url}"),
    ("P", "Your next click: {url} ({cta:l})"),
    ("PE", "Jump in and {cta:l}! {url}"),
    ("PE", "{cta} today, you'll love it: {url}"),
    ("S", "Next step: {cta:l} at {url}"),
];

pub const CTA_PLAIN: &Bank = &[
    ("", "{cta}."),
    ("", "Ready? {cta}."),
    ("", "Your next step: {cta:l}."),
    ("F", "When you are ready, {cta:l}."),
    ("F", "Kindly {cta:l} at your convenience."),
    ("C", "Go on, {cta:l}."),
    ("E", "{cta} today!"),
    ("P", "Go ahead, {cta:l}. You know you want to!"),
    ("PE", "Go on, {cta:l}! You'll love it."),
    ("PE", "{cta} today! It's fun, promise!"),
    ("S", "The next step is simple: {cta:l}."),
];

/// Instagram and TikTok captions cannot carry links.
pub const CTA_BIO: &Bank = &[
    ("", "{cta}: link in bio."),
    ("", "Link in bio to {cta:l}."),
    ("F", "{cta} via the link in our profile."),
    ("C", "Tap the link in bio to {cta:l}."),
    ("E", "{cta} now, link in bio!"),
    ("P", "You know where the link is (hint: bio). {cta}."),
    ("PE", "{cta} today, link in bio! You'll love it."),
    ("PE", "Psst! {cta}: link in bio!"),
    ("PE", "Yay! {cta} today, it's one tap away in our bio."),
];

/// Questions that invite comments.
pub const QUESTION: &Bank = &[
    ("", "How does your team handle {pain:n} today?"),
    ("", "What would you do first if you could {goal:v}?"),
    ("", "How are you approaching {pillar:x} this year?"),
    ("", "What has worked for you? Share it in the comments."),
    ("", "What would you add?"),
    ("", "What's your take?"),
    ("F", "How is your organisation approaching this?"),
    ("F", "What has your experience been with {pain:n}?"),
    ("C", "Curious: how do you tackle this?"),
    ("C", "Be honest: which of these hits closest to home?"),
    ("P", "Be honest: how many tabs do you have open right now?"),
    ("S", "What is the biggest obstacle standing in your way?"),
    ("E", "What would you love to get done this month?"),
    (
        "PE",
        "What's the most fun thing you'd do with an extra hour this week?",
    ),
    ("PE", "What's the first thing you'd love to try?"),
];

pub const SIGNOFF: &Bank = &[
    ("", "— The {brand:!} team"),
    ("F", "— {brand:!}"),
    ("C", "Cheers, the {brand:!} crew"),
    ("P", "Stay curious. — {brand:!}"),
    ("PE", "Have fun! — The {brand:!} crew"),
    ("PE", "Have a fun week! — The {brand:!} crew"),
];

/// Extra paragraphs for long posts: the reader's situation and why it matters.
pub const CONTEXT: &Bank = &[
    (
        "L",
        "Most {audience:!} we talk to are juggling more than ever. The work keeps growing; the hours in the day do not.",
    ),
    (
        "L",
        "The best results rarely come from working harder. They come from removing the friction that slows good people down.",
    ),
    (
        "L",
        "Every week, small frictions add up: a missing file, an unclear owner, a decision that waits a day too long.",
    ),
    (
        "L",
        "We think good work should feel good to do. That means fewer handoffs, clearer priorities and time to think.",
    ),
    (
        "LF",
        "Sustainable progress depends on clear priorities, reliable processes and the right tools.",
    ),
    (
        "LC",
        "Honestly? Most of the fix is boring: clearer priorities, fewer tools and one place to see what's going on.",
    ),
    (
        "LS",
        "Progress is rarely about one big change. It comes from doing the basics well, every single week.",
    ),
    (
        "LP",
        "If your calendar looks like a game of Tetris, you're in good company.",
    ),
    (
        "L",
        "Problems like {pain:n} rarely show up all at once. They hide in small delays that add up over a week.",
    ),
    (
        "L",
        "It's easy to accept {pain:n} as the cost of doing business. It doesn't have to be.",
    ),
    (
        "L",
        "When {audience} can {goal:v}, everything else gets easier: planning, decisions, even the Monday meeting.",
    ),
    (
        "LF",
        "In our conversations with {audience:!}, one theme comes up again and again: {pain}.",
    ),
    (
        "LC",
        "We've all been there. You start the week with a plan and end it putting out fires.",
    ),
    (
        "LS",
        "The cost is real: slower decisions, tired people and good ideas that never ship.",
    ),
    (
        "LP",
        "Nobody ever said \"I wish I'd spent more time on busywork.\" Nobody.",
    ),
    (
        "LE",
        "The best part? Once it clicks, it keeps paying off week after week!",
    ),
    (
        "L",
        "Our mission is to {mission:v}, and this is one more step in that direction.",
    ),
    (
        "L",
        "We built {brand:!} because we believe {audience} deserve better tools and fewer headaches.",
    ),
    (
        "L",
        "What matters to us is {value:n}. It shapes every decision we make.",
    ),
];
