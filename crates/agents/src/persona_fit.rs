//! Does a draft speak to the persona it was written for? A draft that touches none of the
//! reader's pains, goals or objections (nor their role) is flagged, so a reviewer sees when
//! copy would not resonate with its audience (FR-1.4.3). Pure.

use content::PersonaFacts;

use crate::review::FieldFinding;

/// Words too common to show that a draft speaks to anyone in particular.
const STOP: &[&str] = &[
    "about", "after", "again", "also", "because", "before", "being", "between", "could", "every",
    "from", "have", "into", "just", "more", "most", "much", "need", "needs", "only", "other",
    "over", "same", "some", "than", "that", "their", "them", "then", "there", "these", "they",
    "this", "those", "time", "very", "want", "wants", "what", "when", "where", "which", "while",
    "with", "without", "would", "your", "yours", "make", "better", "good", "great", "work",
    "thing", "things", "really", "still", "each", "many", "like", "feel", "days", "year",
];

/// A word's rough stem, so "bills" meets "bill" and "booking" meets "book".
fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    for suffix in ["ing", "ies", "es", "ed", "s"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 4
        {
            return base.to_owned();
        }
    }
    w
}

fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(&w.to_lowercase().as_str()))
        .map(stem)
        .collect()
}

/// What the persona cares about, as phrases: pains, goals, objections and the role.
fn concerns(p: &PersonaFacts) -> Vec<&str> {
    p.pains
        .iter()
        .chain(&p.goals)
        .chain(&p.objections)
        .map(String::as_str)
        .chain(std::iter::once(p.role.as_str()))
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// A finding when `text` touches none of the persona's concerns; `None` when it touches one,
/// or when the persona names no concern to check against.
pub fn check(text: &str, persona: &PersonaFacts) -> Option<FieldFinding> {
    let concerns = concerns(persona);
    if concerns.is_empty() {
        return None;
    }
    let said: std::collections::HashSet<String> = content_words(text).into_iter().collect();
    let touched = concerns
        .iter()
        .any(|c| content_words(c).iter().any(|w| said.contains(w)));
    if touched {
        return None;
    }
    let examples: Vec<&str> = concerns.iter().take(2).copied().collect();
    Some(FieldFinding {
        field: None,
        rule: "persona_fit".into(),
        severity: "warning".into(),
        start: 0,
        end: 0,
        message: format!(
            "This draft does not speak to {}: it mentions none of their pains, goals or \
             objections (for example \"{}\").",
            if persona.name.trim().is_empty() {
                "the persona"
            } else {
                persona.name.trim()
            },
            examples.join("\", \"")
        ),
        suggestion: Some(format!("Address \"{}\" directly.", examples[0])),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn homeowner() -> PersonaFacts {
        PersonaFacts {
            name: "Homeowner".into(),
            role: "Homeowner".into(),
            pains: vec!["summer power bills over $400".into()],
            goals: vec!["cut the monthly bill".into()],
            objections: vec!["installation takes weeks".into()],
            buying_stage: String::new(),
        }
    }

    #[test]
    fn a_draft_about_the_readers_pain_resonates() {
        let text = "Power bills climbing every summer? Solar from SunPath cuts them.";
        assert!(check(text, &homeowner()).is_none());
        // another form of a goal's word counts too
        assert!(check("Cutting your monthly costs starts here.", &homeowner()).is_none());
    }

    #[test]
    fn a_draft_that_ignores_the_reader_is_flagged() {
        let f = check("Our team loves innovation and synergy.", &homeowner())
            .expect("nothing for the homeowner");
        assert_eq!(f.rule, "persona_fit");
        assert_eq!(f.severity, "warning");
        assert!(f.message.contains("Homeowner"), "{}", f.message);
        assert!(f.message.contains("summer power bills"), "{}", f.message);
    }

    #[test]
    fn a_persona_without_concerns_is_not_checked() {
        let empty = PersonaFacts::default();
        assert!(check("Anything at all.", &empty).is_none());
    }

    #[test]
    fn common_words_do_not_count_as_speaking_to_the_reader() {
        let p = PersonaFacts {
            pains: vec!["they need more time with their family".into()],
            ..PersonaFacts::default()
        };
        assert!(check("We need more time for this.", &p).is_some());
        assert!(check("Dinner with the family, not the dishes.", &p).is_none());
    }
}
