//! Authentication: the user action signing flow and the signers.

mod flow;
mod key_signer;
mod signer;

pub(crate) use flow::sign_request;
pub use key_signer::{KeyAlgorithm, KeyError, KeySigner};
pub use signer::{
    client_data_json, client_data_json_with_origin, AllowCredentials, AllowedCredential,
    CredentialSigner, KeyAssertion, SignerError, UserActionChallenge, DEFAULT_ORIGIN,
};
