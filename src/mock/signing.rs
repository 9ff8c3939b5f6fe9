//! The user action flow as Dfns runs it: challenges, signature checks with
//! the registered public keys, and single-use tokens bound to a request.

use std::collections::HashMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use httpmock::{HttpMockRequest, HttpMockResponse};
use serde_json::{json, Value};

use super::{random_hex, RecordedUserAction};
use crate::KeyError;

/// A public key the mock verifies assertions with.
pub(super) enum Verifier {
    Ed25519(ed25519_dalek::VerifyingKey),
    P256(p256::ecdsa::VerifyingKey),
    Secp256k1(k256::ecdsa::VerifyingKey),
    Rsa(rsa::pkcs1v15::VerifyingKey<sha2::Sha256>),
}

impl Verifier {
    pub(super) fn from_pem(pem: &str) -> Result<Verifier, KeyError> {
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

/// Credentials, open challenges and issued tokens.
#[derive(Default)]
pub(super) struct Ledger {
    pub(super) credentials: Vec<(String, Verifier)>,
    challenges: HashMap<String, Challenge>,
    /// Issued user action tokens → index into `actions`.
    tokens: HashMap<String, usize>,
    pub(super) actions: Vec<RecordedUserAction>,
    counter: u64,
}

pub(super) fn error_response(status: u16, message: &str) -> HttpMockResponse {
    json_response(status, &json!({"error": {"message": message}}))
}

pub(super) fn json_response(status: u16, body: &Value) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.to_string())
        .build()
}

pub(super) fn header<'a>(req: &'a HttpMockRequest, name: &str) -> Option<&'a str> {
    req.headers_vec()
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// `None` when the bearer token is right, else the 401 to send.
pub(super) fn check_bearer(req: &HttpMockRequest, token: &str) -> Option<HttpMockResponse> {
    match header(req, "authorization") {
        Some(v) if v.strip_prefix("Bearer ") == Some(token) => None,
        Some(_) => Some(error_response(401, "invalid bearer token")),
        None => Some(error_response(401, "missing Authorization header")),
    }
}

pub(super) fn handle_init(state: &mut Ledger, req: &HttpMockRequest) -> HttpMockResponse {
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

pub(super) fn handle_action(state: &mut Ledger, req: &HttpMockRequest) -> HttpMockResponse {
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
pub(super) fn consume_user_action(
    state: &mut Ledger,
    req: &HttpMockRequest,
) -> Option<HttpMockResponse> {
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
    let content_type = header(req, "content-type");
    // A file upload signs its `data` part, which carries the file's checksum.
    let body = match crate::multipart::signed_payload(content_type, req.body_ref()) {
        Some(data) => {
            let file =
                crate::multipart::file_part(content_type, req.body_ref()).unwrap_or_default();
            let declared: Option<String> = serde_json::from_str::<Value>(data)
                .ok()
                .and_then(|d| d["fileChecksum"].as_str().map(str::to_owned));
            if declared.as_deref() != Some(crate::multipart::checksum(file).as_str()) {
                return Some(error_response(
                    400,
                    "fileChecksum does not match the uploaded file",
                ));
            }
            std::borrow::Cow::Borrowed(data)
        }
        None => String::from_utf8_lossy(req.body_ref()),
    };
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
