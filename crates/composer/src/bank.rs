//! Phrase banks for social posts (ads, email and blog keep theirs beside their writers).
//!
//! Each entry is `(tags, template)`. Tags say which voice a phrase belongs to (see
//! [`crate::voice::Voice::weigh`]): F formal, C casual, S serious, P playful, I irreverent,
//! M matter-of-fact, E enthusiastic, L long-form only, T short-form only. A lowercase letter
//! names the one industry a phrase belongs to (see [`crate::industry::Industry::tag`]:
//! s software, h home services, e energy, f food and drink, w health and wellness, r retail,
//! m finance, p professional services, u education, n nonprofit, t travel, b beauty and
//! fashion); such a phrase is never used for another industry. Phrases without one fit any
//! trade. Untagged phrases fit any voice and carry no contractions or exclamation marks of
//! their own that a formal or calm voice could not rewrite. Slots are described in
//! [`crate::ctx::Ctx::render`].

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
    ("Ps", "Your to-do list called. It wants you to {goal:v}."),
    ("S", "If your priority is to {goal:v}, read on."),
    ("M", "The goal is simple: {goal}."),
];

pub const HOOK_OPEN: &Bank = &[
    ("", "Here's something worth knowing."),
    ("", "A quick note for {audience}."),
    ("", "{audience:c}, this one's for you."),
    ("", "New from {brand:!}."),
    ("", "Small change, big difference."),
    ("s", "There's a better way to work."),
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
        "Ps",
        "Warning: this post may make you rethink your to-do list (in a fun way)!",
    ),
    ("I", "Let's be honest: the old way isn't working."),
    ("Is", "Unpopular opinion: busywork is overrated."),
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
    ("", "Some news worth sharing."),
    ("", "A short story from {brand:!}."),
    ("F", "A brief note from {brand:!}."),
    ("h", "A quick word from the {brand:!} crew."),
    ("f", "Fresh from the {brand:!} kitchen."),
    ("w", "A gentle reminder from {brand:!}."),
    ("r", "New in at {brand:!}."),
];

/// Openers for the offer angle.
pub const HOOK_OFFER: &Bank = &[
    ("", "Here's an easy first step: {offer}."),
    ("", "Did you know {brand:!} offers {offer}?"),
    (
        "",
        "Looking for a reason to try {brand:!}? Start with {offer}.",
    ),
    ("", "{offer:c}, from {brand:!}."),
    ("F", "{brand:!} is pleased to offer {offer}."),
    ("C", "Quick heads-up: {offer}."),
    ("E", "{offer:c}? Yes, please!"),
    ("P", "Plot twist: {offer}."),
    ("PE", "Good news! {offer:c}, just for you!"),
    ("PE", "Treat yourself! {offer:c}, from {brand:!}."),
];

/// Openers for the proof angle.
pub const HOOK_PROOF: &Bank = &[
    ("", "The numbers speak for themselves: {proof}."),
    ("", "Proof, not promises: {proof}."),
    ("", "{proof:c}. That's the {brand:!} track record."),
    ("F", "Our record: {proof}."),
    ("C", "Not to brag, but: {proof}."),
    ("S", "Facts first: {proof}."),
    ("E", "{proof:c}, and we're proud of it!"),
    ("PE", "Fun fact: {proof}! We love that."),
    ("PE", "Woohoo! {proof:c}, and counting!"),
];

/// Openers for the location angle.
pub const HOOK_LOCAL: &Bank = &[
    ("", "Good news for {location}."),
    ("", "A note for everyone in {location}."),
    ("", "Hello, {location}."),
    ("F", "{brand:!} proudly serves {location}."),
    ("C", "Calling all {location} locals."),
    ("E", "Hello, {location}! We have news."),
    ("PE", "Hey, {location}! You're going to love this."),
    ("PE", "Calling all {location} friends! Fun news ahead."),
];

/// Openers for the question angle.
pub const HOOK_QUESTION: &Bank = &[
    ("", "What would it mean for you to {benefit:v}?"),
    ("", "Ever wished you could {benefit:v}?"),
    ("", "Quick question: is {pain:n} holding you back?"),
    ("", "What would you do if you could {goal:v}?"),
    ("F", "Have you considered how to {benefit:v}?"),
    ("C", "Be honest: how often do you think about {pain:n}?"),
    ("PE", "Who's ready to {benefit:v}? We are!"),
    ("PE", "Fancy a fun way to {benefit:v}?"),
    ("C", "So, what would you do if you could {benefit:v}?"),
];

/// A line stating the brand's offer.
pub const OFFER_LINE: &Bank = &[
    ("", "Start with {offer}."),
    ("", "Right now: {offer}."),
    ("", "New to {brand:!}? Start with {offer}."),
    ("", "Our offer to you: {offer}."),
    ("F", "We offer {offer}."),
    ("C", "Oh, and {offer}."),
    ("E", "Even better: {offer}!"),
    ("PE", "And the fun part? {offer:c}!"),
    ("PE", "Treat yourself: {offer}!"),
];

/// A line stating a fact that backs the promise.
pub const PROOF_LINE: &Bank = &[
    ("", "The record speaks for itself: {proof}."),
    ("", "A few facts: {proof}, and {proof}."),
    ("", "Proof, not promises: {proof}."),
    ("", "Why trust us? {proof:c}."),
    ("F", "Our track record includes {proof}."),
    ("C", "Not to brag, but: {proof}."),
    ("M", "For the record: {proof}."),
    ("PE", "Fun fact: {proof}!"),
    ("PE", "We love this one: {proof}!"),
];

/// A line saying where the brand works.
pub const LOCAL_LINE: &Bank = &[
    ("", "Proudly serving {location}."),
    ("", "Based in {location}, and proud of it."),
    ("", "Local to {location}."),
    ("", "{brand:!} is here for {location}."),
    ("F", "{brand:!} serves clients across {location}."),
    ("C", "Find us in {location}."),
    ("PE", "Proudly serving {location}, and loving every minute!"),
    ("PE", "Hello to all our friends in {location}!"),
];

/// What the brand does for the reader, used when the brief has no key message (and beside it).
pub const VALUE: &Bank = &[
    ("", "{brand} helps {audience} {benefit:v}."),
    ("", "With {brand}, {audience} get {benefit:n}."),
    ("", "{brand} is the {category:!} built for {audience}."),
    ("", "Meet {brand:!}: {tagline}"),
    ("", "At {brand:!}, we focus on one thing: {benefit}."),
    ("", "{brand} is there so you can {benefit:v}."),
    ("", "{msg}"),
    ("", "{web}"),
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
    ("", "The track record: {proof}."),
    ("", "{msg}"),
    ("", "{web}"),
    ("", "The difference: {diff}."),
    ("", "The goal: helping you {goal:v}."),
    ("F", "What sets {brand} apart: {diff}."),
    ("Fs", "Key capabilities include {prop:n} and {prop:n}."),
    ("F", "Our mission shapes every decision: {mission}."),
    ("C", "The secret? {diff:c}."),
    ("C", "{prop:c}. {prop:c}. {prop:c}."),
    ("S", "Our mission is simple: {mission}."),
    ("Ssh", "Everything we build starts from {value:n}."),
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
    ("s", "Less busywork, more focus"),
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
    ("C", "\"But {objection}…\" We hear you."),
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
    ("s", "How does your team handle {pain:n} today?"),
    ("", "What would you do first if you could {goal:v}?"),
    ("", "How are you approaching {pillar:x} this year?"),
    ("", "What has worked for you? Share it in the comments."),
    ("", "What would you add?"),
    ("", "How do you deal with {pain:n} today?"),
    ("", "What's the one thing you'd ask us?"),
    ("f", "What's your go-to order?"),
    ("h", "What's the one job at home you keep putting off?"),
    ("e", "What would you do with a lower energy bill?"),
    ("w", "What's one small habit that keeps you well?"),
    ("", "What's your take?"),
    ("Fspm", "How is your organisation approaching this?"),
    ("F", "What has your experience been with {pain:n}?"),
    ("C", "Curious: how do you tackle this?"),
    ("C", "Be honest: which of these hits closest to home?"),
    ("Ps", "Be honest: how many tabs do you have open right now?"),
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
        "Ls",
        "Most {audience:!} we talk to are juggling more than ever. The work keeps growing; the hours in the day do not.",
    ),
    (
        "Ls",
        "The best results rarely come from working harder. They come from removing the friction that slows good people down.",
    ),
    (
        "Ls",
        "Every week, small frictions add up: a missing file, an unclear owner, a decision that waits a day too long.",
    ),
    (
        "Ls",
        "We think good work should feel good to do. That means fewer handoffs, clearer priorities and time to think.",
    ),
    (
        "LFs",
        "Sustainable progress depends on clear priorities, reliable processes and the right tools.",
    ),
    (
        "LCs",
        "Honestly? Most of the fix is boring: clearer priorities, fewer tools and one place to see what's going on.",
    ),
    (
        "LSs",
        "Progress is rarely about one big change. It comes from doing the basics well, every single week.",
    ),
    (
        "LPs",
        "If your calendar looks like a game of Tetris, you're in good company.",
    ),
    (
        "Ls",
        "Problems like {pain:n} rarely show up all at once. They hide in small delays that add up over a week.",
    ),
    (
        "Lspm",
        "It's easy to accept {pain:n} as the cost of doing business. It doesn't have to be.",
    ),
    (
        "Ls",
        "When {audience} can {goal:v}, everything else gets easier: planning, decisions, even the Monday meeting.",
    ),
    (
        "LF",
        "In our conversations with {audience:!}, one theme comes up again and again: {pain}.",
    ),
    (
        "LCs",
        "We've all been there. You start the week with a plan and end it putting out fires.",
    ),
    (
        "LSs",
        "The cost is real: slower decisions, tired people and good ideas that never ship.",
    ),
    (
        "LPs",
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
        "Most {audience:!} we talk to want the same thing: good quality, fair prices and people who keep their word.",
    ),
    (
        "L",
        "We think good service should feel simple: a clear price, a friendly face and no surprises.",
    ),
    (
        "L",
        "Small details make the difference. They are the reason people come back, and the reason they tell their friends.",
    ),
    (
        "LF",
        "Quality, reliability and care remain the foundations of everything we do.",
    ),
    (
        "LC",
        "Honestly? Most of it comes down to caring about the details and doing what we say.",
    ),
    (
        "LS",
        "Trust is earned slowly. We earn it by doing the basics well, every single time.",
    ),
    (
        "L",
        "We started {brand:!} because we believe {audience} deserve better, and we still do.",
    ),
    (
        "Lh",
        "A good tradesperson turns up on time, explains the job and leaves the place tidy. That is the standard we hold ourselves to.",
    ),
    (
        "Le",
        "Energy prices go up and down; the sun keeps shining. That is why more households are making their own power.",
    ),
    (
        "Lf",
        "Good food starts with good ingredients and people who care about them.",
    ),
    (
        "Lw",
        "Looking after yourself is not a luxury. Small, regular habits make the biggest difference.",
    ),
    (
        "Lr",
        "We choose every product as if we were buying it for ourselves.",
    ),
    (
        "Lm",
        "Money decisions are easier when someone explains the options in plain English.",
    ),
    (
        "Lu",
        "Everyone learns differently. Good teaching meets people where they are.",
    ),
    (
        "Ln",
        "Change happens when people show up for each other, one small act at a time.",
    ),
    (
        "Lt",
        "The best trips are the ones where someone else has sweated the details.",
    ),
    (
        "Lb",
        "Feeling good in your own skin starts with a little time for yourself.",
    ),
    (
        "Ls",
        "We built {brand:!} because we believe {audience} deserve better tools and fewer headaches.",
    ),
    (
        "L",
        "What matters to us is {value:n}. It shapes every decision we make.",
    ),
    (
        "LPE",
        "We love what we do, and it shows. Honestly, the best part is seeing people smile!",
    ),
    (
        "LPE",
        "Good things should feel fun. That's why we keep it simple, friendly and a little bit joyful!",
    ),
    (
        "LC",
        "Here's the thing: you deserve better, and it's easier to get than you'd think.",
    ),
    (
        "L",
        "Good work is rarely loud. It shows up in the details people notice later: care, follow-through and a promise kept.",
    ),
    (
        "L",
        "Nobody wants to be sold to. Most people want clear information, a fair price and someone who listens.",
    ),
    (
        "L",
        "Every choice you make is easier when someone explains it plainly and lets you decide in your own time.",
    ),
    (
        "L",
        "We measure ourselves by one thing: whether people would come back and recommend us to a friend.",
    ),
    (
        "L",
        "The first conversation matters most. It is where trust starts, or where it quietly slips away.",
    ),
    (
        "L",
        "Behind every good result is a handful of small decisions made well. We try to get each one right.",
    ),
    (
        "L",
        "When something matters to you, it deserves more than a quick answer. It deserves attention.",
    ),
    (
        "L",
        "Quality is not a slogan for us. It is a habit we practise every day, with every person we serve.",
    ),
];

/// Every phrase bank of this module, by name (for tests that check what banks may say).
pub const BANKS: &[(&str, &Bank)] = &[
    ("bank::HOOK_PAIN", HOOK_PAIN),
    ("bank::HOOK_GOAL", HOOK_GOAL),
    ("bank::HOOK_OPEN", HOOK_OPEN),
    ("bank::HOOK_OFFER", HOOK_OFFER),
    ("bank::HOOK_PROOF", HOOK_PROOF),
    ("bank::HOOK_LOCAL", HOOK_LOCAL),
    ("bank::HOOK_QUESTION", HOOK_QUESTION),
    ("bank::OFFER_LINE", OFFER_LINE),
    ("bank::PROOF_LINE", PROOF_LINE),
    ("bank::LOCAL_LINE", LOCAL_LINE),
    ("bank::VALUE", VALUE),
    ("bank::TRANSITION", TRANSITION),
    ("bank::PROOF", PROOF),
    ("bank::LIST_INTRO", LIST_INTRO),
    ("bank::BULLET_FALLBACK", BULLET_FALLBACK),
    ("bank::OBJECTION", OBJECTION),
    ("bank::ANSWER", ANSWER),
    ("bank::CTA_LINK", CTA_LINK),
    ("bank::CTA_PLAIN", CTA_PLAIN),
    ("bank::CTA_BIO", CTA_BIO),
    ("bank::QUESTION", QUESTION),
    ("bank::SIGNOFF", SIGNOFF),
    ("bank::CONTEXT", CONTEXT),
];
