//! The document's `webhooks` (OpenAPI 3.1): the events Dfns delivers. Each
//! event's `data` schema becomes a component (`WalletTransferConfirmedData`)
//! that the generator turns into a type decoded like a response (lenient:
//! a newer server's fields and values decode), and the list of events
//! becomes `dfns::webhooks::Event` (see [`render`]).

use heck::ToUpperCamelCase as _;
use serde_json::{json, Map, Value};

use crate::diagnostics::{child, Warnings};
use crate::document::resolve;

/// Where the event components are listed, so that pruning (tag features)
/// keeps them: an extension key progenitor ignores.
pub const ROOTS_KEY: &str = "x-dfns-webhook-events";

/// One event of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookEvent {
    /// `wallet.transfer.confirmed`.
    pub kind: String,
    /// `WalletTransferConfirmed`: the variant's name.
    pub variant: String,
    /// The component (and type) of its `data`.
    pub data_type: String,
    /// The webhook's `summary` (and `description`), for the docs.
    pub doc: String,
}

/// Takes the `webhooks` out of the document (progenitor reads 3.0, which
/// has none) and keeps each event's `data` schema as a component. An event
/// whose shape is not `{…, data: {…}}` is left out with a warning: it
/// still decodes, as `Event::Unknown`.
pub fn extract(
    doc: &mut Value,
    selection: &crate::operations::features::TagSelection,
    warnings: &mut Warnings,
) -> Vec<WebhookEvent> {
    let Some(Value::Object(webhooks)) = doc.as_object_mut().and_then(|d| d.remove("webhooks"))
    else {
        return Vec::new();
    };
    let mut events = Vec::new();
    let mut taken = TakenNames::of(doc);
    for (key, item) in &webhooks {
        let pointer = child("/webhooks", key);
        // An event of a tag whose feature is off is not generated (it
        // decodes as `Unknown`): its types would be compiled for nothing.
        let tags: Vec<String> = item
            .pointer("/post/tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect();
        if !selection.includes(&tags) {
            continue;
        }
        let Some(body) = item
            .pointer("/post/requestBody/content/application~1json/schema")
            .map(|s| resolve(doc, s).clone())
        else {
            warnings.push(
                &pointer,
                "a webhook without a JSON POST body; its events decode as `Event::Unknown`",
            );
            continue;
        };
        // The kind the body says (a one-value enum or a `const`) is what
        // `verify_event` matches; the map key is only its name here.
        let said = body
            .pointer("/properties/kind")
            .map(|k| resolve(doc, k))
            .and_then(|k| match (k.get("const"), k.get("enum")) {
                (Some(Value::String(c)), _) => Some(c.clone()),
                (_, Some(Value::Array(values))) if values.len() == 1 => {
                    values[0].as_str().map(str::to_owned)
                }
                _ => None,
            });
        let kind = match said {
            Some(said) if said != *key => {
                warnings.push(
                    &pointer,
                    format!("the webhook is keyed `{key}` but its body's `kind` is `{said}`; `{said}` is used"),
                );
                said
            }
            _ => key.clone(),
        };
        let kind = &kind;
        let Some(data) = body.pointer("/properties/data").cloned() else {
            warnings.push(
                &pointer,
                "a webhook event without `data`; its events decode as `Event::Unknown`",
            );
            continue;
        };
        let mut variant = pascal_case(kind);
        // Two spellings of one name (`a.b-c`, `a.b.c`): the later is numbered.
        let base = variant.clone();
        for n in 2.. {
            if !events.iter().any(|e: &WebhookEvent| e.variant == variant) {
                break;
            }
            variant = format!("{base}{n}");
        }
        if variant.is_empty() || variant == "Unknown" {
            warnings.push(
                &pointer,
                "a webhook kind that names no variant; its events decode as `Event::Unknown`",
            );
            continue;
        }
        let data_type = taken.take(&format!("{variant}Data"));
        let text = |k: &str| {
            item.pointer(&format!("/post/{k}"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        let doc_text = [text("summary"), text("description")]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(": ");
        let schemas = doc
            .pointer_mut("/components")
            .and_then(Value::as_object_mut)
            .map(|c| c.entry("schemas").or_insert_with(|| json!({})));
        match schemas.and_then(Value::as_object_mut) {
            Some(schemas) => {
                schemas.insert(data_type.clone(), data);
            }
            None => {
                let components = doc
                    .as_object_mut()
                    .map(|d| d.entry("components").or_insert_with(|| json!({})));
                if let Some(Value::Object(c)) = components {
                    c.insert("schemas".into(), json!({ data_type.clone(): data }));
                }
            }
        }
        events.push(WebhookEvent {
            kind: kind.clone(),
            variant,
            data_type,
            doc: doc_text,
        });
    }
    if let Some(root) = doc.as_object_mut() {
        let roots: Map<String, Value> = events
            .iter()
            .map(|e| {
                let reference = format!("#/components/schemas/{}", e.data_type);
                (e.kind.clone(), json!({ "$ref": reference }))
            })
            .collect();
        root.insert(ROOTS_KEY.into(), Value::Object(roots));
    }
    events
}

/// Makes the events' data lenient like a response, without loosening a
/// request: a component the data reaches that a request body (or
/// parameter) reaches too is copied as `<Name>Received` for the events,
/// and only the copy is relaxed (`Money` stays strict in a request).
pub fn relax(doc: &mut Value, events: &[WebhookEvent], warnings: &mut Warnings) {
    let roots: Vec<String> = events.iter().map(|e| e.data_type.clone()).collect();
    let reached = closure(doc, roots.clone());
    let mut request_side_roots = Vec::new();
    for (_, item) in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (key, operation) in item.as_object().into_iter().flatten() {
            if key == "parameters" {
                crate::document::schema_refs(operation, &mut request_side_roots);
            }
            for part in ["requestBody", "parameters"] {
                if let Some(part) = operation.get(part) {
                    crate::document::schema_refs(part, &mut request_side_roots);
                }
            }
        }
    }
    // Shared request bodies and parameters are the requests' too.
    for part in ["/components/requestBodies", "/components/parameters"] {
        if let Some(shared) = doc.pointer(part) {
            crate::document::schema_refs(shared, &mut request_side_roots);
        }
    }
    let request_side = closure(doc, request_side_roots);
    let mut copies: Map<String, Value> = Map::new();
    let mut taken = TakenNames::of(doc);
    for name in reached.iter().filter(|n| request_side.contains(*n)) {
        let copy = taken.take(&format!("{name}Received"));
        copies.insert(name.clone(), Value::String(copy));
    }
    let renamed = |name: &str| copies.get(name).and_then(Value::as_str).map(str::to_owned);
    // The copies, then every component on the events' side points at them.
    let mut event_side: Vec<String> = Vec::new();
    for name in &reached {
        match renamed(name) {
            Some(copy) => {
                let original = doc.pointer(&child("/components/schemas", name)).cloned();
                if let (Some(original), Some(Value::Object(schemas))) =
                    (original, doc.pointer_mut("/components/schemas"))
                {
                    schemas.insert(copy.clone(), original);
                }
                event_side.push(copy);
            }
            None => event_side.push(name.clone()),
        }
    }
    for name in &event_side {
        if let Some(schema) = doc.pointer_mut(&child("/components/schemas", name)) {
            point_refs_at_copies(schema, &|target| renamed(target));
        }
    }
    crate::document::responses::relax_received(doc, roots, warnings);
}

/// The components `roots` reach, themselves included.
fn closure(doc: &Value, mut pending: Vec<String>) -> std::collections::BTreeSet<String> {
    let mut reached = std::collections::BTreeSet::new();
    while let Some(name) = pending.pop() {
        if reached.insert(name.clone()) {
            if let Some(schema) = doc.pointer(&child("/components/schemas", &name)) {
                crate::document::schema_refs(schema, &mut pending);
            }
        }
    }
    reached
}

/// Rewrites `$ref`s to the components `copy_of` names a copy for.
fn point_refs_at_copies(node: &mut Value, copy_of: &dyn Fn(&str) -> Option<String>) {
    match node {
        Value::Object(map) => {
            let target = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(crate::document::component_name)
                .and_then(copy_of);
            if let Some(copy) = target {
                map.insert("$ref".into(), format!("#/components/schemas/{copy}").into());
            }
            map.values_mut()
                .for_each(|v| point_refs_at_copies(v, copy_of));
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| point_refs_at_copies(v, copy_of)),
        _ => {}
    }
}

/// The type names a document's components and `title`s already give
/// (a title names the generated type too: `X Received` → `XReceived`).
/// Read once: a walk of the whole document per name made the build
/// script quadratic.
struct TakenNames(std::collections::BTreeSet<String>);

impl TakenNames {
    fn of(doc: &Value) -> TakenNames {
        let mut taken = std::collections::BTreeSet::new();
        if let Some(schemas) = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            taken.extend(schemas.keys().map(|k| k.to_upper_camel_case()));
        }
        collect_titles(doc, &mut taken);
        TakenNames(taken)
    }

    /// `wanted` (in the generator's case), or it + `Event`, `Event2`…;
    /// taken from then on.
    fn take(&mut self, wanted: &str) -> String {
        let wanted = wanted.to_upper_camel_case();
        let name = if self.0.contains(&wanted) {
            (1..)
                .map(|n| match n {
                    1 => format!("{wanted}Event"),
                    n => format!("{wanted}Event{n}"),
                })
                .find(|name| !self.0.contains(name))
                .unwrap_or_default()
        } else {
            wanted
        };
        self.0.insert(name.clone());
        name
    }
}

/// Every `title` in the document, as a type name.
fn collect_titles(node: &Value, out: &mut std::collections::BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(title)) = map.get("title") {
                out.insert(title.to_upper_camel_case());
            }
            map.values().for_each(|v| collect_titles(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_titles(v, out)),
        _ => {}
    }
}

/// `wallet.transfer.confirmed` → `WalletTransferConfirmed`, as the
/// generator cases names, never a keyword or a leading digit.
fn pascal_case(kind: &str) -> String {
    let name = kind.to_upper_camel_case();
    match name.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("Kind{name}"),
        _ if name == "Self" => "SelfEvent".to_owned(),
        _ => name,
    }
}

/// `dfns::webhooks::Event` and `EVENT_KINDS`, for `src/webhooks.rs`.
pub fn render(events: &[WebhookEvent]) -> String {
    let mut variants = String::new();
    let mut infos = String::new();
    let mut decodes = String::new();
    let mut kinds = String::new();
    for e in events {
        let doc = if e.doc.is_empty() {
            format!("`{}`.", e.kind)
        } else {
            format!("{} (`{}`).", e.doc, e.kind)
        };
        variants.push_str(&format!(
            "    #[doc = {doc:?}]\n    {v} {{\n        /// What every event carries.\n        info: EventInfo,\n        /// The event's `data`.\n        data: crate::types::{t},\n    }},\n",
            v = e.variant,
            t = e.data_type,
        ));
        infos.push_str(&format!(
            "            Event::{} {{ info, .. }} => info,\n",
            e.variant
        ));
        decodes.push_str(&format!(
            "            {kind:?} => Ok(Event::{v} {{ data: decode_data(&body)?, info }}),\n",
            kind = e.kind,
            v = e.variant,
        ));
        kinds.push_str(&format!("    {:?},\n", e.kind));
    }
    format!(
        r#"/// A verified webhook event, typed by its `kind` (one variant per event
/// of the vendored document), from [`verify_event`](super::verify_event).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Event {{
{variants}    /// A kind the vendored document does not describe (the live API has
    /// more): the whole event as received. A number in it beyond 64 bits
    /// reads approximately here (JSON numbers); the verified bytes are
    /// exact. Dispatch on [`Event::kind`], not on this variant: a kind a
    /// newer document describes stops being `Unknown` after a bump.
    Unknown {{
        /// The event's `kind`.
        kind: String,
        /// What every event carries.
        info: EventInfo,
        /// The whole event.
        body: serde_json::Value,
    }},
}}

impl Event {{
    /// The fields every event carries (`id`, `kind`, `date`, …).
    pub fn info(&self) -> &EventInfo {{
        match self {{
{infos}            Event::Unknown {{ info, .. }} => info,
        }}
    }}

    /// The typed event for a verified body, by its `kind`.
    pub(super) fn decode(info: EventInfo, body: serde_json::Value) -> Result<Event, WebhookError> {{
        match info.kind.as_str() {{
{decodes}            _ => Ok(Event::Unknown {{ kind: info.kind.clone(), info, body }}),
        }}
    }}
}}

/// The event kinds the vendored document describes, as it spells them.
pub const EVENT_KINDS: &[&str] = &[
{kinds}];
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operations::features::TagSelection;

    fn document() -> Value {
        json!({
            "components": {"schemas": {"Transfer": {"type": "object"}, "WalletTransferConfirmedData": {}}},
            "webhooks": {
                "wallet.transfer.confirmed": {"post": {
                    "summary": "Transfer Confirmed",
                    "requestBody": {"content": {"application/json": {"schema": {
                        "type": "object",
                        "properties": {"id": {"type": "string"}, "data": {"type": "object", "properties": {
                            "transferRequest": {"$ref": "#/components/schemas/Transfer"}}}}
                    }}}}
                }},
                "wallet.odd": {"post": {}}
            }
        })
    }

    #[test]
    fn each_events_data_becomes_a_component_and_the_webhooks_go() {
        let mut doc = document();
        let mut warnings = Warnings::default();
        let events = extract(&mut doc, &TagSelection::all(), &mut warnings);
        assert_eq!(events.len(), 1);
        let event = &events[0];
        assert_eq!(event.kind, "wallet.transfer.confirmed");
        assert_eq!(event.variant, "WalletTransferConfirmed");
        // The name was taken: the next free one.
        assert_eq!(event.data_type, "WalletTransferConfirmedDataEvent");
        assert_eq!(event.doc, "Transfer Confirmed");
        assert!(doc.get("webhooks").is_none());
        assert!(
            doc["components"]["schemas"]["WalletTransferConfirmedDataEvent"]["properties"]
                .get("transferRequest")
                .is_some()
        );
        assert_eq!(
            doc[ROOTS_KEY]["wallet.transfer.confirmed"]["$ref"],
            "#/components/schemas/WalletTransferConfirmedDataEvent"
        );
        assert_eq!(warnings.0.len(), 1);
        assert!(
            warnings.0[0].starts_with("/webhooks/wallet.odd: "),
            "{:?}",
            warnings.0
        );
    }

    #[test]
    fn a_request_component_the_data_reaches_is_copied_and_only_the_copy_relaxed() {
        let mut doc = json!({
            "paths": {"/t": {"post": {"requestBody": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Money"}}}}}}},
            "components": {"schemas": {
                "Money": {"type": "object", "additionalProperties": false,
                          "properties": {"amount": {"type": "string"}}}
            }},
            "webhooks": {"a.b": {"post": {"requestBody": {"content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"data": {"type": "object", "additionalProperties": false,
                    "properties": {"money": {"$ref": "#/components/schemas/Money"}}}}
            }}}}}}}
        });
        let mut warnings = Warnings::default();
        let events = extract(&mut doc, &TagSelection::all(), &mut warnings);
        relax(&mut doc, &events, &mut warnings);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["Money"]["additionalProperties"], false,
            "requests stay strict"
        );
        assert!(schemas["MoneyReceived"]
            .get("additionalProperties")
            .is_none());
        assert!(schemas["AbData"].get("additionalProperties").is_none());
        assert_eq!(
            schemas["AbData"]["properties"]["money"]["$ref"],
            "#/components/schemas/MoneyReceived"
        );
    }

    #[test]
    fn the_bodys_kind_wins_and_unselected_tags_generate_nothing() {
        let hook = |kind: &str, tag: &str| {
            json!({"post": {"tags": [tag], "requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {
                    "kind": {"type": "string", "enum": [kind]},
                    "data": {"type": "object"}}}}}}}})
        };
        let mut doc =
            json!({"webhooks": {"a.b": hook("a.c", "Wallets"), "k.l": hook("k.l", "Keys")}});
        let selection = TagSelection {
            declared: ["wallets".into(), "keys".into()].into(),
            enabled: ["wallets".into()].into(),
        };
        let mut warnings = Warnings::default();
        let events = extract(&mut doc, &selection, &mut warnings);
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["a.c"]);
        assert!(
            warnings.0[0].contains("keyed `a.b` but its body's `kind` is `a.c`"),
            "{:?}",
            warnings.0
        );
    }

    #[test]
    fn kinds_become_variant_names() {
        assert_eq!(
            pascal_case("wallet.blockchainevent.detected"),
            "WalletBlockchaineventDetected"
        );
        assert_eq!(
            pascal_case("policy.approval-pending"),
            "PolicyApprovalPending"
        );
        assert_eq!(pascal_case("2fa.done"), "Kind2faDone");
        assert_eq!(pascal_case("self"), "SelfEvent");
        // As the generator cases it, so the data type is found by its name.
        assert_eq!(pascal_case("x.ERC20"), "XErc20");
        let mut taken = TakenNames::of(&json!({"components": {"schemas": {"AbcData": {}}}}));
        assert_eq!(taken.take("ABCData"), "AbcDataEvent");
        assert_eq!(taken.take("ABCData"), "AbcDataEvent2");
    }

    #[test]
    fn a_document_without_webhooks_has_only_unknown_events() {
        let mut doc = json!({"paths": {}});
        assert!(extract(&mut doc, &TagSelection::all(), &mut Warnings::default()).is_empty());
        let rendered = render(&[]);
        assert!(rendered.contains("Unknown {"));
        assert!(rendered.contains("pub const EVENT_KINDS: &[&str] = &[\n];"));
    }
}
