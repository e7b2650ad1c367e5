use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Brand,
    Competitor,
}

/// A company or product to recognise in text, by its name or any alias (whole words, any case).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Entity {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: EntityKind,
}

impl Entity {
    /// The name first, then the aliases, without blanks.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .map(str::trim)
            .filter(|n| !n.is_empty())
    }
}

/// What one brand monitors: itself, its competitors, keywords (specific terms) and topics (broader themes).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ToSchema)]
pub struct Watch {
    pub brand: Entity,
    pub competitors: Vec<Entity>,
    pub keywords: Vec<String>,
    pub topics: Vec<String>,
}
