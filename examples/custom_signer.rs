//! A signer whose key lives elsewhere (an HSM, a cloud KMS, another
//! process): implement `CredentialSigner`. Here the "KMS" is a task that
//! owns the key and answers signing requests over a channel.
//!
//! ```sh
//! cargo run --example custom_signer
//! ```

use dfns::{
    Client, CredentialSigner, KeyAssertion, KeySigner, SignerError, Timestamp, UserActionChallenge,
};
use tokio::sync::{mpsc, oneshot};

/// The client side of the "KMS": it only knows how to ask for signatures.
#[derive(Debug)]
struct KmsSigner {
    credential_id: String,
    requests: mpsc::Sender<(Vec<u8>, KmsReply)>,
}

/// Where the "KMS" sends a signature, or why it could not sign.
type KmsReply = oneshot::Sender<Result<Vec<u8>, SignerError>>;

#[dfns::async_trait]
impl CredentialSigner for KmsSigner {
    fn credential_id(&self) -> &str {
        &self.credential_id
    }

    async fn sign(&self, challenge: &UserActionChallenge) -> Result<KeyAssertion, SignerError> {
        let client_data = dfns::client_data_json(&challenge.challenge);
        let (reply, answer) = oneshot::channel();
        self.requests
            .send((client_data.clone(), reply))
            .await
            .map_err(|e| SignerError::with_source("the KMS is unreachable", e))?;
        let signature = answer
            .await
            .map_err(|e| SignerError::with_source("the KMS did not answer", e))??;
        Ok(KeyAssertion {
            client_data,
            signature,
        })
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = dfns::mock::DfnsMock::start().await;
    // The "KMS": holds the key, signs what it is sent.
    let key: KeySigner = mock.signer();
    let (requests, mut inbox) = mpsc::channel::<(Vec<u8>, KmsReply)>(8);
    tokio::spawn(async move {
        while let Some((message, reply)) = inbox.recv().await {
            let _ = reply.send(key.sign_bytes(&message));
        }
    });

    let signer = KmsSigner {
        credential_id: mock.credential_id().to_owned(),
        requests,
    };
    let client = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(signer)
        .build()?;
    let code = client
        .create_credential_code()
        .body_map(|b| b.expiration(Timestamp::from_unix_seconds(2_000_000_000).unwrap()))
        .send()
        .await?;
    println!("signed by the KMS; credential code {}", code.code);
    Ok(())
}
