//! Authentication: the user action signing flow and the signers.

mod delegated;
mod flow;
mod key_signer;
mod signer;

pub(crate) use delegated::PresetToken;
pub use delegated::UserActionToken;
pub(crate) use flow::{set_user_action, sign_request, signed_payload};
pub use key_signer::{KeyAlgorithm, KeyError, KeySigner};
pub(crate) use signer::IssuedFor;
pub use signer::{
    client_data_json, client_data_json_with_origin, AllowCredentials, AllowedCredential,
    CredentialSigner, KeyAssertion, SignerError, UserActionChallenge, DEFAULT_ORIGIN,
};
