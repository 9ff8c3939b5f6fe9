//! The client under faults: every case a server or network can produce,
//! injected by the loopback fake Dfns (or a raw socket), with the rules a
//! money-moving client must keep: never re-send what may have executed, a
//! fresh signature per attempt, a typed error and never a panic.

use std::time::{Duration, Instant};

use dfns::mock::DfnsMock;
use dfns::{Client, Error, RetryPolicy, Timestamp};

mod common;

const OP: &str = "create_credential_code";

fn expiration() -> Timestamp {
    Timestamp::from_unix_seconds(2_000_000_000).unwrap()
}

async fn call(client: &Client) -> Result<String, Error> {
    let response = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration()))
        .send()
        .await?;
    Ok(response.into_inner().code)
}

use common::fast_retries;

fn client_for(mock: &DfnsMock) -> Client {
    Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .retry_policy(fast_retries())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_retried_with_a_new_user_action_signature() {
    let mock = DfnsMock::start().await;
    mock.queue_response(
        OP,
        429,
        &[("retry-after", "0")],
        r#"{"error":{"message":"slow down"}}"#,
    );
    let code = call(&client_for(&mock)).await.unwrap();
    assert!(!code.is_empty());
    assert_eq!(mock.hits(OP), 2);
    let actions = mock.user_actions();
    assert_eq!(actions.len(), 2, "each attempt was signed anew");
    assert!(
        actions.iter().all(|a| a.consumed),
        "both tokens were presented once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_500_on_a_post_is_not_resent_and_may_have_executed() {
    let mock = DfnsMock::start().await;
    mock.queue_response(OP, 500, &[], r#"{"error":{"message":"internal failure"}}"#);
    let err = call(&client_for(&mock)).await.unwrap_err();
    assert_eq!(mock.hits(OP), 1, "a POST that got a 5xx is never re-sent");
    assert_eq!(err.status(), Some(500));
    assert!(err.may_have_executed());
    let message = err.to_string();
    assert!(message.contains("HTTP 500: internal failure"), "{message}");
    assert!(
        message.contains("create_credential_code (POST /auth/credentials/code)"),
        "{message}"
    );
    assert!(message.contains("may have executed"), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_errors_on_a_post_are_not_resent_either() {
    for status in [502, 503, 504] {
        let mock = DfnsMock::start().await;
        mock.queue_response(OP, status, &[], "");
        let err = call(&client_for(&mock)).await.unwrap_err();
        assert_eq!(mock.hits(OP), 1, "{status}");
        assert_eq!(err.status(), Some(status));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_202_is_policy_pending_with_its_body() {
    let mock = DfnsMock::start().await;
    mock.queue_response(
        OP,
        202,
        &[("x-request-id", "req-202")],
        r#"{"id":"ap-1","status":"Pending"}"#,
    );
    let err = call(&client_for(&mock)).await.unwrap_err();
    assert!(err.is_policy_pending());
    match &err {
        Error::PolicyPending { body, request, .. } => {
            assert_eq!(body["id"], "ap-1");
            assert_eq!(request.operation, OP);
        }
        other => panic!("{other}"),
    }
    assert_eq!(err.request_id(), Some("req-202"));
    assert!(err.to_string().contains("pending policy approval"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_keep_the_response_headers_and_request_id() {
    let mock = DfnsMock::start().await;
    mock.queue_response(
        OP,
        403,
        &[
            ("x-dfns-request-id", "dfns-req-7"),
            ("x-ratelimit-remaining", "0"),
        ],
        r#"{"error":{"message":"forbidden"}}"#,
    );
    let err = call(&client_for(&mock)).await.unwrap_err();
    assert_eq!(err.status_code(), Some(http::StatusCode::FORBIDDEN));
    assert_eq!(err.request_id(), Some("dfns-req-7"));
    assert_eq!(err.headers().unwrap()["x-ratelimit-remaining"], "0");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_stop_when_disabled_or_when_retry_after_is_too_long() {
    let mock = DfnsMock::start().await;
    mock.queue_response(OP, 429, &[], "");
    let client = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .retry_policy(RetryPolicy::disabled())
        .build()
        .unwrap();
    assert_eq!(call(&client).await.unwrap_err().status(), Some(429));
    assert_eq!(mock.hits(OP), 1);

    let mock = DfnsMock::start().await;
    mock.queue_response(OP, 429, &[("retry-after", "3600")], "");
    let started = Instant::now();
    assert_eq!(
        call(&client_for(&mock)).await.unwrap_err().status(),
        Some(429)
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "did not wait an hour"
    );
    assert_eq!(mock.hits(OP), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_never_answers_times_out() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    // Accept connections and say nothing.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().take(4) {
            held.push(stream);
        }
        std::thread::sleep(Duration::from_secs(30));
    });
    let mock = DfnsMock::start().await;
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .auth_token("t")
        .signer(mock.signer())
        .timeout(Duration::from_millis(300))
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let started = Instant::now();
    let err = call(&client).await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    // The challenge POST may have reached the server: it is not re-sent.
    let step = err.request().unwrap();
    assert_eq!(
        (step.operation.as_str(), step.attempts),
        ("user_action_challenge", 1)
    );
    // But the operation itself was never sent.
    assert!(!err.may_have_executed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_signing_step_is_retried_and_the_operation_never_sent() {
    let server = dfns::mock::httpmock::MockServer::start_async().await;
    let init = server
        .mock_async(|when, then| {
            when.method("POST").path("/auth/action/init");
            then.status(429).header("retry-after", "0").body("{}");
        })
        .await;
    let operation = server
        .mock_async(|when, then| {
            when.path("/auth/credentials/code");
            then.status(200);
        })
        .await;
    let mock = DfnsMock::start().await;
    let client = Client::builder()
        .base_url(server.base_url())
        .auth_token("t")
        .signer(mock.signer())
        .retry_policy(fast_retries().max_attempts(3))
        .build()
        .unwrap();
    let err = call(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(429), "{err}");
    assert_eq!(err.request().unwrap().attempts, 3);
    assert!(!err.may_have_executed());
    assert_eq!(init.calls_async().await, 3);
    assert_eq!(operation.calls_async().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_connection_is_retried_because_nothing_was_sent() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mock = DfnsMock::start().await;
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .auth_token("t")
        .signer(mock.signer())
        .retry_policy(fast_retries().max_attempts(4))
        .build()
        .unwrap();
    let err = call(&client).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                may_have_executed: false,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(err.request().unwrap().attempts, 4);
    assert!(!err.may_have_executed());
}

/// A small deterministic generator for the malformed-body test.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_responses_are_typed_errors_never_panics() {
    let valid = br#"{"code":"ABC","expiration":"2030-01-01T00:00:00Z"}"#.to_vec();
    let mut bodies: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"   ".to_vec(),
        b"null".to_vec(),
        b"[]".to_vec(),
        b"{".to_vec(),
        b"<html>502 Bad Gateway</html>".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x80],
        br#"{"code":1,"expiration":true}"#.to_vec(),
        br#"{"code":"A"}"#.to_vec(),
        vec![b' '; 64 * 1024],
        vec![b'['; 100_000],
    ];
    for cut in [1, 10, valid.len() / 2, valid.len() - 1] {
        bodies.push(valid[..cut].to_vec());
    }
    let mut rng = Lcg(42);
    for _ in 0..60 {
        let n = (rng.next() % 300) as usize;
        bodies.push(rng.bytes(n));
    }
    let mock = DfnsMock::start().await;
    let client = client_for(&mock);
    for (i, body) in bodies.iter().enumerate() {
        for status in [200u16, 201, 400, 500] {
            mock.queue_response(OP, status, &[("content-type", "text/plain")], body.clone());
            match call(&client).await {
                Ok(code) => panic!("body #{i} with {status} parsed as success: {code}"),
                Err(
                    ref e @ Error::Decode {
                        status: s,
                        body: ref raw,
                        ..
                    },
                ) => {
                    assert!((200..300).contains(&s), "#{i}");
                    assert_eq!(
                        raw.as_ref(),
                        body.as_slice(),
                        "#{i}: the whole body is kept"
                    );
                    assert!(e.may_have_executed(), "#{i}: a 2xx executed");
                }
                Err(e @ Error::Api { .. }) => {
                    assert!(e.status().unwrap() >= 400, "#{i} {status}: {e}")
                }
                Err(other) => panic!("body #{i} with {status}: unexpected error kind: {other}"),
            }
        }
    }
    // The error says where in the body decoding failed.
    mock.queue_response(OP, 200, &[], r#"{"code":"A","expiration":true}"#);
    match call(&client).await {
        Err(Error::Decode { path, .. }) => assert_eq!(path, "expiration"),
        other => panic!("{other:?}"),
    }
    // The well-formed body still works, under any content type.
    mock.queue_response(OP, 200, &[("content-type", "text/html")], valid);
    assert_eq!(call(&client).await.unwrap(), "ABC");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_body_is_refused_without_reading_it_all() {
    let mock = DfnsMock::start().await;
    let huge = vec![b' '; dfns::MAX_RESPONSE_BYTES + 1];
    mock.queue_response(OP, 200, &[], huge);
    let err = call(&client_for(&mock)).await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { reason, .. } if reason.contains("larger than")),
        "{err}"
    );
    assert!(err.may_have_executed(), "Dfns answered 200: it did execute");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_request_is_refused_before_any_network_io() {
    let mock = DfnsMock::start().await;
    let client = client_for(&mock);
    // The required `expiration` was never set.
    let err = client.create_credential_code().send().await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains("expiration")),
        "{err}"
    );
    assert!(err.to_string().contains("nothing was sent"), "{err}");
    assert_eq!(mock.hits(OP), 0);
    assert!(
        mock.user_actions().is_empty(),
        "not even a challenge was asked for"
    );
    // Out-of-bounds values cannot be built: `exclusiveMinimum: 0` on a unix timestamp.
    assert!(Timestamp::from_unix_seconds(0).is_err());
}

/// `Duration::MAX` means "no limit", never a panic: as the whole call's
/// deadline, and as the longest `Retry-After` honoured (a server asking for
/// more time than the clock can count ends the retries).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn durations_at_their_maximum_never_panic() {
    let mock = DfnsMock::start().await;
    let unbounded = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .operation_timeout(Duration::MAX)
        .retry_policy(fast_retries().max_retry_after(Duration::MAX))
        .build()
        .unwrap();
    assert!(!call(&unbounded).await.unwrap().is_empty());

    let bounded = Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .signer(mock.signer())
        .retry_policy(fast_retries().max_retry_after(Duration::MAX))
        .build()
        .unwrap();
    mock.queue_response(OP, 429, &[("retry-after", "18446744073709551615")], "");
    let err = call(&bounded).await.unwrap_err();
    assert_eq!(err.status(), Some(429), "{err}");
}

/// A POST answered 5xx with a body too large to read may have executed; a
/// signing step whose 2xx answer does not decode did not (the operation
/// was never sent).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn may_have_executed_follows_what_was_sent_for_decode_errors() {
    let mock = DfnsMock::start().await;
    let huge = vec![b' '; dfns::MAX_RESPONSE_BYTES + 1];
    mock.queue_response(OP, 500, &[], huge);
    let err = call(&client_for(&mock)).await.unwrap_err();
    assert!(matches!(err, Error::Decode { status: 500, .. }), "{err}");
    assert!(
        err.may_have_executed(),
        "a POST that got a 5xx may have run"
    );
    assert!(err.to_string().contains("may have executed"), "{err}");

    let server = dfns::mock::httpmock::MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/auth/action/init");
            then.status(200).body("<html>not a challenge</html>");
        })
        .await;
    let operation = server
        .mock_async(|when, then| {
            when.path("/auth/credentials/code");
            then.status(200);
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .auth_token("t")
        .signer(mock.signer())
        .build()
        .unwrap();
    let err = call(&client).await.unwrap_err();
    assert!(matches!(err, Error::Decode { status: 200, .. }), "{err}");
    assert!(!err.may_have_executed(), "{err}");
    assert_eq!(operation.calls_async().await, 0);
}

/// A response that fails to decode may carry credentials (a login, a new
/// token): the error says where and why, never what the body said; the
/// body stays available.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decode_errors_never_print_the_body() {
    let mock = DfnsMock::start().await;
    let body = r#"{"code":"S3CRET-CODE-1","expiration":true}"#;
    mock.queue_response(OP, 200, &[], body);
    let err = call(&client_for(&mock)).await.unwrap_err();
    let printed = format!("{err} {err:?}");
    assert!(printed.contains("expiration"), "{printed}");
    assert!(!printed.contains("S3CRET"), "{printed}");
    match err {
        Error::Decode { body: kept, .. } => assert_eq!(&kept[..], body.as_bytes()),
        other => panic!("{other}"),
    }

    // serde quotes the value it could not take: left out too.
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Token {
        expires_in: u32,
    }
    mock.stub_raw(
        dfns::reqwest::Method::POST,
        "/new/login",
        false,
        200,
        serde_json::json!({"expires_in": "S3CRET-TOKEN-3"}),
    );
    let err = client_for(&mock)
        .raw(dfns::reqwest::Method::POST, "/new/login")
        .user_action(false)
        .send_as::<Token>()
        .await
        .unwrap_err();
    let printed = format!("{err} {err:?}");
    assert!(printed.contains("expires_in"), "{printed}");
    assert!(!printed.contains("S3CRET"), "{printed}");
}
