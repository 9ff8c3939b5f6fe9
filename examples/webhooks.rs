//! Receiving Dfns webhooks: verify the signature and the timestamp on the
//! raw body, then read the event. Shown with plain `http` types; in an axum
//! handler the same three inputs are the `HeaderMap`, the `Bytes` body and
//! your webhook secret.
//!
//! `cargo run --example webhooks`

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use dfns::webhooks::{self, WebhookError, SIGNATURE_HEADER};

/// What your endpoint does with one delivery.
fn handle(secret: &str, request: &http::Request<Vec<u8>>) -> http::StatusCode {
    let header = request
        .headers()
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    match webhooks::verify(secret, header, request.body(), Duration::from_secs(300)) {
        Ok(event) => {
            println!("verified {} event {}", event["kind"], event["id"]);
            http::StatusCode::OK
        }
        Err(e @ (WebhookError::Stale { .. } | WebhookError::FromTheFuture { .. })) => {
            println!("refused (replay protection): {e}");
            http::StatusCode::BAD_REQUEST
        }
        Err(e) => {
            println!("refused: {e}");
            http::StatusCode::UNAUTHORIZED
        }
    }
}

fn delivery(body: &str, signature: &str) -> http::Request<Vec<u8>> {
    http::Request::post("/dfns/webhooks")
        .header(SIGNATURE_HEADER, signature)
        .body(body.as_bytes().to_vec())
        .expect("a valid request")
}

fn main() {
    let secret = "whsec-example";
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    let body = format!(
        r#"{{"id":"wh-1","kind":"wallet.created","timestampSent":{now},"data":{{"walletId":"wa-1"}}}}"#
    );
    // What Dfns would send:
    let genuine = delivery(&body, &webhooks::sign(secret, body.as_bytes()));
    assert_eq!(handle(secret, &genuine), http::StatusCode::OK);
    // A forgery and a replay of an old delivery:
    let forged = delivery(&body, &webhooks::sign("guessed", body.as_bytes()));
    assert_eq!(handle(secret, &forged), http::StatusCode::UNAUTHORIZED);
    let old = body.replace(&now.to_string(), &(now - 3600).to_string());
    let replayed = delivery(&old, &webhooks::sign(secret, old.as_bytes()));
    assert_eq!(handle(secret, &replayed), http::StatusCode::BAD_REQUEST);
}
