//! Inline string enums equal to a named one become references to it.
//!
//! The Dfns documents repeat long enums inline (the ~200 networks appear in
//! dozens of places through a YAML anchor). Generated as they are, each copy
//! is its own Rust enum (`CreateWalletBodyNetwork`, `WalletNetwork`, …):
//! values cannot be passed from a response to a request, and compile time
//! grows. When `components/schemas` has a string enum with the same set of
//! values, every inline copy is replaced by a `$ref` to it, so all of them
//! are `types::Network`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

/// Keywords an inline enum may carry and still be the named enum. Not
/// [`super::ANNOTATIONS`]: `type` and `enum` belong here (they are what the
/// copies share), and `readOnly`/`writeOnly`/`externalDocs` do not (a copy
/// carrying them is kept as its own type, as it always was: changing that
/// would rename generated types).
const ENUM_COPY_KEYWORDS: &[&str] = &[
    "type",
    "enum",
    "description",
    "title",
    "example",
    "deprecated",
];

/// The value set of a plain string enum schema, if it is one.
fn string_enum_values(schema: &Value) -> Option<BTreeSet<String>> {
    let map = schema.as_object()?;
    if map.get("type").and_then(Value::as_str) != Some("string") {
        return None;
    }
    map.get("enum")?
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// Replaces inline copies of named string enums with references.
pub fn share_named_enums(doc: &mut Value) {
    let mut named: BTreeMap<BTreeSet<String>, String> = BTreeMap::new();
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            if let Some(values) = string_enum_values(schema) {
                if schema
                    .as_object()
                    .is_some_and(|m| m.keys().all(|k| ENUM_COPY_KEYWORDS.contains(&k.as_str())))
                {
                    // BTreeMap iteration is by name: the first name wins.
                    named.entry(values).or_insert_with(|| name.clone());
                }
            }
        }
    }
    if named.is_empty() {
        return;
    }
    if let Some(Value::Object(root)) = Some(&mut *doc) {
        for (key, value) in root.iter_mut() {
            match key.as_str() {
                "paths" => replace_in(value, &named, None),
                "components" => {
                    if let Some(Value::Object(parts)) = Some(value) {
                        for (part, members) in parts.iter_mut() {
                            let Value::Object(members) = members else {
                                continue;
                            };
                            for (name, member) in members.iter_mut() {
                                // A named enum stays itself; its copies elsewhere don't.
                                let own = (part == "schemas").then_some(name.as_str());
                                replace_children(member, &named, own);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn replace_children(
    node: &mut Value,
    named: &BTreeMap<BTreeSet<String>, String>,
    own: Option<&str>,
) {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if !matches!(key.as_str(), "example" | "examples" | "enum" | "default")
                    && !key.starts_with("x-")
                {
                    replace_in(value, named, own);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| replace_in(v, named, own)),
        _ => {}
    }
}

fn replace_in(node: &mut Value, named: &BTreeMap<BTreeSet<String>, String>, own: Option<&str>) {
    if let Some(values) = string_enum_values(node) {
        if let Some(name) = named.get(&values) {
            if Some(name.as_str()) != own {
                let map = node.as_object().expect("an enum schema is an object");
                let extra: serde_json::Map<String, Value> = map
                    .iter()
                    .filter(|(k, _)| !ENUM_COPY_KEYWORDS.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let reference = json!({"$ref": format!("#/components/schemas/{name}")});
                *node = if extra.is_empty() {
                    reference
                } else {
                    // `nullable`, `default`: keep them beside the reference.
                    let mut wrapped = extra;
                    wrapped.insert("allOf".into(), json!([reference]));
                    Value::Object(wrapped)
                };
                return;
            }
        }
    }
    replace_children(node, named, None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_copies_become_references() {
        let mut doc = json!({
            "components": {"schemas": {
                "Network": {"type": "string", "title": "Network", "enum": ["A", "B"]},
                "Wallet": {"type": "object", "properties": {
                    "network": {"type": "string", "description": "d", "enum": ["B", "A"]},
                    "other": {"type": "string", "enum": ["A"]}
                }}
            }},
            "paths": {"/w": {"post": {"requestBody": {"content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"network": {"type": "string", "enum": ["A", "B"], "nullable": true}}
            }}}}}}}
        });
        share_named_enums(&mut doc);
        assert_eq!(
            doc.pointer("/components/schemas/Wallet/properties/network"),
            Some(&json!({"$ref": "#/components/schemas/Network"}))
        );
        assert_eq!(
            doc.pointer("/components/schemas/Wallet/properties/other"),
            Some(&json!({"type": "string", "enum": ["A"]}))
        );
        assert_eq!(
            doc.pointer("/components/schemas/Network"),
            Some(&json!({"type": "string", "title": "Network", "enum": ["A", "B"]}))
        );
        assert_eq!(
            doc.pointer(
                "/paths/~1w/post/requestBody/content/application~1json/schema/properties/network"
            ),
            Some(&json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/Network"}]}))
        );
    }
}
