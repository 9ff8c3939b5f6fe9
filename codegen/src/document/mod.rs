//! Stage 1, the document: YAML text → JSON value → every JSON-to-JSON
//! pass over the OpenAPI document (3.1 → 3.0 rules, combinator rewrites,
//! shared enums, response shaping, file-upload bodies).

pub(crate) mod combinators;
pub(crate) mod normalize;
pub(crate) mod responses;
pub(crate) mod rules;
pub(crate) mod shared_enums;
pub(crate) mod uploads;
pub(crate) mod webhook_events;

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

/// The component a `$ref` names: `#/components/schemas/Wallet` → `Wallet`.
pub(crate) fn component_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

/// `schema`, or what its `$ref` points at (followed a bounded number of
/// times, so a cycle of references cannot hang the build).
pub(crate) fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    let mut current = schema;
    for _ in 0..16 {
        match current
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| doc.pointer(r.trim_start_matches('#')))
        {
            Some(next) => current = next,
            None => break,
        }
    }
    current
}

/// Every component schema `node` refers to, at any depth, in document order
/// (repeats included). The one walk over `$ref`s that every pass uses.
pub(crate) fn schema_refs(node: &Value, out: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(component_name)
            {
                out.push(name.to_owned());
            }
            map.values().for_each(|v| schema_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| schema_refs(v, out)),
        _ => {}
    }
}

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
