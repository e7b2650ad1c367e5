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

pub fn document() -> Doc {
    let mut doc = Base::openapi();
    doc.merge(identity::ApiDoc::openapi());
    doc.merge(crate::platform::ApiDoc::openapi());
    doc.merge(crate::onboarding::ApiDoc::openapi());
    doc.merge(brand::openapi());
    doc.merge(assets::ApiDoc::openapi());
    doc.merge(agents::openapi());
    doc.merge(monitoring::openapi());
    doc.merge(research::openapi());
    doc.servers = Some(vec![Server::new("/")]);
    doc
}
