//! A fake Dfns on loopback, for tests (feature `mock`).
//!
//! [`DfnsMock`] is a real HTTP server (httpmock) that behaves like Dfns where
//! it matters to a client: it checks the bearer token, runs the user action
//! challenge flow, verifies each signature with the credential's public key,
//! and accepts a user action token once, for the exact method, path and body
//! it was issued for.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
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

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};
use serde_json::{json, Value};

use crate::{Client, CredentialSigner as _, KeyError, KeySigner, Operation};

pub use httpmock;

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

/// A public key the mock verifies assertions with.
enum Verifier {
    Ed25519(ed25519_dalek::VerifyingKey),
    P256(p256::ecdsa::VerifyingKey),
    Secp256k1(k256::ecdsa::VerifyingKey),
    Rsa(rsa::pkcs1v15::VerifyingKey<sha2::Sha256>),
}

impl Verifier {
    fn from_pem(pem: &str) -> Result<Verifier, KeyError> {
        use pkcs8::DecodePublicKey as _;
        if let Ok(k) = ed25519_dalek::VerifyingKey::from_public_key_pem(pem) {
            return Ok(Verifier::Ed25519(k));
        }
        if let Ok(k) = p256::ecdsa::VerifyingKey::from_public_key_pem(pem) {
            return Ok(Verifier::P256(k));
        }
        if let Ok(k) = k256::ecdsa::VerifyingKey::from_public_key_pem(pem) {
            return Ok(Verifier::Secp256k1(k));
        }
        if let Ok(k) = rsa::PublicKey::from_public_key_pem(pem) {
            return Ok(Verifier::Rsa(rsa::pkcs1v15::VerifyingKey::new(k)));
        }
        Err(KeyError::UnsupportedLabel {
            label: "PUBLIC KEY (not Ed25519, P-256, secp256k1 or RSA)".into(),
        })
    }

    fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        use signature::Verifier as _;
        match self {
            Verifier::Ed25519(k) => ed25519_dalek::Signature::from_slice(signature)
                .is_ok_and(|s| k.verify_strict(message, &s).is_ok()),
            Verifier::P256(k) => p256::ecdsa::Signature::from_der(signature)
                .is_ok_and(|s| k.verify(message, &s).is_ok()),
            Verifier::Secp256k1(k) => k256::ecdsa::Signature::from_der(signature)
                .is_ok_and(|s| k.verify(message, &s).is_ok()),
            Verifier::Rsa(k) => rsa::pkcs1v15::Signature::try_from(signature)
                .is_ok_and(|s| k.verify(message, &s).is_ok()),
        }
    }
}

struct Challenge {
    challenge: String,
    method: String,
    path: String,
    payload: String,
}

/// An answer queued with [`DfnsMock::queue_response`].
struct QueuedResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

#[derive(Default)]
struct State {
    /// Answers to give, per operation, before the normal one.
    queued: HashMap<String, std::collections::VecDeque<QueuedResponse>>,
    /// Requests received, per operation.
    hits: HashMap<String, usize>,
    credentials: Vec<(String, Verifier)>,
    challenges: HashMap<String, Challenge>,
    /// Issued user action tokens → index into `actions`.
    tokens: HashMap<String, usize>,
    actions: Vec<RecordedUserAction>,
    counter: u64,
}

/// A fake Dfns server on loopback. See the [module docs](self).
pub struct DfnsMock {
    server: MockServer,
    state: Arc<Mutex<State>>,
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

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).expect("the OS random number generator is available");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

fn error_response(status: u16, message: &str) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(json!({"error": {"message": message}}).to_string())
        .build()
}

fn json_response(status: u16, body: &Value) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.to_string())
        .build()
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
        let mock = DfnsMock {
            server: MockServer::start_async().await,
            state: Arc::default(),
            auth_token: format!("mock-token-{}", random_hex(16)),
            credential_id: format!("cr-mock-{}", random_hex(6)),
            private_key_pem: zeroize::Zeroizing::new(pem.to_string()),
        };
        let signer = mock.signer();
        mock.register_credential(signer.credential_id(), &signer.public_key_pem())
            .expect("a fresh Ed25519 key is valid");
        mock.install_signing_endpoints().await;
        mock.install_canned_operations().await;
        mock
    }

    /// The URL to pass to [`ClientBuilder::base_url`](crate::ClientBuilder::base_url).
    pub fn base_url(&self) -> String {
        self.server.base_url()
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
            .credentials
            .push((credential_id.to_owned(), verifier));
        Ok(())
    }

    /// Every user action signed so far, in order.
    pub fn user_actions(&self) -> Vec<RecordedUserAction> {
        self.lock().actions.clone()
    }

    /// The underlying httpmock server, to stub any operation's response.
    /// Mocks added here take precedence over the canned ones only if they
    /// are more specific; use [`stub`](Self::stub) to keep auth checks.
    pub fn server(&self) -> &MockServer {
        &self.server
    }

    /// Makes the next call of operation `name` get this answer instead of
    /// the normal one (after the bearer token and user action checks, which
    /// still consume the token). Queue several to script a sequence, e.g. a
    /// 429 then the normal success, or a 202 pending approval.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
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

    /// How many requests operation `name` received (whatever was answered).
    pub fn hits(&self, name: &str) -> usize {
        self.lock().hits.get(name).copied().unwrap_or(0)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    async fn install_signing_endpoints(&self) {
        let (state, token) = (self.state.clone(), self.auth_token.clone());
        self.server
            .mock_async(move |when, then| {
                when.method("POST").path("/auth/action/init");
                then.respond_with(move |req| {
                    let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
                    check_bearer(req, &token).unwrap_or_else(|| handle_init(&mut state, req))
                });
            })
            .await;
        let (state, token) = (self.state.clone(), self.auth_token.clone());
        self.server
            .mock_async(move |when, then| {
                when.method("POST").path("/auth/action");
                then.respond_with(move |req| {
                    let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
                    check_bearer(req, &token).unwrap_or_else(|| handle_action(&mut state, req))
                });
            })
            .await;
    }

    async fn install_canned_operations(&self) {
        if let Some(op) = Operation::find("create_credential_code") {
            self.stub_with(op, |body| {
                let expiration = body.get("expiration").cloned().unwrap_or(Value::Null);
                let expiration = match expiration {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                json!({"code": format!("{}-{}", &random_hex(2), &random_hex(3)).to_uppercase(), "expiration": expiration})
            })
            .await;
        }
    }

    /// Stubs operation `name` (its Rust method name) with a fixed JSON
    /// response, keeping the mock's bearer token and user action checks.
    ///
    /// # Panics
    /// If the vendored spec has no operation of that name.
    pub async fn stub(&self, name: &str, response: Value) {
        let op = Operation::find(name).unwrap_or_else(|| panic!("no operation named `{name}`"));
        self.stub_with(op, move |_| response.clone()).await;
    }

    async fn stub_with(
        &self,
        op: &'static Operation,
        respond: impl Fn(&Value) -> Value + Send + Sync + 'static,
    ) {
        let (state, token) = (self.state.clone(), self.auth_token.clone());
        self.server
            .mock_async(move |when, then| {
                when.method(op.method)
                    .is_true(move |req| path_matches(op.path, req.uri().path()));
                then.respond_with(move |req| {
                    let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
                    *state.hits.entry(op.name.to_owned()).or_default() += 1;
                    if op.requires_auth_token {
                        if let Some(denied) = check_bearer(req, &token) {
                            return denied;
                        }
                    }
                    if op.requires_user_action {
                        if let Some(denied) = consume_user_action(&mut state, req) {
                            return denied;
                        }
                    }
                    if let Some(queued) = state.queued.get_mut(op.name).and_then(|q| q.pop_front())
                    {
                        let mut response = HttpMockResponse::builder().status(queued.status);
                        for (name, value) in queued.headers {
                            response = response.header(name, value);
                        }
                        return response.body(queued.body).build();
                    }
                    let body: Value = serde_json::from_slice(req.body_ref()).unwrap_or(Value::Null);
                    json_response(200, &respond(&body))
                });
            })
            .await;
    }
}

/// Whether a concrete path matches a spec path template (`/a/{id}/b`).
fn path_matches(template: &str, path: &str) -> bool {
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    loop {
        match (t.next(), p.next()) {
            (None, None) => return true,
            (Some(ts), Some(ps)) if ts.starts_with('{') && ts.ends_with('}') && !ps.is_empty() => {}
            (Some(ts), Some(ps)) if ts == ps => {}
            _ => return false,
        }
    }
}

fn header<'a>(req: &'a HttpMockRequest, name: &str) -> Option<&'a str> {
    req.headers_vec()
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// `None` when the bearer token is right, else the 401 to send.
fn check_bearer(req: &HttpMockRequest, token: &str) -> Option<HttpMockResponse> {
    match header(req, "authorization") {
        Some(v) if v.strip_prefix("Bearer ") == Some(token) => None,
        Some(_) => Some(error_response(401, "invalid bearer token")),
        None => Some(error_response(401, "missing Authorization header")),
    }
}

fn handle_init(state: &mut State, req: &HttpMockRequest) -> HttpMockResponse {
    let Ok(body) = serde_json::from_slice::<Value>(req.body_ref()) else {
        return error_response(400, "body is not JSON");
    };
    let field = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_owned);
    let (Some(payload), Some(method), Some(path)) = (
        field("userActionPayload"),
        field("userActionHttpMethod"),
        field("userActionHttpPath"),
    ) else {
        return error_response(
            400,
            "userActionPayload, userActionHttpMethod and userActionHttpPath are required",
        );
    };
    if field("userActionServerKind").as_deref() != Some("Api") {
        return error_response(400, "userActionServerKind must be Api");
    }
    state.counter += 1;
    let identifier = format!("ci-{}-{}", state.counter, random_hex(4));
    let challenge = URL_SAFE_NO_PAD.encode(random_hex(16));
    let allowed: Vec<Value> = state
        .credentials
        .iter()
        .map(|(id, _)| json!({"type": "public-key", "id": id}))
        .collect();
    state.challenges.insert(
        identifier.clone(),
        Challenge {
            challenge: challenge.clone(),
            method,
            path,
            payload,
        },
    );
    json_response(
        200,
        &json!({
            "challenge": challenge,
            "challengeIdentifier": identifier,
            "allowCredentials": {"key": allowed, "webauthn": []},
            "externalAuthenticationUrl": "",
            "userVerification": "required",
            "attestation": "direct",
            "supportedCredentialKinds": [{"kind": "Key", "factor": "first", "requiresSecondFactor": false}]
        }),
    )
}

fn handle_action(state: &mut State, req: &HttpMockRequest) -> HttpMockResponse {
    let Ok(body) = serde_json::from_slice::<Value>(req.body_ref()) else {
        return error_response(400, "body is not JSON");
    };
    let text = |p: &str| {
        body.pointer(p)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    // A challenge is single use, whatever the outcome.
    let Some(challenge) = state.challenges.remove(&text("/challengeIdentifier")) else {
        return error_response(401, "unknown or already used challengeIdentifier");
    };
    if text("/firstFactor/kind") != "Key" {
        return error_response(400, "firstFactor.kind must be Key");
    }
    let credential_id = text("/firstFactor/credentialAssertion/credId");
    let (Ok(client_data), Ok(signature)) = (
        URL_SAFE_NO_PAD.decode(text("/firstFactor/credentialAssertion/clientData")),
        URL_SAFE_NO_PAD.decode(text("/firstFactor/credentialAssertion/signature")),
    ) else {
        return error_response(
            400,
            "clientData and signature must be base64url without padding",
        );
    };
    let Some((_, verifier)) = state
        .credentials
        .iter()
        .find(|(id, _)| *id == credential_id)
    else {
        return error_response(401, "unknown credential");
    };
    let Ok(data) = serde_json::from_slice::<Value>(&client_data) else {
        return error_response(400, "clientData is not JSON");
    };
    if data.get("type").and_then(Value::as_str) != Some("key.get")
        || data.get("challenge").and_then(Value::as_str) != Some(challenge.challenge.as_str())
    {
        return error_response(401, "clientData does not match the challenge");
    }
    if !verifier.verify(&client_data, &signature) {
        return error_response(401, "invalid signature");
    }
    state.counter += 1;
    let token = format!("ua-{}-{}", state.counter, random_hex(8));
    state.actions.push(RecordedUserAction {
        credential_id,
        method: challenge.method,
        path: challenge.path,
        payload: challenge.payload,
        client_data: String::from_utf8_lossy(&client_data).into_owned(),
        consumed: false,
    });
    state.tokens.insert(token.clone(), state.actions.len() - 1);
    json_response(200, &json!({"userAction": token}))
}

/// `None` when the request carries a fresh user action token issued for
/// exactly this method, path and body; else the error to send.
fn consume_user_action(state: &mut State, req: &HttpMockRequest) -> Option<HttpMockResponse> {
    let Some(token) = header(req, "x-dfns-useraction") else {
        return Some(error_response(401, "missing X-DFNS-USERACTION header"));
    };
    let Some(index) = state.tokens.remove(token) else {
        return Some(error_response(
            401,
            "unknown or already used user action token",
        ));
    };
    let action = &mut state.actions[index];
    let body = String::from_utf8_lossy(req.body_ref());
    if action.method != req.method_str()
        || action.path != req.uri().path()
        || action.payload != body
    {
        return Some(error_response(
            401,
            "user action token was issued for another request",
        ));
    }
    action.consumed = true;
    None
}

#[cfg(test)]
mod tests {
    use super::path_matches;

    #[test]
    fn templates_match_concrete_paths() {
        assert!(path_matches("/wallets/{walletId}", "/wallets/wa-1"));
        assert!(path_matches(
            "/auth/credentials/code",
            "/auth/credentials/code"
        ));
        assert!(!path_matches("/wallets/{walletId}", "/wallets/"));
        assert!(!path_matches("/wallets/{walletId}", "/wallets/wa-1/x"));
        assert!(!path_matches("/wallets", "/keys"));
    }
}
