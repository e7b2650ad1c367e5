//! One composition in progress: the resolved facts and voice, the dice, and the bookkeeping
//! that keeps a draft from repeating itself (used phrases, how often each list item appeared).

use content::{Channel, ComposeRequest};

use crate::avoid::{Avoid, Replacer, tidy};
use crate::bank::Bank;
use crate::dice::Dice;
use crate::facts::{Fact, Facts, Kind, LISTS, List};
use crate::text::{article, capitalise_sentences, lower_first, upper_first};
use crate::voice::Voice;

/// How far "another angle" feedback moves a draft along the variant order: past the
/// variants a reviewer is likely to have seen side by side.
pub const ANGLE_STRIDE: u32 = 5;

/// How far a retry moves the dice: far past any variant a caller asks for.
pub const RETRY_STRIDE: u32 = 7919;

/// What a variant leads with. Variants of one request walk this list, so two variants open
/// on different approaches wherever the brand's facts allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Angle {
    /// The reader's problem.
    Pain,
    /// What the reader gets.
    Outcome,
    /// A fact that backs the promise.
    Proof,
    /// The brand's offer.
    Offer,
    /// A question to the reader.
    Question,
    /// Where the brand works.
    Local,
}

impl Angle {
    pub const ALL: [Angle; 6] = [
        Angle::Outcome,
        Angle::Pain,
        Angle::Proof,
        Angle::Offer,
        Angle::Question,
        Angle::Local,
    ];

    /// The angles the facts support, in a fixed order, taken at `variant`.
    pub fn for_variant(facts: &Facts, variant: u32) -> Angle {
        let usable: Vec<Angle> = Angle::ALL
            .into_iter()
            .filter(|a| match a {
                Angle::Pain => !facts.list(List::Pain).is_empty(),
                Angle::Proof => !facts.list(List::Proof).is_empty(),
                Angle::Offer => facts.offer.is_some(),
                Angle::Local => facts.location.is_some(),
                Angle::Outcome | Angle::Question => true,
            })
            .collect();
        usable[variant as usize % usable.len()]
    }

    pub fn name(self) -> &'static str {
        match self {
            Angle::Pain => "pain",
            Angle::Outcome => "outcome",
            Angle::Proof => "proof",
            Angle::Offer => "offer",
            Angle::Question => "question",
            Angle::Local => "location",
        }
    }
}

/// What a request resolves to before any choice is made: the same for every variant.
#[derive(Debug, Clone)]
pub struct Base {
    pub replacer: Replacer,
    pub avoid: Avoid,
    pub facts: Facts,
    pub voice: Voice,
}

impl Base {
    pub fn new(req: &ComposeRequest) -> Base {
        let replacer = Replacer::new(&req.brand.replacements);
        let mut banned = req.brand.avoid_words.clone();
        banned.extend(replacer.terms());
        let avoid = Avoid::new(&banned);
        let facts = Facts::new(req, &avoid, &replacer);
        let mut voice = Voice::new(req.brand.tone, req.brand.emoji, &req.brief);
        voice.industry = facts.industry;
        Base {
            replacer,
            avoid,
            facts,
            voice,
        }
    }
}

/// A filled phrase that could be chosen.
#[derive(Debug, Clone)]
pub struct Cand {
    /// Shared with the draft's cache of filled templates: cloning a candidate is cheap.
    pub text: std::rc::Rc<str>,
    pub weight: u32,
    tpl: &'static str,
    picks: Vec<(List, usize)>,
    /// Single facts (benefit, differentiator…) this phrase states, as bits of [`ONCE`].
    singles: u8,
    /// Repeats a fact this draft already stated.
    stale: bool,
}

/// Single facts that should be stated once per draft; the brand, audience and subject
/// naturally recur and are not tracked.
const ONCE: [(&str, &str); 5] = [
    ("benefit", "{benefit"),
    ("diff", "{diff"),
    ("tagline", "{tagline"),
    ("mission", "{mission"),
    ("key", "{key"),
];

/// The grammatical shape a slot asks of its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Any,
    Is(Kind),
    NotClause,
}

fn kind_ok(kind: Kind, want: Want) -> bool {
    match want {
        Want::Any => true,
        Want::Is(k) => k == kind,
        Want::NotClause => kind != Kind::Clause,
    }
}

pub struct Ctx {
    pub channel: Channel,
    /// Which try at this request this is (0 for the first; see [`crate::compose`]).
    pub attempt: u32,
    pub facts: Facts,
    pub voice: Voice,
    pub dice: Dice,
    pub avoid: Avoid,
    pub replacer: Replacer,
    /// The approach this variant takes (see [`Angle`]).
    pub angle: Angle,
    /// Per list: item indices in this draft's order, and how often each has been used.
    order: [Vec<usize>; LISTS],
    uses: [Vec<u32>; LISTS],
    used_tpls: Vec<&'static str>,
    said: Vec<&'static str>,
    /// Filled templates that draw on no list (their text never changes within a draft),
    /// keyed by the template's address.
    cache: std::cell::RefCell<std::collections::HashMap<usize, Option<std::rc::Rc<str>>>>,
}

/// "Solar panels is" → "Solar panels are": the verbs our templates put after the subject,
/// in their plural form when the subject is plural.
fn agree_plural(text: &str, subject: &str) -> String {
    const VERBS: [(&str, &str); 10] = [
        (" isn't", " aren't"),
        (" is not", " are not"),
        (" is", " are"),
        (" has", " have"),
        (" doesn't", " don't"),
        (" does not", " do not"),
        (" sounds", " sound"),
        (" works", " work"),
        (" matters", " matter"),
        (" deserves", " deserve"),
    ];
    let mut out = text.to_string();
    for s in [subject.to_string(), upper_first(subject)] {
        for (one, many) in VERBS {
            for end in [" ", ",", ".", ";", ":"] {
                let from = format!("{s}{one}{end}");
                if out.contains(&from) {
                    out = out.replace(&from, &format!("{s}{many}{end}"));
                }
            }
        }
    }
    out
}

/// What a template needs, worked out once per thread: the single facts it states and
/// whether it draws on a list.
#[derive(Debug, Clone, Copy)]
struct TplInfo {
    singles: u8,
    dynamic: bool,
}

fn tpl_info(tpl: &'static str) -> TplInfo {
    thread_local! {
        static INFO: std::cell::RefCell<std::collections::HashMap<usize, TplInfo>> =
            Default::default();
    }
    let key = tpl.as_ptr() as usize ^ (tpl.len() << 48);
    INFO.with(|m| {
        *m.borrow_mut().entry(key).or_insert_with(|| TplInfo {
            singles: ONCE
                .iter()
                .enumerate()
                .filter(|(_, (_, pat))| tpl.contains(pat))
                .fold(0u8, |acc, (i, _)| acc | (1 << i)),
            dynamic: LIST_SLOTS.iter().any(|l| tpl.contains(l)),
        })
    })
}

/// Slots that take an item from a list: their text depends on what the draft used so far.
const LIST_SLOTS: [&str; 9] = [
    "{prop",
    "{pain",
    "{goal",
    "{objection",
    "{pillar",
    "{value",
    "{proof",
    "{msg",
    "{web",
];

impl Ctx {
    pub fn new(req: &ComposeRequest) -> Ctx {
        Ctx::attempt(req, 0)
    }

    /// A context for the `attempt`-th try at this request: later attempts roll other dice
    /// (and from the second on, another angle), for when a variant came out too close to
    /// an earlier one.
    pub fn attempt(req: &ComposeRequest, attempt: u32) -> Ctx {
        Ctx::from_base(req, Base::new(req), attempt)
    }

    /// A context on facts already resolved (they do not depend on the variant, so the
    /// variants and attempts of one request share them).
    pub fn from_base(req: &ComposeRequest, base: Base, attempt: u32) -> Ctx {
        let Base {
            replacer,
            avoid,
            facts,
            voice,
        } = base;
        // "Another angle" moves this draft on to choices the previous attempt did not make.
        let variant = req
            .variant
            .wrapping_add(voice.new_angle.wrapping_mul(ANGLE_STRIDE))
            .wrapping_add(attempt.wrapping_mul(RETRY_STRIDE));
        let dice = Dice::new(
            req.seed,
            req.channel.as_str(),
            variant,
            req.step.map(|s| (s.index, s.total)),
        );
        let angle = Angle::for_variant(
            &facts,
            req.variant
                .wrapping_add(voice.new_angle)
                .wrapping_add(attempt / 2),
        );
        let mut order: [Vec<usize>; LISTS] = Default::default();
        let mut uses: [Vec<u32>; LISTS] = Default::default();
        for (i, items) in facts.lists.iter().enumerate() {
            // Each variant leads with a different item, so variant 1 opens on another pain.
            let n = items.len();
            let start = dice.one(&format!("list{i}"), &vec![1; n]).unwrap_or(0);
            order[i] = (0..n).map(|j| (start + j) % n.max(1)).collect();
            uses[i] = vec![0; n];
        }
        Ctx {
            channel: req.channel,
            attempt,
            facts,
            voice,
            dice,
            avoid,
            replacer,
            angle,
            order,
            uses,
            used_tpls: Vec::new(),
            said: Vec::new(),
            cache: Default::default(),
        }
    }

    pub fn has(&self, l: List) -> usize {
        self.facts.list(l).len()
    }

    /// Every phrase of `bank` that fits the voice, has the facts it needs and avoids the
    /// brand's banned terms, filled in. Phrases already used in this draft are left out.
    pub fn candidates(&self, bank: &'static Bank) -> Vec<Cand> {
        let mut out = Vec::new();
        for (tags, tpl) in bank {
            // Templates are static: identity is enough, and far cheaper than comparing text.
            if self.used_tpls.iter().any(|u| std::ptr::eq(*u, *tpl)) {
                continue;
            }
            let Some(weight) = self.voice.weigh(tags) else {
                continue;
            };
            let key = tpl.as_ptr() as usize;
            let info = tpl_info(tpl);
            let cached = self.cache.borrow().get(&key).cloned();
            let (text, picks): (std::rc::Rc<str>, Vec<(List, usize)>) = match cached {
                Some(Some(text)) => (text, Vec::new()),
                Some(None) => continue,
                None => {
                    let adapted = self.voice.adapt(tpl);
                    let rendered = self
                        .render(&adapted)
                        .filter(|(t, _)| !t.is_empty() && !self.avoid.hits(t))
                        .map(|(t, p)| (std::rc::Rc::<str>::from(t), p));
                    if !info.dynamic {
                        self.cache
                            .borrow_mut()
                            .insert(key, rendered.as_ref().map(|(t, _)| t.clone()));
                    }
                    match rendered {
                        Some(r) => r,
                        None => continue,
                    }
                }
            };
            let preferred = !self.facts.preferred.is_empty() && {
                let lower = text.to_lowercase();
                self.facts
                    .preferred
                    .iter()
                    .any(|p| lower.contains(p.as_str()))
            };
            out.push(Cand {
                text,
                weight: if preferred { weight * 3 } else { weight },
                tpl,
                picks,
                singles: info.singles,
                stale: false,
            });
        }
        // A fact already said in this draft is not said again while fresher phrasing exists.
        let stale = |c: &Cand| {
            c.picks
                .iter()
                .any(|(l, i)| self.uses[*l as usize].get(*i).is_some_and(|u| *u > 0))
                || ONCE
                    .iter()
                    .enumerate()
                    .any(|(i, (name, _))| c.singles & (1 << i) != 0 && self.said.contains(name))
        };
        for c in out.iter_mut() {
            c.stale = stale(c);
        }
        if out.iter().any(|c| !c.stale) {
            out.retain(|c| !c.stale);
        }
        out
    }

    /// Items of `l`, least used first (in this draft's order), for callers that list them.
    pub fn items_by_use(&self, l: List) -> Vec<usize> {
        let uses = &self.uses[l as usize];
        let mut idx = self.order[l as usize].clone();
        idx.sort_by_key(|i| uses.get(*i).copied().unwrap_or(0));
        idx
    }

    /// Records that an item of `l` appears in the draft.
    pub fn mark_used(&mut self, l: List, i: usize) {
        if let Some(u) = self.uses[l as usize].get_mut(i) {
            *u += 1;
        }
    }

    /// Picks one candidate for this variant under `label` and records its use.
    pub fn choose(&mut self, label: &str, cands: Vec<Cand>) -> Option<String> {
        let weights: Vec<u32> = cands.iter().map(|c| c.weight).collect();
        let i = self.dice.one(label, &weights)?;
        let chosen = cands.into_iter().nth(i)?;
        self.commit(&chosen);
        Some(chosen.text.to_string())
    }

    pub fn pick(&mut self, label: &str, bank: &'static Bank) -> Option<String> {
        let c = self.candidates(bank);
        self.choose(label, c)
    }

    /// Like [`Ctx::pick`], but `None` rather than repeat a fact already stated.
    pub fn pick_fresh(&mut self, label: &str, bank: &'static Bank) -> Option<String> {
        let c: Vec<Cand> = self
            .candidates(bank)
            .into_iter()
            .filter(|c| !c.stale)
            .collect();
        self.choose(label, c)
    }

    /// Like [`Ctx::pick`], keeping only candidates `keep` accepts (for length limits).
    pub fn pick_where(
        &mut self,
        label: &str,
        bank: &'static Bank,
        keep: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let c: Vec<Cand> = self
            .candidates(bank)
            .into_iter()
            .filter(|c| keep(&c.text))
            .collect();
        self.choose(label, c)
    }

    /// Up to `k` different phrases from `bank`. Variants read the bank's order from
    /// different places (variant `v` starts `v × k` along it), so the phrases one variant
    /// takes are, as far as the bank allows, not the ones the next variant takes.
    pub fn pick_many(
        &mut self,
        label: &str,
        bank: &'static Bank,
        k: usize,
        keep: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        let cands: Vec<Cand> = self
            .candidates(bank)
            .into_iter()
            .filter(|c| keep(&c.text))
            .collect();
        let n = cands.len();
        if n == 0 || k == 0 {
            return Vec::new();
        }
        let weights: Vec<u32> = cands.iter().map(|c| c.weight).collect();
        let order = self.dice.order(label, &weights);
        let start = (self.dice.variant() as usize % n) * k % n;
        let mut out: Vec<String> = Vec::with_capacity(k);
        for j in 0..n {
            if out.len() >= k {
                break;
            }
            let c = &cands[order[(start + j) % n]];
            if out.iter().any(|o| **o == *c.text) {
                continue;
            }
            self.commit(c);
            out.push(c.text.to_string());
        }
        out
    }

    /// Records that a single fact was stated outside the banks (e.g. the key message).
    pub fn mark_said(&mut self, name: &'static str) {
        self.said.push(name);
    }

    fn commit(&mut self, c: &Cand) {
        self.used_tpls.push(c.tpl);
        for (i, (name, _)) in ONCE.iter().enumerate() {
            if c.singles & (1 << i) != 0 {
                self.said.push(name);
            }
        }
        for (l, idx) in &c.picks {
            if let Some(u) = self.uses[*l as usize].get_mut(*idx) {
                *u += 1;
            }
        }
    }

    /// The least-used list item that fits `want` and is not in `taken`.
    fn list_item(&self, l: List, want: Want, taken: &[(List, usize)]) -> Option<(usize, &Fact)> {
        let items = self.facts.list(l);
        let uses = &self.uses[l as usize];
        self.order[l as usize]
            .iter()
            .filter(|i| !taken.contains(&(l, **i)))
            .filter_map(|i| items.get(*i).map(|f| (*i, f)))
            .filter(|(_, f)| kind_ok(f.kind, want))
            .min_by_key(|(i, _)| uses.get(*i).copied().unwrap_or(0))
    }

    /// Fills `{slot}` and `{slot:mods}` placeholders. Mods: `!` real facts only (no generic
    /// stand-in), `v` verb phrase, `n` noun phrase, `x` anything but a clause, `c`
    /// capitalised, `l` lower-case first letter. `None` when a slot cannot be filled.
    /// Slots: brand, tagline, mission, category, audience, role, a_role, benefit, diff, key,
    /// topic, subject, n, kw, kw2, theme, offer, location, cta, url; lists (a fresh item each
    /// time): prop, pain, goal, objection, pillar, value, proof, msg (key messages), web
    /// (website copy). The brand's preferred wording replaces banned terms in the result.
    pub fn render(&self, tpl: &str) -> Option<(String, Vec<(List, usize)>)> {
        let mut out = String::with_capacity(tpl.len() + 40);
        let mut picks: Vec<(List, usize)> = Vec::new();
        let mut rest = tpl;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}')?;
            let spec = &after[..close];
            rest = &after[close + 1..];
            let (name, mods) = spec.split_once(':').unwrap_or((spec, ""));
            let want = if mods.contains('v') {
                Want::Is(Kind::Verb)
            } else if mods.contains('n') {
                Want::Is(Kind::Noun)
            } else if mods.contains('x') {
                Want::NotClause
            } else {
                Want::Any
            };
            let real_only = mods.contains('!');
            let value = self.slot(name, want, real_only, &mut picks)?;
            let value = if mods.contains('c') {
                upper_first(&value)
            } else if mods.contains('l') {
                lower_first(&value)
            } else {
                value
            };
            out.push_str(&value);
        }
        out.push_str(rest);
        let keep: Vec<&str> = self.facts.brand_name.as_deref().into_iter().collect();
        let mut out = self.replacer.apply(&out);
        if self.facts.subject_plural && tpl.contains("{subject") {
            out = agree_plural(&out, &self.facts.subject.text);
        }
        Some((capitalise_sentences(&tidy(&out), &keep), picks))
    }

    fn slot(
        &self,
        name: &str,
        want: Want,
        real_only: bool,
        picks: &mut Vec<(List, usize)>,
    ) -> Option<String> {
        let f = &self.facts;
        let fact = |fact: &Fact| -> Option<String> {
            (kind_ok(fact.kind, want) && (fact.real || !real_only) && !fact.text.is_empty())
                .then(|| fact.text.clone())
        };
        let list = |l: List, picks: &mut Vec<(List, usize)>| -> Option<String> {
            let (i, item) = self.list_item(l, want, picks)?;
            picks.push((l, i));
            Some(item.text.clone())
        };
        match name {
            "brand" => fact(&f.brand),
            "tagline" => f.tagline.clone(),
            "mission" => f.mission.as_ref().and_then(fact),
            "category" => f.category.as_ref().and_then(fact),
            "audience" => fact(&f.audience),
            "role" => f.role.as_ref().and_then(fact),
            "a_role" => f
                .role
                .as_ref()
                .and_then(fact)
                .map(|r| format!("{} {r}", article(&r))),
            "benefit" => fact(&f.benefit),
            "diff" => f.diff.as_ref().and_then(fact),
            "key" => f.key.clone(),
            "topic" => f.topic.clone(),
            "subject" => fact(&f.subject),
            "n" => Some(f.count.to_string()),
            "kw" => f.keywords.first().cloned(),
            "kw2" => f.keywords.get(1).cloned(),
            "theme" => f.theme.clone(),
            "offer" => f.offer.as_ref().and_then(fact),
            "location" => f.location.clone(),
            "proof" => list(List::Proof, picks),
            "msg" => list(List::Msg, picks),
            "web" => list(List::Web, picks),
            "url" => f.url.clone(),
            "cta" => (!f.cta.is_empty()).then(|| f.cta.clone()),
            "prop" => list(List::Prop, picks),
            "pain" => list(List::Pain, picks),
            "goal" => list(List::Goal, picks),
            "objection" => list(List::Objection, picks),
            "pillar" => list(List::Pillar, picks),
            "value" => list(List::Value, picks),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_agree_with_a_plural_subject() {
        assert_eq!(
            agree_plural(
                "Solar panels is more than a detail. Solar panels doesn't wait, solar panels has it.",
                "solar panels"
            ),
            "Solar panels are more than a detail. Solar panels don't wait, solar panels have it."
        );
    }
}
