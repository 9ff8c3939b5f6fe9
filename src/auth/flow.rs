//! The user action signing flow: challenge, assertion, token.
//!
//! 1. `POST /auth/action/init` with the exact body that will be sent;
//! 2. the signer signs the challenge's `clientData`;
//! 3. `POST /auth/action` with the assertion → a single-use token;
//! 4. the request goes out with `X-DFNS-USERACTION: <token>` and those same bytes.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use reqwest::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

use super::{KeyAssertion, UserActionChallenge};
use progenitor_client::ClientInfo as _;

use crate::retry::Replay;
use crate::transport::{send_with_retries, CallBudget, RequestSource};
use crate::Client;
use crate::{Error, RequestInfo};

/// The header carrying the user action token.
pub(crate) const USER_ACTION_HEADER: &str = "x-dfns-useraction";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct InitRequest<'a> {
    user_action_payload: &'a str,
    user_action_http_method: &'a str,
    user_action_http_path: &'a str,
    user_action_server_kind: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ActionRequest<'a> {
    challenge_identifier: &'a str,
    first_factor: FirstFactor<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FirstFactor<'a> {
    kind: &'static str,
    credential_assertion: CredentialAssertion<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CredentialAssertion<'a> {
    cred_id: &'a str,
    client_data: String,
    signature: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ActionResponse {
    user_action: String,
}

/// The body of a request as the text that is signed ("" when none; the
/// `data` part of a file upload).
pub(crate) fn signed_payload<'a>(
    operation: &str,
    request: &'a reqwest::Request,
) -> Result<&'a str, Error> {
    let Some(body) = request.body() else {
        return Ok("");
    };
    let bytes = body.as_bytes().ok_or_else(|| {
        Error::InvalidRequest(format!(
            "`{operation}` has a streaming body, which cannot be signed"
        ))
    })?;
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if let Some(data) = crate::multipart::signed_payload(content_type, bytes) {
        return Ok(data);
    }
    std::str::from_utf8(bytes).map_err(|_| {
        Error::InvalidRequest(format!(
            "`{operation}` has a body that is not UTF-8, which cannot be signed"
        ))
    })
}

/// Step 1: asks Dfns for the challenge of a request (`POST /auth/action/init`).
pub(crate) async fn request_challenge(
    client: &Client,
    method: &str,
    path: &str,
    payload: &str,
    budget: &CallBudget,
) -> Result<UserActionChallenge, Error> {
    let init = InitRequest {
        user_action_payload: payload,
        user_action_http_method: method,
        user_action_http_path: path,
        user_action_server_kind: "Api",
    };
    let step = SigningStep {
        name: "user_action_challenge",
        path: "/auth/action/init",
        // The signature exchange and the operation come after it.
        requests_after: 2,
    };
    post_json(client, step, &init, budget).await
}

/// Step 3: trades a signed challenge for a user action token (`POST /auth/action`).
pub(crate) async fn exchange_assertion(
    client: &Client,
    challenge: &UserActionChallenge,
    credential_id: &str,
    assertion: &KeyAssertion,
    budget: &CallBudget,
) -> Result<String, Error> {
    let action = ActionRequest {
        challenge_identifier: &challenge.challenge_identifier,
        first_factor: FirstFactor {
            kind: "Key",
            credential_assertion: CredentialAssertion {
                cred_id: credential_id,
                client_data: URL_SAFE_NO_PAD.encode(&assertion.client_data),
                signature: URL_SAFE_NO_PAD.encode(&assertion.signature),
            },
        },
    };
    let step = SigningStep {
        name: "user_action_signature",
        path: "/auth/action",
        requests_after: 1,
    };
    let token: ActionResponse = post_json(client, step, &action, budget).await?;
    Ok(token.user_action)
}

/// Fails unless Dfns lists `credential_id` in the challenge's `allowCredentials.key`.
pub(crate) fn check_allowed(
    challenge: &UserActionChallenge,
    credential_id: &str,
) -> Result<(), Error> {
    let allowed = &challenge.allow_credentials.key;
    if allowed.iter().any(|c| c.id == credential_id) {
        return Ok(());
    }
    Err(Error::CredentialNotAllowed {
        credential_id: credential_id.to_owned(),
        allowed: allowed.iter().map(|c| c.id.clone()).collect(),
    })
}

/// Puts a user action token on a request, marked sensitive.
pub(crate) fn set_user_action(request: &mut reqwest::Request, token: &str) -> Result<(), Error> {
    let mut value = HeaderValue::from_str(token).map_err(|_| {
        Error::InvalidRequest("the user action token is not a valid header value".into())
    })?;
    value.set_sensitive(true);
    request.headers_mut().insert(USER_ACTION_HEADER, value);
    Ok(())
}

/// Signs `request` (already built, body final) for `operation` with the
/// client's signer, adding the `X-DFNS-USERACTION` header. Sends nothing
/// but the two signing calls.
pub(crate) async fn sign_request(
    client: &Client,
    operation: &str,
    request: &mut reqwest::Request,
    budget: &CallBudget,
) -> Result<(), Error> {
    let state = client.inner();
    let signer = state.signer.as_ref().ok_or_else(|| Error::MissingSigner {
        operation: operation.to_owned(),
    })?;
    let payload = signed_payload(operation, request)?;
    let path = state.api_path(request.url().path());
    let challenge =
        request_challenge(client, request.method().as_str(), path, payload, budget).await?;
    let credential_id = signer.credential_id();
    check_allowed(&challenge, credential_id)?;
    let assertion = signer.sign(&challenge).await?;
    let token = exchange_assertion(client, &challenge, credential_id, &assertion, budget).await?;
    set_user_action(request, &token)
}

/// One of the two signing endpoints.
#[derive(Clone, Copy)]
struct SigningStep {
    name: &'static str,
    path: &'static str,
    /// Requests the call still makes after this one succeeds: a retry of
    /// this step is made only if the call's budget leaves room for them.
    requests_after: u32,
}

/// POSTs JSON to a signing endpoint with the bearer token and decodes the
/// answer. Retried like every other POST (see `transport::send_with_retries`),
/// within the call's budget. Whatever happens here, the operation itself
/// was not sent, so no error from a signing step says it may have executed.
async fn post_json<T: DeserializeOwned>(
    client: &Client,
    step: SigningStep,
    body: &impl Serialize,
    budget: &CallBudget,
) -> Result<T, Error> {
    let body = serde_json::to_vec(body).map_err(|e| {
        Error::InvalidRequest(format!("the {} request does not serialize: {e}", step.name))
    })?;
    let mut info = RequestInfo {
        operation: step.name.into(),
        method: "POST".into(),
        path: step.path.into(),
        attempts: 0,
        external_id: None,
    };
    let attempts = SigningStepAttempts {
        client,
        step,
        url: format!("{}{}", client.baseurl(), step.path),
        body: bytes::Bytes::from(body),
    };
    let http = client.client();
    // A challenge or token request creates nothing Dfns would execute.
    let answer = send_with_retries(
        http,
        client.inner().retry,
        &mut info,
        Replay::Never,
        attempts,
        budget,
        MAX_SIGNING_RESPONSE_BYTES,
    )
    .await
    .map_err(Error::not_executed)?;
    let (status, bytes) = (answer.status.as_u16(), answer.body);
    if !(200..300).contains(&status) {
        return Err(crate::response::api_error(
            status,
            answer.headers,
            &bytes,
            info.into(),
            false,
        ));
    }
    crate::response::decode_json(&bytes).map_err(|(path, reason)| {
        crate::response::decode_error(status, path, &reason, bytes, info.into(), false)
    })
}

/// The attempts of one signing step: the same JSON body each time.
struct SigningStepAttempts<'a> {
    client: &'a Client,
    step: SigningStep,
    url: String,
    body: bytes::Bytes,
}

impl RequestSource for SigningStepAttempts<'_> {
    async fn next_request(&mut self) -> Result<reqwest::Request, Error> {
        let mut request = self
            .client
            .client()
            .post(&self.url)
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(self.body.clone())
            .build()
            .map_err(|e| {
                Error::InvalidRequest(format!("cannot build the {} request: {e}", self.step.name))
            })?;
        if let Some(bearer) = self.client.inner().bearer_header() {
            request.headers_mut().insert(AUTHORIZATION, bearer.clone());
        }
        Ok(request)
    }

    fn requests_per_attempt(&self) -> u32 {
        1 + self.step.requests_after
    }

    fn is_operation(&self) -> bool {
        false
    }
}

/// Challenges and tokens are small; anything bigger is not Dfns.
const MAX_SIGNING_RESPONSE_BYTES: usize = 1024 * 1024;
