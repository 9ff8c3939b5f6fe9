//! Walks an OpenAPI 3.1 document and rewrites it into the 3.0 dialect that
//! progenitor reads: document-level fixes here, schema rules in `rules`.

use serde_json::Value;

use super::rules::{EXPANDING_RULES, SCHEMA_RULES};
use crate::diagnostics::{child, SpecError, Warnings};

/// Translates the whole document in place.
pub fn normalize(doc: &mut Value, warnings: &mut Warnings) -> Result<(), SpecError> {
    openapi_version(doc)?;
    drop_31_only_document_fields(doc, warnings);
    visit_document(doc, "", warnings)?;
    crate::document::shared_enums::share_named_enums(doc);
    crate::document::responses::apply(doc, warnings)
}

/// `openapi: 3.1.x` → `3.0.3`; anything but 3.0/3.1 is refused.
pub fn openapi_version(doc: &mut Value) -> Result<(), SpecError> {
    let version = doc
        .get("openapi")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if version.starts_with("3.1.") {
        doc["openapi"] = Value::String("3.0.3".into());
        Ok(())
    } else if version.starts_with("3.0.") {
        Ok(())
    } else {
        Err(SpecError::new(
            "/openapi",
            format!("unsupported OpenAPI version {version:?}; expected 3.0.x or 3.1.x"),
            "check that openapi.yaml is the Dfns OpenAPI document",
        ))
    }
}

/// `webhooks` (already taken out by `webhook_events`), `jsonSchemaDialect`
/// and `info.license.identifier` exist only in 3.1 and mean nothing to a
/// client.
fn drop_31_only_document_fields(doc: &mut Value, warnings: &mut Warnings) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    if root.remove("webhooks").is_some() {
        warnings.push("/webhooks", "webhooks are not part of the client; skipped");
    }
    root.remove("jsonSchemaDialect");
    if let Some(Value::Object(license)) = root.get_mut("info").and_then(|i| i.get_mut("license")) {
        license.remove("identifier");
    }
}

/// Visits a part of the document that is not a schema, looking for the
/// places where schemas live (`schema` keys, `components/schemas`).
fn visit_document(node: &mut Value, ptr: &str, w: &mut Warnings) -> Result<(), SpecError> {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                let here = child(ptr, key);
                match key.as_str() {
                    // Example payloads and extensions are data, not document structure.
                    "example" | "examples" => {}
                    k if k.starts_with("x-") => {}
                    "schema" => visit_schema(value, &here, w)?,
                    "schemas" if ptr == "/components" => {
                        if let Value::Object(schemas) = value {
                            for (name, schema) in schemas.iter_mut() {
                                visit_schema(schema, &child(&here, name), w)?;
                            }
                        }
                    }
                    _ => visit_document(value, &here, w)?,
                }
            }
            Ok(())
        }
        Value::Array(items) => items
            .iter_mut()
            .enumerate()
            .try_for_each(|(i, v)| visit_document(v, &child(ptr, &i.to_string()), w)),
        _ => Ok(()),
    }
}

/// Keywords whose value is a map of schemas.
const SCHEMA_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
];
/// Keywords whose value is an array of schemas.
const SCHEMA_ARRAYS: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];
/// Keywords whose value is one schema.
const SCHEMA_VALUES: &[&str] = &[
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
];

/// Translates a schema: its sub-schemas first, then the rules on itself.
pub fn visit_schema(node: &mut Value, ptr: &str, w: &mut Warnings) -> Result<(), SpecError> {
    let Value::Object(schema) = node else {
        return Err(SpecError::new(
            ptr,
            format!("expected a schema object, found {node}"),
            "boolean schemas are not supported by the OpenAPI 3.0 generator",
        ));
    };
    for (_name, rule) in EXPANDING_RULES {
        rule(schema, ptr, w)?;
    }
    for (key, value) in schema.iter_mut() {
        let here = child(ptr, key);
        let k = key.as_str();
        if SCHEMA_MAPS.contains(&k) {
            if let Value::Object(members) = value {
                for (name, member) in members.iter_mut() {
                    visit_schema(member, &child(&here, name), w)?;
                }
            }
        } else if SCHEMA_ARRAYS.contains(&k) {
            if let Value::Array(members) = value {
                for (i, member) in members.iter_mut().enumerate() {
                    visit_schema(member, &child(&here, &i.to_string()), w)?;
                }
            }
        } else if SCHEMA_VALUES.contains(&k) && value.is_object() {
            visit_schema(value, &here, w)?;
        }
    }
    for (_name, rule) in SCHEMA_RULES {
        rule(schema, ptr, w)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn version_31_becomes_303() {
        let mut doc = json!({"openapi": "3.1.0"});
        openapi_version(&mut doc).unwrap();
        assert_eq!(doc, json!({"openapi": "3.0.3"}));
    }

    #[test]
    fn swagger_2_is_refused() {
        let err = openapi_version(&mut json!({"swagger": "2.0"})).unwrap_err();
        assert_eq!(err.pointer, "/openapi");
    }

    #[test]
    fn nested_schemas_are_translated_with_pointers() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "paths": {"/a/{id}": {"post": {"requestBody": {"content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"n": {"type": ["integer", "null"], "exclusiveMinimum": 0}}
            }}}}}}}
        });
        normalize(&mut doc, &mut Warnings::default()).unwrap();
        let n = &doc["paths"]["/a/{id}"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"]["properties"]["n"];
        assert_eq!(
            n,
            &json!({"type": "integer", "nullable": true, "minimum": 1})
        );
    }

    #[test]
    fn error_pointer_reaches_into_components() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"A": {"type": "array", "prefixItems": [{"type": "string"}]}}}
        });
        let err = normalize(&mut doc, &mut Warnings::default()).unwrap_err();
        assert_eq!(err.pointer, "/components/schemas/A/prefixItems");
    }

    #[test]
    fn branches_made_from_a_type_array_are_translated_too() {
        let mut doc = json!({"openapi": "3.1.0", "components": {"schemas": {
            "A": {"type": ["string", "integer"], "exclusiveMinimum": 0}
        }}});
        normalize(&mut doc, &mut Warnings::default()).unwrap();
        assert_eq!(
            doc["components"]["schemas"]["A"],
            json!({"oneOf": [{"type": "string", "minimum": 0, "exclusiveMinimum": true},
                             {"type": "integer", "minimum": 1}]})
        );
    }

    #[test]
    fn examples_are_not_walked() {
        let mut doc = json!({"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": {
            "content": {"application/json": {"examples": {"e": {"value": {"schema": 1}}}}}
        }}}}}});
        normalize(&mut doc, &mut Warnings::default()).unwrap();
    }
}
