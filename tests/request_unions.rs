//! Request bodies keep every key they are given or are refused, before
//! anything is signed (issue 25): on the whole API.
#![cfg(all(dfns_op = "create_stake_action", dfns_op = "get_swap"))]

use dfns::types::{CreateStakeActionBody, RequestSwapQuoteBodyTargetAsset, SwapRequestBody};
use serde_json::json;

/// A Babylon withdrawal has no `amount`; before, the untagged union took
/// that variant anyway and the amount was dropped from the signed body.
#[test]
fn a_stake_action_with_a_key_its_variant_lacks_is_refused() {
    let given = json!({"kind": "Withdraw", "protocol": "Babylon", "amount": "5"});
    let read = serde_json::from_value::<CreateStakeActionBody>(given.clone());
    assert!(
        read.is_err(),
        "decoded as {read:?}, which sends {:?}",
        read.as_ref().ok().map(|b| serde_json::to_value(b).unwrap())
    );
    // The crate's own way from JSON to a request says so too.
    let error = dfns::to_request::<CreateStakeActionBody>(&given).unwrap_err();
    assert!(matches!(error, dfns::Error::InvalidRequest(_)), "{error:?}");
    // Without the stray key, the same body is a Babylon withdrawal.
    let body: CreateStakeActionBody =
        serde_json::from_value(json!({"kind": "Withdraw", "protocol": "Babylon"})).unwrap();
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"kind": "Withdraw", "protocol": "Babylon"})
    );
}

/// A withdrawal that has an amount (Iota) keeps it, and every other key.
#[test]
fn a_stake_action_keeps_its_amount() {
    let given = json!({"kind": "Withdraw", "protocol": "Iota", "amount": "5", "externalId": "x-1"});
    let body: CreateStakeActionBody = serde_json::from_value(given.clone()).unwrap();
    assert_eq!(serde_json::to_value(&body).unwrap(), given);
}

/// `SwapRequestBody` (`anyOf [quote, {}]` in the document): a key this
/// version does not know is kept once, not written twice.
#[test]
fn a_swap_request_with_an_unknown_key_serializes_it_once() {
    let received: SwapRequestBody =
        serde_json::from_value(json!({"quoteId": "q-1", "newerKey": 7})).unwrap();
    let text = serde_json::to_string(&received).unwrap();
    assert_eq!(text.matches("newerKey").count(), 1, "{text}");
    let back: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back["newerKey"], 7);
}

/// The same with a whole quote echo, as Dfns sends it: the quote's keys
/// and an unknown one each appear once, and it reads back the same.
#[test]
fn a_whole_swap_request_echo_serializes_each_key_once() {
    let given = json!({
        "provider": "UniswapX",
        "quoteId": "q-1",
        "slippageBps": 50,
        "sourceAsset": {"kind": "Native", "amount": "1"},
        "targetAsset": {"kind": "Native", "amount": "2"},
        "walletId": "wa-00000-00000-00000000000000",
        "newerKey": 7
    });
    let received: SwapRequestBody = serde_json::from_value(given.clone()).unwrap();
    let text = serde_json::to_string(&received).unwrap();
    for key in ["quoteId", "walletId", "targetAsset", "newerKey"] {
        assert_eq!(
            text.matches(&format!("\"{key}\"")).count(),
            1,
            "{key}: {text}"
        );
    }
    let back: SwapRequestBody = serde_json::from_str(&text).unwrap();
    assert_eq!(
        serde_json::to_value(&back).unwrap(),
        serde_json::to_value(&received).unwrap()
    );
    assert!(serde_json::to_value(&back).unwrap()["quoteId"] == "q-1");
}

/// An adjacently tagged union (`kind` and `contract`) refuses a key it has
/// no place for instead of dropping it.
#[test]
fn a_swap_quote_asset_with_a_stray_key_is_refused() {
    let read = serde_json::from_value::<RequestSwapQuoteBodyTargetAsset>(
        json!({"kind": "Erc20", "contract": "0x0000000000000000000000000000000000000001", "amount": "5"}),
    );
    assert!(read.is_err(), "{read:?}");
    let read = serde_json::from_value::<RequestSwapQuoteBodyTargetAsset>(
        json!({"kind": "Erc20", "contract": "0x0000000000000000000000000000000000000001"}),
    );
    assert!(read.is_ok(), "{read:?}");
}

/// A tagged variant that is only its tag (a policy's `Block`, a swap's
/// `Native` target) refuses a key it does not have, like every other
/// variant: before, `{"kind":"Block","approvalGroups":[…]}` read as a
/// block and the approval groups were silently dropped before signing.
#[cfg(dfns_op = "create_policy")]
#[test]
fn a_variant_that_is_only_its_tag_refuses_a_key_it_lacks() {
    use dfns::types::{AliasModifyAction, WalletsSignAction};
    let groups = json!([{"name": "Admins", "quorum": 1, "approvers": {}}]);
    let block = json!({"kind": "Block", "approvalGroups": groups});
    assert!(serde_json::from_value::<WalletsSignAction>(block.clone()).is_err());
    assert!(serde_json::from_value::<AliasModifyAction>(block).is_err());
    let no_action = json!({"kind": "NoAction", "autoRejectTimeout": 60});
    assert!(serde_json::from_value::<WalletsSignAction>(no_action).is_err());
    // Adjacently tagged, `Native` refused this before (the change above):
    // kept as a guard.
    let native = json!({"kind": "Native", "amount": "5"});
    assert!(serde_json::from_value::<RequestSwapQuoteBodyTargetAsset>(native).is_err());
    // The tag alone still reads, and writes back the same.
    for (kind, value) in [
        (
            "Block",
            serde_json::to_value(
                serde_json::from_value::<WalletsSignAction>(json!({"kind": "Block"})).unwrap(),
            )
            .unwrap(),
        ),
        (
            "NoAction",
            serde_json::to_value(
                serde_json::from_value::<WalletsSignAction>(json!({"kind": "NoAction"})).unwrap(),
            )
            .unwrap(),
        ),
        (
            "Native",
            serde_json::to_value(
                serde_json::from_value::<RequestSwapQuoteBodyTargetAsset>(
                    json!({"kind": "Native"}),
                )
                .unwrap(),
            )
            .unwrap(),
        ),
    ] {
        assert_eq!(value, json!({"kind": kind}));
    }
}
