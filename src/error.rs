//! The crate's one error type.

use std::fmt;

use crate::auth::SignerError;
use crate::KeyError;

/// Which request an error is about: the operation, its method and path, and
/// how many attempts were made. Never holds a token or key; of the body,
/// only its idempotency key (`externalId`), which is no secret.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestInfo {
    /// The operation's Rust name (`create_credential_code`), or the signing
    /// step (`user_action_challenge`, `user_action_signature`).
    pub operation: String,
    /// The HTTP method.
    pub method: String,
    /// The path as sent (no query, no host).
    pub path: String,
    /// How many times the request was sent (1 when it was not retried).
    pub attempts: u32,
    /// The idempotency key the body carried, for the operations of
    /// [`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS): the caller's
    /// or the one the client set. Look the entity up by it after an error
    /// that [may have executed](Error::may_have_executed).
    pub external_id: Option<String>,
}

impl fmt::Display for RequestInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} {}", self.operation, self.method, self.path)?;
        if self.attempts > 1 {
            write!(f, ", {} attempts", self.attempts)?;
        }
        if let Some(key) = &self.external_id {
            write!(f, ", externalId {key}")?;
        }
        f.write_str(")")
    }
}

/// A response body kept whole for the code that asks for it
/// (`serde_json::from_slice(&body)`), never printed: its `Debug` shows the
/// length only.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ResponseBody(pub bytes::Bytes);

impl std::ops::Deref for ResponseBody {
    type Target = bytes::Bytes;
    fn deref(&self) -> &bytes::Bytes {
        &self.0
    }
}

impl AsRef<[u8]> for ResponseBody {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for ResponseBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ResponseBody(<{} bytes>)", self.0.len())
    }
}

fn executed_note(may_have_executed: &bool) -> &'static str {
    if *may_have_executed {
        "; the request may have executed: check its effect before sending it again"
    } else {
        ""
    }
}

/// Everything that can go wrong calling Dfns.
///
/// Match on it to tell what happened; its `Display` is one line fit for a
/// log. No variant ever holds the bearer token or key material.
///
/// ```no_run
/// # async fn run(client: dfns::Client) {
/// let in_ten_minutes = dfns::Timestamp::from_now(std::time::Duration::from_secs(600));
/// let call = client.create_credential_code().body_map(|b| b.expiration(in_ten_minutes));
/// match call.send().await {
///     Ok(code) => println!("{}", code.code),
///     Err(dfns::Error::PolicyPending { body, .. }) => println!("waiting for approval: {body}"),
///     Err(e) if e.may_have_executed() => eprintln!("unknown outcome, check before retrying: {e}"),
///     Err(e) => eprintln!("{e}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The [`ClientBuilder`](crate::ClientBuilder) was given something unusable.
    #[error("invalid client configuration: {0}")]
    Config(String),

    /// The request the caller built is invalid (a missing required field, a
    /// value out of bounds). Nothing was sent.
    #[error("invalid request (nothing was sent): {0}")]
    InvalidRequest(String),

    /// The generated code called an operation that the operation table
    /// (`dfns::OPERATIONS`) does not list, so the client cannot tell whether
    /// it needs a token or a signature. A bug in `dfns` (the generated code
    /// and the table disagree, e.g. after a generator upgrade); nothing was
    /// sent, never an unsigned request.
    #[error("`{operation}` is not in the operation table: the generated code and dfns::OPERATIONS disagree (a dfns-codegen/progenitor mismatch; please report it); nothing was sent")]
    UnknownOperation {
        /// The operation id the generated code passed.
        operation: String,
    },

    /// The operation needs a bearer token and the client has none. Nothing was sent.
    #[error("`{operation}` needs a bearer token; set one with `ClientBuilder::auth_token` (nothing was sent)")]
    MissingAuthToken {
        /// The operation's Rust name.
        operation: String,
    },

    /// The operation needs a user action signature and the client has no
    /// signer. Nothing was sent.
    #[error("`{operation}` needs a user action signature; set a signer with `ClientBuilder::signer` (nothing was sent)")]
    MissingSigner {
        /// The operation's Rust name.
        operation: String,
    },

    /// Dfns did not list the signer's credential among those allowed to
    /// sign this action. The request was not sent.
    #[error("credential `{credential_id}` is not allowed to sign this user action (Dfns allows key credentials {allowed:?}); check the credential id and that the credential is active (nothing was sent)")]
    CredentialNotAllowed {
        /// The signer's credential id.
        credential_id: String,
        /// The key credential ids Dfns offered in `allowCredentials.key`.
        allowed: Vec<String>,
    },

    /// The signer could not sign the challenge. The request was not sent.
    #[error("the credential signer failed (nothing was sent): {0}")]
    Signer(#[from] SignerError),

    /// Dfns answered with an error status.
    #[error(
        "{request}: HTTP {status}: {message}{}",
        executed_note(may_have_executed)
    )]
    Api {
        /// The HTTP status code.
        status: u16,
        /// Dfns's message (`error.message` or `message`), else the status text.
        message: String,
        /// Dfns's error code, when the body has one (`error.code`, `code` or `errorName`).
        code: Option<String>,
        /// The whole JSON error body, when it is JSON.
        details: Option<serde_json::Value>,
        /// The response's headers (request ids for Dfns support, rate limits).
        headers: Box<http::HeaderMap>,
        /// The request.
        request: Box<RequestInfo>,
        /// True for a 5xx to a request that is not idempotent: Dfns may have
        /// carried it out before failing.
        may_have_executed: bool,
    },

    /// HTTP 202: Dfns accepted the request but a policy requires approval
    /// before it executes. Not a success: track the approval with `body`.
    ///
    /// For retries this counts as executed ([`may_have_executed`](Error::may_have_executed)
    /// is true): Dfns created the action and an approval request, and
    /// sending the request again would create a second one.
    #[error("{request}: accepted, pending policy approval (HTTP 202)")]
    PolicyPending {
        /// The response body (it identifies the approval).
        body: serde_json::Value,
        /// The response's headers.
        headers: Box<http::HeaderMap>,
        /// The request.
        request: Box<RequestInfo>,
    },

    /// The answer was a redirect (3xx). The Dfns API never redirects, so
    /// whatever answered is not Dfns (a proxy, a captive portal, a wrong
    /// `base_url`); the client does not follow it, and nothing was sent to
    /// `location`.
    #[error(
        "{request}: HTTP {status} redirect to {}: the Dfns API does not redirect; not followed (check base_url and proxies){}",
        location.as_deref().unwrap_or("<no Location>"),
        executed_note(may_have_executed)
    )]
    Redirected {
        /// The 3xx status.
        status: u16,
        /// The `Location` header, if any.
        location: Option<String>,
        /// The request.
        request: Box<RequestInfo>,
        /// True for a request that is not idempotent: what answered may
        /// have passed it on before redirecting.
        may_have_executed: bool,
    },

    /// No answer within the configured timeout (`timeout` for one exchange,
    /// `operation_timeout` for the whole call).
    #[error("{request}: timed out{}", executed_note(may_have_executed))]
    Timeout {
        /// The request.
        request: Box<RequestInfo>,
        /// Whether the request had been sent when the time ran out.
        may_have_executed: bool,
    },

    /// The HTTP exchange failed (connection refused or reset, TLS, DNS).
    #[error("{request}: {source}{}", executed_note(may_have_executed))]
    Transport {
        /// The request.
        request: Box<RequestInfo>,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
        /// Whether the request may have reached Dfns.
        may_have_executed: bool,
    },

    /// Dfns answered, but the body is not what the spec says (not JSON,
    /// truncated, too large, a field the document requires missing). New
    /// variants, values, fields and id shapes are not this error: they
    /// decode. After a 2xx the request did execute; `body` holds the whole
    /// answer, so nothing is lost (`serde_json::from_slice(&body)`).
    ///
    /// Its `Display` and `Debug` show where and why, never the body's text
    /// (a login or token response carries credentials): values quoted from
    /// the body are left out of `reason` too.
    #[error(
        "{request}: cannot decode the response (HTTP {status}, {} bytes) at `{path}`: {reason}{}",
        body.len(),
        executed_note(may_have_executed)
    )]
    Decode {
        /// The HTTP status code.
        status: u16,
        /// Where in the body decoding failed, as a JSON path (`.items[3].requestBody`;
        /// `.` for the whole body).
        path: String,
        /// Why decoding failed, without text from the body.
        reason: String,
        /// The whole body as received (empty if it was too large to read).
        body: ResponseBody,
        /// The request.
        request: Box<RequestInfo>,
        /// True after a 2xx (it executed), and after a 5xx to a request
        /// that is not idempotent; false when the operation itself was
        /// never sent (a signing step's answer failed to decode).
        may_have_executed: bool,
    },

    /// A list operation's `.stream()` stopped: the server repeated a page
    /// token (it would have read the same pages forever).
    #[error("pagination stopped: {0}")]
    Pagination(String),

    /// A waiter ([`Client::wait_transfer`](crate::Client) and the like)
    /// reached its deadline before the entity reached a terminal status.
    /// Nothing failed: the entity may still settle; look again later.
    #[error(
        "{what} {id} did not settle within {:.1} s (last status seen: {})",
        waited.as_secs_f64(),
        last_status.as_deref().unwrap_or("none")
    )]
    NotSettled {
        /// `transfer`, `transaction` or `signature`.
        what: &'static str,
        /// The entity's id.
        id: String,
        /// The last status the get operation answered.
        last_status: Option<String>,
        /// How long the waiter waited.
        waited: std::time::Duration,
    },

    /// A private key could not be loaded.
    #[error(transparent)]
    Key(#[from] KeyError),
}

impl Error {
    /// The HTTP status Dfns answered with, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. }
            | Error::Decode { status, .. }
            | Error::Redirected { status, .. } => Some(*status),
            Error::PolicyPending { .. } => Some(202),
            _ => None,
        }
    }

    /// The HTTP status Dfns answered with, as an [`http::StatusCode`].
    pub fn status_code(&self) -> Option<http::StatusCode> {
        self.status()
            .and_then(|s| http::StatusCode::from_u16(s).ok())
    }

    /// The response's headers, for [`Error::Api`] and [`Error::PolicyPending`].
    pub fn headers(&self) -> Option<&http::HeaderMap> {
        match self {
            Error::Api { headers, .. } | Error::PolicyPending { headers, .. } => Some(headers),
            _ => None,
        }
    }

    /// The request id the answer carried, to quote to Dfns support: the
    /// first of `x-request-id`, `x-dfns-request-id`, `x-amzn-requestid`,
    /// `x-amz-request-id`, `request-id` present in the response headers.
    ///
    /// ```
    /// # fn log(e: &dfns::Error) {
    /// if let Some(id) = e.request_id() {
    ///     eprintln!("{e} (Dfns request id {id})");
    /// }
    /// # }
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        const NAMES: [&str; 5] = [
            "x-request-id",
            "x-dfns-request-id",
            "x-amzn-requestid",
            "x-amz-request-id",
            "request-id",
        ];
        let headers = self.headers()?;
        NAMES
            .iter()
            .find_map(|name| headers.get(*name).and_then(|v| v.to_str().ok()))
    }

    /// Dfns's error message, for [`Error::Api`].
    pub fn dfns_message(&self) -> Option<&str> {
        match self {
            Error::Api { message, .. } => Some(message),
            _ => None,
        }
    }

    /// The request the error is about, when one was attempted.
    pub fn request(&self) -> Option<&RequestInfo> {
        match self {
            Error::Api { request, .. }
            | Error::PolicyPending { request, .. }
            | Error::Timeout { request, .. }
            | Error::Transport { request, .. }
            | Error::Redirected { request, .. }
            | Error::Decode { request, .. } => Some(request),
            _ => None,
        }
    }

    /// Whether the request may have been carried out although this error was
    /// returned: a non-idempotent request that timed out, lost its connection
    /// after being sent, got a 5xx or a redirect, or is pending policy
    /// approval (202: it was created); or any error after such an attempt
    /// of the same call. Such a request is never re-sent automatically
    /// unless it carries an idempotency key (see
    /// [`ClientBuilder::auto_external_id`](crate::ClientBuilder::auto_external_id));
    /// check its effect (look it up by [`external_id`](Self::external_id))
    /// before sending it again with another key.
    pub fn may_have_executed(&self) -> bool {
        match self {
            Error::Api {
                may_have_executed, ..
            }
            | Error::Timeout {
                may_have_executed, ..
            }
            | Error::Transport {
                may_have_executed, ..
            }
            | Error::Redirected {
                may_have_executed, ..
            } => *may_have_executed,
            Error::PolicyPending { .. } => true,
            Error::Decode {
                may_have_executed, ..
            } => *may_have_executed,
            _ => false,
        }
    }

    /// The idempotency key (`externalId`) of the request: for the
    /// operations of [`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS),
    /// the caller's or the one the client set; for a 409 duplicate, the key
    /// Dfns names. After an error that [may have executed](Self::may_have_executed),
    /// look the transfer, transaction or signature up by it; sending the
    /// same body with this key again is safe (Dfns answers with what the
    /// first request created).
    pub fn external_id(&self) -> Option<&str> {
        self.request()
            .and_then(|r| r.external_id.as_deref())
            .or_else(|| self.duplicate_field("externalId"))
    }

    /// For a 409 answering a reused `externalId` with another body (or
    /// wallet), the id of the entity Dfns created for that key first. Not
    /// retried: the key belongs to that entity. When
    /// [`may_have_executed`](Self::may_have_executed) is true as well, an
    /// earlier attempt of this very call (same body, same key) reached Dfns
    /// and the conflict is most likely with it: the entity may be this
    /// call's own. Look it up before sending anything with another key.
    ///
    /// ```no_run
    /// # async fn run(client: dfns::Client, call: impl std::future::Future<Output = Result<(), dfns::Error>>) {
    /// match call.await {
    ///     Err(e) if e.duplicate_of().is_some() => {
    ///         eprintln!("externalId {:?} is already transfer {:?}", e.external_id(), e.duplicate_of());
    ///     }
    ///     _ => {}
    /// }
    /// # }
    /// ```
    pub fn duplicate_of(&self) -> Option<&str> {
        self.duplicate_field("id")
    }

    /// A field of `error.details.duplicate` in a 409 answer.
    fn duplicate_field(&self, field: &str) -> Option<&str> {
        let Error::Api {
            status: 409,
            details: Some(details),
            ..
        } = self
        else {
            return None;
        };
        ["/error/details/duplicate", "/details/duplicate"]
            .iter()
            .find_map(|p| details.pointer(p))
            .and_then(|duplicate| duplicate.get(field))
            .and_then(serde_json::Value::as_str)
    }

    /// True for [`Error::PolicyPending`].
    pub fn is_policy_pending(&self) -> bool {
        matches!(self, Error::PolicyPending { .. })
    }

    /// The same error for a request known not to have changed anything
    /// (a signing step: the operation itself was never sent).
    pub(crate) fn not_executed(mut self) -> Error {
        if let Error::Api {
            may_have_executed, ..
        }
        | Error::Timeout {
            may_have_executed, ..
        }
        | Error::Transport {
            may_have_executed, ..
        }
        | Error::Redirected {
            may_have_executed, ..
        }
        | Error::Decode {
            may_have_executed, ..
        } = &mut self
        {
            *may_have_executed = false;
        }
        self
    }
}

/// Building a request failed (an invalid URL or header); nothing was sent.
impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::InvalidRequest(e.to_string())
    }
}

impl From<reqwest::header::InvalidHeaderValue> for Error {
    fn from(e: reqwest::header::InvalidHeaderValue) -> Self {
        Error::InvalidRequest(format!("invalid header value: {e}"))
    }
}

impl From<std::convert::Infallible> for Error {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

/// progenitor's hooks still speak `progenitor_client::Error`; the crate's
/// hooks never fail through it, but the generated code converts with `?`.
impl<E> From<progenitor_client::Error<E>> for Error {
    fn from(e: progenitor_client::Error<E>) -> Self {
        match e {
            progenitor_client::Error::InvalidRequest(m) | progenitor_client::Error::Custom(m) => {
                Error::InvalidRequest(m)
            }
            other => Error::InvalidRequest(other.into_untyped().to_string()),
        }
    }
}

/// Internal: a `reqwest::Response` can carry an `Error` to the generated
/// code, which only accepts responses from the `exec` hook. Read by the
/// generated operations only (unused when every tag feature is off).
#[derive(Clone)]
#[allow(dead_code)]
pub(crate) struct CarriedError(pub(crate) std::sync::Arc<std::sync::Mutex<Option<Error>>>);

impl CarriedError {
    pub(crate) fn new(e: Error) -> Self {
        CarriedError(std::sync::Arc::new(std::sync::Mutex::new(Some(e))))
    }

    pub(crate) fn take(&self) -> Option<Error> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}
