//! The operation table: every operation's Rust name, method, path, tags and
//! security requirements, read from the document (never guessed from the
//! HTTP method).

use serde_json::{Map, Value};

use crate::diagnostics::Warnings;
use crate::diagnostics::{child, SpecError};
use crate::operations::naming::{assign_names, NameInput};

pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub name: String,
    pub method: String,
    pub path: String,
    pub summary: String,
    pub tags: Vec<String>,
    pub requires_auth_token: bool,
    pub requires_user_action: bool,
}

/// Security scheme names by role, read from `components/securitySchemes`.
#[derive(Debug, Default)]
struct Schemes {
    bearer: Vec<String>,
    user_action: Vec<String>,
}

fn read_schemes(doc: &Value) -> Schemes {
    let mut schemes = Schemes::default();
    let defined = doc
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object);
    for (name, scheme) in defined.into_iter().flatten() {
        let field = |k: &str| scheme.get(k).and_then(Value::as_str).unwrap_or_default();
        if field("type") == "http" && field("scheme").eq_ignore_ascii_case("bearer") {
            schemes.bearer.push(name.clone());
        } else if field("type") == "apiKey"
            && field("in") == "header"
            && field("name").eq_ignore_ascii_case("x-dfns-useraction")
        {
            schemes.user_action.push(name.clone());
        }
    }
    schemes
}

/// Whether every alternative of a security requirement list needs one of `schemes`.
fn every_alternative_needs(requirements: &[Value], schemes: &[String]) -> bool {
    !requirements.is_empty()
        && requirements.iter().all(|alt| {
            alt.as_object()
                .is_some_and(|a| a.keys().any(|k| schemes.contains(k)))
        })
}

/// Collects the operations, names them, and writes each name into the
/// document as its `operationId` (progenitor names methods after it).
pub fn collect(doc: &mut Value, warnings: &mut Warnings) -> Result<Vec<Operation>, SpecError> {
    let schemes = read_schemes(doc);
    let default_security = doc.get("security").cloned();
    let empty = Map::new();
    let paths = match doc.get("paths") {
        None => &empty,
        Some(Value::Object(p)) => p,
        Some(_) => return Err(SpecError::new("/paths", "`paths` must be an object", "")),
    };

    let mut found = Vec::new(); // (pointer, method, path)
    for (path, item) in paths {
        let item_ptr = child("/paths", path);
        let Some(item) = item.as_object() else {
            return Err(SpecError::new(
                &item_ptr,
                "a path item must be an object",
                "",
            ));
        };
        if item.contains_key("$ref") {
            return Err(SpecError::new(
                &child(&item_ptr, "$ref"),
                "path items defined by `$ref` are not supported",
                "inline the path item",
            ));
        }
        for method in METHODS {
            if item.contains_key(*method) {
                found.push((child(&item_ptr, method), method.to_string(), path.clone()));
            }
        }
    }

    let str_at = |ptr: &str, key: &str| -> Option<String> {
        doc.pointer(ptr)?.get(key)?.as_str().map(str::to_owned)
    };
    let tags_at = |ptr: &str| -> Vec<String> {
        doc.pointer(&child(ptr, "tags"))
            .and_then(Value::as_array)
            .map(|t| {
                t.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let ids: Vec<Option<String>> = found
        .iter()
        .map(|(p, ..)| str_at(p, "operationId"))
        .collect();
    let summaries: Vec<Option<String>> = found.iter().map(|(p, ..)| str_at(p, "summary")).collect();
    let tags: Vec<Vec<String>> = found.iter().map(|(p, ..)| tags_at(p)).collect();
    let inputs: Vec<NameInput> = found
        .iter()
        .enumerate()
        .map(|(i, (_, method, path))| NameInput {
            operation_id: ids[i].as_deref(),
            summary: summaries[i].as_deref(),
            method,
            path,
            first_tag: tags[i].first().map(String::as_str),
        })
        .collect();
    let names = assign_names(&inputs);

    let mut operations = Vec::with_capacity(found.len());
    for (i, (ptr, method, path)) in found.iter().enumerate() {
        let named = &names[i];
        if let Some(base) = &named.renamed_from {
            warnings.push(
                ptr,
                format!(
                    "name `{base}` is used more than once; this operation is `{}`",
                    named.name
                ),
            );
        }
        let op = doc
            .pointer_mut(ptr)
            .and_then(Value::as_object_mut)
            .ok_or_else(|| SpecError::new(ptr, "an operation must be an object", ""))?;
        let security = match op.get("security").or(default_security.as_ref()) {
            None => Vec::new(),
            Some(Value::Array(reqs)) => reqs.clone(),
            Some(_) => {
                return Err(SpecError::new(
                    &child(ptr, "security"),
                    "`security` must be an array",
                    "",
                ))
            }
        };
        op.insert("operationId".into(), Value::String(named.name.clone()));
        operations.push(Operation {
            name: named.name.clone(),
            method: method.to_uppercase(),
            path: path.clone(),
            summary: summaries[i].clone().unwrap_or_default(),
            tags: tags[i].clone(),
            requires_auth_token: every_alternative_needs(&security, &schemes.bearer),
            requires_user_action: every_alternative_needs(&security, &schemes.user_action),
        });
    }
    operations.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(operations)
}

/// Renders the table as a Rust slice expression of `crate::Operation`, sorted
/// by name (the runtime looks names up by binary search).
pub fn render(operations: &[Operation]) -> String {
    let mut out = String::from("&[\n");
    for op in operations {
        out.push_str(&format!(
            "    crate::Operation {{ name: {:?}, method: {:?}, path: {:?}, summary: {:?}, tags: &{:?}, requires_auth_token: {}, requires_user_action: {} }},\n",
            op.name, op.method, op.path, op.summary, op.tags, op.requires_auth_token, op.requires_user_action
        ));
    }
    out.push(']');
    out
}

/// A function that type-checks the `send()` future of every operation
/// with `require_send`, which the including file defines: it does not
/// compile if one of them is not `Send` (`tests/send_futures.rs`).
pub fn render_send_check(operations: &[Operation]) -> String {
    let mut out = String::from(
        "/// Every generated operation's `send()` future, type-checked as `Send`.\n\
         #[allow(dead_code)]\n\
         fn every_operation_future_is_send(client: &dfns::Client) {\n",
    );
    for op in operations {
        out.push_str(&format!("    require_send(client.{}().send());\n", op.name));
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_send_check_names_every_operation() {
        let mut warnings = crate::Warnings::default();
        let ops = collect(&mut doc(), &mut warnings).unwrap();
        let check = render_send_check(&ops);
        for op in &ops {
            assert!(
                check.contains(&format!("require_send(client.{}().send());", op.name)),
                "{check}"
            );
        }
        assert_eq!(check.matches("require_send(").count(), ops.len());
    }

    fn doc() -> Value {
        json!({
            "security": [],
            "components": {"securitySchemes": {
                "authenticationToken": {"type": "http", "scheme": "bearer"},
                "userActionSignature": {"type": "apiKey", "in": "header", "name": "X-DFNS-USERACTION"}
            }},
            "paths": {
                "/auth/login": {"post": {"summary": "Login", "tags": ["Auth"]}},
                "/wallets": {
                    "get": {"summary": "List Wallets", "tags": ["Wallets"],
                            "security": [{"authenticationToken": []}]},
                    "post": {"operationId": "createWallet", "tags": ["Wallets"],
                             "security": [{"authenticationToken": [], "userActionSignature": []}]}
                }
            }
        })
    }

    #[test]
    fn security_comes_from_the_spec_not_the_method() {
        let mut d = doc();
        let ops = collect(&mut d, &mut Warnings::default()).unwrap();
        let by_name = |n: &str| ops.iter().find(|o| o.name == n).unwrap().clone();
        let login = by_name("login");
        assert_eq!(
            (
                login.method.as_str(),
                login.requires_auth_token,
                login.requires_user_action
            ),
            ("POST", false, false)
        );
        let list = by_name("list_wallets");
        assert_eq!(
            (list.requires_auth_token, list.requires_user_action),
            (true, false)
        );
        let create = by_name("create_wallet");
        assert_eq!(
            (create.requires_auth_token, create.requires_user_action),
            (true, true)
        );
        assert_eq!(create.tags, ["Wallets"]);
    }

    #[test]
    fn names_are_written_back_as_operation_ids_and_sorted() {
        let mut d = doc();
        let ops = collect(&mut d, &mut Warnings::default()).unwrap();
        assert_eq!(
            d.pointer("/paths/~1auth~1login/post/operationId"),
            Some(&json!("login"))
        );
        let names: Vec<_> = ops.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["create_wallet", "list_wallets", "login"]);
    }

    #[test]
    fn render_is_a_rust_slice() {
        let ops = [Operation {
            name: "a".into(),
            method: "GET".into(),
            path: "/a/{id}".into(),
            summary: "Say \"hi\"".into(),
            tags: vec!["T".into()],
            requires_auth_token: true,
            requires_user_action: false,
        }];
        assert_eq!(
            render(&ops),
            "&[\n    crate::Operation { name: \"a\", method: \"GET\", path: \"/a/{id}\", summary: \"Say \\\"hi\\\"\", tags: &[\"T\"], requires_auth_token: true, requires_user_action: false },\n]"
        );
    }
}
