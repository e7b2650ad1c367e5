//! Pricing plans read from pricing cards or a pricing comparison table.

use scraper::{ElementRef, Html};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::dom::{class_and_id, collapse_ws, inside, sel, text_of, visible_lines};
use crate::price::{BillingPeriod, Price, PriceQuote, find_prices, is_custom_text, is_free_text};

/// One plan offered on a pricing page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Plan {
    pub name: String,
    /// `None` when the price is not published (see `custom_pricing`) or could not be read.
    pub price: Option<Price>,
    pub period: Option<BillingPeriod>,
    /// "Contact us", "Custom", "Let's talk": the price is negotiated with sales.
    #[serde(default)]
    pub custom_pricing: bool,
    pub features: Vec<String>,
}

impl Plan {
    /// True for a plan that costs nothing.
    pub fn is_free(&self) -> bool {
        self.price.as_ref().is_some_and(|p| p.amount == 0.0)
    }

    /// "$29/month", "Free", "Custom" or "" when unknown.
    pub fn price_label(&self) -> String {
        match (&self.price, self.custom_pricing) {
            (Some(p), _) => p.display_with(self.period),
            (None, true) => "Custom".to_string(),
            (None, false) => String::new(),
        }
    }
}

const MAX_PLANS: usize = 12;
/// Struck-through prices are the old ones ("<del>$39</del> $29"): they are not read as the plan's price.
const STRUCK: &[&str] = &["del", "s", "strike"];
const MAX_FEATURES: usize = 40;

/// Plans found on the page: pricing cards first, a comparison table otherwise. Fewer than two candidates is not a
/// pricing grid (a lone price in a hero, a FAQ answer), so the result is then empty.
pub(crate) fn detect_plans(doc: &Html) -> Vec<Plan> {
    let mut plans = from_cards(doc);
    if plans.len() < 2 {
        plans = from_tables(doc);
    }
    if plans.len() < 2 {
        return Vec::new();
    }
    plans.truncate(MAX_PLANS);
    // A "Free" card rarely names a currency: give it the one the paid plans use.
    let currency = plans
        .iter()
        .filter_map(|p| p.price.as_ref())
        .map(|p| p.currency.clone())
        .find(|c| !c.is_empty());
    if let Some(currency) = currency {
        for plan in &mut plans {
            if let Some(price) = plan.price.as_mut()
                && price.currency.is_empty()
            {
                price.currency = currency.clone();
            }
        }
    }
    plans
}

/// Reads the price of a card or cell from its lines of text: the first amount, else a lone "Free", else a
/// negotiated price. A missing period is taken from billing words elsewhere in the card ("billed annually").
fn quote_of_lines(lines: &[String]) -> Option<PriceQuote> {
    for line in lines {
        if let Some((price, period)) = find_prices(line).into_iter().next() {
            let period = period.or_else(|| period_from_words(&lines.join(" ")));
            return Some(PriceQuote::Amount { price, period });
        }
    }
    if lines.iter().any(|l| is_free_text(l)) {
        return Some(PriceQuote::Free);
    }
    if lines
        .iter()
        .any(|l| l.chars().count() <= 40 && is_custom_text(l))
    {
        return Some(PriceQuote::Custom);
    }
    None
}

fn period_from_words(text: &str) -> Option<BillingPeriod> {
    let lower = text.to_lowercase();
    if [
        "per month",
        "/month",
        "/mo",
        "monthly",
        "par mois",
        "/mois",
        "pro monat",
        "monatlich",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        Some(BillingPeriod::Month)
    } else if [
        "per year",
        "/year",
        "/yr",
        "billed annually",
        "billed yearly",
        "par an",
        "pro jahr",
        "jährlich",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        Some(BillingPeriod::Year)
    } else {
        None
    }
}

fn plan_from_quote(name: String, quote: PriceQuote, features: Vec<String>) -> Plan {
    match quote {
        PriceQuote::Amount { price, period } => Plan {
            name,
            price: Some(price),
            period,
            custom_pricing: false,
            features,
        },
        PriceQuote::Free => Plan {
            name,
            price: Some(Price::free("")),
            period: None,
            custom_pricing: false,
            features,
        },
        PriceQuote::Custom => Plan {
            name,
            price: None,
            period: None,
            custom_pricing: true,
            features,
        },
    }
}

fn is_plan_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=5).contains(&words) && text.chars().count() <= 40 && !text.ends_with('?')
}

/// Cards: for each short heading, the nearest ancestor that holds a price and no other heading of the same level
/// is the card. Cards need a list of features or a button, which tells them from FAQ answers quoting a price.
fn from_cards(doc: &Html) -> Vec<Plan> {
    let headings = sel(
        "h2, h3, h4, h5, [class*=plan-name], [class*=tier-name], [class*=plan-title], [class*=plan__name]",
    );
    let features_sel = sel("li");
    let action_sel = sel("a, button");
    let mut seen = Vec::new();
    let mut plans = Vec::new();
    for heading in doc.select(&headings) {
        let name = text_of(heading);
        if !is_plan_name(&name) || inside(heading, &["nav", "footer"]) {
            continue;
        }
        // Counted by tag name rather than through a selector: a tag name from the page is not a safe selector.
        let level = heading.value().name();
        for (depth, ancestor) in heading.ancestors().filter_map(ElementRef::wrap).enumerate() {
            if depth >= 6 || matches!(ancestor.value().name(), "body" | "html" | "main") {
                break;
            }
            if ancestor
                .descendent_elements()
                .filter(|e| e.value().name() == level)
                .count()
                > 1
            {
                break;
            }
            let lines = visible_lines(ancestor, STRUCK);
            let Some(quote) = quote_of_lines(&lines) else {
                continue;
            };
            let has_list = ancestor.select(&features_sel).next().is_some();
            let has_action = ancestor.select(&action_sel).next().is_some();
            if !(has_list || has_action) {
                break;
            }
            if seen.contains(&ancestor.id()) {
                break;
            }
            seen.push(ancestor.id());
            let features: Vec<String> = ancestor
                .select(&features_sel)
                .map(text_of)
                .filter(|t| !t.is_empty() && t.chars().count() <= 160)
                .take(MAX_FEATURES)
                .collect();
            plans.push(plan_from_quote(name.clone(), quote, features));
            break;
        }
    }
    plans
}

/// Text of a table cell; check marks drawn as images or icons speak through alt, aria-label or title.
fn cell_text(cell: ElementRef<'_>) -> String {
    let text = text_of(cell);
    if !text.is_empty() {
        return text;
    }
    let labelled = sel("[alt], [aria-label], [title]");
    if let Some(label) = cell
        .select(&labelled)
        .filter_map(|e| e.attr("alt").or(e.attr("aria-label")).or(e.attr("title")))
        .map(collapse_ws)
        .find(|t| !t.is_empty())
    {
        return label;
    }
    let classes = class_and_id(cell);
    if ["yes", "check", "included", "available"]
        .iter()
        .any(|w| classes.contains(w))
    {
        "yes".to_string()
    } else {
        text
    }
}

enum Cell {
    Yes,
    No,
    Value(String),
}

fn judge(cell: &str) -> Cell {
    let lower = cell.trim().to_lowercase();
    const YES: &[&str] = &[
        "✓",
        "✔",
        "✅",
        "☑",
        "yes",
        "oui",
        "ja",
        "included",
        "inclus",
        "inklusive",
        "check",
        "checkmark",
        "available",
    ];
    const NO: &[&str] = &[
        "",
        "-",
        "–",
        "—",
        "✗",
        "✘",
        "❌",
        "×",
        "no",
        "non",
        "nein",
        "not included",
        "unavailable",
        "x",
    ];
    if YES.contains(&lower.as_str()) {
        Cell::Yes
    } else if NO.contains(&lower.as_str()) {
        Cell::No
    } else {
        Cell::Value(cell.trim().to_string())
    }
}

/// A comparison table: plan names across the first row, a row of prices (or prices in the header cells), and one
/// feature per further row.
fn from_tables(doc: &Html) -> Vec<Plan> {
    let row_sel = sel("tr");
    let cell_sel = sel("th, td");
    for table in doc.select(&sel("table")) {
        let rows: Vec<Vec<ElementRef<'_>>> = table
            .select(&row_sel)
            .map(|r| r.select(&cell_sel).collect::<Vec<_>>())
            .filter(|r| !r.is_empty())
            .collect();
        if rows.len() < 2 || rows[0].len() < 3 {
            continue;
        }
        let header = &rows[0];
        let columns = header.len();
        let names: Vec<String> = header
            .iter()
            .map(|c| {
                visible_lines(*c, &[])
                    .into_iter()
                    .next()
                    .unwrap_or_default()
            })
            .collect();
        let quote_row = rows.iter().enumerate().skip(1).find(|(_, row)| {
            let priced = row
                .iter()
                .skip(1)
                .filter(|c| quote_of_lines(&visible_lines(**c, STRUCK)).is_some())
                .count();
            priced * 2 >= columns - 1 && priced > 0
        });
        let mut plans = Vec::new();
        for col in 1..columns {
            let name = names[col].clone();
            if name.is_empty() {
                continue;
            }
            let quote = quote_row
                .and_then(|(_, row)| row.get(col))
                .and_then(|c| quote_of_lines(&visible_lines(*c, STRUCK)))
                .or_else(|| {
                    quote_of_lines(
                        &visible_lines(header[col], &[])
                            .into_iter()
                            .skip(1)
                            .collect::<Vec<_>>(),
                    )
                });
            let Some(quote) = quote else { continue };
            let features: Vec<String> = rows
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(i, _)| Some(*i) != quote_row.map(|(q, _)| q))
                .filter_map(|(_, row)| {
                    let label = row.first().map(|c| text_of(*c)).unwrap_or_default();
                    let value = row.get(col).map(|c| cell_text(*c)).unwrap_or_default();
                    if label.is_empty() {
                        return None;
                    }
                    match judge(&value) {
                        Cell::Yes => Some(label),
                        Cell::No => None,
                        Cell::Value(v) => Some(format!("{label}: {v}")),
                    }
                })
                .take(MAX_FEATURES)
                .collect();
            plans.push(plan_from_quote(name, quote, features));
        }
        if plans.len() >= 2 {
            return plans;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_with_free_paid_and_custom() {
        let html = r#"<section class="pricing">
          <div class="card"><h3>Free</h3><p>For individuals</p><ul><li>1 project</li></ul><a class="btn">Sign up</a></div>
          <div class="card"><h3>Pro</h3><p class="price">$29<span>/mo</span></p><ul><li>Unlimited projects</li><li>Priority support</li></ul><a class="btn">Start trial</a></div>
          <div class="card"><h3>Enterprise</h3><p>Contact us</p><ul><li>SSO</li></ul><a class="btn">Contact sales</a></div>
        </section>
        <section class="faq"><div><h3>Is there a discount?</h3><p>Yes, $10 off.</p></div></section>"#;
        let plans = detect_plans(&Html::parse_document(html));
        assert_eq!(plans.len(), 3, "{plans:#?}");
        assert_eq!(plans[0].name, "Free");
        assert!(plans[0].is_free());
        assert_eq!(
            plans[0].price.as_ref().map(|p| p.currency.as_str()),
            Some("USD")
        );
        assert_eq!(plans[1].price_label(), "$29/month");
        assert_eq!(
            plans[1].features,
            vec!["Unlimited projects", "Priority support"]
        );
        assert!(plans[2].custom_pricing);
        assert_eq!(plans[2].price_label(), "Custom");
    }

    #[test]
    fn comparison_table() {
        let html = r#"<table>
          <tr><th></th><th>Basic</th><th>Team</th></tr>
          <tr><td>Price</td><td>€9 / month</td><td>€19 / month</td></tr>
          <tr><td>Users</td><td>1</td><td>10</td></tr>
          <tr><td>API access</td><td>—</td><td>✓</td></tr>
        </table>"#;
        let plans = detect_plans(&Html::parse_document(html));
        assert_eq!(plans.len(), 2);
        assert_eq!(plans[0].price_label(), "€9/month");
        assert_eq!(plans[0].features, vec!["Users: 1"]);
        assert_eq!(plans[1].features, vec!["Users: 10", "API access"]);
    }

    #[test]
    fn struck_through_price_is_ignored() {
        let html = r#"<div class="pricing">
          <div><h3>Solo</h3><p><del>$19</del> $12/mo</p><ul><li>1 seat</li></ul></div>
          <div><h3>Team</h3><p><s>$49</s> $39/mo</p><ul><li>5 seats</li></ul></div></div>"#;
        let plans = detect_plans(&Html::parse_document(html));
        let labels: Vec<String> = plans.iter().map(Plan::price_label).collect();
        assert_eq!(labels, vec!["$12/month", "$39/month"]);
    }

    #[test]
    fn a_lone_price_is_not_a_plan_grid() {
        let html =
            r#"<div class="hero"><h2>Plans from $9</h2><a class="btn">See pricing</a></div>"#;
        assert!(detect_plans(&Html::parse_document(html)).is_empty());
    }
}
