//! The request's facts resolved into the slots phrase templates fill, with the grammatical
//! shape of each so a template only uses a fact where it reads well.

use content::ComposeRequest;

use crate::avoid::{Avoid, Replacer};
use crate::industry::Industry;
use crate::intent::Intent;
use crate::text::{clean, mid, plural, sentence, untitle};

/// How a fact can be used in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Starts with a verb: "ship campaigns faster" (fits "so you can …").
    Verb,
    /// A noun or gerund phrase: "faster reporting", "losing track of deadlines".
    Noun,
    /// A full clause: "our reports take days" (fits only after a colon or on its own).
    Clause,
}

#[derive(Debug, Clone)]
pub struct Fact {
    pub text: String,
    pub kind: Kind,
    /// False for the generic stand-ins used when the brand or brief left a gap.
    pub real: bool,
}

impl Fact {
    fn real(raw: &str) -> Fact {
        let text = mid(raw);
        Fact {
            kind: classify(&text),
            text,
            real: true,
        }
    }
    fn generic(text: &str) -> Fact {
        Fact {
            text: text.to_string(),
            kind: classify(text),
            real: false,
        }
    }
}

/// Lists a template can draw several items from, in a per-draft rotating order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Prop = 0,
    Pain = 1,
    Goal = 2,
    Objection = 3,
    Pillar = 4,
    Value = 5,
    /// Facts that back the promise ("4,000 roofs since 2009").
    Proof = 6,
    /// The brand's key messages, as sentences.
    Msg = 7,
    /// Headlines and descriptions from the brand's website, as sentences.
    Web = 8,
}
pub const LISTS: usize = 9;

#[derive(Debug, Clone)]
pub struct Facts {
    pub brand: Fact,
    /// The brand's name as written, if it has one; kept verbatim in sentence casing.
    pub brand_name: Option<String>,
    pub tagline: Option<String>,
    pub mission: Option<Fact>,
    pub category: Option<Fact>,
    pub audience: Fact,
    pub role: Option<Fact>,
    pub benefit: Fact,
    pub diff: Option<Fact>,
    pub key: Option<String>,
    pub topic: Option<String>,
    /// What a blog post is about: the first keyword, else the topic, category or a pillar.
    pub subject: Fact,
    /// The subject is a plural noun ("solar panels"): verbs after it agree.
    pub subject_plural: bool,
    /// A number a template may quote ("3 steps"), set by the writer that knows it.
    pub count: usize,
    pub keywords: Vec<String>,
    /// The campaign's public theme (the internal campaign name is never used).
    pub theme: Option<String>,
    /// What the brand offers first, as a noun phrase ("a free home energy assessment").
    pub offer: Option<Fact>,
    /// Where the brand works ("Sacramento and the Central Valley").
    pub location: Option<String>,
    pub industry: Industry,
    pub url: Option<String>,
    pub cta: String,
    pub cta_from_brief: bool,
    pub intent: Intent,
    pub lists: [Vec<Fact>; LISTS],
    pub preferred: Vec<String>,
    pub disclaimers: Vec<String>,
    /// Words describing the brand, for choosing fitting emoji.
    pub theme_text: String,
}

impl Facts {
    pub fn new(req: &ComposeRequest, avoid: &Avoid, replacer: &Replacer) -> Facts {
        let b = &req.brand;
        let brief = &req.brief;
        let persona = req.persona.clone().unwrap_or_default();
        let industry = Industry::classify(&b.industry, &b.category, &b.offer);
        // A banned term with a preferred wording is rewritten; a fact still carrying an
        // avoided term is dropped: the brand's own phrasing is used whole or not at all.
        let ok = |s: &str| {
            let c = clean(&replacer.apply(s));
            (!c.is_empty() && !avoid.hits(&c)).then_some(c)
        };
        let list = |items: &[String]| -> Vec<Fact> {
            let mut out: Vec<Fact> = Vec::new();
            for item in items.iter().filter_map(|s| ok(s)) {
                let f = Fact::real(&item);
                if !f.text.is_empty() && !out.iter().any(|o| o.text.eq_ignore_ascii_case(&f.text)) {
                    out.push(f);
                }
            }
            out
        };
        let first_ok = |options: &[&str]| -> Fact {
            options
                .iter()
                .find(|o| !avoid.hits(o))
                .map(|o| Fact::generic(o))
                .unwrap_or_else(|| Fact::generic(""))
        };

        let brand_name = ok(&b.name);
        let brand = match &brand_name {
            Some(n) => Fact {
                text: n.clone(),
                kind: Kind::Noun,
                real: true,
            },
            None => first_ok(&["our team", "our company", "our crew", "us"]),
        };
        let props = list(&b.value_propositions);
        let goals = list(&persona.goals);
        let role = ok(&persona.role).map(|r| Fact::real(&untitle(&r)));
        let audience = ok(&b.audience)
            .map(|a| Fact::real(&untitle(&a)))
            .or_else(|| role.as_ref().map(|r| Fact::real(&plural(&r.text))))
            .unwrap_or_else(|| {
                first_ok(&[
                    industry.customers(),
                    "people like you",
                    "our customers",
                    "you",
                ])
            });
        let benefit = ok(&b.benefit)
            .map(|x| Fact::real(&x))
            .or_else(|| props.first().cloned())
            .or_else(|| goals.first().cloned())
            .unwrap_or_else(|| {
                first_ok(&[
                    industry.outcome(),
                    "get what you need with less fuss",
                    "reach your goals sooner",
                    "make progress",
                ])
            });
        let keywords: Vec<String> = brief.keywords.iter().filter_map(|k| ok(k)).collect();
        let pillars = list(&b.pillars);
        let topic = brief
            .topic
            .as_deref()
            .and_then(ok)
            .or_else(|| keywords.first().cloned())
            .or_else(|| pillars.first().map(|p| p.text.clone()));
        let url = brief
            .cta_url
            .as_deref()
            .or(b.website.as_deref())
            .map(str::trim)
            .filter(|u| is_safe_url(u))
            .map(str::to_string);
        let intent = Intent::detect(&brief.goal, &brief.call_to_action, &brief.key_message);
        let user_cta =
            ok(&brief.call_to_action).map(|c| c.trim_end_matches(['.', '!']).to_string());
        let cta_from_brief = user_cta.as_ref().is_some_and(|c| !c.is_empty());
        let theme_text = [
            b.name.as_str(),
            &b.category,
            &b.industry,
            &b.offer,
            &b.benefit,
            &b.tagline,
            &brief.key_message,
            brief.theme.as_deref().unwrap_or(""),
            &b.pillars.join(" "),
            &brief.keywords.join(" "),
        ]
        .join(" ")
        .to_lowercase();

        let subject = keywords
            .first()
            .map(|k| Fact::real(k))
            .or_else(|| brief.topic.as_deref().and_then(ok).map(|t| Fact::real(&t)))
            .or_else(|| ok(&b.category).map(|c| Fact::real(&c)))
            .or_else(|| pillars.first().cloned())
            .unwrap_or_else(|| {
                first_ok(&[subject_for(industry), "everyday choices", "the basics"])
            });
        let offer = ok(&b.offer).map(|o| {
            let mut f = Fact::real(&o);
            f.kind = Kind::Noun;
            f
        });
        // Places are names: keep their capitals.
        let location = ok(&b.location).map(|l| {
            l.trim_end_matches(['.', '!', ';', ':', ','])
                .trim_end()
                .to_string()
        });
        let sentences = |items: &[String]| -> Vec<Fact> {
            let mut out: Vec<Fact> = Vec::new();
            for item in items.iter().filter_map(|s| ok(s)) {
                let text = sentence(&item);
                if !out.iter().any(|o| o.text.eq_ignore_ascii_case(&text)) {
                    out.push(Fact {
                        text,
                        kind: Kind::Clause,
                        real: true,
                    });
                }
            }
            out
        };
        let subject_plural = is_plural(&subject.text);
        Facts {
            subject_plural,
            subject,
            count: 3,
            tagline: ok(&b.tagline).map(|t| sentence(&t)),
            mission: ok(&b.mission).map(|m| {
                // "To help shops grow" reads as the verb phrase "help shops grow".
                let lower = m.to_lowercase();
                let m = if lower.starts_with("to ") {
                    m[3..].to_string()
                } else {
                    m
                };
                Fact::real(&m)
            }),
            category: ok(&b.category).map(|c| Fact::real(&c)),
            diff: ok(&b.differentiator).map(|d| Fact::real(&d)),
            key: ok(&brief.key_message).map(|k| sentence(&k)),
            theme: brief.theme.as_deref().and_then(ok),
            offer,
            location,
            industry,
            cta: user_cta.filter(|c| !c.is_empty()).unwrap_or_default(),
            cta_from_brief,
            lists: [
                props,
                list(&persona.pains),
                goals,
                list(&persona.objections),
                pillars,
                list(&b.values),
                list(&b.proof_points),
                sentences(&b.key_messages),
                sentences(&b.website_copy),
            ],
            preferred: b
                .preferred_words
                .iter()
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect(),
            // Required statements are printed verbatim, whatever the voice or the avoid list.
            disclaimers: b
                .disclaimers
                .iter()
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty())
                .collect(),
            brand,
            brand_name,
            audience,
            role,
            benefit,
            topic,
            keywords,
            url,
            intent,
            theme_text,
        }
    }

    pub fn list(&self, l: List) -> &[Fact] {
        &self.lists[l as usize]
    }
}

/// A rough test for plural noun phrases: the last word ends in a plural "s".
fn is_plural(phrase: &str) -> bool {
    let last = phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    last.len() > 3
        && last.ends_with('s')
        && !["ss", "us", "is", "ics", "ness", "news"]
            .iter()
            .any(|e| last.ends_with(e))
}

/// What a blog post is about when the brief and the brand name nothing.
fn subject_for(industry: Industry) -> &'static str {
    match industry {
        Industry::Software => "your workflow",
        Industry::HomeServices => "home repairs",
        Industry::Energy => "home energy",
        Industry::Food => "good food",
        Industry::Health => "your health",
        Industry::Retail => "choosing well",
        Industry::Finance => "your finances",
        Industry::Professional => "expert advice",
        Industry::Education => "learning",
        Industry::Nonprofit => "giving back",
        Industry::Travel => "travel planning",
        Industry::Beauty => "self-care",
        Industry::General => "everyday choices",
    }
}

/// Links we are willing to print: web and mail links, or a mailer placeholder.
fn is_safe_url(u: &str) -> bool {
    let lower = u.to_ascii_lowercase();
    !u.is_empty()
        && !u
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        && (lower.starts_with("https://")
            || lower.starts_with("http://")
            || lower.starts_with("mailto:")
            || (lower.starts_with("{{") && lower.ends_with("}}")))
}

const VERBS: &[&str] = &[
    "accelerate",
    "achieve",
    "align",
    "analyse",
    "analyze",
    "answer",
    "attract",
    "automate",
    "avoid",
    "be",
    "become",
    "book",
    "boost",
    "brew",
    "build",
    "capture",
    "centralise",
    "centralize",
    "choose",
    "close",
    "collaborate",
    "compare",
    "connect",
    "convert",
    "cook",
    "craft",
    "create",
    "cut",
    "deliver",
    "design",
    "discover",
    "double",
    "drive",
    "earn",
    "eat",
    "eliminate",
    "empower",
    "enable",
    "engage",
    "enjoy",
    "expand",
    "explore",
    "feel",
    "find",
    "finish",
    "focus",
    "free",
    "generate",
    "get",
    "give",
    "go",
    "grow",
    "halve",
    "have",
    "help",
    "hire",
    "hit",
    "improve",
    "increase",
    "integrate",
    "iterate",
    "keep",
    "know",
    "land",
    "launch",
    "learn",
    "look",
    "lower",
    "make",
    "manage",
    "master",
    "measure",
    "meet",
    "migrate",
    "move",
    "nurture",
    "optimise",
    "optimize",
    "organise",
    "organize",
    "plan",
    "post",
    "protect",
    "prove",
    "publish",
    "reach",
    "reduce",
    "remove",
    "repurpose",
    "replace",
    "report",
    "respond",
    "retain",
    "reuse",
    "run",
    "save",
    "scale",
    "schedule",
    "secure",
    "see",
    "sell",
    "serve",
    "share",
    "ship",
    "shop",
    "simplify",
    "sleep",
    "speed",
    "spend",
    "spot",
    "stand",
    "start",
    "stay",
    "stop",
    "streamline",
    "support",
    "sync",
    "take",
    "test",
    "track",
    "train",
    "travel",
    "triple",
    "turn",
    "understand",
    "unify",
    "unlock",
    "wear",
    "win",
    "work",
    "write",
];

const CLAUSE_STARTS: &[&str] = &[
    "i",
    "i'm",
    "we",
    "we're",
    "you",
    "you're",
    "they",
    "they're",
    "it",
    "it's",
    "there",
    "there's",
    "nobody",
    "everyone",
    "everything",
    "he",
    "she",
    "this",
    "that",
];

const CLAUSE_MARKERS: &[&str] = &[
    " is ",
    " are ",
    " was ",
    " were ",
    " can't ",
    " cannot ",
    " don't ",
    " doesn't ",
    " won't ",
    " isn't ",
    " aren't ",
    " have ",
    " has ",
    " takes ",
    " take ",
    " keeps ",
    " never ",
    " always ",
    " feels ",
    " feel ",
    " gets ",
    " makes ",
    " eat ",
    " eats ",
];

/// Decides a fact's [`Kind`] from its first word and a few tell-tale verbs.
pub fn classify(text: &str) -> Kind {
    let lower = format!(" {} ", text.to_lowercase());
    let first = lower.split_whitespace().next().unwrap_or("");
    if CLAUSE_STARTS.contains(&first) || CLAUSE_MARKERS.iter().any(|m| lower.contains(m)) {
        Kind::Clause
    } else if VERBS.contains(&first) {
        Kind::Verb
    } else {
        Kind::Noun
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use content::{BrandFacts, Channel, PersonaFacts};

    #[test]
    fn classifies_fact_shapes() {
        assert_eq!(classify("ship campaigns faster"), Kind::Verb);
        assert_eq!(classify("faster reporting"), Kind::Noun);
        assert_eq!(classify("losing track of deadlines"), Kind::Noun);
        assert_eq!(classify("our reports take days"), Kind::Clause);
        assert_eq!(classify("I can't find anything"), Kind::Clause);
    }

    #[test]
    fn empty_request_gets_generic_stand_ins() {
        let f = Facts::new(
            &ComposeRequest::new(Channel::X),
            &Avoid::default(),
            &Replacer::default(),
        );
        assert_eq!(f.brand.text, "our team");
        assert!(!f.brand.real);
        assert_eq!(f.audience.text, "people like you");
        assert_eq!(f.benefit.kind, Kind::Verb);
        assert!(f.key.is_none() && f.url.is_none() && f.tagline.is_none());
    }

    #[test]
    fn avoided_facts_are_dropped_and_fallbacks_skip_them() {
        let mut req = ComposeRequest::new(Channel::X);
        req.brand = BrandFacts {
            value_propositions: vec![
                "Cheap plans".into(),
                "Fast setup".into(),
                "fast setup".into(),
            ],
            avoid_words: vec!["cheap".into(), "team".into()],
            ..BrandFacts::default()
        };
        req.persona = Some(PersonaFacts {
            role: "Marketing Manager".into(),
            ..PersonaFacts::default()
        });
        let avoid = Avoid::new(&req.brand.avoid_words);
        let f = Facts::new(&req, &avoid, &Replacer::default());
        let props: Vec<&str> = f.list(List::Prop).iter().map(|p| p.text.as_str()).collect();
        assert_eq!(props, ["fast setup"]);
        assert_eq!(f.brand.text, "our company");
        assert_eq!(f.audience.text, "marketing managers");
        assert_eq!(f.benefit.text, "fast setup");
    }

    #[test]
    fn only_safe_links_are_used() {
        let mut req = ComposeRequest::new(Channel::X);
        req.brief.cta_url = Some("javascript:alert(1)".into());
        assert!(
            Facts::new(&req, &Avoid::default(), &Replacer::default())
                .url
                .is_none()
        );
        req.brief.cta_url = Some("https://acme.test/start".into());
        assert_eq!(
            Facts::new(&req, &Avoid::default(), &Replacer::default())
                .url
                .as_deref(),
            Some("https://acme.test/start")
        );
    }
}
