//! A fake Dfns on loopback, for tests (feature `mock`).
//!
//! [`DfnsMock`] is a real HTTP server (httpmock) that behaves like Dfns where
//! it matters to a client: it checks the bearer token, runs the user action
//! challenge flow, verifies each signature with the credential's public key,
//! and accepts a user action token once, for the exact method, path and body
//! it was issued for. Every operation of the vendored spec answers with a
//! canned success body built from its response schema ([`canned_response`]);
//! [`DfnsMock::stub`] and [`DfnsMock::queue_response`] script other answers.
//!
//! ```
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mock = dfns::mock::DfnsMock::start().await;
//! let client = mock.client();
//! let code = client
//!     .create_credential_code()
//!     .body_map(|b| b.expiration(dfns::Timestamp::from_now(std::time::Duration::from_secs(60))))
//!     .send()
//!     .await?;
//! assert!(!code.code.is_empty());
//! assert_eq!(mock.user_actions().len(), 1);
//! # Ok(())
//! # }
//! ```

// A test tool: a mock that cannot start, or a stub that no longer fits the
// spec, fails the test that uses it, with a panic that says why.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deliveries;
mod entities;
mod front;
mod routes;
mod signing;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use httpmock::{HttpMockRequest, HttpMockResponse, MockServer, Then, When};
use serde_json::Value;

use crate::{Client, CredentialSigner as _, IdempotentOperation, KeyError, KeySigner, Operation};
use entities::{Entities, Seen};
use front::{Front, Loss};
use signing::{check_bearer, Ledger, Verifier};

pub use deliveries::canned_event;
pub use httpmock;
pub use routes::{canned_response, check_response, StubError};

/// A user action the mock signed off: what was signed, by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedUserAction {
    /// The credential that signed.
    pub credential_id: String,
    /// `userActionHttpMethod`.
    pub method: String,
    /// `userActionHttpPath`.
    pub path: String,
    /// `userActionPayload`: the body the request must carry.
    pub payload: String,
    /// The decoded `clientData` that was signed.
    pub client_data: String,
    /// Whether the real request carrying the token arrived.
    pub consumed: bool,
}

/// An answer scripted with [`DfnsMock::queue_response`].
struct QueuedResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// How [`DfnsMock::lose_answer`] loses the answer to a request that
/// executed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LostAnswer {
    /// This status (e.g. 500 or 503) instead of the answer.
    Status(u16),
    /// The connection is closed without an answer.
    Dropped,
    /// No answer for this long, then the connection is closed: longer than
    /// the client's `timeout`, the client gives up first.
    Silence(std::time::Duration),
}

/// An endpoint the vendored spec does not have, set with [`DfnsMock::stub_raw`].
#[derive(Clone)]
struct RawStub {
    method: String,
    /// A concrete path or a template with `{parameters}`.
    path: String,
    /// Whether requests must carry a user action token.
    user_action: bool,
    status: u16,
    body: Vec<u8>,
}

impl RawStub {
    fn key(&self) -> String {
        format!("{} {}", self.method, self.path)
    }
}

/// What answers a request: an operation of the spec or a raw stub,
/// whichever matches with more literal segments (the spec's on a tie), as
/// a server routes `/wallets/all/history` before `/wallets/{walletId}/history`.
enum Route<'a> {
    Operation(&'static Operation),
    Raw(&'a RawStub),
}

impl State {
    fn route(&self, method: &str, path: &str) -> Option<Route<'_>> {
        let stub = self
            .raw_stubs
            .iter()
            .filter(|s| s.method == method)
            .filter_map(|s| {
                crate::operation::literal_segments_matched(&s.path, path).map(|score| (score, s))
            })
            .max_by_key(|(score, _)| *score);
        match (Operation::for_request_scored(method, path), stub) {
            (Some((documented, _)), Some((raw, stub))) if raw > documented => {
                Some(Route::Raw(stub))
            }
            (Some((_, op)), _) => Some(Route::Operation(op)),
            (None, Some((_, stub))) => Some(Route::Raw(stub)),
            (None, None) => None,
        }
    }
}

#[derive(Default)]
struct State {
    /// Answers to give, per operation, before the normal one.
    queued: HashMap<String, VecDeque<QueuedResponse>>,
    /// Success bodies set with [`DfnsMock::stub`], per operation.
    stubs: HashMap<String, Vec<u8>>,
    /// Answers set with [`DfnsMock::stub_raw`], for paths the spec lacks.
    raw_stubs: Vec<RawStub>,
    /// Requests received, per operation (or raw stub, `"METHOD /path"`).
    hits: HashMap<String, usize>,
    /// Answers to lose, per operation, after the request executed.
    lost: HashMap<String, VecDeque<LostAnswer>>,
    /// What the idempotent operations created, by `externalId`.
    entities: Entities,
    signing: Ledger,
}

/// A fake Dfns server on loopback. See the [module docs](self).
pub struct DfnsMock {
    server: MockServer,
    /// Where clients connect: a relay before `server` that can lose answers.
    front: Front,
    /// The header that asks `front` to lose an answer (its name holds a
    /// secret of this mock).
    loss_header: String,
    state: Arc<Mutex<State>>,
    /// The httpmock id of the route serving every operation, which
    /// [`mock_async`](Self::mock_async) moves behind the test's own mocks.
    operations_route: Mutex<usize>,
    auth_token: String,
    credential_id: String,
    private_key_pem: zeroize::Zeroizing<String>,
}

impl std::fmt::Debug for DfnsMock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DfnsMock")
            .field("base_url", &self.server.base_url())
            .field("credential_id", &self.credential_id)
            .finish_non_exhaustive()
    }
}

/// An httpmock server. `MockServer::start_async`'s future is not `Send`,
/// so it would make [`DfnsMock::start`] unusable in `tokio::spawn`; its
/// blocking twin runs on tokio's blocking pool instead.
async fn start_server() -> MockServer {
    match tokio::task::spawn_blocking(MockServer::start).await {
        Ok(server) => server,
        Err(e) => match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(e) => panic!("the mock server did not start: {e}"),
        },
    }
}

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).expect("the OS random number generator is available");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

impl DfnsMock {
    /// Starts a server with a fresh bearer token and one Ed25519 key
    /// credential, whose signer [`signer`](Self::signer) returns.
    pub async fn start() -> DfnsMock {
        use ed25519_dalek::pkcs8::{spki::der::pem::LineEnding, EncodePrivateKey as _};
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut()).expect("the OS random number generator is available");
        let key = ed25519_dalek::SigningKey::from_bytes(&seed);
        let pem = key
            .to_pkcs8_pem(LineEnding::LF)
            .expect("encoding a key cannot fail");
        let server = start_server().await;
        let loss_header = format!("x-dfns-mock-lose-{}", random_hex(16));
        let mock = DfnsMock {
            front: Front::start(*server.address(), loss_header.clone()),
            loss_header,
            server,
            state: Arc::default(),
            operations_route: Mutex::new(0),
            auth_token: format!("mock-token-{}", random_hex(16)),
            credential_id: format!("cr-mock-{}", random_hex(6)),
            private_key_pem: zeroize::Zeroizing::new(pem.to_string()),
        };
        let signer = mock.signer();
        mock.register_credential(signer.credential_id(), &signer.public_key_pem())
            .expect("a fresh Ed25519 key is valid");
        mock.install_signing_endpoints().await;
        mock.install_operations_route().await;
        mock
    }

    /// The URL to pass to [`ClientBuilder::base_url`](crate::ClientBuilder::base_url).
    ///
    /// It is a relay before [`server`](Self::server) (which is what lets
    /// [`lose_answer`](Self::lose_answer) close a connection); requests
    /// pass through it unchanged.
    pub fn base_url(&self) -> String {
        self.front.base_url()
    }

    /// The bearer token the mock accepts.
    pub fn auth_token(&self) -> &str {
        &self.auth_token
    }

    /// The id of the mock's built-in credential.
    pub fn credential_id(&self) -> &str {
        &self.credential_id
    }

    /// A signer for the mock's built-in Ed25519 credential.
    pub fn signer(&self) -> KeySigner {
        KeySigner::from_pem(self.credential_id.clone(), &self.private_key_pem)
            .expect("the mock's own key is valid")
    }

    /// A client pointed at the mock, with its token and signer.
    pub fn client(&self) -> Client {
        Client::builder()
            .base_url(self.base_url())
            .auth_token(self.auth_token.clone())
            .signer(self.signer())
            .build()
            .expect("a loopback base URL is valid")
    }

    /// Registers another key credential (public key as SPKI PEM), e.g. to
    /// test a signer of another algorithm.
    pub fn register_credential(
        &self,
        credential_id: &str,
        public_key_pem: &str,
    ) -> Result<(), KeyError> {
        let verifier = Verifier::from_pem(public_key_pem)?;
        self.lock()
            .signing
            .credentials
            .push((credential_id.to_owned(), verifier));
        Ok(())
    }

    /// Every user action signed so far, in order.
    pub fn user_actions(&self) -> Vec<RecordedUserAction> {
        self.lock().signing.actions.clone()
    }

    /// The underlying httpmock server. Mocks added to it directly are
    /// tried *after* the mock's own routes, so they only see requests for
    /// paths the spec does not have; to answer an operation with httpmock's
    /// API, use [`mock_async`](Self::mock_async).
    pub fn server(&self) -> &MockServer {
        &self.server
    }

    /// Adds an httpmock mock that is tried before the mock's operation
    /// routes, so it can answer any operation (without the mock's token
    /// and signature checks: use [`stub`](Self::stub) to keep those). Add
    /// it before sending the requests it should see.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() {
    /// use dfns::mock::{httpmock::Method::POST, DfnsMock};
    /// let mock = DfnsMock::start().await;
    /// let outage = mock
    ///     .mock_async(|when, then| {
    ///         when.method(POST).path("/auth/credentials/code");
    ///         then.status(418);
    ///     })
    ///     .await;
    /// let err = mock.client().create_credential_code()
    ///     .body_map(|b| b.expiration(dfns::Timestamp::from_unix_seconds(2_000_000_000).unwrap()))
    ///     .send().await.unwrap_err();
    /// assert_eq!(err.status(), Some(418));
    /// assert_eq!(outage.calls_async().await, 1);
    /// # }
    /// ```
    pub async fn mock_async<F>(&self, spec: F) -> httpmock::Mock<'_>
    where
        F: FnOnce(When, Then),
    {
        let added = self.server.mock_async(spec).await;
        // httpmock tries mocks in the order they were added.
        let old = std::mem::take(&mut *self.route_id());
        httpmock::Mock::new(old, &self.server).delete_async().await;
        self.install_operations_route().await;
        added
    }

    /// Makes operation `name` (its Rust method name) answer 200 with this
    /// body from now on, after the bearer token and user action checks.
    ///
    /// # Panics
    /// If the vendored spec has no such operation, or the body would not
    /// decode into the operation's response type (see [`check_response`]):
    /// a stub written for an older spec fails here, not in the code under test.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() {
    /// let mock = dfns::mock::DfnsMock::start().await;
    /// mock.stub("create_credential_code", serde_json::json!({"code": "FIXED", "expiration": "2030-01-01T00:00:00Z"}));
    /// let code = mock.client().create_credential_code()
    ///     .body_map(|b| b.expiration(dfns::Timestamp::from_unix_seconds(2_000_000_000).unwrap()))
    ///     .send().await.unwrap();
    /// assert_eq!(code.code, "FIXED");
    /// # }
    /// ```
    pub fn stub(&self, name: &str, body: Value) {
        if let Err(e) = check_response(name, &body) {
            panic!("DfnsMock::stub: {e}");
        }
        self.lock()
            .stubs
            .insert(name.to_owned(), body.to_string().into_bytes());
    }

    /// Makes the next call of operation `name` get this answer instead of
    /// the normal one (after the bearer token and user action checks, which
    /// still consume the token). Queue several to script a sequence, e.g. a
    /// 429 then the normal success, or a 202 pending approval. The body is
    /// sent as given, unchecked, to test how code copes with bad answers.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() {
    /// let mock = dfns::mock::DfnsMock::start().await;
    /// mock.queue_response("create_credential_code", 202, &[], r#"{"id":"ap-1"}"#);
    /// let err = mock.client().create_credential_code()
    ///     .body_map(|b| b.expiration(dfns::Timestamp::from_unix_seconds(2_000_000_000).unwrap()))
    ///     .send().await.unwrap_err();
    /// assert!(err.is_policy_pending());
    /// # }
    /// ```
    pub fn queue_response(
        &self,
        name: &str,
        status: u16,
        headers: &[(&str, &str)],
        body: impl Into<Vec<u8>>,
    ) {
        let response = QueuedResponse {
            status,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            body: body.into(),
        };
        self.lock()
            .queued
            .entry(name.to_owned())
            .or_default()
            .push_back(response);
    }

    /// Answers `method path` (a concrete path, or a template such as
    /// `/wallets/{walletId}/transfers/{transferId}/abort`) with `status` and
    /// `body` (`Value::Null` for none): an endpoint newer than the vendored
    /// document, for code that calls it with [`Client::raw`](crate::Client::raw).
    /// Replaces an earlier stub of the same method and path.
    ///
    /// Like Dfns, the mock requires the bearer token and, when
    /// `user_action` is true (the endpoint's docs say "User Action
    /// Signature required"), a user action token issued for exactly this
    /// method, path and body, used once; a request without one is answered
    /// 401, as Dfns would. A token on a request to an unsigned stub is
    /// checked too. [`hits`](Self::hits) counts the requests under
    /// `"METHOD path"` as given here.
    ///
    /// A stub more specific than an operation of the spec (`/wallets/all/x`
    /// beside `/wallets/{walletId}/x`) answers the paths it matches.
    ///
    /// # Panics
    /// If the vendored spec has this very operation: use [`stub`](Self::stub)
    /// or [`queue_response`](Self::queue_response), which check the body
    /// against its type. A raw stub left over from before a spec bump fails
    /// here, not in the code under test.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() {
    /// use dfns::reqwest::Method;
    /// let mock = dfns::mock::DfnsMock::start().await;
    /// let signed = true;
    /// mock.stub_raw(Method::PUT, "/wallets/{walletId}/transfers/{transferId}/abort", signed,
    ///     200, serde_json::json!({"id": "xfr-1", "status": "Failed"}));
    /// let aborted = mock.client().raw(Method::PUT, "/wallets/wa-1/transfers/xfr-1/abort")
    ///     .user_action(true)
    ///     .send().await.unwrap();
    /// assert_eq!(aborted["status"], "Failed");
    /// assert_eq!(mock.user_actions().len(), 1);
    /// assert_eq!(mock.hits("PUT /wallets/{walletId}/transfers/{transferId}/abort"), 1);
    /// # }
    /// ```
    pub fn stub_raw(
        &self,
        method: reqwest::Method,
        path: &str,
        user_action: bool,
        status: u16,
        body: Value,
    ) {
        let documented = crate::OPERATIONS
            .iter()
            .find(|op| op.method == method.as_str() && routes::same_template(op.path, path));
        if let Some(op) = documented {
            panic!(
                "DfnsMock::stub_raw: {method} {path} is `{}` ({} {}) in the vendored spec; \
                 use DfnsMock::stub or queue_response",
                op.name, op.method, op.path
            );
        }
        let stub = RawStub {
            method: method.as_str().to_owned(),
            path: path.to_owned(),
            user_action,
            status,
            body: if body.is_null() {
                Vec::new()
            } else {
                body.to_string().into_bytes()
            },
        };
        let mut state = self.lock();
        state
            .raw_stubs
            .retain(|s| !(s.method == stub.method && s.path == stub.path));
        state.raw_stubs.push(stub);
    }

    /// Makes operation `name` (a get operation: `get_transfer`,
    /// `get_transaction`…) answer its canned body with each of `statuses`
    /// in turn, then the last one from then on: a transfer moving
    /// `Pending` → `Broadcasted` → `Confirmed`, for code that waits
    /// ([`Client::wait_transfer`](crate::Client) and the like).
    ///
    /// # Panics
    /// If the spec has no such operation, its answer has no `status`, or
    /// `statuses` is empty.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() {
    /// # #[cfg(dfns_op = "get_transfer")] {
    /// let mock = dfns::mock::DfnsMock::start().await;
    /// mock.script_statuses("get_transfer", &["Pending", "Broadcasted", "Confirmed"]);
    /// let wait = dfns::Wait::new(std::time::Duration::from_secs(10))
    ///     .poll_interval(std::time::Duration::from_millis(1), std::time::Duration::from_millis(5));
    /// let transfer = mock.client().wait_transfer("wa-1", "xfr-1", wait).await.unwrap();
    /// assert_eq!(transfer.status.to_string(), "Confirmed");
    /// assert_eq!(mock.hits("get_transfer"), 3);
    /// # }
    /// # }
    /// ```
    pub fn script_statuses(&self, name: &str, statuses: &[&str]) {
        let Some(mut body) = canned_response(name) else {
            panic!("DfnsMock::script_statuses: the vendored spec has no operation named `{name}`");
        };
        if body.get("status").is_none() {
            panic!("DfnsMock::script_statuses: `{name}` answers no `status`");
        }
        let Some((last, first)) = statuses.split_last() else {
            panic!("DfnsMock::script_statuses: give at least one status");
        };
        // A new script replaces what an earlier one left queued.
        self.lock().queued.remove(name);
        let json = [("content-type", "application/json")];
        for status in first {
            body["status"] = (*status).into();
            self.queue_response(name, 200, &json, body.to_string());
        }
        body["status"] = (*last).into();
        self.stub(name, body);
    }

    /// How many requests operation `name` received (whatever was answered).
    pub fn hits(&self, name: &str) -> usize {
        self.lock().hits.get(name).copied().unwrap_or(0)
    }

    /// Makes the next call of operation `name` that executes (answered with
    /// a 2xx: a transfer is created, counted by [`created`](Self::created);
    /// a refused call does not count) lose its answer on the way back, as a network or a failing gateway would: to
    /// rehearse what a service does when it cannot know whether money
    /// moved. Queue several for several calls.
    ///
    /// The operations of [`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS)
    /// keep Dfns's contract here: the same request with the same
    /// `externalId` gets the entity it created, with 200; the same key with
    /// another body or wallet gets a 409 naming it
    /// ([`Error::duplicate_of`](crate::Error::duplicate_of)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() {
    /// # #[cfg(dfns_op = "transfer_asset")] {
    /// use dfns::mock::{DfnsMock, LostAnswer};
    /// let mock = DfnsMock::start().await;
    /// mock.lose_answer("transfer_asset", LostAnswer::Dropped);
    /// let body: dfns::types::TransferAssetBody = serde_json::from_value(
    ///     serde_json::json!({"kind": "Native", "to": "0xb0b", "amount": "1000"})).unwrap();
    /// // The client set an externalId, so it could safely send the transfer again.
    /// let transfer = mock.client().transfer_asset().wallet_id("wa-1").body(body).send().await.unwrap();
    /// assert_eq!(mock.created("transfer_asset"), 1);
    /// assert_eq!(mock.hits("transfer_asset"), 2);
    /// assert!(transfer.external_id.is_some());
    /// # }
    /// # }
    /// ```
    pub fn lose_answer(&self, name: &str, how: LostAnswer) {
        if Operation::find(name).is_none() {
            panic!("DfnsMock::lose_answer: the vendored spec has no operation named `{name}`");
        }
        self.lock()
            .lost
            .entry(name.to_owned())
            .or_default()
            .push_back(how);
    }

    /// How many entities operation `name` created (answers with a 2xx
    /// status), counting each once however often its request was repeated:
    /// for the operations of [`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS).
    pub fn created(&self, name: &str) -> usize {
        self.lock().entities.created(name)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    fn route_id(&self) -> MutexGuard<'_, usize> {
        self.operations_route
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    async fn install_signing_endpoints(&self) {
        type Handler = fn(&mut Ledger, &HttpMockRequest) -> HttpMockResponse;
        let endpoints: [(&str, Handler); 2] = [
            ("/auth/action/init", signing::handle_init),
            ("/auth/action", signing::handle_action),
        ];
        for (path, handle) in endpoints {
            let (state, token) = (self.state.clone(), self.auth_token.clone());
            self.server
                .mock_async(move |when, then| {
                    when.method("POST").path(path);
                    then.respond_with(move |req| {
                        let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
                        check_bearer(req, &token).unwrap_or_else(|| handle(&mut state.signing, req))
                    });
                })
                .await;
        }
    }

    /// One httpmock route for every operation of the spec and every raw stub.
    async fn install_operations_route(&self) {
        let (state, token) = (self.state.clone(), self.auth_token.clone());
        let loss_header = self.loss_header.clone();
        let matched = self.state.clone();
        let route = self
            .server
            .mock_async(move |when, then| {
                when.is_true(move |req| {
                    let uri = req.uri();
                    lock(&matched).route(req.method_str(), uri.path()).is_some()
                });
                then.respond_with(move |req| {
                    let mut state = lock(&state);
                    let uri = req.uri();
                    let (key, stubbed) = match state.route(req.method_str(), uri.path()) {
                        Some(Route::Operation(op)) => {
                            let answer = answer(&mut state, &token, op, req);
                            return lose(&mut state, op, answer, &loss_header);
                        }
                        Some(Route::Raw(stub)) => (stub.key(), stub.clone()),
                        None => return signing::error_response(404, "no such operation"),
                    };
                    answer_raw(&mut state, &token, key, stubbed, req)
                });
            })
            .await;
        *self.route_id() = route.id();
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}

/// The mock's answer to a request for a raw stub: the bearer token, the
/// user action token (required if the stub says so, checked if present),
/// then the stubbed answer.
fn answer_raw(
    state: &mut State,
    token: &str,
    key: String,
    stub: RawStub,
    req: &HttpMockRequest,
) -> HttpMockResponse {
    *state.hits.entry(key).or_default() += 1;
    if let Some(denied) = check_bearer(req, token) {
        return denied;
    }
    if stub.user_action || signing::header(req, "x-dfns-useraction").is_some() {
        if let Some(denied) = signing::consume_user_action(&mut state.signing, req) {
            return denied;
        }
    }
    json_or_empty(stub.status, stub.body)
}

/// `body` with status `status`, typed as JSON unless empty.
fn json_or_empty(status: u16, body: Vec<u8>) -> HttpMockResponse {
    let response = HttpMockResponse::builder().status(status);
    let response = if body.is_empty() {
        response
    } else {
        response.header("content-type", "application/json")
    };
    response.body(body).build()
}

/// The mock's answer to a request for `op`: auth checks, then a queued
/// answer, the stub, or the default body.
fn answer(
    state: &mut State,
    token: &str,
    op: &'static Operation,
    req: &HttpMockRequest,
) -> HttpMockResponse {
    *state.hits.entry(op.name.to_owned()).or_default() += 1;
    if op.requires_auth_token {
        if let Some(denied) = check_bearer(req, token) {
            return denied;
        }
    }
    if op.requires_user_action {
        if let Some(denied) = signing::consume_user_action(&mut state.signing, req) {
            return denied;
        }
    }
    let entry = IdempotentOperation::for_template(op.method, op.path);
    let uri = req.uri();
    let path = uri.path();
    let key = match entry.map(|e| state.entities.look_up(e, path, req.body_ref())) {
        Some(Seen::Repeat(answer)) => return json_or_empty(200, answer),
        Some(Seen::Conflict(body)) => return json_or_empty(409, body),
        Some(Seen::Invalid(body)) => return json_or_empty(400, body),
        Some(Seen::New { key }) => key,
        None => None,
    };
    // A queued answer goes out as given; the normal one is typed as JSON.
    let queued = state.queued.get_mut(op.name).and_then(VecDeque::pop_front);
    let (status, headers, body, default_answer) = match queued {
        Some(queued) => (queued.status, queued.headers, queued.body, false),
        None => {
            let (body, default_answer) = match state.stubs.get(op.name) {
                Some(stub) => (stub.clone(), false),
                None => (routes::default_body(op, req.body_ref()), true),
            };
            let json = vec![("content-type".to_owned(), "application/json".to_owned())];
            let headers = if body.is_empty() { Vec::new() } else { json };
            (200, headers, body, default_answer)
        }
    };
    let body = match entry {
        Some(entry) if (200..300).contains(&status) => {
            state
                .entities
                .create(op, entry, key, path, req.body_ref(), body, default_answer)
        }
        _ => body,
    };
    let mut response = HttpMockResponse::builder().status(status);
    for (name, value) in headers {
        response = response.header(name, value);
    }
    response.body(body).build()
}

/// The answer, or what [`DfnsMock::lose_answer`] asked for instead.
fn lose(
    state: &mut State,
    op: &Operation,
    answer: HttpMockResponse,
    loss_header: &str,
) -> HttpMockResponse {
    // Only an answer to a request that executed (a 2xx) is lost: a
    // refusal (401, 409…) reaches the client as it is.
    if !(200..300).contains(&answer.status.unwrap_or(200)) {
        return answer;
    }
    let Some(how) = state.lost.get_mut(op.name).and_then(VecDeque::pop_front) else {
        return answer;
    };
    let loss = match how {
        LostAnswer::Status(status) => {
            let body = serde_json::json!({"error": {"status": status, "message": "the mock lost this answer"}});
            return json_or_empty(status, body.to_string().into_bytes());
        }
        LostAnswer::Dropped => Loss::Drop,
        LostAnswer::Silence(wait) => Loss::Silence(wait),
    };
    HttpMockResponse::builder()
        .status(200)
        .header(loss_header, loss.header_value())
        .body("{}")
        .build()
}
