//! The JSON a language model must return for each channel, stated compactly for a prompt.

use crate::Channel;

/// A compact JSON example plus field notes for `ch`, ready to paste into a prompt.
/// Limits quoted here are the platforms' own; the platform rules engine enforces them.
pub fn output_shape(ch: Channel) -> &'static str {
    match ch {
        Channel::X => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: at most 250 characters including any link; one idea, a hook first. ",
            "hashtags: 0-2 words without #, not repeated in text."
        ),
        Channel::Linkedin => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: 600-1300 characters, short paragraphs separated by blank lines, ",
            "a strong first line, end with a question that invites comments. ",
            "hashtags: 3-5 words without #."
        ),
        Channel::Instagram => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: a caption of 150-900 characters with line breaks; links are not clickable, ",
            "say \"link in bio\". hashtags: up to the brand's limit, words without #, ",
            "placed after the caption."
        ),
        Channel::Facebook => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: 150-500 characters, conversational, may include the link. ",
            "hashtags: 0-2 words without #."
        ),
        Channel::Threads => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: at most 450 characters, conversational. hashtags: at most 1 word without #."
        ),
        Channel::Mastodon => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: at most 450 characters, plain and sincere. ",
            "hashtags: 2-4 CamelCase words without # (screen readers need CamelCase)."
        ),
        Channel::Bluesky => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: at most 280 characters (graphemes) including hashtags and links. ",
            "hashtags: 0-2 words without #."
        ),
        Channel::Tiktok => concat!(
            r#"{"kind":"social","text":"...","hashtags":["..."]}"#,
            "\ntext: a short caption of at most 150 characters. hashtags: 3-5 words without #."
        ),
        Channel::GoogleRsa => concat!(
            r#"{"kind":"google_rsa","headlines":["...","..."],"descriptions":["...","..."],"path1":"...","path2":"..."}"#,
            "\nheadlines: 15 distinct, each at most 30 characters; include the brand name, ",
            "benefits and calls to action; each must make sense alone in any order. ",
            "descriptions: 4 distinct, each at most 90 characters. ",
            "path1, path2: at most 15 characters each, letters, digits and hyphens. No emoji."
        ),
        Channel::MetaAd => concat!(
            r#"{"kind":"meta_ad","primary_text":"...","headline":"...","description":"..."}"#,
            "\nprimary_text: at most 125 characters. headline: at most 40. description: at most 30."
        ),
        Channel::LinkedinSponsored => concat!(
            r#"{"kind":"linkedin_sponsored","intro":"...","headline":"...","description":"..."}"#,
            "\nintro: at most 150 characters. headline: at most 70. description: at most 100."
        ),
        Channel::Email => concat!(
            r#"{"kind":"email","subject":"...","subject_variants":["...","..."],"preheader":"...","body_html":"<p>...</p>","body_text":"...","cta_label":"...","cta_url":null,"delay_days":0}"#,
            "\nsubject: at most 60 characters; subject_variants: 2 alternatives for A/B tests. ",
            "preheader: at most 100 characters. body_html: simple semantic HTML (p, h1, ul, a). ",
            "Both bodies end with a footer containing {{unsubscribe_url}} and {{postal_address}} ",
            "verbatim. Use {{cta_url}} where the link goes if no URL is given."
        ),
        Channel::Blog => concat!(
            r##"{"kind":"blog","seo_title":"...","meta_description":"...","slug":"...","outline":[{"heading":"...","points":["..."]}],"body_markdown":"# ...\n\n..."}"##,
            "\nseo_title: at most 60 characters with the primary keyword. meta_description: ",
            "120-155 characters. slug: lowercase ascii words joined by hyphens. outline: 4-6 ",
            "sections. body_markdown: 600-900 words following the outline, with the primary ",
            "keyword in the first paragraph and in one heading."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_starts_with_its_kind() {
        for ch in Channel::ALL {
            let shape = output_shape(ch);
            let example = shape.lines().next().unwrap();
            let v: serde_json::Value = serde_json::from_str(example).unwrap();
            let kind = v["kind"].as_str().unwrap();
            let expected = if ch.is_social() {
                "social"
            } else {
                ch.as_str()
            };
            assert_eq!(kind, expected, "{ch}");
        }
        assert!(output_shape(Channel::Email).contains("{{unsubscribe_url}}"));
    }
}
