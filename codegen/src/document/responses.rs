//! Rules on operations' responses, for a client that must keep working
//! against newer servers:
//!
//! - every 2xx response becomes one `2XX` response, so a server that starts
//!   answering 201 instead of 200 is still understood (several different
//!   success bodies become a `oneOf`, with a build warning);
//! - error responses are dropped: the client decodes every error the same
//!   way (status and Dfns's message), so their schemas add nothing;
//! - `additionalProperties: false` is removed from everything a response
//!   reaches, so a field added upstream does not break parsing (request
//!   bodies stay strict);
//! - every `title` a response reaches gets the suffix ` Received`. The
//!   generator names a schema by its title and takes a second schema of the
//!   same name for the first: the request body that a transfer or signature
//!   echoes back (`requestBody`) would be one type with the request's own,
//!   made lenient for the response, and a value read from a response could
//!   be re-sent, unknown fields and all, in a new signed request. Apart,
//!   the request type stays strict, and a received value reaches a request
//!   only through it (`dfns::to_request`).

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use crate::diagnostics::Warnings;
use crate::diagnostics::{child, SpecError};
use crate::operations::METHODS;

/// Applies the response rules to every operation of the document.
pub fn apply(doc: &mut Value, w: &mut Warnings) -> Result<(), SpecError> {
    let components = doc
        .pointer("/components/responses")
        .cloned()
        .unwrap_or(Value::Null);
    let mut reached = BTreeSet::new();
    let paths: Vec<String> = doc
        .get("paths")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for path in paths {
        for method in METHODS {
            let ptr = child(&child("/paths", &path), method);
            let Some(Value::Object(responses)) = doc.pointer_mut(&child(&ptr, "responses")) else {
                continue;
            };
            inline_response_refs(responses, &components);
            drop_error_responses(responses);
            success_responses_as_range(responses, &child(&ptr, "responses"), w);
            for response in responses.values_mut() {
                if let Some(Value::Object(content)) = response.get_mut("content") {
                    for media in content.values_mut() {
                        if let Some(schema) = media.get_mut("schema") {
                            relax(schema, &mut reached);
                        }
                    }
                }
            }
        }
    }
    relax_components(doc, reached, w);
    Ok(())
}

/// `$ref: '#/components/responses/X'` → a copy of X, so the rules below see it.
fn inline_response_refs(responses: &mut Map<String, Value>, components: &Value) {
    for response in responses.values_mut() {
        let target = response
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/responses/"))
            .and_then(|name| components.get(name));
        if let Some(target) = target {
            *response = target.clone();
        }
    }
}

fn is_success(code: &str) -> bool {
    code.starts_with('2')
}

/// Removes 4xx, 5xx (and `default`, when a success response exists).
pub fn drop_error_responses(responses: &mut Map<String, Value>) {
    let has_success = responses.keys().any(|c| is_success(c));
    responses.retain(|code, _| is_success(code) || (code == "default" && !has_success));
}

fn json_schema(response: &Value) -> Option<&Value> {
    let content = response.get("content")?.as_object()?;
    content
        .iter()
        .find(|(media, _)| media.starts_with("application/json") || media.ends_with("+json"))
        .or_else(|| content.iter().next())
        .and_then(|(_, m)| m.get("schema"))
}

/// Merges all 2xx responses into one `2XX` response.
pub fn success_responses_as_range(responses: &mut Map<String, Value>, ptr: &str, w: &mut Warnings) {
    let codes: Vec<String> = responses
        .keys()
        .filter(|c| is_success(c))
        .cloned()
        .collect();
    if codes.is_empty() {
        return;
    }
    let mut schemas: Vec<Value> = Vec::new();
    let mut description = String::new();
    for code in &codes {
        let response = &responses[code];
        if description.is_empty() {
            description = response
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
        }
        if let Some(schema) = json_schema(response) {
            if !schemas.contains(schema) {
                schemas.push(schema.clone());
            }
        }
    }
    for code in &codes {
        responses.remove(code);
    }
    let merged = match schemas.len() {
        0 => json!({"description": description}),
        1 => {
            json!({"description": description, "content": {"application/json": {"schema": schemas.pop()}}})
        }
        n => {
            w.push(
                ptr,
                format!(
                    "{n} different success bodies ({}); generated as one enum of them",
                    codes.join(", ")
                ),
            );
            json!({"description": description, "content": {"application/json": {"schema": {"oneOf": schemas}}}})
        }
    };
    responses.insert("2XX".into(), merged);
}

/// The suffix of the titles of response schemas (see the module docs).
pub(crate) const RECEIVED_TITLE_SUFFIX: &str = " Received";

/// Drops `additionalProperties: false` throughout a response schema, names
/// its titled parts apart from request ones, and records the components it
/// reaches.
fn relax(schema: &mut Value, reached: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                map.remove("additionalProperties");
            }
            if let Some(Value::String(title)) = map.get_mut("title") {
                if !title.ends_with(RECEIVED_TITLE_SUFFIX) {
                    title.push_str(RECEIVED_TITLE_SUFFIX);
                }
            }
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(super::component_name)
            {
                reached.insert(name.to_owned());
            }
            for (key, value) in map.iter_mut() {
                if key != "example" && key != "enum" && key != "default" {
                    relax(value, reached);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| relax(v, reached)),
        _ => {}
    }
}

/// Makes the named components (webhook event data: what Dfns sends) and
/// what they reach as lenient as response schemas.
pub fn relax_received(doc: &mut Value, names: impl IntoIterator<Item = String>, w: &mut Warnings) {
    relax_components(doc, names.into_iter().collect(), w);
}

/// Relaxes the components responses reach, transitively.
fn relax_components(doc: &mut Value, mut pending: BTreeSet<String>, w: &mut Warnings) {
    let mut done = BTreeSet::new();
    while let Some(name) = pending.pop_first() {
        if !done.insert(name.clone()) {
            continue;
        }
        let ptr = child("/components/schemas", &name);
        let Some(schema) = doc.pointer_mut(&ptr) else {
            continue;
        };
        let strict_before = schema
            .to_string()
            .contains("\"additionalProperties\":false");
        relax(schema, &mut pending);
        if strict_before && referenced_from_requests(doc, &name) {
            w.push(
                &ptr,
                "used by both requests and responses; unknown fields are accepted in both",
            );
        }
    }
}

fn referenced_from_requests(doc: &Value, name: &str) -> bool {
    doc.get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .flat_map(|(_, item)| METHODS.iter().filter_map(move |m| item.get(*m)))
        .any(|op| {
            let mut refs = Vec::new();
            super::schema_refs(op.get("requestBody").unwrap_or(&Value::Null), &mut refs);
            refs.iter().any(|r| r == name)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_titles_are_named_apart_from_request_ones() {
        let mut doc = json!({
            "paths": {"/t": {"post": {
                "requestBody": {"content": {"application/json": {"schema":
                    {"title": "Native", "type": "object", "additionalProperties": false}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {
                    "type": "object",
                    "properties": {
                        "requestBody": {"title": "Native", "type": "object", "additionalProperties": false},
                        "title": {"type": "string"}
                    },
                    "example": {"title": "kept"}
                }}}}}
            }}}
        });
        apply(&mut doc, &mut Warnings::default()).unwrap();
        let op = &doc["paths"]["/t"]["post"];
        let response = &op["responses"]["2XX"]["content"]["application/json"]["schema"];
        assert_eq!(
            response["properties"]["requestBody"]["title"],
            "Native Received"
        );
        assert_eq!(
            op["requestBody"]["content"]["application/json"]["schema"]["title"], "Native",
            "the request's own stays"
        );
        // A property named `title` and example data are not titles.
        assert_eq!(response["properties"]["title"], json!({"type": "string"}));
        assert_eq!(response["example"]["title"], "kept");
    }

    fn responses(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn one_success_becomes_a_range() {
        let mut r = responses(json!({
            "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
        }));
        success_responses_as_range(&mut r, "/r", &mut Warnings::default());
        assert_eq!(
            Value::Object(r),
            json!({"2XX": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}})
        );
    }

    #[test]
    fn different_success_bodies_become_one_of_with_a_warning() {
        let mut r = responses(json!({
            "200": {"description": "a", "content": {"application/json": {"schema": {"type": "object"}}}},
            "201": {"description": "b", "content": {"application/json": {"schema": {"type": "string"}}}},
            "204": {"description": "none"}
        }));
        let mut w = Warnings::default();
        success_responses_as_range(&mut r, "/r", &mut w);
        assert_eq!(
            r["2XX"]["content"]["application/json"]["schema"],
            json!({"oneOf": [{"type": "object"}, {"type": "string"}]})
        );
        assert_eq!(r.len(), 1);
        assert!(w.0[0].contains("200, 201, 204"), "{:?}", w.0);
    }

    #[test]
    fn error_responses_are_dropped() {
        let mut r = responses(json!({"200": {}, "400": {}, "5XX": {}, "default": {}}));
        drop_error_responses(&mut r);
        assert_eq!(r.keys().collect::<Vec<_>>(), ["200"]);
        let mut only_default = responses(json!({"default": {}}));
        drop_error_responses(&mut only_default);
        assert_eq!(only_default.len(), 1);
    }

    #[test]
    fn responses_accept_unknown_fields_but_requests_stay_strict() {
        let mut doc = json!({
            "components": {"schemas": {
                "W": {"type": "object", "additionalProperties": false, "properties": {"i": {"$ref": "#/components/schemas/I"}}},
                "I": {"type": "object", "additionalProperties": false}
            }},
            "paths": {"/w": {"post": {
                "requestBody": {"content": {"application/json": {"schema": {"type": "object", "additionalProperties": false}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                    "type": "object", "additionalProperties": false,
                    "properties": {"w": {"$ref": "#/components/schemas/W"}}
                }}}}}
            }}}
        });
        apply(&mut doc, &mut Warnings::default()).unwrap();
        let text = doc.to_string();
        assert_eq!(
            text.matches("\"additionalProperties\":false").count(),
            1,
            "{text}"
        );
        assert_eq!(
            doc.pointer(
                "/paths/~1w/post/requestBody/content/application~1json/schema/additionalProperties"
            ),
            Some(&json!(false))
        );
    }
}
