//! Ad text formats as data: which fields each takes, how many values, and which lengths are hard
//! limits (the platform refuses the ad) versus recommendations (the platform truncates in places).

use serde::{Deserialize, Serialize};

/// An ad format whose text fields we can check and fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdFormat {
    /// Google Ads responsive search ad.
    GoogleRsa,
    /// Meta (Facebook and Instagram) single image or video ad.
    Meta,
    /// LinkedIn sponsored content (single image ad).
    LinkedinSponsored,
}

/// How an ad platform measures a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdCounting {
    /// Unicode characters.
    Characters,
    /// Characters, with double-width (East Asian wide and fullwidth) characters counting 2.
    DoubleWidthAsTwo,
}

/// One text field of an ad format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdField {
    pub name: &'static str,
    pub display_name: &'static str,
    pub min_values: usize,
    pub max_values: usize,
    /// Longer values are refused.
    pub hard_limit: Option<usize>,
    /// Longer values are accepted but cut off ("See more") in some placements.
    pub recommended_limit: Option<usize>,
    /// Whether line breaks are allowed in a value.
    pub multiline: bool,
    /// A field that must have a value whenever this one has.
    pub requires: Option<&'static str>,
}

/// The rules of one ad format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdSpec {
    pub format: AdFormat,
    pub display_name: &'static str,
    pub counting: AdCounting,
    pub fields: &'static [AdField],
}

const fn field(name: &'static str, display_name: &'static str, values: (usize, usize)) -> AdField {
    AdField {
        name,
        display_name,
        min_values: values.0,
        max_values: values.1,
        hard_limit: None,
        recommended_limit: None,
        multiline: false,
        requires: None,
    }
}

static AD_SPECS: [AdSpec; 3] = [
    AdSpec {
        format: AdFormat::GoogleRsa,
        display_name: "Google responsive search ad",
        // Google Ads Help, "Character limits for ads": double-width characters (Chinese,
        // Japanese, Korean) count as 2.
        counting: AdCounting::DoubleWidthAsTwo,
        fields: &[
            // Google Ads Help, "About responsive search ads": 3 to 15 headlines of up to 30
            // characters, 2 to 4 descriptions of up to 90, two optional display URL paths of 15.
            AdField {
                hard_limit: Some(30),
                ..field("headlines", "Headline", (3, 15))
            },
            AdField {
                hard_limit: Some(90),
                ..field("descriptions", "Description", (2, 4))
            },
            AdField {
                hard_limit: Some(15),
                ..field("path1", "Display path 1", (0, 1))
            },
            // Google Ads Help, "About display URLs": path 2 can only be added with path 1.
            AdField {
                hard_limit: Some(15),
                requires: Some("path1"),
                ..field("path2", "Display path 2", (0, 1))
            },
        ],
    },
    AdSpec {
        format: AdFormat::Meta,
        display_name: "Meta ad",
        counting: AdCounting::Characters,
        fields: &[
            // Meta Ads Guide (image ads): primary text 125, headline 40 and description 30
            // characters are recommendations; longer text is accepted and truncated in the
            // feed. Meta Business Help, "About multiple text options": up to 5 of each.
            AdField {
                recommended_limit: Some(125),
                multiline: true,
                ..field("primary_text", "Primary text", (1, 5))
            },
            AdField {
                recommended_limit: Some(40),
                ..field("headline", "Headline", (0, 5))
            },
            AdField {
                recommended_limit: Some(30),
                ..field("description", "Description", (0, 5))
            },
        ],
    },
    AdSpec {
        format: AdFormat::LinkedinSponsored,
        display_name: "LinkedIn sponsored content",
        counting: AdCounting::Characters,
        fields: &[
            // LinkedIn Marketing Solutions, "Single image ads specifications": introductory text
            // up to 600 characters, 150 recommended to avoid truncation; headline up to 200, 70
            // recommended; description 100 recommended (shown on the Audience Network only).
            AdField {
                hard_limit: Some(600),
                recommended_limit: Some(150),
                multiline: true,
                ..field("introductory_text", "Introductory text", (0, 1))
            },
            AdField {
                hard_limit: Some(200),
                recommended_limit: Some(70),
                ..field("headline", "Headline", (0, 1))
            },
            AdField {
                recommended_limit: Some(100),
                ..field("description", "Description", (0, 1))
            },
        ],
    },
];

/// The rules of one ad format.
pub fn ad_spec(format: AdFormat) -> &'static AdSpec {
    // The table is ordered like the enum's variants; a test holds that in place.
    &AD_SPECS[format as usize]
}

/// The fields of one ad format.
pub fn ad_fields(format: AdFormat) -> &'static [AdField] {
    ad_spec(format).fields
}
