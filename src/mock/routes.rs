//! Which operation a request is for, and the body the mock answers with
//! when the test did not script one.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Operation;

/// Checks that a JSON body decodes into one operation's response type.
pub(super) type Decoder = fn(&[u8]) -> Result<(), serde_json::Error>;

// Unused when the enabled tag features leave no operation with a JSON body.
#[allow(dead_code)]
fn decodes_as<T: DeserializeOwned>(body: &[u8]) -> Result<(), serde_json::Error> {
    serde_json::from_slice::<T>(body).map(drop)
}

/// `CANNED` and `DECODERS`, generated from the spec by `dfns-codegen`.
mod tables {
    #[allow(unused_imports)]
    use super::{decodes_as, Decoder};
    #[allow(unused_imports)]
    use crate::types;
    include!(concat!(env!("OUT_DIR"), "/mock_tables.rs"));
}

/// Why a body cannot stand for an operation's success response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StubError {
    /// No operation of that (Rust method) name in the vendored spec.
    #[error("the vendored spec has no operation named `{0}`")]
    UnknownOperation(String),
    /// The body does not decode into the operation's generated response
    /// type, so the client would fail with [`Error::Decode`](crate::Error::Decode).
    #[error("the body given for `{operation}` does not decode into its response type: {reason}")]
    Mismatch {
        /// The operation's name.
        operation: String,
        /// serde's message: the missing or wrong field and where.
        reason: String,
    },
}

/// The body the mock answers operation `name` with by default: the
/// smallest value its response schema accepts, with readable placeholders
/// (`None` if there is no such operation; `Value::Null` if the response has
/// no body). A good start for a [`DfnsMock::stub`](super::DfnsMock::stub):
///
/// ```
/// let mut body = dfns::mock::canned_response("create_credential_code").unwrap();
/// body["code"] = "ABC-123".into();
/// assert!(dfns::mock::check_response("create_credential_code", &body).is_ok());
/// ```
pub fn canned_response(name: &str) -> Option<Value> {
    let text = canned_text(name)?;
    Some(serde_json::from_str(text).unwrap_or(Value::Null))
}

/// The canned `data` of a webhook event of `kind` (JSON text).
pub(super) fn canned_event_data(kind: &str) -> Option<&'static str> {
    tables::CANNED_EVENT_DATA
        .binary_search_by(|(k, _)| k.cmp(&kind))
        .ok()
        .map(|i| tables::CANNED_EVENT_DATA[i].1)
}

fn canned_text(name: &str) -> Option<&'static str> {
    tables::CANNED
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|i| tables::CANNED[i].1)
}

/// Checks that `body` would decode as operation `name`'s success response,
/// as the generated client decodes it: the check [`DfnsMock::stub`](super::DfnsMock::stub)
/// makes, so a stub written for an older spec fails loudly after a bump.
///
/// ```
/// use dfns::mock::{check_response, StubError};
/// let err = check_response("create_credential_code", &serde_json::json!({"code": "A"})).unwrap_err();
/// assert!(matches!(err, StubError::Mismatch { .. }));
/// assert!(err.to_string().contains("missing field `expiration`"), "{err}");
/// ```
pub fn check_response(name: &str, body: &Value) -> Result<(), StubError> {
    check_bytes(name, body.to_string().as_bytes())
}

pub(super) fn check_bytes(name: &str, body: &[u8]) -> Result<(), StubError> {
    if Operation::find(name).is_none() {
        return Err(StubError::UnknownOperation(name.to_owned()));
    }
    match tables::DECODERS.binary_search_by(|(n, _)| n.cmp(&name)) {
        // No JSON body documented: anything goes.
        Err(_) => Ok(()),
        Ok(i) => (tables::DECODERS[i].1)(body).map_err(|e| StubError::Mismatch {
            operation: name.to_owned(),
            reason: e.to_string(),
        }),
    }
}

/// The default success body for a request: the canned body, with its
/// top-level fields replaced by the request's fields of the same name
/// (`name`, `network`, `expiration`…) when the result still decodes.
pub(super) fn default_body(op: &Operation, request_body: &[u8]) -> Vec<u8> {
    let canned = canned_text(op.name).unwrap_or_default();
    let echoed = match (
        serde_json::from_str::<Value>(canned),
        serde_json::from_slice::<Value>(request_body),
    ) {
        (Ok(Value::Object(mut response)), Ok(Value::Object(request))) => {
            for (key, value) in request {
                if let Some(slot) = response.get_mut(&key) {
                    *slot = value;
                }
            }
            Some(Value::Object(response).to_string().into_bytes())
        }
        _ => None,
    };
    match echoed {
        Some(body) if check_bytes(op.name, &body).is_ok() => body,
        _ => canned.as_bytes().to_vec(),
    }
}

/// Whether two path templates are the same route (`{parameter}` names aside).
pub(super) fn same_template(a: &str, b: &str) -> bool {
    let is_parameter = |s: &str| s.starts_with('{') && s.ends_with('}');
    let (a, b): (Vec<_>, Vec<_>) = (a.split('/').collect(), b.split('/').collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| (is_parameter(x) && is_parameter(y)) || x == y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OPERATIONS;

    #[test]
    fn same_templates_are_told_apart_from_siblings() {
        assert!(same_template("/w/{walletId}/t", "/w/{id}/t"));
        assert!(!same_template("/w/{walletId}/t", "/w/all/t"));
        assert!(!same_template("/w/{walletId}", "/w/{walletId}/t"));
    }

    #[test]
    fn every_canned_body_decodes_into_its_response_type() {
        assert!(!tables::CANNED.is_empty());
        for op in OPERATIONS {
            let body = canned_response(op.name).expect("every operation has a canned body");
            assert_eq!(check_response(op.name, &body), Ok(()));
        }
    }

    #[test]
    fn default_bodies_echo_request_fields_that_fit() {
        let op = Operation::find("create_credential_code").unwrap();
        let echoed = default_body(op, br#"{"expiration":"2030-01-01T00:00:00Z"}"#);
        let echoed: Value = serde_json::from_slice(&echoed).unwrap();
        assert_eq!(echoed["expiration"], "2030-01-01T00:00:00Z");
        // A request field that would not decode is not echoed.
        let kept = default_body(op, br#"{"expiration":1893456000}"#);
        assert_eq!(kept, canned_text(op.name).unwrap().as_bytes());
    }
}
