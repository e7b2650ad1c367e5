//! Every stored output type can appear in the OpenAPI document, with its nested types.

use intel::{AnalysisReport, Change, PageSnapshot, Positioning};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(components(schemas(PageSnapshot, Change, AnalysisReport, Positioning)))]
struct Doc;

#[test]
fn schemas_are_registered_with_nested_types() {
    let doc = Doc::openapi();
    let schemas = doc.components.map(|c| c.schemas).unwrap_or_default();
    for name in [
        "PageSnapshot",
        "PageKind",
        "Plan",
        "Price",
        "BillingPeriod",
        "Technology",
        "TechCategory",
        "Change",
        "ChangeKind",
        "FieldChange",
        "DiffLine",
        "DiffOp",
        "AnalysisReport",
        "PositioningRow",
        "Overlap",
        "Positioning",
    ] {
        assert!(schemas.contains_key(name), "missing schema {name}");
    }
    let json = serde_json::to_string(&schemas.get("ChangeKind")).unwrap_or_default();
    assert!(json.contains("call_to_action"), "{json}");
}
