//! The bearer token and private keys never appear in Debug, Display, error
//! messages or tracing output, whatever happens.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use dfns::mock::DfnsMock;
use dfns::{Client, KeySigner, RetryPolicy, Timestamp};

const WRONG_TOKEN: &str = "eyJhbGciOiJFUzI1NiJ9.secret-token-payload.signature";

/// Every string a secret could leak into, for one client and its errors.
async fn everything_printed(mock: &DfnsMock, cred: &str, pem: &str) -> String {
    let token = mock.auth_token();
    let signer = KeySigner::from_pem(cred, pem).unwrap();
    mock.register_credential(cred, &signer.public_key_pem())
        .unwrap();
    let mut out = format!("{signer:?}");
    let builder = Client::builder()
        .auth_token(token)
        .signer(KeySigner::from_pem(cred, pem).unwrap());
    out += &format!("{builder:?}");
    let client = builder
        .base_url(mock.base_url())
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    out += &format!("{client:?}{client:#?}");
    // A failure at every stage: wrong token (401), 500, 202, undecodable body, timeout.
    let call = || {
        client
            .create_credential_code()
            .body_map(|b| b.expiration(Timestamp::from_unix_seconds(9).unwrap()))
    };
    for (status, body) in [(500, "{}"), (202, r#"{"id":"x"}"#), (200, "not json")] {
        mock.queue_response("create_credential_code", status, &[], body);
        let err = call().send().await.unwrap_err();
        out += &format!("{err} {err:?} {err:#?}");
    }
    let ok = call().send().await.unwrap();
    out += &format!("{ok:?}");
    let no_answer = Client::builder()
        .base_url("http://127.0.0.1:9")
        .auth_token(token)
        .signer(KeySigner::from_pem(cred, pem).unwrap())
        .timeout(Duration::from_millis(50))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let wrong_token = Client::builder()
        .base_url(mock.base_url())
        .auth_token(WRONG_TOKEN)
        .signer(signer)
        .build()
        .unwrap();
    for client in [no_answer, wrong_token] {
        let err = client
            .create_credential_code()
            .body_map(|b| b.expiration(Timestamp::from_unix_seconds(9).unwrap()))
            .send()
            .await
            .unwrap_err();
        out += &format!("{err} {err:?}");
    }
    out
}

/// Pieces of a PEM that would betray it: each base64 line of the body.
fn key_fragments(pem: &str) -> Vec<String> {
    pem.lines()
        .filter(|l| !l.starts_with("-----") && l.len() > 16)
        .map(|l| l[..16].to_owned())
        .collect()
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

// Current-thread: the log capture below is a thread-local subscriber, and
// every log line must be seen (Send-ness is checked in send_futures.rs).
#[tokio::test(flavor = "current_thread")]
async fn no_secret_in_any_output() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let mock = DfnsMock::start().await;
    for (i, (kind, pem)) in common::all_key_pems().into_iter().enumerate() {
        let printed = everything_printed(&mock, &format!("cr-secret-{i}"), &pem).await;
        assert!(!printed.contains(mock.auth_token()), "{kind}: token leaked");
        assert!(
            !printed.contains("secret-token-payload"),
            "{kind}: wrong token leaked"
        );
        assert!(
            printed.contains("HTTP 500")
                && printed.contains("HTTP 202")
                && printed.contains("cannot decode")
                && printed.contains("HTTP 401"),
            "{kind}: {printed}"
        );
        for fragment in key_fragments(&pem) {
            assert!(!printed.contains(&fragment), "{kind}: key material leaked");
        }
        assert!(printed.contains("<redacted>"), "{kind}");
    }
    let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("dfns.request"),
        "tracing spans are emitted: {logs}"
    );
    assert!(logs.contains("create_credential_code"), "{logs}");
    assert!(!logs.contains("secret-token-payload"), "token in logs");
    assert!(!logs.contains(mock.auth_token()), "the token in logs");
    assert!(!logs.contains("ua-"), "a user action token in logs: {logs}");
}
