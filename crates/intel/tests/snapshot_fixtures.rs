//! Extraction from realistic pages: a SaaS home page, pricing cards, a French pricing table, a WordPress site.

use intel::{BillingPeriod, PageKind, PageSnapshot, key_pages, snapshot};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn tech_names(s: &PageSnapshot) -> Vec<&str> {
    s.technologies.iter().map(|t| t.name.as_str()).collect()
}

#[test]
fn saas_home_page() {
    let html = fixture("saas_home.html");
    let s = snapshot(
        "https://northwind.io/",
        &html,
        &headers(&[("Server", "Vercel"), ("X-Vercel-Id", "cdg1::x")]),
    );
    assert_eq!(s.kind, PageKind::Home);
    assert_eq!(s.title, "Northwind — Customer feedback, organised");
    assert_eq!(
        s.meta_description.as_deref(),
        Some(
            "Northwind collects, tags and prioritises customer feedback so product teams build what matters."
        )
    );
    assert_eq!(
        s.headlines,
        vec![
            "Customer feedback, organised",
            "Trusted by 4,000 product teams",
            "Everything you need to listen at scale",
            "Why teams switch to Northwind",
            "Ready to hear your customers?",
        ]
    );
    assert_eq!(
        s.value_propositions.first().map(String::as_str),
        Some(
            "Collect every request in one place and ship the features your customers actually want."
        )
    );
    assert!(
        s.value_propositions
            .iter()
            .any(|v| v == "Capture feedback from every channel")
    );
    assert!(
        s.value_propositions
            .iter()
            .any(|v| v == "Save 6 hours a week on triage")
    );
    assert!(
        !s.value_propositions
            .iter()
            .any(|v| v == "SOC 2 Type II" || v == "Integrations")
    );
    assert_eq!(
        s.calls_to_action,
        vec![
            "Start free trial",
            "Book a demo",
            "Get started for free",
            "Contact sales"
        ]
    );
    assert!(s.plans.is_empty());
    assert!(s.prices.is_empty());
    assert_eq!(
        tech_names(&s),
        vec![
            "Next.js",
            "React",
            "Google Analytics",
            "Intercom",
            "Stripe",
            "Vercel"
        ]
    );
    assert!(s.main_text.contains("Updated {relative_time}."));
    assert!(!s.main_text.contains("All rights reserved"));
    assert_eq!(
        s.footer_text,
        "Privacy Terms Security\n© 2025 Northwind Labs, Inc. All rights reserved."
    );
    assert_eq!(s.links_count, 15);
    assert!(s.word_count > 100 && s.word_count < 200, "{}", s.word_count);

    let pages = key_pages("https://northwind.io/", &html);
    let expected = [
        (PageKind::Home, "https://northwind.io/"),
        (PageKind::Pricing, "https://northwind.io/pricing"),
        (PageKind::Product, "https://northwind.io/product"),
        (PageKind::About, "https://northwind.io/about"),
    ];
    assert_eq!(pages, expected.map(|(k, u)| (k, u.to_string())).to_vec());
}

#[test]
fn pricing_page_with_three_cards() {
    let s = snapshot(
        "https://northwind.io/pricing",
        &fixture("pricing_cards.html"),
        &[],
    );
    assert_eq!(s.kind, PageKind::Pricing);
    let names: Vec<&str> = s.plans.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Starter", "Pro", "Enterprise"]);

    let starter = &s.plans[0];
    assert!(starter.is_free());
    assert_eq!(
        starter.features,
        vec!["1 feedback board", "Up to 100 requests", "Email support"]
    );

    let pro = &s.plans[1];
    let price = pro.price.as_ref().map(|p| (p.amount, p.currency.as_str()));
    assert_eq!(price, Some((29.0, "USD")));
    assert_eq!(pro.period, Some(BillingPeriod::Month));
    assert_eq!(pro.price_label(), "$29/month");
    assert_eq!(pro.features.len(), 4);

    let enterprise = &s.plans[2];
    assert!(enterprise.custom_pricing);
    assert_eq!(enterprise.price, None);

    // The FAQ's questions are neither plans nor value propositions; its price is still a price mention.
    assert!(s.prices.iter().any(|p| p.amount == 29.0));
    assert_eq!(
        s.calls_to_action,
        vec!["Start free trial", "Get started", "Contact sales"]
    );
    assert!(!s.calls_to_action.iter().any(|c| c == "Monthly"));
}

#[test]
fn pricing_page_as_a_table() {
    let s = snapshot(
        "https://redacto.fr/fr/tarifs",
        &fixture("pricing_table.html"),
        &[],
    );
    assert_eq!(s.kind, PageKind::Pricing);
    let summary: Vec<(String, String)> = s
        .plans
        .iter()
        .map(|p| (p.name.clone(), p.price_label()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("Essentiel".to_string(), "€19/month".to_string()),
            ("Équipe".to_string(), "€49/month".to_string()),
            ("Entreprise".to_string(), "Custom".to_string()),
        ]
    );
    assert_eq!(
        s.plans[0].features,
        vec![
            "Utilisateurs: 1",
            "Articles par mois: 20",
            "Calendrier éditorial"
        ]
    );
    assert!(s.plans[1].features.contains(&"Accès API".to_string()));
    assert!(!s.plans[1].features.contains(&"SSO".to_string()));
    // A check mark drawn as an image counts through its alt text.
    assert!(s.plans[2].features.contains(&"SSO".to_string()));
    assert_eq!(
        s.calls_to_action,
        vec!["Essayer gratuitement", "Demander une démo"]
    );
    assert!(
        s.value_propositions.is_empty(),
        "{:?}",
        s.value_propositions
    );
}

#[test]
fn wordpress_site_with_analytics_and_jquery() {
    let s = snapshot(
        "https://bloomandco.uk/",
        &fixture("wordpress_site.html"),
        &headers(&[
            ("server", "Apache/2.4.58"),
            (
                "Link",
                "<https://bloomandco.uk/wp-json/>; rel=\"https://api.w.org/\"",
            ),
        ]),
    );
    assert_eq!(s.title, "Bloom & Co. | Florist in Bristol");
    assert_eq!(
        tech_names(&s),
        vec!["WordPress", "PHP", "jQuery", "Google Analytics", "Apache"]
    );
    assert_eq!(s.prices.len(), 1);
    assert_eq!(s.prices[0].currency, "GBP");
    assert_eq!(s.prices[0].amount, 35.0);
    assert_eq!(s.calls_to_action, vec!["Shop bouquets"]);
    // Post dates, view counters and times are normalised away in the stored text.
    assert!(
        s.main_text
            .contains("Spring wedding trends — posted {date} — {count} views")
    );
    assert!(s.main_text.contains("Order before {time}"));
    // The article's own footer stays in the main text; the site footer is split out.
    assert!(s.main_text.contains("Posted in Journal"));
    assert_eq!(
        s.footer_text,
        "© 2025 Bloom & Co. Proudly powered by WordPress."
    );
    let pages = key_pages("https://bloomandco.uk/", &fixture("wordpress_site.html"));
    assert_eq!(
        pages.get(1),
        Some(&(
            PageKind::About,
            "https://bloomandco.uk/about-us/".to_string()
        ))
    );
}

#[test]
fn hostile_markup_does_not_break_extraction() {
    // Deep nesting, a tag name that is not a valid selector, stray bytes and an unclosed table.
    let deep = format!(
        "{}<h1>Deep</h1>{}",
        "<div>".repeat(3_000),
        "</div>".repeat(3_000)
    );
    let odd = r#"<x[ class="plan-name">Pro</x[><p>$9/mo</p><ul><li>a</li></ul>
        <y{ class="plan-name">Max</y{><p>$19/mo</p><ul><li>b</li></ul><table><tr><td>$"#;
    for html in [
        deep.as_str(),
        odd,
        "",
        "\u{0}\u{fffd}<<<>>>",
        "<html><body><table><tr><th>a</th><th>b</th>",
    ] {
        let s = snapshot("https://acme.com/pricing", html, &[("".into(), "".into())]);
        assert_eq!(s.kind, PageKind::Pricing);
        assert!(s.main_text.chars().count() <= intel::snapshot::MAIN_TEXT_MAX_CHARS);
    }
    let s = snapshot("https://acme.com/", &deep, &[]);
    assert_eq!(s.headlines, vec!["Deep"]);
}
