//! Verifying Dfns webhook deliveries.
//!
//! Dfns signs every delivery: the header [`SIGNATURE_HEADER`] is
//! `sha256=<hex HMAC-SHA256 of the raw body, keyed with the webhook's
//! secret>`, and the event's `timestampSent` (unix seconds) lets the
//! receiver refuse replays. [`verify`] checks both, on the raw body bytes
//! (never a re-serialization), comparing in constant time, and
//! [`verify_event`] returns the event typed by its kind ([`Event`],
//! generated from the document's `webhooks`).
//!
//! ```
//! use std::time::Duration;
//! # let secret = "whsec-test";
//! # let body = format!(r#"{{"id":"wh-1","kind":"wallet.created","timestampSent":{}}}"#,
//! #     std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs());
//! # let header = dfns::webhooks::sign(secret, body.as_bytes());
//! // In your HTTP handler, with the raw body and the header's value:
//! let event = dfns::webhooks::verify(secret, &header, body.as_bytes(), Duration::from_secs(300))?;
//! assert_eq!(event["kind"], "wallet.created");
//! # Ok::<(), dfns::webhooks::WebhookError>(())
//! ```

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{KeyInit as _, Mac as _};
use serde::de::DeserializeOwned;
use serde::Deserialize as _;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// The header carrying a delivery's signature.
pub const SIGNATURE_HEADER: &str = "X-DFNS-WEBHOOK-SIGNATURE";

/// Why a delivery was refused. None of them contains the secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The signature header is absent or empty.
    #[error("the {SIGNATURE_HEADER} header is missing")]
    MissingSignature,
    /// The secret given to verify with is empty (an unset variable?):
    /// anyone could sign with it, so nothing verifies.
    #[error("the webhook secret is empty: nothing can be verified with it")]
    EmptySecret,
    /// The header is not `<algorithm>=<hex>` (comma- or space-separated
    /// when there are several), or a `sha256` hex is not 64 hex digits.
    #[error("the {SIGNATURE_HEADER} header is malformed: expected `sha256=<64 hex digits>`")]
    MalformedSignature,
    /// The header has no `sha256` signature, only other algorithms. (What
    /// it names is not repeated: the header is the sender's text.)
    #[error("the {SIGNATURE_HEADER} header has no `sha256` signature; only `sha256` is accepted")]
    UnsupportedAlgorithm,
    /// The signature does not match the body and secret.
    #[error("the webhook signature does not match: wrong secret, or the body was altered")]
    BadSignature,
    /// The (authentic) body is not a JSON object.
    #[error("the webhook body is not a JSON object: {0}")]
    NotJson(String),
    /// The event has no numeric `timestampSent`.
    #[error("the webhook event has no numeric `timestampSent`")]
    NoTimestamp,
    /// The event was sent longer ago than the tolerance: a replay, or a
    /// very late delivery.
    #[error("the webhook event was sent {seconds} s ago, beyond the tolerance")]
    Stale {
        /// How long ago it was sent.
        seconds: u64,
    },
    /// The event claims to be sent later than now plus the tolerance.
    #[error("the webhook event is dated {seconds} s in the future, beyond the tolerance")]
    FromTheFuture {
        /// How far ahead its timestamp is.
        seconds: u64,
    },
    /// The event does not decode into the requested type.
    #[error("the webhook event does not decode as expected: {0}")]
    Decode(String),
    /// The delivery is authentic, but its event does not decode into the
    /// type of its kind (or lacks the fields every event has). The verified
    /// body is kept ([`verified_body`](Self::verified_body)), never
    /// printed: store it, or read the entity with the get operation,
    /// rather than lose the event.
    #[error(
        "the verified webhook event does not decode: {reason} (its body is kept in the error)"
    )]
    Undecodable {
        /// Where and why, without values from the body.
        reason: String,
        /// The verified body, as received.
        body: crate::ResponseBody,
    },
}

impl WebhookError {
    /// The authentic body of an [`Undecodable`](Self::Undecodable) event.
    pub fn verified_body(&self) -> Option<&[u8]> {
        match self {
            WebhookError::Undecodable { body, .. } => Some(body),
            _ => None,
        }
    }
}

/// What every event carries, whatever its kind.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct EventInfo {
    /// The event's id (`whe-…`): dedupe deliveries by it (see [`SeenEvents`]).
    pub id: String,
    /// The event's kind as the document spells it (`wallet.transfer.confirmed`).
    pub kind: String,
    /// When the event happened (RFC 3339), as Dfns sent it.
    #[serde(default)]
    pub date: Option<String>,
    /// When this delivery was sent (unix seconds).
    #[serde(deserialize_with = "crate::lenient::number")]
    pub timestamp_sent: u64,
    /// Which delivery this is: 1, then 2, … for Dfns's retries.
    #[serde(default, deserialize_with = "crate::lenient::option_number")]
    pub delivery_attempt: Option<u64>,
    /// For a retried delivery, the id of the event it retries (a retry is
    /// a new event, with a new `id`).
    #[serde(default)]
    pub retry_of: Option<String>,
}

// `decode_data` is unused by a document (or feature selection) without events.
#[allow(clippy::all, missing_docs, unused_imports)]
mod events {
    use super::{decode_data, EventInfo, WebhookError};
    include!(concat!(env!("OUT_DIR"), "/webhook_events.rs"));
}
pub use events::{Event, EVENT_KINDS};

impl Event {
    /// The event's `kind`, as the document spells it.
    pub fn kind(&self) -> &str {
        &self.info().kind
    }

    /// The event's `id`.
    pub fn id(&self) -> &str {
        &self.info().id
    }
}

/// Verifies a delivery (as [`verify`]) and returns its event, typed by its
/// `kind`: one [`Event`] variant per event of the vendored document, each
/// with its `data` decoded as leniently as a response (a newer server's
/// fields and values decode), and [`Event::Unknown`] for a kind the
/// document does not describe.
///
/// ```
/// use std::time::Duration;
/// use dfns::webhooks::{verify_event, Event};
/// # let secret = "whsec-test";
/// # let sent = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
/// # let body = format!(r#"{{"id":"whe-1","kind":"wallet.created","date":"2026-12-01T10:00:00Z","data":{{}},"timestampSent":{sent},"deliveryAttempt":1}}"#);
/// # let header = dfns::webhooks::sign(secret, body.as_bytes());
/// match verify_event(secret, &header, body.as_bytes(), Duration::from_secs(300))? {
///     Event::Unknown { kind, body, .. } => println!("{kind}: {body}"),
///     event => println!("{} {}", event.kind(), event.id()),
/// }
/// # Ok::<(), dfns::webhooks::WebhookError>(())
/// ```
pub fn verify_event(
    secret: &str,
    signature_header: &str,
    body: &[u8],
    tolerance: Duration,
) -> Result<Event, WebhookError> {
    let event = verify(secret, signature_header, body, tolerance)?;
    decode_event(event).map_err(|e| match e {
        WebhookError::Decode(reason) => WebhookError::Undecodable {
            reason,
            body: crate::ResponseBody(bytes::Bytes::copy_from_slice(body)),
        },
        other => other,
    })
}

/// The typed event of a verified body.
fn decode_event(body: serde_json::Value) -> Result<Event, WebhookError> {
    let info = EventInfo::deserialize(&body).map_err(|e| {
        WebhookError::Decode(format!(
            "the event's envelope: {}",
            crate::response::without_body_text(&e.to_string())
        ))
    })?;
    Event::decode(info, body)
}

/// The event's `data` as `T`; an error names where and why, never a value.
#[allow(dead_code)] // see `mod events`
fn decode_data<T: DeserializeOwned>(body: &serde_json::Value) -> Result<T, WebhookError> {
    let data = body.get("data").unwrap_or(&serde_json::Value::Null);
    serde_path_to_error::deserialize(data).map_err(|e| {
        let path = e.path().to_string();
        let reason = crate::response::without_body_text(&e.into_inner().to_string());
        WebhookError::Decode(format!("`data` at `{path}`: {reason}"))
    })
}

/// Verifies a delivery and returns its event as JSON: the signature over
/// the raw `body` with `secret`, then that `timestampSent` is within
/// `tolerance` of now (Dfns suggests a few minutes).
pub fn verify(
    secret: &str,
    signature_header: &str,
    body: &[u8],
    tolerance: Duration,
) -> Result<serde_json::Value, WebhookError> {
    verify_at(secret, signature_header, body, tolerance, SystemTime::now())
}

/// [`verify`], then decodes the event into `T` (e.g. the document's
/// webhook event type).
pub fn verify_as<T: DeserializeOwned>(
    secret: &str,
    signature_header: &str,
    body: &[u8],
    tolerance: Duration,
) -> Result<T, WebhookError> {
    let event = verify(secret, signature_header, body, tolerance)?;
    serde_json::from_value(event).map_err(|e| WebhookError::Decode(e.to_string()))
}

/// Remembers the events already handled. Dfns delivers at least once: a
/// delivery whose 200 was lost comes again as a *new* event (a new `id`,
/// `retryOf` naming the one it retries, hours later: Dfns retries for
/// about a day), and a captured delivery verifies again while its
/// `timestampSent` is within the tolerance. [`first_delivery_of`](Self::first_delivery_of)
/// treats an event as seen when its `id` or its `retryOf` was seen.
/// Each id is kept for `window`, never less: use more than a day to cover
/// Dfns's retries. Memory grows with the events of one window (authentic
/// ones only, after verifying). In one process; services with several
/// replicas keep the ids in their shared store instead (a unique key on
/// the event id and on `retryOf`), and best of all make the handler
/// idempotent by the entity and its status (transfer `xfr-…` confirmed).
///
/// ```
/// use std::time::Duration;
/// let seen = dfns::webhooks::SeenEvents::new(Duration::from_secs(600));
/// # let event = serde_json::json!({"id": "wh-1"});
/// // after `verify`:
/// if !seen.first_delivery(&event) {
///     return; // already handled: answer 200 and do nothing
/// }
/// assert!(!seen.first_delivery(&event));
/// ```
#[derive(Debug)]
pub struct SeenEvents {
    window: Duration,
    seen: std::sync::Mutex<SeenIds>,
}

#[derive(Debug, Default)]
struct SeenIds {
    ids: std::collections::HashSet<String>,
    /// Each id with when it was first seen, oldest first.
    order: std::collections::VecDeque<(std::time::Instant, String)>,
}

impl SeenEvents {
    /// Remembers each id for `window`.
    pub fn new(window: Duration) -> SeenEvents {
        SeenEvents {
            window,
            seen: Default::default(),
        }
    }

    /// Whether this is the first delivery of `event` (by its `id`) seen
    /// within the window; records it. An event without a string `id` is
    /// never a first delivery.
    pub fn first_delivery(&self, event: &serde_json::Value) -> bool {
        match event.get("id").and_then(serde_json::Value::as_str) {
            Some(id) => self.first_delivery_id(id),
            None => false,
        }
    }

    /// Whether this is the first delivery of `event` within the window:
    /// neither its `id` nor the event its `retryOf` names was seen. Records
    /// both.
    ///
    /// ```
    /// # let secret = "s";
    /// # let sent = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    /// # let verify = |id: &str, retry_of: &str| {
    /// #     let body = format!(r#"{{"id":"{id}","kind":"k","data":{{}},"timestampSent":{sent}{retry_of}}}"#);
    /// #     let header = dfns::webhooks::sign(secret, body.as_bytes());
    /// #     dfns::webhooks::verify_event(secret, &header, body.as_bytes(), std::time::Duration::from_secs(60)).unwrap()
    /// # };
    /// let seen = dfns::webhooks::SeenEvents::new(std::time::Duration::from_secs(2 * 24 * 3600));
    /// let first = verify("whe-1", "");
    /// assert!(seen.first_delivery_of(&first));
    /// // Its 200 was lost: Dfns retries it as a new event.
    /// let retry = verify("whe-2", r#","retryOf":"whe-1","deliveryAttempt":2"#);
    /// assert!(!seen.first_delivery_of(&retry));
    /// ```
    pub fn first_delivery_of(&self, event: &Event) -> bool {
        let info = event.info();
        let ids = std::iter::once(info.id.as_str()).chain(info.retry_of.as_deref());
        self.first_of(ids)
    }

    /// Whether this is the first delivery of the event with this `id`
    /// within the window; records it. It does not know retries: prefer
    /// [`first_delivery_of`](Self::first_delivery_of).
    pub fn first_delivery_id(&self, id: &str) -> bool {
        self.first_of(std::iter::once(id))
    }

    /// Whether none of `ids` was seen; records them all.
    fn first_of<'a>(&self, ids: impl Iterator<Item = &'a str> + Clone) -> bool {
        let now = std::time::Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        // Forget only what has left the window: dropping a live id early
        // would let its replay through.
        while let Some((first, old)) = seen.order.front() {
            let expired = now.checked_duration_since(*first).unwrap_or_default() > self.window;
            if !expired {
                break;
            }
            let old = old.clone();
            seen.ids.remove(&old);
            seen.order.pop_front();
        }
        let first = ids.clone().all(|id| !seen.ids.contains(id));
        for id in ids {
            // Once in `order` per id: its first sighting sets when it goes.
            if seen.ids.insert(id.to_owned()) {
                seen.order.push_back((now, id.to_owned()));
            }
        }
        first
    }
}

/// The header value Dfns would send for `body`: for tests of your handler.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = hmac_for(secret);
    mac.update(body);
    let tag = mac.finalize().into_bytes();
    let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

fn hmac_for(secret: &str) -> HmacSha256 {
    // HMAC takes keys of any length: this cannot fail.
    match HmacSha256::new_from_slice(secret.as_bytes()) {
        Ok(mac) => mac,
        Err(_) => unreachable_key_length(),
    }
}

#[allow(clippy::panic)]
fn unreachable_key_length() -> ! {
    // `Hmac::new_from_slice` accepts every key length (longer keys are hashed).
    panic!("HMAC accepts keys of any length")
}

fn verify_at(
    secret: &str,
    signature_header: &str,
    body: &[u8],
    tolerance: Duration,
    now: SystemTime,
) -> Result<serde_json::Value, WebhookError> {
    if secret.is_empty() {
        return Err(WebhookError::EmptySecret);
    }
    let header = signature_header.trim();
    if header.is_empty() {
        return Err(WebhookError::MissingSignature);
    }
    // One `sha256=<hex>`, or several (while a secret is rotated, Dfns may
    // sign with each): the delivery is authentic if one matches.
    let mut signatures = Vec::new();
    for item in header.split([',', ' ']).filter(|i| !i.is_empty()) {
        let (algorithm, hex) = item
            .split_once('=')
            .ok_or(WebhookError::MalformedSignature)?;
        if algorithm.eq_ignore_ascii_case("sha256") {
            signatures.push(decode_hex(hex).ok_or(WebhookError::MalformedSignature)?);
        }
    }
    if signatures.is_empty() {
        return Err(WebhookError::UnsupportedAlgorithm);
    }
    let mut mac = hmac_for(secret);
    mac.update(body);
    // Each compared in constant time, and every one compared.
    let matched = signatures.iter().fold(false, |any, signature| {
        mac.clone().verify_slice(signature).is_ok() | any
    });
    if !matched {
        return Err(WebhookError::BadSignature);
    }
    // Only an authentic body is parsed.
    let event: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| WebhookError::NotJson(e.to_string()))?;
    if !event.is_object() {
        return Err(WebhookError::NotJson("not an object".into()));
    }
    let sent = match &event["timestampSent"] {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or(WebhookError::NoTimestamp)?;
    let now = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
    if now > sent && now - sent > tolerance.as_secs() {
        return Err(WebhookError::Stale {
            seconds: now - sent,
        });
    }
    if sent > now && sent - now > tolerance.as_secs() {
        return Err(WebhookError::FromTheFuture {
            seconds: sent - now,
        });
    }
    Ok(event)
}

/// 64 hex digits (either case) as 32 bytes; nothing else (no sign, no
/// spaces: `u8::from_str_radix` would take `+a`).
fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    if digits.len() != 64 {
        return None;
    }
    Some(digits.chunks(2).map(|p| p[0] << 4 | p[1]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec-0123456789";
    const TOLERANCE: Duration = Duration::from_secs(300);

    fn body_at(sent: u64) -> Vec<u8> {
        format!(r#"{{"id":"wh-1","kind":"wallet.created","timestampSent":{sent},"data":{{"walletId":"wa-1"}}}}"#).into_bytes()
    }

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn a_signed_fresh_delivery_is_accepted() {
        let body = body_at(1_700_000_000);
        let header = sign(SECRET, &body);
        let event = verify_at(SECRET, &header, &body, TOLERANCE, at(1_700_000_100)).unwrap();
        assert_eq!(event["data"]["walletId"], "wa-1");
        // Upper-case hex and algorithm, surrounding spaces: still the same signature.
        let loud = format!(" SHA256={} ", header["sha256=".len()..].to_uppercase());
        assert!(verify_at(SECRET, &loud, &body, TOLERANCE, at(1_700_000_100)).is_ok());
    }

    #[test]
    fn each_failure_has_its_own_error() {
        let body = body_at(1_700_000_000);
        let header = sign(SECRET, &body);
        let now = at(1_700_000_000);
        let check = |secret: &str, header: &str, body: &[u8], now| {
            verify_at(secret, header, body, TOLERANCE, now).unwrap_err()
        };
        assert_eq!(
            check(SECRET, "", &body, now),
            WebhookError::MissingSignature
        );
        assert_eq!(
            check("", &sign("", &body), &body, now),
            WebhookError::EmptySecret
        );
        assert_eq!(
            check(SECRET, "sha256", &body, now),
            WebhookError::MalformedSignature
        );
        assert_eq!(
            check(SECRET, "sha256=abc", &body, now),
            WebhookError::MalformedSignature
        );
        assert_eq!(
            check(SECRET, &header.replace("sha256", "sha1"), &body, now),
            WebhookError::UnsupportedAlgorithm
        );
        assert_eq!(
            check("other-secret", &header, &body, now),
            WebhookError::BadSignature
        );
        let mut altered = body.clone();
        altered[10] ^= 1;
        assert_eq!(
            check(SECRET, &header, &altered, now),
            WebhookError::BadSignature
        );
        let not_json = b"not json".to_vec();
        assert!(matches!(
            check(SECRET, &sign(SECRET, &not_json), &not_json, now),
            WebhookError::NotJson(_)
        ));
        let no_time = br#"{"id":"wh-1"}"#.to_vec();
        assert_eq!(
            check(SECRET, &sign(SECRET, &no_time), &no_time, now),
            WebhookError::NoTimestamp
        );
        assert_eq!(
            check(SECRET, &header, &body, at(1_700_000_301)),
            WebhookError::Stale { seconds: 301 }
        );
        assert_eq!(
            check(SECRET, &header, &body, at(1_699_999_000)),
            WebhookError::FromTheFuture { seconds: 1000 }
        );
        for e in [WebhookError::BadSignature, WebhookError::MalformedSignature] {
            assert!(!e.to_string().contains(SECRET));
        }
    }

    #[test]
    fn hex_is_parsed_strictly_and_the_header_never_echoed() {
        let body = body_at(1_700_000_000);
        let header = sign(SECRET, &body);
        let now = at(1_700_000_000);
        // `+a` is not two hex digits, though `u8::from_str_radix` takes it.
        let hex = &header["sha256=".len()..];
        let signed = format!("sha256=+{}", &hex[1..]);
        assert_eq!(
            verify_at(SECRET, &signed, &body, TOLERANCE, now).unwrap_err(),
            WebhookError::MalformedSignature
        );
        let hostile = "<script>alert(1)</script>=00";
        let err = verify_at(SECRET, hostile, &body, TOLERANCE, now).unwrap_err();
        assert!(!err.to_string().contains("script"), "{err}");
        assert!(!format!("{err:?}").contains("script"), "{err:?}");
    }

    #[test]
    fn one_of_several_signatures_is_enough() {
        let body = body_at(1_700_000_000);
        let now = at(1_700_000_000);
        let old = sign("whsec-old", &body);
        let new = sign(SECRET, &body);
        for header in [
            format!("{old},{new}"),
            format!("{new}, {old}"),
            format!("{old} {new}"),
        ] {
            assert!(
                verify_at(SECRET, &header, &body, TOLERANCE, now).is_ok(),
                "{header}"
            );
        }
        assert_eq!(
            verify_at(SECRET, &format!("{old},{old}"), &body, TOLERANCE, now).unwrap_err(),
            WebhookError::BadSignature
        );
        // Another algorithm beside sha256 is ignored; a malformed sha256 is not.
        let mixed = format!("sha512=ab,{new}");
        assert!(verify_at(SECRET, &mixed, &body, TOLERANCE, now).is_ok());
        assert_eq!(
            verify_at(SECRET, &format!("{new},sha256=zz"), &body, TOLERANCE, now).unwrap_err(),
            WebhookError::MalformedSignature
        );
    }

    #[test]
    fn a_replayed_event_is_seen_once() {
        let seen = SeenEvents::new(Duration::from_secs(600));
        let event = |id: &str| serde_json::json!({ "id": id });
        assert!(seen.first_delivery(&event("wh-1")));
        assert!(!seen.first_delivery(&event("wh-1")));
        // However many others arrive, a live id is never forgotten.
        for n in 2..5000 {
            assert!(seen.first_delivery(&event(&format!("wh-{n}"))));
        }
        assert!(!seen.first_delivery(&event("wh-1")));
        assert!(!seen.first_delivery(&serde_json::json!({"kind": "x"})));
        let short = SeenEvents::new(Duration::ZERO);
        assert!(short.first_delivery(&event("wh-1")));
        std::thread::sleep(Duration::from_millis(2));
        assert!(
            short.first_delivery(&event("wh-1")),
            "forgotten after the window"
        );
    }

    #[test]
    fn the_raw_bytes_are_what_is_verified() {
        // The same JSON with other whitespace is another body: refused.
        let body = body_at(1_700_000_000);
        let header = sign(SECRET, &body);
        let reserialized =
            serde_json::to_vec_pretty(&serde_json::from_slice::<serde_json::Value>(&body).unwrap())
                .unwrap();
        assert_eq!(
            verify_at(SECRET, &header, &reserialized, TOLERANCE, at(1_700_000_000)).unwrap_err(),
            WebhookError::BadSignature
        );
    }
}
