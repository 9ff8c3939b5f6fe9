//! `Client::raw`: endpoints newer than the vendored document, through the
//! same machinery as generated operations (token, signing over the exact
//! bytes, retries that never re-send what may have executed, redirects
//! refused, body cap, 202, typed errors), and refused before any I/O when
//! signing is undecided or the path could lead elsewhere.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dfns::mock::httpmock::{HttpMockResponse, MockServer};
use dfns::mock::DfnsMock;
use dfns::reqwest::Method;
use dfns::{Client, CredentialSigner as _, Error, RetryPolicy};

mod common;
use serde_json::{json, Value};

/// Abort Transfer: in the docs (v2.0.155), not in the vendored v1.578.2.
const ABORT: &str = "/wallets/{walletId}/transfers/{transferId}/abort";
const ABORT_PATH: &str = "/wallets/wa-1/transfers/xfr-1/abort";
const SIGNED: bool = true;
const UNSIGNED: bool = false;

use common::fast_retries;

fn client_for(base_url: &str, mock: &DfnsMock) -> Client {
    Client::builder()
        .base_url(base_url)
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .retry_policy(fast_retries())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

/// An httpmock server that answers everything 200 and counts.
async fn counting_server() -> (MockServer, Arc<AtomicUsize>) {
    let server = MockServer::start_async().await;
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    server
        .mock_async(move |when, then| {
            when.any_request();
            then.respond_with(move |_| {
                counter.fetch_add(1, Ordering::SeqCst);
                HttpMockResponse::builder().status(200).body("{}").build()
            });
        })
        .await;
    (server, hits)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_raw_call_is_signed_over_the_exact_bytes_it_sends() {
    let mock = DfnsMock::start().await;
    mock.stub_raw(
        Method::PUT,
        ABORT,
        SIGNED,
        200,
        json!({"id": "xfr-1", "status": "Failed"}),
    );
    let client = mock.client();
    let body = json!({"reason": "stuck", "amount": "123456789012345678901"});
    let aborted = client
        .raw(Method::PUT, ABORT_PATH)
        .user_action(true)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(aborted["status"], "Failed");
    let actions = mock.user_actions();
    assert_eq!(actions.len(), 1);
    let action = &actions[0];
    assert_eq!(
        (action.method.as_str(), action.path.as_str()),
        ("PUT", ABORT_PATH)
    );
    assert_eq!(action.payload, serde_json::to_string(&body).unwrap());
    assert!(action.consumed, "the request carried the token");
    assert_eq!(mock.hits(&format!("PUT {ABORT}")), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_calls_carry_the_token_and_query_and_reach_known_operations() {
    let mock = DfnsMock::start().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let server = MockServer::start_async().await;
    server
        .mock_async(move |when, then| {
            when.any_request();
            then.respond_with(move |req| {
                record.lock().unwrap().push((
                    req.uri().to_string(),
                    req.headers()
                        .get("authorization")
                        .map(|v| v.to_str().unwrap().to_owned()),
                    req.headers().contains_key("x-dfns-useraction"),
                ));
                HttpMockResponse::builder()
                    .status(200)
                    .body(r#"{"items":[],"nextPageToken":null}"#)
                    .build()
            });
        })
        .await;
    let client = client_for(&server.base_url(), &mock);
    let page: Value = client
        .raw(Method::GET, "/wallets")
        .user_action(false)
        .query("limit", "2")
        .query("paginationToken", "a b&c")
        .send()
        .await
        .unwrap();
    assert_eq!(page["items"], json!([]));
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    let (uri, bearer, signed) = &seen[0];
    assert!(
        uri.ends_with("/wallets?limit=2&paginationToken=a+b%26c"),
        "{uri}"
    );
    assert_eq!(
        bearer.as_deref(),
        Some(format!("Bearer {}", mock.auth_token()).as_str())
    );
    assert!(!signed);

    // The mock serves known operations to raw calls as it serves them to
    // generated ones, signature checked.
    let code = mock
        .client()
        .raw(Method::POST, "/auth/credentials/code")
        .user_action(true)
        .json(&json!({"expiration": "2030-01-01T00:00:00Z"}))
        .send()
        .await
        .unwrap();
    assert!(code["code"].is_string(), "{code}");
    assert_eq!(mock.hits("create_credential_code"), 1);
    assert_eq!(mock.user_actions().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undecided_signing_and_bad_paths_send_nothing() {
    let mock = DfnsMock::start().await;
    let (server, hits) = counting_server().await;
    let client = client_for(&server.base_url(), &mock);

    let err = client
        .raw(Method::POST, "/some/new/endpoint")
        .json(&json!({"a": 1}))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains(".user_action(true)")),
        "{err}"
    );
    assert!(err.to_string().contains("nothing was sent"), "{err}");

    for bad in [
        "wallets",
        "https://evil.example/wallets",
        "//evil.example/wallets",
        "/wallets/../auth/credentials/code",
        "/wallets/%2e%2E/keys",
        "/wallets/./x",
        "/wallets/a%2Fb",
        "/wallets?limit=1",
        "/wallets#top",
        "/wallets/a b",
        "/wallets\\x",
        "/wallets/a;b",
        "/wallets/%252e%252e",
        "/wallets/a%0Ab",
        "/auth/credentials/cod%65",
    ] {
        for signed in [false, true] {
            let err = client
                .raw(Method::GET, bad)
                .user_action(signed)
                .send()
                .await
                .unwrap_err();
            // Named in the error, but never past a `?` or `#`.
            let shown = bad.split(['?', '#']).next().unwrap();
            assert!(
                matches!(&err, Error::InvalidRequest(m) if m.contains(shown)
                    && !m.contains("limit=1") && !m.contains("#top")),
                "{bad}: {err}"
            );
        }
    }

    // A path the vendored document says is signed cannot be sent unsigned.
    let err = client
        .raw(Method::POST, "/auth/credentials/code")
        .user_action(false)
        .json(&json!({"expiration": "2030-01-01T00:00:00Z"}))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains("create_credential_code")),
        "{err}"
    );
    // Spelled another way, it is the same operation.
    for same in ["/auth/credentials/code/", "/AUTH/credentials/code"] {
        let err = client
            .raw(Method::POST, same)
            .user_action(false)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest(m) if m.contains("create_credential_code")),
            "{same}: {err}"
        );
    }
    // Methods the API does not use.
    let err = client
        .raw(Method::OPTIONS, "/wallets")
        .user_action(false)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err}");

    assert_eq!(hits.load(Ordering::SeqCst), 0, "nothing reached the server");
    assert!(mock.user_actions().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_raw_call_needs_a_signer_and_a_token() {
    let (server, hits) = counting_server().await;
    let no_signer = Client::builder()
        .base_url(server.base_url())
        .auth_token("t")
        .build()
        .unwrap();
    let err = no_signer
        .raw(Method::PUT, ABORT_PATH)
        .user_action(true)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::MissingSigner { .. }), "{err}");
    let mock = DfnsMock::start().await;
    let no_token = Client::builder()
        .base_url(server.base_url())
        .signer(mock.signer())
        .build()
        .unwrap();
    let err = no_token
        .raw(Method::PUT, ABORT_PATH)
        .user_action(true)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::MissingAuthToken { .. }), "{err}");
    assert_eq!(hits.load(Ordering::SeqCst), 0);
}

/// The user action tokens a scripted route received, one per request.
type Tokens = Arc<Mutex<Vec<Option<String>>>>;

/// A raw path answered by `statuses` in turn (then 200), behind the mock's
/// signing endpoints; returns the tokens of the requests it received.
async fn scripted(mock: &DfnsMock, method: &str, statuses: Vec<u16>) -> Tokens {
    let tokens = Tokens::default();
    let received = tokens.clone();
    let method = method.to_owned();
    mock.mock_async(move |when, then| {
        when.method(method.as_str()).path("/new/thing");
        then.respond_with(move |req| {
            let mut received = received.lock().unwrap();
            let n = received.len();
            received.push(
                req.headers()
                    .get("x-dfns-useraction")
                    .map(|v| v.to_str().unwrap().to_owned()),
            );
            let status = statuses.get(n).copied().unwrap_or(200);
            HttpMockResponse::builder()
                .status(status)
                .header("retry-after", "0")
                .header("x-dfns-request-id", format!("req-{n}"))
                .body(r#"{"error":{"message":"busy"},"ok":true}"#)
                .build()
        });
    })
    .await;
    tokens
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_calls_keep_the_retry_rules() {
    // A GET is retried on gateway errors.
    let mock = DfnsMock::start().await;
    let tokens = scripted(&mock, "GET", vec![503, 502]).await;
    let client = client_for(&mock.base_url(), &mock);
    let value = client
        .raw(Method::GET, "/new/thing")
        .user_action(false)
        .send()
        .await
        .unwrap();
    assert_eq!(value["ok"], true);
    assert_eq!(tokens.lock().unwrap().len(), 3);

    // A POST that got a 5xx is never re-sent, and may have executed.
    let mock = DfnsMock::start().await;
    let tokens = scripted(&mock, "POST", vec![503]).await;
    let client = client_for(&mock.base_url(), &mock);
    let err = client
        .raw(Method::POST, "/new/thing")
        .user_action(true)
        .json(&json!({"amount": "1"}))
        .send()
        .await
        .unwrap_err();
    assert_eq!(tokens.lock().unwrap().len(), 1);
    assert_eq!(err.status(), Some(503));
    assert!(err.may_have_executed());
    assert_eq!(err.request_id(), Some("req-0"));
    let info = err.request().unwrap();
    assert_eq!(
        (
            info.operation.as_str(),
            info.method.as_str(),
            info.path.as_str()
        ),
        ("raw", "POST", "/new/thing")
    );

    // A 429 is retried, each attempt with a fresh signature.
    let mock = DfnsMock::start().await;
    let tokens = scripted(&mock, "POST", vec![429]).await;
    let client = client_for(&mock.base_url(), &mock);
    client
        .raw(Method::POST, "/new/thing")
        .user_action(true)
        .json(&json!({"amount": "1"}))
        .send()
        .await
        .unwrap();
    let tokens = tokens.lock().unwrap().clone();
    assert_eq!(tokens.len(), 2);
    assert!(tokens.iter().all(Option::is_some), "{tokens:?}");
    assert_ne!(tokens[0], tokens[1], "the retry carried a fresh token");
    assert_eq!(mock.user_actions().len(), 2);
}

/// A POST that reached the server and got no answer in time is not sent
/// again; the error says it may have executed and shows no query value.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_raw_post_that_times_out_after_sending_is_not_resent() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().take(3) {
            counter.fetch_add(1, Ordering::SeqCst);
            held.push(stream);
        }
        std::thread::sleep(Duration::from_secs(10));
    });
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .auth_token("t")
        .timeout(Duration::from_millis(300))
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let err = client
        .raw(Method::POST, "/new/thing")
        .user_action(false)
        .query("apiSecret", "S3CRET-QUERY")
        .json(&json!({"amount": "1"}))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(err.may_have_executed());
    assert_eq!(err.request().unwrap().attempts, 1);
    assert_eq!(accepted.load(Ordering::SeqCst), 1, "sent once");
    let printed = format!("{err} {err:?}");
    assert!(!printed.contains("S3CRET-QUERY"), "{printed}");

    // The same for a connection error, whose reqwest error names the URL.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    let err = refused
        .raw(Method::GET, "/new/thing")
        .user_action(false)
        .query("apiSecret", "S3CRET-QUERY")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err}");
    let printed = format!("{err} {err:?} {:?}", std::error::Error::source(&err));
    assert!(!printed.contains("S3CRET-QUERY"), "{printed}");
}

/// Behind a proxy with a path prefix, the request goes to prefix + path
/// and the signature covers the path Dfns sees.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_path_prefix_the_signed_path_is_the_one_dfns_sees() {
    let proxy = MockServer::start_async().await;
    let init = proxy
        .mock_async(|when, then| {
            when.method("POST")
                .path("/dfns/auth/action/init")
                .body_includes(r#""userActionHttpPath":"/new/thing""#)
                .body_includes(r#""userActionPayload":"{\"amount\":\"1\"}""#);
            then.status(200).body(common::CHALLENGE_FOR_CR_1);
        })
        .await;
    proxy
        .mock_async(|when, then| {
            when.method("POST").path("/dfns/auth/action");
            then.status(200).body(r#"{"userAction":"ua-1"}"#);
        })
        .await;
    let operation = proxy
        .mock_async(|when, then| {
            when.method("POST")
                .path("/dfns/new/thing")
                .query_param("dry", "1")
                .header("x-dfns-useraction", "ua-1")
                .body(r#"{"amount":"1"}"#);
            then.status(200).body(r#"{"ok":true}"#);
        })
        .await;
    let signer = dfns::KeySigner::from_pem("cr-1", &common::ed25519_pkcs8()).unwrap();
    let client = Client::builder()
        .base_url(format!("{}/dfns/", proxy.base_url()))
        .auth_token("t")
        .signer(signer)
        .build()
        .unwrap();
    let answer = client
        .raw(Method::POST, "/new/thing")
        .user_action(true)
        .query("dry", "1")
        .json(&json!({"amount": "1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer["ok"], true);
    assert_eq!(init.calls_async().await, 1);
    assert_eq!(operation.calls_async().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_is_refused_and_its_target_never_hit() {
    let mock = DfnsMock::start().await;
    let elsewhere = mock
        .mock_async(|when, then| {
            when.path("/elsewhere");
            then.status(200).body("{}");
        })
        .await;
    mock.mock_async(|when, then| {
        when.path("/new/thing");
        then.status(307).header("location", "/elsewhere");
    })
    .await;
    let client = client_for(&mock.base_url(), &mock);
    let err = client
        .raw(Method::POST, "/new/thing")
        .user_action(true)
        .json(&json!({"amount": "1"}))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Redirected { status: 307, .. }),
        "{err}"
    );
    assert!(err.may_have_executed());
    assert_eq!(elsewhere.calls_async().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_answers_are_typed_errors_202_pending_and_capped() {
    let mock = DfnsMock::start().await;
    mock.stub_raw(
        Method::POST,
        "/new/pending",
        SIGNED,
        202,
        json!({"id": "ap-1"}),
    );
    mock.stub_raw(
        Method::GET,
        "/new/text",
        UNSIGNED,
        200,
        json!({"count": "many"}),
    );
    mock.stub_raw(Method::DELETE, "/new/empty", UNSIGNED, 204, Value::Null);
    let client = client_for(&mock.base_url(), &mock);

    let err = client
        .raw(Method::POST, "/new/pending")
        .user_action(true)
        .json(&json!({}))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_policy_pending(), "{err}");
    assert!(err.may_have_executed());

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Counted {
        count: u32,
    }
    let err = client
        .raw(Method::GET, "/new/text")
        .user_action(false)
        .send_as::<Counted>()
        .await
        .unwrap_err();
    match &err {
        Error::Decode { path, body, .. } => {
            assert_eq!(path, "count");
            assert_eq!(&body[..], br#"{"count":"many"}"#);
        }
        other => panic!("{other}"),
    }

    let empty = client
        .raw(Method::DELETE, "/new/empty")
        .user_action(false)
        .send()
        .await
        .unwrap();
    assert_eq!(empty, Value::Null);

    let huge = "x".repeat(dfns::MAX_RESPONSE_BYTES);
    mock.stub_raw(
        Method::GET,
        "/new/huge",
        UNSIGNED,
        200,
        json!({ "x": huge }),
    );
    let err = client
        .raw(Method::GET, "/new/huge")
        .user_action(false)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.contains("larger than")),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mock_checks_a_raw_signature_like_any_other() {
    let mock = DfnsMock::start().await;
    mock.stub_raw(Method::POST, "/new/thing", SIGNED, 200, json!({"ok": true}));
    // A token issued for another body is refused (sent by hand: the
    // client itself refuses to use it so).
    let client = mock.client();
    let challenge = client
        .user_action_challenge("POST", "/new/thing", Some(&json!({"amount": "1"})))
        .await
        .unwrap();
    let assertion = mock.signer().sign(&challenge).await.unwrap();
    let token = client
        .user_action_token(&challenge, mock.credential_id(), &assertion)
        .await
        .unwrap();
    let answer = reqwest::Client::new()
        .post(format!("{}/new/thing", mock.base_url()))
        .bearer_auth(mock.auth_token())
        .header("x-dfns-useraction", token.expose())
        .body(r#"{"amount":"1000"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 401);
    // A signed endpoint called unsigned: refused, as Dfns would.
    let err = client
        .raw(Method::POST, "/new/thing")
        .user_action(false)
        .json(&json!({"amount": "1"}))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
    assert!(err.to_string().contains("X-DFNS-USERACTION"), "{err}");
    // No token at all: the mock needs the bearer token.
    let anonymous = Client::builder().base_url(mock.base_url()).build().unwrap();
    let err = anonymous
        .raw(Method::POST, "/new/thing")
        .user_action(false)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
}

/// A new literal path beside a path of the document: the more specific
/// route answers, as on a real server (`/wallets/all/history` next to
/// `/wallets/{walletId}/history`); the documented operation itself cannot
/// be stubbed raw.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_raw_stub_beside_a_documented_path_answers_its_own_paths() {
    let mock = DfnsMock::start().await;
    let documented = dfns::Operation::find("create_credential_code")
        .unwrap()
        .path;
    mock.stub_raw(
        Method::POST,
        "/auth/credentials/code/bulk",
        SIGNED,
        200,
        json!({"created": 2}),
    );
    let client = mock.client();
    let bulk = client
        .raw(Method::POST, "/auth/credentials/code/bulk")
        .user_action(true)
        .json(&json!({"count": 2}))
        .send()
        .await
        .unwrap();
    assert_eq!(bulk["created"], 2);
    assert_eq!(mock.hits("create_credential_code"), 0);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        mock.stub_raw(Method::POST, documented, SIGNED, 200, json!({}));
    }));
    assert!(
        result.is_err(),
        "a documented operation cannot be stubbed raw"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_calls_run_in_spawned_tasks_on_a_shared_client() {
    let mock = Arc::new(DfnsMock::start().await);
    mock.stub_raw(Method::PUT, ABORT, SIGNED, 200, json!({"id": "xfr-1"}));
    let client = mock.client();
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .raw(
                        Method::PUT,
                        &format!("/wallets/wa-{i}/transfers/xfr-{i}/abort"),
                    )
                    .user_action(true)
                    .send()
                    .await
            })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap().unwrap()["id"], "xfr-1");
    }
    assert_eq!(mock.user_actions().len(), 8);
    assert!(mock.user_actions().iter().all(|a| a.consumed));
}

#[test]
fn a_raw_request_prints_no_body() {
    let client = Client::builder().auth_token("t").build().unwrap();
    let request = client
        .raw(Method::POST, "/new/thing")
        .user_action(true)
        .json(&json!({"secret": "s3cr3t-value"}));
    let printed = format!("{request:?}");
    assert!(printed.contains("/new/thing"), "{printed}");
    assert!(!printed.contains("s3cr3t-value"), "{printed}");
}
