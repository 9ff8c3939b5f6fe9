//! From what Dfns sent to what a request may carry.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::Error;

/// A value read from a response, as the strict type a request takes:
/// everything the request type checks (required fields, patterns, bounds,
/// no unknown fields) is checked, and a failure is
/// [`Error::InvalidRequest`] naming the JSON path, before anything is sent.
///
/// Response types are lenient (they keep what a newer server adds) and
/// are other Rust types than request types, so a received value cannot be
/// put in a request without this step: re-sending the body a transfer
/// echoes (`requestBody`) with a field this version does not know would
/// sign and send that field.
///
/// ```no_run
/// # async fn run(client: dfns::Client, received: dfns::types::TransferRequest) -> Result<(), dfns::Error> {
/// let again: dfns::types::TransferAssetBody = dfns::to_request(&received.request_body)?;
/// client.transfer_asset().wallet_id(received.wallet_id.as_str()).body(again).send().await?;
/// # Ok(()) }
/// ```
///
/// Without it, it does not compile:
///
/// ```compile_fail
/// # async fn run(client: dfns::Client, received: dfns::types::TransferRequest) {
/// client.transfer_asset().wallet_id("wa-1").body(received.request_body).send().await;
/// # }
/// ```
pub fn to_request<T: DeserializeOwned>(received: &impl Serialize) -> Result<T, Error> {
    let value = serde_json::to_value(received).map_err(|e| {
        Error::InvalidRequest(format!("the received value cannot be read back: {e}"))
    })?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        Error::InvalidRequest(format!(
            "the received value is not a valid request at `{}`: {}",
            e.path(),
            e.inner()
        ))
    })
}
