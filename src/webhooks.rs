//! Verifying Dfns webhook deliveries.
//!
//! Dfns signs every delivery: the header [`SIGNATURE_HEADER`] is
//! `sha256=<hex HMAC-SHA256 of the raw body, keyed with the webhook's
//! secret>`, and the event's `timestampSent` (unix seconds) lets the
//! receiver refuse replays. [`verify`] checks both, on the raw body bytes
//! (never a re-serialization), comparing in constant time.
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
    /// The header is not `<algorithm>=<hex>`, or its hex is not 32 bytes.
    #[error("the {SIGNATURE_HEADER} header is malformed: expected `sha256=<64 hex digits>`")]
    MalformedSignature,
    /// The header names another algorithm than `sha256`.
    #[error("the {SIGNATURE_HEADER} header uses `{0}`; only `sha256` is accepted")]
    UnsupportedAlgorithm(String),
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
    let header = signature_header.trim();
    if header.is_empty() {
        return Err(WebhookError::MissingSignature);
    }
    let (algorithm, hex) = header
        .split_once('=')
        .ok_or(WebhookError::MalformedSignature)?;
    if !algorithm.trim().eq_ignore_ascii_case("sha256") {
        return Err(WebhookError::UnsupportedAlgorithm(
            algorithm.trim().to_owned(),
        ));
    }
    let signature = decode_hex(hex.trim()).ok_or(WebhookError::MalformedSignature)?;
    let mut mac = hmac_for(secret);
    mac.update(body);
    // Constant-time comparison.
    mac.verify_slice(&signature)
        .map_err(|_| WebhookError::BadSignature)?;
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

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
        .collect()
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
            check(SECRET, "sha256", &body, now),
            WebhookError::MalformedSignature
        );
        assert_eq!(
            check(SECRET, "sha256=abc", &body, now),
            WebhookError::MalformedSignature
        );
        assert_eq!(
            check(SECRET, &header.replace("sha256", "sha1"), &body, now),
            WebhookError::UnsupportedAlgorithm("sha1".into())
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
