//! What `dfns::mock::DfnsMock` (feature `mock`) gives your tests: a fake
//! Dfns on loopback that checks tokens and signatures, answers every
//! operation of the spec, and plays the answers you script.
//!
//! ```sh
//! cargo run --example mock
//! ```

use dfns::mock::{canned_response, check_response, DfnsMock};
use dfns::{Timestamp, OPERATIONS};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), dfns::Error> {
    let mock = DfnsMock::start().await;
    let client = mock.client();
    let expiration = Timestamp::from_unix_seconds(2_000_000_000).expect("> 0");
    const OP: &str = "create_credential_code";

    // 1. Every operation answers out of the box, with a body built from its
    //    response schema (request fields of the same name are echoed).
    println!("operations the mock serves: {}", OPERATIONS.len());
    println!("canned {OP}: {}", canned_response(OP).unwrap_or_default());
    let code = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration))
        .send()
        .await?;
    println!("default answer: {:?}", code.into_inner());

    // 2. A body of your own, checked against the response type first.
    let drifted = json!({"code": "ABC"});
    println!(
        "a stub without `expiration` is refused: {}",
        check_response(OP, &drifted).unwrap_err()
    );
    mock.stub(
        OP,
        json!({"code": "ABC-123", "expiration": "2033-05-18T03:33:20Z"}),
    );
    let code = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration))
        .send()
        .await?;
    println!("stubbed answer: {}", code.into_inner().code);

    // 3. A scripted answer for the next call only: here, policy approval pending.
    mock.queue_response(OP, 202, &[], r#"{"id":"ap-1","status":"Pending"}"#);
    let pending = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration))
        .send()
        .await
        .unwrap_err();
    println!(
        "scripted answer: policy pending = {}",
        pending.is_policy_pending()
    );

    // 4. What the mock saw: three calls, each signed by the mock's credential.
    println!(
        "{OP} was called {} times; signed user actions: {}",
        mock.hits(OP),
        mock.user_actions().len()
    );
    Ok(())
}
