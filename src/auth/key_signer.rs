//! A signer holding a private key in memory, loaded from PEM.

use std::fmt;

use pkcs8::ObjectIdentifier;
use zeroize::Zeroizing;

use super::signer::{client_data_json_with_origin, DEFAULT_ORIGIN};
use super::{CredentialSigner, KeyAssertion, SignerError, UserActionChallenge};

/// Why a PEM text could not be loaded as a signing key.
///
/// Messages say what was wrong; they never contain key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The text is empty or only whitespace.
    #[error("the private key PEM is empty")]
    Empty,
    /// There is no `-----BEGIN ...-----` line.
    #[error("the private key is not PEM: expected a `-----BEGIN PRIVATE KEY-----` line")]
    NotPem,
    /// The block has no matching END line.
    #[error("the `{label}` PEM block is truncated: no `-----END {label}-----` line")]
    Truncated {
        /// The PEM label.
        label: String,
    },
    /// The body is not valid base64.
    #[error("the `{label}` PEM block is corrupted: its body is not valid base64")]
    BadBase64 {
        /// The PEM label.
        label: String,
    },
    /// A public key or certificate was given.
    #[error("the PEM holds a `{label}`, which is public; signing needs the private key")]
    PublicKey {
        /// The PEM label.
        label: String,
    },
    /// An encrypted PKCS#8 key was given.
    #[error("encrypted private keys are not supported; decrypt it first (e.g. `openssl pkcs8 -in key.pem -nocrypt`)")]
    Encrypted,
    /// Some other PEM label.
    #[error("unsupported PEM label `{label}`; expected `PRIVATE KEY`, `EC PRIVATE KEY` or `RSA PRIVATE KEY`")]
    UnsupportedLabel {
        /// The PEM label.
        label: String,
    },
    /// A key of an algorithm Dfns does not accept for credentials.
    #[error(
        "unsupported key algorithm ({0}); expected Ed25519, ECDSA P-256, ECDSA secp256k1 or RSA"
    )]
    UnsupportedAlgorithm(String),
    /// The DER inside the PEM is not a valid key.
    #[error("the `{label}` PEM block is not a valid {kind} key: {reason}")]
    Malformed {
        /// The PEM label.
        label: String,
        /// What kind of key it was read as.
        kind: &'static str,
        /// What the decoder said.
        reason: String,
    },
}

/// The signature algorithm of a [`KeySigner`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyAlgorithm {
    /// Ed25519 (pure), 64-byte signatures.
    Ed25519,
    /// ECDSA on P-256 over SHA-256, DER signatures.
    EcdsaP256,
    /// ECDSA on secp256k1 over SHA-256, DER signatures.
    EcdsaSecp256k1,
    /// RSA PKCS#1 v1.5 over SHA-256.
    RsaPkcs1Sha256,
}

enum Key {
    Ed25519(ed25519_dalek::SigningKey),
    P256(p256::ecdsa::SigningKey),
    Secp256k1(k256::ecdsa::SigningKey),
    Rsa(rsa::pkcs1v15::SigningKey<sha2::Sha256>),
}

/// A [`CredentialSigner`] holding a private key in memory.
///
/// Loads Ed25519, ECDSA P-256, ECDSA secp256k1 and RSA keys from PEM:
/// PKCS#8 (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`) or PKCS#1
/// (`RSA PRIVATE KEY`). Key material is zeroized when the signer is
/// dropped and never shown by `Debug`.
///
/// ```
/// # use ed25519_dalek::pkcs8::{EncodePrivateKey as _, spki::der::pem::LineEnding};
/// # let pem = ed25519_dalek::SigningKey::from_bytes(&[7; 32]).to_pkcs8_pem(LineEnding::LF).unwrap();
/// // `pem` is the text of a `-----BEGIN PRIVATE KEY-----` file.
/// let signer = dfns::KeySigner::from_pem("cr-example", &pem)?;
/// assert_eq!(signer.algorithm(), dfns::KeyAlgorithm::Ed25519);
/// assert!(!format!("{signer:?}").contains(&pem[30..60]));
/// # Ok::<(), dfns::KeyError>(())
/// ```
pub struct KeySigner {
    credential_id: String,
    origin: String,
    key: Key,
}

impl fmt::Debug for KeySigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeySigner")
            .field("credential_id", &self.credential_id)
            .field("algorithm", &self.algorithm())
            .field("key", &"<redacted>")
            .finish()
    }
}

const OID_ED25519: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");
const OID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const OID_P256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const OID_SECP256K1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.10");
const OID_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

impl KeySigner {
    /// Loads a private key from PEM text for the credential `credential_id`.
    pub fn from_pem(credential_id: impl Into<String>, pem: &str) -> Result<KeySigner, KeyError> {
        let (label, der) = decode_pem(pem)?;
        let malformed = |kind: &'static str, reason: String| KeyError::Malformed {
            label: label.clone(),
            kind,
            reason,
        };
        let key = match label.as_str() {
            "PRIVATE KEY" => from_pkcs8(&der, malformed)?,
            "EC PRIVATE KEY" => {
                if let Ok(k) = p256::SecretKey::from_sec1_der(&der) {
                    Key::P256(k.into())
                } else if let Ok(k) = k256::SecretKey::from_sec1_der(&der) {
                    Key::Secp256k1(k.into())
                } else {
                    return Err(malformed(
                        "P-256 or secp256k1 SEC1",
                        "not a P-256 or secp256k1 EC private key".into(),
                    ));
                }
            }
            "RSA PRIVATE KEY" => {
                use rsa::pkcs1::DecodeRsaPrivateKey as _;
                let k = rsa::PrivateKey::from_pkcs1_der(&der)
                    .map_err(|e| malformed("PKCS#1 RSA", e.to_string()))?;
                Key::Rsa(rsa::pkcs1v15::SigningKey::new(k))
            }
            "ENCRYPTED PRIVATE KEY" => return Err(KeyError::Encrypted),
            "PUBLIC KEY" | "RSA PUBLIC KEY" | "EC PUBLIC KEY" | "CERTIFICATE" => {
                return Err(KeyError::PublicKey { label })
            }
            _ => return Err(KeyError::UnsupportedLabel { label }),
        };
        Ok(KeySigner {
            credential_id: credential_id.into(),
            origin: DEFAULT_ORIGIN.into(),
            key,
        })
    }

    /// Uses another `origin` in `clientData` (default `https://app.dfns.io`).
    pub fn with_origin(mut self, origin: impl Into<String>) -> Self {
        self.origin = origin.into();
        self
    }

    /// The key's signature algorithm.
    pub fn algorithm(&self) -> KeyAlgorithm {
        match self.key {
            Key::Ed25519(_) => KeyAlgorithm::Ed25519,
            Key::P256(_) => KeyAlgorithm::EcdsaP256,
            Key::Secp256k1(_) => KeyAlgorithm::EcdsaSecp256k1,
            Key::Rsa(_) => KeyAlgorithm::RsaPkcs1Sha256,
        }
    }

    /// The public key as SPKI PEM (`-----BEGIN PUBLIC KEY-----`), the form
    /// Dfns takes when a key credential is registered.
    pub fn public_key_pem(&self) -> String {
        use pkcs8::{EncodePublicKey as _, LineEnding};
        let pem = match &self.key {
            Key::Ed25519(k) => k.verifying_key().to_public_key_pem(LineEnding::LF),
            Key::P256(k) => k.verifying_key().to_public_key_pem(LineEnding::LF),
            Key::Secp256k1(k) => k.verifying_key().to_public_key_pem(LineEnding::LF),
            Key::Rsa(k) => k.as_ref().to_public_key().to_public_key_pem(LineEnding::LF),
        };
        // The key was decoded and validated at load time; SPKI encoding of a
        // valid key only writes known-length DER into a Vec, so it cannot fail.
        #[allow(clippy::expect_used)]
        pem.expect("encoding a valid public key cannot fail")
    }

    /// Signs `message` with the key, in the format Dfns expects for the
    /// algorithm (Ed25519 raw, ECDSA DER, RSA PKCS#1 v1.5). Fails only if
    /// the signature library does (e.g. RSA blinding without randomness).
    pub fn sign_bytes(&self, message: &[u8]) -> Result<Vec<u8>, SignerError> {
        use signature::{SignatureEncoding as _, Signer as _};
        let failed = |e: signature::Error| SignerError::with_source("signing failed", e);
        Ok(match &self.key {
            Key::Ed25519(k) => k.try_sign(message).map_err(failed)?.to_bytes().to_vec(),
            Key::P256(k) => {
                let sig: p256::ecdsa::Signature = k.try_sign(message).map_err(failed)?;
                sig.to_der().to_vec()
            }
            Key::Secp256k1(k) => {
                let sig: k256::ecdsa::Signature = k.try_sign(message).map_err(failed)?;
                sig.to_der().to_vec()
            }
            Key::Rsa(k) => k.try_sign(message).map_err(failed)?.to_vec(),
        })
    }
}

fn from_pkcs8(
    der: &[u8],
    malformed: impl Fn(&'static str, String) -> KeyError,
) -> Result<Key, KeyError> {
    use pkcs8::DecodePrivateKey as _;
    let info =
        pkcs8::PrivateKeyInfoRef::try_from(der).map_err(|e| malformed("PKCS#8", e.to_string()))?;
    let oid = info.algorithm.oid;
    Ok(if oid == OID_ED25519 {
        let k = ed25519_dalek::SigningKey::from_pkcs8_der(der)
            .map_err(|e| malformed("Ed25519", e.to_string()))?;
        Key::Ed25519(k)
    } else if oid == OID_EC_PUBLIC_KEY {
        match info.algorithm.parameters_oid() {
            Ok(curve) if curve == OID_P256 => Key::P256(
                p256::ecdsa::SigningKey::from_pkcs8_der(der)
                    .map_err(|e| malformed("ECDSA P-256", e.to_string()))?,
            ),
            Ok(curve) if curve == OID_SECP256K1 => Key::Secp256k1(
                k256::ecdsa::SigningKey::from_pkcs8_der(der)
                    .map_err(|e| malformed("ECDSA secp256k1", e.to_string()))?,
            ),
            Ok(curve) => return Err(KeyError::UnsupportedAlgorithm(format!("EC curve {curve}"))),
            Err(e) => return Err(malformed("EC", e.to_string())),
        }
    } else if oid == OID_RSA {
        let k =
            rsa::PrivateKey::from_pkcs8_der(der).map_err(|e| malformed("RSA", e.to_string()))?;
        Key::Rsa(rsa::pkcs1v15::SigningKey::new(k))
    } else {
        return Err(KeyError::UnsupportedAlgorithm(format!("OID {oid}")));
    })
}

/// Finds the first PEM block and decodes its body with RustCrypto's
/// `pem-rfc7468`, whose Base64 decoder runs in constant time (the body is
/// key material). The DER is zeroized on drop.
fn decode_pem(pem: &str) -> Result<(String, Zeroizing<Vec<u8>>), KeyError> {
    if pem.trim().is_empty() {
        return Err(KeyError::Empty);
    }
    // Text before the block (e.g. openssl's "Bag Attributes") is ignored.
    let begin = pem.find("-----BEGIN ").ok_or(KeyError::NotPem)?;
    let block = &pem[begin..];
    let after_begin = &block["-----BEGIN ".len()..];
    let label_end = after_begin.find("-----").ok_or(KeyError::NotPem)?;
    let label = after_begin[..label_end].trim().to_owned();
    let end_line = format!("-----END {label}-----");
    let block_end = block
        .find(&end_line)
        .map(|at| at + end_line.len())
        .ok_or_else(|| KeyError::Truncated {
            label: label.clone(),
        })?;
    let body = &block["-----BEGIN ".len() + label_end..block_end - end_line.len()];
    if body.trim_start_matches('-').trim().is_empty() {
        return Err(KeyError::Truncated { label });
    }
    match pem_rfc7468::decode_vec(&block.as_bytes()[..block_end]) {
        Ok((_, der)) if der.is_empty() => Err(KeyError::Truncated { label }),
        Ok((_, der)) => Ok((label, Zeroizing::new(der))),
        // RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`) mean a legacy encrypted key.
        Err(pem_rfc7468::Error::HeaderDisallowed) => Err(KeyError::Encrypted),
        Err(_) => Err(KeyError::BadBase64 { label }),
    }
}

#[async_trait::async_trait]
impl CredentialSigner for KeySigner {
    fn credential_id(&self) -> &str {
        &self.credential_id
    }

    async fn sign(&self, challenge: &UserActionChallenge) -> Result<KeyAssertion, SignerError> {
        let client_data = client_data_json_with_origin(&challenge.challenge, &self.origin);
        let signature = self.sign_bytes(&client_data)?;
        Ok(KeyAssertion {
            client_data,
            signature,
        })
    }
}
