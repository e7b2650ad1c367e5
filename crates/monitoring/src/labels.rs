//! The engine's enums travel as the lowercase strings their serde names give them; the
//! database stores those strings. One place turns them back and forth.

use serde::{Serialize, de::DeserializeOwned};

/// The serde name of a unit enum variant, e.g. `Impact::High` -> `high`.
pub fn to_label<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// The variant named `s`, or `None` when no variant has that name.
pub fn from_label<T: DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
}

/// A JSON array of strings stored in a column, read back; anything else reads as empty.
pub fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Trims, drops empties and duplicates (case-insensitively), keeping the first spelling.
pub fn clean_list(v: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in v {
        let t = s.trim();
        if !t.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(t)) {
            out.push(t.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Level {
        Low,
        VeryHigh,
    }

    #[test]
    fn round_trips_serde_names() {
        assert_eq!(to_label(&Level::VeryHigh), "very_high");
        assert_eq!(from_label::<Level>("low"), Some(Level::Low));
        assert_eq!(from_label::<Level>("LOW"), None);
        assert_eq!(strings(&serde_json::json!(["a", 1, "b"])), vec!["a", "b"]);
        assert_eq!(
            clean_list(&[" Acme ".into(), "acme".into(), "".into(), "Beta".into()]),
            vec!["Acme", "Beta"]
        );
    }
}
