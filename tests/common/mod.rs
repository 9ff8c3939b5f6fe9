//! Test helpers: freshly generated keys of every supported type.
#![allow(dead_code)]

use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::EncodePrivateKey as _;

fn random32() -> [u8; 32] {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).unwrap();
    seed
}

/// A PKCS#8 PEM for each key type Dfns accepts, freshly generated.
pub fn ed25519_pkcs8() -> String {
    ed25519_dalek::SigningKey::from_bytes(&random32())
        .to_pkcs8_pem(LineEnding::LF)
        .unwrap()
        .to_string()
}

pub fn p256_secret() -> p256::SecretKey {
    loop {
        if let Ok(k) = p256::SecretKey::from_slice(&random32()) {
            return k;
        }
    }
}

pub fn k256_secret() -> k256::SecretKey {
    loop {
        if let Ok(k) = k256::SecretKey::from_slice(&random32()) {
            return k;
        }
    }
}

pub fn p256_pkcs8() -> String {
    p256_secret()
        .to_pkcs8_pem(LineEnding::LF)
        .unwrap()
        .to_string()
}

pub fn k256_pkcs8() -> String {
    k256_secret()
        .to_pkcs8_pem(LineEnding::LF)
        .unwrap()
        .to_string()
}

pub fn rsa_key() -> rsa::PrivateKey {
    use rsa::Generate as _;
    rsa::PrivateKey::generate()
}

pub fn rsa_pkcs8() -> String {
    rsa_key().to_pkcs8_pem(LineEnding::LF).unwrap().to_string()
}

/// Every supported key type with a PEM in each encoding Dfns users have:
/// (description, PEM text).
pub fn all_key_pems() -> Vec<(&'static str, String)> {
    use rsa::pkcs1::EncodeRsaPrivateKey as _;
    let rsa = rsa_key();
    vec![
        ("Ed25519 PKCS#8", ed25519_pkcs8()),
        ("P-256 PKCS#8", p256_pkcs8()),
        (
            "P-256 SEC1",
            p256_secret()
                .to_sec1_pem(LineEnding::LF)
                .unwrap()
                .to_string(),
        ),
        ("secp256k1 PKCS#8", k256_pkcs8()),
        (
            "secp256k1 SEC1",
            k256_secret()
                .to_sec1_pem(LineEnding::LF)
                .unwrap()
                .to_string(),
        ),
        (
            "RSA PKCS#8",
            rsa.to_pkcs8_pem(LineEnding::LF).unwrap().to_string(),
        ),
        (
            "RSA PKCS#1",
            rsa.to_pkcs1_pem(LineEnding::LF).unwrap().to_string(),
        ),
    ]
}

/// Steps 1–3 of delegated signing: the challenge for `method path body`,
/// signed by `signer`, traded for a user action token.
pub async fn delegated_token<B: serde::Serialize>(
    service: &dfns::Client,
    signer: &dfns::KeySigner,
    method: &str,
    path: &str,
    body: Option<&B>,
) -> dfns::UserActionToken {
    use dfns::CredentialSigner as _;
    let challenge = service
        .user_action_challenge(method, path, body)
        .await
        .unwrap();
    let assertion = signer.sign(&challenge).await.unwrap();
    service
        .user_action_token(&challenge, signer.credential_id(), &assertion)
        .await
        .unwrap()
}

/// Calls `create_credential_code` (expiring in 2033) and returns the code.
#[cfg(dfns_op = "create_credential_code")]
pub async fn create_code(client: &dfns::Client) -> Result<String, dfns::Error> {
    let expiration = dfns::Timestamp::from_unix_seconds(2_000_000_000).unwrap();
    let response = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration))
        .send()
        .await?;
    Ok(response.into_inner().code)
}

/// A challenge answer that allows credential `cr-1`, for fake servers.
pub const CHALLENGE_FOR_CR_1: &str = r#"{"challenge":"c","challengeIdentifier":"ci","allowCredentials":{"key":[{"type":"public-key","id":"cr-1"}],"webauthn":[]}}"#;

/// Retries with waits of a few milliseconds, so retry tests run fast.
pub fn fast_retries() -> dfns::RetryPolicy {
    dfns::RetryPolicy::default().backoff(
        std::time::Duration::from_millis(1),
        std::time::Duration::from_millis(5),
    )
}
