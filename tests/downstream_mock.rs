//! How a downstream crate tests its own code against `dfns::mock`, with
//! nothing but the public API: the mock's client, a stubbed response, and
//! httpmock for anything else.

use dfns::mock::{
    canned_response,
    httpmock::Method::{GET, POST},
    DfnsMock,
};

/// Downstream code under test: issues a code for a new device.
async fn enroll_device(client: &dfns::Client) -> Result<String, dfns::Error> {
    let expiration = dfns::Timestamp::from_now(std::time::Duration::from_secs(300));
    let response = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration))
        .send()
        .await?;
    Ok(response.into_inner().code)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn downstream_code_runs_against_the_mock() {
    let mock = DfnsMock::start().await;
    let code = enroll_device(&mock.client()).await.unwrap();
    assert!(!code.is_empty());
    // The mock checked the token and the signature, and saw one signed action.
    assert_eq!(mock.user_actions().len(), 1);
    assert_eq!(mock.hits("create_credential_code"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stubbed_response_keeps_the_auth_checks() {
    let mock = DfnsMock::start().await;
    mock.queue_response(
        "create_credential_code",
        200,
        &[],
        r#"{"code":"FIXED-CODE","expiration":"2030-01-01T00:00:00Z"}"#,
    );
    assert_eq!(enroll_device(&mock.client()).await.unwrap(), "FIXED-CODE");
    // Without the right token the stub is not reached.
    let stranger = dfns::Client::builder()
        .base_url(mock.base_url())
        .auth_token("nope")
        .signer(mock.signer())
        .build()
        .unwrap();
    assert_eq!(
        enroll_device(&stranger).await.unwrap_err().status(),
        Some(401)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anything_else_is_stubbed_with_httpmock() {
    let mock = DfnsMock::start().await;
    let health = mock
        .server()
        .mock_async(|when, then| {
            when.method(GET).path("/health");
            then.status(200).body("ok");
        })
        .await;
    let body = reqwest::get(format!("{}/health", mock.base_url()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(body, "ok");
    health.assert_async().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operation_answered_with_httpmock_and_one_stubbed_from_its_canned_body() {
    let mock = DfnsMock::start().await;
    // httpmock's own API, ahead of the mock's operation routes.
    let outage = mock
        .mock_async(|when, then| {
            when.method(POST).path("/auth/credentials/code");
            then.status(503).body("maintenance");
        })
        .await;
    let err = enroll_device(&mock.client()).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.dfns_message(), Some("maintenance"));
    assert_eq!(outage.calls_async().await, 1);
    outage.delete_async().await;

    // The canned body, with the one field the test cares about changed.
    let mut body = canned_response("create_credential_code").unwrap();
    body["code"] = "FROM-CANNED".into();
    mock.stub("create_credential_code", body);
    assert_eq!(enroll_device(&mock.client()).await.unwrap(), "FROM-CANNED");
}
