use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-4
}

#[test]
fn plain_positive_and_negative_words() {
    let good = sentiment("The product is good");
    assert!(close(good.compound, 0.4404), "{good:?}");
    assert_eq!(good.label, SentimentLabel::Positive);
    assert!(close(good.positive, 0.492) && close(good.neutral, 0.508) && close(good.negative, 0.0));
    assert_eq!(
        sentiment("Acme reports a terrible outage").label,
        SentimentLabel::Negative
    );
}

#[test]
fn negation_flips_and_dampens() {
    let not_good = sentiment("The product is not good");
    assert!(close(not_good.compound, -0.3412), "{not_good:?}");
    assert_eq!(not_good.label, SentimentLabel::Negative);
    // Negation reaches three words back, and "not bad" reads as mildly positive.
    assert_eq!(
        sentiment("The launch was not at all good").label,
        SentimentLabel::Negative
    );
    assert!(close(sentiment("Not bad at all").compound, 0.431));
}

#[test]
fn boosters_strengthen_and_dampeners_weaken() {
    let plain = sentiment("The product is good").compound;
    let very = sentiment("The product is very good").compound;
    let kind_of = sentiment("Acme's update is kind of good").compound;
    assert!(close(very, 0.4927), "{very}");
    assert!(very > plain);
    assert!(close(kind_of, 0.3832), "{kind_of}");
    assert!(sentiment("The product is slightly good").compound < plain);
}

#[test]
fn but_makes_the_second_clause_dominant() {
    let s = sentiment("The design is great but the app is awful");
    assert!(close(s.compound, -0.3506), "{s:?}");
    let reversed = sentiment("The app is awful but the design is great");
    assert!(close(reversed.compound, 0.6858), "{reversed:?}");
    // Capitals amid lower-case text add emphasis, enough here to outweigh the clause after "but".
    assert!(close(
        sentiment("The product is GOOD but the support is awful").compound,
        0.2183
    ));
}

#[test]
fn exclamation_marks_and_capitals_amplify() {
    let calm = sentiment("Acme's new release is great").compound;
    let excited = sentiment("Acme's new release is great!!!").compound;
    let shouted = sentiment("Acme's new release is GREAT").compound;
    assert!(excited > calm && shouted > calm);
    // Punctuation alone carries no sentiment.
    assert!(close(sentiment("Acme launches new plan!!!").compound, 0.0));
}

#[test]
fn emoji_are_scored_through_their_descriptions() {
    let s = sentiment("Acme is \u{1F601}");
    assert!(close(s.compound, 0.4588), "{s:?}");
}

#[test]
fn empty_text_is_neutral() {
    let s = sentiment("   ");
    assert_eq!(s.label, SentimentLabel::Neutral);
    assert!(close(s.compound, 0.0));
}

#[test]
fn labels_follow_the_compound_thresholds() {
    assert_eq!(
        SentimentLabel::from_compound(0.05),
        SentimentLabel::Positive
    );
    assert_eq!(
        SentimentLabel::from_compound(0.0499),
        SentimentLabel::Neutral
    );
    assert_eq!(
        SentimentLabel::from_compound(-0.05),
        SentimentLabel::Negative
    );
}

#[test]
fn news_terms_extend_vader_without_overriding_it() {
    let additions = lexicon::news_additions();
    assert!(additions.len() > 100);
    for (word, valence) in additions {
        assert!(
            !lexicon::VADER.contains_key(word),
            "{word} is already rated by VADER"
        );
        assert!(
            (-4.0..=4.0).contains(&valence) && valence != 0.0,
            "{word}: {valence}"
        );
    }
    let headline = "Globex confirms data breach affecting 2 million users";
    assert_eq!(vader_sentiment(headline).label, SentimentLabel::Neutral);
    assert_eq!(sentiment(headline).label, SentimentLabel::Negative);
    // The rules apply to the added words as to any other: negation flips them.
    assert_eq!(
        sentiment("No outage reported, service not slow").label,
        SentimentLabel::Positive
    );
}
