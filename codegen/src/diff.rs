//! What changes between two versions of the document, for a maintainer
//! reviewing a spec bump: operations added, removed and changed, with the
//! changes that break downstream code marked.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use crate::diagnostics::SpecError;
use crate::diagnostics::Warnings;

/// A leaf of a request or response, by dotted path (`body.items[].network`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// `string`, `integer`, `string(date-time)`, `oneOf(string|integer)`, `ref`…
    pub ty: String,
    pub required: bool,
    /// The allowed values, for enums.
    pub values: Option<BTreeSet<String>>,
}

/// What the diff knows about one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationShape {
    pub method: String,
    pub path: String,
    pub requires_user_action: bool,
    pub requires_auth_token: bool,
    pub request: BTreeMap<String, Field>,
    pub response: BTreeMap<String, Field>,
}

/// A document reduced to what the diff compares.
#[derive(Debug, Clone)]
pub struct Summary {
    pub version: String,
    pub operations: BTreeMap<String, OperationShape>,
    /// Operations the build will leave out (request bodies it cannot send).
    pub skipped: Vec<crate::operations::unsupported::Skipped>,
}

/// Reads a document (YAML text) into a [`Summary`], naming operations the
/// way the build does.
pub fn summarize(text: &str) -> Result<Summary, SpecError> {
    let mut doc = crate::document::parse_yaml(text)?;
    let mut warnings = Warnings::default();
    crate::document::normalize::normalize(&mut doc, &mut warnings)?;
    let mut operations = crate::operations::collect(&mut doc, &mut warnings)?;
    let skipped = crate::operations::unsupported::skip_unsendable_bodies(&mut doc, &mut operations);
    let version = doc
        .pointer("/info/version")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_owned();
    let mut shapes = BTreeMap::new();
    for op in operations {
        let pointer = crate::operations::unsupported::pointer_of(&op);
        let node = doc.pointer(&pointer).cloned().unwrap_or(Value::Null);
        let mut request = BTreeMap::new();
        for param in node
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let param = resolve(&doc, param);
            let (Some(name), Some(place)) = (
                param.get("name").and_then(Value::as_str),
                param.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            let required = param
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let schema = param.get("schema").cloned().unwrap_or(Value::Null);
            flatten(
                &doc,
                &schema,
                &format!("{place}.{name}"),
                required,
                0,
                &mut request,
            );
        }
        if let Some(schema) = node.pointer("/requestBody/content/application~1json/schema") {
            let required = node
                .pointer("/requestBody/required")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            flatten(&doc, schema, "body", required, 0, &mut request);
        }
        let mut response = BTreeMap::new();
        let responses = node.get("responses").and_then(Value::as_object);
        if let Some((_, success)) = responses
            .into_iter()
            .flatten()
            .find(|(code, _)| code.starts_with('2'))
        {
            if let Some(schema) =
                resolve(&doc, success).pointer("/content/application~1json/schema")
            {
                flatten(&doc, schema, "body", true, 0, &mut response);
            }
        }
        shapes.insert(
            op.name.clone(),
            OperationShape {
                method: op.method,
                path: op.path,
                requires_user_action: op.requires_user_action,
                requires_auth_token: op.requires_auth_token,
                request,
                response,
            },
        );
    }
    Ok(Summary {
        version,
        operations: shapes,
        skipped,
    })
}

fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    let mut node = node;
    for _ in 0..8 {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#').and_then(|p| doc.pointer(p)) {
                Some(target) => node = target,
                None => return node,
            },
            None => return node,
        }
    }
    node
}

/// Records `schema` at `path` and, for objects and arrays, its members.
fn flatten(
    doc: &Value,
    schema: &Value,
    path: &str,
    required: bool,
    depth: usize,
    out: &mut BTreeMap<String, Field>,
) {
    let schema = resolve(doc, schema);
    let values = schema.get("enum").and_then(Value::as_array).map(|vs| {
        vs.iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| v.to_string())
            })
            .collect()
    });
    out.insert(
        path.to_owned(),
        Field {
            ty: type_label(doc, schema, 0),
            required,
            values,
        },
    );
    if depth > 6 {
        return; // recursive schemas: deep enough to see real changes
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        let required_names: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (name, member) in props {
            let child_required = required_names.contains(&name.as_str());
            flatten(
                doc,
                member,
                &format!("{path}.{name}"),
                child_required,
                depth + 1,
                out,
            );
        }
    }
    if let Some(items) = schema.get("items") {
        flatten(doc, items, &format!("{path}[]"), true, depth + 1, out);
    }
    for all in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        flatten(doc, all, path, required, depth + 1, out);
    }
}

fn type_label(doc: &Value, schema: &Value, depth: usize) -> String {
    let schema = resolve(doc, schema);
    for key in ["oneOf", "anyOf"] {
        if let Some(members) = schema.get(key).and_then(Value::as_array) {
            if depth > 3 {
                return key.to_owned();
            }
            let labels: Vec<String> = members
                .iter()
                .map(|m| type_label(doc, m, depth + 1))
                .collect();
            return format!("{key}({})", labels.join("|"));
        }
    }
    let mut label = schema
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("any")
        .to_owned();
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        label = format!("{label}({format})");
    }
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        label.push_str("|null");
    }
    label
}

/// One difference between two documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub operation: String,
    pub breaking: bool,
    pub what: String,
}

/// Compares two summaries.
pub fn diff(old: &Summary, new: &Summary) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |operation: &str, breaking: bool, what: String| {
        changes.push(Change {
            operation: operation.to_owned(),
            breaking,
            what,
        });
    };
    for (name, op) in &new.operations {
        if !old.operations.contains_key(name) {
            let signed = if op.requires_user_action {
                ", signed"
            } else {
                ""
            };
            push(
                name,
                false,
                format!("added: {} {}{signed}", op.method, op.path),
            );
        }
    }
    for (name, before) in &old.operations {
        let Some(after) = new.operations.get(name) else {
            push(
                name,
                true,
                format!("removed: {} {}", before.method, before.path),
            );
            continue;
        };
        if (&before.method, &before.path) != (&after.method, &after.path) {
            push(
                name,
                true,
                format!(
                    "moved: {} {} → {} {}",
                    before.method, before.path, after.method, after.path
                ),
            );
        }
        if before.requires_user_action != after.requires_user_action {
            let now = if after.requires_user_action {
                "now needs"
            } else {
                "no longer needs"
            };
            push(
                name,
                true,
                format!("signing: {now} a user action signature"),
            );
        }
        if before.requires_auth_token != after.requires_auth_token {
            let now = if after.requires_auth_token {
                "now needs"
            } else {
                "no longer needs"
            };
            push(
                name,
                !after.requires_auth_token,
                format!("auth: {now} a bearer token"),
            );
        }
        compare_fields(
            name,
            "request",
            &before.request,
            &after.request,
            true,
            &mut push,
        );
        compare_fields(
            name,
            "response",
            &before.response,
            &after.response,
            false,
            &mut push,
        );
    }
    changes.sort_by(|a, b| {
        (&a.operation, !a.breaking, &a.what).cmp(&(&b.operation, !b.breaking, &b.what))
    });
    changes
}

fn compare_fields(
    operation: &str,
    side: &str,
    before: &BTreeMap<String, Field>,
    after: &BTreeMap<String, Field>,
    is_request: bool,
    push: &mut impl FnMut(&str, bool, String),
) {
    for (path, field) in after {
        if !before.contains_key(path) {
            // A new required request field breaks callers; new response fields don't.
            let breaking = is_request && field.required;
            let req = if field.required {
                "required"
            } else {
                "optional"
            };
            push(
                operation,
                breaking,
                format!("{side} field added: {path} ({req} {})", field.ty),
            );
        }
    }
    for (path, old) in before {
        let Some(new) = after.get(path) else {
            push(operation, true, format!("{side} field removed: {path}"));
            continue;
        };
        if old.ty != new.ty {
            push(
                operation,
                true,
                format!("{side} field type changed: {path}: {} → {}", old.ty, new.ty),
            );
        }
        if old.required != new.required {
            // Newly required input, or output that may now be missing, breaks code.
            let breaking = if is_request {
                new.required
            } else {
                !new.required
            };
            let now = if new.required { "required" } else { "optional" };
            push(
                operation,
                breaking,
                format!("{side} field now {now}: {path}"),
            );
        }
        if let (Some(a), Some(b)) = (&old.values, &new.values) {
            let added: Vec<_> = b.difference(a).cloned().collect();
            let removed: Vec<_> = a.difference(b).cloned().collect();
            if !added.is_empty() {
                push(
                    operation,
                    false,
                    format!("{side} enum values added at {path}: {}", added.join(", ")),
                );
            }
            if !removed.is_empty() {
                push(
                    operation,
                    is_request,
                    format!(
                        "{side} enum values removed at {path}: {}",
                        removed.join(", ")
                    ),
                );
            }
        }
    }
}

/// The report a maintainer reads before merging a bump.
pub fn render(old: &Summary, new: &Summary, changes: &[Change]) -> String {
    let mut out = String::new();
    let breaking = changes.iter().filter(|c| c.breaking).count();
    let _ = writeln!(
        out,
        "Dfns API {} → {}: {} operations → {}; {} changes, {} breaking",
        old.version,
        new.version,
        old.operations.len(),
        new.operations.len(),
        changes.len(),
        breaking
    );
    let mut current = "";
    for c in changes {
        if c.operation != current {
            current = &c.operation;
            let _ = writeln!(out, "\n{current}");
        }
        let mark = if c.breaking { "BREAKING" } else { "        " };
        let _ = writeln!(out, "  {mark} {}", c.what);
    }
    if !new.skipped.is_empty() {
        let _ = writeln!(
            out,
            "\nNot generated from {} (the build warns about each):",
            new.version
        );
        for s in &new.skipped {
            let _ = writeln!(out, "  {} ({} {}): {}", s.name, s.method, s.path, s.reason);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_the_build_will_skip_are_listed() {
        let new = OLD.replace(
            "paths:",
            "paths:\n  /import:\n    post:\n      operationId: importCsv\n      requestBody: {content: {text/csv: {schema: {type: string}}}}\n      responses: {'200': {description: ok}}",
        );
        let (old, new) = (summarize(OLD).unwrap(), summarize(&new).unwrap());
        let text = render(&old, &new, &diff(&old, &new));
        assert!(text.contains("Not generated from"), "{text}");
        assert!(text.contains("import_csv (POST /import)"), "{text}");
    }

    const OLD: &str = r#"
openapi: 3.1.0
info: {version: "1.0.0", title: t}
components:
  securitySchemes:
    t: {type: http, scheme: bearer}
    u: {type: apiKey, in: header, name: X-DFNS-USERACTION}
paths:
  /a:
    post:
      summary: Do A
      security: [{t: []}]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                x: {type: string}
                gone: {type: string}
              required: [x]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  kind: {type: string, enum: [One, Two]}
  /b:
    get:
      summary: Get B
      responses: {'200': {description: ok}}
"#;

    fn new_doc() -> String {
        OLD.replace("security: [{t: []}]", "security: [{t: [], u: []}]")
            .replace(
                "                gone: {type: string}\n",
                "                y: {type: integer}\n",
            )
            .replace("required: [x]", "required: [x, y]")
            .replace("enum: [One, Two]", "enum: [One, Two, Three]")
            .replace(
                "  /b:\n    get:\n      summary: Get B",
                "  /c:\n    get:\n      summary: Get C",
            )
    }

    #[test]
    fn reports_added_removed_and_breaking_changes() {
        let old = summarize(OLD).unwrap();
        let new = summarize(&new_doc()).unwrap();
        let changes = diff(&old, &new);
        let lines: Vec<String> = changes
            .iter()
            .map(|c| {
                format!(
                    "{} {} {}",
                    c.operation,
                    if c.breaking { "!" } else { "-" },
                    c.what
                )
            })
            .collect();
        assert_eq!(
            lines,
            [
                "do_a ! request field added: body.y (required integer)",
                "do_a ! request field removed: body.gone",
                "do_a ! signing: now needs a user action signature",
                "do_a - response enum values added at body.kind: Three",
                "get_b ! removed: GET /b",
                "get_c - added: GET /c",
            ]
        );
        let report = render(&old, &new, &changes);
        assert!(
            report.starts_with("Dfns API 1.0.0 → 1.0.0: 2 operations → 2; 6 changes, 4 breaking"),
            "{report}"
        );
    }

    #[test]
    fn identical_documents_have_no_changes() {
        let a = summarize(OLD).unwrap();
        assert!(diff(&a, &a).is_empty());
    }
}
