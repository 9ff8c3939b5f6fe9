//! The service's own HTTP stack and shared signers.

mod common;

use std::sync::Arc;
use std::time::Duration;

use dfns::mock::{httpmock, DfnsMock};
use dfns::{Client, CredentialSigner, Error, KeySigner};
use httpmock::MockServer;

/// Every request, the two signing steps included, goes through the given
/// client: a fake Dfns that only answers requests carrying its default
/// header sees all three.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_goes_through_the_given_http_client() {
    let server = MockServer::start_async().await;
    let challenge = common::CHALLENGE_FOR_CR_1;
    let mut mocks = Vec::new();
    for (path, body) in [
        ("/auth/action/init", challenge),
        ("/auth/action", r#"{"userAction":"ua"}"#),
        (
            "/auth/credentials/code",
            r#"{"code":"FROM-PROXY","expiration":"2030-01-01T00:00:00Z"}"#,
        ),
    ] {
        let mock = server
            .mock_async(move |when, then| {
                when.path(path).header("x-team", "custody");
                then.status(200).body(body);
            })
            .await;
        mocks.push(mock);
    }
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-team", "custody".parse().unwrap());
    let http = reqwest::Client::builder().default_headers(headers);
    let pem = KeySigner::from_pem("cr-1", &common::ed25519_pkcs8()).unwrap();
    let client = Client::builder()
        .base_url(server.base_url())
        .http_client(http)
        .auth_token("t")
        .signer(pem)
        .build()
        .unwrap();
    assert_eq!(common::create_code(&client).await.unwrap(), "FROM-PROXY");
    for mock in &mocks {
        assert_eq!(mock.calls_async().await, 1);
    }
}

/// A fake Dfns whose signing steps answer, for a client with `signer`.
async fn signing_server() -> MockServer {
    let server = MockServer::start_async().await;
    let challenge = common::CHALLENGE_FOR_CR_1;
    for (path, body) in [
        ("/auth/action/init", challenge),
        ("/auth/action", r#"{"userAction":"ua"}"#),
    ] {
        server
            .mock_async(move |when, then| {
                when.path(path);
                then.status(200).body(body);
            })
            .await;
    }
    server
}

/// A given builder set to follow redirects: the crate turns that off, so
/// the signed request is never re-sent to the redirect's target.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_from_a_followed_redirect_is_refused() {
    let server = signing_server().await;
    let elsewhere = server
        .mock_async(|when, then| {
            when.path("/elsewhere");
            then.status(200)
                .body(r#"{"code":"WRONG","expiration":"2030-01-01T00:00:00Z"}"#);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/auth/credentials/code");
            then.status(307).header("location", "/elsewhere");
        })
        .await;
    let following = reqwest::Client::builder().redirect(reqwest::redirect::Policy::limited(5));
    let client = Client::builder()
        .base_url(server.base_url())
        .http_client(following)
        .auth_token("t")
        .signer(KeySigner::from_pem("cr-1", &common::ed25519_pkcs8()).unwrap())
        .build()
        .unwrap();
    let err = common::create_code(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::Redirected { status: 307, location: Some(l), .. } if l == "/elsewhere"),
        "{err}"
    );
    assert_eq!(
        elsewhere.calls_async().await,
        0,
        "the signed request was not re-sent elsewhere"
    );
}

/// One signer, shared by clients and tasks without a wrapper.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_signer_serves_many_clients() {
    let mock = DfnsMock::start().await;
    let shared: Arc<KeySigner> = Arc::new(mock.signer());
    let as_dyn: Arc<dyn CredentialSigner> = shared.clone();
    let boxed: Box<dyn CredentialSigner> = Box::new(mock.signer());
    let build = |b: dfns::ClientBuilder| {
        b.base_url(mock.base_url())
            .auth_token(mock.auth_token())
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap()
    };
    let clients = [
        build(Client::builder().signer(shared.clone())),
        build(Client::builder().signer(shared.clone())),
        build(Client::builder().signer(as_dyn)),
        build(Client::builder().signer(boxed)),
    ];
    assert_eq!(
        Arc::strong_count(&shared),
        1 + 3,
        "the key is shared, not copied"
    );
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|client| tokio::spawn(async move { common::create_code(&client).await }))
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(mock.user_actions().len(), 4);
    assert!(mock
        .user_actions()
        .iter()
        .all(|a| a.consumed && a.credential_id == mock.credential_id()));
}
