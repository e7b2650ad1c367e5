//! How important each page is, from the site's own links: PageRank over the internal
//! `<a href>` graph of the judged pages, scaled so that the mean page scores 1.0.

use std::collections::{HashMap, HashSet};

use crate::site::{Outcome, Site, outcome};
use crate::urls::norm;

const DAMPING: f64 = 0.85;
const ITERATIONS: usize = 40;

/// Importance by normalised URL; URLs not in the graph are absent (callers treat them as 1.0).
pub(crate) fn importance(site: &Site) -> HashMap<String, f64> {
    let keys: Vec<String> = site.judged.iter().map(|p| norm(p.url())).collect();
    let n = keys.len();
    if n == 0 {
        return HashMap::new();
    }
    let index: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();

    // Edges follow a redirect to where it lands, so a link through a redirect still counts.
    let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, p) in site.judged.iter().enumerate() {
        let mut seen = HashSet::new();
        for l in p.html.links.iter().filter(|l| l.internal) {
            let mut target = norm(&l.href);
            if let Some(r) = site.get(&l.href)
                && outcome(r) == Outcome::Redirected
            {
                target = norm(&r.final_url);
            }
            if let Some(&j) = index.get(target.as_str())
                && j != i
                && seen.insert(j)
            {
                out_edges[i].push(j);
            }
        }
    }

    let nf = n as f64;
    let mut rank = vec![1.0 / nf; n];
    for _ in 0..ITERATIONS {
        // Pages without outgoing links hand their rank to every page alike.
        let dangling: f64 = (0..n)
            .filter(|i| out_edges[*i].is_empty())
            .map(|i| rank[i])
            .sum();
        let mut next = vec![(1.0 - DAMPING) / nf + DAMPING * dangling / nf; n];
        for (i, edges) in out_edges.iter().enumerate() {
            if edges.is_empty() {
                continue;
            }
            let share = DAMPING * rank[i] / edges.len() as f64;
            for &j in edges {
                next[j] += share;
            }
        }
        rank = next;
    }
    // Ranks sum to 1, so n * rank has mean 1.
    keys.into_iter()
        .zip(rank)
        .map(|(k, r)| (k, r * nf))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn mean_is_one_and_the_most_linked_page_leads() {
        // testkit pages all link to / and /contact.
        let c = clean_crawl();
        let site = Site::new(&c);
        let imp = importance(&site);
        let mean: f64 = imp.values().sum::<f64>() / imp.len() as f64;
        assert!((mean - 1.0).abs() < 1e-9, "{mean}");
        let home = imp[&norm(&format!("{ORIGIN}/"))];
        let about = imp[&norm(&format!("{ORIGIN}/about"))];
        assert!(
            home > 1.0 && home > about * 2.0,
            "home {home}, about {about}"
        );
    }

    #[test]
    fn links_through_a_redirect_count_for_the_destination() {
        let mut c = clean_crawl();
        let old = format!("{ORIGIN}/old-about");
        c.pages
            .push(redirect(&old, &format!("{ORIGIN}/about"), &[301]));
        let before = importance(&Site::new(&c))[&norm(&format!("{ORIGIN}/about"))];
        facts(&mut c, 3).links.push(link(&old, "About us"));
        let after = importance(&Site::new(&c))[&norm(&format!("{ORIGIN}/about"))];
        assert!(after > before, "{before} -> {after}");
    }
}
