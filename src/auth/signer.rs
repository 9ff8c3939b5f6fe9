//! The signer abstraction: anything that can answer a user action challenge.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A user action challenge, as returned by `POST /auth/action/init`.
///
/// One made by [`Client::user_action_challenge`](crate::Client::user_action_challenge)
/// also remembers the request it was issued for, and so does the token
/// traded for it: a delegated client sends that token with that request
/// only. It serializes with that binding, so a stateless service can keep
/// it between the handler that hands the challenge out and the one that
/// takes the assertion back.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UserActionChallenge {
    /// The challenge text the credential signs (inside `clientData`).
    pub challenge: String,
    /// Identifies the challenge when the assertion is sent back.
    pub challenge_identifier: String,
    /// The credentials Dfns accepts for this action.
    #[serde(default)]
    pub allow_credentials: AllowCredentials,
    /// The request the challenge was asked for (not part of Dfns's answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) issued_for: Option<IssuedFor>,
}

/// The request a user action challenge, and the token traded for it, were
/// issued for: what Dfns binds the token to.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub(crate) struct IssuedFor {
    /// Upper case.
    pub(crate) method: String,
    /// The path Dfns sees, without the query.
    pub(crate) path: String,
    /// The exact body text ("" for none).
    pub(crate) payload: String,
}

impl fmt::Debug for IssuedFor {
    /// Method and path; of the body only its length (it is the caller's data).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ({} body bytes)",
            self.method,
            self.path,
            self.payload.len()
        )
    }
}

/// The credentials allowed to sign a challenge.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct AllowCredentials {
    /// Key credentials (the kind a server-side signer holds).
    #[serde(default)]
    pub key: Vec<AllowedCredential>,
    /// WebAuthn credentials (passkeys); listed for completeness.
    #[serde(default)]
    pub webauthn: Vec<AllowedCredential>,
}

/// One allowed credential.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct AllowedCredential {
    /// The credential id (`credId`).
    pub id: String,
    /// The credential type, e.g. `public-key`.
    #[serde(default, rename = "type")]
    pub kind: String,
}

/// A signed challenge, ready to send to `POST /auth/action`.
///
/// Both fields are raw bytes; the client base64url-encodes them.
#[derive(Clone, PartialEq, Eq)]
pub struct KeyAssertion {
    /// The exact bytes that were signed: a compact JSON text with
    /// `"type":"key.get"` and the `"challenge"`.
    pub client_data: Vec<u8>,
    /// The signature over `client_data`, in the credential's format (Ed25519
    /// raw, ECDSA DER, RSA PKCS#1 v1.5).
    pub signature: Vec<u8>,
}

impl fmt::Debug for KeyAssertion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyAssertion")
            .field("client_data", &String::from_utf8_lossy(&self.client_data))
            .field(
                "signature",
                &format_args!("<{} bytes>", self.signature.len()),
            )
            .finish()
    }
}

/// Why a signer could not sign. The message must not contain key material.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SignerError {
    message: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl SignerError {
    /// An error with a message.
    pub fn new(message: impl Into<String>) -> Self {
        SignerError {
            message: message.into(),
            source: None,
        }
    }

    /// An error with a message and the underlying cause (an HSM or KMS error).
    pub fn with_source(
        message: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        SignerError {
            message: message.into(),
            source: Some(Box::new(source)),
        }
    }
}

/// Signs user action challenges with one Dfns credential.
///
/// [`KeySigner`](crate::KeySigner) holds a private key in memory. Implement
/// this trait to keep the key elsewhere: an HSM, a cloud KMS, another
/// process. The client calls [`sign`](Self::sign) once per change-inducing
/// request, after checking that [`credential_id`](Self::credential_id) is in
/// the challenge's `allowCredentials.key`.
///
/// ```
/// use dfns::{CredentialSigner, KeyAssertion, SignerError, UserActionChallenge};
///
/// #[derive(Debug)]
/// struct KmsSigner { cred_id: String }
///
/// #[dfns::async_trait]
/// impl CredentialSigner for KmsSigner {
///     fn credential_id(&self) -> &str { &self.cred_id }
///
///     async fn sign(&self, challenge: &UserActionChallenge) -> Result<KeyAssertion, SignerError> {
///         let client_data = dfns::client_data_json(&challenge.challenge);
///         let signature = Vec::new(); // ask the KMS to sign `client_data` here
///         Ok(KeyAssertion { client_data, signature })
///     }
/// }
/// ```
#[async_trait::async_trait]
pub trait CredentialSigner: Send + Sync + fmt::Debug {
    /// The id of the Dfns credential whose key this signer uses (`credId`).
    fn credential_id(&self) -> &str;

    /// Signs the challenge.
    async fn sign(&self, challenge: &UserActionChallenge) -> Result<KeyAssertion, SignerError>;
}

/// One signer shared by many clients and tasks: `Arc<KeySigner>`,
/// `Arc<dyn CredentialSigner>` and the like sign as the signer they hold.
///
/// ```
/// # use ed25519_dalek::pkcs8::{EncodePrivateKey as _, spki::der::pem::LineEnding};
/// # let pem = ed25519_dalek::SigningKey::from_bytes(&[7; 32]).to_pkcs8_pem(LineEnding::LF).unwrap();
/// use std::sync::Arc;
/// let signer = Arc::new(dfns::KeySigner::from_pem("cr-1", &pem)?);
/// let eu = dfns::Client::builder().signer(signer.clone()).build()?;
/// let uae = dfns::Client::builder().region(dfns::Region::Uae).signer(signer).build()?;
/// # let _ = (eu, uae);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[async_trait::async_trait]
impl<T: CredentialSigner + ?Sized> CredentialSigner for std::sync::Arc<T> {
    fn credential_id(&self) -> &str {
        (**self).credential_id()
    }

    async fn sign(&self, challenge: &UserActionChallenge) -> Result<KeyAssertion, SignerError> {
        (**self).sign(challenge).await
    }
}

/// A boxed signer (`Box<dyn CredentialSigner>`) signs as the signer it holds.
#[async_trait::async_trait]
impl<T: CredentialSigner + ?Sized> CredentialSigner for Box<T> {
    fn credential_id(&self) -> &str {
        (**self).credential_id()
    }

    async fn sign(&self, challenge: &UserActionChallenge) -> Result<KeyAssertion, SignerError> {
        (**self).sign(challenge).await
    }
}

/// The `clientData` a key credential signs: compact JSON with
/// `"type":"key.get"` and the challenge, plus the `origin` and
/// `"crossOrigin":false` that the official Python SDK sends.
///
/// ```
/// let data = dfns::client_data_json("abc");
/// assert_eq!(
///     String::from_utf8(data).unwrap(),
///     r#"{"type":"key.get","challenge":"abc","origin":"https://app.dfns.io","crossOrigin":false}"#
/// );
/// ```
pub fn client_data_json(challenge: &str) -> Vec<u8> {
    client_data_json_with_origin(challenge, DEFAULT_ORIGIN)
}

/// The origin put in `clientData` by default.
pub const DEFAULT_ORIGIN: &str = "https://app.dfns.io";

/// [`client_data_json`] with another `origin`.
pub fn client_data_json_with_origin(challenge: &str, origin: &str) -> Vec<u8> {
    // serde_json keeps field order of a struct, giving the compact text
    // Dfns parses; escaping of the challenge is handled by serde.
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct ClientData<'a> {
        #[serde(rename = "type")]
        kind: &'a str,
        challenge: &'a str,
        origin: &'a str,
        cross_origin: bool,
    }
    // Serializing a struct of strings and a bool into a Vec has no failure
    // case (serde_json fails only on non-string map keys or I/O errors).
    #[allow(clippy::expect_used)]
    serde_json::to_vec(&ClientData {
        kind: "key.get",
        challenge,
        origin,
        cross_origin: false,
    })
    .expect("serializing strings and a bool cannot fail")
}
