//! What the keyword map is built from: our pages (the latest finished crawl of each of our
//! sites), the competitors' pages (their latest snapshots) and our brand names.

use std::collections::HashMap;

use db::entities::{brand, competitor, crawl, research_site};
use db::sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use keywords::Document;
use uuid::Uuid;

use crate::competitors::service::kind_str;
use crate::competitors::store::latest_snapshots;

/// The label of our own pages in the map.
pub const OURS: &str = "ours";

/// One document per page of a competitor's snapshot: its main text, headlines and title.
pub fn from_snapshot(competitor: &str, s: &intel::PageSnapshot) -> Document {
    Document {
        url: s.url.clone(),
        source: competitor.to_owned(),
        is_ours: false,
        title: s.title.clone(),
        headings: s.headlines.clone(),
        text: s.main_text.clone(),
        page_kind: Some(kind_str(s.kind)),
    }
}

/// Our pages as the crawl kept them, marked as ours whatever the crawl wrote.
pub fn ours(mut docs: Vec<Document>) -> Vec<Document> {
    for d in &mut docs {
        d.is_ours = true;
        d.source = OURS.into();
    }
    docs
}

/// The documents of the latest succeeded crawl of each of the organization's sites.
pub async fn our_documents(db: &impl ConnectionTrait, org: Uuid) -> Result<Vec<Document>, DbErr> {
    let sites = research_site::Entity::find()
        .filter(research_site::Column::OrganizationId.eq(org))
        .all(db)
        .await?;
    let mut out = Vec::new();
    for site in sites {
        let latest = crawl::Entity::find()
            .filter(crawl::Column::OrganizationId.eq(org))
            .filter(crawl::Column::SiteId.eq(site.id))
            .filter(crawl::Column::Status.eq("succeeded"))
            .filter(crawl::Column::Documents.is_not_null())
            .order_by_desc(crawl::Column::CreatedAt)
            .one(db)
            .await?;
        if let Some(docs) = latest
            .and_then(|c| c.documents)
            .and_then(|d| serde_json::from_value::<Vec<Document>>(d).ok())
        {
            out.extend(ours(docs));
        }
    }
    Ok(out)
}

/// One document per competitor page with a readable snapshot.
pub async fn competitor_documents(
    db: &impl ConnectionTrait,
    org: Uuid,
) -> Result<Vec<Document>, DbErr> {
    let names: HashMap<Uuid, String> = competitor::Entity::find()
        .filter(competitor::Column::OrganizationId.eq(org))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    Ok(latest_snapshots(db, org, None)
        .await?
        .into_iter()
        .filter_map(|(page, snap)| {
            let name = names.get(&page.competitor_id)?;
            let s: intel::PageSnapshot = serde_json::from_value(snap.data?).ok()?;
            Some(from_snapshot(name, &s))
        })
        .collect())
}

pub async fn brand_names(db: &impl ConnectionTrait, org: Uuid) -> Result<Vec<String>, DbErr> {
    Ok(brand::Entity::find()
        .filter(brand::Column::OrganizationId.eq(org))
        .order_by_asc(brand::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|b| b.name)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshots_become_competitor_documents() {
        let s = intel::snapshot(
            "https://acme.test/pricing",
            "<title>Acme pricing</title><h1>Plans for every team</h1><p>Email marketing for startups.</p>",
            &[],
        );
        let d = from_snapshot("Acme", &s);
        assert_eq!(d.source, "Acme");
        assert!(!d.is_ours);
        assert_eq!(d.title, "Acme pricing");
        assert_eq!(d.headings, vec!["Plans for every team".to_owned()]);
        assert!(
            d.text.contains("Email marketing for startups."),
            "{}",
            d.text
        );
        assert_eq!(d.page_kind.as_deref(), Some("pricing"));
    }

    #[test]
    fn crawled_pages_are_ours() {
        let d = Document {
            url: "https://us.test/".into(),
            source: "us.test".into(),
            is_ours: false,
            title: String::new(),
            headings: Vec::new(),
            text: String::new(),
            page_kind: None,
        };
        let docs = ours(vec![d]);
        assert!(docs[0].is_ours);
        assert_eq!(docs[0].source, OURS);
    }
}
