use super::*;
use crate::watch::{Entity, EntityKind, Watch};

fn entity(name: &str, aliases: &[&str], kind: EntityKind) -> Entity {
    Entity {
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        kind,
    }
}

fn watch() -> Watch {
    Watch {
        brand: entity("Brandium", &["Brandium AI"], EntityKind::Brand),
        competitors: vec![
            entity("Globex", &["Globex Corp"], EntityKind::Competitor),
            entity("Initech", &[], EntityKind::Competitor),
        ],
        keywords: vec!["brand monitoring".into(), "GDPR".into()],
        topics: vec!["marketing automation".into()],
    }
}

fn item(title: &str, summary: &str) -> FeedItem {
    FeedItem {
        guid: title.into(),
        url: None,
        title: title.into(),
        summary: summary.into(),
        published: None,
        author: None,
    }
}

#[test]
fn brand_in_title_outranks_competitor_and_summary_mentions() {
    let w = watch();
    let brand_title = score(&item("Brandium's new release wins praise", ""), &w);
    let competitor_title = score(&item("Globex ships an update", ""), &w);
    let brand_summary = score(
        &item(
            "Weekly roundup",
            "Also this week, Brandium shipped an update.",
        ),
        &w,
    );
    let nothing = score(&item("Weather turns cold", "Snow expected"), &w);
    assert!(brand_title.relevance > competitor_title.relevance);
    assert!(brand_title.relevance > brand_summary.relevance);
    assert!(brand_summary.relevance > nothing.relevance);
    assert_eq!(nothing.relevance, 0.0);
    assert!(nothing.mentions.is_empty());

    assert_eq!(brand_title.mentions.len(), 1);
    assert_eq!(brand_title.mentions[0].entity, "Brandium");
    assert_eq!(brand_title.mentions[0].kind, EntityKind::Brand);
    assert_eq!(
        brand_summary.mentions[0].snippet,
        "Also this week, Brandium shipped an update."
    );
    assert_eq!(competitor_title.mentions[0].kind, EntityKind::Competitor);
}

#[test]
fn aliases_count_and_names_inside_other_words_do_not() {
    let w = watch();
    let alias = score(&item("Globex Corp cuts prices", ""), &w);
    assert_eq!(alias.mentions.len(), 1);
    assert_eq!(alias.mentions[0].entity, "Globex");
    assert!(
        score(&item("Globexia opens an office", ""), &w)
            .mentions
            .is_empty()
    );
}

#[test]
fn keywords_and_topics_are_matched_and_reported() {
    let w = watch();
    let s = score(
        &item(
            "What GDPR means for brand monitoring",
            "A guide to marketing automation",
        ),
        &w,
    );
    assert_eq!(
        s.matched_keywords,
        vec!["brand monitoring", "GDPR", "marketing automation"]
    );
    let title_only = score(&item("GDPR fines rise", ""), &w);
    let summary_only = score(&item("Fines rise", "Regulators lean on GDPR"), &w);
    assert!(title_only.relevance > summary_only.relevance);
    assert!(s.relevance > title_only.relevance && s.relevance <= 1.0);
}

#[test]
fn relevance_stays_within_bounds_with_many_matches() {
    let w = watch();
    let s = score(
        &item(
            "Brandium, Globex and Initech on GDPR and brand monitoring",
            "Brandium AI, Globex Corp, Initech: marketing automation and GDPR",
        ),
        &w,
    );
    assert!(s.relevance > 0.9 && s.relevance <= 1.0, "{}", s.relevance);
    assert_eq!(
        s.mentions
            .iter()
            .map(|m| m.entity.as_str())
            .collect::<Vec<_>>(),
        ["Brandium", "Globex", "Initech"]
    );
}

#[test]
fn category_and_impact_follow_the_story_and_who_it_is_about() {
    let w = watch();
    let pricing = score(&item("Globex cuts prices on its starter plan", ""), &w);
    assert_eq!(pricing.category, Category::Pricing);
    assert_eq!(pricing.impact, Impact::High);

    let funding = score(&item("Initech raises $30M Series B", ""), &w);
    assert_eq!(funding.category, Category::Funding);
    assert_eq!(funding.impact, Impact::High);

    let industry = score(
        &item("Survey: the marketing software market keeps growing", ""),
        &w,
    );
    assert_eq!(industry.category, Category::Industry);
    assert_eq!(industry.impact, Impact::Low);

    let people_unwatched = score(&item("Hooli appoints a new CFO", ""), &w);
    assert_eq!(people_unwatched.category, Category::People);
    assert_eq!(people_unwatched.impact, Impact::Low);

    // Strong sentiment lifts a story about a watched company.
    let people_loud = score(
        &item("Globex CEO resigns amid terrible scandal and outrage", ""),
        &w,
    );
    assert_eq!(people_loud.category, Category::People);
    assert_eq!(people_loud.impact, Impact::High);
}

#[test]
fn mention_sentiment_reads_the_sentence_around_the_mention() {
    let w = watch();
    let s = score(
        &item(
            "Roundup",
            "Customers love the new Brandium dashboard. Globex suffered an awful outage.",
        ),
        &w,
    );
    let by = |name: &str| {
        s.mentions
            .iter()
            .find(|m| m.entity == name)
            .map(|m| m.sentiment.label)
    };
    assert_eq!(by("Brandium"), Some(crate::SentimentLabel::Positive));
    assert_eq!(by("Globex"), Some(crate::SentimentLabel::Negative));
}

#[test]
fn long_sentences_are_cut_around_the_mention() {
    let filler = "word ".repeat(100);
    let text = format!("{filler}Brandium is mentioned here {filler}");
    let s = score(&item("Roundup", &text), &watch());
    let snippet = &s.mentions[0].snippet;
    assert!(snippet.chars().count() <= SNIPPET_MAX + 2);
    assert!(snippet.contains("Brandium is mentioned"));
    assert!(snippet.starts_with('…') && snippet.ends_with('…'));
}

#[test]
fn names_that_are_words_do_not_colour_the_mention() {
    let mut w = watch();
    w.competitors
        .push(entity("Massive Dynamic", &[], EntityKind::Competitor));
    let s = score(
        &item(
            "Massive Dynamic reports second-quarter results on Wednesday",
            "",
        ),
        &w,
    );
    assert_eq!(s.mentions[0].entity, "Massive Dynamic");
    assert_eq!(
        s.mentions[0].snippet,
        "Massive Dynamic reports second-quarter results on Wednesday"
    );
    assert_eq!(
        s.mentions[0].sentiment.label,
        crate::SentimentLabel::Neutral
    );
    assert_eq!(
        crate::sentiment(&s.mentions[0].snippet).label,
        crate::SentimentLabel::Positive
    );
    assert_eq!(
        without_names(
            "Globex's deal with Globex Corp",
            &[vec!["globex".to_string()]]
        ),
        " deal with  Corp"
    );
}
