//! The operations Dfns documents as idempotent through a body field
//! (docs.dfns.co, "Transfer / Transaction / Signature Idempotency"):
//! re-sending the same request with the same `externalId` returns the
//! entity the first one created. One list, keyed by method and path
//! template (operation names change on a bump), checked against the
//! document here and rendered as `dfns::IDEMPOTENT_OPERATIONS`.

use serde_json::Value;

use crate::diagnostics::{child, Warnings};
use crate::document::resolve;

/// `(method, path template)` of each idempotent operation. Other bodies
/// with an `externalId` (wallets, users…) are not documented as
/// idempotent and are not listed.
pub const IDEMPOTENT_OPERATIONS: &[(&str, &str)] = &[
    ("POST", "/wallets/{walletId}/transfers"),
    ("POST", "/wallets/{walletId}/transactions"),
    ("POST", "/wallets/{walletId}/signatures"),
    ("POST", "/keys/{keyId}/signatures"),
];

/// The body field Dfns reads as the idempotency key.
pub const KEY_FIELD: &str = "externalId";

/// The length of the keys the client generates (a UUID in text).
const GENERATED_KEY_LENGTH: u64 = 36;

/// Warns about each list entry the document contradicts: an operation it
/// does not have, or a body variant without the key field (or whose field
/// a generated key would not fit). The client keeps the list either way:
/// a document is older than the live API, and a raw call still gets a key.
pub fn check(doc: &Value, warnings: &mut Warnings) {
    let mut missing = Vec::new();
    for (method, path) in IDEMPOTENT_OPERATIONS {
        let pointer = child(&child("/paths", path), &method.to_lowercase());
        let Some(operation) = doc.pointer(&pointer) else {
            missing.push(format!("{method} {path}"));
            continue;
        };
        let body = format!("{pointer}/requestBody/content/application~1json/schema");
        let Some(schema) = operation
            .pointer("/requestBody/content/application~1json/schema")
            .cloned()
        else {
            warnings.push(
                &pointer,
                format!(
                    "{method} {path} is listed as idempotent but has no JSON request body to \
                     carry `{KEY_FIELD}`"
                ),
            );
            continue;
        };
        let mut variants = Vec::new();
        collect_variants(doc, &schema, &body, 0, &mut variants);
        for (at, variant) in variants {
            if let Some(problem) = key_field_problem(doc, &variant) {
                warnings.push(
                    &at,
                    format!("{method} {path} is listed as idempotent, but {problem}"),
                );
            }
        }
    }
    // One line for them all: a single docs page lacks every one.
    if !missing.is_empty() {
        warnings.push(
            "/paths",
            format!(
                "the document lacks {} of the operations dfns::IDEMPOTENT_OPERATIONS lists ({}); \
                 raw calls to them still get an automatic `{KEY_FIELD}`",
                missing.len(),
                missing.join(", ")
            ),
        );
    }
}

/// What is wrong with one body variant's key field, if anything.
fn key_field_problem(doc: &Value, variant: &Value) -> Option<String> {
    let Some(field) = variant
        .pointer(&format!("/properties/{KEY_FIELD}"))
        .map(|f| resolve(doc, f))
    else {
        return Some(format!(
            "this body variant has no `{KEY_FIELD}`: the client still sets one on every call \
             (Dfns documents the operation as idempotent) and retries it like a GET; if Dfns \
             ignores the key for this variant, take the operation out of the list"
        ));
    };
    if field.get("type").and_then(Value::as_str) != Some("string") {
        return Some(format!("`{KEY_FIELD}` is not a string here"));
    }
    if let Some(max) = field.get("maxLength").and_then(Value::as_u64) {
        if max < GENERATED_KEY_LENGTH {
            return Some(format!(
                "`{KEY_FIELD}` allows at most {max} characters, fewer than the \
                 {GENERATED_KEY_LENGTH} of a generated key"
            ));
        }
    }
    if field.get("pattern").is_some() {
        return Some(format!(
            "`{KEY_FIELD}` has a `pattern` the generated keys (UUIDs) were not checked against"
        ));
    }
    None
}

/// The object schemas a body may be: `oneOf`/`anyOf` alternatives, each
/// with its `allOf` parts merged, `$ref`s followed. Pointers are where
/// each variant is written (the component, for a `$ref`).
fn collect_variants(
    doc: &Value,
    schema: &Value,
    pointer: &str,
    depth: usize,
    out: &mut Vec<(String, Value)>,
) {
    // A cycle of references is the document's problem, not a reason to hang.
    if depth > 16 {
        return;
    }
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let at = target.trim_start_matches('#');
        if let Some(next) = doc.pointer(at) {
            collect_variants(doc, next, at, depth + 1, out);
        }
        return;
    }
    for combinator in ["oneOf", "anyOf"] {
        if let Some(Value::Array(alternatives)) = schema.get(combinator) {
            for (i, alternative) in alternatives.iter().enumerate() {
                let at = format!("{pointer}/{combinator}/{i}");
                collect_variants(doc, alternative, &at, depth + 1, out);
            }
            return;
        }
    }
    let mut merged = schema.clone();
    if let Some(Value::Array(parts)) = schema.get("allOf") {
        let mut properties = serde_json::Map::new();
        for part in parts {
            let part = resolve(doc, part);
            if let Some(Value::Object(p)) = part.get("properties") {
                properties.extend(p.clone());
            }
        }
        if let Some(Value::Object(own)) = schema.get("properties") {
            properties.extend(own.clone());
        }
        merged["properties"] = Value::Object(properties);
    }
    out.push((pointer.to_owned(), merged));
}

/// `IDEMPOTENT_OPERATIONS` as a Rust slice expression of
/// `crate::IdempotentOperation`.
pub fn render() -> String {
    let mut out = String::from("&[\n");
    for (method, path) in IDEMPOTENT_OPERATIONS {
        out.push_str(&format!(
            "    crate::IdempotentOperation {{ method: {method:?}, path: {path:?}, key_field: \
             {KEY_FIELD:?} }},\n"
        ));
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn transfers(body: Value) -> Value {
        json!({
            "paths": {"/wallets/{walletId}/transfers": {"post": {
                "requestBody": {"content": {"application/json": {"schema": body}}}
            }}},
            "components": {"schemas": {
                "Native": {"type": "object", "properties": {
                    "kind": {"type": "string"},
                    "externalId": {"type": "string", "maxLength": 50}
                }},
                "Bare": {"type": "object", "properties": {"kind": {"type": "string"}}},
                "Id": {"type": "string", "maxLength": 50}
            }}
        })
    }

    fn warnings_for(doc: &Value) -> Vec<String> {
        let mut warnings = Warnings::default();
        check(doc, &mut warnings);
        warnings
            .0
            .into_iter()
            .filter(|w| !w.starts_with("/paths: the document lacks"))
            .collect()
    }

    #[test]
    fn every_variant_with_the_key_is_silent() {
        let doc = transfers(json!({"oneOf": [
            {"$ref": "#/components/schemas/Native"},
            {"allOf": [{"$ref": "#/components/schemas/Bare"},
                       {"type": "object", "properties": {"externalId": {"$ref": "#/components/schemas/Id"}}}]}
        ]}));
        assert_eq!(warnings_for(&doc), Vec::<String>::new());
    }

    #[test]
    fn a_variant_without_the_key_is_named_by_its_pointer() {
        let doc = transfers(json!({"oneOf": [
            {"$ref": "#/components/schemas/Native"},
            {"$ref": "#/components/schemas/Bare"}
        ]}));
        let warnings = warnings_for(&doc);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].starts_with("/components/schemas/Bare: ")
                && warnings[0].contains("no `externalId`"),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_key_too_short_or_with_a_pattern_is_warned_about() {
        let doc = transfers(json!({"type": "object", "properties": {
            "externalId": {"type": "string", "maxLength": 20}
        }}));
        assert!(warnings_for(&doc)[0].contains("at most 20 characters"));
        let doc = transfers(json!({"type": "object", "properties": {
            "externalId": {"type": "string", "pattern": "^[a-z]+$"}
        }}));
        assert!(warnings_for(&doc)[0].contains("`pattern`"));
    }

    #[test]
    fn a_missing_operation_is_warned_about() {
        let doc = json!({"paths": {}});
        let mut warnings = Warnings::default();
        check(&doc, &mut warnings);
        assert_eq!(warnings.0.len(), 1, "{:?}", warnings.0);
        assert!(warnings.0[0].starts_with("/paths: the document lacks 4 of"));
        assert!(warnings.0[0].contains("POST /wallets/{walletId}/transfers, "));
    }

    #[test]
    fn the_table_lists_every_entry() {
        let table = render();
        for (method, path) in IDEMPOTENT_OPERATIONS {
            assert!(table.contains(&format!("method: {method:?}, path: {path:?}")));
        }
    }
}
