//! Delegated signing: challenge out, assertion in, request sent with the
//! token, the key never held by the client.

use dfns::mock::DfnsMock;
use dfns::{types, Client, CredentialSigner as _, Error, Timestamp};

mod common;

fn body(seconds: u64) -> types::CreateCredentialCodeBody {
    types::CreateCredentialCodeBody::builder()
        .expiration(Timestamp::from_unix_seconds(seconds).unwrap())
        .try_into()
        .unwrap()
}

/// Steps 1–3 of delegated signing for `body`, signed by the mock's key.
async fn token_for(mock: &DfnsMock, service: &Client, seconds: u64) -> dfns::UserActionToken {
    let path = "/auth/credentials/code";
    common::delegated_token(service, &mock.signer(), "POST", path, Some(&body(seconds))).await
}

async fn setup() -> (DfnsMock, Client) {
    let mock = DfnsMock::start().await;
    let service = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .build()
        .unwrap();
    (mock, service)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_signed_by_another_party_goes_through() {
    let (mock, service) = setup().await;
    let device = mock.signer();
    let challenge = service
        .user_action_challenge("post", "/auth/credentials/code", Some(&body(2_000_000_000)))
        .await
        .unwrap();
    let assertion = device.sign(&challenge).await.unwrap();
    let token = service
        .user_action_token(&challenge, device.credential_id(), &assertion)
        .await
        .unwrap();
    assert_eq!(format!("{token:?}"), "UserActionToken(<redacted>)");
    let code = service
        .with_user_action_token(token)
        .create_credential_code()
        .body(body(2_000_000_000))
        .send()
        .await
        .unwrap();
    assert!(!code.code.is_empty());
    let action = &mock.user_actions()[0];
    assert_eq!(
        (action.method.as_str(), action.payload.as_str()),
        ("POST", r#"{"expiration":2000000000}"#)
    );
    assert!(action.consumed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_only_fits_the_body_it_was_signed_for() {
    let (mock, service) = setup().await;
    let token = token_for(&mock, &service, 2_000_000_000).await;
    let err = service
        .with_user_action_token(token)
        .create_credential_code()
        .body(body(2_000_000_001))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
    assert_eq!(
        mock.hits("create_credential_code"),
        1,
        "not retried: the token is spent"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_serves_one_request() {
    let (mock, service) = setup().await;
    let token = token_for(&mock, &service, 2_000_000_000).await;
    let once = service.with_user_action_token(token);
    once.create_credential_code()
        .body(body(2_000_000_000))
        .send()
        .await
        .unwrap();
    let err = once
        .create_credential_code()
        .body(body(2_000_000_000))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::MissingSigner { .. }), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unlisted_credential_is_refused_before_sending_the_assertion() {
    let (mock, service) = setup().await;
    let challenge = service
        .user_action_challenge("POST", "/auth/credentials/code", Some(&body(2_000_000_000)))
        .await
        .unwrap();
    let assertion = mock.signer().sign(&challenge).await.unwrap();
    let err = service
        .user_action_token(&challenge, "cr-unknown", &assertion)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::CredentialNotAllowed { .. }), "{err}");
    assert!(mock.user_actions().is_empty());
}

#[test]
fn assertions_decode_from_base64url_with_or_without_padding() {
    let a = dfns::KeyAssertion::from_base64url("eyJ0eXBlIjoia2V5LmdldCJ9", "AAEC").unwrap();
    assert_eq!(a.client_data, br#"{"type":"key.get"}"#);
    assert_eq!(a.signature, [0, 1, 2]);
    assert!(dfns::KeyAssertion::from_base64url("eyJ0eXBlIjoia2V5LmdldCJ9==", "AAEC").is_ok());
    assert!(dfns::KeyAssertion::from_base64url("not base64!", "AAEC").is_err());
}
