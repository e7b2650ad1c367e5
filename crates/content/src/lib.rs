//! The shared vocabulary of generated drafts: which channel a draft is for, the shape each
//! channel's draft takes, what a writer is told (brand, persona, brief) and the structural
//! checks any writer's output must pass, whether it came from a language model or from the
//! offline composer.
//!
//! ```
//! use content::{Channel, Draft, slugify};
//! let draft = Draft::Social { text: "Launch day.".into(), hashtags: vec!["Acme".into()] };
//! assert!(draft.validate_shape(Channel::Bluesky).is_ok());
//! assert_eq!(draft.word_count(), 3);
//! assert_eq!(slugify("Café Culture 101"), "cafe-culture-101");
//! ```

pub mod channel;
pub mod draft;
pub mod facts;
pub mod language;
pub mod shape;
pub mod similarity;
pub mod slug;

pub use channel::{AgentKind, Channel, UnknownChannel};
pub use draft::{
    CTA_URL_PLACEHOLDER, Draft, OutlineSection, POSTAL_ADDRESS_PLACEHOLDER, RSA_DESCRIPTIONS,
    RSA_HEADLINES, UNSUBSCRIBE_PLACEHOLDER, count_words,
};
pub use facts::{
    BrandFacts, Brief, ComposeRequest, EmojiUse, PersonaFacts, Replacement, Step, Tone,
    normalise_hashtag,
};
pub use language::{Language, UnknownLanguage};
pub use shape::output_shape;
pub use similarity::{MAX_TRIGRAM_OVERLAP, distinct_enough, overlap_without, trigram_overlap};
pub use slug::{MAX_SLUG_LEN, is_valid_slug, slugify};
