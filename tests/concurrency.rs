//! One client shared by many tasks on tokio's multi-thread runtime, as a
//! service runs it: every signed call gets its own challenge, signature and
//! single-use token, and no answer goes to the wrong caller.

use std::collections::HashSet;

use dfns::mock::{canned_response, DfnsMock};
use dfns::Timestamp;

const TASKS: usize = 64;
const CALLS_PER_TASK: usize = 10;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_client_serves_64_spawned_tasks() {
    let mock = DfnsMock::start().await;
    // One distinct answer per call, so a crossed wire shows as a duplicate.
    let mut body = canned_response("create_credential_code").unwrap();
    for i in 0..TASKS * CALLS_PER_TASK {
        body["code"] = format!("code-{i}").into();
        mock.queue_response("create_credential_code", 200, &[], body.to_string());
    }
    let client = mock.client();
    let expiration = Timestamp::from_unix_seconds(2_000_000_000).unwrap();
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut codes = Vec::new();
                for _ in 0..CALLS_PER_TASK {
                    let code = client
                        .create_credential_code()
                        .body_map(|b| b.expiration(expiration))
                        .send()
                        .await
                        .expect("every signed call succeeds");
                    codes.push(code.into_inner().code);
                }
                codes
            })
        })
        .collect();
    let mut codes = HashSet::new();
    for task in tasks {
        for code in task.await.unwrap() {
            assert!(codes.insert(code.clone()), "{code} answered twice");
        }
    }
    assert_eq!(codes.len(), TASKS * CALLS_PER_TASK);
    assert_eq!(mock.hits("create_credential_code"), TASKS * CALLS_PER_TASK);
    let actions = mock.user_actions();
    assert_eq!(
        actions.len(),
        TASKS * CALLS_PER_TASK,
        "one signature per call"
    );
    assert!(
        actions.iter().all(|a| a.consumed),
        "every token used exactly once"
    );
}
