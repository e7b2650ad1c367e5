//! Competitive analysis report (FR-1.3.2, FR-7.6.3): our brand side by side with its competitors, keyword overlap,
//! the gaps competitors cover and we do not, our strengths, and the opportunities that follow. Deterministic: the
//! same input always gives the same report, in the same order.

use serde::{Deserialize, Serialize};
use thiserror::Error;
use utoipa::ToSchema;

use crate::dom::collapse_ws;
use crate::plans::Plan;
use crate::price::{BillingPeriod, Price};
use crate::snapshot::PageSnapshot;
use crate::technology::Technology;

/// How a company presents itself, read from its snapshots and its keyword research.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, ToSchema)]
pub struct Positioning {
    pub name: String,
    /// True for our own brand; exactly one company of an analysis has it.
    #[serde(default)]
    pub is_us: bool,
    #[serde(default)]
    pub headlines: Vec<String>,
    #[serde(default)]
    pub value_propositions: Vec<String>,
    #[serde(default)]
    pub calls_to_action: Vec<String>,
    #[serde(default)]
    pub plans: Vec<Plan>,
    #[serde(default)]
    pub technologies: Vec<Technology>,
    /// Top keyword phrases of the site, most important first.
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    /// Our brand's own statements (brand module); unused for competitors.
    #[serde(default)]
    pub mission: Option<String>,
    #[serde(default)]
    pub positioning: Option<String>,
    #[serde(default)]
    pub values: Option<String>,
}

impl Positioning {
    /// Gathers one company's messaging, plans and technologies from its page snapshots (home first is best):
    /// lists are merged without duplicates, plans come from the first snapshot that has any. Keywords, topics and
    /// the brand statements are left for the caller to fill.
    pub fn from_snapshots(name: &str, is_us: bool, snapshots: &[PageSnapshot]) -> Positioning {
        fn merge(out: &mut Vec<String>, items: &[String]) {
            for item in items {
                if !out.iter().any(|o| o.eq_ignore_ascii_case(item)) {
                    out.push(item.clone());
                }
            }
        }
        let mut p = Positioning {
            name: name.to_string(),
            is_us,
            ..Positioning::default()
        };
        for s in snapshots {
            merge(&mut p.headlines, &s.headlines);
            merge(&mut p.value_propositions, &s.value_propositions);
            merge(&mut p.calls_to_action, &s.calls_to_action);
            if p.plans.is_empty() {
                p.plans = s.plans.clone();
            }
            for t in &s.technologies {
                if !p.technologies.contains(t) {
                    p.technologies.push(t.clone());
                }
            }
        }
        p
    }
}

/// One company's line of the side-by-side table.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct PositioningRow {
    pub name: String,
    pub is_us: bool,
    pub headline: Option<String>,
    /// The first three value propositions.
    pub value_propositions: Vec<String>,
    /// The first three calls to action.
    pub calls_to_action: Vec<String>,
    /// The cheapest paid plan's price as published.
    pub entry_price: Option<Price>,
    pub entry_period: Option<BillingPeriod>,
    /// "$29/month", "€290/year".
    pub entry_price_label: Option<String>,
    /// Published prices as monthly amounts: "Free – $99/month", "$29/month".
    pub price_range: Option<String>,
    pub plan_count: usize,
    pub free_tier: bool,
    pub free_trial: bool,
    pub technologies: Vec<String>,
}

/// Keyword overlap between us and one competitor.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Overlap {
    pub competitor: String,
    /// In our order.
    pub shared: Vec<String>,
    /// In the competitor's order.
    pub only_them: Vec<String>,
    /// In our order.
    pub only_us: Vec<String>,
    /// |shared| / |union|, 0 when neither has keywords; rounded to three decimals.
    pub jaccard: f64,
}

/// The competitive analysis report.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct AnalysisReport {
    /// Us first, then the competitors in the order given.
    pub side_by_side: Vec<PositioningRow>,
    /// One per competitor, in the order given.
    pub keyword_overlap: Vec<Overlap>,
    /// Topics and keywords that at least two competitors cover and we do not, most covered first.
    pub gaps: Vec<String>,
    pub strengths: Vec<String>,
    pub opportunities: Vec<String>,
}

/// Why an analysis cannot be made.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum AnalysisError {
    #[error("no company is marked as our brand")]
    MissingUs,
    #[error("{0} companies are marked as our brand; exactly one must be")]
    SeveralUs(usize),
    #[error("a company has an empty name")]
    EmptyName,
}

/// A gap needs this many competitors covering a term.
pub const GAP_MIN_COMPETITORS: usize = 2;
const MAX_GAPS: usize = 20;
const MAX_GAP_SENTENCES: usize = 8;

/// Comparison key of a keyword or topic: lowercase, collapsed, trailing punctuation dropped, simple plurals folded
/// ("SEO audits" and "seo audit" are one term).
fn term_key(term: &str) -> String {
    collapse_ws(&term.to_lowercase())
        .split(' ')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.chars().count() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                &w[..w.len() - 1]
            } else {
                w
            }
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Distinct terms with their display text, first occurrence wins.
fn terms(items: impl IntoIterator<Item = impl AsRef<str>>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for item in items {
        let display = collapse_ws(item.as_ref());
        let key = term_key(&display);
        if !key.is_empty() && !out.iter().any(|(k, _)| *k == key) {
            out.push((key, display));
        }
    }
    out
}

fn company_terms(p: &Positioning) -> Vec<(String, String)> {
    terms(p.keywords.iter().chain(p.topics.iter()))
}

/// What a company invites visitors to do, by family of call to action.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Offer {
    FreeTrial,
    Demo,
    ContactSales,
}

impl Offer {
    const ALL: [Offer; 3] = [Offer::FreeTrial, Offer::Demo, Offer::ContactSales];

    fn phrases(self) -> &'static [&'static str] {
        match self {
            Offer::FreeTrial => &[
                "free trial",
                "try free",
                "try for free",
                "try it free",
                "start trial",
                "start your trial",
                "day trial",
                "essai gratuit",
                "essayer gratuitement",
                "kostenlos testen",
                "testen sie",
            ],
            Offer::Demo => &[
                "demo",
                "démo",
                "book a call",
                "schedule a call",
                "request a call",
            ],
            Offer::ContactSales => &[
                "contact sales",
                "talk to sales",
                "talk to us",
                "contact us",
                "nous contacter",
                "vertrieb",
            ],
        }
    }

    fn label(self) -> &'static str {
        match self {
            Offer::FreeTrial => "a free trial",
            Offer::Demo => "a demo",
            Offer::ContactSales => "a conversation with sales",
        }
    }
}

fn offers(p: &Positioning, offer: Offer) -> bool {
    let texts = p
        .calls_to_action
        .iter()
        .chain(p.value_propositions.iter())
        .chain(p.plans.iter().flat_map(|pl| pl.features.iter()));
    texts
        .map(|t| t.to_lowercase())
        .any(|t| offer.phrases().iter().any(|ph| t.contains(ph)))
        || (offer == Offer::ContactSales && p.plans.iter().any(|pl| pl.custom_pricing))
}

fn free_tier(p: &Positioning) -> bool {
    p.plans.iter().any(Plan::is_free)
        || p.calls_to_action
            .iter()
            .chain(p.value_propositions.iter())
            .map(|t| t.to_lowercase())
            .any(|t| {
                [
                    "free forever",
                    "forever free",
                    "free plan",
                    "gratuit pour toujours",
                    "für immer kostenlos",
                ]
                .iter()
                .any(|w| t.contains(w))
            })
}

/// The cheapest paid plan by monthly amount, with that amount.
fn entry_plan(p: &Positioning) -> Option<(&Plan, f64)> {
    p.plans
        .iter()
        .filter_map(|plan| {
            let price = plan.price.as_ref()?;
            let monthly = price.monthly_amount(plan.period)?;
            (monthly > 0.0).then_some((plan, monthly))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

fn entry_currency(p: &Positioning) -> Option<String> {
    entry_plan(p)
        .and_then(|(plan, _)| plan.price.as_ref())
        .map(|price| price.currency.clone())
}

fn money(amount: f64, currency: &str) -> String {
    Price {
        amount,
        currency: currency.to_string(),
        text: String::new(),
    }
    .display_amount()
}

fn price_range(p: &Positioning) -> Option<String> {
    let currency = entry_currency(p)?;
    let monthly: Vec<f64> = p
        .plans
        .iter()
        .filter_map(|plan| {
            let price = plan.price.as_ref()?;
            if price.amount > 0.0 && price.currency != currency {
                return None;
            }
            price.monthly_amount(plan.period)
        })
        .collect();
    let min = monthly.iter().copied().fold(f64::INFINITY, f64::min);
    let max = monthly.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let low = money((min * 100.0).round() / 100.0, &currency);
    let high = money((max * 100.0).round() / 100.0, &currency);
    Some(if min == max {
        format!("{high}/month")
    } else {
        format!("{low} – {high}/month")
    })
}

fn row(p: &Positioning) -> PositioningRow {
    let entry = entry_plan(p);
    PositioningRow {
        name: p.name.clone(),
        is_us: p.is_us,
        headline: p.headlines.first().cloned(),
        value_propositions: p.value_propositions.iter().take(3).cloned().collect(),
        calls_to_action: p.calls_to_action.iter().take(3).cloned().collect(),
        entry_price: entry.and_then(|(plan, _)| plan.price.clone()),
        entry_period: entry.and_then(|(plan, _)| plan.period),
        entry_price_label: entry.map(|(plan, _)| plan.price_label()),
        price_range: price_range(p),
        plan_count: p.plans.len(),
        free_tier: free_tier(p),
        free_trial: offers(p, Offer::FreeTrial),
        technologies: p.technologies.iter().map(|t| t.name.clone()).collect(),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn overlap(us: &Positioning, them: &Positioning) -> Overlap {
    let ours = terms(&us.keywords);
    let theirs = terms(&them.keywords);
    let has = |list: &[(String, String)], key: &str| list.iter().any(|(k, _)| k == key);
    let shared: Vec<String> = ours
        .iter()
        .filter(|(k, _)| has(&theirs, k))
        .map(|(_, d)| d.clone())
        .collect();
    let only_us: Vec<String> = ours
        .iter()
        .filter(|(k, _)| !has(&theirs, k))
        .map(|(_, d)| d.clone())
        .collect();
    let only_them: Vec<String> = theirs
        .iter()
        .filter(|(k, _)| !has(&ours, k))
        .map(|(_, d)| d.clone())
        .collect();
    let union = shared.len() + only_us.len() + only_them.len();
    let jaccard = if union == 0 {
        0.0
    } else {
        round3(shared.len() as f64 / union as f64)
    };
    Overlap {
        competitor: them.name.clone(),
        shared,
        only_them,
        only_us,
        jaccard,
    }
}

/// Terms at least `GAP_MIN_COMPETITORS` competitors cover and we do not: (display, how many competitors).
fn gaps(us: &Positioning, competitors: &[&Positioning]) -> Vec<(String, usize)> {
    let ours = company_terms(us);
    let mut counted: Vec<(String, String, usize)> = Vec::new();
    for c in competitors {
        for (key, display) in company_terms(c) {
            match counted.iter_mut().find(|(k, _, _)| *k == key) {
                Some(entry) => entry.2 += 1,
                None => counted.push((key, display, 1)),
            }
        }
    }
    let mut out: Vec<(String, usize)> = counted
        .into_iter()
        .filter(|(k, _, n)| *n >= GAP_MIN_COMPETITORS && !ours.iter().any(|(o, _)| o == k))
        .map(|(_, d, n)| (d, n))
        .collect();
    // Stable sort: equal counts keep the order in which competitors listed them.
    out.sort_by_key(|g| std::cmp::Reverse(g.1));
    out.truncate(MAX_GAPS);
    out
}

const STOPWORDS: &[&str] = &[
    "about",
    "above",
    "after",
    "again",
    "against",
    "their",
    "there",
    "these",
    "those",
    "through",
    "under",
    "where",
    "which",
    "while",
    "would",
    "should",
    "could",
    "every",
    "other",
    "being",
    "because",
    "before",
    "between",
    "into",
    "our",
    "ours",
    "your",
    "yours",
    "with",
    "from",
    "that",
    "this",
    "they",
    "them",
    "what",
    "when",
    "will",
    "have",
    "more",
    "most",
    "only",
    "over",
    "such",
    "than",
    "then",
    "very",
    "also",
    "just",
    "make",
    "makes",
    "help",
    "helps",
    "people",
    "customer",
    "company",
    "companies",
    "business",
    "businesses",
    "customers",
    "brand",
    "brands",
    "product",
    "products",
    "believe",
    "world",
    "value",
    "values",
    "mission",
    "great",
    "better",
    "best",
];

/// Distinctive words of our own statements that no competitor's messaging uses.
fn distinctive_words(us: &Positioning, competitors: &[&Positioning]) -> Vec<String> {
    let statements = [&us.positioning, &us.mission, &us.values]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let theirs: String = competitors
        .iter()
        .flat_map(|c| {
            c.headlines
                .iter()
                .chain(c.value_propositions.iter())
                .chain(c.keywords.iter())
                .chain(c.topics.iter())
        })
        .map(|t| t.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out: Vec<String> = Vec::new();
    for word in statements.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let w = word.trim_matches('-').to_lowercase();
        if w.chars().count() < 5
            || STOPWORDS.contains(&w.as_str())
            || w.chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let stem = term_key(&w);
        if !theirs.contains(&stem) && !out.contains(&w) {
            out.push(w);
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}

fn join_names(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn quoted_list(items: &[String]) -> String {
    join_names(&items.iter().map(|i| format!("\"{i}\"")).collect::<Vec<_>>())
}

/// Our entry price against the competitors' in the same currency: (ours, cheapest competitor's, its name, every
/// comparable competitor is dearer, every comparable competitor is cheaper).
struct PriceStanding {
    ours: String,
    cheapest: String,
    cheapest_name: String,
    lowest: bool,
    highest: bool,
}

fn price_standing(us: &Positioning, competitors: &[&Positioning]) -> Option<PriceStanding> {
    let (our_plan, our_monthly) = entry_plan(us)?;
    let currency = entry_currency(us)?;
    let comparable: Vec<(&Positioning, f64)> = competitors
        .iter()
        .filter(|c| entry_currency(c).as_deref() == Some(currency.as_str()))
        .filter_map(|c| entry_plan(c).map(|(_, m)| (*c, m)))
        .collect();
    let (cheapest, cheapest_monthly) = comparable.iter().min_by(|a, b| a.1.total_cmp(&b.1))?;
    Some(PriceStanding {
        ours: our_plan.price_label(),
        cheapest: format!(
            "{}/month",
            money((cheapest_monthly * 100.0).round() / 100.0, &currency)
        ),
        cheapest_name: cheapest.name.clone(),
        lowest: comparable.iter().all(|(_, m)| our_monthly < *m),
        highest: comparable.iter().all(|(_, m)| our_monthly > *m),
    })
}

fn strengths(us: &Positioning, competitors: &[&Positioning]) -> Vec<String> {
    let mut out = Vec::new();
    let n = competitors.len();
    let theirs: Vec<(String, String)> = competitors.iter().flat_map(|c| company_terms(c)).collect();
    let unique: Vec<String> = company_terms(us)
        .into_iter()
        .filter(|(k, _)| !theirs.iter().any(|(t, _)| t == k))
        .map(|(_, d)| d)
        .take(5)
        .collect();
    if !unique.is_empty() && n > 0 {
        out.push(format!(
            "{} covers topics no competitor addresses: {}.",
            us.name,
            quoted_list(&unique)
        ));
    }
    if let Some(standing) = price_standing(us, competitors)
        && standing.lowest
    {
        out.push(format!(
            "{} has the lowest entry price ({}, against {} at {}, the cheapest competitor).",
            us.name, standing.ours, standing.cheapest, standing.cheapest_name
        ));
    }
    let without_free = competitors.iter().filter(|c| !free_tier(c)).count();
    if free_tier(us) && without_free > 0 {
        let who = if without_free == n {
            "no competitor does".to_string()
        } else {
            format!("{without_free} of {n} competitors do not")
        };
        out.push(format!("{} offers a free plan, which {who}.", us.name));
    }
    for offer in Offer::ALL {
        if offers(us, offer) && n > 0 && competitors.iter().all(|c| !offers(c, offer)) {
            out.push(format!(
                "Only {} invites visitors to {}.",
                us.name,
                offer_verb(offer)
            ));
        }
    }
    let words = distinctive_words(us, competitors);
    if !words.is_empty() && n > 0 {
        out.push(format!(
            "{}'s positioning stresses {}, which no competitor's messaging mentions.",
            us.name,
            join_names(&words)
        ));
    }
    out
}

fn offer_verb(offer: Offer) -> &'static str {
    match offer {
        Offer::FreeTrial => "start a free trial",
        Offer::Demo => "book a demo",
        Offer::ContactSales => "talk to sales",
    }
}

fn opportunities(
    us: &Positioning,
    competitors: &[&Positioning],
    gap_list: &[(String, usize)],
) -> Vec<String> {
    let mut out = Vec::new();
    let n = competitors.len();
    if n == 0 {
        return out;
    }
    for (term, count) in gap_list.iter().take(MAX_GAP_SENTENCES) {
        out.push(format!(
            "Cover \"{term}\": {count} of {n} competitors address it and {} does not.",
            us.name
        ));
    }
    for offer in [Offer::FreeTrial, Offer::Demo] {
        let with = competitors.iter().filter(|c| offers(c, offer)).count();
        if offers(us, offer) {
            continue;
        }
        if with == 0 {
            out.push(format!(
                "No competitor offers {}: offering one would set {} apart.",
                offer.label(),
                us.name
            ));
        } else if with * 2 > n {
            out.push(format!(
                "{with} of {n} competitors offer {} and {} does not.",
                offer.label(),
                us.name
            ));
        }
    }
    let with_free = competitors.iter().filter(|c| free_tier(c)).count();
    if !free_tier(us) {
        if with_free == 0 {
            out.push(format!(
                "No competitor has a free plan: one would let {} win price-sensitive buyers.",
                us.name
            ));
        } else if with_free * 2 > n {
            out.push(format!(
                "{with_free} of {n} competitors offer a free plan and {} does not.",
                us.name
            ));
        }
    }
    let publishing = competitors
        .iter()
        .filter(|c| c.plans.iter().any(|p| p.price.is_some()))
        .count();
    if !us.plans.iter().any(|p| p.price.is_some()) && publishing > 0 {
        out.push(format!(
            "{publishing} of {n} competitors publish their prices and {} does not: a public pricing page answers buyers' first question.",
            us.name
        ));
    }
    if let Some(standing) = price_standing(us, competitors)
        && standing.highest
    {
        out.push(format!(
            "{}'s entry price ({}) is above every competitor's (lowest: {} at {}): an entry plan or a clearly argued premium would help.",
            us.name, standing.ours, standing.cheapest, standing.cheapest_name
        ));
    }
    out
}

/// Builds the report. Exactly one company must be marked `is_us`; the others are the competitors, in order.
pub fn analyse(companies: &[Positioning]) -> Result<AnalysisReport, AnalysisError> {
    if companies.iter().any(|c| c.name.trim().is_empty()) {
        return Err(AnalysisError::EmptyName);
    }
    let ours: Vec<&Positioning> = companies.iter().filter(|c| c.is_us).collect();
    let us = match ours.as_slice() {
        [] => return Err(AnalysisError::MissingUs),
        [one] => *one,
        many => return Err(AnalysisError::SeveralUs(many.len())),
    };
    let competitors: Vec<&Positioning> = companies.iter().filter(|c| !c.is_us).collect();
    let gap_list = gaps(us, &competitors);
    Ok(AnalysisReport {
        side_by_side: std::iter::once(us)
            .chain(competitors.iter().copied())
            .map(row)
            .collect(),
        keyword_overlap: competitors.iter().map(|c| overlap(us, c)).collect(),
        gaps: gap_list.iter().map(|(t, _)| t.clone()).collect(),
        strengths: strengths(us, &competitors),
        opportunities: opportunities(us, &competitors, &gap_list),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(name: &str, amount: Option<f64>, period: Option<BillingPeriod>) -> Plan {
        Plan {
            name: name.to_string(),
            price: amount.map(|a| Price {
                amount: a,
                currency: "USD".into(),
                text: format!("${a}"),
            }),
            period,
            custom_pricing: amount.is_none(),
            features: vec![],
        }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn us() -> Positioning {
        Positioning {
            name: "Brandium".into(),
            is_us: true,
            headlines: strings(&["Your marketing team, self-hosted"]),
            value_propositions: strings(&["Own your data", "Plan and publish every campaign"]),
            calls_to_action: strings(&["Start free trial", "Book a demo"]),
            plans: vec![
                plan("Free", Some(0.0), None),
                plan("Team", Some(19.0), Some(BillingPeriod::Month)),
                plan("Business", Some(588.0), Some(BillingPeriod::Year)),
            ],
            keywords: strings(&[
                "marketing automation",
                "self-hosted marketing",
                "social scheduling",
                "brand kit",
            ]),
            topics: strings(&["privacy"]),
            positioning: Some("Self-hosted marketing with sovereignty over customer data".into()),
            ..Positioning::default()
        }
    }

    fn acme() -> Positioning {
        Positioning {
            name: "Acme".into(),
            headlines: strings(&["Marketing on autopilot"]),
            calls_to_action: strings(&["Book a demo", "Contact sales"]),
            plans: vec![
                plan("Pro", Some(49.0), Some(BillingPeriod::Month)),
                plan("Enterprise", None, None),
            ],
            keywords: strings(&["Marketing automation", "SEO audits", "email marketing"]),
            topics: strings(&["AI copywriting"]),
            ..Positioning::default()
        }
    }

    fn globex() -> Positioning {
        Positioning {
            name: "Globex".into(),
            headlines: strings(&["Grow with Globex"]),
            calls_to_action: strings(&["Get started"]),
            plans: vec![
                plan("Starter", Some(29.0), Some(BillingPeriod::Month)),
                plan("Growth", Some(99.0), Some(BillingPeriod::Month)),
            ],
            keywords: strings(&["seo audit", "social scheduling", "Email marketing"]),
            topics: strings(&["ai copywriting", "landing pages"]),
            ..Positioning::default()
        }
    }

    fn report() -> AnalysisReport {
        analyse(&[acme(), us(), globex()]).expect("one company is us")
    }

    #[test]
    fn side_by_side_rows() {
        let r = report();
        let names: Vec<&str> = r.side_by_side.iter().map(|row| row.name.as_str()).collect();
        assert_eq!(names, vec!["Brandium", "Acme", "Globex"]);
        let ours = &r.side_by_side[0];
        assert_eq!(ours.entry_price_label.as_deref(), Some("$19/month"));
        assert_eq!(ours.price_range.as_deref(), Some("Free – $49/month"));
        assert_eq!(ours.plan_count, 3);
        assert!(ours.free_tier);
        assert!(ours.free_trial);
        let acme = &r.side_by_side[1];
        assert_eq!(acme.entry_price_label.as_deref(), Some("$49/month"));
        assert_eq!(acme.price_range.as_deref(), Some("$49/month"));
        assert!(!acme.free_tier && !acme.free_trial);
        assert_eq!(
            r.side_by_side[2].price_range.as_deref(),
            Some("$29 – $99/month")
        );
    }

    #[test]
    fn keyword_overlap_folds_case_and_plurals() {
        let r = report();
        let acme = &r.keyword_overlap[0];
        assert_eq!(acme.competitor, "Acme");
        assert_eq!(acme.shared, vec!["marketing automation"]);
        assert_eq!(
            acme.only_us,
            vec!["self-hosted marketing", "social scheduling", "brand kit"]
        );
        assert_eq!(acme.only_them, vec!["SEO audits", "email marketing"]);
        assert_eq!(acme.jaccard, round3(1.0 / 6.0));
        let globex = &r.keyword_overlap[1];
        assert_eq!(globex.shared, vec!["social scheduling"]);
    }

    #[test]
    fn gaps_need_two_competitors() {
        let r = report();
        assert_eq!(
            r.gaps,
            vec!["SEO audits", "email marketing", "AI copywriting"]
        );
        assert!(
            !r.gaps.iter().any(|g| g == "landing pages"),
            "only one competitor covers it"
        );
    }

    #[test]
    fn strengths_are_readable_sentences() {
        let r = report();
        assert_eq!(
            r.strengths,
            vec![
                "Brandium covers topics no competitor addresses: \"self-hosted marketing\", \"brand kit\" and \"privacy\".",
                "Brandium has the lowest entry price ($19/month, against $29/month at Globex, the cheapest competitor).",
                "Brandium offers a free plan, which no competitor does.",
                "Only Brandium invites visitors to start a free trial.",
                "Brandium's positioning stresses self-hosted and sovereignty, which no competitor's messaging mentions.",
            ]
        );
    }

    #[test]
    fn opportunities_from_gaps_offers_and_prices() {
        let r = report();
        assert_eq!(
            r.opportunities,
            vec![
                "Cover \"SEO audits\": 2 of 2 competitors address it and Brandium does not.",
                "Cover \"email marketing\": 2 of 2 competitors address it and Brandium does not.",
                "Cover \"AI copywriting\": 2 of 2 competitors address it and Brandium does not.",
            ]
        );
        // Without a trial, a free plan or published prices, the same market reads differently.
        let mut bare = us();
        bare.calls_to_action = strings(&["Contact us"]);
        bare.plans = vec![];
        let r = analyse(&[bare, acme(), globex()]).expect("valid");
        assert!(
            r.opportunities.contains(
                &"No competitor offers a free trial: offering one would set Brandium apart."
                    .to_string()
            )
        );
        assert!(r.opportunities.contains(&"No competitor has a free plan: one would let Brandium win price-sensitive buyers.".to_string()));
        assert!(
            r.opportunities
                .iter()
                .any(|o| o.starts_with("2 of 2 competitors publish their prices"))
        );
    }

    #[test]
    fn expensive_entry_price_is_an_opportunity() {
        let mut dear = us();
        dear.plans = vec![plan("Team", Some(79.0), Some(BillingPeriod::Month))];
        let r = analyse(&[dear, acme(), globex()]).expect("valid");
        assert!(r.opportunities.iter().any(|o| o.starts_with("Brandium's entry price ($79/month) is above every competitor's (lowest: $29/month at Globex)")));
        assert!(!r.strengths.iter().any(|s| s.contains("lowest entry price")));
    }

    #[test]
    fn deterministic_and_validated() {
        assert_eq!(report(), report());
        assert_eq!(analyse(&[acme(), globex()]), Err(AnalysisError::MissingUs));
        assert_eq!(analyse(&[us(), us()]), Err(AnalysisError::SeveralUs(2)));
        let mut nameless = acme();
        nameless.name = " ".into();
        assert_eq!(analyse(&[us(), nameless]), Err(AnalysisError::EmptyName));
    }

    #[test]
    fn positioning_from_snapshots_merges_pages() {
        let home = crate::snapshot::snapshot(
            "https://acme.com/",
            "<h1>Ship faster</h1><a class='btn' href='/s'>Start free trial</a>",
            &[("server".into(), "nginx".into())],
        );
        let pricing = crate::snapshot::snapshot(
            "https://acme.com/pricing",
            r#"<h1>Pricing</h1><a class='btn' href='/s'>Start free trial</a>
            <div><h3>Basic</h3><p>$10/mo</p><ul><li>1 user</li></ul></div><div><h3>Plus</h3><p>$20/mo</p><ul><li>5 users</li></ul></div>"#,
            &[],
        );
        let p = Positioning::from_snapshots("Acme", false, &[home, pricing]);
        assert_eq!(p.headlines, vec!["Ship faster", "Pricing"]);
        assert_eq!(p.calls_to_action, vec!["Start free trial"]);
        assert_eq!(p.plans.len(), 2);
        assert_eq!(p.technologies.len(), 1);
    }
}
