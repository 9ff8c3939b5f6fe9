//! A custody service's day on the whole API, offline: create a wallet,
//! stream the wallet list, transfer from the wallet, read the transfer
//! back, and abort it through an endpoint newer than the vendored document
//! (`Client::raw`).
//!
//! ```sh
//! cargo run --example custody_day
//! ```
//!
//! It always runs against `dfns::mock::DfnsMock`, a fake Dfns on loopback
//! that checks the bearer token and verifies every user action signature:
//! an example never moves real money. Point the same code at Dfns with
//! `Client::builder().auth_token(…).signer(…)` (see `create_credential_code`).

use std::error::Error;

use dfns::reqwest::Method;
use dfns::types::{CreateWalletBody, Network, TransferAssetBody, TransferRequest};
use futures_util::StreamExt as _;
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let mock = dfns::mock::DfnsMock::start().await;
    // Abort Transfer is in Dfns's docs (v2.0.155) but not in the vendored
    // document: the fake Dfns learns it here, the client calls it raw.
    mock.stub_raw(
        Method::PUT,
        "/wallets/{walletId}/transfers/{transferId}/abort",
        true, // "User Action Signature required", as its docs page says
        200,
        transfer_with_status("Failed"),
    );
    let client = mock.client();
    println!(
        "dfns {} (Dfns API v{}, {} operations), offline against {}",
        env!("CARGO_PKG_VERSION"),
        dfns::SPEC_VERSION,
        dfns::OPERATIONS.len(),
        mock.base_url()
    );

    // 1. A wallet (signed: a user action signature over the exact body).
    let wallet = client
        .create_wallet()
        .body(
            CreateWalletBody::builder()
                .network(Network::EthereumSepolia)
                .name(Some("treasury-hot-1".parse()?)),
        )
        .send()
        .await?;
    println!(
        "created wallet {} on {} ({:?})",
        wallet.id.as_str(),
        wallet.network,
        wallet.status
    );

    // The fake Dfns keeps no state: teach it this wallet and its transfer.
    teach_the_mock(&mock, &serde_json::to_value(&*wallet)?);

    // 2. Every wallet, page after page.
    let mut wallets = client.list_wallets().limit("50").stream();
    let mut count = 0;
    while let Some(listed) = wallets.next().await {
        let listed = listed?;
        count += 1;
        println!("  listed {} {}", listed.id.as_str(), listed.network);
    }
    println!("{count} wallet(s) listed");

    // 3. A transfer of 1.5 ETH, in wei: amounts are decimal strings.
    let transfer: TransferAssetBody = serde_json::from_value(json!({
        "kind": "Native",
        "to": "0x00e3495cf6af59008f22ffaf32d4c92ac33dac47",
        "amount": "1500000000000000000",
    }))?;
    let requested = client
        .transfer_asset()
        .wallet_id(wallet.id.as_str())
        .body(transfer)
        .send()
        .await?;
    println!(
        "transfer {} is {:?}",
        requested.id.as_str(),
        requested.status
    );

    // 4. Read it back.
    let fetched = client
        .get_transfer()
        .wallet_id(wallet.id.as_str())
        .transfer_id(requested.id.as_str())
        .send()
        .await?;
    println!("read back: {} {:?}", fetched.id.as_str(), fetched.status);

    // 5. A newer endpoint, signed, decoded into the generated type.
    let path = format!(
        "/wallets/{}/transfers/{}/abort",
        wallet.id.as_str(),
        requested.id.as_str()
    );
    let aborted: TransferRequest = client
        .raw(Method::PUT, &path)
        .user_action(true)
        .send_as()
        .await?;
    println!(
        "aborted through raw: {} {:?}",
        aborted.id.as_str(),
        aborted.status
    );

    let actions = mock.user_actions();
    println!(
        "(offline) the fake Dfns verified {} user action signatures: {}",
        actions.len(),
        actions
            .iter()
            .map(|a| format!("{} {}", a.method, a.path))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

const TRANSFER_ID: &str = "xfr-1f04s-lr3cn-9obnnfmq8jf6opai";

/// The mock's canned transfer with this id and status.
fn transfer_with_status(status: &str) -> serde_json::Value {
    let mut transfer = dfns::mock::canned_response("get_transfer").unwrap_or_default();
    transfer["id"] = json!(TRANSFER_ID);
    transfer["status"] = json!(status);
    transfer
}

/// Answers that follow from the wallet just created (`DfnsMock::stub`
/// checks each against the operation's response type).
fn teach_the_mock(mock: &dfns::mock::DfnsMock, wallet: &serde_json::Value) {
    mock.stub("list_wallets", json!({ "items": [wallet] }));
    let mut transfer = transfer_with_status("Pending");
    transfer["walletId"] = wallet["id"].clone();
    mock.stub("transfer_asset", transfer.clone());
    mock.stub("get_transfer", transfer);
}
