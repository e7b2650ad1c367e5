//! Price mentions: "$29/mo", "€290 per year", "29,90 €", "Free", "Contact us".

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An amount of money as written on a page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Price {
    /// The amount, with thousands separators removed and the decimal separator understood.
    pub amount: f64,
    /// ISO 4217 code ("USD", "EUR", "GBP"...); empty when the page does not say (a lone "Free").
    pub currency: String,
    /// The text the price was read from, whitespace-collapsed.
    pub text: String,
}

/// How often a price is charged.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BillingPeriod {
    Month,
    Year,
    OneTime,
}

/// What a pricing card says about its price.
#[derive(Clone, Debug, PartialEq)]
pub enum PriceQuote {
    Amount {
        price: Price,
        period: Option<BillingPeriod>,
    },
    Free,
    /// "Contact us", "Custom", "Let's talk": the price is negotiated.
    Custom,
}

const AMOUNT: &str = r"\d{1,3}(?:[,.\x{a0}\x{202f} ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?";
const PREFIX: &str = r"US\$|CA\$|C\$|AU\$|A\$|NZ\$|R\$|\$|€|£|¥|₹|₩|\b(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|INR|SEK|NOK|DKK|PLN|BRL)\b";
const SUFFIX: &str = r"€|£|\$|zł|\b(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|INR|SEK|NOK|DKK|PLN|BRL)\b";

static PRICE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?:(?P<cur1>{PREFIX})\s?(?P<amt1>{AMOUNT}))|(?:\b(?P<amt2>{AMOUNT})\s?(?P<cur2>{SUFFIX}))"
    );
    Regex::new(&pattern).unwrap_or_else(|e| panic!("price pattern: {e}"))
});

static FREE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:free|free forever|gratuit|kostenlos|gratis|\$0|€0|£0|0\s?€)\W*(?:forever|pour toujours|für immer)?\W*$")
        .unwrap_or_else(|e| panic!("free pattern: {e}"))
});

static CUSTOM_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:contact us|contact sales|custom(?: pricing| price| quote)?|let'?s talk|talk to (?:us|sales)|get a quote|request a quote|on request|sur devis|nous contacter|auf anfrage|individuell)\b",
    )
    .unwrap_or_else(|e| panic!("custom pattern: {e}"))
});

fn currency_code(symbol: &str) -> &'static str {
    match symbol {
        "$" | "US$" | "USD" => "USD",
        "€" | "EUR" => "EUR",
        "£" | "GBP" => "GBP",
        "C$" | "CA$" | "CAD" => "CAD",
        "A$" | "AU$" | "AUD" => "AUD",
        "NZ$" | "NZD" => "NZD",
        "R$" | "BRL" => "BRL",
        "¥" | "JPY" => "JPY",
        "₹" | "INR" => "INR",
        "₩" => "KRW",
        "zł" | "PLN" => "PLN",
        "CHF" => "CHF",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        _ => "",
    }
}

/// Reads "1,299.00", "1.299,00", "29,90", "1 299" and "29" as numbers: the last separator followed by one or two
/// digits is the decimal point; any other separator groups thousands.
pub(crate) fn parse_amount(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let decimal_at = cleaned.rfind(['.', ',']).filter(|&i| {
        let tail = cleaned.len() - i - 1;
        tail == 1 || tail == 2
    });
    let mut number = String::with_capacity(cleaned.len());
    for (i, c) in cleaned.char_indices() {
        if c.is_ascii_digit() {
            number.push(c);
        } else if Some(i) == decimal_at {
            number.push('.');
        }
    }
    number.parse().ok()
}

/// The billing period stated right after a price: "/mo", "per user per month", "par an", "billed yearly".
fn period_after(following: &str) -> Option<BillingPeriod> {
    static PERIOD_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?P<m>/\s*mo\b|/\s*mth\b|months?\b|monthly|mensuel\w*|mois\b|monat\w*|monthly)|(?P<y>/\s*yr\b|/\s*an\b|years?\b|yearly|annually|annual|annum|par an\b|année|jahr\w*|jährlich)|(?P<o>one[- ]time|lifetime|once\b|einmalig|paiement unique)",
        )
        .unwrap_or_else(|e| panic!("period pattern: {e}"))
    });
    // Only the words right after the amount describe it; further text belongs to the next sentence or card part.
    let window: String = following
        .chars()
        .take(32)
        .take_while(|c| *c != '\n')
        .collect();
    let caps = PERIOD_RE.captures(&window)?;
    if caps.name("m").is_some() {
        Some(BillingPeriod::Month)
    } else if caps.name("y").is_some() {
        Some(BillingPeriod::Year)
    } else {
        Some(BillingPeriod::OneTime)
    }
}

/// Every price mentioned in `text`, in order, each with the period written right after it.
pub fn find_prices(text: &str) -> Vec<(Price, Option<BillingPeriod>)> {
    PRICE_RE
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let (cur, amt) = match (caps.name("cur1"), caps.name("amt1")) {
                (Some(c), Some(a)) => (c.as_str(), a.as_str()),
                _ => (caps.name("cur2")?.as_str(), caps.name("amt2")?.as_str()),
            };
            let amount = parse_amount(amt)?;
            let period = period_after(&text[whole.end()..]);
            Some((
                Price {
                    amount,
                    currency: currency_code(cur).to_string(),
                    text: crate::dom::collapse_ws(whole.as_str()),
                },
                period,
            ))
        })
        .collect()
}

/// The first price quote in a short text: an amount, "Free", or a negotiated price ("Contact us").
pub fn parse_price(text: &str) -> Option<PriceQuote> {
    if let Some((price, period)) = find_prices(text).into_iter().next() {
        return Some(PriceQuote::Amount { price, period });
    }
    if FREE_RE.is_match(text) {
        return Some(PriceQuote::Free);
    }
    if CUSTOM_RE.is_match(text) {
        return Some(PriceQuote::Custom);
    }
    None
}

/// True for texts that are a lone "Free" price (not "free trial").
pub(crate) fn is_free_text(text: &str) -> bool {
    FREE_RE.is_match(text)
}

/// True for texts that announce a negotiated price.
pub(crate) fn is_custom_text(text: &str) -> bool {
    CUSTOM_RE.is_match(text)
}

impl Price {
    /// A zero price, for plans marked "Free", in the currency the rest of the page uses (may be empty).
    pub fn free(currency: &str) -> Price {
        Price {
            amount: 0.0,
            currency: currency.to_string(),
            text: "Free".to_string(),
        }
    }

    /// "$29", "€29.90", "29 CHF", "Free".
    pub fn display_amount(&self) -> String {
        if self.amount == 0.0 {
            return "Free".to_string();
        }
        let number = if self.amount.fract() == 0.0 {
            format!("{:.0}", self.amount)
        } else {
            format!("{:.2}", self.amount)
        };
        match self.currency.as_str() {
            "USD" => format!("${number}"),
            "EUR" => format!("€{number}"),
            "GBP" => format!("£{number}"),
            "JPY" => format!("¥{number}"),
            "INR" => format!("₹{number}"),
            "" => number,
            code => format!("{number} {code}"),
        }
    }

    /// "$29/month", "€290/year", "$99 one-time", "Free".
    pub fn display_with(&self, period: Option<BillingPeriod>) -> String {
        let amount = self.display_amount();
        if self.amount == 0.0 {
            return amount;
        }
        match period {
            Some(BillingPeriod::Month) => format!("{amount}/month"),
            Some(BillingPeriod::Year) => format!("{amount}/year"),
            Some(BillingPeriod::OneTime) => format!("{amount} one-time"),
            None => amount,
        }
    }

    /// The amount per month, for comparing plans: yearly prices are divided by twelve; one-time prices are not
    /// comparable and give `None`; a price without a period is taken as monthly, as pricing pages usually are.
    pub fn monthly_amount(&self, period: Option<BillingPeriod>) -> Option<f64> {
        match period {
            Some(BillingPeriod::Year) => Some(self.amount / 12.0),
            Some(BillingPeriod::OneTime) => None,
            _ => Some(self.amount),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> (f64, String, Option<BillingPeriod>) {
        match parse_price(text) {
            Some(PriceQuote::Amount { price, period }) => (price.amount, price.currency, period),
            other => panic!("expected an amount in {text:?}, got {other:?}"),
        }
    }

    #[test]
    fn parses_symbol_and_code_forms() {
        assert_eq!(
            first("$29/mo"),
            (29.0, "USD".into(), Some(BillingPeriod::Month))
        );
        assert_eq!(
            first("€290 per year"),
            (290.0, "EUR".into(), Some(BillingPeriod::Year))
        );
        assert_eq!(first("29 €"), (29.0, "EUR".into(), None));
        assert_eq!(
            first("29,90 € / mois"),
            (29.9, "EUR".into(), Some(BillingPeriod::Month))
        );
        assert_eq!(
            first("£1,299.50 one-time"),
            (1299.5, "GBP".into(), Some(BillingPeriod::OneTime))
        );
        assert_eq!(
            first("1.299,00 EUR jährlich"),
            (1299.0, "EUR".into(), Some(BillingPeriod::Year))
        );
        assert_eq!(
            first("CHF 49 per user per month"),
            (49.0, "CHF".into(), Some(BillingPeriod::Month))
        );
        assert_eq!(
            first("Only US$12 / user / month"),
            (12.0, "USD".into(), Some(BillingPeriod::Month))
        );
    }

    #[test]
    fn free_and_custom() {
        assert_eq!(parse_price("Free"), Some(PriceQuote::Free));
        assert_eq!(parse_price("  Free forever "), Some(PriceQuote::Free));
        assert_eq!(parse_price("Contact us"), Some(PriceQuote::Custom));
        assert_eq!(parse_price("Custom pricing"), Some(PriceQuote::Custom));
        assert_eq!(parse_price("Start your free trial"), None);
        assert_eq!(parse_price("Save 20% with 3 users"), None);
    }

    #[test]
    fn finds_all_mentions() {
        let found = find_prices("Starter $9/mo, Pro $29/mo or $290/yr");
        let amounts: Vec<f64> = found.iter().map(|(p, _)| p.amount).collect();
        assert_eq!(amounts, vec![9.0, 29.0, 290.0]);
        assert_eq!(found[2].1, Some(BillingPeriod::Year));
    }

    #[test]
    fn displays_and_compares() {
        let p = Price {
            amount: 29.0,
            currency: "USD".into(),
            text: "$29".into(),
        };
        assert_eq!(p.display_with(Some(BillingPeriod::Month)), "$29/month");
        let y = Price {
            amount: 290.5,
            currency: "CHF".into(),
            text: "CHF 290.50".into(),
        };
        assert_eq!(y.display_with(Some(BillingPeriod::Year)), "290.50 CHF/year");
        assert_eq!(
            y.monthly_amount(Some(BillingPeriod::Year)),
            Some(290.5 / 12.0)
        );
        assert_eq!(
            Price::free("USD").display_with(Some(BillingPeriod::Month)),
            "Free"
        );
    }

    #[test]
    fn amounts_with_separators() {
        assert_eq!(parse_amount("1,299"), Some(1299.0));
        assert_eq!(parse_amount("1.299"), Some(1299.0));
        assert_eq!(parse_amount("12.5"), Some(12.5));
        assert_eq!(parse_amount("1 299"), Some(1299.0));
    }
}
