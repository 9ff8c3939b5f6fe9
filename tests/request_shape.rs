//! The exact HTTP exchanges the client makes, seen by a plain httpmock server.

use dfns::mock::httpmock::{Method::POST, MockServer};
use dfns::{Client, KeySigner, Timestamp};
use ed25519_dalek::pkcs8::{spki::der::pem::LineEnding, EncodePrivateKey as _};
use serde_json::json;

const BODY: &str = r#"{"expiration":"2030-01-01T00:00:00Z"}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_credential_code_sends_the_documented_requests() {
    let server = MockServer::start_async().await;
    let pem = ed25519_dalek::SigningKey::from_bytes(&[9; 32])
        .to_pkcs8_pem(LineEnding::LF)
        .unwrap();
    let signer = KeySigner::from_pem("cr-1", &pem).unwrap();
    let verifying = ed25519_dalek::SigningKey::from_bytes(&[9; 32]).verifying_key();

    let init = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/auth/action/init")
                .header("authorization", "Bearer tok")
                .header("content-type", "application/json")
                .json_body(json!({
                    "userActionPayload": BODY,
                    "userActionHttpMethod": "POST",
                    "userActionHttpPath": "/auth/credentials/code",
                    "userActionServerKind": "Api"
                }));
            then.status(200).json_body(json!({
                "challenge": "Y2hhbGxlbmdl",
                "challengeIdentifier": "ci-1",
                "allowCredentials": {"key": [{"type": "public-key", "id": "cr-1"}], "webauthn": []}
            }));
        })
        .await;
    let action = server
        .mock_async(move |when, then| {
            when.method(POST)
                .path("/auth/action")
                .header("authorization", "Bearer tok")
                .is_true(move |req| {
                    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
                    let body: serde_json::Value = serde_json::from_slice(req.body_ref()).unwrap();
                    let a = &body["firstFactor"]["credentialAssertion"];
                    let data = URL_SAFE_NO_PAD.decode(a["clientData"].as_str().unwrap()).unwrap();
                    let sig = URL_SAFE_NO_PAD.decode(a["signature"].as_str().unwrap()).unwrap();
                    let sig = ed25519_dalek::Signature::from_slice(&sig).unwrap();
                    body["challengeIdentifier"] == "ci-1"
                        && body["firstFactor"]["kind"] == "Key"
                        && a["credId"] == "cr-1"
                        && data
                            == br#"{"type":"key.get","challenge":"Y2hhbGxlbmdl","origin":"https://app.dfns.io","crossOrigin":false}"#
                        && verifying.verify_strict(&data, &sig).is_ok()
                });
            then.status(200).json_body(json!({"userAction": "ua-token"}));
        })
        .await;
    let create = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/auth/credentials/code")
                .header("authorization", "Bearer tok")
                .header("x-dfns-useraction", "ua-token")
                .header("content-type", "application/json")
                .header("user-agent", dfns::USER_AGENT)
                .body(BODY);
            then.status(200)
                .json_body(json!({"code": "ABC", "expiration": "2030-01-01T00:00:00Z"}));
        })
        .await;

    let client = Client::builder()
        .base_url(server.base_url())
        .auth_token("tok")
        .signer(signer)
        .build()
        .unwrap();
    let expiration: Timestamp = "2030-01-01T00:00:00Z".parse().unwrap();
    let response = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration))
        .send()
        .await
        .unwrap();

    assert_eq!(response.code, "ABC");
    init.assert_calls_async(1).await;
    action.assert_calls_async(1).await;
    create.assert_calls_async(1).await;
    assert!(dfns::USER_AGENT.starts_with("dfns-rust/0."));
}
