//! The crate's error type.

use crate::auth::SignerError;
use crate::KeyError;

/// Everything that can go wrong in the handwritten layer: configuration,
/// authentication and the user action signing flow.
///
/// No variant ever holds the bearer token or key material.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The [`ClientBuilder`](crate::ClientBuilder) was given something unusable.
    #[error("invalid client configuration: {0}")]
    Config(String),

    /// The operation's security requirement includes the bearer token, but
    /// the client has none. Nothing was sent.
    #[error("`{operation}` needs a bearer token; set one with `ClientBuilder::auth_token` (nothing was sent)")]
    MissingAuthToken {
        /// The operation's Rust name.
        operation: String,
    },

    /// The operation needs a user action signature, but the client has no
    /// signer. Nothing was sent.
    #[error("`{operation}` needs a user action signature; set a signer with `ClientBuilder::signer` (nothing was sent)")]
    MissingSigner {
        /// The operation's Rust name.
        operation: String,
    },

    /// Dfns did not list the signer's credential among those allowed to sign
    /// this action. The request was not sent.
    #[error("credential `{credential_id}` is not allowed to sign this user action (Dfns allows key credentials {allowed:?}); check DFNS_CRED_ID or the credential's status (nothing was sent)")]
    CredentialNotAllowed {
        /// The signer's credential id.
        credential_id: String,
        /// The key credential ids Dfns offered in `allowCredentials.key`.
        allowed: Vec<String>,
    },

    /// The signer could not sign the challenge. The request was not sent.
    #[error("the credential signer failed (nothing was sent): {0}")]
    Signer(#[from] SignerError),

    /// Dfns answered a call of the signing flow with an error status.
    #[error("{method} {path} failed with HTTP {status}: {message}")]
    Api {
        /// The HTTP status code.
        status: u16,
        /// Dfns's error message (`error.message` or `message`), or the status text.
        message: String,
        /// The request's HTTP method.
        method: String,
        /// The request's path.
        path: String,
    },

    /// The HTTP exchange itself failed (connection, TLS, timeout).
    #[error("{method} {path}: {source}")]
    Transport {
        /// The request's HTTP method.
        method: String,
        /// The request's path.
        path: String,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },

    /// Dfns answered with a body that is not what the protocol says.
    #[error("{method} {path}: cannot decode the response (HTTP {status}): {reason}")]
    Decode {
        /// The HTTP status code.
        status: u16,
        /// Why decoding failed.
        reason: String,
        /// The request's HTTP method.
        method: String,
        /// The request's path.
        path: String,
    },

    /// A private key could not be loaded.
    #[error(transparent)]
    Key(#[from] KeyError),
}
