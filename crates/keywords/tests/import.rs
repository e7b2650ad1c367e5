//! Imports of real-shaped exports from each keyword tool, and merging them into a keyword map.

use keywords::{
    Document, ImportError, Intent, KeywordMetric, MapOptions, build_map, import_metrics,
    merge_metrics,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import(name: &str) -> Vec<KeywordMetric> {
    import_metrics(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn find<'a>(metrics: &'a [KeywordMetric], keyword: &str) -> &'a KeywordMetric {
    metrics
        .iter()
        .find(|m| m.keyword == keyword)
        .unwrap_or_else(|| panic!("{keyword} missing"))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn google_keyword_planner_utf16_export() {
    let bytes = fixture("google_keyword_planner.csv");
    assert_eq!(
        &bytes[..2],
        &[0xFF, 0xFE],
        "the fixture is real UTF-16LE with a mark"
    );
    let m = import("google_keyword_planner.csv");
    assert_eq!(m.len(), 7);
    let ema = find(&m, "email marketing automation");
    assert_eq!(ema.volume, Some(3162), "geometric midpoint of 1K – 10K");
    assert!(
        close(ema.competition, 0.78),
        "indexed value preferred over High"
    );
    assert!(
        close(ema.cpc, (4.12 + 18.40) / 2.0),
        "mean of the bid range"
    );
    assert_eq!(ema.difficulty, None, "the planner has no difficulty");
    let ideas = find(&m, "newsletter ideas");
    assert_eq!(ideas.volume, Some(316));
    assert_eq!(ideas.cpc, None, "no bids, no CPC");
    assert!(close(find(&m, "landing page builder").competition, 1.0));
}

#[test]
fn semrush_comma_export() {
    let m = import("semrush_broad_match.csv");
    assert_eq!(m.len(), 6);
    let ema = find(&m, "email marketing automation");
    assert_eq!(ema.volume, Some(2400));
    assert!(close(ema.difficulty, 62.0));
    assert!(close(ema.cpc, 12.45));
    assert!(close(ema.competition, 0.83));
    assert_eq!(find(&m, "email marketing").volume, Some(40500));
    assert_eq!(
        m[2].keyword, "Email Marketing Platforms",
        "keywords keep their spelling"
    );
}

#[test]
fn ahrefs_utf16_tab_export() {
    let m = import("ahrefs_keywords_explorer.csv");
    assert_eq!(m.len(), 4);
    let ema = find(&m, "email marketing automation");
    assert_eq!(ema.volume, Some(2300), "local volume, not the global one");
    assert!(close(ema.difficulty, 58.0));
    assert!(close(ema.cpc, 11.0));
    assert_eq!(ema.competition, None);
    assert_eq!(find(&m, "acme login").cpc, None);
}

#[test]
fn ahrefs_comma_export_with_kd() {
    let m = import("ahrefs_organic_keywords.csv");
    assert_eq!(m.len(), 3);
    assert!(close(find(&m, "welcome email series").difficulty, 21.0));
    assert_eq!(find(&m, "newsletter templates").volume, Some(1600));
}

#[test]
fn european_spreadsheet_export() {
    let m = import("semicolon_excel_export.csv");
    assert_eq!(m.len(), 2);
    let first = find(&m, "E-Mail Marketing Automatisierung");
    assert_eq!(first.volume, Some(1900));
    assert!(close(first.cpc, 2.35));
    assert!(close(first.competition, 0.71));
}

#[test]
fn export_without_keyword_column_is_refused_with_its_line() {
    let err = import_metrics(&fixture("no_keyword_column.csv")).err();
    assert!(
        matches!(err, Some(ImportError::NoKeywordColumn { line: 2, .. })),
        "{err:?}"
    );
    let msg = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        msg.contains("no keyword column found: expected one of \"keyword\", \"keywords\""),
        "{msg}"
    );
}

fn crawl() -> Vec<Document> {
    let page = |url: &str, source: &str, title: &str, text: &str| Document {
        url: url.into(),
        source: source.into(),
        is_ours: source == "ours",
        title: title.into(),
        headings: vec![],
        text: text.into(),
        page_kind: Some("blog".into()),
    };
    vec![
        page(
            "https://acme.example/automation",
            "ours",
            "Email Marketing Automation",
            "Email marketing automation sends a welcome email series. Email marketing automation \
             saves time. Email marketing works.",
        ),
        page(
            "https://globex.example/templates",
            "Globex",
            "Landing Page Templates",
            "Landing page templates convert. Pick landing page templates by goal.",
        ),
    ]
}

#[test]
fn merging_matches_adds_and_places_new_phrases() {
    let brands = vec!["Acme".to_string()];
    let mut map = build_map(&crawl(), &brands, &MapOptions::default());
    let before = map.keywords.len();
    let metrics = import("semrush_broad_match.csv");
    let report = merge_metrics(&mut map, &metrics);

    assert_eq!(report.matched + report.unmatched, metrics.len());
    assert!(report.matched >= 2, "{report:?}");
    assert_eq!(report.added, report.unmatched);
    assert_eq!(map.keywords.len(), before + report.added);

    let ema = map
        .keywords
        .iter()
        .find(|k| k.phrase == "email marketing automation");
    assert_eq!(ema.and_then(|k| k.volume), Some(2400));
    assert!(
        ema.is_some_and(|k| k.ours == 1 && k.score > 0.0),
        "crawl facts kept"
    );

    let platforms = map
        .keywords
        .iter()
        .find(|k| k.phrase == "email marketing platforms");
    let platforms = platforms.unwrap_or_else(|| panic!("added in match form"));
    assert_eq!(platforms.score, 0.0);
    assert_eq!(platforms.intent, Intent::Informational);
    let ema_cluster = ema.map(|k| k.cluster_id);
    assert_eq!(
        Some(platforms.cluster_id),
        ema_cluster,
        "joins the nearest topic"
    );

    let how = map
        .keywords
        .iter()
        .find(|k| k.phrase == "how to automate email marketing");
    assert_eq!(how.map(|k| k.intent), Some(Intent::Informational));

    let podcast = map.keywords.iter().find(|k| k.phrase == "podcast hosting");
    let podcast_cluster = podcast.map(|k| k.cluster_id).unwrap_or(u32::MAX);
    let cluster = map.clusters.iter().find(|c| c.id == podcast_cluster);
    assert_eq!(
        cluster.map(|c| c.label.as_str()),
        Some("podcast hosting"),
        "a topic of its own"
    );
    assert_eq!(podcast.and_then(|k| k.volume), Some(12100));

    for k in &map.keywords {
        let c = map.clusters.iter().find(|c| c.id == k.cluster_id);
        assert!(
            c.is_some_and(|c| c.keywords.contains(&k.phrase)),
            "{}",
            k.phrase
        );
    }

    assert!(
        map.keywords
            .iter()
            .all(|k| k.opportunity.is_some() == k.volume.is_some())
    );
    let podcast_opp = podcast.and_then(|k| k.opportunity).unwrap_or(0.0);
    assert!(
        podcast_opp > 0.0,
        "imported phrases rank by volume and ease"
    );
    assert!(
        ema.and_then(|k| k.opportunity)
            .is_some_and(|o| o > 0.0 && o <= 1.0)
    );
    let ema_topic = map.clusters.iter().find(|c| Some(c.id) == ema_cluster);
    assert!(
        ema_topic
            .and_then(|c| c.volume)
            .is_some_and(|v| v >= 2400 + 4400)
    );
    assert!(ema_topic.is_some_and(|c| c.recommendation.rationale.contains("searches a month")));

    let again = merge_metrics(&mut map, &metrics);
    assert_eq!(
        (again.matched, again.added, again.unmatched),
        (metrics.len(), 0, 0),
        "idempotent"
    );
}

#[test]
fn merging_matches_plural_variants_and_keeps_figures_a_tool_left_out() {
    let mut map = build_map(&crawl(), &[], &MapOptions::default());
    let template = KeywordMetric {
        keyword: "Landing  Page Template".into(),
        volume: Some(5400),
        difficulty: Some(45.0),
        cpc: None,
        competition: None,
    };
    let report = merge_metrics(&mut map, std::slice::from_ref(&template));
    assert_eq!(report.matched, 1, "{report:?}");
    let cpc_only = KeywordMetric {
        keyword: "landing page templates".into(),
        volume: None,
        difficulty: None,
        cpc: Some(2.5),
        competition: None,
    };
    merge_metrics(&mut map, &[cpc_only]);
    let k = map
        .keywords
        .iter()
        .find(|k| k.phrase == "landing page templates");
    assert_eq!(
        k.map(|k| (k.volume, k.difficulty, k.cpc)),
        Some((Some(5400), Some(45.0), Some(2.5)))
    );
}
