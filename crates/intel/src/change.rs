//! Change detection between two snapshots of the same page, with a significance score that ranks what a marketer
//! should look at first.
//!
//! # Weights
//!
//! Each changed field carries a weight in 0..=1 (see [`weights`]). The order is deliberate: a price is what a
//! competitor changes least often and what matters most to a buyer; then how the company presents itself
//! (headlines, then value propositions and calls to action); then how the site is built; then the body copy, in
//! proportion to how much of it changed; and last the footer.
//!
//! | change | kind | weight |
//! | --- | --- | --- |
//! | a plan's price, period or "contact us" status | `pricing` | 1.0 |
//! | a plan added or removed | `plans` | 0.9 |
//! | price mentions on a page without plans | `pricing` | 0.8 |
//! | headlines (h1, h2) | `headline` | 0.7 |
//! | a plan's feature list | `plans` | 0.55 |
//! | value propositions | `messaging` | 0.5 |
//! | calls to action | `call_to_action` | 0.45 |
//! | title or meta description | `messaging` | 0.4 |
//! | technologies | `technology` | 0.3 |
//! | body text | `content` | 0.06 + 0.23 × share of lines changed (so any body edit outranks the footer, a full rewrite stays below technology) |
//! | footer | `footer` | 0.05 |
//!
//! The significance of a change is the largest weight plus a tenth of the others, capped at 1: several changes
//! together matter a little more than the largest alone, but many small edits never outrank a price change.
//! Every field is compared after noise normalisation (see [`crate::noise`]), so dates, counters, tracking ids and
//! tokens never make a change.

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};
use utoipa::ToSchema;

use crate::dom::collapse_ws;
use crate::noise::{normalise, normalise_lines};
use crate::plans::Plan;
use crate::snapshot::PageSnapshot;

/// The weights of the table above.
pub mod weights {
    pub const PLAN_PRICE: f64 = 1.0;
    pub const PLANS_ADDED_OR_REMOVED: f64 = 0.9;
    pub const PRICE_MENTIONS: f64 = 0.8;
    pub const HEADLINES: f64 = 0.7;
    pub const PLAN_FEATURES: f64 = 0.55;
    pub const VALUE_PROPOSITIONS: f64 = 0.5;
    pub const CALLS_TO_ACTION: f64 = 0.45;
    pub const TITLE_AND_DESCRIPTION: f64 = 0.4;
    pub const TECHNOLOGIES: f64 = 0.3;
    pub const CONTENT_MIN: f64 = 0.06;
    /// Added to `CONTENT_MIN` in proportion to the share of lines changed.
    pub const CONTENT_SCALE: f64 = 0.23;
    pub const FOOTER: f64 = 0.05;
    /// Share of the other fields' weights added to the largest.
    pub const OTHERS: f64 = 0.1;
}

/// What kind of change a field (or a whole change, by its most significant field) is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Pricing,
    Plans,
    Headline,
    Messaging,
    CallToAction,
    Technology,
    Content,
    Footer,
}

/// One field that changed. For list fields `before` and `after` hold the whole list on each side; for `main_text`
/// they hold the deleted and the inserted lines (at most 20 each).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct FieldChange {
    /// "plans.Pro.price", "plans", "prices", "plans.Pro.features", "headlines", "title", "meta_description",
    /// "value_propositions", "calls_to_action", "technologies", "main_text", "footer_text".
    pub field: String,
    pub kind: ChangeKind,
    pub before: Vec<String>,
    pub after: Vec<String>,
    pub weight: f64,
}

/// How a line of the text diff relates the two snapshots.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DiffOp {
    Equal,
    Insert,
    Delete,
}

/// One line of the main-text diff.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct DiffLine {
    pub op: DiffOp,
    pub text: String,
}

/// A meaningful change between two snapshots of a page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Change {
    /// 0..=1; see the module documentation for the weights.
    pub significance: f64,
    /// The kind of the most significant field.
    pub kind: ChangeKind,
    /// One readable sentence, e.g. "Pro plan price changed from $29/month to $39/month".
    pub summary: String,
    /// Changed fields, most significant first.
    pub fields: Vec<FieldChange>,
    /// Line diff of the main text, limited to changed lines and two lines of context around them.
    pub diff: Vec<DiffLine>,
}

const DIFF_CONTEXT: usize = 2;
const MAX_DIFF_LINES: usize = 400;
const MAX_CHANGED_LINES: usize = 20;

/// The comparison key of a text: noise normalised, whitespace collapsed, case folded.
fn key(text: &str) -> String {
    normalise(&collapse_ws(text)).to_lowercase()
}

/// Items of `a` whose key is not among the keys of `b`, in order.
fn missing_from<'a>(a: &'a [String], b: &[String]) -> Vec<&'a str> {
    let keys: Vec<String> = b.iter().map(|s| key(s)).collect();
    a.iter()
        .filter(|s| !keys.contains(&key(s)))
        .map(String::as_str)
        .collect()
}

fn same_set(a: &[String], b: &[String]) -> bool {
    missing_from(a, b).is_empty() && missing_from(b, a).is_empty()
}

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn added_removed_sentence(what: &str, before: &[String], after: &[String]) -> String {
    let added = missing_from(after, before);
    let removed = missing_from(before, after);
    match (added.as_slice(), removed.as_slice()) {
        ([a], [r]) => format!("{what} changed from \"{r}\" to \"{a}\""),
        ([], removed) => format!("{what} removed: {}", quoted(removed)),
        (added, []) => format!("{what} added: {}", quoted(added)),
        (added, removed) => format!(
            "{what} changed: added {}; removed {}",
            quoted(added),
            quoted(removed)
        ),
    }
}

fn list_field(
    field: &str,
    kind: ChangeKind,
    before: &[String],
    after: &[String],
    weight: f64,
) -> Option<FieldChange> {
    if same_set(before, after) {
        return None;
    }
    Some(FieldChange {
        field: field.to_string(),
        kind,
        before: before.to_vec(),
        after: after.to_vec(),
        weight,
    })
}

fn plan_key(plan: &Plan) -> String {
    key(&plan.name)
}

/// What decides whether a plan's price changed: amount, currency, period, negotiated or not.
fn price_key(plan: &Plan) -> String {
    match &plan.price {
        Some(p) => format!(
            "{:.2} {} {:?}",
            p.amount,
            p.currency,
            if p.amount == 0.0 { None } else { plan.period }
        ),
        None => format!("none {}", plan.custom_pricing),
    }
}

fn plan_label(plan: &Plan) -> String {
    let label = plan.price_label();
    if label.is_empty() {
        "unpublished".to_string()
    } else {
        label
    }
}

fn plan_fields(before: &[Plan], after: &[Plan]) -> Vec<FieldChange> {
    let mut fields = Vec::new();
    let before_names: Vec<String> = before.iter().map(|p| p.name.clone()).collect();
    let after_names: Vec<String> = after.iter().map(|p| p.name.clone()).collect();
    for old in before {
        let Some(new) = after.iter().find(|n| plan_key(n) == plan_key(old)) else {
            continue;
        };
        if price_key(old) != price_key(new) {
            fields.push(FieldChange {
                field: format!("plans.{}.price", new.name),
                kind: ChangeKind::Pricing,
                before: vec![plan_label(old)],
                after: vec![plan_label(new)],
                weight: weights::PLAN_PRICE,
            });
        }
        if let Some(f) = list_field(
            &format!("plans.{}.features", new.name),
            ChangeKind::Plans,
            &old.features,
            &new.features,
            weights::PLAN_FEATURES,
        ) {
            fields.push(f);
        }
    }
    if let Some(f) = list_field(
        "plans",
        ChangeKind::Plans,
        &before_names,
        &after_names,
        weights::PLANS_ADDED_OR_REMOVED,
    ) {
        fields.push(f);
    }
    fields
}

/// Line diff of two normalised texts: the share of lines that changed, the changed lines, and the trimmed diff.
fn text_diff(before: &str, after: &str) -> (f64, Vec<String>, Vec<String>, Vec<DiffLine>) {
    let before = format!("{}\n", normalise_lines(before));
    let after = format!("{}\n", normalise_lines(after));
    let diff = TextDiff::from_lines(&before, &after);
    let share = 1.0 - f64::from(diff.ratio());
    let mut deleted = Vec::new();
    let mut inserted = Vec::new();
    let mut lines = Vec::new();
    for group in diff.grouped_ops(DIFF_CONTEXT) {
        for op in group {
            for change in diff.iter_changes(&op) {
                let text = change.value().trim_end_matches('\n').to_string();
                let op = match change.tag() {
                    ChangeTag::Equal => DiffOp::Equal,
                    ChangeTag::Insert => {
                        if inserted.len() < MAX_CHANGED_LINES {
                            inserted.push(text.clone());
                        }
                        DiffOp::Insert
                    }
                    ChangeTag::Delete => {
                        if deleted.len() < MAX_CHANGED_LINES {
                            deleted.push(text.clone());
                        }
                        DiffOp::Delete
                    }
                };
                if lines.len() < MAX_DIFF_LINES {
                    lines.push(DiffLine { op, text });
                }
            }
        }
    }
    (share, deleted, inserted, lines)
}

fn summary_of(field: &FieldChange) -> String {
    match field.field.as_str() {
        "plans" => added_removed_sentence("Plans", &field.before, &field.after)
            .replace("Plans changed from", "Plan")
            .replace("\" to \"", "\" replaced by \""),
        "prices" => format!(
            "Prices changed from {} to {}",
            field.before.join(", "),
            field.after.join(", ")
        ),
        "headlines" => added_removed_sentence("Headline", &field.before, &field.after),
        "title" => added_removed_sentence("Page title", &field.before, &field.after),
        "meta_description" => "Meta description changed".to_string(),
        "value_propositions" => {
            added_removed_sentence("Value proposition", &field.before, &field.after)
        }
        "calls_to_action" => added_removed_sentence("Call to action", &field.before, &field.after),
        "technologies" => {
            added_removed_sentence("Technology", &field.before, &field.after).replace('"', "")
        }
        "main_text" => {
            let pct = ((field.weight - weights::CONTENT_MIN) / weights::CONTENT_SCALE * 100.0)
                .round()
                .max(1.0);
            format!("About {pct:.0}% of the page text changed")
        }
        "footer_text" => "Footer text changed".to_string(),
        other => {
            let name = other.trim_start_matches("plans.");
            if let Some(plan) = name.strip_suffix(".price") {
                let plan = plan_name(plan);
                let before = field
                    .before
                    .first()
                    .map(String::as_str)
                    .unwrap_or("unpublished");
                let after = field
                    .after
                    .first()
                    .map(String::as_str)
                    .unwrap_or("unpublished");
                format!("{plan} price changed from {before} to {after}")
            } else if let Some(plan) = name.strip_suffix(".features") {
                added_removed_sentence(
                    &format!("{} feature", plan_name(plan)),
                    &field.before,
                    &field.after,
                )
            } else {
                format!("{other} changed")
            }
        }
    }
}

/// "Pro" reads as "Pro plan"; "Pro Plan" stays as it is.
fn plan_name(name: &str) -> String {
    if name.to_lowercase().ends_with("plan") {
        name.to_string()
    } else {
        format!("{name} plan")
    }
}

/// Compares two snapshots of the same page. `None` when nothing meaningful changed after noise normalisation.
pub fn compare(before: &PageSnapshot, after: &PageSnapshot) -> Option<Change> {
    let mut fields = plan_fields(&before.plans, &after.plans);
    // Price mentions only speak for themselves on pages without plans; with plans, the plan fields say it better.
    if fields.is_empty() {
        let b: Vec<String> = before.prices.iter().map(|p| p.display_amount()).collect();
        let a: Vec<String> = after.prices.iter().map(|p| p.display_amount()).collect();
        fields.extend(list_field(
            "prices",
            ChangeKind::Pricing,
            &b,
            &a,
            weights::PRICE_MENTIONS,
        ));
    }
    fields.extend(list_field(
        "headlines",
        ChangeKind::Headline,
        &before.headlines,
        &after.headlines,
        weights::HEADLINES,
    ));
    fields.extend(list_field(
        "value_propositions",
        ChangeKind::Messaging,
        &before.value_propositions,
        &after.value_propositions,
        weights::VALUE_PROPOSITIONS,
    ));
    fields.extend(list_field(
        "calls_to_action",
        ChangeKind::CallToAction,
        &before.calls_to_action,
        &after.calls_to_action,
        weights::CALLS_TO_ACTION,
    ));
    fields.extend(list_field(
        "title",
        ChangeKind::Messaging,
        std::slice::from_ref(&before.title),
        std::slice::from_ref(&after.title),
        weights::TITLE_AND_DESCRIPTION,
    ));
    let b_desc: Vec<String> = before.meta_description.iter().cloned().collect();
    let a_desc: Vec<String> = after.meta_description.iter().cloned().collect();
    fields.extend(list_field(
        "meta_description",
        ChangeKind::Messaging,
        &b_desc,
        &a_desc,
        weights::TITLE_AND_DESCRIPTION,
    ));
    let b_tech: Vec<String> = before.technologies.iter().map(|t| t.name.clone()).collect();
    let a_tech: Vec<String> = after.technologies.iter().map(|t| t.name.clone()).collect();
    fields.extend(list_field(
        "technologies",
        ChangeKind::Technology,
        &b_tech,
        &a_tech,
        weights::TECHNOLOGIES,
    ));

    let (share, deleted, inserted, diff) = text_diff(&before.main_text, &after.main_text);
    if !deleted.is_empty() || !inserted.is_empty() {
        fields.push(FieldChange {
            field: "main_text".to_string(),
            kind: ChangeKind::Content,
            before: deleted,
            after: inserted,
            weight: weights::CONTENT_MIN + weights::CONTENT_SCALE * share.clamp(0.0, 1.0),
        });
    }
    if normalise_lines(&before.footer_text) != normalise_lines(&after.footer_text) {
        fields.push(FieldChange {
            field: "footer_text".to_string(),
            kind: ChangeKind::Footer,
            before: vec![before.footer_text.clone()],
            after: vec![after.footer_text.clone()],
            weight: weights::FOOTER,
        });
    }

    // Most significant first; the sort is stable, so equal weights keep the order above.
    fields.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let top = fields.first()?;
    let others: f64 = fields.iter().skip(1).map(|f| f.weight).sum();
    let significance = ((top.weight + weights::OTHERS * others).min(1.0) * 1000.0).round() / 1000.0;
    let mut summary = summary_of(top);
    match fields.len() {
        1 => {}
        2 => summary.push_str(", with 1 other change"),
        n => summary.push_str(&format!(", with {} other changes", n - 1)),
    }
    Some(Change {
        significance,
        kind: top.kind,
        summary,
        fields,
        diff,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::snapshot;

    fn page(body: &str) -> PageSnapshot {
        snapshot(
            "https://acme.com/",
            &format!("<html><head><title>Acme</title></head><body>{body}</body></html>"),
            &[],
        )
    }

    fn pricing(pro: &str, extra: &str) -> PageSnapshot {
        let html = format!(
            r#"<html><head><title>Pricing</title></head><body><h1>Pricing</h1><div class="plans">
            <div class="card"><h3>Starter</h3><p>$9/mo</p><ul><li>1 user</li></ul><a class="btn">Buy</a></div>
            <div class="card"><h3>Pro</h3><p>{pro}</p><ul><li>5 users</li></ul><a class="btn">Buy</a></div>{extra}
            </div></body></html>"#
        );
        snapshot("https://acme.com/pricing", &html, &[])
    }

    const BODY: &str = "<h1>Ship faster</h1><p class='lead'>Plan, build and ship every release from one place.</p>\
        <p>Line one</p><p>Line two</p><p>Line three</p><p>Line four</p><p>Line five</p><p>Line six</p>\
        <a class='btn' href='/signup'>Start free trial</a><footer><p>Acme Inc, 1 Main Street</p></footer>";

    #[test]
    fn identical_pages_do_not_change() {
        assert_eq!(compare(&page(BODY), &page(BODY)), None);
    }

    #[test]
    fn noise_alone_is_not_a_change() {
        let before = page(
            "<h1>Ship faster</h1><h2>Webinar on March 3, 2025</h2><p>Updated 3 hours ago by 1,204 visitors</p>\
             <p>Session abc: csrf_token=AbC123xyz987 request 123e4567-e89b-12d3-a456-426614174000</p>\
             <footer><p>© 2024 Acme</p></footer>",
        );
        let after = page(
            "<h1>Ship faster</h1><h2>Webinar on Nov 25th, 2026</h2><p>Updated 5 minutes ago by 9,999 visitors</p>\
             <p>Session abc: csrf_token=ZzZ000yyy111 request 9f1c2b3a-0000-4000-8000-000000000001</p>\
             <footer><p>© 2026 Acme</p></footer>",
        );
        assert_eq!(compare(&before, &after), None);
    }

    #[test]
    fn plan_price_change_is_the_most_significant() {
        let change =
            compare(&pricing("$29/mo", ""), &pricing("$39/mo", "")).expect("a price change");
        assert_eq!(change.kind, ChangeKind::Pricing);
        assert_eq!(change.fields[0].field, "plans.Pro.price");
        assert_eq!(change.fields[0].before, vec!["$29/month"]);
        assert_eq!(change.fields[0].after, vec!["$39/month"]);
        assert!(
            change
                .summary
                .starts_with("Pro plan price changed from $29/month to $39/month"),
            "{}",
            change.summary
        );
        assert_eq!(change.significance, 1.0);
        assert!(
            change
                .diff
                .iter()
                .any(|l| l.op == DiffOp::Delete && l.text == "$29/mo")
        );
        assert!(
            change
                .diff
                .iter()
                .any(|l| l.op == DiffOp::Insert && l.text == "$39/mo")
        );
    }

    #[test]
    fn plan_added() {
        let extra = r#"<div class="card"><h3>Enterprise</h3><p>Contact us</p><ul><li>SSO</li></ul><a class="btn">Talk</a></div>"#;
        let change =
            compare(&pricing("$29/mo", ""), &pricing("$29/mo", extra)).expect("a plan change");
        assert_eq!(change.kind, ChangeKind::Plans);
        assert_eq!(change.fields[0].weight, weights::PLANS_ADDED_OR_REMOVED);
        assert!(
            change.summary.starts_with("Plans added: \"Enterprise\""),
            "{}",
            change.summary
        );
    }

    fn significance(before: &str, after: &str) -> f64 {
        compare(&page(before), &page(after))
            .map(|c| c.significance)
            .unwrap_or(0.0)
    }

    #[test]
    fn ordering_pricing_headline_cta_technology_content_footer() {
        let price = compare(&pricing("$29/mo", ""), &pricing("$39/mo", ""))
            .map(|c| c.significance)
            .unwrap_or(0.0);
        let headline = significance(
            BODY,
            &BODY.replace("Ship faster", "Release with confidence"),
        );
        let cta = significance(BODY, &BODY.replace("Start free trial", "Book a demo"));
        let tech = significance(
            BODY,
            &format!("{BODY}<script src='https://static.hotjar.com/c/hotjar-1.js'></script>"),
        );
        let content = significance(BODY, &BODY.replace("Line three", "Line three, revised"));
        let footer = significance(BODY, &BODY.replace("1 Main Street", "9 Harbour Road"));
        assert!(price > headline, "{price} > {headline}");
        assert!(headline > cta, "{headline} > {cta}");
        assert!(cta > tech, "{cta} > {tech}");
        assert!(tech > content, "{tech} > {content}");
        assert!(content > footer, "{content} > {footer}");
        assert!(footer > 0.0);
    }

    #[test]
    fn headline_summary_and_kind() {
        let change = compare(
            &page(BODY),
            &page(&BODY.replace("Ship faster", "Release with confidence")),
        )
        .expect("a change");
        assert_eq!(change.kind, ChangeKind::Headline);
        assert!(
            change.summary.starts_with(
                "Headline changed from \"Ship faster\" to \"Release with confidence\""
            ),
            "{}",
            change.summary
        );
    }

    #[test]
    fn footer_only_change_is_small() {
        let change = compare(
            &page(BODY),
            &page(&BODY.replace("1 Main Street", "9 Harbour Road")),
        )
        .expect("a change");
        assert_eq!(change.kind, ChangeKind::Footer);
        assert_eq!(change.summary, "Footer text changed");
        assert!(change.significance <= 0.05);
        assert!(change.diff.is_empty());
    }

    #[test]
    fn content_weight_grows_with_the_share_changed() {
        let one = significance(BODY, &BODY.replace("Line three", "Line 3"));
        let three = significance(
            BODY,
            &BODY
                .replace("Line two", "Line 2")
                .replace("Line three", "Line 3")
                .replace("Line four", "Line 4"),
        );
        assert!(three > one, "{three} > {one}");
    }

    #[test]
    fn diff_is_trimmed_to_context() {
        let lines: String = (1..=30).map(|i| format!("<p>Paragraph {i}</p>")).collect();
        let changed = lines.replace("Paragraph 15<", "Paragraph fifteen<");
        let change = compare(&page(&lines), &page(&changed)).expect("a change");
        let texts: Vec<(DiffOp, &str)> = change
            .diff
            .iter()
            .map(|l| (l.op, l.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![
                (DiffOp::Equal, "Paragraph 13"),
                (DiffOp::Equal, "Paragraph 14"),
                (DiffOp::Delete, "Paragraph 15"),
                (DiffOp::Insert, "Paragraph fifteen"),
                (DiffOp::Equal, "Paragraph 16"),
                (DiffOp::Equal, "Paragraph 17"),
            ]
        );
        assert_eq!(change.kind, ChangeKind::Content);
        assert!(change.summary.starts_with("About "), "{}", change.summary);
    }

    #[test]
    fn technology_change_names_what_was_added() {
        let change = compare(
            &page(BODY),
            &page(&format!(
                "{BODY}<script src='https://static.hotjar.com/c/hotjar-1.js'></script>"
            )),
        )
        .expect("a change");
        assert_eq!(change.kind, ChangeKind::Technology);
        assert_eq!(change.summary, "Technology added: Hotjar");
    }
}
