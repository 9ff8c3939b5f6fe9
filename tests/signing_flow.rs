//! The whole user action flow against the loopback fake Dfns, for every key
//! type: the mock verifies each signature with RustCrypto verifying keys and
//! accepts a token only for the exact bytes that were signed.

mod common;

use std::time::Duration;

use dfns::mock::DfnsMock;
use dfns::{Client, Error, KeyAlgorithm, KeySigner, Timestamp};

fn expiration() -> Timestamp {
    "2030-01-01T00:00:00Z".parse().unwrap()
}

/// A client of the mock with the mock's token and `signer`.
fn client_with(mock: &DfnsMock, signer: impl dfns::CredentialSigner + 'static) -> Client {
    Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(signer)
        .build()
        .unwrap()
}

async fn create_code(
    client: &Client,
) -> Result<dfns::ResponseValue<dfns::types::CreateCredentialCodeResponse>, Error> {
    client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration()))
        .send()
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_key_type_gets_a_code() {
    let mock = DfnsMock::start().await;
    for (i, (kind, pem)) in common::all_key_pems().into_iter().enumerate() {
        let cred_id = format!("cr-test-{i}");
        let signer = KeySigner::from_pem(&cred_id, &pem).unwrap_or_else(|e| panic!("{kind}: {e}"));
        mock.register_credential(&cred_id, &signer.public_key_pem())
            .unwrap();
        let client = client_with(&mock, signer);
        let response = create_code(&client)
            .await
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert!(!response.code.is_empty(), "{kind}");
        assert_eq!(response.expiration, "2030-01-01T00:00:00Z", "{kind}");

        let action = mock.user_actions().pop().unwrap();
        assert_eq!(action.credential_id, cred_id, "{kind}");
        assert!(action.consumed, "{kind}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn algorithms_are_detected_from_the_pem() {
    let expected = [
        KeyAlgorithm::Ed25519,
        KeyAlgorithm::EcdsaP256,
        KeyAlgorithm::EcdsaP256,
        KeyAlgorithm::EcdsaSecp256k1,
        KeyAlgorithm::EcdsaSecp256k1,
        KeyAlgorithm::RsaPkcs1Sha256,
        KeyAlgorithm::RsaPkcs1Sha256,
    ];
    for ((kind, pem), algorithm) in common::all_key_pems().into_iter().zip(expected) {
        assert_eq!(
            KeySigner::from_pem("c", &pem).unwrap().algorithm(),
            algorithm,
            "{kind}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_signed_payload_is_the_body_that_was_sent() {
    let mock = DfnsMock::start().await;
    let client = mock.client();
    client
        .create_credential_code()
        .body_map(|b| b.expiration(Timestamp::from_unix_seconds(1_893_456_000).unwrap()))
        .send()
        .await
        .unwrap();
    let action = &mock.user_actions()[0];
    assert_eq!(action.method, "POST");
    assert_eq!(action.path, "/auth/credentials/code");
    assert_eq!(action.payload, r#"{"expiration":1893456000}"#);
    // clientData is the compact JSON the key signed.
    let data: serde_json::Value = serde_json::from_str(&action.client_data).unwrap();
    assert_eq!(data["type"], "key.get");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_request_gets_a_fresh_signature() {
    let mock = DfnsMock::start().await;
    let client = mock.client();
    for _ in 0..3 {
        create_code(&client).await.unwrap();
    }
    let actions = mock.user_actions();
    assert_eq!(actions.len(), 3);
    assert!(actions.iter().all(|a| a.consumed));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_credential_dfns_does_not_allow_is_refused_before_sending() {
    let mock = DfnsMock::start().await;
    let stranger = KeySigner::from_pem("cr-stranger", &common::ed25519_pkcs8()).unwrap();
    let client = client_with(&mock, stranger);
    let err = create_code(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::CredentialNotAllowed { credential_id, .. } if credential_id == "cr-stranger")
    );
    let message = err.to_string();
    assert!(message.contains("cr-stranger"), "{message}");
    assert!(message.contains("not allowed"), "{message}");
    assert!(mock.user_actions().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_token_fails_before_any_network_io() {
    let mock = DfnsMock::start().await;
    // A base URL nothing listens on: any I/O would be a connection error.
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .signer(mock.signer())
        .build()
        .unwrap();
    let err = create_code(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::MissingAuthToken { operation } if operation == "create_credential_code"),
        "{err}"
    );
    assert!(err.to_string().contains("needs a bearer token"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_signer_fails_before_any_network_io() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .auth_token("t")
        .build()
        .unwrap();
    let err = create_code(&client).await.unwrap_err();
    assert!(
        err.to_string().contains("needs a user action signature"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_token_surfaces_dfns_message() {
    let mock = DfnsMock::start().await;
    let client = Client::builder()
        .base_url(mock.base_url())
        .auth_token("not-the-token")
        .signer(mock.signer())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let err = create_code(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.request().unwrap().operation, "user_action_challenge");
    let message = err.to_string();
    assert!(message.contains("401"), "{message}");
    assert!(message.contains("invalid bearer token"), "{message}");
    assert!(!message.contains("not-the-token"), "{message}");
}

#[test]
fn config_errors_are_dfns_errors() {
    let err = Client::builder().base_url("nope").build().unwrap_err();
    assert!(matches!(err, Error::Config(_)));
}

/// A signer whose signatures are wrong: the mock must refuse them, which
/// shows that the happy paths above were really verified.
#[derive(Debug)]
struct WrongKeySigner(KeySigner);

#[dfns::async_trait]
impl dfns::CredentialSigner for WrongKeySigner {
    fn credential_id(&self) -> &str {
        dfns::CredentialSigner::credential_id(&self.0)
    }
    async fn sign(
        &self,
        challenge: &dfns::UserActionChallenge,
    ) -> Result<dfns::KeyAssertion, dfns::SignerError> {
        let other = KeySigner::from_pem("x", &common::ed25519_pkcs8()).unwrap();
        let client_data = dfns::client_data_json(&challenge.challenge);
        let signature = other.sign_bytes(&client_data)?;
        Ok(dfns::KeyAssertion {
            client_data,
            signature,
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signature_from_another_key_is_rejected() {
    let mock = DfnsMock::start().await;
    let client = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(WrongKeySigner(mock.signer()))
        .build()
        .unwrap();
    let err = create_code(&client).await.unwrap_err();
    assert_eq!(err.dfns_message(), Some("invalid signature"), "{err}");
    assert!(mock.user_actions().is_empty());
}
