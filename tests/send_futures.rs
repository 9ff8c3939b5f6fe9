//! Every future a user awaits is `Send`, so it can run in `tokio::spawn`
//! and axum handlers on tokio's multi-thread runtime. These are
//! compile-time checks: this file does not build if one is not.

#![allow(dead_code)]

use std::future::Future;

fn require_send<F: Future + Send>(_: F) {}

// `every_operation_future_is_send`: generated at build time from the
// operation table, so it covers whatever document the crate was built from.
include!(concat!(env!("OUT_DIR"), "/send_check.rs"));

fn delegated_signing_futures_are_send(
    client: &dfns::Client,
    body: &serde_json::Value,
    challenge: &dfns::UserActionChallenge,
    assertion: &dfns::KeyAssertion,
) {
    require_send(client.user_action_challenge("POST", "/auth/credentials/code", Some(body)));
    require_send(client.user_action_challenge::<()>("GET", "/auth/credentials", None));
    require_send(client.user_action_token(challenge, "cr-1", assertion));
}

fn signer_futures_are_send(signer: &dfns::KeySigner, challenge: &dfns::UserActionChallenge) {
    use dfns::CredentialSigner as _;
    require_send(signer.sign(challenge));
}

fn mock_futures_are_send(mock: std::sync::Arc<dfns::mock::DfnsMock>) {
    require_send(dfns::mock::DfnsMock::start());
    // As a test task would use it: owned by the spawned future.
    require_send(async move {
        let added = mock
            .mock_async(|when, then| {
                when.path("/x");
                then.status(200);
            })
            .await;
        added.calls_async().await
    });
}

#[test]
fn every_future_a_user_awaits_is_send() {
    // The checks above are type checks: reaching this test means they passed.
    let generated = include_str!(concat!(env!("OUT_DIR"), "/send_check.rs"));
    assert_eq!(
        generated.matches("require_send(").count(),
        dfns::OPERATIONS.len(),
        "the generated check must cover every operation"
    );
}
