//! One composition in progress: the resolved facts and voice, the dice, and the bookkeeping
//! that keeps a draft from repeating itself (used phrases, how often each list item appeared).

use content::{Channel, ComposeRequest};

use crate::avoid::{Avoid, tidy};
use crate::bank::Bank;
use crate::dice::Dice;
use crate::facts::{Fact, Facts, Kind, LISTS, List};
use crate::text::{article, capitalise_sentences, lower_first, upper_first};
use crate::voice::Voice;

/// A filled phrase that could be chosen.
#[derive(Debug, Clone)]
pub struct Cand {
    pub text: String,
    pub weight: u32,
    tpl: &'static str,
    picks: Vec<(List, usize)>,
    /// Single facts (benefit, differentiator…) this phrase states.
    singles: Vec<&'static str>,
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
    pub facts: Facts,
    pub voice: Voice,
    pub dice: Dice,
    pub avoid: Avoid,
    /// Per list: item indices in this draft's order, and how often each has been used.
    order: [Vec<usize>; LISTS],
    uses: [Vec<u32>; LISTS],
    used_tpls: Vec<&'static str>,
    said: Vec<&'static str>,
}

impl Ctx {
    pub fn new(req: &ComposeRequest) -> Ctx {
        let avoid = Avoid::new(&req.brand.avoid_words);
        let facts = Facts::new(req, &avoid);
        let voice = Voice::new(req.brand.tone, req.brand.emoji, &req.brief);
        let dice = Dice::new(
            req.seed,
            req.channel.as_str(),
            req.variant,
            req.step.map(|s| (s.index, s.total)),
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
            facts,
            voice,
            dice,
            avoid,
            order,
            uses,
            used_tpls: Vec::new(),
            said: Vec::new(),
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
            let adapted = self.voice.adapt(tpl);
            let Some((text, picks)) = self.render(&adapted) else {
                continue;
            };
            let singles: Vec<&'static str> = ONCE
                .iter()
                .filter(|(_, pat)| tpl.contains(pat))
                .map(|(name, _)| *name)
                .collect();
            if text.is_empty() || self.avoid.hits(&text) {
                continue;
            }
            let lower = text.to_lowercase();
            let preferred = self
                .facts
                .preferred
                .iter()
                .any(|p| lower.contains(p.as_str()));
            out.push(Cand {
                text,
                weight: if preferred { weight * 3 } else { weight },
                tpl,
                picks,
                singles,
                stale: false,
            });
        }
        // A fact already said in this draft is not said again while fresher phrasing exists.
        let stale = |c: &Cand| {
            c.picks
                .iter()
                .any(|(l, i)| self.uses[*l as usize].get(*i).is_some_and(|u| *u > 0))
                || c.singles.iter().any(|s| self.said.contains(s))
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
        Some(chosen.text)
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

    /// Up to `k` different phrases from `bank`.
    pub fn pick_many(
        &mut self,
        label: &str,
        bank: &'static Bank,
        k: usize,
        keep: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        let mut out = Vec::with_capacity(k);
        for j in 0..k {
            let c: Vec<Cand> = self
                .candidates(bank)
                .into_iter()
                .filter(|c| keep(&c.text) && !out.contains(&c.text))
                .collect();
            match self.choose(&format!("{label}#{j}"), c) {
                Some(t) => out.push(t),
                None => break,
            }
        }
        out
    }

    /// Records that a single fact was stated outside the banks (e.g. the key message).
    pub fn mark_said(&mut self, name: &'static str) {
        self.said.push(name);
    }

    fn commit(&mut self, c: &Cand) {
        self.used_tpls.push(c.tpl);
        self.said.extend(c.singles.iter().copied());
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
            "campaign" => f.campaign.clone(),
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
