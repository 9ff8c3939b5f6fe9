//! Every operation of the vendored spec works against `DfnsMock` out of
//! the box: its canned body decodes into the generated type, and a request
//! to it (bearer token, and user action token where the spec asks for one)
//! gets that body. CI also runs this with the fixture documents
//! (`DFNS_OPENAPI_SPEC=tests/fixtures/… cargo test --test mock_operations`).

use dfns::mock::{canned_response, check_response, DfnsMock, StubError};
use dfns::OPERATIONS;
use serde_json::Value;

mod common;

/// The template with each `{parameter}` filled in.
fn concrete_path(template: &str) -> String {
    template
        .split('/')
        .map(|s| if s.starts_with('{') { "p-1" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

fn is_signing_endpoint(op: &dfns::Operation) -> bool {
    op.method == "POST" && matches!(op.path, "/auth/action/init" | "/auth/action")
}

#[test]
fn every_canned_body_decodes_into_the_generated_type() {
    let failures: Vec<String> = OPERATIONS
        .iter()
        .filter_map(|op| {
            let body = canned_response(op.name).expect("every operation has a canned body");
            check_response(op.name, &body).err().map(|e| e.to_string())
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unknown_operations_and_drifted_bodies_are_named() {
    assert_eq!(
        check_response("no_such_operation", &Value::Null),
        Err(StubError::UnknownOperation("no_such_operation".into()))
    );
    assert!(canned_response("no_such_operation").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_answers_its_canned_body_over_http() {
    let mock = DfnsMock::start().await;
    // Bare `{}` bodies, transfers included: no idempotency key asked for.
    let service = dfns::Client::builder()
        .base_url(mock.base_url())
        .auth_token(mock.auth_token())
        .auto_external_id(false)
        .build()
        .unwrap();
    let http = reqwest::Client::new();
    let signer = mock.signer();
    let empty_object = Value::Object(Default::default());
    for op in OPERATIONS {
        // The signing endpoints run the real flow (every signed call below
        // goes through them); a bare `{}` is rightly refused there.
        if is_signing_endpoint(op) {
            continue;
        }
        let path = concrete_path(op.path);
        let has_body = !matches!(op.method, "GET" | "DELETE" | "HEAD");
        let payload = if has_body { "{}" } else { "" };
        let mut request = http
            .request(
                op.method.parse().unwrap(),
                format!("{}{path}", mock.base_url()),
            )
            .bearer_auth(mock.auth_token())
            .body(payload);
        if op.requires_user_action {
            let body = has_body.then_some(&empty_object);
            let token = common::delegated_token(&service, &signer, op.method, &path, body).await;
            request = request.header("x-dfns-useraction", token.expose());
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 200, "{} {path} ({})", op.method, op.name);
        let bytes = response.bytes().await.unwrap();
        let body: Value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap()
        };
        assert_eq!(check_response(op.name, &body), Ok(()), "{}", op.name);
        assert_eq!(mock.hits(op.name), 1, "{} was routed elsewhere", op.name);
    }
    let signed = OPERATIONS
        .iter()
        .filter(|op| op.requires_user_action && !is_signing_endpoint(op));
    assert_eq!(mock.user_actions().len(), signed.count());
    assert!(mock.user_actions().iter().all(|a| a.consumed));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[should_panic(expected = "does not decode into its response type")]
async fn a_stub_that_does_not_fit_the_spec_fails_loudly() {
    let mock = DfnsMock::start().await;
    let op = OPERATIONS
        .iter()
        .find(|op| canned_response(op.name).is_some_and(|b| b.is_object()))
        .unwrap();
    mock.stub(
        op.name,
        serde_json::json!(["not", "what", "the", "spec", "says"]),
    );
}
