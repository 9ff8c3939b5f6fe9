//! Pay only for what you use: one cargo feature per spec tag.
//!
//! Every tag has a feature named by its snake_case (`Fee Sponsors` →
//! `fee_sponsors`). An operation is generated when one of its tags has its
//! feature enabled, or when none of its tags has a feature declared in
//! `Cargo.toml` (a tag new in a bumped spec is always generated, so a bump
//! needs no manifest edit). Types that no generated operation reaches are
//! dropped before generation.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::diagnostics::child;
use crate::operations::naming::to_identifier;
use crate::operations::Operation;

/// Whether `selection` includes every tag of the document's operations and
/// webhooks, so that nothing is left out.
pub fn includes_every_tag(doc: &Value, selection: &TagSelection) -> bool {
    let items = ["paths", "webhooks"]
        .into_iter()
        .filter_map(|key| doc.get(key).and_then(Value::as_object))
        .flat_map(|items| items.values());
    items
        .flat_map(|item| {
            crate::operations::METHODS
                .iter()
                .filter_map(|m| item.get(*m))
        })
        .all(|op| {
            let tags: Vec<String> = op
                .get("tags")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect();
            selection.includes(&tags)
        })
}

/// Which tag features exist and which are on.
#[derive(Debug, Clone, Default)]
pub struct TagSelection {
    /// Feature names declared in the manifest's `[features]`.
    pub declared: BTreeSet<String>,
    /// Feature names enabled in this build.
    pub enabled: BTreeSet<String>,
}

impl TagSelection {
    /// Everything generated (no features declared).
    pub fn all() -> Self {
        TagSelection::default()
    }

    /// Reads the declared features from a manifest's text and the enabled
    /// ones from `CARGO_FEATURE_*` variables.
    pub fn from_manifest(
        manifest: &str,
        env: impl Iterator<Item = (String, String)>,
    ) -> Result<Self, String> {
        let table: toml::Table = manifest
            .parse()
            .map_err(|e| format!("cannot parse Cargo.toml: {e}"))?;
        let declared = table
            .get("features")
            .and_then(toml::Value::as_table)
            .map(|f| f.keys().cloned().collect())
            .unwrap_or_default();
        let enabled = env
            .filter_map(|(k, _)| k.strip_prefix("CARGO_FEATURE_").map(|f| f.to_lowercase()))
            .collect();
        Ok(TagSelection { declared, enabled })
    }

    /// The feature that controls `tag`.
    pub fn feature_of(tag: &str) -> String {
        to_identifier(tag)
    }

    /// Whether an operation with these tags is generated.
    pub fn includes(&self, tags: &[String]) -> bool {
        tags.is_empty()
            || tags.iter().any(|t| {
                let feature = Self::feature_of(t);
                // cargo turns `-` into `_` in CARGO_FEATURE_ names.
                !self.declared.contains(&feature)
                    || self.enabled.contains(&feature.replace('-', "_"))
            })
    }
}

/// Removes the operations `selection` excludes from the document and the
/// table, then the component schemas nothing left refers to.
pub fn apply(doc: &mut Value, operations: &mut Vec<Operation>, selection: &TagSelection) {
    let (kept, dropped): (Vec<Operation>, Vec<Operation>) = operations
        .drain(..)
        .partition(|op| selection.includes(&op.tags));
    *operations = kept;
    for op in &dropped {
        let item_ptr = child("/paths", &op.path);
        if let Some(Value::Object(item)) = doc.pointer_mut(&item_ptr) {
            item.remove(&op.method.to_lowercase());
        }
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        paths.retain(|_, item| {
            item.as_object().is_some_and(|m| {
                m.keys()
                    .any(|k| crate::operations::METHODS.contains(&k.as_str()))
            })
        });
    }
    prune_unreachable_schemas(doc);
}

/// Drops `components/schemas` entries that no operation (or webhook event) reaches.
pub fn prune_unreachable_schemas(doc: &mut Value) {
    let mut pending = Vec::new();
    crate::document::schema_refs(doc.get("paths").unwrap_or(&Value::Null), &mut pending);
    // Webhook event data: verified whatever the selected operations.
    crate::document::schema_refs(
        doc.get(crate::document::webhook_events::ROOTS_KEY)
            .unwrap_or(&Value::Null),
        &mut pending,
    );
    for part in ["parameters", "requestBodies", "responses", "headers"] {
        crate::document::schema_refs(
            doc.pointer(&format!("/components/{part}"))
                .unwrap_or(&Value::Null),
            &mut pending,
        );
    }
    let mut reached = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if reached.insert(name.clone()) {
            if let Some(schema) = doc.pointer(&child("/components/schemas", &name)) {
                crate::document::schema_refs(schema, &mut pending);
            }
        }
    }
    if let Some(Value::Object(schemas)) = doc.pointer_mut("/components/schemas") {
        schemas.retain(|name, _| reached.contains(name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn selection(declared: &[&str], enabled: &[&str]) -> TagSelection {
        TagSelection {
            declared: declared.iter().map(|s| s.to_string()).collect(),
            enabled: enabled.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn tags(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn operations_follow_their_tags_features() {
        let s = selection(&["auth", "wallets", "fee_sponsors"], &["auth"]);
        assert!(s.includes(&tags(&["Auth"])));
        assert!(!s.includes(&tags(&["Wallets"])));
        assert!(!s.includes(&tags(&["Fee Sponsors"])));
        assert!(
            s.includes(&tags(&["Wallets", "Auth"])),
            "any enabled tag is enough"
        );
        assert!(
            s.includes(&tags(&["Brand New Tag"])),
            "undeclared tags are always generated"
        );
        assert!(s.includes(&[]), "untagged operations are always generated");
    }

    #[test]
    fn reads_declared_and_enabled_features() {
        let manifest = "[package]\nname = \"dfns\"\n[features]\ndefault = [\n  \"auth\",\n]\nauth = []\nfee_sponsors = []\n";
        let env = [
            ("CARGO_FEATURE_AUTH".to_string(), "1".to_string()),
            ("PATH".into(), "/bin".into()),
        ];
        let s = TagSelection::from_manifest(manifest, env.into_iter()).unwrap();
        assert_eq!(
            s.declared,
            ["auth", "default", "fee_sponsors"].map(String::from).into()
        );
        assert_eq!(s.enabled, ["auth"].map(String::from).into());
    }

    #[test]
    fn dropping_operations_drops_the_types_only_they_used() {
        let mut doc = json!({
            "paths": {
                "/a": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}},
                "/b": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}}}}}
            },
            "components": {"schemas": {
                "A": {"properties": {"s": {"$ref": "#/components/schemas/Shared"}}},
                "B": {"properties": {"s": {"$ref": "#/components/schemas/Shared"}}},
                "Shared": {"type": "string"},
                "Unused": {"type": "string"}
            }}
        });
        let op = |name: &str, path: &str, tag: &str| Operation {
            name: name.into(),
            method: "GET".into(),
            path: path.into(),
            summary: String::new(),
            tags: vec![tag.into()],
            requires_auth_token: false,
            requires_user_action: false,
        };
        let mut ops = vec![op("a", "/a", "A"), op("b", "/b", "B")];
        apply(&mut doc, &mut ops, &selection(&["a", "b"], &["a"]));
        assert_eq!(ops.len(), 1);
        assert_eq!(
            doc["paths"].as_object().unwrap().keys().collect::<Vec<_>>(),
            ["/a"]
        );
        let schemas: Vec<_> = doc["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(schemas, ["A", "Shared"]);
    }
}
