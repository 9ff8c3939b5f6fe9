//! An older crate against a newer server: values and fields the vendored
//! document does not know yet must not break parsing. These tests need the
//! full API (`Wallet`); CI runs them with the v1.578.2 document:
//! `DFNS_OPENAPI_SPEC=../shared/spec/dfns-openapi-1.578.2.yaml cargo test --test forward_compat`.
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
    assert_eq!(
        "Chain2031".parse::<Network>().unwrap(),
        Network::Other("Chain2031".into())
    );
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
