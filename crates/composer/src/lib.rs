//! Brandium's built-in offline copywriter. When no language model is configured, or a
//! provider fails, [`compose`] writes the draft: real, on-brand copy built from the brand's
//! own words, the persona and the brief, through phrase banks split by tone.
//!
//! Deterministic: the same request and seed give the same draft (the RNG is ChaCha8 keyed by
//! our own expansion of the seed, see [`dice`]); another variant or seed gives visibly
//! different copy. Pure and fast: no I/O, well under a millisecond per draft.
//!
//! ```
//! use content::{Channel, ComposeRequest};
//! let mut req = ComposeRequest::new(Channel::X);
//! req.brand.name = "Acme".into();
//! req.brief.key_message = "Scheduling now takes one click.".into();
//! let draft = composer::compose(&req);
//! assert!(draft.validate_shape(Channel::X).is_ok());
//! assert_eq!(draft, composer::compose(&req));
//! ```

pub mod ads;
pub mod avoid;
pub mod bank;
pub mod blog;
pub mod ctx;
pub mod dice;
pub mod email;
pub mod emoji;
pub mod facts;
pub mod hashtags;
pub mod intent;
pub mod social;
pub mod text;
pub mod voice;

use content::{AgentKind, ComposeRequest, Draft};

use crate::ctx::Ctx;

/// Changes whenever the banks or the assembly change, so stored drafts can say which
/// composer wrote them (a seed reproduces a draft only under the same version).
pub const VERSION: &str = "1.0.0";

/// Writes one draft for `req.channel`.
pub fn compose(req: &ComposeRequest) -> Draft {
    let mut ctx = Ctx::new(req);
    if ctx.facts.cta.is_empty() {
        let labels = ctx.facts.intent.labels();
        ctx.facts.cta = ctx
            .pick("cta-label", labels)
            .unwrap_or_else(|| "Learn more".to_string());
    }
    match req.channel.agent() {
        AgentKind::Social => social::write(
            &mut ctx,
            &req.brand.hashtags,
            req.brand.max_hashtags,
            &req.brand.category,
        ),
        AgentKind::Ads => ads::write(&mut ctx),
        AgentKind::Email => email::write(&mut ctx, req.step),
        AgentKind::Blog => blog::write(&mut ctx),
    }
}
