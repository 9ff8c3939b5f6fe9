//! Translation rules from OpenAPI 3.1 (JSON Schema 2020-12) schema keywords
//! to their OpenAPI 3.0 equivalents, the dialect progenitor's parser reads.
//!
//! Each rule is one function over one schema object. Rules run on a schema
//! after its sub-schemas have been translated (see `normalize`), in the order
//! of [`SCHEMA_RULES`]. A rule either rewrites the schema to an equivalent 3.0
//! form, or fails with the JSON pointer of the construct it cannot map.

use serde_json::{json, Value};

use super::{combinators, Schema, ANNOTATIONS};
use crate::diagnostics::{SpecError, Warnings};

/// Signature shared by every schema rule.
pub type Rule = fn(&mut Schema, &str, &mut Warnings) -> Result<(), SpecError>;

/// Rules that may create sub-schemas; they run before the sub-schemas are
/// visited, so the new ones get translated too.
pub const EXPANDING_RULES: &[(&str, Rule)] = &[("type_array_to_nullable", type_array_to_nullable)];

/// The schema rules, in the order they run on each schema after its
/// sub-schemas have been translated.
pub const SCHEMA_RULES: &[(&str, Rule)] = &[
    ("raw_content_to_binary_format", raw_content_to_binary_format),
    ("drop_unmappable_annotations", drop_unmappable_annotations),
    ("const_to_enum", const_to_enum),
    ("examples_to_example", examples_to_example),
    ("numeric_exclusive_bounds", numeric_exclusive_bounds),
    ("null_member_to_nullable", null_member_to_nullable),
    ("ref_with_siblings", ref_with_siblings),
    (
        "enum_alternatives_to_enum",
        combinators::enum_alternatives_to_enum,
    ),
    (
        "discriminated_alternatives_to_one_of",
        combinators::discriminated_alternatives_to_one_of,
    ),
    ("all_of_over_one_of", combinators::all_of_over_one_of),
    (
        "scalar_any_of_to_one_of",
        combinators::scalar_any_of_to_one_of,
    ),
    ("reject_unknown_keywords", reject_unknown_keywords),
];

const HINT_UNSUPPORTED: &str = "this construct has no OpenAPI 3.0 equivalent in the generator yet; \
     add a translation rule in codegen/src/rules.rs (with a unit test and a fixture in tests/fixtures/)";

/// A string of raw bytes in 3.1 (`contentMediaType` without a
/// `contentEncoding`, e.g. a multipart file part) is 3.0's `format: binary`.
pub fn raw_content_to_binary_format(
    s: &mut Schema,
    _ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    let is_string = s.get("type").is_none_or(|t| t == "string");
    if is_string
        && s.contains_key("contentMediaType")
        && !s.contains_key("contentEncoding")
        && !s.contains_key("format")
    {
        s.insert("type".into(), "string".into());
        s.insert("format".into(), "binary".into());
    }
    Ok(())
}

/// `$comment`, `$schema`, `$id`, `contentMediaType` and `contentEncoding` are
/// annotations in 2020-12 with no 3.0 keyword; they carry no type information.
pub fn drop_unmappable_annotations(
    s: &mut Schema,
    _ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    for key in [
        "$comment",
        "$schema",
        "$id",
        "contentMediaType",
        "contentEncoding",
    ] {
        s.remove(key);
    }
    Ok(())
}

/// `const: v` → `enum: [v]`.
pub fn const_to_enum(s: &mut Schema, ptr: &str, _w: &mut Warnings) -> Result<(), SpecError> {
    let Some(value) = s.remove("const") else {
        return Ok(());
    };
    if let Some(existing) = s.get("enum") {
        let allowed = existing.as_array().is_some_and(|vs| vs.contains(&value));
        if !allowed {
            return Err(SpecError::new(
                ptr,
                format!("`const: {value}` contradicts the `enum` beside it"),
                "fix the schema upstream: no value can satisfy both",
            ));
        }
    }
    s.insert("enum".into(), Value::Array(vec![value]));
    Ok(())
}

/// `examples: [a, ...]` (a 2020-12 array) → `example: a`.
pub fn examples_to_example(s: &mut Schema, ptr: &str, _w: &mut Warnings) -> Result<(), SpecError> {
    let Some(examples) = s.remove("examples") else {
        return Ok(());
    };
    let Value::Array(mut examples) = examples else {
        return Err(SpecError::new(
            &crate::diagnostics::child(ptr, "examples"),
            "`examples` in a schema must be an array",
            "fix the schema upstream",
        ));
    };
    if !s.contains_key("example") && !examples.is_empty() {
        s.insert("example".into(), examples.swap_remove(0));
    }
    Ok(())
}

/// Numeric `exclusiveMinimum: n` / `exclusiveMaximum: n` (2020-12) → 3.0's
/// `minimum: n` + `exclusiveMinimum: true`. On integers the bound becomes the
/// equivalent inclusive one (`> 0` is `>= 1`), which lets the generator pick
/// types such as `NonZeroU64`.
pub fn numeric_exclusive_bounds(
    s: &mut Schema,
    ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    let is_integer = s.get("type").and_then(Value::as_str) == Some("integer");
    for (exclusive, inclusive, step) in [
        ("exclusiveMinimum", "minimum", 1i64),
        ("exclusiveMaximum", "maximum", -1i64),
    ] {
        let bound = match s.get(exclusive) {
            None | Some(Value::Bool(_)) => continue,
            Some(Value::Number(n)) => n.clone(),
            Some(other) => {
                return Err(SpecError::new(
                    &crate::diagnostics::child(ptr, exclusive),
                    format!("`{exclusive}` must be a number, found {other}"),
                    "fix the schema upstream",
                ))
            }
        };
        s.remove(exclusive);
        // An inclusive bound beside it that is at least as tight wins.
        if let Some(existing) = s.get(inclusive).and_then(Value::as_f64) {
            let bound = bound.as_f64().unwrap_or(f64::NAN);
            let tighter = if step > 0 {
                existing > bound
            } else {
                existing < bound
            };
            if tighter {
                continue;
            }
        }
        match bound.as_i64() {
            Some(n) if is_integer => {
                s.insert(inclusive.into(), json!(n + step));
            }
            _ => {
                s.insert(inclusive.into(), Value::Number(bound));
                s.insert(exclusive.into(), Value::Bool(true));
            }
        }
    }
    Ok(())
}

/// `type: [T, "null"]` → `type: T, nullable: true`. Several non-null types
/// become a `oneOf` with one branch per type.
pub fn type_array_to_nullable(
    s: &mut Schema,
    ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    let Some(Value::Array(types)) = s.get("type") else {
        return Ok(());
    };
    let mut nullable = false;
    let mut rest = Vec::new();
    for t in types {
        match t.as_str() {
            Some("null") => nullable = true,
            Some(name) => rest.push(name.to_owned()),
            None => {
                return Err(SpecError::new(
                    &crate::diagnostics::child(ptr, "type"),
                    format!("`type` entries must be strings, found {t}"),
                    "fix the schema upstream",
                ))
            }
        }
    }
    match rest.as_slice() {
        [] => {
            return Err(SpecError::new(
                &crate::diagnostics::child(ptr, "type"),
                "a schema whose only type is `null` has no OpenAPI 3.0 form",
                HINT_UNSUPPORTED,
            ))
        }
        [one] => {
            s.insert("type".into(), Value::String(one.clone()));
        }
        many => {
            s.remove("type");
            let mut parent = Schema::new();
            for key in ["description", "title", "default", "example", "deprecated"] {
                if let Some(v) = s.remove(key) {
                    parent.insert(key.into(), v);
                }
            }
            let branches = many
                .iter()
                .map(|t| {
                    let mut branch = s.clone();
                    branch.insert("type".into(), Value::String(t.clone()));
                    Value::Object(branch)
                })
                .collect();
            parent.insert("oneOf".into(), Value::Array(branches));
            *s = parent;
        }
    }
    if nullable {
        s.insert("nullable".into(), Value::Bool(true));
    }
    Ok(())
}

fn is_null_schema(v: &Value) -> bool {
    let Some(m) = v.as_object() else { return false };
    m.get("type").and_then(Value::as_str) == Some("null")
        && m.keys()
            .all(|k| matches!(k.as_str(), "type" | "description" | "title"))
}

/// `anyOf`/`oneOf` with a `{type: "null"}` member → the other members plus
/// `nullable: true`. A single remaining member is inlined into the schema
/// (or kept as `allOf: [{$ref}]` when it is a reference).
pub fn null_member_to_nullable(
    s: &mut Schema,
    ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = s.get_mut(key) else {
            continue;
        };
        let before = members.len();
        members.retain(|m| !is_null_schema(m));
        if members.len() == before {
            continue;
        }
        s.insert("nullable".into(), Value::Bool(true));
        let Some(Value::Array(members)) = s.remove(key) else {
            unreachable!("checked above")
        };
        match <[Value; 1]>::try_from(members) {
            Ok([Value::Object(only)]) if !only.contains_key("$ref") && can_merge(s, &only) => {
                s.extend(only);
            }
            Ok([only]) => {
                s.insert("allOf".into(), Value::Array(vec![only]));
            }
            Err(members) if members.is_empty() => {
                return Err(SpecError::new(
                    &crate::diagnostics::child(ptr, key),
                    format!("`{key}` has only `null` members"),
                    HINT_UNSUPPORTED,
                ))
            }
            Err(members) => {
                s.insert(key.into(), Value::Array(members));
            }
        }
    }
    Ok(())
}

/// Whether `member`'s keywords can be moved into `parent` without clobbering
/// anything but annotations.
fn can_merge(parent: &Schema, member: &Schema) -> bool {
    member.keys().all(|k| {
        !parent.contains_key(k) || matches!(k.as_str(), "description" | "title" | "example")
    })
}

/// `$ref` beside other keywords: 3.0 ignores the siblings. Annotation
/// siblings (`description`, …) are dropped (the referenced type keeps its own
/// docs); anything that changes validation (`nullable`, `default`, bounds) is
/// kept by wrapping the reference: `{allOf: [{$ref}], ...siblings}`.
pub fn ref_with_siblings(s: &mut Schema, _ptr: &str, _w: &mut Warnings) -> Result<(), SpecError> {
    let Some(reference) = s.get("$ref").cloned() else {
        return Ok(());
    };
    s.retain(|k, _| k == "$ref" || !ANNOTATIONS.contains(&k.as_str()) && !k.starts_with("x-"));
    if s.len() > 1 {
        s.remove("$ref");
        s.insert("allOf".into(), json!([{ "$ref": reference }]));
    }
    Ok(())
}

/// The keywords of an OpenAPI 3.0 schema object. openapiv3 silently ignores
/// anything else, so any other keyword left after translation is reported.
const KNOWN_KEYWORDS: &[&str] = &[
    "$ref",
    "title",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "items",
    "properties",
    "additionalProperties",
    "description",
    "format",
    "default",
    "nullable",
    "discriminator",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "example",
    "deprecated",
];

/// Fails on any keyword that is neither OpenAPI 3.0 nor an `x-` extension,
/// e.g. `prefixItems`, `$defs`, `if`/`then`/`else`, `patternProperties`:
/// dropping them would silently change the generated types.
pub fn reject_unknown_keywords(
    s: &mut Schema,
    ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    match s
        .keys()
        .find(|k| !k.starts_with("x-") && !KNOWN_KEYWORDS.contains(&k.as_str()))
    {
        None => Ok(()),
        Some(k) => Err(SpecError::new(
            &crate::diagnostics::child(ptr, k),
            format!("the JSON Schema keyword `{k}` is not supported by the OpenAPI 3.0 generator"),
            HINT_UNSUPPORTED,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(rule: Rule, before: Value) -> Result<Value, SpecError> {
        let Value::Object(mut s) = before else {
            panic!("schema must be an object")
        };
        rule(&mut s, "/p", &mut Warnings::default())?;
        Ok(Value::Object(s))
    }

    #[test]
    fn raw_content_is_binary_and_encoded_content_a_string() {
        let raw = apply(
            raw_content_to_binary_format,
            json!({"type": "string", "contentMediaType": "application/octet-stream"}),
        );
        assert_eq!(raw.unwrap()["format"], "binary");
        let base64 = apply(
            raw_content_to_binary_format,
            json!({"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"}),
        );
        assert!(base64.unwrap().get("format").is_none());
    }

    #[test]
    fn drops_2020_12_annotations() {
        let after = apply(
            drop_unmappable_annotations,
            json!({"type": "string", "$comment": "c", "contentEncoding": "base64"}),
        );
        assert_eq!(after.unwrap(), json!({"type": "string"}));
    }

    #[test]
    fn const_becomes_single_value_enum() {
        let after = apply(const_to_enum, json!({"type": "string", "const": "Key"}));
        assert_eq!(after.unwrap(), json!({"type": "string", "enum": ["Key"]}));
    }

    #[test]
    fn const_contradicting_enum_fails() {
        let err = apply(const_to_enum, json!({"const": "a", "enum": ["b"]})).unwrap_err();
        assert_eq!(err.pointer, "/p");
        assert!(err.problem.contains("contradicts"), "{err}");
    }

    #[test]
    fn examples_array_becomes_first_example() {
        let after = apply(
            examples_to_example,
            json!({"type": "integer", "examples": [3, 4]}),
        );
        assert_eq!(after.unwrap(), json!({"type": "integer", "example": 3}));
    }

    #[test]
    fn examples_not_an_array_fails_with_pointer() {
        let err = apply(examples_to_example, json!({"examples": {"a": 1}})).unwrap_err();
        assert_eq!(err.pointer, "/p/examples");
    }

    #[test]
    fn integer_exclusive_minimum_becomes_inclusive_plus_one() {
        let after = apply(
            numeric_exclusive_bounds,
            json!({"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10}),
        );
        assert_eq!(
            after.unwrap(),
            json!({"type": "integer", "minimum": 1, "maximum": 9})
        );
    }

    #[test]
    fn number_exclusive_minimum_becomes_3_0_boolean_form() {
        let after = apply(
            numeric_exclusive_bounds,
            json!({"type": "number", "exclusiveMinimum": 0.5}),
        );
        assert_eq!(
            after.unwrap(),
            json!({"type": "number", "minimum": 0.5, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn tighter_inclusive_bound_wins() {
        let after = apply(
            numeric_exclusive_bounds,
            json!({"type": "integer", "exclusiveMinimum": 0, "minimum": 5}),
        );
        assert_eq!(after.unwrap(), json!({"type": "integer", "minimum": 5}));
    }

    #[test]
    fn boolean_exclusive_bound_is_already_3_0() {
        let before = json!({"type": "number", "minimum": 0, "exclusiveMinimum": true});
        assert_eq!(
            apply(numeric_exclusive_bounds, before.clone()).unwrap(),
            before
        );
    }

    #[test]
    fn type_with_null_becomes_nullable() {
        let after = apply(type_array_to_nullable, json!({"type": ["string", "null"]}));
        assert_eq!(after.unwrap(), json!({"type": "string", "nullable": true}));
    }

    #[test]
    fn several_types_become_one_of() {
        let after = apply(
            type_array_to_nullable,
            json!({"type": ["string", "integer"], "description": "d", "minimum": 1}),
        );
        assert_eq!(
            after.unwrap(),
            json!({"description": "d", "oneOf": [
                {"type": "string", "minimum": 1},
                {"type": "integer", "minimum": 1}
            ]})
        );
    }

    #[test]
    fn only_null_type_fails() {
        let err = apply(type_array_to_nullable, json!({"type": ["null"]})).unwrap_err();
        assert_eq!(err.pointer, "/p/type");
    }

    #[test]
    fn any_of_with_null_and_ref_becomes_nullable_all_of() {
        let after = apply(
            null_member_to_nullable,
            json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}),
        );
        assert_eq!(
            after.unwrap(),
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
    }

    #[test]
    fn one_of_with_null_and_inline_member_is_inlined() {
        let after = apply(
            null_member_to_nullable,
            json!({"description": "d", "oneOf": [{"type": "string"}, {"type": "null"}]}),
        );
        assert_eq!(
            after.unwrap(),
            json!({"description": "d", "type": "string", "nullable": true})
        );
    }

    #[test]
    fn one_of_with_null_and_two_members_keeps_one_of() {
        let after = apply(
            null_member_to_nullable,
            json!({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}),
        );
        assert_eq!(
            after.unwrap(),
            json!({"nullable": true, "oneOf": [{"type": "string"}, {"type": "integer"}]})
        );
    }

    #[test]
    fn ref_with_description_only_drops_it() {
        let after = apply(
            ref_with_siblings,
            json!({"$ref": "#/components/schemas/A", "description": "d"}),
        );
        assert_eq!(after.unwrap(), json!({"$ref": "#/components/schemas/A"}));
    }

    #[test]
    fn ref_with_nullable_is_wrapped_in_all_of() {
        let after = apply(
            ref_with_siblings,
            json!({"$ref": "#/components/schemas/A", "nullable": true, "description": "d"}),
        );
        assert_eq!(
            after.unwrap(),
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
    }

    #[test]
    fn unknown_keywords_fail_with_their_pointer() {
        for keyword in [
            "prefixItems",
            "$defs",
            "if",
            "patternProperties",
            "unevaluatedProperties",
        ] {
            let err = apply(
                reject_unknown_keywords,
                json!({"type": "object", keyword: {}}),
            )
            .unwrap_err();
            assert_eq!(err.pointer, format!("/p/{keyword}"));
            assert!(err.problem.contains(keyword), "{err}");
        }
    }

    #[test]
    fn extensions_and_3_0_keywords_pass() {
        let before =
            json!({"type": "string", "x-mint": {"a": 1}, "nullable": true, "format": "uuid"});
        assert_eq!(
            apply(reject_unknown_keywords, before.clone()).unwrap(),
            before
        );
    }
}
