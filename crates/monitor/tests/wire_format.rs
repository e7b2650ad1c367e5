//! The JSON shapes other modules store and serve: lower-case enum values, digests as
//! [category, items] pairs, and OpenAPI schemas for every output type.

use monitor::{
    AlertRule, Category, Digest, DigestItem, EntityKind, FeedItem, Impact, Mention, Scored,
    Sentiment, SentimentLabel, SovPoint, Urgency, Watch, digest, sentiment,
};
use serde_json::json;
use utoipa::PartialSchema;

#[test]
fn enums_serialise_in_snake_case() {
    assert_eq!(
        serde_json::to_value(Category::Partnership).ok(),
        Some(json!("partnership"))
    );
    assert_eq!(serde_json::to_value(Impact::High).ok(), Some(json!("high")));
    assert_eq!(
        serde_json::to_value(Urgency::Critical).ok(),
        Some(json!("critical"))
    );
    assert_eq!(
        serde_json::to_value(SentimentLabel::Negative).ok(),
        Some(json!("negative"))
    );
    assert_eq!(
        serde_json::to_value(EntityKind::Competitor).ok(),
        Some(json!("competitor"))
    );
    assert!(serde_json::from_value::<Category>(json!("Funding")).is_err());
}

#[test]
fn digests_and_rules_round_trip_through_json() {
    let items = vec![DigestItem {
        title: "Globex cuts prices".into(),
        url: Some("https://news.example.com/a".into()),
        category: Category::Pricing,
        impact: Impact::High,
        relevance: 0.8,
        published: None,
    }];
    let d = digest(&items, 5);
    let value = serde_json::to_value(&d).expect("serialises");
    assert_eq!(value["sections"][0][0], json!("pricing"));
    assert_eq!(
        value["sections"][0][1][0]["title"],
        json!("Globex cuts prices")
    );
    assert_eq!(value["total"], json!(1));
    assert_eq!(serde_json::from_value::<Digest>(value).ok(), Some(d));

    let rule = AlertRule {
        keywords: vec!["outage".into()],
        competitors: vec![],
        include_brand: true,
        min_relevance: 0.3,
        min_impact: Impact::Medium,
        sentiment: Some(SentimentLabel::Negative),
        urgency: Urgency::High,
    };
    let value = serde_json::to_value(&rule).expect("serialises");
    assert_eq!(value["min_impact"], json!("medium"));
    assert_eq!(value["sentiment"], json!("negative"));
    assert_eq!(serde_json::from_value::<AlertRule>(value).ok(), Some(rule));

    let s: Sentiment = sentiment("Great news");
    let back: Sentiment =
        serde_json::from_value(serde_json::to_value(&s).expect("serialises")).expect("parses");
    assert_eq!(back, s);
}

#[test]
fn every_output_type_has_an_openapi_schema() {
    let schemas = [
        ("FeedItem", serde_json::to_value(FeedItem::schema())),
        ("Watch", serde_json::to_value(Watch::schema())),
        ("Mention", serde_json::to_value(Mention::schema())),
        ("Scored", serde_json::to_value(Scored::schema())),
        ("Sentiment", serde_json::to_value(Sentiment::schema())),
        ("AlertRule", serde_json::to_value(AlertRule::schema())),
        ("SovPoint", serde_json::to_value(SovPoint::schema())),
        ("Digest", serde_json::to_value(Digest::schema())),
        ("DigestItem", serde_json::to_value(DigestItem::schema())),
    ];
    for (name, schema) in schemas {
        let schema = schema.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            schema.get("properties").is_some(),
            "{name} schema has no properties: {schema}"
        );
    }
    let category = serde_json::to_value(Category::schema()).expect("serialises");
    assert!(
        category.to_string().contains("\"partnership\""),
        "{category}"
    );
}
