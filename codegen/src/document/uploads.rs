//! File uploads, the document side: each `multipart/form-data` request
//! body becomes the JSON object of its non-file properties (the `data` part
//! the official SDKs send), so progenitor generates the operation as any
//! other; `rust::upload_builders` then gives its builder the file.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use crate::operations::unsupported::{pointer_of, remove_operation, Skipped};
use crate::operations::Operation;

const MULTIPART: &str = "multipart/form-data";

/// A property that is the uploaded file.
fn is_file(schema: &Value) -> bool {
    schema.get("format").and_then(Value::as_str) == Some("binary")
        || schema.get("contentMediaType").is_some()
        || schema.get("contentEncoding").and_then(Value::as_str) == Some("binary")
}

/// Rewrites every multipart operation's body to its JSON part; returns
/// their names. An upload this cannot understand (not exactly one file
/// property, no object schema) is left out, listed in `skipped`.
pub fn prepare(
    doc: &mut Value,
    operations: &mut Vec<Operation>,
    skipped: &mut Vec<Skipped>,
) -> BTreeSet<String> {
    let mut prepared = BTreeSet::new();
    let mut left_out = Vec::new();
    let components = doc
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or(Value::Null);
    operations.retain(|op| {
        let content_ptr = format!("{}/requestBody/content", pointer_of(op));
        let Some(Value::Object(content)) = doc.pointer_mut(&content_ptr) else {
            return true;
        };
        let json_offered = content.keys().any(|ct| ct.contains("json"));
        let Some(media) = content.get(MULTIPART) else {
            return true;
        };
        if json_offered {
            content.remove(MULTIPART);
            return true;
        }
        let schema = media.get("schema").cloned().unwrap_or(Value::Null);
        match data_part(&schema, &components) {
            Ok(data) => {
                *content =
                    Map::from_iter([("application/json".to_owned(), json!({"schema": data}))]);
                prepared.insert(op.name.clone());
                true
            }
            Err(reason) => {
                left_out.push(pointer_of(op));
                skipped.push(Skipped {
                    name: op.name.clone(),
                    method: op.method.clone(),
                    path: op.path.clone(),
                    pointer: crate::diagnostics::child(&content_ptr, MULTIPART),
                    reason,
                });
                false
            }
        }
    });
    for pointer in left_out {
        remove_operation(doc, &pointer);
    }
    prepared
}

/// The schema of the `data` part: the upload's object schema without its
/// one file property.
fn data_part(schema: &Value, components: &Value) -> Result<Value, String> {
    let resolved = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => super::component_name(r)
            .and_then(|name| components.get(name))
            .cloned()
            .ok_or_else(|| format!("its multipart schema `{r}` cannot be resolved"))?,
        None => schema.clone(),
    };
    let Some(properties) = resolved.get("properties").and_then(Value::as_object) else {
        return Err("its multipart body is not an object with properties".into());
    };
    let files: Vec<&String> = properties
        .iter()
        .filter(|(_, s)| is_file(s))
        .map(|(k, _)| k)
        .collect();
    if files.len() != 1 {
        return Err(format!(
            "its multipart body has {} file properties; one (`format: binary`) is supported",
            files.len()
        ));
    }
    let mut data = resolved.clone();
    if let Some(Value::Object(props)) = data.get_mut("properties") {
        props.remove(files[0].as_str());
    }
    if let Some(Value::Array(required)) = data.get_mut("required") {
        required.retain(|r| r.as_str() != Some(files[0].as_str()));
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(name: &str, path: &str) -> Operation {
        Operation {
            name: name.into(),
            method: "POST".into(),
            path: path.into(),
            summary: String::new(),
            tags: Vec::new(),
            requires_auth_token: true,
            requires_user_action: true,
        }
    }

    #[test]
    fn an_upload_becomes_its_json_part() {
        let mut doc = json!({"paths": {
            "/key-stores/{storeId}/clone/output": {"post": {"requestBody": {"content": {
                "multipart/form-data": {"schema": {
                    "type": "object",
                    "properties": {
                        "walletId": {"type": "string"},
                        "file": {"type": "string", "format": "binary"}
                    },
                    "required": ["walletId", "file"]
                }}
            }}}},
            "/odd": {"post": {"requestBody": {"content": {
                "multipart/form-data": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}
            }}}}
        }});
        let mut ops = vec![
            op("upload_clone_output", "/key-stores/{storeId}/clone/output"),
            op("odd", "/odd"),
        ];
        let mut skipped = Vec::new();
        let prepared = prepare(&mut doc, &mut ops, &mut skipped);
        assert_eq!(
            prepared.into_iter().collect::<Vec<_>>(),
            ["upload_clone_output"]
        );
        let data = doc
            .pointer("/paths/~1key-stores~1{storeId}~1clone~1output/post/requestBody/content/application~1json/schema")
            .unwrap();
        assert_eq!(data["properties"], json!({"walletId": {"type": "string"}}));
        assert_eq!(data["required"], json!(["walletId"]));
        assert_eq!(skipped.len(), 1);
        assert!(
            skipped[0].reason.contains("0 file properties"),
            "{}",
            skipped[0].reason
        );
        assert_eq!(ops.len(), 1);
    }
}
