//! Typed webhook events generated from the document's `webhooks`: each
//! decodes from a signed delivery, a tampered one is refused, a kind the
//! document does not know is `Unknown` with its body intact. On the whole
//! API and on a docs page without webhooks (only `Unknown`).

use std::time::Duration;

use dfns::mock::{canned_event, DfnsMock};
use dfns::webhooks::{verify_event, Event, WebhookError, EVENT_KINDS, SIGNATURE_HEADER};
use serde_json::{json, Value};

const SECRET: &str = "whsec-test-secret";
const TOLERANCE: Duration = Duration::from_secs(300);

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn signed(event: &Value) -> (String, String) {
    let body = event.to_string();
    let header = dfns::webhooks::sign(SECRET, body.as_bytes());
    (body, header)
}

#[test]
fn every_event_of_the_document_decodes_typed_and_refuses_tampering() {
    for kind in EVENT_KINDS {
        let event = canned_event(kind).unwrap_or_else(|| panic!("{kind} has a canned event"));
        let (body, header) = signed(&event);
        let decoded = verify_event(SECRET, &header, body.as_bytes(), TOLERANCE)
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert!(!matches!(decoded, Event::Unknown { .. }), "{kind} is typed");
        assert_eq!(decoded.kind(), *kind);
        assert_eq!(decoded.id(), event["id"].as_str().unwrap());
        assert_eq!(decoded.info().delivery_attempt, Some(1));
        let tampered = body.replacen("\"data\":{", "\"data\":{\"x\":1,", 1);
        assert_eq!(
            verify_event(SECRET, &header, tampered.as_bytes(), TOLERANCE).unwrap_err(),
            WebhookError::BadSignature,
            "{kind}"
        );
    }
}

#[test]
#[cfg(dfns_op = "transfer_asset")]
fn the_whole_api_has_the_transfer_events_and_their_data_is_typed() {
    for kind in [
        "wallet.transfer.requested",
        "wallet.transfer.broadcasted",
        "wallet.transfer.confirmed",
        "wallet.transfer.failed",
        "wallet.transfer.rejected",
    ] {
        assert!(EVENT_KINDS.contains(&kind), "{kind}");
    }
    let mut event = canned_event("wallet.transfer.confirmed").unwrap();
    assert_eq!(event["data"]["transferRequest"]["status"], "Confirmed");
    assert_eq!(
        canned_event("wallet.transfer.broadcasted").unwrap()["data"]["transferRequest"]["status"],
        "Broadcasted"
    );
    event["data"]["transferRequest"]["id"] = "xfr-42".into();
    // What a newer server adds decodes and is kept.
    event["data"]["transferRequest"]["status"] = "Finalized".into();
    event["data"]["newField"] = json!({"a": 1});
    event["retryOf"] = "whe-0".into();
    event["deliveryAttempt"] = "2".into();
    let (body, header) = signed(&event);
    match verify_event(SECRET, &header, body.as_bytes(), TOLERANCE).unwrap() {
        Event::WalletTransferConfirmed { info, data } => {
            assert_eq!(data.transfer_request.id, "xfr-42");
            assert_eq!(data.transfer_request.status.to_string(), "Finalized");
            assert_eq!(data.unknown_fields["newField"], json!({"a": 1}));
            assert_eq!(info.retry_of.as_deref(), Some("whe-0"));
            assert_eq!(info.delivery_attempt, Some(2));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
#[cfg(dfns_op = "transfer_asset")]
fn a_known_kind_whose_data_does_not_decode_says_where_without_values() {
    let mut event = canned_event("wallet.transfer.confirmed").unwrap();
    event["data"]["transferRequest"]["id"] = json!({"secret": "S3CRET"});
    let (body, header) = signed(&event);
    let e = verify_event(SECRET, &header, body.as_bytes(), TOLERANCE).unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, WebhookError::Undecodable { .. }), "{e}");
    assert!(text.contains("transferRequest.id"), "{text}");
    assert!(!text.contains("S3CRET"), "{text}");
    assert!(!format!("{e:?}").contains("S3CRET"), "{e:?}");
    // Nothing is lost: the authentic body is in the error.
    assert_eq!(e.verified_body(), Some(body.as_bytes()));
}

#[test]
fn an_unknown_kind_is_unknown_with_its_body_intact() {
    let event = json!({
        "id": "whe-1", "kind": "wallet.blockchainevent.detected", "date": "2026-12-01T10:00:00Z",
        "data": {"blockchainEvent": {"kind": "NativeTransfer", "value": "123456789012345678901"}},
        "timestampSent": now(), "deliveryAttempt": 1
    });
    let (body, header) = signed(&event);
    match verify_event(SECRET, &header, body.as_bytes(), TOLERANCE).unwrap() {
        Event::Unknown { kind, info, body } => {
            assert_eq!(kind, "wallet.blockchainevent.detected");
            assert_eq!(info.id, "whe-1");
            assert_eq!(body, event);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_retry_of_a_handled_event_is_not_a_first_delivery() {
    let seen = dfns::webhooks::SeenEvents::new(Duration::from_secs(2 * 24 * 3600));
    let event = |id: &str, retry_of: Option<&str>| {
        let mut event = json!({"id": id, "kind": "k", "data": {}, "timestampSent": now()});
        if let Some(first) = retry_of {
            event["retryOf"] = first.into();
            event["deliveryAttempt"] = 2.into();
        }
        let (body, header) = signed(&event);
        verify_event(SECRET, &header, body.as_bytes(), TOLERANCE).unwrap()
    };
    assert!(seen.first_delivery_of(&event("whe-1", None)));
    assert!(!seen.first_delivery_of(&event("whe-2", Some("whe-1"))));
    // A retry of the retry, however it names its origin.
    assert!(!seen.first_delivery_of(&event("whe-3", Some("whe-2"))));
    assert!(seen.first_delivery_of(&event("whe-4", None)));
}

#[test]
fn an_event_without_its_envelope_is_refused() {
    let event = json!({"kind": "wallet.transfer.confirmed", "timestampSent": now()});
    let (body, header) = signed(&event);
    let e = verify_event(SECRET, &header, body.as_bytes(), TOLERANCE).unwrap_err();
    assert!(e.to_string().contains("missing field `id`"), "{e}");
}

/// The mock delivers to a service's endpoint as Dfns does; the endpoint
/// (here an httpmock handler, as an axum handler would) verifies it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mock_delivers_signed_events_a_handler_verifies() {
    let mock = DfnsMock::start().await;
    let service = httpmock::MockServer::start_async().await;
    let endpoint = service
        .mock_async(|when, then| {
            when.method("POST").path("/dfns-webhooks");
            then.respond_with(|req| {
                let header = req
                    .headers()
                    .get(SIGNATURE_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let status = match verify_event(SECRET, &header, req.body_ref(), TOLERANCE) {
                    Ok(_) => 200,
                    Err(_) => 400,
                };
                httpmock::HttpMockResponse::builder().status(status).build()
            });
        })
        .await;
    let url = format!("{}/dfns-webhooks", service.base_url());
    let event = match EVENT_KINDS.first() {
        Some(kind) => canned_event(kind).unwrap(),
        None => json!({"id": "whe-1", "kind": "k", "data": {}, "timestampSent": now()}),
    };
    assert_eq!(mock.deliver_event(&url, SECRET, &event).await.unwrap(), 200);
    assert_eq!(
        mock.deliver_event(&url, "another secret", &event)
            .await
            .unwrap(),
        400
    );
    assert_eq!(endpoint.calls_async().await, 2);
}
