//! End-to-end checks through the public API, as the brand and campaign modules call it.

use compliance::{
    BannedTerm, CheckInput, CompiledPolicy, Context, EmojiRule, ExclamationRule, Policy, Severity,
    Tone, check, rule,
};

fn brand() -> Policy {
    Policy {
        banned: vec![BannedTerm {
            term: "cheap".into(),
            replacement: Some("affordable".into()),
            reason: "we never compete on price".into(),
        }],
        required_terms: vec!["Acme".into()],
        required_disclaimers: vec!["Offer ends 31 May.".into()],
        tone: Some(Tone {
            formal_casual: 60,
            serious_playful: 40,
            respectful_irreverent: 20,
            matter_of_fact_enthusiastic: 40,
        }),
        reading_grade_target: Some(8.0),
        emoji: EmojiRule::Sparing,
        exclamation: ExclamationRule::Auto,
        max_hashtags: Some(2),
        ..Policy::default()
    }
}

#[test]
fn clean_copy_scores_full_marks() {
    let text = "Acme keeps your team's notes in one place. Search finds any page in a second. \
                Offer ends 31 May.";
    let policy = brand();
    let report = check(&CheckInput {
        policy: Some(&policy),
        context: Context::Social,
        ..CheckInput::new(text)
    });
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert_eq!(report.score, 100);
    assert_eq!(report.readability.sentences, 3);
}

#[test]
fn problem_copy_collects_findings_in_order() {
    let text = "Cheap notes!! The #1 app that cures burnout. #notes #app #productivity 🎉🎉";
    let policy = brand();
    let report = check(&CheckInput {
        policy: Some(&policy),
        context: Context::Ad,
        ..CheckInput::new(text)
    });
    let found: Vec<(&str, &str)> = report
        .findings
        .iter()
        .map(|f| (f.rule, &text[f.start..f.end]))
        .collect();
    assert_eq!(
        found,
        vec![
            (rule::REQUIRED_TERM, ""),
            (rule::MISSING_DISCLAIMER, ""),
            (rule::BANNED_TERM, "Cheap"),
            (rule::EXCLAMATION, "!!"),
            (rule::UNSUBSTANTIATED_CLAIM, "#1"),
            (rule::UNSUBSTANTIATED_CLAIM, "cures"),
            (rule::HASHTAG_COUNT, "#productivity"),
            (rule::EMOJI, "🎉"),
        ]
    );
    let cures = &report.findings[5];
    assert_eq!(cures.severity, Severity::Error);
    assert_eq!(report.findings[2].suggestion.as_deref(), Some("Affordable"));
    // Required term 7, disclaimer 20, banned 20, exclamation 7, claims 7 + 20, hashtag 20
    // (banned terms and hashtags over the brand's limit are errors), emoji 7: capped at 0.
    assert_eq!(report.findings[6].severity, Severity::Error);
    assert_eq!(report.findings[2].severity, Severity::Error);
    assert_eq!(report.score, 0);
}

#[test]
fn email_and_influencer_contexts_add_their_rules() {
    let general = CompiledPolicy::general();
    let email = general.check("Our sale starts Monday.", Context::Email, None);
    let footer = email
        .findings
        .iter()
        .filter(|f| f.rule == rule::EMAIL_FOOTER)
        .count();
    assert_eq!(footer, 2);
    let post = general.check("Loving my new Acme boots", Context::Influencer, None);
    assert_eq!(post.findings[0].rule, rule::SPONSORED_DISCLOSURE);
    assert_eq!(post.score, 80);
    let disclosed = general.check("#ad Loving my new Acme boots", Context::Influencer, None);
    assert!(disclosed.findings.is_empty());
}

#[test]
fn report_serializes_with_snake_case_fields() {
    let report = CompiledPolicy::general().check("Guaranteed.", Context::General, None);
    let json = serde_json::to_value(&report).expect("serialize");
    assert_eq!(json["findings"][0]["rule"], "unsubstantiated_claim");
    assert_eq!(json["findings"][0]["severity"], "warning");
    assert!(json["readability"]["flesch_kincaid_grade"].is_number());
}

#[test]
fn another_language_keeps_the_brand_rules_but_not_the_english_word_lists() {
    let text = "¡Guaranteed! Energía barata para tu casa con cheap paneles solares. Llama hoy mismo \
                y pide tu presupuesto sin compromiso para tu tejado, estamos aquí para ayudarte \
                con todo lo que necesites este verano.";
    let english = brand();
    let spanish = Policy {
        language: compliance::Language::Es,
        ..brand()
    };
    let en = CompiledPolicy::new(&english).check(text, Context::Social, None);
    let es = CompiledPolicy::new(&spanish).check(text, Context::Social, None);
    let rules = |r: &compliance::Report| r.findings.iter().map(|f| f.rule).collect::<Vec<_>>();
    assert!(rules(&en).contains(&rule::UNSUBSTANTIATED_CLAIM), "{en:?}");
    assert!(!rules(&es).contains(&rule::UNSUBSTANTIATED_CLAIM), "{es:?}");
    assert!(!rules(&es).contains(&rule::TONE), "{es:?}");
    for r in [
        rule::BANNED_TERM,
        rule::MISSING_DISCLAIMER,
        rule::REQUIRED_TERM,
    ] {
        assert!(rules(&es).contains(&r), "{r} in every language: {es:?}");
    }
    assert_eq!(es.readability.language, compliance::Language::Es);
    assert_ne!(es.readability.reading_ease, en.readability.reading_ease);
}

#[test]
fn banned_matches_and_disclaimers_for_writers() {
    let c = CompiledPolicy::new(&brand());
    let text = "A cheap fix. #CheapDeals";
    let found = c.banned_matches(text);
    let got: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|m| (&text[m.start..m.end], m.replacement.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![("cheap", Some("affordable")), ("Cheap", Some("Affordable"))]
    );
    assert!(compliance::contains_disclaimer(
        "Hi.\n offer  ENDS 31 May.",
        "Offer ends 31 May."
    ));
    assert!(!compliance::contains_disclaimer(
        "Hi.",
        "Offer ends 31 May."
    ));
}
