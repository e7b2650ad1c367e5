//! What is asked of a model and what it answered, independent of any provider's wire format.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    User,
    Assistant,
}

impl Role {
    /// The name both supported wire formats use.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

impl Message {
    pub fn user(content: impl Into<String>) -> Self {
        Self {
            role: Role::User,
            content: content.into(),
        }
    }

    pub fn assistant(content: impl Into<String>) -> Self {
        Self {
            role: Role::Assistant,
            content: content.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatRequest {
    /// Instructions that frame the whole conversation; empty for none.
    pub system: String,
    pub messages: Vec<Message>,
    pub max_tokens: u32,
    pub temperature: f32,
    /// Ask for a single JSON object as the answer.
    pub json: bool,
}

/// Added to the system prompt in JSON mode. OpenAI refuses `response_format: json_object`
/// unless the word "JSON" appears in the messages, and Anthropic has no such switch at all.
pub(crate) const JSON_INSTRUCTION: &str =
    "Answer with a single JSON object only: no prose before or after it and no code fences.";

impl ChatRequest {
    /// The system prompt as sent, with the JSON instruction when asked for.
    pub(crate) fn effective_system(&self) -> String {
        match (self.json, self.system.trim().is_empty()) {
            (false, _) => self.system.clone(),
            (true, true) => JSON_INSTRUCTION.to_owned(),
            (true, false) => format!("{}\n\n{JSON_INSTRUCTION}", self.system),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Usage {
    pub input_tokens: u32,
    pub output_tokens: u32,
}

impl Usage {
    pub(crate) fn add(self, other: Usage) -> Usage {
        Usage {
            input_tokens: self.input_tokens.saturating_add(other.input_tokens),
            output_tokens: self.output_tokens.saturating_add(other.output_tokens),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completion {
    pub text: String,
    /// `"openai_compatible"` or `"anthropic"`.
    pub provider: String,
    /// The model that answered, as the server named it (else the configured one).
    pub model: String,
    pub usage: Option<Usage>,
    /// The provider's own word for why it stopped (`stop`, `length`, `end_turn`, `max_tokens`...).
    pub finish_reason: Option<String>,
    /// The first answer was not usable JSON and this one came from the repair request;
    /// `usage` then counts both requests.
    pub repaired: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(system: &str, json: bool) -> ChatRequest {
        ChatRequest {
            system: system.into(),
            messages: vec![Message::user("hi")],
            max_tokens: 10,
            temperature: 0.0,
            json,
        }
    }

    #[test]
    fn json_mode_appends_the_instruction_to_the_system_prompt() {
        assert_eq!(request("Be brief.", false).effective_system(), "Be brief.");
        let with = request("Be brief.", true).effective_system();
        assert!(with.starts_with("Be brief.\n\n"));
        assert!(with.ends_with(JSON_INSTRUCTION));
        assert_eq!(request("  ", true).effective_system(), JSON_INSTRUCTION);
    }

    #[test]
    fn usage_adds_without_overflow() {
        let a = Usage {
            input_tokens: u32::MAX,
            output_tokens: 2,
        };
        let b = Usage {
            input_tokens: 5,
            output_tokens: 3,
        };
        assert_eq!(
            a.add(b),
            Usage {
                input_tokens: u32::MAX,
                output_tokens: 5
            }
        );
    }
}
