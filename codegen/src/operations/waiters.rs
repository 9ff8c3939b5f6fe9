//! The statuses after which a transfer, transaction or signature no longer
//! changes, for `Client::wait_transfer` and the like: one list, checked
//! against the document's `status` enums at build time (a bump that
//! renames a final status would otherwise leave the waiters waiting until
//! their deadline), rendered as `dfns::TRANSFER_TERMINAL_STATUSES` and
//! `dfns::SIGNATURE_TERMINAL_STATUSES`.

use serde_json::Value;

use crate::diagnostics::{child, Warnings};
use crate::document::resolve;

/// Transfers and transactions.
pub const TRANSFER_TERMINAL: &[&str] = &["Confirmed", "Failed", "Rejected"];
/// Signatures: `Signed` (the signature is there; it may still be broadcast
/// and become `Confirmed`) and the final ones.
pub const SIGNATURE_TERMINAL: &[&str] = &["Signed", "Confirmed", "Failed", "Rejected"];

/// The get operations the waiters poll, with their terminal statuses.
pub const WAITED: &[(&str, &[&str])] = &[
    (
        "/wallets/{walletId}/transfers/{transferId}",
        TRANSFER_TERMINAL,
    ),
    (
        "/wallets/{walletId}/transactions/{transactionId}",
        TRANSFER_TERMINAL,
    ),
    (
        "/wallets/{walletId}/signatures/{signatureId}",
        SIGNATURE_TERMINAL,
    ),
    ("/keys/{keyId}/signatures/{signatureId}", SIGNATURE_TERMINAL),
];

/// Warns about a terminal status the document's `status` enum of a polled
/// operation does not list. Read before the document is rewritten.
pub fn check(doc: &Value, warnings: &mut Warnings) {
    for (path, terminal) in WAITED {
        let pointer = child(&child("/paths", path), "get");
        let Some(status) = doc
            .pointer(&format!(
                "{pointer}/responses/200/content/application~1json/schema"
            ))
            .map(|s| resolve(doc, s))
            .and_then(|s| s.pointer("/properties/status"))
            .map(|s| resolve(doc, s))
        else {
            continue; // not in this document: no waiter is generated
        };
        let listed: Vec<&str> = status
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let missing: Vec<&str> = terminal
            .iter()
            .filter(|t| !listed.contains(t))
            .copied()
            .collect();
        if !missing.is_empty() && !listed.is_empty() {
            warnings.push(
                &pointer,
                format!(
                    "the `status` enum lacks {missing:?}, which the waiters take for final; \
                     a waiter on this operation may wait until its deadline (update \
                     codegen/src/operations/waiters.rs)"
                ),
            );
        }
    }
}

/// The two constants, as Rust items.
pub fn render() -> String {
    format!(
        "/// The statuses after which a transfer or transaction no longer changes.\n\
         pub const TRANSFER_TERMINAL_STATUSES: &[&str] = &{TRANSFER_TERMINAL:?};\n\
         /// The statuses a signature waiter stops at: `Signed` (the signature is\n\
         /// there; one Dfns broadcasts may still become `Confirmed`: wait for that\n\
         /// with `Wait::only_terminal`), `Confirmed`, `Failed`, `Rejected`.\n\
         pub const SIGNATURE_TERMINAL_STATUSES: &[&str] = &{SIGNATURE_TERMINAL:?};\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn transfers(statuses: Value) -> Value {
        json!({"paths": {"/wallets/{walletId}/transfers/{transferId}": {"get": {"responses": {"200": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/T"}}}}}}}},
            "components": {"schemas": {"T": {"type": "object", "properties": {
                "status": {"type": "string", "enum": statuses}}}}}})
    }

    #[test]
    fn a_final_status_the_document_lacks_is_warned_about() {
        let mut warnings = Warnings::default();
        check(
            &transfers(json!(["Pending", "Confirmed", "Failed", "Rejected"])),
            &mut warnings,
        );
        assert!(warnings.0.is_empty(), "{:?}", warnings.0);
        check(
            &transfers(json!(["Pending", "Completed", "Failed", "Rejected"])),
            &mut warnings,
        );
        assert_eq!(warnings.0.len(), 1);
        assert!(
            warnings.0[0].contains("[\"Confirmed\"]"),
            "{:?}",
            warnings.0
        );
    }

    #[test]
    fn the_constants_render_as_rust() {
        assert!(render().contains(
            "pub const TRANSFER_TERMINAL_STATUSES: &[&str] = &[\"Confirmed\", \"Failed\", \"Rejected\"];"
        ));
    }
}
