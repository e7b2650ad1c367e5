use super::*;
use crate::kit::assemble::{KitParts, assemble};
use crate::kit::dto::{KitFile, KitLogo, KitPersona};
use crate::model::*;

fn rich_kit(file: Option<KitFile>) -> BrandKit {
    let mut p = BrandProfile::named("Acme Roasters");
    p.tagline = "Coffee, carefully".into();
    p.mission = "Make great coffee (and fair trade) the everyday default.".into();
    p.vision = "Every café sources directly.".into();
    p.values = vec![BrandValue {
        name: "Craft".into(),
        description: "We sweat the details.".into(),
    }];
    p.positioning = Positioning {
        target: "independent cafés".into(),
        need: "want consistent beans".into(),
        category: "coffee roaster".into(),
        benefit: "delivers weekly".into(),
        alternative: "supermarket brands".into(),
        differentiator: "roast to order".into(),
    };
    p.messaging_pillars = vec![MessagingPillar {
        title: "Traceable".into(),
        description: "Every bag names its farm.".into(),
    }];
    p.pitches.words_25 = "Fresh roasted coffee for cafés, delivered weekly.".into();
    p.story = "Started in a garage in 2015. ".repeat(80);
    p.voice.traits = vec![VoiceTrait {
        name: "Warm".into(),
        we_are: "friendly".into(),
        we_are_not: "gushing".into(),
        examples: vec!["Pull up a chair.".into()],
    }];
    p.voice.banned_terms = vec![BannedTerm {
        term: "synergy".into(),
        replacement: Some("teamwork".into()),
        reason: "Jargon.".into(),
    }];
    p.voice.examples = vec![WritingExample {
        text: "Our beans, your mornings.".into(),
        good: true,
        note: String::new(),
    }];
    p.visual.palette = vec![
        PaletteColour {
            role: ColourRole::Primary,
            name: "Teal".into(),
            hex: "#106d7c".into(),
        },
        PaletteColour {
            role: ColourRole::Background,
            name: "Paper".into(),
            hex: "#ffffff".into(),
        },
        PaletteColour {
            role: ColourRole::Supporting,
            name: "Sand".into(),
            hex: "#e8d8b0".into(),
        },
    ];
    p.visual.typography.families = vec![FontFamily {
        role: FontRole::Heading,
        family: "Inter".into(),
        weights: vec![700],
        fallback: String::new(),
    }];
    p.visual.logo_rules.min_width_px = Some(120);
    let files: HashMap<Uuid, KitFile> = file.iter().map(|f| (f.id, f.clone())).collect();
    if let Some(f) = &file {
        p.visual.logos = vec![LogoRef {
            variant: LogoVariant::Primary,
            asset_id: f.id,
        }];
    }
    let mut kit = assemble(KitParts {
        brand_id: None,
        source: KitSource::Published,
        draft_fallback: false,
        version: Some(3),
        published_at: chrono::DateTime::from_timestamp(1_767_225_600, 0),
        generated_at: chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap(),
        profile: p,
        files: &files,
        personas: vec![KitPersona {
            id: None,
            name: "Cafe Owner Carla".into(),
            buying_stage: "consideration".into(),
            summary: "Runs two cafés and buys monthly.".into(),
        }],
    });
    if file.is_none() {
        kit.logos = vec![KitLogo {
            variant: LogoVariant::Wordmark,
            file: None,
        }];
    }
    kit
}

fn logo_file() -> KitFile {
    KitFile {
        id: Uuid::from_u128(42),
        name: "acme-logo.png".into(),
        kind: "image".into(),
        content_type: "image/png".into(),
        width: Some(4),
        height: Some(4),
        url: "/api/v1/files/42".into(),
        thumbnail_url: None,
    }
}

fn all_text(doc: &lopdf::Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

#[test]
fn the_pdf_parses_and_its_text_is_extractable() {
    let kit = rich_kit(None);
    let bytes = render(&kit, &HashMap::new());
    assert!(bytes.starts_with(b"%PDF-"));
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    // cover, foundation (long story spills over), voice, colour, typography, logos, personas
    assert!(
        doc.get_pages().len() >= 8,
        "{} pages",
        doc.get_pages().len()
    );
    let text = all_text(&doc);
    for needle in [
        "Acme Roasters",
        "Coffee, carefully",
        "Version 3, published 1 January 2026",
        "Make great coffee (and fair trade) the everyday default.",
        "Craft",
        "For independent cafés who want consistent beans, Acme Roasters is a coffee roaster",
        "Unlike supermarket brands, we roast to order.",
        "Traceable",
        "We are: friendly",
        "synergy - say",
        "teamwork",
        "#106D7C",
        "RGB  16 109 124",
        "CMYK  C87 M12 Y0 K51",
        "Contrast (WCAG 2.1)",
        "AAA",
        "Fail",
        "Inter",
        "Minimum width: 120 px.",
        "Wordmark - file missing from the library",
        "Cafe Owner Carla",
        "Buying stage: Consideration",
        "Runs two cafés and buys monthly.",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} not in the PDF text:\n{text}"
        );
    }
    let pages = doc.get_pages();
    let last = *pages.keys().last().unwrap();
    let footer = doc.extract_text(&[last]).unwrap();
    assert!(
        footer.contains(&format!("Page {} of {}", pages.len(), pages.len())),
        "{footer}"
    );
}

#[test]
fn png_logos_are_embedded_as_images() {
    let file = logo_file();
    let kit = rich_kit(Some(file.clone()));
    let images = HashMap::from([(file.id, image::tests::sample_png())]);
    let bytes = render(&kit, &images);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let xobjects: Vec<_> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(|v| v.as_name())
                .is_ok_and(|n| n == b"Image")
        })
        .collect();
    // the image and its soft mask, each written once though drawn on light and dark
    assert_eq!(xobjects.len(), 2);
    assert!(xobjects.iter().any(|s| s.dict.get(b"SMask").is_ok()));
    let text = all_text(&doc);
    assert!(text.contains("Primary logo - acme-logo.png"), "{text}");
    // without the bytes the same logo is listed by type and name
    let listed = render(&kit, &HashMap::new());
    let text = all_text(&lopdf::Document::load_mem(&listed).unwrap());
    assert!(text.contains("PNG file"), "{text}");
}

#[test]
fn an_empty_draft_still_makes_a_complete_document() {
    let kit = assemble(KitParts {
        brand_id: None,
        source: KitSource::Draft,
        draft_fallback: true,
        version: None,
        published_at: None,
        generated_at: chrono::DateTime::from_timestamp(0, 0).unwrap(),
        profile: BrandProfile::named("Ünïcode ☕ Brand"),
        files: &HashMap::new(),
        personas: vec![],
    });
    let bytes = render(&kit, &HashMap::new());
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(doc.get_pages().len(), 7);
    let text = all_text(&doc);
    assert!(text.contains("Ünïcode ? Brand"), "{text}");
    assert!(text.contains("Draft, not yet published"));
    assert!(text.contains("No palette has been defined yet."));
    assert!(text.contains("No personas have been described yet."));
}

#[test]
fn positioning_sentence_uses_what_was_written() {
    let mut p = Positioning::default();
    assert_eq!(positioning_sentence("Acme", &p), None);
    p.category = "analytics platform".into();
    assert_eq!(
        positioning_sentence("Acme", &p).unwrap(),
        "Acme is an analytics platform."
    );
    p.differentiator = "explain every number".into();
    assert_eq!(
        positioning_sentence("Acme", &p).unwrap(),
        "Acme is an analytics platform. We explain every number."
    );
}
