//! The generated types of tests/fixtures/constructs.yaml, used as a user
//! would. CI builds the crate from that document and runs this file:
//! `DFNS_OPENAPI_SPEC=tests/fixtures/constructs.yaml cargo test --test constructs`.
#![cfg(dfns_op = "fixture_nullable")]

mod common;

use dfns::types::*;
use serde_json::json;

#[test]
fn nullable_fields_accept_null_and_required_ones_must_be_present() {
    let body: FixtureNullableBody =
        serde_json::from_value(json!({"note": null, "money": null})).unwrap();
    assert!(body.note.is_none() && body.money.is_none());
    // Required-but-nullable fields are sent as explicit nulls.
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"note": null, "money": null})
    );
    assert!(
        serde_json::from_value::<FixtureNullableBody>(json!({"money": null})).is_err(),
        "note is required"
    );
    let label: FixtureNullableBodyLabel = serde_json::from_value(json!(7)).unwrap();
    assert!(matches!(label, FixtureNullableBodyLabel::Integer(7)));
}

#[test]
fn request_bodies_are_strict_and_responses_lenient() {
    let unknown = json!({"note": "n", "money": null, "surprise": 1});
    assert!(serde_json::from_value::<FixtureNullableBody>(unknown).is_err());
    let response: FixtureBoundsResponse =
        serde_json::from_value(json!({"id": "x", "status": "Archived", "newField": true})).unwrap();
    assert_eq!(
        response.status,
        Some(FixtureBoundsResponseStatus::Other("Archived".into()))
    );
    assert_eq!(
        serde_json::to_value(&response).unwrap()["status"],
        "Archived"
    );
}

#[test]
fn exclusive_bounds_and_timestamps() {
    let ok = json!({"percent": 1, "expiration": "2030-01-01T00:00:00Z", "network": "Solana", "otherNetwork": "Bitcoin"});
    let body: FixtureBoundsBody = serde_json::from_value(ok).unwrap();
    assert_eq!(body.percent.get(), 1);
    assert_eq!(body.network, Some(Network::Solana));
    assert_eq!(body.other_network, Some(Network::Bitcoin));
    assert!(matches!(
        body.expiration,
        Some(dfns::Timestamp::DateTime(_))
    ));
    for bad in [
        json!({"percent": 0}),
        json!({"percent": 5, "ratio": "x"}),
        json!({"percent": 5, "expiration": 0}),
    ] {
        assert!(
            serde_json::from_value::<FixtureBoundsBody>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn tagged_unions_pick_the_variant_by_its_kind() {
    let native: Transfer =
        serde_json::from_value(json!({"kind": "Native", "amount": "1"})).unwrap();
    assert!(matches!(native, Transfer::NativeTransfer(_)));
    let token: Transfer =
        serde_json::from_value(json!({"kind": "Token", "contract": "0x1", "amount": "2"})).unwrap();
    assert!(matches!(token, Transfer::TokenTransfer(_)));
    let response: FixtureTransferResponse = serde_json::from_value(
        json!({"transfer": {"kind": "Native", "amount": "1"}, "previous": null}),
    )
    .unwrap();
    assert!(response.previous.is_none());
}

#[test]
fn combined_alternatives_decode_what_dfns_sends() {
    // Each of these shapes once made a type no value decodes into.
    let response = json!({
        "events": ["wallet.created", "*"],
        "gasLimit": "21000",
        "action": {"protocol": "Iota", "kind": "Deposit", "lockedIotas": ["a"]}
    });
    let decoded: FixtureCombinationsResponse = serde_json::from_value(response.clone()).unwrap();
    assert_eq!(serde_json::to_value(&decoded).unwrap(), response);
    for gas_limit in [json!(21000), json!("21000")] {
        let mut other = response.clone();
        other["gasLimit"] = gas_limit.clone();
        other["action"] = json!({"protocol": "Ethereum", "kind": "Withdraw"});
        let decoded: FixtureCombinationsResponse = serde_json::from_value(other).unwrap();
        assert_eq!(
            serde_json::to_value(&decoded).unwrap()["gasLimit"],
            gas_limit
        );
    }

    let body = json!({"protocol": "Babylon", "duration": 30.5, "externalId": "ext-1"});
    let decoded: FixtureCombinationsBody = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(serde_json::to_value(&decoded).unwrap(), body);
    for bad in [
        json!({"protocol": "Iota", "externalId": "ext-1"}),
        json!({"protocol": "Babylon", "duration": 30, "surprise": 1}),
    ] {
        assert!(
            serde_json::from_value::<FixtureCombinationsBody>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn twins_are_named_by_tag_and_signing_follows_the_spec() {
    let find = |n| dfns::Operation::find(n).unwrap_or_else(|| panic!("{n}"));
    assert_eq!(find("keys_list_signatures").path, "/fixtures/a/signatures");
    assert_eq!(
        find("wallets_list_signatures").path,
        "/fixtures/b/signatures"
    );
    assert!(find("fixture_bounds").requires_user_action);
    assert!(
        !find("fixture_nullable").requires_user_action,
        "a POST without a signature"
    );
    let client = dfns::Client::builder().build().unwrap();
    let _ = client.fixture_transfer();
    let _ = client.keys_list_signatures();
}

/// Delegated signing serializes the body twice (challenge, then request);
/// a map in it must give the same bytes both times, even when the service
/// rebuilt the body from JSON in between (a stateless handler).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_body_with_a_map_serializes_the_same_twice() {
    let mock = dfns::mock::DfnsMock::start().await;
    let service = dfns::Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .build()
        .unwrap();
    let types: serde_json::Map<String, serde_json::Value> = (0..20)
        .map(|i| (format!("Type{i:02}"), json!([format!("field{i}")])))
        .collect();
    let body: FixtureTypedDataBody = serde_json::from_value(json!({ "types": types })).unwrap();
    let token = common::delegated_token(
        &service,
        &mock.signer(),
        "POST",
        "/fixtures/typed-data",
        Some(&body),
    )
    .await;
    // The next handler has only the JSON it stored.
    let stored = serde_json::to_string(&body).unwrap();
    let rebuilt: FixtureTypedDataBody = serde_json::from_str(&stored).unwrap();
    service
        .with_user_action_token(token)
        .fixture_typed_data()
        .body(rebuilt)
        .send()
        .await
        .expect("the request carries the bytes that were signed");
    assert!(mock.user_actions()[0].consumed);
}

/// What a newer server sends decodes, and serializes back unchanged, in
/// every kind of union and field the document has (see `lenient_responses`).
#[test]
fn a_newer_server_s_additions_decode_and_round_trip() {
    let drift = json!({
        "id": "wa-01jip-s9pis-e1kph66br1k8e5ja",   // a new id shape
        "name": "",                                  // below minLength
        "amount": 1000,                              // a number for a string
        "count": "42",                               // a string for an integer
        "ratio": "0.5",                              // a string for a number
        "limit": "7",
        "status": "Suspended",                       // not the one value known
        "auth": {"addedIn2031": {"x": 1}},           // externally tagged: new key
        "event": {"kind": "Archived", "by": "us-1"}, // adjacently tagged: new kind
        "surprise": {"nested": [1, 2]}               // a new field
    });
    let decoded: FixtureDriftResponse = serde_json::from_value(drift.clone()).unwrap();
    assert_eq!(decoded.id.as_str(), "wa-01jip-s9pis-e1kph66br1k8e5ja");
    assert_eq!(decoded.name.as_str(), "");
    assert_eq!(decoded.amount.as_str(), "1000");
    assert_eq!(
        (decoded.count, decoded.ratio, decoded.limit),
        (42, 0.5, Some(7))
    );
    assert_eq!(
        decoded.status,
        FixtureDriftResponseStatus::Other("Suspended".into())
    );
    assert!(matches!(decoded.auth, FixtureDriftResponseAuth::Unknown(_)));
    assert!(matches!(decoded.event, Event::Unknown(_)));
    assert_eq!(
        decoded.unknown_fields["surprise"],
        json!({"nested": [1, 2]})
    );
    // A number whose digits parsing would lose is refused, never rounded
    // (wei: anything over about 18.4 ETH).
    let mut text = drift.to_string();
    text = text.replace(r#""amount":1000"#, r#""amount":123456789012345678901"#);
    let refused = serde_json::from_str::<FixtureDriftResponse>(&text).unwrap_err();
    assert!(
        refused.to_string().contains("rather than rounded"),
        "{refused}"
    );
    // Serialized back: the unknown parts exactly as received.
    let again = serde_json::to_value(&decoded).unwrap();
    for key in ["id", "name", "status", "auth", "event", "surprise"] {
        assert_eq!(again[key], drift[key], "{key}");
    }

    // A union that request bodies use too decodes a new kind, but cannot
    // be serialized, so it can never be sent.
    let transfer: Transfer = serde_json::from_value(json!({"kind": "Nft", "amount": "1"})).unwrap();
    assert!(matches!(transfer, Transfer::Unknown(_)));
    assert!(serde_json::to_value(&transfer).is_err());

    // Building the same values as request-side values still checks them.
    assert!(FixtureDriftResponseId::try_from("wa-01jip-s9pis-e1kph66br1k8e5ja").is_err());
    assert!(FixtureDriftResponseName::try_from("").is_err());
    assert!(FixtureDriftResponseAmount::try_from("1e3").is_err());
    // Request-only types keep their strict decoding.
    for bad in [
        json!({"percent": 0}),
        json!({"percent": "5"}),
        json!({"percent": 5, "surprise": 1}),
    ] {
        assert!(
            serde_json::from_value::<FixtureBoundsBody>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

/// A response still missing a field the document requires is an error
/// that says where.
#[test]
fn a_missing_required_field_is_still_an_error() {
    let err = serde_json::from_value::<FixtureDriftResponse>(json!({"id": "x"})).unwrap_err();
    assert!(err.to_string().contains("missing field"), "{err}");
}

/// A request body holding a variant the document does not know is refused
/// before anything is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_variant_is_never_sent() {
    let mock = dfns::mock::DfnsMock::start().await;
    let unknown: Transfer = serde_json::from_value(json!({"kind": "Nft", "amount": "1"})).unwrap();
    let err = mock
        .client()
        .fixture_transfer()
        .body(unknown)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, dfns::Error::InvalidRequest(_)), "{err}");
    assert_eq!(mock.hits("fixture_transfer"), 0);
}

/// An operation the generator cannot translate is left out, loudly; the
/// rest of the document is generated.
#[test]
fn an_untranslatable_operation_is_skipped_and_listed() {
    assert!(dfns::Operation::find("fixture_import_csv").is_none());
    let skipped: Vec<_> = dfns::SKIPPED_OPERATIONS.iter().map(|s| s.name).collect();
    assert_eq!(skipped, ["fixture_import_csv"]);
    assert!(dfns::SKIPPED_OPERATIONS[0].reason.contains("text/csv"));
}

/// A file upload: two parts, the `data` part signed, the checksum checked
/// by the fake Dfns; a retried upload is signed again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_file_upload_goes_through_the_mock() {
    let mock = dfns::mock::DfnsMock::start().await;
    let client = dfns::Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .retry_policy(dfns::RetryPolicy::default().backoff(
            std::time::Duration::from_millis(1),
            std::time::Duration::from_millis(2),
        ))
        .build()
        .unwrap();
    mock.queue_response("upload_clone_output", 429, &[("retry-after", "0")], "");
    let file = vec![0u8, 1, 2, 255, b'\r', b'\n'];
    let uploaded = client
        .upload_clone_output()
        .store_id("ks-1")
        .body_map(|b| b.wallet_id("wa-1"))
        .file(file.clone())
        .file_name("clone.bin")
        .send()
        .await
        .expect("the upload is signed over its data part");
    assert!(!uploaded.id.is_empty());
    assert_eq!(
        mock.hits("upload_clone_output"),
        2,
        "429, then a new signature"
    );
    let actions = mock.user_actions();
    assert_eq!(actions.len(), 2);
    assert!(actions.iter().all(|a| a.consumed));
    let data: serde_json::Value = serde_json::from_str(&actions[1].payload).unwrap();
    assert_eq!(data["walletId"], "wa-1");
    use sha2::Digest as _;
    let expected: String = sha2::Sha256::digest(&file)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(data["fileChecksum"], expected);
    assert_eq!(actions[1].path, "/fixtures/key-stores/ks-1/clone/output");
}

/// An upload without its file is refused before anything is sent; an
/// unsigned upload works with a bearer token alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_needs_its_file_and_unsigned_uploads_work() {
    let mock = dfns::mock::DfnsMock::start().await;
    let client = mock.client();
    let err = client
        .upload_genesis_output()
        .store_id("ks-1")
        .body_map(|b| b.note(Some("n".to_owned())))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, dfns::Error::InvalidRequest(_)), "{err}");
    assert_eq!(mock.hits("upload_genesis_output"), 0);
    client
        .upload_genesis_output()
        .store_id("ks-1")
        .file(b"genesis".to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(mock.hits("upload_genesis_output"), 1);
    assert!(mock.user_actions().is_empty(), "not a signed operation");
}

/// The same inline schema in two operations is one type, generated once;
/// every name it had still works, as a user would write it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn identical_schemas_are_one_type_under_every_name() {
    use std::any::TypeId;
    assert_eq!(
        TypeId::of::<FixtureHoldABody>(),
        TypeId::of::<FixtureHoldBBody>()
    );
    assert_eq!(
        TypeId::of::<builder::FixtureHoldABody>(),
        TypeId::of::<builder::FixtureHoldBBody>()
    );
    assert_eq!(
        TypeId::of::<FixtureHoldAResponse>(),
        TypeId::of::<FixtureHoldBResponse>()
    );
    // A body and a response of one schema differ: the body is strict, the
    // response keeps a new field and a new reason.
    assert_ne!(
        TypeId::of::<FixtureHoldABody>(),
        TypeId::of::<FixtureHoldAResponse>()
    );
    let newer = json!({"walletId": "wa-1", "reason": "Freeze", "until": 5});
    assert!(serde_json::from_value::<FixtureHoldBBody>(newer.clone()).is_err());
    let response: FixtureHoldBResponse = serde_json::from_value(newer.clone()).unwrap();
    assert_eq!(serde_json::to_value(&response).unwrap(), newer);

    // Struct literal, pattern and variant paths through either name.
    let body = FixtureHoldBBody {
        wallet_id: "wa-1".parse().unwrap(),
        reason: FixtureHoldBBodyReason::Audit,
    };
    let FixtureHoldABody {
        reason: FixtureHoldABodyReason::Audit,
        ..
    } = &body
    else {
        panic!("{body:?}")
    };
    assert!(
        "".parse::<FixtureHoldABodyWalletId>().is_err(),
        "minLength still checked"
    );
    let mock = dfns::mock::DfnsMock::start().await;
    let client = mock.client();
    let held = client.fixture_hold_a().body(body).send().await.unwrap();
    assert_eq!(held.wallet_id.as_str(), "wa-1");
    let built = builder::FixtureHoldABody::default()
        .wallet_id("wa-2")
        .reason(FixtureHoldBBodyReason::Dispute);
    client.fixture_hold_b().body(built).send().await.unwrap();
    assert_eq!(
        (mock.hits("fixture_hold_a"), mock.hits("fixture_hold_b")),
        (1, 1)
    );
}

#[test]
fn a_webhook_event_of_the_document_decodes_typed_and_lenient() {
    use dfns::webhooks::{verify_event, Event, EVENT_KINDS};
    assert_eq!(
        EVENT_KINDS,
        ["fixture.thing.happened", "self", "x.ERC20-moved"]
    );
    assert!(dfns::mock::canned_event("x.ERC20-moved").is_some());
    let mut event = dfns::mock::canned_event("fixture.thing.happened").unwrap();
    event["data"]["state"] = "Archived".into();
    event["data"]["money"]["fee"] = "1".into();
    let body = event.to_string();
    let header = dfns::webhooks::sign("s", body.as_bytes());
    let decoded = verify_event(
        "s",
        &header,
        body.as_bytes(),
        std::time::Duration::from_secs(60),
    );
    match decoded.unwrap() {
        Event::FixtureThingHappened { data, info } => {
            assert_eq!(info.kind, "fixture.thing.happened");
            assert_eq!(data.state.to_string(), "Archived");
            assert_eq!(
                serde_json::to_value(&data.money).unwrap()["fee"],
                "1",
                "kept"
            );
        }
        other => panic!("{other:?}"),
    }
    // The request side of `Money` stays strict.
    assert!(
        serde_json::from_value::<Money>(json!({"amount": "1", "currency": "EUR", "fee": "1"}))
            .is_err()
    );
}
