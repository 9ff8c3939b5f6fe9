//! One operation the pipeline cannot translate never blocks a bump: it is
//! left out, loudly (a build warning naming it, its JSON pointer and the
//! reason; the `SKIPPED_OPERATIONS` table; `spec_diff`), and every other
//! operation is generated. A document that cannot be read at all still
//! fails the build.
//!
//! Two ways an operation is found untranslatable:
//! - before progenitor, by shape: a request body with no content type the
//!   client can send (JSON);
//! - after progenitor fails on the whole document: the operations it
//!   rejects are found by bisection (progenitor runs on halves of the
//!   operations until each failing one is isolated).

use serde_json::Value;

use crate::diagnostics::child;
use crate::operations::Operation;

/// An operation left out of the generated client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub name: String,
    pub method: String,
    pub path: String,
    /// JSON pointer of the operation in the document.
    pub pointer: String,
    pub reason: String,
}

/// The pointer of an operation (`/paths/~1wallets/get`).
pub fn pointer_of(op: &Operation) -> String {
    child(&child("/paths", &op.path), &op.method.to_lowercase())
}

fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// Leaves out operations whose request body cannot be sent as JSON; keeps
/// only the JSON entry of a body offered in several content types.
pub fn skip_unsendable_bodies(doc: &mut Value, operations: &mut Vec<Operation>) -> Vec<Skipped> {
    let mut skipped = Vec::new();
    operations.retain(|op| {
        let pointer = pointer_of(op);
        let content_ptr = format!("{pointer}/requestBody/content");
        let Some(Value::Object(content)) = doc.pointer_mut(&content_ptr) else {
            return true;
        };
        if content.keys().any(|ct| is_json(ct)) {
            content.retain(|ct, _| is_json(ct));
            return true;
        }
        let types: Vec<&str> = content.keys().map(String::as_str).collect();
        skipped.push(Skipped {
            name: op.name.clone(),
            method: op.method.clone(),
            path: op.path.clone(),
            pointer: content_ptr.clone(),
            reason: format!(
                "its request body is {} only; the client sends JSON request bodies",
                types.join(", ")
            ),
        });
        false
    });
    for s in &skipped {
        remove_operation(doc, &s.pointer_of_operation());
    }
    skipped
}

impl Skipped {
    fn pointer_of_operation(&self) -> String {
        child(&child("/paths", &self.path), &self.method.to_lowercase())
    }
}

/// Removes the operation at `pointer` (`/paths/<path>/<method>`), and its
/// path item if that leaves no operation.
pub fn remove_operation(doc: &mut Value, pointer: &str) {
    let Some((item_ptr, method)) = pointer.rsplit_once('/') else {
        return;
    };
    let Some(Value::Object(item)) = doc.pointer_mut(item_ptr) else {
        return;
    };
    item.remove(method);
    let has_operations = item
        .keys()
        .any(|k| crate::operations::METHODS.contains(&k.as_str()));
    if has_operations {
        return;
    }
    if let Some((paths_ptr, escaped)) = item_ptr.rsplit_once('/') {
        let key = crate::diagnostics::unescape(escaped);
        if let Some(Value::Object(paths)) = doc.pointer_mut(paths_ptr) {
            paths.remove(&key);
        }
    }
}

/// The operations `generates` rejects, isolated by bisection: `generates`
/// is run on copies of `doc` holding a subset of `operations`. Empty when
/// the document fails even without operations (the problem is elsewhere)
/// or when no single operation can be blamed.
pub fn find_rejected(
    doc: &Value,
    operations: &[Operation],
    generates: &dyn Fn(Value) -> bool,
) -> Vec<usize> {
    let only = |subset: &[usize]| {
        let mut copy = doc.clone();
        for (i, op) in operations.iter().enumerate() {
            if !subset.contains(&i) {
                remove_operation(&mut copy, &pointer_of(op));
            }
        }
        copy
    };
    if !generates(only(&[])) {
        return Vec::new();
    }
    let mut culprits = Vec::new();
    let mut todo = vec![(0..operations.len()).collect::<Vec<_>>()];
    while let Some(set) = todo.pop() {
        if generates(only(&set)) {
            continue;
        }
        if set.len() == 1 {
            culprits.push(set[0]);
            continue;
        }
        let (left, right) = set.split_at(set.len() / 2);
        todo.push(left.to_vec());
        todo.push(right.to_vec());
    }
    culprits.sort_unstable();
    culprits
}

/// `SKIPPED_OPERATIONS`: a Rust slice expression of `crate::SkippedOperation`.
pub fn render(skipped: &[Skipped]) -> String {
    let mut out = String::from("&[\n");
    for s in skipped {
        out.push_str(&format!(
            "    crate::SkippedOperation {{ name: {:?}, method: {:?}, path: {:?}, reason: {:?} }},\n",
            s.name, s.method, s.path, s.reason
        ));
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(name: &str, method: &str, path: &str) -> Operation {
        Operation {
            name: name.into(),
            method: method.into(),
            path: path.into(),
            summary: String::new(),
            tags: Vec::new(),
            requires_auth_token: false,
            requires_user_action: false,
        }
    }

    #[test]
    fn a_body_with_no_json_content_type_is_skipped_and_others_keep_json() {
        let mut doc = json!({"paths": {
            "/import": {"post": {"requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}}}},
            "/both": {"post": {"requestBody": {"content": {
                "application/json": {"schema": {"type": "object"}},
                "application/xml": {"schema": {"type": "object"}}
            }}}}
        }});
        let mut ops = vec![op("import", "POST", "/import"), op("both", "POST", "/both")];
        let skipped = skip_unsendable_bodies(&mut doc, &mut ops);
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].name, "import");
        assert_eq!(
            skipped[0].pointer,
            "/paths/~1import/post/requestBody/content"
        );
        assert!(
            skipped[0].reason.contains("text/csv"),
            "{}",
            skipped[0].reason
        );
        assert_eq!(ops.len(), 1);
        assert!(doc.pointer("/paths/~1import").is_none());
        let both = doc
            .pointer("/paths/~1both/post/requestBody/content")
            .unwrap();
        assert_eq!(both.as_object().unwrap().len(), 1);
    }

    #[test]
    fn bisection_isolates_the_rejected_operations() {
        let paths: serde_json::Map<String, Value> = (0..9)
            .map(|i| {
                (
                    format!("/p{i}"),
                    json!({"get": {"x-bad": i == 2 || i == 7}}),
                )
            })
            .collect();
        let doc = json!({ "paths": paths });
        let ops: Vec<Operation> = (0..9)
            .map(|i| op(&format!("p{i}"), "GET", &format!("/p{i}")))
            .collect();
        let runs = std::cell::Cell::new(0);
        let generates = |d: Value| {
            runs.set(runs.get() + 1);
            !d.to_string().contains("\"x-bad\":true")
        };
        assert_eq!(find_rejected(&doc, &ops, &generates), vec![2, 7]);
        assert!(runs.get() < 20, "{} runs", runs.get());
        // A document that fails without any operation: nothing to blame.
        assert!(find_rejected(&doc, &ops, &|_| false).is_empty());
    }
}
