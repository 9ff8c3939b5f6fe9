//! Rewrites of `allOf`/`anyOf`/`oneOf` shapes that the generator turns
//! into types no JSON value fits. Both are exact (the rewritten schema
//! accepts the same values) and run as schema rules (see `rules`):
//!
//! - alternatives that are all enums of one type → one enum of all their
//!   values (else: a struct of optional fields, which no string decodes into);
//! - any other `anyOf` of scalars → `oneOf` (else: the same struct);
//! - alternatives (nested ones spliced in) that are objects told apart by a
//!   required enum property (`protocol`, `kind`) → one flat `oneOf`;
//! - `allOf: [{oneOf: [A, B]}, X]`, with inline objects → `oneOf: [A+X, B+X]`,
//!   each merged into one object (else: variants that are empty enums).

use serde_json::{Map, Value};

use super::{Schema, ANNOTATIONS};
use crate::diagnostics::{SpecError, Warnings};

/// `anyOf`/`oneOf` whose members are inline enums of one type → `{type,
/// enum}` with the union of their values, in order (for a `oneOf`, only
/// when no value is listed twice: one value matching two members fails it).
pub fn enum_alternatives_to_enum(
    s: &mut Schema,
    _ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    if s.contains_key("enum") || s.contains_key("type") {
        return Ok(());
    }
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = s.get(key) else {
            continue;
        };
        let Some((ty, values)) = enum_union(members) else {
            continue;
        };
        let listed: usize = members
            .iter()
            .filter_map(|m| m.get("enum").and_then(Value::as_array))
            .map(Vec::len)
            .sum();
        if key == "oneOf" && listed != values.len() {
            continue;
        }
        s.remove(key);
        s.insert("type".into(), Value::String(ty));
        s.insert("enum".into(), Value::Array(values));
        return Ok(());
    }
    Ok(())
}

/// The members' common `type` and all their enum values (deduplicated),
/// if every member is an inline enum of that type and nothing more.
fn enum_union(members: &[Value]) -> Option<(String, Vec<Value>)> {
    let mut ty: Option<&str> = None;
    let mut values: Vec<Value> = Vec::new();
    for member in members {
        let member = member.as_object()?;
        let only_enum = member
            .keys()
            .all(|k| matches!(k.as_str(), "type" | "enum") || ANNOTATIONS.contains(&k.as_str()));
        let member_type = member.get("type")?.as_str()?;
        if !only_enum || ty.is_some_and(|t| t != member_type) {
            return None;
        }
        ty = Some(member_type);
        for value in member.get("enum")?.as_array()? {
            if !values.contains(value) {
                values.push(value.clone());
            }
        }
    }
    Some((ty?.to_owned(), values))
}

/// `anyOf` whose members are all inline scalar schemas (string, integer,
/// number, boolean) → `oneOf`. For `anyOf` the generator makes a struct of
/// flattened optional members, which no scalar decodes into; for `oneOf` an
/// untagged enum, which takes the first member a value fits: what `anyOf`
/// means for a single scalar. Integer members go before number members so
/// that a whole number keeps its form.
pub fn scalar_any_of_to_one_of(
    s: &mut Schema,
    _ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    let Some(Value::Array(members)) = s.get("anyOf") else {
        return Ok(());
    };
    fn scalar_type(m: &Value) -> Option<&str> {
        let t = m.get("type").and_then(Value::as_str)?;
        matches!(t, "string" | "integer" | "number" | "boolean").then_some(t)
    }
    if s.contains_key("oneOf") || !members.iter().all(|m| scalar_type(m).is_some()) {
        return Ok(());
    }
    let Some(Value::Array(mut members)) = s.remove("anyOf") else {
        unreachable!("checked above")
    };
    members.sort_by_key(|m| scalar_type(m) == Some("number"));
    s.insert("oneOf".into(), Value::Array(members));
    Ok(())
}

/// `anyOf`/`oneOf` whose alternatives, with nested `oneOf`/`anyOf`
/// alternatives spliced in, are inline objects that pairwise differ in a
/// required enum property → `oneOf` of them. No value fits two such objects,
/// so `anyOf`, `oneOf` and any nesting of them mean the same; the generator
/// handles the flat `oneOf` (an enum) and not the others.
pub fn discriminated_alternatives_to_one_of(
    s: &mut Schema,
    _ptr: &str,
    _w: &mut Warnings,
) -> Result<(), SpecError> {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = s.get(key) else {
            continue;
        };
        let mut leaves = Vec::new();
        if !splice_alternatives(members, &mut leaves) || !pairwise_discriminated(&leaves) {
            continue;
        }
        let nested = leaves.len() != members.len();
        if key == "oneOf" && !nested {
            return Ok(());
        }
        let leaves = leaves.into_iter().cloned().collect();
        s.remove(key);
        s.insert("oneOf".into(), Value::Array(leaves));
        return Ok(());
    }
    Ok(())
}

/// Collects the object alternatives of `members`, splicing in members that
/// are only a `oneOf`/`anyOf`; `false` if some alternative is not an object.
fn splice_alternatives<'a>(members: &'a [Value], out: &mut Vec<&'a Value>) -> bool {
    members.iter().all(|member| {
        let Some(m) = member.as_object() else {
            return false;
        };
        let nested = ["oneOf", "anyOf"]
            .into_iter()
            .find_map(|k| m.get(k).and_then(Value::as_array));
        let only_alternatives = m
            .keys()
            .all(|k| k == "oneOf" || k == "anyOf" || ANNOTATIONS.contains(&k.as_str()));
        match nested {
            Some(inner) if only_alternatives => splice_alternatives(inner, out),
            _ if m.contains_key("properties") && m.get("type").is_none_or(|t| t == "object") => {
                out.push(member);
                true
            }
            _ => false,
        }
    })
}

fn pairwise_discriminated(objects: &[&Value]) -> bool {
    objects.len() > 1
        && objects
            .iter()
            .enumerate()
            .all(|(i, a)| objects[i + 1..].iter().all(|b| discriminated(a, b)))
}

/// Whether some property both require has enum values in both, none shared.
fn discriminated(a: &Value, b: &Value) -> bool {
    let required = |o: &Value| -> Vec<String> {
        o.get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let values = |o: &Value, name: &str| -> Option<Vec<Value>> {
        o.get("properties")?
            .get(name)?
            .get("enum")?
            .as_array()
            .cloned()
    };
    let b_required = required(b);
    required(a)
        .iter()
        .filter(|name| b_required.contains(name))
        .any(|name| match (values(a, name), values(b, name)) {
            (Some(x), Some(y)) => x.iter().all(|v| !y.contains(v)),
            _ => false,
        })
}

/// `allOf` of one `oneOf` and inline objects → a `oneOf` of each
/// alternative merged with those objects. An alternative that is not an
/// inline object becomes `allOf: [alternative, objects…]`.
pub fn all_of_over_one_of(s: &mut Schema, _ptr: &str, _w: &mut Warnings) -> Result<(), SpecError> {
    let Some(Value::Array(parts)) = s.get("allOf") else {
        return Ok(());
    };
    let is_one_of = |p: &Value| {
        p.as_object().is_some_and(|o| {
            o.contains_key("oneOf")
                && o.keys()
                    .all(|k| k == "oneOf" || ANNOTATIONS.contains(&k.as_str()))
        })
    };
    let (choices, objects): (Vec<&Value>, Vec<&Value>) = parts.iter().partition(|p| is_one_of(p));
    let [choice] = choices.as_slice() else {
        return Ok(());
    };
    if s.contains_key("oneOf") || objects.is_empty() || !objects.iter().all(|o| is_plain_object(o))
    {
        return Ok(());
    }
    let Some(Value::Array(alternatives)) = choice.get("oneOf") else {
        return Ok(());
    };
    let merged: Vec<Value> = alternatives
        .iter()
        .map(|alternative| {
            if is_plain_object(alternative) {
                merge_objects(alternative, &objects)
            } else {
                let mut all = vec![alternative.clone()];
                all.extend(objects.iter().map(|o| (*o).clone()));
                Value::Object(Map::from_iter([("allOf".to_owned(), Value::Array(all))]))
            }
        })
        .collect();
    s.remove("allOf");
    s.insert("oneOf".into(), Value::Array(merged));
    Ok(())
}

/// An inline object schema with nothing but properties, `required`,
/// `additionalProperties: bool` and annotations.
fn is_plain_object(v: &Value) -> bool {
    let Some(o) = v.as_object() else { return false };
    let typed_object = o.get("type").is_none_or(|t| t == "object");
    typed_object
        && o.keys().all(|k| {
            matches!(
                k.as_str(),
                "type" | "properties" | "required" | "additionalProperties" | "nullable"
            ) || ANNOTATIONS.contains(&k.as_str())
        })
        && o.get("additionalProperties").is_none_or(Value::is_boolean)
        && o.get("nullable").is_none_or(|n| n == false)
}

/// `base` with the properties and required names of `extra` added. A
/// property both define differently must satisfy both (`allOf`); a closed
/// `base` (`additionalProperties: false`) stays closed with the added
/// properties allowed, as the document's authors meant.
fn merge_objects(base: &Value, extra: &[&Value]) -> Value {
    let mut out = base.as_object().cloned().unwrap_or_default();
    out.insert("type".into(), "object".into());
    for part in extra {
        let part = part.as_object().expect("checked by is_plain_object");
        if let Some(Value::Object(properties)) = part.get("properties") {
            let merged = out
                .entry("properties")
                .or_insert_with(|| Value::Object(Map::new()));
            let merged = merged.as_object_mut().expect("an object's properties");
            for (name, schema) in properties {
                match merged.get(name) {
                    Some(existing) if existing != schema => {
                        let both = Value::Array(vec![existing.clone(), schema.clone()]);
                        merged.insert(
                            name.clone(),
                            Value::Object(Map::from_iter([("allOf".to_owned(), both)])),
                        );
                    }
                    _ => {
                        merged.insert(name.clone(), schema.clone());
                    }
                }
            }
        }
        if let Some(Value::Array(required)) = part.get("required") {
            let merged = out
                .entry("required")
                .or_insert_with(|| Value::Array(Vec::new()));
            let merged = merged.as_array_mut().expect("`required` is an array");
            for name in required {
                if !merged.contains(name) {
                    merged.push(name.clone());
                }
            }
        }
        if part.get("additionalProperties") == Some(&Value::Bool(false)) {
            out.insert("additionalProperties".into(), Value::Bool(false));
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn apply(rule: crate::document::rules::Rule, before: Value) -> Value {
        let Value::Object(mut s) = before else {
            panic!("schema must be an object")
        };
        rule(&mut s, "/p", &mut Warnings::default()).unwrap();
        Value::Object(s)
    }

    #[test]
    fn string_enum_alternatives_become_one_enum() {
        let after = apply(
            enum_alternatives_to_enum,
            json!({"description": "d", "anyOf": [
                {"type": "string", "enum": ["a", "b"], "description": "x"},
                {"type": "string", "enum": ["*", "a"]}
            ]}),
        );
        assert_eq!(
            after,
            json!({"description": "d", "type": "string", "enum": ["a", "b", "*"]})
        );
    }

    #[test]
    fn other_alternatives_stay() {
        for before in [
            json!({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "integer", "enum": [1]}]}),
            json!({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}]}),
            json!({"anyOf": [{"type": "string", "enum": ["a"], "pattern": "a"}, {"type": "string", "enum": ["b"]}]}),
            json!({"anyOf": [{"$ref": "#/components/schemas/E"}, {"type": "string", "enum": ["b"]}]}),
            // In a oneOf, a value listed twice matches two members: invalid.
            json!({"oneOf": [{"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["a"]}]}),
        ] {
            assert_eq!(apply(enum_alternatives_to_enum, before.clone()), before);
        }
        let disjoint = json!({"oneOf": [{"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]}]});
        assert_eq!(
            apply(enum_alternatives_to_enum, disjoint),
            json!({"type": "string", "enum": ["a", "b"]})
        );
    }

    #[test]
    fn scalar_any_of_becomes_one_of_integers_first() {
        let after = apply(
            scalar_any_of_to_one_of,
            json!({"anyOf": [{"type": "number"}, {"type": "string", "pattern": "^\\d+$"}, {"type": "integer"}]}),
        );
        assert_eq!(
            after,
            json!({"oneOf": [{"type": "string", "pattern": "^\\d+$"}, {"type": "integer"}, {"type": "number"}]})
        );
    }

    #[test]
    fn any_of_with_objects_or_refs_stays() {
        for before in [
            json!({"anyOf": [{"type": "object"}, {"type": "string"}]}),
            json!({"anyOf": [{"$ref": "#/a"}, {"type": "string"}]}),
            json!({"anyOf": [{"enum": ["a"]}, {"type": "string"}]}),
        ] {
            assert_eq!(apply(scalar_any_of_to_one_of, before.clone()), before);
        }
    }

    fn tagged(protocol: &str, kind: &str) -> Value {
        json!({"type": "object", "required": ["protocol", "kind"], "properties": {
            "protocol": {"type": "string", "enum": [protocol]},
            "kind": {"type": "string", "enum": [kind]}
        }})
    }

    #[test]
    fn discriminated_alternatives_become_one_flat_one_of() {
        let after = apply(
            discriminated_alternatives_to_one_of,
            json!({"anyOf": [
                {"oneOf": [tagged("Iota", "Withdraw"), tagged("Iota", "Deposit")]},
                {"oneOf": [tagged("Babylon", "Unbond"), tagged("Babylon", "Withdraw")]},
                tagged("Ethereum", "Withdraw")
            ]}),
        );
        assert_eq!(
            after,
            json!({"oneOf": [
                tagged("Iota", "Withdraw"), tagged("Iota", "Deposit"),
                tagged("Babylon", "Unbond"), tagged("Babylon", "Withdraw"),
                tagged("Ethereum", "Withdraw")
            ]})
        );
    }

    #[test]
    fn alternatives_a_value_could_fit_twice_stay() {
        let same_kind = json!({"anyOf": [tagged("Iota", "Withdraw"), tagged("Iota", "Withdraw")]});
        let untagged = json!({"anyOf": [tagged("Iota", "Withdraw"), {"type": "object", "properties": {"a": {}}}]});
        let flat_one_of = json!({"oneOf": [tagged("A", "x"), tagged("B", "x")]});
        for before in [same_kind, untagged, flat_one_of] {
            assert_eq!(
                apply(discriminated_alternatives_to_one_of, before.clone()),
                before
            );
        }
    }

    #[test]
    fn all_of_distributes_over_one_of() {
        let after = apply(
            all_of_over_one_of,
            json!({"description": "stake", "allOf": [
                {"oneOf": [
                    {"type": "object", "title": "A", "properties": {"kind": {"type": "string", "enum": ["A"]}}, "required": ["kind"], "additionalProperties": false},
                    {"$ref": "#/components/schemas/B"}
                ]},
                {"type": "object", "properties": {"externalId": {"type": "string"}}}
            ]}),
        );
        assert_eq!(
            after,
            json!({"description": "stake", "oneOf": [
                {"type": "object", "title": "A", "properties": {
                    "kind": {"type": "string", "enum": ["A"]},
                    "externalId": {"type": "string"}
                }, "required": ["kind"], "additionalProperties": false},
                {"allOf": [
                    {"$ref": "#/components/schemas/B"},
                    {"type": "object", "properties": {"externalId": {"type": "string"}}}
                ]}
            ]})
        );
    }

    #[test]
    fn shared_properties_must_satisfy_both_sides() {
        let merged = merge_objects(
            &json!({"properties": {"a": {"type": "string"}}, "required": ["a"]}),
            &[
                &json!({"properties": {"a": {"maxLength": 3}}, "required": ["a", "b"], "additionalProperties": false}),
            ],
        );
        assert_eq!(
            merged,
            json!({"type": "object", "properties": {"a": {"allOf": [{"type": "string"}, {"maxLength": 3}]}},
                   "required": ["a", "b"], "additionalProperties": false})
        );
    }

    #[test]
    fn all_of_without_a_single_one_of_stays() {
        for before in [
            json!({"allOf": [{"$ref": "#/a"}, {"type": "object"}]}),
            json!({"allOf": [{"oneOf": [{"type": "object"}]}, {"oneOf": [{"type": "object"}]}]}),
            json!({"allOf": [{"oneOf": [{"type": "object"}]}, {"$ref": "#/a"}]}),
        ] {
            assert_eq!(apply(all_of_over_one_of, before.clone()), before);
        }
    }
}
