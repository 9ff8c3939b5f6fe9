//! Receiving Dfns webhooks: verify the signature and the timestamp on the
//! raw body, then handle the typed event. Shown with plain `http` types; in
//! an axum handler the same three inputs are the `HeaderMap`, the `Bytes`
//! body and your webhook secret.
//!
//! `cargo run --example webhooks`

use std::time::Duration;

use dfns::webhooks::{self, Event, SeenEvents, WebhookError, SIGNATURE_HEADER};

/// What your endpoint does with one delivery.
fn handle(secret: &str, seen: &SeenEvents, request: &http::Request<Vec<u8>>) -> http::StatusCode {
    let header = request
        .headers()
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let event =
        match webhooks::verify_event(secret, header, request.body(), Duration::from_secs(300)) {
            Ok(event) => event,
            Err(e @ (WebhookError::Stale { .. } | WebhookError::FromTheFuture { .. })) => {
                println!("refused (replay protection): {e}");
                return http::StatusCode::BAD_REQUEST;
            }
            Err(e) => {
                println!("refused: {e}");
                return http::StatusCode::UNAUTHORIZED;
            }
        };
    // At least once: the same event may come again, or as a retry (a new
    // id, `retryOf` the old one); answer 200 and move on.
    if !seen.first_delivery_of(&event) {
        return http::StatusCode::OK;
    }
    match &event {
        Event::WalletTransferConfirmed { data, .. } => {
            println!("transfer {} confirmed", data.transfer_request.id)
        }
        Event::WalletTransferFailed { data, .. } | Event::WalletTransferRejected { data, .. } => {
            println!("transfer {} did not go through", data.transfer_request.id)
        }
        Event::Unknown { kind, .. } => println!("a {kind} event this service does not handle"),
        other => println!("{} event {}", other.kind(), other.id()),
    }
    http::StatusCode::OK
}

fn delivery(body: &str, signature: &str) -> http::Request<Vec<u8>> {
    http::Request::post("/dfns/webhooks")
        .header(SIGNATURE_HEADER, signature)
        .body(body.as_bytes().to_vec())
        .expect("a valid request")
}

fn main() {
    let secret = "whsec-example";
    // Dfns retries for about a day: remember ids for longer.
    let seen = SeenEvents::new(Duration::from_secs(2 * 24 * 3600));
    let mut event = dfns::mock::canned_event("wallet.transfer.confirmed")
        .expect("the vendored document has transfer events");
    event["data"]["transferRequest"]["id"] = "xfr-1".into();
    let body = event.to_string();
    // What Dfns would send, twice (at least once):
    let genuine = delivery(&body, &webhooks::sign(secret, body.as_bytes()));
    assert_eq!(handle(secret, &seen, &genuine), http::StatusCode::OK);
    assert_eq!(handle(secret, &seen, &genuine), http::StatusCode::OK);
    // A forgery and a replay of an old delivery:
    let forged = delivery(&body, &webhooks::sign("guessed", body.as_bytes()));
    assert_eq!(
        handle(secret, &seen, &forged),
        http::StatusCode::UNAUTHORIZED
    );
    let sent = event["timestampSent"].as_u64().expect("a timestamp");
    let old = body.replace(&sent.to_string(), &(sent - 3600).to_string());
    let replayed = delivery(&old, &webhooks::sign(secret, old.as_bytes()));
    assert_eq!(
        handle(secret, &seen, &replayed),
        http::StatusCode::BAD_REQUEST
    );
}
