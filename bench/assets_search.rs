//! Asset search at the spec's scale: one organization with 100,000 assets (and a second one
//! with 20,000, so that scoping is part of the work), then `GET /api/v1/assets/search` timed
//! one request at a time through the real server: HTTP, the guard, the full-text query, the
//! persona lookup and the signed URLs of 50 results.
//!
//! Run: `bench/assets_search.sh` (SQLite, and PostgreSQL when it answers), or
//! `cargo run --release -p brandium --example assets_search -- sqlite|postgres [DB_URL]`.

use brandium::{app, config::Config, server};
use db::entities::asset;
use db::sea_orm::{ActiveValue::Set, EntityTrait, TransactionTrait};
use rand::{Rng, SeedableRng, rngs::StdRng};
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use uuid::Uuid;

const ASSETS: usize = 100_000;
const NOISE_ASSETS: usize = 20_000;
const ROUNDS: usize = 60;

const SUBJECTS: &[&str] = &[
    "logo",
    "wordmark",
    "icon",
    "banner",
    "hero",
    "photo",
    "portrait",
    "product shot",
    "packaging",
    "label",
    "brochure",
    "flyer",
    "poster",
    "menu",
    "jingle",
    "podcast intro",
    "sound logo",
    "explainer video",
    "reel",
    "story",
    "infographic",
    "pattern",
    "badge",
    "business card",
    "letterhead",
    "presentation",
    "price list",
    "typeface",
    "mockup",
    "sticker",
];
const PRODUCTS: &[&str] = &[
    "espresso",
    "cold brew",
    "decaf",
    "single origin",
    "house blend",
    "oat latte",
    "filter roast",
    "ethiopia yirgacheffe",
    "colombia huila",
    "kenya nyeri",
    "guatemala antigua",
    "brazil cerrado",
    "holiday blend",
    "subscription box",
    "gift card",
    "travel mug",
    "pour over kit",
    "grinder",
];
const STYLES: &[&str] = &[
    "primary",
    "secondary",
    "dark",
    "light",
    "mono",
    "horizontal",
    "stacked",
    "square",
    "wide",
    "transparent",
    "print",
    "web",
    "social",
    "retina",
    "draft",
    "final",
    "approved",
    "archive",
];
const CAMPAIGNS: &[&str] = &[
    "summer sip",
    "autumn harvest",
    "winter warmers",
    "spring bloom",
    "back to school",
    "black friday",
    "earth day",
    "coffee day",
    "grand opening",
    "loyalty relaunch",
];
const TAGS: &[&str] = &[
    "logo",
    "brand",
    "social",
    "instagram",
    "linkedin",
    "print",
    "web",
    "email",
    "ads",
    "hero",
    "product",
    "packaging",
    "lifestyle",
    "team",
    "cafe",
    "origin",
    "farm",
    "barista",
    "latte art",
    "roastery",
    "event",
    "seasonal",
    "evergreen",
    "approved",
    "draft",
    "legal ok",
    "stock",
    "ugc",
    "press",
    "partner",
    "wholesale",
    "retail",
    "b2b",
    "b2c",
    "video",
    "audio",
    "icon set",
    "illustration",
    "photography",
    "typography",
    "colour",
    "pattern",
    "template",
    "deck",
    "campaign",
    "newsletter",
    "landing page",
    "banner",
    "thumbnail",
    "cover",
    "story",
    "reel",
    "podcast",
    "jingle",
    "accessibility",
    "dark mode",
    "light mode",
    "monochrome",
    "archive",
];
const PEOPLE: &[&str] = &[
    "Mateo Quispe",
    "Ana Müller",
    "Grace Otieno",
    "Lucía Fernández",
    "Kenji Watanabe",
    "Priya Raman",
    "Tom Becker",
    "Sofia Rossi",
    "Amara Nwosu",
    "Jonas Lindqvist",
    "Chloé Martin",
    "Diego Alvarez",
    "Hannah Kowalski",
    "Omar Haddad",
    "Mei Chen",
];
const PLACES: &[&str] = &[
    "Lisbon",
    "Cusco",
    "Nairobi",
    "Berlin",
    "Kyoto",
    "Bogotá",
    "Addis Ababa",
    "Melbourne",
    "Portland",
    "Antigua",
    "São Paulo",
    "Oslo",
    "Marseille",
    "Toronto",
    "Seoul",
];
const KINDS: &[(&str, &str, &str, u32)] = &[
    ("image", "image/jpeg", "jpg", 55),
    ("image", "image/png", "png", 10),
    ("vector", "image/svg+xml", "svg", 10),
    ("document", "application/pdf", "pdf", 10),
    ("video", "video/mp4", "mp4", 8),
    ("audio", "audio/mpeg", "mp3", 4),
    ("font", "application/font-woff", "woff", 1),
    ("other", "application/zip", "zip", 2),
];

/// Search box queries people type: common and rare words, prefixes, two words, misses.
const QUERIES: &[(&str, &str)] = &[
    ("common word", "logo"),
    ("common word", "photo"),
    ("common word", "social"),
    ("short prefix", "la"),
    ("short prefix", "esp"),
    ("prefix", "photog"),
    ("two words", "cold brew"),
    ("two words", "summer hero"),
    ("two words", "logo dark"),
    ("three words", "ethiopia packaging final"),
    ("rare word", "quispe"),
    ("rare word", "yirgacheffe"),
    ("metadata value", "kyoto"),
    ("metadata value", "cc by"),
    ("no hit", "zebra"),
    ("no hit", "invoice 2019"),
];

fn pick<'a>(rng: &mut StdRng, list: &[&'a str]) -> &'a str {
    list[rng.random_range(0..list.len())]
}

fn row(
    rng: &mut StdRng,
    org: Uuid,
    i: usize,
    now: chrono::DateTime<chrono::Utc>,
) -> asset::ActiveModel {
    let total: u32 = KINDS.iter().map(|k| k.3).sum();
    let mut roll = rng.random_range(0..total);
    let &(kind, content_type, ext, _) = KINDS
        .iter()
        .find(|k| {
            if roll < k.3 {
                true
            } else {
                roll -= k.3;
                false
            }
        })
        .unwrap_or(&KINDS[0]);
    let product = pick(rng, PRODUCTS);
    let subject = pick(rng, SUBJECTS);
    let style = pick(rng, STYLES);
    let year = rng.random_range(2019..=2026);
    let name = format!(
        "{}-{}-{}-{year}-v{}.{ext}",
        product.replace(' ', "-"),
        subject.replace(' ', "-"),
        style,
        rng.random_range(1..6)
    );
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..rng.random_range(2..6) {
        let t = pick(rng, TAGS).to_owned();
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    let campaign = pick(rng, CAMPAIGNS);
    let description = format!(
        "{} {subject} for the {campaign} campaign, {style} version, featuring our {product}.",
        ["Approved", "Draft", "Final", "Alternate", "Seasonal"][rng.random_range(0..5)]
    );
    let license = ["internal", "CC BY 4.0", "stock licence", "partner use"][rng.random_range(0..4)];
    let metadata = json!({
        "photographer": pick(rng, PEOPLE),
        "location": pick(rng, PLACES),
        "campaign": campaign,
        "license": license,
        "year": year,
    });
    let (width, height) = if matches!(kind, "image" | "vector" | "video") {
        (
            Some(rng.random_range(200..6000)),
            Some(rng.random_range(200..4000)),
        )
    } else {
        (None, None)
    };
    let id = Uuid::new_v4();
    let at = now - chrono::Duration::seconds(rng.random_range(0..2 * 365 * 86_400) + i as i64 % 7);
    asset::ActiveModel {
        id: Set(id),
        organization_id: Set(org),
        brand_id: Set(None),
        search_text: Set(assets::model::search_text(
            &name,
            &tags,
            &description,
            &metadata,
        )),
        name: Set(name),
        kind: Set(kind.to_owned()),
        content_type: Set(content_type.to_owned()),
        size_bytes: Set(rng.random_range(2_000..40_000_000)),
        sha256: Set(format!("{:064x}", rng.random::<u128>())),
        storage_key: Set(format!("{}/{}/v1", org.simple(), id.simple())),
        thumbnail_key: Set(None),
        thumbnail_status: Set("none".to_owned()),
        width: Set(width),
        height: Set(height),
        tags: Set(json!(tags)),
        metadata: Set(metadata),
        description: Set(description),
        version: Set(1),
        created_by: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
    }
}

async fn generate(
    db: &db::sea_orm::DatabaseConnection,
    org: Uuid,
    n: usize,
    seed: u64,
) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(seed);
    let now = chrono::Utc::now();
    let mut i = 0;
    while i < n {
        let txn = db.begin().await?;
        for _ in 0..10 {
            let batch: Vec<_> = (i..(i + 500).min(n))
                .map(|j| row(&mut rng, org, j, now))
                .collect();
            if batch.is_empty() {
                break;
            }
            i += batch.len();
            asset::Entity::insert_many(batch)
                .exec_without_returning(&txn)
                .await?;
        }
        txn.commit().await?;
    }
    Ok(())
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx].as_secs_f64() * 1000.0
}

async fn signup(
    http: &reqwest::Client,
    url: &str,
    email: &str,
    org: &str,
) -> anyhow::Result<(String, Uuid)> {
    let r: Value = http
        .post(format!("{url}/api/v1/auth/signup"))
        .json(&json!({"email": email, "password": "correct horse battery staple", "name": "Bench", "organization_name": org}))
        .send()
        .await?
        .json()
        .await?;
    let token = r["access_token"].as_str().unwrap_or_default().to_owned();
    let org = r["organization"]["id"]
        .as_str()
        .unwrap_or_default()
        .parse()?;
    Ok((token, org))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let backend = args.first().map(String::as_str).unwrap_or("sqlite");
    let dir = tempfile_dir();
    let url = match (backend, args.get(1)) {
        (_, Some(u)) => u.clone(),
        ("postgres", None) => "postgres://postgres@127.0.0.1:5432/brandium_bench_assets".into(),
        _ => format!("sqlite://{}/bench.db", dir.display()),
    };
    let mut cfg = Config {
        database_url: url.clone(),
        listen: "127.0.0.1:0".into(),
        log_level: "warn".into(),
        ..Config::default()
    };
    cfg.storage.path = Some(dir.join("files").display().to_string());
    cfg.auth.login_attempts_per_minute = 1_000_000;
    let db = app::open_database(&cfg).await?;
    let services = app::services(&cfg, db.clone()).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let running = server::start(&cfg, services, listener, false).await?;
    let base = running.url();
    let http = reqwest::Client::new();
    let (token, org) = signup(&http, &base, "bench@example.com", "Bench Roasters").await?;
    let (_, noise_org) = signup(&http, &base, "other@example.com", "Other Co").await?;

    let started = Instant::now();
    generate(&db, org, ASSETS, 7).await?;
    generate(&db, noise_org, NOISE_ASSETS, 8).await?;
    if backend == "postgres" {
        use db::sea_orm::ConnectionTrait;
        db.execute_unprepared("ANALYZE assets").await?;
    }
    println!(
        "{backend}: generated {ASSETS} + {NOISE_ASSETS} assets in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // Warm-up: every query once, so the first timed round does not pay for cold pages.
    for (_, q) in QUERIES {
        http.get(format!("{base}/api/v1/assets/search"))
            .query(&[("q", q)])
            .bearer_auth(&token)
            .send()
            .await?
            .error_for_status()?;
    }
    let mut all = Vec::new();
    let mut by_class: Vec<(&str, Vec<Duration>, usize)> = Vec::new();
    for _ in 0..ROUNDS {
        for (class, q) in QUERIES {
            let t = Instant::now();
            let r: Value = http
                .get(format!("{base}/api/v1/assets/search"))
                .query(&[("q", q)])
                .bearer_auth(&token)
                .send()
                .await?
                .error_for_status()?
                .json()
                .await?;
            let took = t.elapsed();
            let hits = r["items"].as_array().map_or(0, Vec::len);
            all.push(took);
            match by_class.iter_mut().find(|c| c.0 == *class) {
                Some(c) => {
                    c.1.push(took);
                    c.2 = c.2.max(hits);
                }
                None => by_class.push((class, vec![took], hits)),
            }
        }
    }
    all.sort();
    println!(
        "{backend}: {} searches, one at a time: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        percentile(&all, 0.50),
        percentile(&all, 0.95),
        percentile(&all, 0.99),
        percentile(&all, 1.0)
    );
    println!("| query class | results | p50 | p95 | p99 |");
    for (class, mut times, hits) in by_class {
        times.sort();
        println!(
            "| {class} | {hits} | {:.2} ms | {:.2} ms | {:.2} ms |",
            percentile(&times, 0.50),
            percentile(&times, 0.95),
            percentile(&times, 0.99)
        );
    }
    // The same queries against the database alone (the query the endpoint runs), to show
    // where the time goes, with the ranked candidate set at its default and at other sizes.
    for candidates in [assets::store::RANK_CANDIDATES, 500, 2000, 5000] {
        let mut db_only = Vec::new();
        for _ in 0..ROUNDS / 2 {
            for (_, q) in QUERIES {
                let terms = assets::model::query_terms(q);
                let t = Instant::now();
                assets::store::search_ranking(&db, org, &terms, None, 50, candidates).await?;
                db_only.push(t.elapsed());
            }
        }
        db_only.sort();
        println!(
            "{backend}: database query alone, {candidates} ranked candidates: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms",
            percentile(&db_only, 0.50),
            percentile(&db_only, 0.95),
            percentile(&db_only, 0.99)
        );
    }
    running.stop().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("brandium-bench-assets-{}", Uuid::new_v4().simple()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}
