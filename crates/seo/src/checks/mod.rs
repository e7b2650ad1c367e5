//! The check functions, one per catalogue entry, grouped by area. Each reads the [`Site`]
//! and adds what it finds; none depends on another's result.

mod architecture;
mod content;
mod headings;
mod images;
mod indexability;
mod international;
mod links;
mod meta;
mod performance;
mod redirects;
mod security;
mod sitemaps;
mod social;

use crate::findings::Findings;
use crate::site::Site;

pub(crate) type Check = fn(&Site, &mut Findings);

/// Every check with the catalogue id it reports under.
pub(crate) fn all() -> Vec<(&'static str, Check)> {
    [
        links::CHECKS,
        redirects::CHECKS,
        meta::CHECKS,
        headings::CHECKS,
        images::CHECKS,
        indexability::CHECKS,
        sitemaps::CHECKS,
        international::CHECKS,
        security::CHECKS,
        social::CHECKS,
        content::CHECKS,
        performance::CHECKS,
        architecture::CHECKS,
    ]
    .concat()
}

/// Runs every check.
pub(crate) fn run_all(site: &Site, out: &mut Findings) {
    for (_, check) in all() {
        check(site, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::catalogue;
    use std::collections::HashSet;

    #[test]
    fn every_catalogue_entry_has_exactly_one_check_function() {
        let ids: Vec<_> = all().into_iter().map(|(id, _)| id).collect();
        let unique: HashSet<_> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "an id is registered twice");
        let catalogued: HashSet<_> = catalogue().iter().map(|c| c.id).collect();
        assert_eq!(unique, catalogued);
    }
}
