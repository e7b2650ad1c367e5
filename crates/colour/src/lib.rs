//! Colour engine for Brandium's visual identity (brand kit): pure, synchronous maths with no
//! I/O, so a module can call it from a request handler or a job alike.
//!
//! What it covers (product issue "Visual identity", FR-6.3.1 / FR-6.3.2):
//! - [`hex`]: the [`Rgb`] type, parsing user-typed `#RGB` / `#RRGGBB` and canonical `#RRGGBB` output.
//! - [`convert`]: HSL, CMYK and CIE L*a*b* conversions, plus [`ColourFormats`] for display.
//! - [`wcag`]: WCAG 2.1 relative luminance and contrast ratio, AA/AAA levels, the contrast
//!   matrix for a palette's [`Role`]s and, for failing pairs, the nearest passing shade.
//! - [`ciede2000`]: ΔE00 perceptual distance (Sharma, Wu & Dalal 2005), tested on all 34 of
//!   the paper's reference pairs.
//! - [`generate`]: complementary, analogous, triadic and split-complementary harmonies and a
//!   50–900 monochrome scale, each colour with its accessible text colour.
//! - [`compliance`]: compares observed dominant colours with the palette and scores the share
//!   that stays on-brand.
//! - [`quantize`]: the dominant colours of an image (weighted k-means in L*a*b*), which feed
//!   [`compliance`].
//!
//! Why hand-written rather than the `palette` crate: the formulas are short, well specified
//! and cited at each function; the engine stays dependency-free apart from serde/thiserror.
//!
//! ```
//! use colour::{Rgb, contrast_ratio, generate_palette};
//! let teal = Rgb::parse_hex("#106d7c").unwrap();
//! assert_eq!(teal.to_hex(), "#106D7C");
//! assert!(contrast_ratio(teal, Rgb::WHITE) > 4.5);
//! assert_eq!(generate_palette(teal).monochrome[5].swatch.colour, teal);
//! ```

pub mod ciede2000;
pub mod compliance;
pub mod convert;
pub mod generate;
pub mod hex;
pub mod quantize;
pub mod wcag;

pub use ciede2000::delta_e_2000;
pub use compliance::{ColourMatch, ComplianceReport, DEFAULT_THRESHOLD, compare_to_palette};
pub use convert::{Cmyk, ColourFormats, Hsl, Lab};
pub use generate::{
    DARK_TEXT, GeneratedPalette, LIGHT_TEXT, SCALE_STEPS, ScaleSwatch, Scheme, SchemeColour,
    Swatch, accessible_text, generate_palette, monochrome_scale, rotate_hue, scheme_colours,
};
pub use hex::{ParseColourError, Rgb};
pub use quantize::{DominantColour, Quantized, dominant_colours};
pub use wcag::{
    AA_LARGE, AA_NORMAL, AAA_LARGE, AAA_NORMAL, ContrastPair, Role, Suggestion, WcagLevel,
    contrast_matrix, contrast_pair, contrast_ratio, palette_pairs, relative_luminance,
    suggest_text_colour,
};
