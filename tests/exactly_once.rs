//! Money moves once: transfers, transactions and signatures carry an
//! `externalId` (the caller's or one the client sets), are retried after a
//! lost answer with the very same bytes, and create one entity. Against
//! the crate's mock, which keeps Dfns's idempotency contract and counts
//! what it created; on the whole API, in tokio's multi-thread runtime.
#![cfg(dfns_op = "transfer_asset")]

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dfns::mock::{DfnsMock, LostAnswer};
use dfns::reqwest::Method;
use dfns::{CredentialSigner, KeyAssertion, SignerError, UserActionChallenge};
use serde_json::{json, Value};

const WALLET: &str = "wa-1f04s-lqc9q-86rs4v1qbgrvqg3p";

fn transfer(fields: Value) -> dfns::types::TransferAssetBody {
    let mut body = json!({"kind": "Native", "to": "0xb0b", "amount": "123456789012345678901"});
    for (k, v) in fields.as_object().unwrap() {
        body[k] = v.clone();
    }
    serde_json::from_value(body).unwrap()
}

/// A client of the mock whose attempts time out after 300 ms.
fn client(mock: &DfnsMock) -> dfns::Client {
    builder(mock).build().unwrap()
}

fn builder(mock: &DfnsMock) -> dfns::ClientBuilder {
    dfns::Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .timeout(Duration::from_millis(300))
        .retry_policy(common::fast_retries())
}

async fn send(
    client: &dfns::Client,
    body: dfns::types::TransferAssetBody,
) -> Result<dfns::types::TransferRequest, dfns::Error> {
    client
        .transfer_asset()
        .wallet_id(WALLET)
        .body(body)
        .send()
        .await
        .map(dfns::ResponseValue::into_inner)
}

/// The bodies the transfers were signed over, one per attempt (the mock
/// checks each request's body is the one signed).
fn signed_bodies(mock: &DfnsMock) -> Vec<Value> {
    mock.user_actions()
        .into_iter()
        .filter(|a| a.path.ends_with("/transfers"))
        .map(|a| {
            assert!(a.consumed, "every token was used by its request");
            serde_json::from_str(&a.payload).unwrap()
        })
        .collect()
}

/// Each attempt sent exactly the first attempt's bytes, with one key.
fn assert_one_body(mock: &DfnsMock, attempts: usize) -> String {
    let payloads: Vec<String> = mock
        .user_actions()
        .into_iter()
        .filter(|a| a.path.ends_with("/transfers"))
        .map(|a| a.payload)
        .collect();
    assert_eq!(payloads.len(), attempts, "{payloads:?}");
    assert!(payloads.iter().all(|p| *p == payloads[0]), "{payloads:?}");
    let first: Value = serde_json::from_str(&payloads[0]).unwrap();
    // The amount travels with every digit.
    assert_eq!(first["amount"], "123456789012345678901");
    first["externalId"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_answer_is_retried_and_one_transfer_exists() {
    let mock = DfnsMock::start().await;
    mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    let created = send(&client(&mock), transfer(json!({}))).await.unwrap();
    assert_eq!(mock.created("transfer_asset"), 1);
    assert_eq!(mock.hits("transfer_asset"), 2);
    let key = assert_one_body(&mock, 2);
    assert_eq!(key.len(), 36, "a UUID: {key}");
    assert_eq!(created.external_id.as_deref(), Some(key.as_str()));
    assert_eq!(created.id, "xfr-mock-0001");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_500_after_executing_is_retried_and_one_transfer_exists() {
    let mock = DfnsMock::start().await;
    mock.lose_answer("transfer_asset", LostAnswer::Status(500));
    mock.lose_answer("transfer_asset", LostAnswer::Status(503));
    let created = send(&client(&mock), transfer(json!({}))).await.unwrap();
    assert_eq!(mock.created("transfer_asset"), 1);
    assert_eq!(mock.hits("transfer_asset"), 3);
    let key = assert_one_body(&mock, 3);
    assert_eq!(created.external_id, Some(key));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_answer_before_the_timeout_is_retried_and_one_transfer_exists() {
    let mock = DfnsMock::start().await;
    mock.lose_answer(
        "transfer_asset",
        LostAnswer::Silence(Duration::from_secs(5)),
    );
    let created = send(&client(&mock), transfer(json!({}))).await.unwrap();
    assert_eq!(mock.created("transfer_asset"), 1);
    assert_eq!(mock.hits("transfer_asset"), 2);
    assert_eq!(created.external_id, Some(assert_one_body(&mock, 2)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_callers_own_external_id_is_kept() {
    let mock = DfnsMock::start().await;
    mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    let body = transfer(json!({"externalId": "payment-42"}));
    let created = send(&client(&mock), body).await.unwrap();
    assert_eq!(assert_one_body(&mock, 2), "payment-42");
    assert_eq!(created.external_id.as_deref(), Some("payment-42"));
    assert_eq!(mock.created("transfer_asset"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sending_the_same_transfer_again_returns_the_first_one() {
    let mock = DfnsMock::start().await;
    let client = client(&mock);
    let body = transfer(json!({"externalId": "payment-7"}));
    let first = send(&client, body.clone()).await.unwrap();
    let again = send(&client, body).await.unwrap();
    assert_eq!(first.id, again.id);
    assert_eq!(mock.created("transfer_asset"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reused_key_with_another_body_names_the_first_transfer_and_is_not_retried() {
    let mock = DfnsMock::start().await;
    let client = client(&mock);
    let first = send(&client, transfer(json!({"externalId": "payment-9"})))
        .await
        .unwrap();
    let other = transfer(json!({"externalId": "payment-9", "amount": "5"}));
    let e = send(&client, other).await.unwrap_err();
    assert_eq!(e.status(), Some(409));
    assert_eq!(e.duplicate_of(), Some(first.id.as_str()));
    assert_eq!(e.external_id(), Some("payment-9"));
    assert!(!e.may_have_executed(), "{e}");
    assert_eq!(mock.hits("transfer_asset"), 2, "a 409 is not retried");
    assert_eq!(mock.created("transfer_asset"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn turned_off_a_transfer_without_key_is_sent_once() {
    let mock = DfnsMock::start().await;
    mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    let client = builder(&mock).auto_external_id(false).build().unwrap();
    let e = send(&client, transfer(json!({}))).await.unwrap_err();
    assert!(e.may_have_executed(), "{e}");
    assert_eq!(e.external_id(), None);
    assert_eq!(mock.hits("transfer_asset"), 1);
    assert_eq!(signed_bodies(&mock)[0].get("externalId"), None);
    // A key of the caller's own still makes it safe to retry.
    mock.lose_answer("transfer_asset", LostAnswer::Status(502));
    send(&client, transfer(json!({"externalId": "payment-1"})))
        .await
        .unwrap();
    assert_eq!(mock.hits("transfer_asset"), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_retries_run_out_the_error_carries_the_key() {
    let mock = DfnsMock::start().await;
    for _ in 0..3 {
        mock.lose_answer("transfer_asset", LostAnswer::Status(503));
    }
    let e = send(&client(&mock), transfer(json!({}))).await.unwrap_err();
    assert!(e.may_have_executed(), "{e}");
    assert_eq!(e.status(), Some(503));
    let key = assert_one_body(&mock, 3);
    assert_eq!(e.external_id(), Some(key.as_str()));
    assert!(e.to_string().contains(&key), "{e}");
    assert_eq!(mock.created("transfer_asset"), 1);
    // The key finds the transfer: sending the body again returns it.
    let body = transfer(json!({"externalId": key}));
    let found = send(&client(&mock), body).await.unwrap();
    assert_eq!(found.id, "xfr-mock-0001");
    assert_eq!(mock.created("transfer_asset"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deadline_ends_the_retries_and_keeps_the_key() {
    let mock = DfnsMock::start().await;
    for _ in 0..3 {
        mock.lose_answer(
            "transfer_asset",
            LostAnswer::Silence(Duration::from_secs(5)),
        );
    }
    let client = builder(&mock)
        .operation_timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let e = send(&client, transfer(json!({}))).await.unwrap_err();
    assert!(matches!(e, dfns::Error::Timeout { .. }), "{e}");
    assert!(e.may_have_executed(), "{e}");
    assert_eq!(e.external_id().map(str::len), Some(36), "{e}");
}

/// Signs once, then fails: a retry that cannot be signed.
#[derive(Debug)]
struct SignsOnce {
    inner: dfns::KeySigner,
    calls: AtomicUsize,
}

#[dfns::async_trait]
impl CredentialSigner for SignsOnce {
    fn credential_id(&self) -> &str {
        self.inner.credential_id()
    }

    async fn sign(&self, challenge: &UserActionChallenge) -> Result<KeyAssertion, SignerError> {
        if self.calls.fetch_add(1, Ordering::SeqCst) > 0 {
            return Err(SignerError::new("the HSM is unreachable"));
        }
        self.inner.sign(challenge).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_that_cannot_be_signed_still_says_the_transfer_may_have_moved() {
    let mock = DfnsMock::start().await;
    mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    let signer = SignsOnce {
        inner: mock.signer(),
        calls: AtomicUsize::new(0),
    };
    let client = builder(&mock).signer(signer).build().unwrap();
    let e = send(&client, transfer(json!({}))).await.unwrap_err();
    assert!(e.may_have_executed(), "{e}");
    assert!(e.external_id().is_some(), "{e}");
    assert!(matches!(e, dfns::Error::Transport { .. }), "{e:?}");
    assert_eq!(mock.created("transfer_asset"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_idempotent_operation_gets_a_key_even_called_raw() {
    let mock = DfnsMock::start().await;
    let client = client(&mock);
    for entry in dfns::IDEMPOTENT_OPERATIONS {
        let op = dfns::OPERATIONS
            .iter()
            .find(|op| op.method == entry.method && op.path == entry.path)
            .expect("the whole API has every idempotent operation");
        let path = entry
            .path
            .replace("{walletId}", WALLET)
            .replace("{keyId}", "key-1");
        mock.lose_answer(op.name, LostAnswer::Dropped);
        let answer = client
            .raw(Method::POST, &path)
            .user_action(true)
            .json(&json!({"kind": "Hash", "hash": "0x01"}))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", op.name));
        assert_eq!(mock.created(op.name), 1, "{}", op.name);
        assert_eq!(mock.hits(op.name), 2, "{}", op.name);
        let key = answer[entry.key_field].as_str().unwrap_or_default();
        assert_eq!(key.len(), 36, "{}: {answer}", op.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_transfers_in_spawned_tasks_each_move_once() {
    let mock = Arc::new(DfnsMock::start().await);
    for _ in 0..4 {
        mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    }
    let client = client(&mock);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { send(&client, transfer(json!({}))).await })
        })
        .collect();
    let mut ids = Vec::new();
    for task in tasks {
        ids.push(task.await.unwrap().unwrap().id);
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 8);
    assert_eq!(mock.created("transfer_asset"), 8);
    assert_eq!(mock.hits("transfer_asset"), 12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delegated_transfers_need_their_key_before_the_challenge() {
    let mock = DfnsMock::start().await;
    let service = client(&mock);
    let path = format!("/wallets/{WALLET}/transfers");
    let without = transfer(json!({}));
    let e = service
        .user_action_challenge("POST", &path, Some(&without))
        .await
        .unwrap_err();
    assert!(matches!(e, dfns::Error::InvalidRequest(_)), "{e}");
    assert!(e.to_string().contains("externalId"), "{e}");
    assert!(mock.user_actions().is_empty(), "nothing was sent");

    // With a key: a lost answer, then a new token over the same body.
    let body = transfer(json!({"externalId": dfns::new_external_id().unwrap()}));
    let signer = mock.signer();
    mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    let token = common::delegated_token(&service, &signer, "POST", &path, Some(&body)).await;
    let e = send(&service.with_user_action_token(token), body.clone())
        .await
        .unwrap_err();
    assert!(e.may_have_executed(), "{e}");
    assert!(e.external_id().is_some(), "{e}");
    let token = common::delegated_token(&service, &signer, "POST", &path, Some(&body)).await;
    let created = send(&service.with_user_action_token(token), body)
        .await
        .unwrap();
    assert_eq!(created.id, "xfr-mock-0001");
    assert_eq!(mock.created("transfer_asset"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_whose_key_cannot_be_read_is_refused_before_sending() {
    let mock = DfnsMock::start().await;
    let e = client(&mock)
        .raw(Method::POST, &format!("/wallets/{WALLET}/transfers"))
        .user_action(true)
        .json(&json!({"kind": "Native", "externalId": 42}))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(e, dfns::Error::InvalidRequest(_)), "{e}");
    assert!(mock.user_actions().is_empty());
    assert_eq!(mock.hits("transfer_asset"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_answer_after_an_attempt_that_may_have_executed_says_so() {
    let mock = DfnsMock::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let path = format!("/wallets/{WALLET}/transfers");
    mock.mock_async(move |when, then| {
        when.method("POST").path(path);
        then.respond_with(move |_| {
            // A 503 (it may have executed), then a refusal.
            let status = if counter.fetch_add(1, Ordering::SeqCst) == 0 {
                503
            } else {
                422
            };
            dfns::mock::httpmock::HttpMockResponse::builder()
                .status(status)
                .body(r#"{"error":{"message":"no"}}"#)
                .build()
        });
    })
    .await;
    let e = send(&client(&mock), transfer(json!({}))).await.unwrap_err();
    assert_eq!(e.status(), Some(422));
    assert!(e.may_have_executed(), "the first attempt may have run: {e}");
    assert!(e.external_id().is_some());
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

/// Answers the transfers path with `statuses` in turn (then 200 with a
/// transfer), counting the calls: a Dfns that is still busy with the
/// first attempt, behind the mock's signing endpoints.
async fn script_transfers(mock: &DfnsMock, statuses: Vec<(u16, &'static str)>) -> Arc<AtomicUsize> {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let transfer = dfns::mock::canned_response("transfer_asset")
        .unwrap()
        .to_string();
    mock.mock_async(move |when, then| {
        when.method("POST")
            .path(format!("/wallets/{WALLET}/transfers"));
        then.respond_with(move |_| {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            let (status, headers_and_body) = statuses.get(n).copied().unwrap_or((200, ""));
            let mut response = dfns::mock::httpmock::HttpMockResponse::builder().status(status);
            let body = match headers_and_body.split_once('\n') {
                Some((retry_after, body)) => {
                    response = response.header("retry-after", retry_after);
                    body.to_owned()
                }
                None if status == 200 => transfer.clone(),
                None => headers_and_body.to_owned(),
            };
            response.body(body).build()
        });
    })
    .await;
    calls
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conflict_with_the_calls_own_earlier_attempt_is_retried() {
    let mock = DfnsMock::start().await;
    let conflict = r#"{"error":{"status":409,"message":"Conflicting transfer with same externalId","details":{"duplicate":{"id":"xfr-1","externalId":"k"}}}}"#;
    let calls = script_transfers(&mock, vec![(503, "{}"), (409, conflict)]).await;
    send(&client(&mock), transfer(json!({}))).await.unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_503s_retry_after_is_honoured() {
    let mock = DfnsMock::start().await;
    // Longer than the policy's longest `Retry-After`: no retry.
    let calls = script_transfers(&mock, vec![(503, "3600\n{}")]).await;
    let e = send(&client(&mock), transfer(json!({}))).await.unwrap_err();
    assert_eq!(e.status(), Some(503));
    assert!(e.may_have_executed() && e.external_id().is_some(), "{e}");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegated_transfer_path_in_another_spelling_still_needs_its_key() {
    let mock = DfnsMock::start().await;
    let service = client(&mock);
    for path in [
        format!("/wallets/{WALLET}/transfers/"),
        format!("/Wallets/{WALLET}/Transfers"),
    ] {
        let e = service
            .user_action_challenge("POST", &path, Some(&transfer(json!({}))))
            .await
            .unwrap_err();
        assert!(e.to_string().contains("externalId"), "{path}: {e}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mock_keeps_a_stubbed_transfer_as_given() {
    let mock = DfnsMock::start().await;
    let mut stubbed = dfns::mock::canned_response("transfer_asset").unwrap();
    stubbed["id"] = "xfr-mine".into();
    mock.stub("transfer_asset", stubbed);
    mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    let created = send(&client(&mock), transfer(json!({}))).await.unwrap();
    assert_eq!(created.id, "xfr-mine");
    assert_eq!(mock.created("transfer_asset"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_request_does_not_use_up_a_lost_answer() {
    let mock = DfnsMock::start().await;
    mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    // Unsigned: Dfns (and the mock) refuse it; that answer is not lost.
    let unsigned = dfns::reqwest::Client::new()
        .post(format!("{}/wallets/{WALLET}/transfers", mock.base_url()))
        .bearer_auth(mock.auth_token())
        .body(r#"{"kind":"Native","to":"0xb0b","amount":"1"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 401);
    send(&client(&mock), transfer(json!({}))).await.unwrap();
    assert_eq!(
        mock.hits("transfer_asset"),
        3,
        "the refusal, the lost answer, the retry"
    );
    assert_eq!(mock.created("transfer_asset"), 1);
}
