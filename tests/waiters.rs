//! Waiting for a transfer (or transaction, or signature) to settle without
//! webhooks: polls of the generated get operation against the mock, in
//! tokio's multi-thread runtime and in spawned tasks.
#![cfg(dfns_op = "get_transfer")]

use std::time::Duration;

use dfns::mock::DfnsMock;
use dfns::Wait;

/// Polls as often as a waiter may, for tests.
fn quick(deadline: Duration) -> Wait {
    Wait::new(deadline).poll_interval(dfns::MIN_POLL_INTERVAL, dfns::MIN_POLL_INTERVAL)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transfer_is_followed_from_pending_to_confirmed() {
    let mock = DfnsMock::start().await;
    mock.script_statuses(
        "get_transfer",
        &["Pending", "Executing", "Broadcasted", "Confirmed"],
    );
    let client = mock.client();
    // In a spawned task: the waiter's future is `Send`.
    let transfer = tokio::spawn(async move {
        client
            .wait_transfer("wa-1", "xfr-1", quick(Duration::from_secs(10)))
            .await
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(transfer.status.to_string(), "Confirmed");
    assert_eq!(mock.hits("get_transfer"), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_and_rejected_end_the_wait_too() {
    for end in ["Failed", "Rejected"] {
        let mock = DfnsMock::start().await;
        mock.script_statuses("get_transfer", &["Pending", end]);
        let transfer = mock
            .client()
            .wait_transfer("wa-1", "xfr-1", quick(Duration::from_secs(10)))
            .await
            .unwrap();
        assert_eq!(transfer.status.to_string(), end);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deadline_ends_the_wait_with_the_last_status_seen() {
    let mock = DfnsMock::start().await;
    mock.script_statuses("get_transfer", &["Pending", "Broadcasted"]);
    let e = mock
        .client()
        .wait_transfer("wa-1", "xfr-9", quick(Duration::from_millis(300)))
        .await
        .unwrap_err();
    match &e {
        dfns::Error::NotSettled {
            what,
            id,
            last_status,
            ..
        } => {
            assert_eq!((*what, id.as_str()), ("transfer", "xfr-9"));
            assert_eq!(last_status.as_deref(), Some("Broadcasted"));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        e.to_string().contains("last status seen: Broadcasted"),
        "{e}"
    );
    assert!(!e.may_have_executed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_status_the_document_does_not_know_is_terminal_only_when_said() {
    let mock = DfnsMock::start().await;
    mock.script_statuses("get_transfer", &["Pending", "Finalized"]);
    let client = mock.client();
    let e = client
        .wait_transfer("wa-1", "xfr-1", quick(Duration::from_millis(300)))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("Finalized"), "{e}");
    let transfer = client
        .wait_transfer(
            "wa-1",
            "xfr-1",
            quick(Duration::from_secs(10)).also_terminal("Finalized"),
        )
        .await
        .unwrap();
    assert_eq!(transfer.status.to_string(), "Finalized");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_from_a_poll_ends_the_wait() {
    let mock = DfnsMock::start().await;
    mock.queue_response(
        "get_transfer",
        404,
        &[],
        r#"{"error":{"message":"not found"}}"#,
    );
    let e = mock
        .client()
        .wait_transfer("wa-1", "xfr-404", quick(Duration::from_secs(10)))
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(404));
    assert_eq!(mock.hits("get_transfer"), 1);
}

#[cfg(all(
    dfns_op = "get_transaction",
    dfns_op = "wallets_get_signature",
    dfns_op = "keys_get_signature"
))]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transactions_and_signatures_settle_too() {
    let mock = DfnsMock::start().await;
    mock.script_statuses("get_transaction", &["Pending", "Confirmed"]);
    mock.script_statuses("wallets_get_signature", &["Pending", "Signed"]);
    mock.script_statuses("keys_get_signature", &["Executing", "Rejected"]);
    let client = mock.client();
    let deadline = || quick(Duration::from_secs(10));
    let tx = client
        .wait_transaction("wa-1", "tx-1", deadline())
        .await
        .unwrap();
    assert_eq!(tx.status.to_string(), "Confirmed");
    let sig = client
        .wait_wallet_signature("wa-1", "sig-1", deadline())
        .await
        .unwrap();
    assert_eq!(sig.status.to_string(), "Signed");
    let sig = client
        .wait_key_signature("key-1", "sig-2", deadline())
        .await
        .unwrap();
    assert_eq!(sig.status.to_string(), "Rejected");
}

#[cfg(dfns_op = "wallets_get_signature")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signature_can_be_waited_for_past_signed_and_scripts_replace_each_other() {
    let mock = DfnsMock::start().await;
    mock.script_statuses("wallets_get_signature", &["Pending", "Broadcasted"]);
    mock.script_statuses("wallets_get_signature", &["Pending", "Signed", "Confirmed"]);
    let client = mock.client();
    let wait = quick(Duration::from_secs(10)).only_terminal(["Confirmed", "Failed", "Rejected"]);
    let signature = client
        .wait_wallet_signature("wa-1", "sig-1", wait)
        .await
        .unwrap();
    assert_eq!(signature.status.to_string(), "Confirmed");
    assert_eq!(
        mock.hits("wallets_get_signature"),
        3,
        "the first script is gone"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polls_are_never_closer_than_the_minimum() {
    let mock = DfnsMock::start().await;
    mock.script_statuses("get_transfer", &["Pending"]);
    let wait = Wait::new(Duration::from_millis(450)).poll_interval(Duration::ZERO, Duration::ZERO);
    let e = mock
        .client()
        .wait_transfer("wa-1", "xfr-1", wait)
        .await
        .unwrap_err();
    assert!(matches!(e, dfns::Error::NotSettled { .. }), "{e}");
    // 450 ms at one poll per 50–100 ms at most: far from a busy loop.
    assert!(
        mock.hits("get_transfer") <= 11,
        "{}",
        mock.hits("get_transfer")
    );
}
