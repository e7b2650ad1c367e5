//! Field-by-field differences between two brand profile documents.
//!
//! Pure: it compares two JSON documents, so it works the same for two revisions, a revision
//! and the draft, or a document written by an older version of the model. Lists are compared
//! item by item by position, which is how people edit them (append, edit in place, remove the
//! last); an item added to or removed from a list is reported through its filled-in fields, so
//! the table a person reads names "Values › 3 › Name" rather than a blob.

use serde::Serialize;
use serde_json::{Map, Value};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One changed field.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Change {
    /// Path in the document, in the form of validation errors: `voice.banned_terms[1].replacement`.
    pub path: String,
    /// The same path for people, list positions counted from 1: `Voice › Banned terms › 2 › Replacement`.
    pub label: String,
    pub kind: ChangeKind,
    /// The value before; null for an added field.
    pub before: Option<Value>,
    /// The value after; null for a removed field.
    pub after: Option<Value>,
}

/// Every difference from `before` to `after`, in the order of the profile's fields.
pub fn diff(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    walk(&mut Vec::new(), before, after, &mut out);
    out
}

#[derive(Clone)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn walk<'a>(at: &mut Vec<Step<'a>>, before: &'a Value, after: &'a Value, out: &mut Vec<Change>) {
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            for key in ordered_keys(b, a) {
                at.push(Step::Key(key));
                match (b.get(key), a.get(key)) {
                    (Some(bv), Some(av)) => walk(at, bv, av, out),
                    (Some(bv), None) => one_side(at, bv, ChangeKind::Removed, out),
                    (None, Some(av)) => one_side(at, av, ChangeKind::Added, out),
                    (None, None) => {}
                }
                at.pop();
            }
        }
        (Value::Array(b), Value::Array(a)) => {
            for i in 0..b.len().max(a.len()) {
                at.push(Step::Index(i));
                match (b.get(i), a.get(i)) {
                    (Some(bv), Some(av)) => walk(at, bv, av, out),
                    (Some(bv), None) => one_side(at, bv, ChangeKind::Removed, out),
                    (None, Some(av)) => one_side(at, av, ChangeKind::Added, out),
                    (None, None) => {}
                }
                at.pop();
            }
        }
        (b, a) if same(b, a) => {}
        (b, a) => out.push(change(at, ChangeKind::Changed, Some(b), Some(a))),
    }
}

/// Numbers compare by value: `16` and `16.0` are the same size.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// A whole item or field that exists on one side only: its filled-in leaves, or the item
/// itself when it has none (an empty new value or a list of one blank item).
fn one_side<'a>(at: &mut Vec<Step<'a>>, value: &'a Value, kind: ChangeKind, out: &mut Vec<Change>) {
    let before = out.len();
    leaves(at, value, kind, out);
    if out.len() == before {
        let (b, a) = match kind {
            ChangeKind::Removed => (Some(value), None),
            _ => (None, Some(value)),
        };
        out.push(change(at, kind, b, a));
    }
}

fn leaves<'a>(at: &mut Vec<Step<'a>>, value: &'a Value, kind: ChangeKind, out: &mut Vec<Change>) {
    match value {
        Value::Object(m) => {
            for key in ordered_keys(m, m) {
                at.push(Step::Key(key));
                leaves(at, &m[key], kind, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Step::Index(i));
                leaves(at, item, kind, out);
                at.pop();
            }
        }
        Value::Null => {}
        Value::String(s) if s.is_empty() => {}
        leaf => {
            let (b, a) = match kind {
                ChangeKind::Removed => (Some(leaf), None),
                _ => (None, Some(leaf)),
            };
            out.push(change(at, kind, b, a));
        }
    }
}

fn change(
    at: &[Step<'_>],
    kind: ChangeKind,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Change {
    Change {
        path: path_of(at),
        label: label_of(at),
        kind,
        before: before.cloned(),
        after: after.cloned(),
    }
}

fn path_of(at: &[Step<'_>]) -> String {
    let mut s = String::new();
    for step in at {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

fn label_of(at: &[Step<'_>]) -> String {
    at.iter()
        .map(|step| match step {
            Step::Key(k) => label_for_key(k),
            Step::Index(i) => (i + 1).to_string(),
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

/// How a person calls a field: the few that do not read well from their key, then the key in words.
pub fn label_for_key(key: &str) -> String {
    let special = match key {
        "visual" => "Visual identity",
        "pitches" => "Elevator pitches",
        "words_25" => "25-word pitch",
        "words_50" => "50-word pitch",
        "words_100" => "100-word pitch",
        "we_are" => "We are",
        "we_are_not" => "We are not",
        "formal_casual" => "Formal – casual",
        "serious_playful" => "Serious – playful",
        "respectful_irreverent" => "Respectful – irreverent",
        "matter_of_fact_enthusiastic" => "Matter-of-fact – enthusiastic",
        "required_disclaimers" => "Disclaimers",
        "examples" => "Examples",
        "hex" => "Hex",
        "size_px" => "Size (px)",
        "min_width_px" => "Minimum width (px)",
        "asset_id" => "Asset",
        "reference_asset_ids" => "Reference images",
        "do_examples" => "Do examples",
        "dont_examples" => "Don't examples",
        "donts" => "Don'ts",
        "dos" => "Dos",
        "max_per_post" => "Maximum per post",
        "branded" => "Branded hashtags",
        "sonic" => "Sonic assets",
        "social_links" => "Social profiles",
        _ => "",
    };
    if !special.is_empty() {
        return special.to_owned();
    }
    let words = key.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The order fields appear in the profile (and in its forms). JSON objects come back sorted by
/// key, so siblings are ranked by this list; keys it does not know follow in key order.
const FIELD_ORDER: &[&str] = &[
    // profile
    "name",
    "tagline",
    "mission",
    "vision",
    "values",
    "positioning",
    "value_propositions",
    "messaging_pillars",
    "story",
    "pitches",
    "language",
    "industry",
    "offer",
    "location",
    "proof_points",
    "key_messages",
    "social_links",
    "voice",
    "visual",
    // positioning
    "target",
    "need",
    "category",
    "benefit",
    "alternative",
    "differentiator",
    // pillars, values
    "title",
    "description",
    // pitches
    "words_25",
    "words_50",
    "words_100",
    // voice
    "traits",
    "tone",
    "preferred_words",
    "banned_terms",
    "required_disclaimers",
    "reading_grade_target",
    "emoji_policy",
    "hashtag_policy",
    "examples",
    "we_are",
    "we_are_not",
    "formal_casual",
    "serious_playful",
    "respectful_irreverent",
    "matter_of_fact_enthusiastic",
    "term",
    "replacement",
    "reason",
    "max_per_post",
    "branded",
    "guidance",
    "text",
    "good",
    "note",
    // visual
    "palette",
    "typography",
    "logos",
    "logo_rules",
    "iconography",
    "photography",
    "sonic",
    "role",
    "hex",
    "families",
    "scale",
    "family",
    "weights",
    "fallback",
    "size_px",
    "line_height",
    "weight",
    "variant",
    "asset_id",
    "min_width_px",
    "clear_space_ratio",
    "dos",
    "donts",
    "do_examples",
    "dont_examples",
    "reference_asset_ids",
    "usage",
];

fn rank(key: &str) -> usize {
    FIELD_ORDER
        .iter()
        .position(|k| *k == key)
        .unwrap_or(FIELD_ORDER.len())
}

fn ordered_keys<'a>(b: &'a Map<String, Value>, a: &'a Map<String, Value>) -> Vec<&'a str> {
    let mut keys: Vec<&str> = b.keys().map(String::as_str).collect();
    keys.extend(a.keys().map(String::as_str).filter(|k| !b.contains_key(*k)));
    keys.sort_by(|x, y| rank(x).cmp(&rank(y)).then_with(|| x.cmp(y)));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn paths(changes: &[Change]) -> Vec<(&str, ChangeKind)> {
        changes.iter().map(|c| (c.path.as_str(), c.kind)).collect()
    }

    #[test]
    fn equal_documents_have_no_changes() {
        let doc = json!({"name": "Acme", "values": [{"name": "Care"}], "visual": {"typography": {"scale": [{"size_px": 16}]}}});
        assert!(diff(&doc, &doc.clone()).is_empty());
        assert!(diff(&json!({"size": 16}), &json!({"size": 16.0})).is_empty());
    }

    #[test]
    fn a_changed_scalar_names_its_path_and_both_values() {
        let changes = diff(
            &json!({"voice": {"banned_terms": [{"term": "cheap"}, {"term": "synergy", "replacement": null}]}}),
            &json!({"voice": {"banned_terms": [{"term": "cheap"}, {"term": "synergy", "replacement": "working together"}]}}),
        );
        assert_eq!(changes.len(), 1);
        let c = &changes[0];
        assert_eq!(c.path, "voice.banned_terms[1].replacement");
        assert_eq!(c.label, "Voice › Banned terms › 2 › Replacement");
        assert_eq!(c.kind, ChangeKind::Changed);
        assert_eq!(c.before, Some(Value::Null));
        assert_eq!(c.after, Some(json!("working together")));
    }

    #[test]
    fn list_items_are_compared_by_position() {
        let changes = diff(
            &json!({"value_propositions": ["Fast", "Cheap"]}),
            &json!({"value_propositions": ["Fast", "Affordable", "Friendly"]}),
        );
        assert_eq!(
            paths(&changes),
            vec![
                ("value_propositions[1]", ChangeKind::Changed),
                ("value_propositions[2]", ChangeKind::Added)
            ]
        );
        assert_eq!(changes[1].label, "Value propositions › 3");
        assert_eq!(changes[1].before, None);
        assert_eq!(changes[1].after, Some(json!("Friendly")));
        let removed = diff(&json!({"v": ["a", "b"]}), &json!({"v": ["a"]}));
        assert_eq!(paths(&removed), vec![("v[1]", ChangeKind::Removed)]);
        assert_eq!(removed[0].before, Some(json!("b")));
        assert_eq!(removed[0].after, None);
    }

    #[test]
    fn an_added_item_is_reported_by_its_filled_in_fields() {
        let changes = diff(
            &json!({"values": []}),
            &json!({"values": [{"name": "Candour", "description": ""}]}),
        );
        assert_eq!(paths(&changes), vec![("values[0].name", ChangeKind::Added)]);
        assert_eq!(changes[0].label, "Values › 1 › Name");
        // an item with nothing filled in is still reported, as itself
        let blank = diff(&json!({"logos": []}), &json!({"logos": [{"note": ""}]}));
        assert_eq!(paths(&blank), vec![("logos[0]", ChangeKind::Added)]);
        assert_eq!(blank[0].after, Some(json!({"note": ""})));
    }

    #[test]
    fn a_removed_item_lists_what_it_held() {
        let changes = diff(
            &json!({"messaging_pillars": [{"title": "Speed", "description": "We ship"}]}),
            &json!({"messaging_pillars": []}),
        );
        assert_eq!(
            paths(&changes),
            vec![
                ("messaging_pillars[0].title", ChangeKind::Removed),
                ("messaging_pillars[0].description", ChangeKind::Removed)
            ]
        );
        assert_eq!(changes[1].before, Some(json!("We ship")));
    }

    #[test]
    fn fields_on_one_side_only_are_added_or_removed() {
        let changes = diff(&json!({"a": 1, "gone": "x"}), &json!({"a": 1, "new": true}));
        assert_eq!(
            paths(&changes),
            vec![("gone", ChangeKind::Removed), ("new", ChangeKind::Added)]
        );
    }

    #[test]
    fn a_type_change_is_one_change() {
        let changes = diff(&json!({"x": {"a": 1}}), &json!({"x": "flat"}));
        assert_eq!(paths(&changes), vec![("x", ChangeKind::Changed)]);
    }

    #[test]
    fn changes_follow_the_order_of_the_profile() {
        let changes = diff(
            &json!({"name": "A", "tagline": "t", "voice": {"tone": {"formal_casual": 50}}, "visual": {"palette": []}}),
            &json!({"name": "B", "tagline": "u", "voice": {"tone": {"formal_casual": 80}}, "visual": {"palette": [{"role": "primary", "name": "", "hex": "#106d7c"}]}}),
        );
        let labels: Vec<&str> = changes.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            vec![
                "Name",
                "Tagline",
                "Voice › Tone › Formal – casual",
                "Visual identity › Palette › 1 › Role",
                "Visual identity › Palette › 1 › Hex",
            ]
        );
    }

    #[test]
    fn labels_read_as_words() {
        assert_eq!(label_for_key("value_propositions"), "Value propositions");
        assert_eq!(label_for_key("words_100"), "100-word pitch");
        assert_eq!(label_for_key("we_are_not"), "We are not");
        assert_eq!(label_for_key(""), "");
    }
}
