//! Fail closed: no redirect is followed, what may have executed says so,
//! a bad token or URL stops the build, and one call has one retry budget
//! and one deadline.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use dfns::mock::{httpmock, DfnsMock};
use dfns::{Client, Error, RetryPolicy};
use httpmock::MockServer;

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().backoff(Duration::from_millis(1), Duration::from_millis(2))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirected_signed_request_is_not_followed() {
    for status in [301, 302, 303, 307, 308] {
        let mock = DfnsMock::start().await;
        let elsewhere = mock
            .mock_async(|when, then| {
                when.path("/elsewhere");
                then.status(200)
                    .body(r#"{"code":"stolen","expiration":"2030-01-01T00:00:00Z"}"#);
            })
            .await;
        let redirect = mock
            .mock_async(move |when, then| {
                when.method("POST").path("/auth/credentials/code");
                then.status(status)
                    .header("location", "http://127.0.0.1:9/elsewhere");
            })
            .await;
        let err = common::create_code(&mock.client()).await.unwrap_err();
        assert!(
            matches!(&err, Error::Redirected { status: s, location: Some(l), .. }
                if *s == status && l == "http://127.0.0.1:9/elsewhere"),
            "{status}: {err}"
        );
        assert_eq!(err.status(), Some(status));
        assert!(
            err.to_string().contains("http://127.0.0.1:9/elsewhere"),
            "{err}"
        );
        assert!(err.may_have_executed(), "a POST that reached something");
        assert_eq!(redirect.calls_async().await, 1, "{status}: sent once");
        assert_eq!(elsewhere.calls_async().await, 0, "{status}: never followed");
    }
}

/// A signing step that is redirected: the assertion is not re-sent either.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirected_signing_step_is_not_followed() {
    let server = MockServer::start_async().await;
    let elsewhere = server
        .mock_async(|when, then| {
            when.path("/elsewhere");
            then.status(200).body("{}");
        })
        .await;
    let init = server
        .mock_async(|when, then| {
            when.path("/auth/action/init");
            then.status(307).header("location", "/elsewhere");
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .auth_token("t")
        .signer(DfnsMock::start().await.signer())
        .build()
        .unwrap();
    let err = common::create_code(&client).await.unwrap_err();
    assert!(
        matches!(err, Error::Redirected { status: 307, .. }),
        "{err}"
    );
    assert!(!err.may_have_executed(), "the operation was never sent");
    assert_eq!(init.calls_async().await, 1);
    assert_eq!(elsewhere.calls_async().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pending_approval_counts_as_executed() {
    let mock = DfnsMock::start().await;
    mock.queue_response("create_credential_code", 202, &[], r#"{"id":"ap-1"}"#);
    let err = common::create_code(&mock.client()).await.unwrap_err();
    assert!(err.is_policy_pending());
    assert!(
        err.may_have_executed(),
        "re-sending would create a second approval"
    );
    assert_eq!(mock.hits("create_credential_code"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_file_newline_is_trimmed_for_every_request() {
    let mock = DfnsMock::start().await;
    let client = Client::builder()
        .base_url(mock.base_url())
        .auth_token(format!("  {}\r\n", mock.auth_token()))
        .signer(mock.signer())
        .build()
        .unwrap();
    // The mock refuses any request, signing steps included, whose bearer
    // token is not exactly its own.
    common::create_code(&client).await.unwrap();
    assert_eq!(mock.user_actions().len(), 1);
}

#[test]
fn an_unusable_token_fails_the_build_without_being_printed() {
    for (token, why) in [
        ("", "empty"),
        (" \n", "empty"),
        ("secret-part\nsecond-line", "whitespace inside"),
        ("secret\u{1}part", "control character"),
        ("secrét-part", "non-ASCII"),
    ] {
        let err = Client::builder().auth_token(token).build().unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, Error::Config(_)), "{message}");
        assert!(message.contains(why), "{token:?}: {message}");
        assert!(!message.contains("secret"), "{message}");
        assert!(!format!("{err:?}").contains("secret"), "{err:?}");
    }
}

#[test]
fn a_base_url_with_credentials_is_refused_without_printing_them() {
    for url in [
        "https://user:hunter2@api.dfns.io",
        "https://hunter2@api.dfns.io/",
        "http://user:hunter2@localhost:8080",
        "https://user:hunter2@api.dfns.io?x=1",
        "https://user:hunter2@[bad",
        "ftp://user:hunter2@api.dfns.io",
    ] {
        let err = Client::builder().base_url(url).build().unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, Error::Config(_)), "{url}: {message}");
        assert!(!message.contains("hunter2"), "{message}");
        assert!(!format!("{err:?}").contains("hunter2"), "{err:?}");
    }
    let err = Client::builder()
        .base_url("https://user:hunter2@api.dfns.io")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("credentials"), "{err}");
}

/// A fake Dfns whose challenge and signature endpoints answer 429 twice in
/// every three calls and whose operation always answers 429: without one
/// budget per call, three operation attempts of three tries per step made
/// 21 requests.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_attempts_bounds_every_request_of_the_call() {
    let server = MockServer::start_async().await;
    let requests = Arc::new(AtomicUsize::new(0));
    let flaky = |path: &'static str, ok_body: &'static str| {
        let (requests, served) = (requests.clone(), Arc::new(AtomicUsize::new(0)));
        move |when: httpmock::When, then: httpmock::Then| {
            when.path(path);
            then.respond_with(move |_| {
                requests.fetch_add(1, Ordering::SeqCst);
                let n = served.fetch_add(1, Ordering::SeqCst);
                let status = if n % 3 == 2 { 200 } else { 429 };
                httpmock::HttpMockResponse::builder()
                    .status(status)
                    .header("retry-after", "0")
                    .body(ok_body)
                    .build()
            });
        }
    };
    let init_body = common::CHALLENGE_FOR_CR_1;
    server
        .mock_async(flaky("/auth/action/init", init_body))
        .await;
    server
        .mock_async(flaky("/auth/action", r#"{"userAction":"ua"}"#))
        .await;
    let operation_hits = Arc::new(AtomicUsize::new(0));
    let (counter, total) = (operation_hits.clone(), requests.clone());
    server
        .mock_async(move |when, then| {
            when.path("/auth/credentials/code");
            then.respond_with(move |_| {
                counter.fetch_add(1, Ordering::SeqCst);
                total.fetch_add(1, Ordering::SeqCst);
                httpmock::HttpMockResponse::builder()
                    .status(429)
                    .header("retry-after", "0")
                    .build()
            });
        })
        .await;
    let signer = dfns::KeySigner::from_pem("cr-1", &common::ed25519_pkcs8()).unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .auth_token("t")
        .signer(signer)
        .retry_policy(fast_retries().max_attempts(3))
        .build()
        .unwrap();
    let err = common::create_code(&client).await.unwrap_err();
    let total = requests.load(Ordering::SeqCst);
    assert!(total <= 9, "one call made {total} requests (at most 3 x 3)");
    assert!(operation_hits.load(Ordering::SeqCst) <= 3);
    assert!(operation_hits.load(Ordering::SeqCst) >= 1);
    assert_eq!(err.status(), Some(429), "{err}");
}

/// A listener that accepts connections and never answers.
fn silent_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(16).collect();
        std::thread::sleep(Duration::from_secs(30));
        drop(held);
    });
    format!("http://{address}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_operation_timeout_ends_the_whole_call() {
    // The operation is sent, then nothing comes back: per-request timeout
    // 30 s, call deadline 400 ms.
    let mock = DfnsMock::start().await;
    let hang = mock
        .mock_async(|when, then| {
            when.path("/auth/credentials/code");
            then.status(200).delay(Duration::from_secs(10));
        })
        .await;
    let client = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .timeout(Duration::from_secs(30))
        .operation_timeout(Duration::from_millis(400))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = common::create_code(&client).await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(err.may_have_executed(), "the operation had been sent");
    assert_eq!(hang.calls_async().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deadline_passed_in_a_signing_step_did_not_execute() {
    let client = Client::builder()
        .base_url(silent_server())
        .auth_token("t")
        .signer(DfnsMock::start().await.signer())
        .timeout(Duration::from_secs(30))
        .operation_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = common::create_code(&client).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(!err.may_have_executed(), "only the challenge was sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_past_the_deadline_is_not_waited_for() {
    let mock = DfnsMock::start().await;
    mock.queue_response("create_credential_code", 429, &[("retry-after", "20")], "");
    let client = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .retry_policy(fast_retries().max_retry_after(Duration::from_secs(30)))
        .operation_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = common::create_code(&client).await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(err.status(), Some(429), "{err}");
    assert_eq!(mock.hits("create_credential_code"), 1);
}

/// A path parameter of `..`, `.` or `%2e%2e` must not move the request to
/// another endpoint: `/wallets/wa-1/transfers/..` is Get Wallet once the
/// URL is parsed, and the signature would cover that one.
#[cfg(dfns_op = "get_transfer")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn path_parameters_stay_in_their_segment() {
    let mock = DfnsMock::start().await;
    let client = mock.client();
    for id in ["..", "."] {
        let err = client
            .get_transfer()
            .wallet_id("wa-1")
            .transfer_id(id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest(m) if m.contains("path parameter")),
            "{id}: {err}"
        );
    }
    assert_eq!(mock.hits("get_wallet"), 0);
    assert_eq!(mock.hits("get_transfer"), 0);
    // A backslash is a separator to the URL parser: `x\..\wa-victim` would
    // reach another wallet's transfer. It stays data in its segment.
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    let server = MockServer::start_async().await;
    server
        .mock_async(move |when, then| {
            when.any_request();
            then.respond_with(move |req| {
                record.lock().unwrap().push(req.uri().path().to_owned());
                httpmock::HttpMockResponse::builder().status(404).build()
            });
        })
        .await;
    let direct = Client::builder()
        .base_url(server.base_url())
        .auth_token("t")
        .build()
        .unwrap();
    let _ = direct
        .get_transfer()
        .wallet_id(r"x\..\wa-victim")
        .transfer_id("xfr-1")
        .send()
        .await;
    assert_eq!(
        *seen.lock().unwrap(),
        [r"/wallets/x%5C..%5Cwa-victim/transfers/xfr-1"]
    );
    // An encoded dot stays data inside its segment.
    client
        .get_transfer()
        .wallet_id("wa-1")
        .transfer_id("%2e%2e")
        .send()
        .await
        .unwrap();
    assert_eq!(mock.hits("get_transfer"), 1);
}

/// The `exec` hook is reachable through progenitor's public `ClientHooks`
/// trait: it attaches the token and signs only requests for the client's
/// own base URL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_public_exec_hook_refuses_other_urls() {
    use progenitor_client::{ClientHooks as _, OperationInfo};
    let mock = DfnsMock::start().await;
    let elsewhere = MockServer::start_async().await;
    let stolen = elsewhere
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).body("{}");
        })
        .await;
    let client = mock.client();
    let request = reqwest::Client::new()
        .post(format!("{}/auth/credentials/code", elsewhere.base_url()))
        .body(r#"{"expiration":"2030-01-01T00:00:00Z"}"#)
        .build()
        .unwrap();
    let info = OperationInfo {
        operation_id: "create_credential_code",
    };
    let response = client.exec(request, &info).await.unwrap();
    assert!(!response.status().is_success(), "refused, not sent");
    assert_eq!(stolen.calls_async().await, 0);
    assert!(mock.user_actions().is_empty(), "nothing signed");
}

/// The document bounds `limit` (`maximum: 500` for swaps, 200 for
/// webhooks); the generated `NonZeroU64` does not, so the setter checks
/// it: out of bounds is refused before any I/O, in `send()` and in a
/// stream's first item, with what was wrong.
#[cfg(all(dfns_op = "list_swaps", dfns_op = "list_webhooks"))]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_query_integer_beyond_the_document_bounds_is_refused_before_any_io() {
    use futures_util::StreamExt;
    let mock = DfnsMock::start().await;
    let client = mock.client();
    let err = client.list_swaps().limit(501u64).send().await.unwrap_err();
    let Error::InvalidRequest(message) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        message,
        "limit: 501 is more than 500, the most the document allows"
    );
    let first = client.list_webhooks().limit(201u64).stream().next().await;
    assert!(
        matches!(&first, Some(Err(Error::InvalidRequest(m))) if m.contains("201 is more than 200")),
        "{first:?}"
    );
    assert_eq!(mock.hits("list_swaps") + mock.hits("list_webhooks"), 0);
    // The bound itself is allowed.
    client.list_swaps().limit(500u64).send().await.unwrap();
    client.list_webhooks().limit(200u64).send().await.unwrap();
    assert_eq!(mock.hits("list_swaps") + mock.hits("list_webhooks"), 2);
}
