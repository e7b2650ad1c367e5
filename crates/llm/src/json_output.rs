//! Answers that must be JSON: extraction from chatty answers, validation, one repair round.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{ChatRequest, Completion, LanguageModel, LlmError, Message};

/// How many `{` are tried as the start of the object before giving up; bounds the work on a
/// long answer full of braces.
const MAX_CANDIDATES: usize = 32;
/// Longest problem description quoted back to the model.
const MAX_PROBLEM_CHARS: usize = 500;

/// Asks for a JSON object, parses it into `T` and runs `validate` on it.
///
/// Models wrap JSON in code fences or prose despite being told not to, so the first complete
/// object in the answer is taken. When the answer still does not parse or validate, the
/// model is asked exactly once to correct it, shown its own answer and the problem; a second
/// failure is `LlmError::InvalidOutput`. `on_delta` hears both answers, one after the other;
/// the returned completion has `repaired` set and the usage of both when a repair was needed.
pub async fn complete_json<T: DeserializeOwned>(
    model: &dyn LanguageModel,
    req: &ChatRequest,
    validate: &(dyn Fn(&T) -> Result<(), String> + Send + Sync),
    on_delta: &(dyn Fn(&str) + Send + Sync),
) -> Result<(T, Completion), LlmError> {
    let mut req = ChatRequest {
        json: true,
        ..req.clone()
    };
    let first = model.complete(&req, on_delta).await?;
    let problem = match parse_answer(&first.text, validate) {
        Ok(value) => return Ok((value, first)),
        Err(problem) => problem,
    };
    tracing::info!(provider = model.provider(), %problem, "asking the model to repair its JSON");
    let bad_answer = if first.text.trim().is_empty() {
        // Providers refuse empty assistant turns.
        "(empty answer)".to_owned()
    } else {
        first.text.clone()
    };
    req.messages.push(Message::assistant(bad_answer));
    req.messages.push(Message::user(repair_prompt(&problem)));
    let mut second = model.complete(&req, on_delta).await?;
    second.repaired = true;
    second.usage = match (first.usage, second.usage) {
        (Some(a), Some(b)) => Some(a.add(b)),
        (a, b) => a.or(b),
    };
    match parse_answer(&second.text, validate) {
        Ok(value) => Ok((value, second)),
        Err(problem) => Err(LlmError::InvalidOutput(problem)),
    }
}

fn repair_prompt(problem: &str) -> String {
    let problem: String = problem.chars().take(MAX_PROBLEM_CHARS).collect();
    format!(
        "Your previous answer could not be used: {problem}\n\
         Reply with the corrected JSON object only: no explanation and no code fences."
    )
}

fn parse_answer<T: DeserializeOwned>(
    text: &str,
    validate: &(dyn Fn(&T) -> Result<(), String> + Send + Sync),
) -> Result<T, String> {
    let object = extract_object(text)?;
    let value: T = serde_json::from_value(object)
        .map_err(|e| format!("the JSON does not have the expected shape: {e}"))?;
    validate(&value).map_err(|e| format!("the JSON is not valid: {e}"))?;
    Ok(value)
}

/// The first complete JSON object in `text`, whatever fences or prose surround it.
pub(crate) fn extract_object(text: &str) -> Result<Value, String> {
    let mut first_error = None;
    let starts = text
        .char_indices()
        .filter(|&(_, c)| c == '{')
        .map(|(i, _)| i)
        .take(MAX_CANDIDATES);
    for start in starts {
        let Some(candidate) = text.get(start..).and_then(balanced_object) else {
            first_error.get_or_insert_with(|| "the JSON object is not complete".to_owned());
            continue;
        };
        match serde_json::from_str::<Value>(candidate) {
            Ok(value @ Value::Object(_)) => return Ok(value),
            Ok(_) => {}
            Err(e) => {
                first_error.get_or_insert_with(|| format!("the JSON does not parse: {e}"));
            }
        }
    }
    Err(first_error.unwrap_or_else(|| "the answer contains no JSON object".to_owned()))
}

/// The prefix of `text` (which starts with `{`) up to its matching `}`, skipping braces
/// inside strings. Every byte compared is ASCII, so the cut is on a char boundary.
fn balanced_object(text: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return text.get(..=i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fences_and_prose_around_the_object_are_dropped() {
        let answers = [
            r#"{"a": 1}"#,
            "```json\n{\"a\": 1}\n```",
            "Sure! Here it is:\n```\n{\"a\": 1}\n```\nAnything else?",
            "Here is {the answer}: {\"a\": 1} — hope that helps {:}",
        ];
        for answer in answers {
            assert_eq!(extract_object(answer), Ok(json!({"a": 1})), "{answer}");
        }
    }

    #[test]
    fn braces_inside_strings_do_not_end_the_object() {
        let answer = r#"Result: {"text": "a } and a \" and {", "n": {"m": 2}} trailing }"#;
        assert_eq!(
            extract_object(answer),
            Ok(json!({"text": "a } and a \" and {", "n": {"m": 2}}))
        );
    }

    #[test]
    fn unusable_answers_say_why() {
        assert_eq!(
            extract_object("no json here"),
            Err("the answer contains no JSON object".to_owned())
        );
        assert_eq!(
            extract_object(r#"{"a": 1"#),
            Err("the JSON object is not complete".to_owned())
        );
        let err = extract_object(r#"{"a": 1,}"#).unwrap_err();
        assert!(err.starts_with("the JSON does not parse"), "{err}");
    }

    #[test]
    fn multibyte_text_around_braces_is_handled() {
        assert_eq!(
            extract_object("ünïcödé 👋 {\"é\": \"ü}\"} 終わり"),
            Ok(json!({"é": "ü}"}))
        );
    }

    #[test]
    fn shape_and_validation_problems_are_reported() {
        #[derive(serde::Deserialize)]
        struct Post {
            title: String,
        }
        let non_empty = |p: &Post| {
            if p.title.is_empty() {
                Err("title must not be empty".to_owned())
            } else {
                Ok(())
            }
        };
        assert_eq!(
            parse_answer::<Post>(r#"{"title": "Hi"}"#, &non_empty).map(|p| p.title),
            Ok("Hi".to_owned())
        );
        let shape = parse_answer::<Post>(r#"{"name": "Hi"}"#, &non_empty)
            .err()
            .unwrap();
        assert!(shape.contains("missing field `title`"), "{shape}");
        let invalid = parse_answer::<Post>(r#"{"title": ""}"#, &non_empty)
            .err()
            .unwrap();
        assert_eq!(invalid, "the JSON is not valid: title must not be empty");
    }

    #[test]
    fn the_repair_prompt_quotes_a_bounded_problem() {
        let prompt = repair_prompt(&"x".repeat(5000));
        assert!(prompt.contains(&"x".repeat(MAX_PROBLEM_CHARS)));
        assert!(!prompt.contains(&"x".repeat(MAX_PROBLEM_CHARS + 1)));
        assert!(prompt.contains("corrected JSON object only"));
    }
}
