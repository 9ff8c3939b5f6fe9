//! Money moves once: the operations Dfns makes idempotent through the
//! body's `externalId` get one (unless the caller gave one), set once
//! before the first attempt, and are then retried like a GET.

use bytes::Bytes;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use crate::Error;

/// An operation Dfns documents as idempotent through a body field
/// (docs.dfns.co, "Transfer / Transaction / Signature Idempotency"): the
/// same request again, with the same key, returns the entity the first one
/// created; the same key with another body is a 409.
///
/// ```
/// let transfers = dfns::IdempotentOperation::for_request("POST", "/wallets/wa-1/transfers").unwrap();
/// assert_eq!(transfers.path, "/wallets/{walletId}/transfers");
/// assert_eq!(transfers.key_field, "externalId");
/// assert!(dfns::IdempotentOperation::for_request("POST", "/wallets").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdempotentOperation {
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template, as the document writes it.
    pub path: &'static str,
    /// The body field holding the idempotency key (`externalId`).
    pub key_field: &'static str,
}

/// The operations a call to which gets an idempotency key and safe retries
/// (see [`ClientBuilder::auto_external_id`](crate::ClientBuilder::auto_external_id)):
/// Transfer Asset, Sign and Broadcast Transaction, and both Generate
/// Signature operations. Keyed by method and path template; the build warns
/// when the vendored document lacks one of them or a body variant without
/// the key field.
pub static IDEMPOTENT_OPERATIONS: &[IdempotentOperation] =
    include!(concat!(env!("OUT_DIR"), "/idempotent_operations.rs"));

impl IdempotentOperation {
    /// The entry for a request: `method` and a concrete `path` (no query).
    /// A path a documented operation matches more closely than the entry's
    /// template is that operation's, not the entry's.
    pub fn for_request(method: &str, path: &str) -> Option<&'static IdempotentOperation> {
        match crate::Operation::for_request(method, path) {
            Some(documented) => Self::for_template(documented.method, documented.path),
            None => IDEMPOTENT_OPERATIONS.iter().find(|entry| {
                entry.method.eq_ignore_ascii_case(method)
                    && crate::operation::literal_segments_matched(entry.path, path).is_some()
            }),
        }
    }

    /// The entry for a documented operation's method and path template.
    pub(crate) fn for_template(method: &str, template: &str) -> Option<&'static Self> {
        IDEMPOTENT_OPERATIONS
            .iter()
            .find(|entry| entry.method.eq_ignore_ascii_case(method) && entry.path == template)
    }
}

/// A fresh idempotency key: a random (version 4) UUID, 122 bits from the
/// operating system's generator, 36 characters.
///
/// Set it on a body yourself when the same request may have to be sent
/// again by other means (delegated signing: a new token for the same body,
/// see [`Client::user_action_challenge`](crate::Client::user_action_challenge)),
/// or store it with your payment before sending.
///
/// ```
/// let key = dfns::new_external_id()?;
/// assert_eq!(key.len(), 36);
/// assert_ne!(key, dfns::new_external_id()?);
/// # Ok::<(), dfns::Error>(())
/// ```
pub fn new_external_id() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::InvalidRequest(format!(
            "no idempotency key: the system's random number generator failed ({e})"
        ))
    })?;
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    ))
}

/// The key of a body about to be sent, and the body to send.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Keyed {
    /// The key the body carries (the caller's, or the one set here).
    pub(crate) key: Option<String>,
    /// The body with the key set, when it was set here.
    pub(crate) new_body: Option<Bytes>,
}

/// Reads the body's key; when it has none and `generate` is set, writes a
/// fresh one into it (as the object's first member, leaving every other
/// byte as it was: nothing re-serialized, no number rounded). A body that
/// is not a JSON object, or whose key is not a string or given twice, is an
/// error before anything is sent.
pub(crate) fn key_body(
    entry: &IdempotentOperation,
    body: &[u8],
    generate: bool,
) -> Result<Keyed, Error> {
    let refuse = |why: &str| {
        Error::InvalidRequest(format!(
            "{} {}: {why}; nothing was sent",
            entry.method, entry.path
        ))
    };
    let mut json = serde_json::Deserializer::from_slice(body);
    let found = KeyOf(entry.key_field)
        .deserialize(&mut json)
        .and_then(|found| json.end().map(|()| found))
        .map_err(|e| refuse(&format!("the body is not a JSON object ({e})")))?;
    match found {
        Found::Key(key) if key.is_empty() => Err(refuse(&format!(
            "`{}` is empty; an idempotency key needs at least one character",
            entry.key_field
        ))),
        Found::Key(key) => Ok(Keyed {
            key: Some(key),
            new_body: None,
        }),
        Found::NotAString => Err(refuse(&format!("`{}` must be a string", entry.key_field))),
        Found::Twice => Err(refuse(&format!(
            "`{}` is given more than once",
            entry.key_field
        ))),
        Found::Absent if !generate => Ok(Keyed {
            key: None,
            new_body: None,
        }),
        Found::Absent => {
            let key = new_external_id()?;
            let new_body = with_first_member(body, entry.key_field, &key)
                .ok_or_else(|| refuse("the body is not a JSON object"))?;
            Ok(Keyed {
                key: Some(key),
                new_body: Some(new_body),
            })
        }
    }
}

/// `body` (a JSON object) with `"field":"value"` as its first member.
fn with_first_member(body: &[u8], field: &str, value: &str) -> Option<Bytes> {
    let start = body.iter().position(|b| !b.is_ascii_whitespace())?;
    if body[start] != b'{' {
        return None;
    }
    let rest = &body[start + 1..];
    let empty = rest
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'}');
    let member = format!(
        "{}:{}{}",
        serde_json::Value::from(field),
        serde_json::Value::from(value),
        if empty { "" } else { "," }
    );
    let mut out = Vec::with_capacity(body.len() + member.len() + 1);
    out.push(b'{');
    out.extend_from_slice(member.as_bytes());
    out.extend_from_slice(rest);
    Some(Bytes::from(out))
}

/// What a body holds under the key field.
enum Found {
    Absent,
    Key(String),
    NotAString,
    Twice,
}

/// Reads one top-level member of a JSON object, skipping the others
/// unparsed (so no other value is interpreted, numbers included).
struct KeyOf<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for KeyOf<'_> {
    type Value = Found;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Found, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for KeyOf<'_> {
    type Value = Found;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        let mut found = Found::Absent;
        while let Some(name) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if name != self.0 {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let value = map.next_value::<serde_json::Value>()?;
            found = match (found, value) {
                (Found::Absent, serde_json::Value::String(key)) => Found::Key(key),
                (Found::Absent, _) => Found::NotAString,
                _ => Found::Twice,
            };
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRANSFERS: IdempotentOperation = IdempotentOperation {
        method: "POST",
        path: "/wallets/{walletId}/transfers",
        key_field: "externalId",
    };

    #[test]
    fn a_key_is_added_in_front_and_every_other_byte_is_kept() {
        let body = br#"{"kind":"Native","amount":123456789012345678901234567890,"to":"0x1"}"#;
        let keyed = key_body(&TRANSFERS, body, true).unwrap();
        let key = keyed.key.unwrap();
        let sent = keyed.new_body.unwrap();
        let expected = format!(
            r#"{{"externalId":"{key}","kind":"Native","amount":123456789012345678901234567890,"to":"0x1"}}"#
        );
        assert_eq!(std::str::from_utf8(&sent).unwrap(), expected);
        let empty = key_body(&TRANSFERS, b" { } ", true).unwrap();
        let key = empty.key.unwrap();
        assert_eq!(
            empty.new_body.unwrap(),
            format!(r#"{{"externalId":"{key}" }} "#)
        );
    }

    #[test]
    fn the_callers_key_is_kept_and_nothing_rewritten() {
        let keyed = key_body(
            &TRANSFERS,
            br#"{"externalId":"pay-42","kind":"Native"}"#,
            true,
        );
        assert_eq!(
            keyed.unwrap(),
            Keyed {
                key: Some("pay-42".into()),
                new_body: None
            }
        );
        let keyed = key_body(&TRANSFERS, br#"{"meta":{"externalId":"inner"}}"#, false).unwrap();
        assert_eq!(keyed.key, None, "only the top-level member is the key");
    }

    #[test]
    fn bodies_the_key_cannot_be_read_from_are_refused() {
        for (body, why) in [
            (&br#"{"externalId":null}"#[..], "must be a string"),
            (br#"{"externalId":""}"#, "is empty"),
            (br#"{"externalId":"a","externalId":"b"}"#, "more than once"),
            (br#"["externalId"]"#, "not a JSON object"),
            (br#"{"a":1} {}"#, "not a JSON object"),
            (b"", "not a JSON object"),
        ] {
            let e = key_body(&TRANSFERS, body, true).unwrap_err();
            assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
            assert!(e.to_string().contains(why), "{e}");
            assert!(e.to_string().contains("nothing was sent"), "{e}");
        }
    }

    #[test]
    fn generated_keys_are_version_4_uuids() {
        let key = new_external_id().unwrap();
        let parts: Vec<&str> = key.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'), "{key}");
        assert!(matches!(&parts[3][..1], "8" | "9" | "a" | "b"), "{key}");
        assert!(key
            .chars()
            .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    }

    #[test]
    fn requests_are_matched_by_template() {
        for (method, path) in [
            ("POST", "/wallets/wa-1/transfers"),
            ("post", "/wallets/wa-1/transactions"),
            ("POST", "/wallets/wa-1/signatures"),
            ("POST", "/keys/key-1/signatures"),
        ] {
            assert!(
                IdempotentOperation::for_request(method, path).is_some(),
                "{method} {path}"
            );
        }
        assert!(IdempotentOperation::for_request("GET", "/wallets/wa-1/transfers").is_none());
        assert!(IdempotentOperation::for_request("POST", "/wallets/wa-1/transfers/x").is_none());
    }
}
