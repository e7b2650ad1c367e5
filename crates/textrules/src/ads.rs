//! Ad field validation and fitting.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthChar;

use crate::ad_specs::{AdCounting, AdField, AdFormat, ad_spec};
use crate::format::protected;
use crate::segment::breaks;
use crate::split::shorten;
use crate::tidy::normalise_whitespace;
use crate::validate::overflow_start;
use crate::violation::{Severity, Violation};

/// The text of an ad: field name (as in [`AdField::name`]) to its values, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AdFields(pub BTreeMap<String, Vec<String>>);

impl AdFields {
    pub fn new() -> AdFields {
        AdFields::default()
    }

    /// Sets the values of one field, builder style.
    pub fn with<S: Into<String>>(
        mut self,
        field: &str,
        values: impl IntoIterator<Item = S>,
    ) -> AdFields {
        self.0.insert(
            field.to_owned(),
            values.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// The values of one field; empty when it has none.
    pub fn get(&self, field: &str) -> &[String] {
        self.0.get(field).map_or(&[], Vec::as_slice)
    }
}

/// The length of `text` as the ad platform of `format` counts it.
pub fn count_ad_text(format: AdFormat, text: &str) -> usize {
    match ad_spec(format).counting {
        AdCounting::Characters => text.chars().count(),
        AdCounting::DoubleWidthAsTwo => text
            .chars()
            .map(|c| if c.width() == Some(2) { 2 } else { 1 })
            .sum(),
    }
}

/// Checks every field of an ad: unknown fields, value counts, dependencies and lengths. Hard
/// limits are errors; recommended lengths are warnings.
pub fn validate_ad(format: AdFormat, fields: &AdFields) -> Vec<Violation> {
    let spec = ad_spec(format);
    let mut found = Vec::new();
    for name in fields.0.keys() {
        if !spec.fields.iter().any(|f| f.name == name) {
            let message = format!("{} has no field called \"{name}\".", spec.display_name);
            found.push(located(
                Violation::error("unknown_field", message, 0, (0, 0)),
                name,
            ));
        }
    }
    for field in spec.fields {
        let values = fields.get(field.name);
        check_counts(&mut found, field, values);
        if let Some(required) = field.requires
            && !values.is_empty()
            && fields.get(required).is_empty()
        {
            let message = format!(
                "{} needs {required} to be filled in first.",
                field.display_name
            );
            found.push(located(
                Violation::error("missing_required_field", message, 0, (0, 0)),
                field.name,
            ));
        }
        for (i, value) in values.iter().enumerate() {
            check_value(&mut found, format, field, i, value);
        }
    }
    found
}

fn located(mut violation: Violation, field: &str) -> Violation {
    violation.field = Some(field.to_owned());
    violation
}

fn check_counts(found: &mut Vec<Violation>, field: &AdField, values: &[String]) {
    let n = values.len();
    if n < field.min_values {
        let message = format!(
            "{}: {n} given, at least {} needed.",
            field.display_name, field.min_values
        );
        let v = Violation::error("too_few_values", message, n, (0, 0)).counts(field.min_values, n);
        found.push(located(v, field.name));
    }
    if n > field.max_values {
        let message = format!(
            "{}: {n} given, at most {} allowed.",
            field.display_name, field.max_values
        );
        let span = (0, values[field.max_values].len());
        let v = Violation::error("too_many_values", message, field.max_values, span)
            .counts(field.max_values, n);
        found.push(located(v, field.name));
    }
}

fn check_value(
    found: &mut Vec<Violation>,
    format: AdFormat,
    field: &AdField,
    i: usize,
    value: &str,
) {
    if value.trim().is_empty() {
        let v = Violation::error(
            "empty",
            format!("{} {} is empty.", field.display_name, i + 1),
            i,
            (0, value.len()),
        );
        found.push(located(v, field.name));
        return;
    }
    let length = count_ad_text(format, value);
    let over = |limit: usize| overflow_start(value, &|p| count_ad_text(format, p) <= limit);
    if let Some(limit) = field.hard_limit
        && length > limit
    {
        let message = format!(
            "{} {} is {length} characters; the limit is {limit}.",
            field.display_name,
            i + 1
        );
        let v = Violation::error("too_long", message, i, (over(limit), value.len()))
            .counts(limit, length);
        found.push(located(v, field.name));
    } else if let Some(limit) = field.recommended_limit
        && length > limit
    {
        let message = format!(
            "{} {} is {length} characters; beyond {limit} it is cut off in some placements.",
            field.display_name,
            i + 1
        );
        let mut v = Violation::error(
            "over_recommended_length",
            message,
            i,
            (over(limit), value.len()),
        );
        v.severity = Severity::Warning;
        found.push(located(v.counts(limit, length), field.name));
    }
}

/// Tidies `text` for one field and shortens it by meaning to the field's hard limit (or its
/// recommended length when it has no hard one): whole sentences first, then clauses, then words,
/// never inside a word or link and without an ellipsis, which ad reviews treat as gimmicky
/// punctuation. Unknown fields come back tidied only.
pub fn fit_ad_field(format: AdFormat, field: &str, text: &str) -> String {
    let spec_field = ad_spec(format).fields.iter().find(|f| f.name == field);
    let multiline = spec_field.is_some_and(|f| f.multiline);
    let tidy = normalise_whitespace(text);
    let tidy = if multiline {
        tidy
    } else {
        tidy.split('\n')
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let Some(limit) = spec_field.and_then(|f| f.hard_limit.or(f.recommended_limit)) else {
        return tidy;
    };
    let fits = |pieces: &[&str]| {
        pieces
            .iter()
            .map(|p| count_ad_text(format, p))
            .sum::<usize>()
            <= limit
    };
    if fits(&[&tidy]) {
        return tidy;
    }
    shorten(&tidy, &breaks(&tidy, &protected(&tidy)), &fits, false).0
}

/// Fits `text` to a field's published length, the recommended one where the field has one
/// (past it the ad is cut off where people read it), keeping the `keep` segments found in
/// `text` (a required disclaimer) verbatim at the end: only the rest is shortened, by meaning as
/// [`fit_ad_field`] does, to what leaves room for them. When the kept segments alone are over
/// the limit the text comes back tidied, for the validator to report.
pub fn fit_ad_field_keeping(format: AdFormat, field: &str, text: &str, keep: &[&str]) -> String {
    let spec_field = ad_spec(format).fields.iter().find(|f| f.name == field);
    let Some(limit) = spec_field.and_then(|f| f.recommended_limit.or(f.hard_limit)) else {
        return fit_ad_field(format, field, text);
    };
    let multiline = spec_field.is_some_and(|f| f.multiline);
    let fits_limit = |pieces: &[&str]| {
        pieces
            .iter()
            .map(|p| count_ad_text(format, p))
            .sum::<usize>()
            <= limit
    };
    let fitted = {
        let tidy = normalise_whitespace(text);
        let tidy = if multiline {
            tidy
        } else {
            tidy.split('\n')
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        if fits_limit(&[&tidy]) {
            tidy
        } else {
            shorten(&tidy, &breaks(&tidy, &protected(&tidy)), &fits_limit, false).0
        }
    };
    let whole = normalise_whitespace(text);
    if count_ad_text(format, &whole) <= limit {
        return fitted;
    }
    let mut body = whole.clone();
    let mut kept: Vec<&str> = Vec::new();
    for k in keep.iter().map(|k| k.trim()).filter(|k| !k.is_empty()) {
        if let Some(at) = body.find(k) {
            body.replace_range(at..at + k.len(), " ");
            kept.push(k);
        }
    }
    if kept.is_empty() {
        return fitted;
    }
    let tail = format!(" {}", kept.join(" "));
    let body = normalise_whitespace(&body).trim().to_owned();
    let room = limit.saturating_sub(count_ad_text(format, &tail));
    if room == 0 || count_ad_text(format, tail.trim_start()) > limit {
        return whole;
    }
    let fits = |pieces: &[&str]| {
        pieces
            .iter()
            .map(|p| count_ad_text(format, p))
            .sum::<usize>()
            <= room
    };
    let short = if fits(&[&body]) {
        body
    } else {
        let (short, _) = shorten(&body, &breaks(&body, &protected(&body)), &fits, false);
        if fits(&[&short]) {
            short
        } else {
            String::new()
        }
    };
    if short.is_empty() {
        tail.trim_start().to_owned()
    } else if short.ends_with(|c: char| c.is_alphanumeric())
        && tail.trim_start().starts_with(char::is_uppercase)
        && fits(&[&short, "."])
    {
        // The statement after it starts a sentence: close the one cut short.
        format!("{short}.{tail}")
    } else {
        format!("{short}{tail}")
    }
}
