//! Delegated signing: the service holds the bearer token, the end user's
//! device holds the credential key and signs. The service never sees a key.
//!
//! ```sh
//! cargo run --example delegated_signing
//! ```
//!
//! Runs against the local fake Dfns; the "device" is a `KeySigner` standing
//! in for the key on a phone, which would receive the challenge and send
//! back `clientData` and `signature` in base64url.

use std::error::Error;

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use dfns::{types, Client, CredentialSigner as _, KeyAssertion, Timestamp};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let mock = dfns::mock::DfnsMock::start().await;
    let device = mock.signer();
    // The service's client has a token but no signer.
    let service = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .build()?;

    // 1. The service decides the request and asks for its challenge.
    let body: types::CreateCredentialCodeBody = types::CreateCredentialCodeBody::builder()
        .expiration(Timestamp::from_unix_seconds(2_000_000_000)?)
        .try_into()?;
    let challenge = service
        .user_action_challenge("POST", "/auth/credentials/code", Some(&body))
        .await?;
    println!("1. challenge for the device: {}", challenge.challenge);

    // 2. The device signs and answers in base64url (here, in-process).
    let signed = device.sign(&challenge).await?;
    let (client_data, signature) = (
        URL_SAFE_NO_PAD.encode(&signed.client_data),
        URL_SAFE_NO_PAD.encode(&signed.signature),
    );
    println!(
        "2. device answered with a {}-byte signature",
        signed.signature.len()
    );

    // 3. The service trades the assertion for a single-use token…
    let assertion = KeyAssertion::from_base64url(&client_data, &signature)?;
    let token = service
        .user_action_token(&challenge, device.credential_id(), &assertion)
        .await?;
    println!("3. got {token:?}");

    // 4. …and sends exactly the body that was signed.
    let code = service
        .with_user_action_token(token)
        .create_credential_code()
        .body(body)
        .send()
        .await?;
    println!(
        "4. credential code: {} (expires {})",
        code.code, code.expiration
    );
    Ok(())
}
