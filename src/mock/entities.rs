//! Dfns's idempotency contract, for the operations of
//! [`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS): an `externalId`
//! belongs to the entity first created with it. The same request again
//! (same path, same body) gets that entity with 200; the same key with
//! another body or wallet gets a 409 naming it. The mock counts what it
//! created, so a test can check that money moved once.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::{IdempotentOperation, Operation};

/// What a request to an idempotent operation is.
pub(super) enum Seen {
    /// Nothing was created with its key (or it has none): it executes.
    New { key: Option<String> },
    /// A repeat of the request that created this answer.
    Repeat(Vec<u8>),
    /// The key belongs to another request's entity: the 409 body.
    Conflict(Vec<u8>),
    /// A key Dfns refuses (empty): the 400 body.
    Invalid(Vec<u8>),
}

struct Entity {
    path: String,
    request: Value,
    answer: Vec<u8>,
}

#[derive(Default)]
pub(super) struct Entities {
    /// By path template and key.
    by_key: HashMap<(&'static str, String), Entity>,
    /// Created, per operation name.
    created: HashMap<&'static str, usize>,
}

impl Entities {
    pub(super) fn look_up(
        &self,
        entry: &'static IdempotentOperation,
        path: &str,
        body: &[u8],
    ) -> Seen {
        let request: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let Some(key) = request.get(entry.key_field).and_then(Value::as_str) else {
            return Seen::New { key: None };
        };
        if key.is_empty() {
            let refusal = json!({"error": {"status": 400, "message": format!("{} must not be empty", entry.key_field)}});
            return Seen::Invalid(refusal.to_string().into_bytes());
        }
        let Some(entity) = self.by_key.get(&(entry.path, key.to_owned())) else {
            return Seen::New {
                key: Some(key.to_owned()),
            };
        };
        if entity.path == path && entity.request == request {
            return Seen::Repeat(entity.answer.clone());
        }
        let id = serde_json::from_slice::<Value>(&entity.answer)
            .ok()
            .and_then(|a| a.get("id").and_then(Value::as_str).map(str::to_owned));
        let conflict = json!({"error": {
            "status": 409,
            "message": format!("Conflicting {} with same {}", entity_name(entry), entry.key_field),
            "details": {"duplicate": {"id": id, "externalId": key}},
        }});
        Seen::Conflict(conflict.to_string().into_bytes())
    }

    /// Records what a request created: its success `answer`. The mock's
    /// own default answer gets a fresh entity id (and the key) when it
    /// still decodes that way; a test's stub or queued answer is kept as
    /// given. Returns the answer to send.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn create(
        &mut self,
        op: &'static Operation,
        entry: &'static IdempotentOperation,
        key: Option<String>,
        path: &str,
        body: &[u8],
        answer: Vec<u8>,
        default_answer: bool,
    ) -> Vec<u8> {
        let count = self.created.entry(op.name).or_default();
        *count += 1;
        let id = format!("{}-mock-{count:04}", id_prefix(entry));
        let parsed = match serde_json::from_slice::<Value>(&answer) {
            Ok(parsed) if default_answer => Some(parsed),
            _ => None,
        };
        let answer = match parsed {
            Some(Value::Object(mut fields)) => {
                fields.insert("id".into(), id.into());
                if let Some(key) = &key {
                    fields.insert(entry.key_field.into(), key.clone().into());
                }
                let named = Value::Object(fields).to_string().into_bytes();
                match super::routes::check_bytes(op.name, &named) {
                    Ok(()) => named,
                    Err(_) => answer,
                }
            }
            _ => answer,
        };
        if let Some(key) = key {
            let entity = Entity {
                path: path.to_owned(),
                request: serde_json::from_slice(body).unwrap_or(Value::Null),
                answer: answer.clone(),
            };
            self.by_key.insert((entry.path, key), entity);
        }
        answer
    }

    pub(super) fn created(&self, name: &str) -> usize {
        self.created.get(name).copied().unwrap_or(0)
    }
}

/// The last literal segment of the path: `transfers`.
fn collection(entry: &IdempotentOperation) -> &'static str {
    entry.path.rsplit('/').next().unwrap_or_default()
}

/// `transfer` for Dfns's conflict message.
fn entity_name(entry: &IdempotentOperation) -> &'static str {
    let plural = collection(entry);
    plural.strip_suffix('s').unwrap_or(plural)
}

/// The prefix Dfns's ids of such entities have.
fn id_prefix(entry: &IdempotentOperation) -> &'static str {
    match collection(entry) {
        "transfers" => "xfr",
        "transactions" => "tx",
        "signatures" => "sig",
        other => other,
    }
}
