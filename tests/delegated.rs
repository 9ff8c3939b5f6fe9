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
    let delegated = service.with_user_action_token(token);
    let err = delegated
        .create_credential_code()
        .body(body(2_000_000_001))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains("body differs")),
        "{err}"
    );
    assert_eq!(mock.hits("create_credential_code"), 0, "nothing was sent");
    // The token is still there for the request it was issued for.
    delegated
        .create_credential_code()
        .body(body(2_000_000_000))
        .send()
        .await
        .unwrap();
    assert_eq!(mock.hits("create_credential_code"), 1);
}

/// The service's client has its own signer; the client derived for an end
/// user's token never signs with it: not after the token is spent, not for
/// another request, not in a clone on another task.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegated_client_never_falls_back_to_the_services_signer() {
    let mock = DfnsMock::start().await;
    let service = mock.client(); // has the mock's own signer
    let token = token_for(&mock, &service, 2_000_000_000).await;
    let delegated = service.with_user_action_token(token);

    // Another request than the one the token was issued for.
    let err = delegated
        .create_credential_code()
        .body(body(2_000_000_005))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err}");

    // The one request, from two clones in two tasks: sent once.
    let tasks: Vec<_> = (0..2)
        .map(|_| {
            let client = delegated.clone();
            tokio::spawn(async move {
                client
                    .create_credential_code()
                    .body(body(2_000_000_000))
                    .send()
                    .await
                    .map(|code| code.into_inner().code)
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    assert_eq!(
        outcomes.iter().filter(|o| o.is_ok()).count(),
        1,
        "{outcomes:?}"
    );
    let refused = outcomes.into_iter().find_map(Result::err).unwrap();
    assert!(
        matches!(&refused, Error::InvalidRequest(m) if m.contains("already used")),
        "{refused}"
    );

    // And after it is spent.
    let err = delegated
        .create_credential_code()
        .body(body(2_000_000_000))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err}");

    assert_eq!(mock.hits("create_credential_code"), 1);
    let actions = mock.user_actions();
    assert_eq!(actions.len(), 1, "only the end user's action was signed");
    assert!(actions[0].consumed);
}

/// A stateless service keeps the challenge between two handlers: it
/// serializes with the request it was issued for.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_challenge_kept_as_json_still_binds_its_token() {
    let (mock, service) = setup().await;
    let challenge = service
        .user_action_challenge("POST", "/auth/credentials/code", Some(&body(2_000_000_000)))
        .await
        .unwrap();
    let kept = serde_json::to_string(&challenge).unwrap();
    let restored: dfns::UserActionChallenge = serde_json::from_str(&kept).unwrap();
    assert_eq!(restored, challenge);
    let device = mock.signer();
    let assertion = device.sign(&restored).await.unwrap();
    let token = service
        .user_action_token(&restored, device.credential_id(), &assertion)
        .await
        .unwrap();
    let delegated = service.with_user_action_token(token);
    let err = delegated
        .create_credential_code()
        .body(body(2_000_000_001))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err}");
    delegated
        .create_credential_code()
        .body(body(2_000_000_000))
        .send()
        .await
        .unwrap();
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
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains("already used")),
        "{err}"
    );
    assert_eq!(mock.hits("create_credential_code"), 1);
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
