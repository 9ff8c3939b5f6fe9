//! What happens to every request of a generated operation (every `send()`
//! ends in [`crate::response::send_operation`], which calls [`execute`];
//! so does progenitor's `exec` hook): the bearer token, a fresh user action
//! signature per attempt, the retry rules of [`crate::retry`], the body
//! size limit, 202 handling, and tracing.
//!
//! [`execute`] hands back a `reqwest::Response`, as the hook must, so a
//! failure travels inside one (as a [`CarriedError`] extension) and
//! [`crate::response`] turns it back into the [`Error`].

use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{AUTHORIZATION, CONTENT_LENGTH, LOCATION, RETRY_AFTER};
use tracing::Instrument as _;

use crate::error::{CarriedError, RequestInfo};
use crate::idempotency::{key_body, IdempotentOperation};
use crate::retry::Replay;
use crate::{auth, Client, Error, Operation, RetryPolicy};

/// The largest response body read (as the official Go SDK): a bigger one is
/// a decode error, not an out-of-memory.
pub const MAX_RESPONSE_BYTES: usize = 10 * 1024 * 1024;

/// Attached to every response handed to the generated code.
#[derive(Clone)]
pub(crate) struct Exchange {
    pub(crate) request: Box<RequestInfo>,
    pub(crate) body: Bytes,
    /// Whether a 5xx answer leaves the request possibly executed.
    pub(crate) executes: bool,
    /// Whether an earlier attempt of the call may have executed it.
    pub(crate) executed_before: bool,
}

impl Exchange {
    /// Whether an answer with `status` leaves the request possibly executed.
    pub(crate) fn may_have_executed(&self, status: u16) -> bool {
        self.executed_before || (status >= 500 && self.executes)
    }
}

/// What the transport must know of a call: its name for errors and logs,
/// and what it needs. From the operation table for a generated operation;
/// from the caller for a raw call.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CallSpec<'a> {
    pub(crate) name: &'a str,
    pub(crate) requires_auth_token: bool,
    pub(crate) requires_user_action: bool,
    /// Set for the operations Dfns makes idempotent through `externalId`.
    pub(crate) idempotency: Option<&'static IdempotentOperation>,
}

impl From<&'static Operation> for CallSpec<'static> {
    fn from(op: &'static Operation) -> Self {
        CallSpec {
            name: op.name,
            requires_auth_token: op.requires_auth_token,
            requires_user_action: op.requires_user_action,
            idempotency: IdempotentOperation::for_template(op.method, op.path),
        }
    }
}

/// Runs one operation call to completion; never fails at the reqwest level.
pub(crate) async fn execute(
    client: &Client,
    request: reqwest::Request,
    operation: &str,
) -> reqwest::Response {
    // Fail closed: without its row, the client cannot know whether the
    // operation needs a token or a signature, so nothing is sent.
    let Some(spec) = Operation::find(operation) else {
        return carry(Error::UnknownOperation {
            operation: operation.to_owned(),
        });
    };
    if let Err(e) = check_destination(client, &request, spec) {
        return carry(e);
    }
    execute_call(client, request, spec.into()).await
}

/// A path parameter as one URL path segment: every byte but the unreserved
/// ones (`A-Z a-z 0-9 - . _ ~`) percent-encoded, `\` and `/` included (see
/// codegen's `path_encoding`). Called by the generated operations.
// Unused by a document (or a feature selection) without path parameters.
#[allow(dead_code)]
pub(crate) fn encode_path_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Refuses, before anything is sent, a request that would not reach the
/// operation it is signed for: a URL outside the client's base URL (the
/// `exec` hook is public, through progenitor's `ClientHooks`), or a path
/// that no longer matches the operation's template because a path
/// parameter was `.`, `..` or empty (`/wallets/../assets` is `/assets`
/// once the URL is parsed; the signature would cover that other endpoint).
fn check_destination(
    client: &Client,
    request: &reqwest::Request,
    spec: &Operation,
) -> Result<(), Error> {
    use progenitor_client::ClientInfo as _;
    let base = client.baseurl();
    let url = request.url().as_str();
    let inside = url
        .strip_prefix(base)
        .is_some_and(|rest| rest.starts_with('/'));
    if !inside {
        return Err(Error::InvalidRequest(format!(
            "`{}`: the request is not for this client's base URL {base}",
            spec.name
        )));
    }
    let path = client.inner().api_path(request.url().path());
    if crate::operation::literal_segments_matched(spec.path, path).is_none() {
        return Err(Error::InvalidRequest(format!(
            "`{}`: a path parameter is empty, `.` or `..` (or encodes one): the request would \
             go to {path:?} instead of {}",
            spec.name, spec.path
        )));
    }
    Ok(())
}

/// Runs one call (a generated operation's or a raw one) to completion;
/// never fails at the reqwest level.
pub(crate) async fn execute_call(
    client: &Client,
    request: reqwest::Request,
    call: CallSpec<'_>,
) -> reqwest::Response {
    let span = tracing::info_span!(
        "dfns.request",
        operation = call.name,
        method = %request.method(),
        path = request.url().path(),
        attempts = tracing::field::Empty,
        status = tracing::field::Empty,
    );
    match run(client, request, call).instrument(span).await {
        Ok(response) => response,
        Err(e) => carry(e),
    }
}

/// A response whose only content is `e`.
pub(crate) fn carry(e: Error) -> reqwest::Response {
    let mut response = http::Response::new(reqwest::Body::from(Vec::new()));
    // 599: outside every status the spec documents, so no success arm takes it.
    *response.status_mut() = CARRIER_STATUS;
    response.extensions_mut().insert(CarriedError::new(e));
    reqwest::Response::from(response)
}

const CARRIER_STATUS: http::StatusCode = match http::StatusCode::from_u16(599) {
    Ok(status) => status,
    Err(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
};

/// What one call may still spend: requests and time. The operation's
/// attempts and the signing steps inside them draw on the same budget, so
/// `RetryPolicy::max_attempts` bounds the whole call: at most that many
/// sends of the operation, and at most three times as many requests.
pub(crate) struct CallBudget {
    /// `None`: no deadline (`operation_timeout(Duration::MAX)`).
    deadline: Option<tokio::time::Instant>,
    requests_left: AtomicU32,
    operation_sends: AtomicU32,
}

impl CallBudget {
    pub(crate) fn new(policy: RetryPolicy, timeout: Duration) -> CallBudget {
        CallBudget {
            deadline: tokio::time::Instant::now().checked_add(timeout),
            requests_left: AtomicU32::new(policy.attempts().saturating_mul(3)),
            operation_sends: AtomicU32::new(0),
        }
    }

    fn requests_left(&self) -> u32 {
        self.requests_left.load(Ordering::SeqCst)
    }

    fn spend_request(&self) {
        let _ = self
            .requests_left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
    }

    /// Whether waiting `wait` would end after the deadline.
    fn ends_too_late(&self, wait: Duration) -> bool {
        match (self.deadline, tokio::time::Instant::now().checked_add(wait)) {
            (None, _) => false,
            (Some(deadline), Some(end)) => end >= deadline,
            (Some(_), None) => true,
        }
    }

    /// Runs `call` until the deadline; then the call is a timeout that may
    /// have executed if the operation itself had been sent and `executes`.
    pub(crate) async fn run<T>(
        &self,
        request: &RequestInfo,
        executes: bool,
        call: impl Future<Output = Result<T, Error>>,
    ) -> Result<T, Error> {
        let Some(deadline) = self.deadline else {
            return call.await;
        };
        match tokio::time::timeout_at(deadline, call).await {
            Ok(outcome) => outcome,
            Err(_) => {
                let sends = self.operation_sends.load(Ordering::SeqCst);
                Err(Error::Timeout {
                    request: Box::new(RequestInfo {
                        attempts: sends,
                        ..request.clone()
                    }),
                    may_have_executed: sends > 0 && executes,
                })
            }
        }
    }
}

async fn run(
    client: &Client,
    mut template: reqwest::Request,
    spec: CallSpec<'_>,
) -> Result<reqwest::Response, Error> {
    use progenitor_client::ClientInfo as _;
    let state = client.inner();
    let http = client.client();
    let operation = spec.name;
    let bearer = state.bearer_header().cloned();
    if bearer.is_none() && spec.requires_auth_token {
        return Err(Error::MissingAuthToken {
            operation: operation.to_owned(),
        });
    }
    let needs_signature = spec.requires_user_action;
    let delegated = needs_signature && state.preset_token.is_delegated();
    // The idempotency key, set once before the first attempt; every retry
    // sends these very bytes. Never on a delegated call: the end user
    // signed the body as it is (`user_action_challenge` asks for the key).
    let external_id = match spec.idempotency {
        Some(entry) => {
            let body = template.body().and_then(reqwest::Body::as_bytes);
            let keyed = key_body(
                entry,
                body.unwrap_or_default(),
                state.auto_external_id && !delegated,
            )?;
            if let Some(body) = keyed.new_body {
                *template.body_mut() = Some(body.into());
                template.headers_mut().remove(CONTENT_LENGTH);
            }
            keyed.key
        }
        None => None,
    };
    // A delegated client's token serves the one send it was issued for: no
    // retries with it, and no other request signed instead.
    let preset = if needs_signature {
        let payload = auth::signed_payload(operation, &template)?;
        let path = state.api_path(template.url().path());
        state
            .preset_token
            .take_for(template.method().as_str(), path, payload)
            .transpose()?
    } else {
        None
    };
    let policy = if preset.is_some() {
        RetryPolicy::disabled()
    } else {
        state.retry
    };
    if needs_signature && preset.is_none() && state.signer.is_none() {
        return Err(Error::MissingSigner {
            operation: operation.to_owned(),
        });
    }
    let replay = match external_id {
        Some(_) if preset.is_none() => Replay::SameKey,
        _ => Replay::for_method(template.method()),
    };
    let mut info = RequestInfo {
        operation: operation.to_owned(),
        method: template.method().to_string(),
        path: template.url().path().to_owned(),
        attempts: 0,
        external_id,
    };
    let budget = CallBudget::new(policy, state.operation_timeout);
    let attempts = OperationAttempts {
        client,
        operation,
        template,
        bearer,
        preset,
        needs_signature,
        budget: &budget,
    };
    let described = info.clone();
    let sent = budget
        .run(
            &described,
            replay.executes(),
            send_with_retries(
                http,
                policy,
                &mut info,
                replay,
                attempts,
                &budget,
                MAX_RESPONSE_BYTES,
            ),
        )
        .await;
    let span = tracing::Span::current();
    span.record("attempts", info.attempts);
    let answer = sent?;
    span.record("status", answer.status.as_u16());
    finish(answer, Box::new(info), replay)
}

/// Makes the request of each attempt. A trait rather than an async
/// closure: the future of a closure that borrows its captures is not
/// provably `Send` for every lifetime, and every future a user awaits must
/// be `Send` (tokio's multi-thread runtime, axum handlers).
pub(crate) trait RequestSource: Send {
    /// The request for the next attempt.
    fn next_request(&mut self) -> impl Future<Output = Result<reqwest::Request, Error>> + Send;

    /// How many requests one more attempt takes from the call's budget:
    /// this one and those that must follow it.
    fn requests_per_attempt(&self) -> u32;

    /// Whether this is the operation itself (not a signing step).
    fn is_operation(&self) -> bool;
}

/// The attempts of one generated operation: the request the generated code
/// built, with the bearer token and, where the spec asks for one, a fresh
/// user action signature (or the one delegated-signing token).
struct OperationAttempts<'a> {
    client: &'a Client,
    operation: &'a str,
    template: reqwest::Request,
    bearer: Option<reqwest::header::HeaderValue>,
    preset: Option<String>,
    needs_signature: bool,
    budget: &'a CallBudget,
}

impl RequestSource for OperationAttempts<'_> {
    async fn next_request(&mut self) -> Result<reqwest::Request, Error> {
        let mut request = self.template.try_clone().ok_or_else(|| {
            Error::InvalidRequest(
                "a streaming body cannot be sent: it could not be re-sent or signed".into(),
            )
        })?;
        if let Some(bearer) = &self.bearer {
            request.headers_mut().insert(AUTHORIZATION, bearer.clone());
        }
        if let Some(token) = self.preset.take() {
            auth::set_user_action(&mut request, &token)?;
        } else if self.needs_signature {
            // A user action token is single use: every attempt signs anew.
            auth::sign_request(self.client, self.operation, &mut request, self.budget).await?;
        }
        Ok(request)
    }

    fn requests_per_attempt(&self) -> u32 {
        if self.needs_signature && self.preset.is_none() {
            3
        } else {
            1
        }
    }

    fn is_operation(&self) -> bool {
        true
    }
}

/// An answer read whole.
pub(crate) struct Answer {
    pub(crate) status: http::StatusCode,
    pub(crate) version: http::Version,
    pub(crate) headers: http::HeaderMap,
    pub(crate) body: Bytes,
    /// Whether an earlier attempt of the call may have executed it (then
    /// even a 4xx answer leaves it possibly executed).
    pub(crate) executed_before: bool,
}

/// Sends the request `source` makes, once per attempt (so each attempt can
/// carry a fresh signature), until an answer the retry rules accept (see
/// [`crate::retry`]): connect errors and 429 are retried for every request
/// (nothing was executed); timeouts, connections lost after sending
/// (before or while reading the answer) and 5xx as `replay` allows; never
/// more than the policy's attempts, the call's request budget or its
/// deadline allow. A redirect is an error: nothing is sent to its
/// `Location`. Returns the last answer, its body read (at most
/// `body_limit` bytes); `info.attempts` counts the sends.
///
/// When a retry cannot even be made (its signing fails), the error is the
/// earlier attempt's that may have executed, not the signing step's: what
/// the caller must know is that the operation may have run.
pub(crate) async fn send_with_retries(
    http: &reqwest::Client,
    policy: RetryPolicy,
    info: &mut RequestInfo,
    replay: Replay,
    mut source: impl RequestSource,
    budget: &CallBudget,
    body_limit: usize,
) -> Result<Answer, Error> {
    // The latest outcome of an attempt that may have executed.
    let mut earlier: Option<Error> = None;
    loop {
        info.attempts += 1;
        let request = match source.next_request().await {
            Ok(request) => request,
            Err(e) => return Err(earlier_instead(earlier, e)),
        };
        budget.spend_request();
        if source.is_operation() {
            budget.operation_sends.fetch_add(1, Ordering::SeqCst);
        }
        let last_attempt = info.attempts >= policy.attempts()
            || budget.requests_left() < source.requests_per_attempt();
        let executed_before = earlier.is_some();
        let sent_to = request.url().clone();
        let started = Instant::now();
        let outcome = http.execute(request).await;
        let elapsed_ms = started.elapsed().as_millis() as u64;
        let attempt = info.attempts;
        // After a failure: the wait before the next attempt, or `None` to
        // give up.
        let retry_wait = |sent: bool| {
            let wait = policy.backoff_delay(attempt);
            let give_up =
                last_attempt || (sent && !replay.after_sending()) || budget.ends_too_late(wait);
            (!give_up).then_some(wait)
        };
        let wait = match outcome {
            Err(e) => {
                // The URL's query may carry what no log or error should.
                let e = e.without_url();
                // A connect error means nothing reached Dfns.
                let sent = !e.is_connect();
                tracing::debug!(step = %info.operation, attempt, elapsed_ms, error = %e, "dfns request failed");
                let may_have_executed = executed_before || (sent && replay.executes());
                let failure = lost(e, info, may_have_executed);
                let Some(wait) = retry_wait(sent) else {
                    return Err(failure);
                };
                if sent && replay.executes() {
                    earlier = Some(failure);
                }
                wait
            }
            Ok(response) => {
                let status = response.status().as_u16();
                tracing::debug!(step = %info.operation, attempt, elapsed_ms, status, "dfns response");
                // A caller's HTTP client may follow redirects itself: then
                // the answer comes from elsewhere and is not Dfns's.
                if response.status().is_redirection() || *response.url() != sent_to {
                    let may_have_executed = executed_before || replay.executes();
                    return Err(redirected(&response, info, may_have_executed));
                }
                let retry_after = response
                    .headers()
                    .get(RETRY_AFTER)
                    .and_then(|v| v.to_str().ok());
                let wait = match status {
                    429 if !last_attempt => policy.retry_after_delay(retry_after, attempt),
                    s if !last_attempt && replay.retries_status(s) => {
                        policy.retry_after_delay(retry_after, attempt)
                    }
                    // The same bytes and key after an attempt that may have
                    // executed: a conflict is with that attempt, still in
                    // flight at Dfns; once it ends, Dfns answers with its
                    // entity.
                    409 if !last_attempt && replay == Replay::SameKey && executed_before => {
                        Some(policy.backoff_delay(attempt))
                    }
                    _ => None,
                };
                match wait {
                    Some(wait) if !budget.ends_too_late(wait) => {
                        if status >= 500 && replay.executes() {
                            earlier = Some(read_api_error(response, info, body_limit).await);
                        }
                        wait
                    }
                    _ => {
                        let may_have_executed = executed_before
                            || (200..300).contains(&status)
                            || (status >= 500 && replay.executes());
                        match read_answer(response, executed_before, body_limit).await {
                            Ok(answer) => return Ok(answer),
                            Err(ReadError::TooLarge) => {
                                return Err(crate::response::decode_error(
                                    status,
                                    ".".into(),
                                    &format!("the body is larger than {body_limit} bytes"),
                                    Bytes::new(),
                                    Box::new(info.clone()),
                                    may_have_executed,
                                ))
                            }
                            // The request arrived: the answer was lost on the way.
                            Err(ReadError::Transport(e)) => {
                                let may_have_executed = executed_before || replay.executes();
                                let failure = lost(e.without_url(), info, may_have_executed);
                                let Some(wait) = retry_wait(true) else {
                                    return Err(failure);
                                };
                                if replay.executes() {
                                    earlier = Some(failure);
                                }
                                wait
                            }
                        }
                    }
                }
            }
        };
        tracing::warn!(
            step = %info.operation,
            attempt,
            wait_ms = wait.as_millis() as u64,
            "retrying dfns request"
        );
        sleep(wait).await;
    }
}

/// The error for an attempt that failed at the transport level.
fn lost(e: reqwest::Error, info: &RequestInfo, may_have_executed: bool) -> Error {
    let request = Box::new(info.clone());
    if e.is_timeout() {
        Error::Timeout {
            request,
            may_have_executed,
        }
    } else {
        Error::Transport {
            request,
            source: e,
            may_have_executed,
        }
    }
}

/// The error to return when an attempt could not be made: the earlier
/// attempt's, if it may have executed.
fn earlier_instead(earlier: Option<Error>, now: Error) -> Error {
    match earlier {
        Some(earlier) => {
            tracing::warn!(error = %now, "dfns retry could not be made; returning the previous attempt's outcome");
            earlier
        }
        None => now,
    }
}

/// An answer with its body read.
async fn read_answer(
    response: reqwest::Response,
    executed_before: bool,
    limit: usize,
) -> Result<Answer, ReadError> {
    let status = response.status();
    let version = response.version();
    let headers = response.headers().clone();
    let body = read_limited(response, limit).await?;
    Ok(Answer {
        status,
        version,
        headers,
        body,
        executed_before,
    })
}

/// The [`Error::Api`] of a 5xx that may have executed, which is retried.
async fn read_api_error(response: reqwest::Response, info: &RequestInfo, limit: usize) -> Error {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = read_limited(response, limit).await.unwrap_or_default();
    crate::response::api_error(status, headers, &body, Box::new(info.clone()), true)
}

/// The error for a 3xx: the Dfns API never redirects, so whatever answered
/// is not Dfns, and the signed request is not re-sent to `Location`.
fn redirected(response: &reqwest::Response, info: &RequestInfo, may_have_executed: bool) -> Error {
    let location = match response.headers().get(LOCATION) {
        Some(v) if response.status().is_redirection() => {
            String::from_utf8_lossy(v.as_bytes()).into_owned()
        }
        // Followed by the caller's client: where the answer came from.
        _ => response.url().to_string(),
    };
    // Without its query: it may echo the request's.
    let location = Some(
        location
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_owned(),
    );
    Error::Redirected {
        status: response.status().as_u16(),
        location,
        request: Box::new(info.clone()),
        may_have_executed,
    }
}

async fn sleep(duration: Duration) {
    if !duration.is_zero() {
        tokio::time::sleep(duration).await;
    }
}

/// The answer as the response the generated code decodes (a 202 as
/// [`Error::PolicyPending`]).
fn finish(
    answer: Answer,
    request: Box<RequestInfo>,
    replay: Replay,
) -> Result<reqwest::Response, Error> {
    let Answer {
        status,
        version,
        headers,
        body,
        executed_before,
    } = answer;
    if status == http::StatusCode::ACCEPTED {
        let body = serde_json::from_slice(&body).unwrap_or_else(|_| {
            serde_json::Value::String(String::from_utf8_lossy(&body).into_owned())
        });
        return Err(Error::PolicyPending {
            body,
            headers: Box::new(headers),
            request,
        });
    }
    let mut rebuilt = http::Response::new(reqwest::Body::from(body.clone()));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    rebuilt.extensions_mut().insert(Exchange {
        request,
        body,
        executes: replay.executes(),
        executed_before,
    });
    Ok(reqwest::Response::from(rebuilt))
}

#[derive(Debug)]
pub(crate) enum ReadError {
    TooLarge,
    Transport(reqwest::Error),
}

/// The body, refusing more than `limit` bytes whatever `Content-Length` says.
pub(crate) async fn read_limited(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Bytes, ReadError> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(ReadError::TooLarge);
    }
    let mut body = bytes::BytesMut::new();
    while let Some(chunk) = response.chunk().await.map_err(ReadError::Transport)? {
        if body.len() + chunk.len() > limit {
            return Err(ReadError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

#[cfg(test)]
mod tests {
    //! Idempotent requests (the seed spec has none, so a raw GET here).
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    use progenitor_client::ClientInfo as _;

    use super::*;
    use crate::RetryPolicy;

    /// A GET operation for these tests (the seed spec has none).
    static TEST_GET: Operation = Operation {
        name: "test_get",
        method: "GET",
        path: "/things",
        summary: "",
        tags: &[],
        requires_auth_token: false,
        requires_user_action: false,
    };

    async fn call(client: &Client, request: reqwest::Request) -> reqwest::Response {
        match run(client, request, (&TEST_GET).into()).await {
            Ok(response) => response,
            Err(e) => carry(e),
        }
    }

    fn client(base_url: &str, timeout: Duration) -> Client {
        Client::builder()
            .base_url(base_url)
            .timeout(timeout)
            .retry_policy(
                RetryPolicy::default().backoff(Duration::from_millis(1), Duration::from_millis(2)),
            )
            .build()
            .unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_get_is_retried_on_gateway_errors() {
        let server = httpmock::MockServer::start_async().await;
        let hits = Arc::new(AtomicUsize::new(0));
        let counter = hits.clone();
        server
            .mock_async(move |when, then| {
                when.method("GET").path("/things");
                then.respond_with(move |_| {
                    let status = if counter.fetch_add(1, Ordering::SeqCst) < 2 {
                        503
                    } else {
                        200
                    };
                    httpmock::HttpMockResponse::builder()
                        .status(status)
                        .body(r#"{"ok":true}"#)
                        .build()
                });
            })
            .await;
        let client = client(&server.base_url(), Duration::from_secs(5));
        let request = client
            .client()
            .get(format!("{}/things", server.base_url()))
            .build()
            .unwrap();
        let response = call(&client, request).await;
        let value = crate::response::decode::<serde_json::Value>(response)
            .await
            .unwrap();
        assert_eq!(value.into_inner()["ok"], true);
        assert_eq!(hits.load(Ordering::SeqCst), 3);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_get_that_times_out_is_retried_and_cannot_have_executed() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            let held: Vec<_> = listener.incoming().take(3).collect();
            std::thread::sleep(Duration::from_secs(10));
            drop(held);
        });
        let client = client(&format!("http://{address}"), Duration::from_millis(200));
        let request = client
            .client()
            .get(format!("http://{address}/things"))
            .build()
            .unwrap();
        let error = crate::response::unexpected(call(&client, request).await);
        assert!(
            matches!(
                error,
                Error::Timeout {
                    may_have_executed: false,
                    ..
                }
            ),
            "{error}"
        );
        assert_eq!(error.request().unwrap().attempts, 3);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_operation_missing_from_the_table_is_refused_before_sending() {
        let server = httpmock::MockServer::start_async().await;
        let anything = server
            .mock_async(|when, then| {
                when.any_request();
                then.status(200).body("{}");
            })
            .await;
        let client = client(&server.base_url(), Duration::from_secs(5));
        let request = client
            .client()
            .post(format!("{}/auth/credentials/code", server.base_url()))
            .body("{}")
            .build()
            .unwrap();
        let error =
            crate::response::unexpected(execute(&client, request, "renamedByProgenitor").await);
        assert!(
            matches!(&error, Error::UnknownOperation { operation } if operation == "renamedByProgenitor"),
            "{error}"
        );
        assert!(error.to_string().contains("nothing was sent"), "{error}");
        assert_eq!(anything.calls_async().await, 0);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_get_redirect_is_not_followed() {
        let server = httpmock::MockServer::start_async().await;
        let elsewhere = server
            .mock_async(|when, then| {
                when.path("/elsewhere");
                then.status(200).body(r#"{"ok":true}"#);
            })
            .await;
        server
            .mock_async(|when, then| {
                when.path("/things");
                then.status(302).header("location", "/elsewhere");
            })
            .await;
        let client = client(&server.base_url(), Duration::from_secs(5));
        let request = client
            .client()
            .get(format!("{}/things", server.base_url()))
            .build()
            .unwrap();
        let error = crate::response::unexpected(call(&client, request).await);
        assert!(
            matches!(&error, Error::Redirected { status: 302, location: Some(l), may_have_executed: false, .. } if l == "/elsewhere"),
            "{error}"
        );
        assert_eq!(elsewhere.calls_async().await, 0);
    }
}
