//! Channel-specific contracts: ad limits, email structure and sequences, blog SEO.

mod common;

use common::*;
use composer::compose;
use content::{Channel, ComposeRequest, Draft, Step, count_words, is_valid_slug, slugify};

fn ad_requests() -> Vec<ComposeRequest> {
    let mut long = request(Channel::MetaAd);
    long.brand.name = "The Extraordinarily Long Brand Name Company of Greater Manchester".into();
    long.brand.value_propositions = vec![
        "A value proposition that goes on and on well past any sensible headline length for ads"
            .into(),
    ];
    long.brief.key_message = "A key message that is far too long for any ad field at all, because it keeps going with more and more detail that nobody asked for.".into();
    long.brief.call_to_action = "Request a personalised consultation with our specialists".into();
    vec![
        request(Channel::MetaAd),
        ComposeRequest::new(Channel::MetaAd),
        long,
    ]
}

#[test]
fn meta_and_linkedin_ads_always_fit() {
    for base in ad_requests() {
        for seed in 0..60 {
            for ch in [Channel::MetaAd, Channel::LinkedinSponsored] {
                let req = ComposeRequest {
                    channel: ch,
                    seed,
                    variant: seed as u32,
                    ..base.clone()
                };
                match compose(&req) {
                    Draft::MetaAd {
                        primary_text,
                        headline,
                        description,
                    } => {
                        assert!(primary_text.chars().count() <= 125, "{primary_text}");
                        assert!(headline.chars().count() <= 40, "{headline}");
                        assert!(description.chars().count() <= 30, "{description}");
                        assert!(!primary_text.is_empty() && !headline.is_empty());
                    }
                    Draft::LinkedinSponsored {
                        intro,
                        headline,
                        description,
                    } => {
                        assert!(intro.chars().count() <= 150, "{intro}");
                        assert!(headline.chars().count() <= 70, "{headline}");
                        assert!(description.chars().count() <= 100, "{description}");
                        assert!(!intro.is_empty() && !headline.is_empty());
                    }
                    other => panic!("wrong shape {other:?}"),
                }
            }
        }
    }
}

#[test]
fn ad_text_is_never_cut_mid_word() {
    for base in ad_requests() {
        let req = ComposeRequest {
            channel: Channel::MetaAd,
            ..base
        };
        let Draft::MetaAd {
            primary_text,
            headline,
            description,
        } = compose(&req)
        else {
            panic!()
        };
        for field in [primary_text, headline, description] {
            assert!(!field.ends_with('…'), "{field}");
            for w in field.split_whitespace() {
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                assert!(bare.is_empty() || !bare.ends_with('-'), "{field}");
            }
        }
    }
}

#[test]
fn responsive_search_ads_are_complete() {
    for base in ad_requests() {
        for seed in 0..40 {
            let req = ComposeRequest {
                channel: Channel::GoogleRsa,
                seed,
                variant: seed as u32,
                ..base.clone()
            };
            let d = compose(&req);
            d.validate_shape(Channel::GoogleRsa).unwrap();
            let Draft::GoogleRsa {
                headlines,
                descriptions,
                path1,
                path2,
            } = d
            else {
                panic!()
            };
            assert_eq!(headlines.len(), 15, "{headlines:?}");
            assert_eq!(descriptions.len(), 4, "{descriptions:?}");
            for h in &headlines {
                assert!(h.chars().count() <= 30, "{h}");
                assert!(!h.contains('!'), "{h}");
            }
            for d in &descriptions {
                assert!(d.chars().count() <= 90, "{d}");
            }
            for p in [&path1, &path2] {
                assert!(p.len() <= 15 && (p.is_empty() || is_valid_slug(p)), "{p}");
            }
            assert!(path2.is_empty() || !path1.is_empty(), "path2 needs path1");
            let name = &req.brand.name;
            if !name.is_empty() && name.chars().count() <= 30 {
                assert!(
                    headlines.iter().any(|h| h.contains(name.as_str())),
                    "{headlines:?}"
                );
            }
        }
    }
    let Draft::GoogleRsa { headlines, .. } = compose(&request(Channel::GoogleRsa)) else {
        panic!()
    };
    assert!(
        headlines.iter().any(|h| h.contains("Start Your Trial")),
        "the ask: {headlines:?}"
    );
    assert!(
        headlines.iter().any(|h| h == "Approvals in One Click"
            || h == "Reports That Write Themselves"
            || h == "Plan Less, Publish More"),
        "a benefit: {headlines:?}"
    );
}

#[test]
fn emails_carry_footer_placeholders_and_fit_their_fields() {
    for base in [request(Channel::Email), ComposeRequest::new(Channel::Email)] {
        for seed in 0..20 {
            let mut req = ComposeRequest {
                seed,
                variant: seed as u32,
                ..base.clone()
            };
            req.brand.disclaimers = vec!["Terms apply".into()];
            let d = compose(&req);
            d.validate_shape(Channel::Email).unwrap();
            let Draft::Email {
                subject,
                subject_variants,
                preheader,
                body_html,
                body_text,
                cta_label,
                cta_url,
                ..
            } = d
            else {
                panic!()
            };
            assert!(subject.chars().count() <= 60, "{subject}");
            assert_eq!(subject_variants.len(), 2);
            assert!(
                subject_variants
                    .iter()
                    .all(|s| s.chars().count() <= 60 && *s != subject)
            );
            assert!(preheader.chars().count() <= 100, "{preheader}");
            for body in [&body_html, &body_text] {
                assert!(body.contains("{{unsubscribe_url}}"));
                assert!(body.contains("{{postal_address}}"));
                assert!(body.contains("Terms apply"));
                assert!(body.contains(&cta_label));
            }
            let href = cta_url.clone().unwrap_or_else(|| "{{cta_url}}".into());
            assert!(
                body_html.contains(&format!("href=\"{href}\"")),
                "{body_html}"
            );
            assert!(body_html.contains("<p>") && body_html.contains("</footer>"));
            if base.brief.cta_url.is_none() {
                assert!(cta_url.is_none());
            }
        }
    }
}

#[test]
fn email_html_escapes_brand_text() {
    let mut req = request(Channel::Email);
    req.brand.name = "Tom & Jerry's <Shop>".into();
    let Draft::Email {
        body_html,
        body_text,
        ..
    } = compose(&req)
    else {
        panic!()
    };
    assert!(!body_html.contains("<Shop>"));
    assert!(
        body_html.contains("Tom &amp; Jerry's &lt;Shop&gt;"),
        "{body_html}"
    );
    assert!(body_text.contains("Tom & Jerry's <Shop>"));
}

#[test]
fn sequences_follow_the_arc() {
    let total = 4;
    let emails: Vec<Draft> = (0..total)
        .map(|index| {
            let mut req = request(Channel::Email);
            req.step = Some(Step { index, total });
            compose(&req)
        })
        .collect();
    let delays: Vec<u32> = emails
        .iter()
        .map(|d| match d {
            Draft::Email { delay_days, .. } => *delay_days,
            _ => panic!(),
        })
        .collect();
    assert_eq!(delays, [0, 2, 3, 4]);
    let text = |i: usize| match &emails[i] {
        Draft::Email {
            subject,
            preheader,
            body_text,
            ..
        } => format!("{subject}\n{preheader}\n{body_text}").to_lowercase(),
        _ => unreachable!(),
    };
    let has_any = |i: usize, words: &[&str]| words.iter().any(|w| text(i).contains(w));
    assert!(
        has_any(
            0,
            &[
                "welcome",
                "glad",
                "joining",
                "hello",
                "started",
                "first step"
            ]
        ),
        "{}",
        text(0)
    );
    assert!(
        has_any(
            2,
            &[
                "next step",
                "ready",
                "your turn",
                "get started",
                "time to",
                "shall we",
                "invitation"
            ]
        ),
        "{}",
        text(2)
    );
    assert!(
        has_any(3, &["last", "final", "one more", "close"]),
        "{}",
        text(3)
    );
    let subjects: std::collections::HashSet<String> = (0..4)
        .map(|i| text(i).lines().next().unwrap_or("").to_string())
        .collect();
    assert_eq!(subjects.len(), 4);
    let Draft::Email { delay_days, .. } = compose(&request(Channel::Email)) else {
        panic!()
    };
    assert_eq!(delay_days, 0);
}

#[test]
fn blogs_hit_length_and_keyword_placement() {
    for base in [request(Channel::Blog), ComposeRequest::new(Channel::Blog)] {
        for seed in 0..20 {
            let req = ComposeRequest {
                seed,
                variant: seed as u32,
                ..base.clone()
            };
            let d = compose(&req);
            d.validate_shape(Channel::Blog).unwrap();
            let Draft::Blog {
                seo_title,
                meta_description,
                slug,
                outline,
                body_markdown,
            } = d
            else {
                panic!()
            };
            let words = count_words(&body_markdown);
            assert!(
                (600..=900).contains(&words),
                "seed {seed}: {words} words\n{body_markdown}"
            );
            assert!(seo_title.chars().count() <= 60, "{seo_title}");
            let m = meta_description.chars().count();
            assert!((120..=155).contains(&m), "{m}: {meta_description}");
            assert_eq!(slug, slugify(&seo_title));
            assert!((4..=6).contains(&outline.len()), "{}", outline.len());
            assert!(outline.iter().all(|s| !s.points.is_empty()));
            // The article follows the outline: every heading appears as a section.
            for s in &outline {
                assert!(
                    body_markdown.contains(&format!("## {}", s.heading)),
                    "{}",
                    s.heading
                );
            }
            if let Some(kw) = req.brief.keywords.first() {
                let kw = kw.to_lowercase();
                assert!(seo_title.to_lowercase().contains(&kw), "{seo_title}");
                let first_para = body_markdown
                    .split("\n\n")
                    .nth(1)
                    .unwrap_or("")
                    .to_lowercase();
                assert!(first_para.contains(&kw), "{first_para}");
                assert!(
                    outline
                        .iter()
                        .any(|s| s.heading.to_lowercase().contains(&kw))
                );
                assert!(
                    body_markdown.to_lowercase().contains("marketing workflow"),
                    "second keyword used"
                );
            }
        }
    }
}

#[test]
fn blog_length_feedback_moves_the_word_count() {
    let mut short = request(Channel::Blog);
    short.brief.feedback = vec!["shorter".into()];
    let mut long = request(Channel::Blog);
    long.brief.feedback = vec!["longer".into()];
    let (s, l) = (compose(&short).word_count(), compose(&long).word_count());
    assert!(s < l, "{s} vs {l}");
    let Draft::Blog {
        body_markdown,
        outline,
        ..
    } = compose(&long)
    else {
        panic!()
    };
    assert!(count_words(&body_markdown) <= 900);
    assert!(outline.len() <= 6);
}
