//! Delegated signing: the end user's device holds the credential key and
//! signs; the service holding the client never sees a private key.
//!
//! 1. [`Client::user_action_challenge`] asks Dfns for the challenge of the
//!    exact request (method, path, body) the service is about to send;
//! 2. the service hands `challenge` to the device, which signs it (with a
//!    passkey or key credential) and returns `clientData` and `signature`;
//! 3. [`Client::user_action_token`] trades them for a single-use token;
//! 4. [`Client::with_user_action_token`] sends the request with that token.
//!
//! Steps 1 and 3 are plain calls: a stateless web service can run step 1
//! in one HTTP handler and steps 3–4 in the next (keep the challenge and the
//! body in between). See `examples/delegated_signing.rs`.

use std::fmt;
use std::sync::{Arc, Mutex};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use progenitor_client::ClientInfo as _;
use serde::Serialize;

use super::{flow, IssuedFor, KeyAssertion, UserActionChallenge};
use crate::transport::CallBudget;
use crate::{Client, Error, RequestInfo};

/// Describes a signing step for a timeout error.
fn step_info(operation: &str, path: &str) -> RequestInfo {
    RequestInfo {
        operation: operation.into(),
        method: "POST".into(),
        path: path.into(),
        attempts: 1,
        external_id: None,
    }
}

/// A single-use user action token, obtained from a signed challenge, and
/// the request it was issued for. Its `Debug` does not show the token.
#[derive(Clone, PartialEq, Eq)]
pub struct UserActionToken {
    token: String,
    issued_for: Option<IssuedFor>,
}

impl fmt::Debug for UserActionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("UserActionToken(<redacted>)")
    }
}

impl UserActionToken {
    /// The token, for the `X-DFNS-USERACTION` header of a request sent by other means.
    pub fn expose(&self) -> &str {
        &self.token
    }
}

/// The token of a client made by [`Client::with_user_action_token`], for
/// the one request it was issued for. Clones of that client share it.
#[derive(Clone, Default)]
pub(crate) struct PresetToken(Arc<Mutex<Preset>>);

#[derive(Default)]
enum Preset {
    /// Not a delegated client.
    #[default]
    None,
    Unused(UserActionToken),
    Used,
}

impl PresetToken {
    /// The token, taken for `request` (it serves one send), if it was
    /// issued for exactly this method, path and body; otherwise the error
    /// to return before sending anything. `None` for a client that is not
    /// delegated.
    pub(crate) fn take_for(
        &self,
        method: &str,
        path: &str,
        payload: &str,
    ) -> Option<Result<String, Error>> {
        let mut preset = self.lock();
        let token = match &*preset {
            Preset::None => return None,
            Preset::Used => {
                return Some(Err(Error::InvalidRequest(format!(
                    "{method} {path}: this client's user action token (from \
                     `with_user_action_token`) was already used; a token serves one request, \
                     and a delegated client never signs with another credential"
                ))))
            }
            Preset::Unused(token) => token,
        };
        let Some(issued_for) = &token.issued_for else {
            return Some(Err(Error::InvalidRequest(format!(
                "{method} {path}: the user action token does not say which request it was \
                 issued for (its challenge was not made by `user_action_challenge`)"
            ))));
        };
        if issued_for.method != method || issued_for.path != path {
            return Some(Err(Error::InvalidRequest(format!(
                "{method} {path}: the user action token was issued for {} {}",
                issued_for.method, issued_for.path
            ))));
        }
        if issued_for.payload != payload {
            return Some(Err(Error::InvalidRequest(format!(
                "{method} {path}: the body differs from the one the user action token was \
                 issued for ({} bytes signed, {} bytes to send)",
                issued_for.payload.len(),
                payload.len()
            ))));
        }
        let token = token.token.clone();
        *preset = Preset::Used;
        Some(Ok(token))
    }

    /// Whether this is a delegated client's token (used or not).
    pub(crate) fn is_delegated(&self) -> bool {
        !matches!(*self.lock(), Preset::None)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Preset> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl KeyAssertion {
    /// An assertion as a device or browser returns it: `clientData` and
    /// `signature` in base64url (padding optional).
    pub fn from_base64url(client_data: &str, signature: &str) -> Result<KeyAssertion, Error> {
        let decode = |what: &str, text: &str| {
            URL_SAFE_NO_PAD
                .decode(text.trim_end_matches('='))
                .map_err(|_| {
                    Error::InvalidRequest(format!("the assertion's {what} is not base64url"))
                })
        };
        Ok(KeyAssertion {
            client_data: decode("clientData", client_data)?,
            signature: decode("signature", signature)?,
        })
    }
}

impl Client {
    /// Delegated signing, step 1: the challenge for a request that will be
    /// sent as `method` to `path` (the concrete path, e.g.
    /// `/auth/credentials/code`) with `body` (the generated body type, the
    /// same value that will be sent; `None` for no body).
    ///
    /// Hand [`UserActionChallenge::challenge`] to the signer; nothing is sent
    /// but the challenge request.
    ///
    /// For a transfer, transaction or signature ([`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS)),
    /// set the body's `externalId` first (your payment's id, or
    /// [`new_external_id`](crate::new_external_id)) and keep it: the end
    /// user signs the body as it is, so the client cannot add one later,
    /// and a delegated request is sent once. While
    /// [`auto_external_id`](crate::ClientBuilder::auto_external_id) is on
    /// (the default), a body without one is refused here, before anything
    /// is sent. If the answer is lost ([`Error::may_have_executed`]), ask
    /// the device for a new token over the same body, key included, and
    /// send it again: Dfns answers with the entity the first request
    /// created, never a second one.
    pub async fn user_action_challenge<B: Serialize>(
        &self,
        method: &str,
        path: &str,
        body: Option<&B>,
    ) -> Result<UserActionChallenge, Error> {
        // The same serializer reqwest's `.json()` uses: the same bytes.
        let payload = match body {
            Some(body) => serde_json::to_string(body)
                .map_err(|e| Error::InvalidRequest(format!("the body does not serialize: {e}")))?,
            None => String::new(),
        };
        let method = method.to_ascii_uppercase();
        let state = self.inner();
        // Matched as Dfns routes it: `/Wallets/…/transfers/` is a transfer too.
        let routed = crate::raw::normalized(path);
        if let Some(entry) = crate::IdempotentOperation::for_request(&method, &routed) {
            let keyed = crate::idempotency::key_body(entry, payload.as_bytes(), false)?;
            if keyed.key.is_none() && state.auto_external_id {
                return Err(Error::InvalidRequest(format!(
                    "{method} {path}: set the body's `{}` before asking for its challenge \
                     (e.g. `dfns::new_external_id()`) and keep it: the end user signs the body \
                     as it is, and re-sending it after a lost answer needs the same key \
                     (or turn `auto_external_id` off); nothing was sent",
                    entry.key_field
                )));
            }
        }
        let budget = CallBudget::new(state.retry, state.operation_timeout);
        let info = step_info("user_action_challenge", "/auth/action/init");
        let challenge = flow::request_challenge(self, &method, path, &payload, &budget);
        let mut challenge = budget.run(&info, false, challenge).await?;
        challenge.issued_for = Some(IssuedFor {
            method,
            path: path.to_owned(),
            payload,
        });
        Ok(challenge)
    }

    /// Delegated signing, step 3: trades the signer's assertion over
    /// `challenge` for a single-use token. Fails with
    /// [`Error::CredentialNotAllowed`] before sending if Dfns did not offer
    /// `credential_id`.
    pub async fn user_action_token(
        &self,
        challenge: &UserActionChallenge,
        credential_id: &str,
        assertion: &KeyAssertion,
    ) -> Result<UserActionToken, Error> {
        flow::check_allowed(challenge, credential_id)?;
        let state = self.inner();
        let budget = CallBudget::new(state.retry, state.operation_timeout);
        let info = step_info("user_action_signature", "/auth/action");
        let token = flow::exchange_assertion(self, challenge, credential_id, assertion, &budget);
        Ok(UserActionToken {
            token: budget.run(&info, false, token).await?,
            issued_for: challenge.issued_for.clone(),
        })
    }

    /// Delegated signing, step 4: a client (sharing this one's connections)
    /// that sends `token` with the one request it was issued for (method,
    /// path and exact body, from [`user_action_challenge`](Self::user_action_challenge)).
    /// That request is sent once: a token cannot be re-used for a retry.
    ///
    /// The derived client has no signer: any other request that needs a
    /// signature, or that one again, is an error before anything is sent,
    /// never signed with this client's own credential (an end user's action
    /// would then run on the service's authority). Requests that need no
    /// signature go through as usual.
    pub fn with_user_action_token(&self, token: UserActionToken) -> Client {
        let mut state = self.inner().clone();
        state.signer = None;
        state.preset_token = PresetToken(Arc::new(Mutex::new(Preset::Unused(token))));
        Client::new_with_client(self.baseurl(), self.client().clone(), state)
    }
}
