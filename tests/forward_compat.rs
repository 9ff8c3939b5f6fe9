//! An older crate against a newer server: values and fields the vendored
//! document does not know yet must not break parsing. These tests need the
//! wallet operations of the whole API (the vendored document); a build from
//! a document without them (a single docs page) compiles them out.
#![cfg(dfns_op = "get_wallet")]

use dfns::types::{Network, Wallet};
use serde_json::json;

fn wallet_json(network: &str) -> serde_json::Value {
    json!({
        "id": "wa-5pfuu-9euek-h0odgb6snva8ph3k",
        "network": network,
        "address": "0x00e3495cf6af59008f22ffaf32d4c92ac33dac47",
        "name": "trading hot wallet",
        "signingKey": {
            "id": "key-6ece3-9l565-xxxxxxxxxxxxxxxx",
            "scheme": "ECDSA",
            "curve": "secp256k1",
            "publicKey": "e2375c8c9e87bfcd0be8f29d76c818cabacd51584f72cb2222d49a13b036d84d3d"
        },
        "status": "Active",
        "dateCreated": "2023-04-14T20:41:28.715Z",
        "custodial": true,
        "tags": []
    })
}

#[test]
fn a_wallet_on_an_unknown_network_round_trips() {
    let sent = wallet_json("SomeChain2031");
    let wallet: Wallet = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(wallet.network, Network::Other("SomeChain2031".into()));
    assert_eq!(
        serde_json::to_value(&wallet).unwrap()["network"],
        "SomeChain2031"
    );
    assert_eq!(wallet.network.to_string(), "SomeChain2031");
}

#[test]
fn known_networks_stay_typed() {
    let wallet: Wallet = serde_json::from_value(wallet_json("Bitcoin")).unwrap();
    assert_eq!(wallet.network, Network::Bitcoin);
    assert_eq!("Bitcoin".parse::<Network>().unwrap(), Network::Bitcoin);
}

/// Parsing is for values a caller writes: a typo must fail before it is
/// signed and sent. `Other` is for what responses carry, and for a value
/// newer than the document, built on purpose.
#[test]
fn parsing_a_request_value_refuses_what_the_document_does_not_list() {
    for typo in ["ethereum", "Chain2031", "Bitcoin ", ""] {
        assert!(typo.parse::<Network>().is_err(), "{typo:?}");
        assert!(Network::try_from(typo).is_err(), "{typo:?}");
    }
    let body = dfns::types::CreateWalletBody::builder().network("ethereum");
    assert!(dfns::types::CreateWalletBody::try_from(body).is_err());
    let newer = Network::Other("Chain2031".into());
    let body = dfns::types::CreateWalletBody::builder().network(newer);
    let body = dfns::types::CreateWalletBody::try_from(body).unwrap();
    assert_eq!(serde_json::to_value(&body).unwrap()["network"], "Chain2031");
}

#[test]
fn unknown_fields_and_statuses_in_responses_are_accepted() {
    let mut sent = wallet_json("Bitcoin");
    sent["status"] = json!("Hibernating");
    sent["someFieldFrom2031"] = json!({"a": 1});
    let wallet: Wallet = serde_json::from_value(sent).unwrap();
    assert_eq!(
        serde_json::to_value(&wallet).unwrap()["status"],
        "Hibernating"
    );
}

#[test]
fn one_network_type_is_shared_by_requests_and_responses() {
    // The ~200 networks are one `types::Network`, not a copy per operation.
    let body = dfns::types::CreateWalletBody::builder().network(Network::Bitcoin);
    let body: dfns::types::CreateWalletBody = body.try_into().unwrap();
    assert_eq!(serde_json::to_value(&body).unwrap()["network"], "Bitcoin");
}

/// A transfer of a kind this version does not know (Dfns adds them:
/// `Sep41`, `Spl2022`, `Asa`, …) inside a `list_transfers` page: the page
/// decodes, the new transfer is kept as `Unknown` and serializes back as
/// received, and its neighbours stay typed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_transfer_kind_does_not_break_list_transfers() {
    use dfns::types::{TransferRequest, TransferRequestRequestBody};
    let mock = dfns::mock::DfnsMock::start().await;
    let mut page = dfns::mock::canned_response("list_transfers").unwrap();
    let known = page["items"][0].clone();
    let mut new_kind = known.clone();
    let request_body =
        json!({"kind": "Sep41", "to": "GA7Q", "amount": "1000", "asset": {"code": "X"}});
    new_kind["requestBody"] = request_body.clone();
    new_kind["id"] = json!("xfr-01jip-s9pis-newshape0000000");
    new_kind["status"] = json!("SomeStatus2031");
    new_kind["addedIn2031"] = json!({"a": 1});
    page["items"] = json!([known, new_kind.clone()]);
    mock.stub("list_transfers", page);
    let listed = mock
        .client()
        .list_transfers()
        .wallet_id("wa-5pfuu-9euek-h0odgb6snva8ph3k")
        .send()
        .await
        .expect("one new transfer kind must not fail the page");
    let items: &Vec<TransferRequest> = &listed.items;
    assert_eq!(items.len(), 2);
    assert!(!matches!(
        items[0].request_body,
        TransferRequestRequestBody::Unknown(_)
    ));
    assert!(matches!(
        items[1].request_body,
        TransferRequestRequestBody::Unknown(_)
    ));
    assert_eq!(items[1].unknown_fields["addedIn2031"], json!({"a": 1}));
    // A proxy or cache that serializes the page again loses nothing.
    let again = serde_json::to_value(&items[1]).unwrap();
    for key in ["requestBody", "id", "status", "addedIn2031"] {
        assert_eq!(again[key], new_kind[key], "{key}");
    }
}

/// The body a transfer echoes (`requestBody`) is a response type: lenient,
/// and another type than the request's. It reaches a new request only
/// through the strict type, which refuses what this version does not know,
/// and the request type itself never takes or sends unknown fields.
#[test]
fn a_received_request_body_is_sent_again_only_through_the_strict_type() {
    use dfns::types::{TransferAssetBody, TransferRequest};
    let native = json!({"kind": "Native", "to": "0x00e3495cf6af59008f22ffaf32d4c92ac33dac47", "amount": "1500000000000000000"});
    let mut transfer = dfns::mock::canned_response("get_transfer").unwrap();
    transfer["requestBody"] = native.clone();
    let received: TransferRequest = serde_json::from_value(transfer.clone()).unwrap();
    let again: TransferAssetBody = dfns::to_request(&received.request_body).unwrap();
    assert_eq!(serde_json::to_value(&again).unwrap(), native);

    // A field a newer server added inside a union's variant: such variants
    // do not keep unknown fields (a known limit: see CHANGELOG), so it is
    // lost on reading, and in any case never signed and sent again.
    let mut drifted = native.clone();
    drifted["addedIn2031"] = json!("x");
    transfer["requestBody"] = drifted.clone();
    let received: TransferRequest = serde_json::from_value(transfer).unwrap();
    let again: TransferAssetBody = dfns::to_request(&received.request_body).unwrap();
    assert_eq!(
        serde_json::to_value(&again).unwrap(),
        native,
        "the unknown key is not signed and sent again"
    );
    assert!(
        serde_json::from_value::<TransferAssetBody>(drifted).is_err(),
        "the request type stays strict"
    );

    // A response struct keeps what it does not know; that never becomes
    // part of a request.
    let mut wallet = dfns::mock::canned_response("get_wallet").unwrap();
    wallet["addedIn2031"] = json!(1);
    let wallet: dfns::types::Wallet = serde_json::from_value(wallet).unwrap();
    let err = dfns::to_request::<dfns::types::CreateWalletBody>(&wallet).unwrap_err();
    assert!(matches!(err, dfns::Error::InvalidRequest(_)), "{err}");
}
