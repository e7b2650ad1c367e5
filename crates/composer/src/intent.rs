//! What the brief wants the reader to do, read from its goal and call to action, and the
//! call-to-action labels that fit when the brief gives none.

use crate::bank::Bank;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Awareness,
    Traffic,
    Engagement,
    Signup,
    Demo,
    Purchase,
    Event,
    Download,
}

impl Intent {
    pub fn detect(goal: &str, cta: &str, key: &str) -> Intent {
        // The call to action says most about the wanted action, the goal next, the message last.
        for text in [cta, goal, key] {
            let t = text.to_lowercase();
            if t.trim().is_empty() {
                continue;
            }
            let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
            let found = if has(&[
                "webinar",
                "event",
                "rsvp",
                "workshop",
                "conference",
                "meetup",
                "seat",
                "livestream",
                "attend",
            ]) {
                Some(Intent::Event)
            } else if has(&[
                "demo",
                "book a call",
                "consultation",
                "talk to",
                "meeting",
                "call with",
            ]) {
                Some(Intent::Demo)
            } else if has(&[
                "download",
                "ebook",
                "e-book",
                "whitepaper",
                "white paper",
                "checklist",
                "template",
                "guide",
                "report",
            ]) {
                Some(Intent::Download)
            } else if has(&[
                "sign up",
                "signup",
                "sign-up",
                "register",
                "trial",
                "join",
                "subscribe",
                "waitlist",
                "get started",
                "create an account",
                "onboard",
                "install",
            ]) {
                Some(Intent::Signup)
            } else if has(&[
                "buy",
                "order",
                "shop",
                "sale",
                "purchase",
                "discount",
                "offer",
                "revenue",
                "sales",
                "conversion",
                "checkout",
                "pre-order",
            ]) {
                Some(Intent::Purchase)
            } else if has(&[
                "comment",
                "engage",
                "engagement",
                "community",
                "conversation",
                "share",
                "reply",
                "follow",
            ]) {
                Some(Intent::Engagement)
            } else if has(&[
                "traffic",
                "visit",
                "read",
                "click",
                "blog",
                "learn more",
                "website",
            ]) {
                Some(Intent::Traffic)
            } else if has(&["awareness", "launch", "announce", "introduce", "brand"]) {
                Some(Intent::Awareness)
            } else {
                None
            };
            if let Some(i) = found {
                return i;
            }
        }
        Intent::Awareness
    }

    /// Call-to-action labels for this intent (imperative, no end punctuation). Some name an
    /// asset (a demo, a guide): the composer no longer offers these by default, see
    /// [`crate::industry::Industry::ctas`].
    pub fn labels(&self) -> &'static Bank {
        match self {
            Intent::Awareness => &[
                ("", "Learn more"),
                ("", "Take a look"),
                ("", "Discover {brand:!}"),
                ("C", "Come say hi"),
                ("F", "Find out more"),
                ("E", "See what's new"),
                ("", "Get to know {brand:!}"),
            ],
            Intent::Traffic => &[
                ("", "Read more"),
                ("", "Learn more"),
                ("", "Take a look"),
                ("F", "Read the full story"),
                ("C", "Have a read"),
                ("", "See how it works"),
            ],
            Intent::Engagement => &[
                ("", "Join the conversation"),
                ("", "Share your thoughts"),
                ("C", "Tell us what you think"),
                ("F", "Share your perspective"),
                ("", "Follow along"),
            ],
            Intent::Signup => &[
                ("", "Get started"),
                ("", "Sign up"),
                ("", "Create your account"),
                ("C", "Jump in"),
                ("F", "Register today"),
                ("E", "Start now"),
                ("", "Join {brand:!}"),
            ],
            Intent::Demo => &[
                ("", "Book a demo"),
                ("", "See it in action"),
                ("F", "Request a demo"),
                ("C", "Grab a quick demo"),
                ("", "Talk to our team"),
            ],
            Intent::Purchase => &[
                ("", "Shop now"),
                ("", "Order today"),
                ("", "See the offer"),
                ("C", "Treat yourself"),
                ("F", "Place your order"),
                ("", "Get yours"),
            ],
            Intent::Event => &[
                ("", "Save your seat"),
                ("", "Register now"),
                ("", "Reserve your spot"),
                ("C", "Come join us"),
                ("F", "Register to attend"),
            ],
            Intent::Download => &[
                ("", "Download the guide"),
                ("", "Get your copy"),
                ("C", "Grab your copy"),
                ("F", "Download your copy"),
                ("", "Read the guide"),
            ],
        }
    }

    /// A short noun for the thing offered, for headlines and paths.
    pub fn path_word(&self) -> &'static str {
        match self {
            Intent::Awareness => "discover",
            Intent::Traffic => "learn",
            Intent::Engagement => "community",
            // Neutral words: a path never promises an asset (demo, guide) by itself.
            Intent::Signup => "join",
            Intent::Demo => "talk-to-us",
            Intent::Purchase => "shop",
            Intent::Event => "events",
            Intent::Download => "resources",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_intent_from_cta_first() {
        assert_eq!(Intent::detect("awareness", "Book a demo", ""), Intent::Demo);
        assert_eq!(
            Intent::detect("Drive webinar registrations", "", ""),
            Intent::Event
        );
        assert_eq!(
            Intent::detect("", "", "Download our new checklist"),
            Intent::Download
        );
        assert_eq!(Intent::detect("more sales", "", ""), Intent::Purchase);
        assert_eq!(Intent::detect("", "Start your trial", ""), Intent::Signup);
        assert_eq!(Intent::detect("", "", ""), Intent::Awareness);
    }

    #[test]
    fn every_intent_has_plain_labels() {
        for i in [
            Intent::Awareness,
            Intent::Traffic,
            Intent::Engagement,
            Intent::Signup,
            Intent::Demo,
            Intent::Purchase,
            Intent::Event,
            Intent::Download,
        ] {
            assert!(
                i.labels()
                    .iter()
                    .filter(|(t, l)| t.is_empty() && !l.contains('{'))
                    .count()
                    >= 2
            );
        }
    }
}
