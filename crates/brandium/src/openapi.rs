//! The OpenAPI 3.1 document, assembled from the annotations next to every handler.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{OpenApi as Doc, Server};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Brandium API",
        description = "The JSON API of Brandium, a self-hosted AI marketing platform. Errors are RFC 9457 problem+json with a stable `code`. Lists page by cursor (`limit`, `cursor`, `next_cursor`).",
        license(name = "AGPL-3.0-only")
    ),
    components(schemas(api::Problem, api::FieldError, kernel::Role, kernel::Permission)),
    modifiers(&Security)
)]
struct Base;

struct Security;

impl Modify for Security {
    fn modify(&self, doc: &mut Doc) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// Each module's part of the document, by name.
fn parts() -> Vec<(&'static str, Doc)> {
    let mut parts = vec![
        ("identity", identity::ApiDoc::openapi()),
        ("platform", crate::platform::ApiDoc::openapi()),
        ("onboarding", crate::onboarding::ApiDoc::openapi()),
        ("brand", brand::openapi()),
        ("assets", assets::ApiDoc::openapi()),
        ("agents", agents::openapi()),
        ("monitoring", monitoring::openapi()),
    ];
    parts.extend(research::openapi_parts());
    parts
}

pub fn document() -> Doc {
    let mut doc = Base::openapi();
    for (_, part) in parts() {
        doc.merge(part);
    }
    doc.servers = Some(vec![Server::new("/")]);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Merging keeps one schema per name: two modules naming different schemas alike would
    /// silently describe one of them wrongly.
    #[test]
    fn schema_names_are_not_shared_by_different_schemas() {
        let mut seen: HashMap<String, (&str, serde_json::Value)> = HashMap::new();
        for (module, part) in std::iter::once(("base", Base::openapi())).chain(parts()) {
            let Some(components) = part.components else {
                continue;
            };
            for (name, schema) in components.schemas {
                let json = serde_json::to_value(&schema).unwrap();
                if let Some((other, earlier)) = seen.get(&name) {
                    assert_eq!(
                        earlier, &json,
                        "schema {name} differs between {other} and {module}"
                    );
                } else {
                    seen.insert(name, (module, json));
                }
            }
        }
        assert!(seen.len() > 100, "{} schemas", seen.len());
    }
}
