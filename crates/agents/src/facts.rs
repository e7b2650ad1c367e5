//! From the brand's profile and personas to what the composer, the prompts and the
//! compliance engine read. Pure.

use brand::foundation::personas::PersonaDetails;
use brand::model::{BrandProfile, EmojiPolicy};
use content::{BrandFacts, EmojiUse, Language, PersonaFacts, Replacement, Tone};

fn non_empty(items: impl IntoIterator<Item = String>) -> Vec<String> {
    items
        .into_iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The facts the agents write from; `learned_avoid` are phrases people keep deleting.
pub fn brand_facts(p: &BrandProfile, learned_avoid: &[String]) -> BrandFacts {
    let v = &p.voice;
    let mut avoid = non_empty(v.banned_terms.iter().map(|b| b.term.clone()));
    avoid.extend(learned_avoid.iter().cloned());
    BrandFacts {
        name: p.name.clone(),
        tagline: p.tagline.clone(),
        mission: p.mission.clone(),
        values: non_empty(p.values.iter().map(|x| x.name.clone())),
        value_propositions: non_empty(p.value_propositions.iter().cloned()),
        pillars: non_empty(p.messaging_pillars.iter().map(|x| x.title.clone())),
        category: p.positioning.category.clone(),
        audience: p.positioning.target.clone(),
        benefit: p.positioning.benefit.clone(),
        differentiator: p.positioning.differentiator.clone(),
        preferred_words: non_empty(v.preferred_words.iter().cloned()),
        avoid_words: avoid,
        tone: tone_of(p),
        emoji: match v.emoji_policy {
            EmojiPolicy::Never => EmojiUse::Never,
            EmojiPolicy::Sparing => EmojiUse::Sparing,
            EmojiPolicy::Encouraged => EmojiUse::Encouraged,
        },
        hashtags: non_empty(v.hashtag_policy.branded.iter().cloned()),
        max_hashtags: v.hashtag_policy.max_per_post,
        disclaimers: non_empty(v.required_disclaimers.iter().cloned()),
        website: p.social_links.first().cloned(),
        language: p.language,
        industry: p.industry.trim().to_owned(),
        offer: p.offer.trim().to_owned(),
        proof_points: non_empty(p.proof_points.iter().cloned()),
        location: p.location.trim().to_owned(),
        key_messages: non_empty(p.key_messages.iter().cloned()),
        // Read from the brand's latest website capture by `context::load`.
        website_copy: Vec::new(),
        replacements: replacements(p),
    }
}

/// Banned terms that name the wording to use instead.
pub fn replacements(p: &BrandProfile) -> Vec<Replacement> {
    p.voice
        .banned_terms
        .iter()
        .filter_map(|b| {
            let term = b.term.trim();
            let replacement = b.replacement.as_deref().map(str::trim).unwrap_or_default();
            (!term.is_empty() && !replacement.is_empty()).then(|| Replacement {
                term: term.to_owned(),
                replacement: replacement.to_owned(),
            })
        })
        .collect()
}

pub fn tone_of(p: &BrandProfile) -> Tone {
    let t = &p.voice.tone;
    Tone {
        formal_casual: t.formal_casual,
        serious_playful: t.serious_playful,
        respectful_irreverent: t.respectful_irreverent,
        matter_of_fact_enthusiastic: t.matter_of_fact_enthusiastic,
    }
}

pub fn persona_facts(name: &str, stage: &str, d: &PersonaDetails) -> PersonaFacts {
    PersonaFacts {
        name: name.to_owned(),
        role: d.demographics.job_title.clone(),
        goals: non_empty(d.goals.iter().cloned()),
        pains: non_empty(d.pains.iter().cloned()),
        objections: non_empty(d.objections.iter().cloned()),
        buying_stage: stage.to_owned(),
    }
}

/// The brand's voice as compliance rules for text in the brand's language. `tone` is the
/// brief's override when it has one.
pub fn policy(p: &BrandProfile, tone: Option<Tone>) -> compliance::Policy {
    policy_for(p, tone, p.language)
}

/// The brand's voice as compliance rules for text written in `language` (a brief's language
/// may differ from the brand's).
pub fn policy_for(p: &BrandProfile, tone: Option<Tone>, language: Language) -> compliance::Policy {
    let v = &p.voice;
    let t = tone.unwrap_or_else(|| tone_of(p));
    compliance::Policy {
        banned: v
            .banned_terms
            .iter()
            .filter(|b| !b.term.trim().is_empty())
            .map(|b| compliance::BannedTerm {
                term: b.term.clone(),
                replacement: b.replacement.clone(),
                reason: b.reason.clone(),
            })
            .collect(),
        required_disclaimers: non_empty(v.required_disclaimers.iter().cloned()),
        preferred_words: non_empty(v.preferred_words.iter().cloned()),
        tone: Some(compliance::Tone {
            formal_casual: t.formal_casual,
            serious_playful: t.serious_playful,
            respectful_irreverent: t.respectful_irreverent,
            matter_of_fact_enthusiastic: t.matter_of_fact_enthusiastic,
        }),
        reading_grade_target: v.reading_grade_target,
        emoji: match v.emoji_policy {
            EmojiPolicy::Never => compliance::EmojiRule::Never,
            EmojiPolicy::Sparing => compliance::EmojiRule::Sparing,
            EmojiPolicy::Encouraged => compliance::EmojiRule::Encouraged,
        },
        max_hashtags: Some(usize::from(v.hashtag_policy.max_per_post)),
        language,
        ..compliance::Policy::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use brand::model::{BannedTerm, BrandProfile};

    fn profile() -> BrandProfile {
        let mut p = BrandProfile::named("Acme");
        p.voice.banned_terms.push(BannedTerm {
            term: "cheap".into(),
            replacement: Some("affordable".into()),
            reason: "sounds low quality".into(),
        });
        p.voice.required_disclaimers.push("Terms apply.".into());
        p.voice.tone.formal_casual = 80;
        p.value_propositions = vec!["Ship faster".into(), "  ".into()];
        p
    }

    #[test]
    fn facts_carry_the_voice_and_what_was_learned() {
        let f = brand_facts(&profile(), &["synergy".into()]);
        assert_eq!(f.name, "Acme");
        assert_eq!(
            f.avoid_words,
            vec!["cheap".to_owned(), "synergy".to_owned()]
        );
        assert_eq!(f.value_propositions, vec!["Ship faster".to_owned()]);
        assert_eq!(f.tone.formal_casual, 80);
        assert_eq!(f.disclaimers, vec!["Terms apply.".to_owned()]);
        assert_eq!(
            f.replacements,
            vec![Replacement {
                term: "cheap".into(),
                replacement: "affordable".into()
            }]
        );
        assert_eq!(f.language, content::Language::En);
    }

    #[test]
    fn the_new_brand_facts_are_mapped_trimmed() {
        let mut p = profile();
        p.language = content::Language::Es;
        p.industry = " residential solar ".into();
        p.offer = "A free home energy assessment".into();
        p.location = "Sacramento".into();
        p.proof_points = vec!["4,000 roofs since 2009".into(), " ".into()];
        p.key_messages = vec!["Power that pays for itself".into()];
        p.voice.banned_terms.push(BannedTerm {
            term: "guru".into(),
            replacement: Some("  ".into()),
            reason: String::new(),
        });
        let f = brand_facts(&p, &[]);
        assert_eq!(f.language, content::Language::Es);
        assert_eq!(f.industry, "residential solar");
        assert_eq!(f.offer, "A free home energy assessment");
        assert_eq!(f.location, "Sacramento");
        assert_eq!(f.proof_points, vec!["4,000 roofs since 2009".to_owned()]);
        assert_eq!(
            f.key_messages,
            vec!["Power that pays for itself".to_owned()]
        );
        assert_eq!(
            f.replacements.len(),
            1,
            "a banned term without a replacement has none"
        );
        assert!(f.website_copy.is_empty());
    }

    #[test]
    fn the_policy_follows_the_voice_unless_the_brief_overrides_the_tone() {
        let p = profile();
        let pol = policy(&p, None);
        assert_eq!(pol.banned[0].replacement.as_deref(), Some("affordable"));
        assert_eq!(pol.tone.as_ref().map(|t| t.formal_casual), Some(80));
        let over = Tone {
            formal_casual: 10,
            ..tone_of(&p)
        };
        assert_eq!(
            policy(&p, Some(over)).tone.map(|t| t.formal_casual),
            Some(10)
        );
        assert_eq!(pol.language, compliance::Language::En);
        for l in Language::ALL {
            assert_eq!(policy_for(&p, None, l).language.code(), l.code());
        }
    }
}
