//! Stage 1, the document: YAML text → JSON value → every JSON-to-JSON
//! pass over the OpenAPI document (3.1 → 3.0 rules, combinator rewrites,
//! shared enums, response shaping, file-upload bodies).

pub(crate) mod combinators;
pub(crate) mod normalize;
pub(crate) mod responses;
pub(crate) mod rules;
pub(crate) mod shared_enums;
pub(crate) mod uploads;

use serde_json::{Map, Value};

use crate::diagnostics::SpecError;

/// A schema object.
pub(crate) type Schema = Map<String, Value>;

/// Keywords that describe a schema without constraining its values.
pub(crate) const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "example",
    "deprecated",
    "readOnly",
    "writeOnly",
    "externalDocs",
];

/// Parses YAML (or JSON) text into a JSON value; anchors and merge keys are resolved.
///
/// Only YAML 1.2 booleans are booleans: `y`, `no` or `on` stay strings (an
/// enum value `N` or a property named `y` must not turn into `false`/`true`).
pub fn parse_yaml(text: &str) -> Result<Value, SpecError> {
    let mut options = serde_saphyr::Options::default();
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options(text, options).map_err(|e| {
        SpecError::new(
            "",
            format!("the document is not valid YAML: {e}"),
            "replace openapi.yaml with the document exactly as Dfns publishes it",
        )
    })
}
