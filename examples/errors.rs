//! Handling what Dfns and the network can answer. The local fake Dfns is
//! told to answer 429, then 202 (policy approval pending), then 500.
//!
//! ```sh
//! cargo run --example errors
//! ```

use dfns::{Client, Error, Timestamp};

async fn create_code(client: &Client) -> Result<String, Error> {
    let expiration = Timestamp::from_unix_seconds(2_000_000_000).expect("> 0");
    let code = client
        .create_credential_code()
        .body_map(|b| b.expiration(expiration))
        .send()
        .await?;
    Ok(code.into_inner().code)
}

fn explain(result: Result<String, Error>) {
    match result {
        Ok(code) => println!("ok: {code}"),
        Err(Error::PolicyPending { body, .. }) => {
            println!("pending approval, track it with {body}")
        }
        Err(e) if e.may_have_executed() => {
            println!("unknown outcome, check before re-sending: {e}")
        }
        Err(Error::Api {
            status, message, ..
        }) => println!("Dfns refused it ({status}): {message}"),
        Err(e) => println!("failed before or while sending: {e}"),
    }
}

#[tokio::main]
async fn main() {
    let mock = dfns::mock::DfnsMock::start().await;
    let client = mock.client();
    const OP: &str = "create_credential_code";

    // A 429 is retried (with a fresh signature) after Retry-After.
    mock.queue_response(OP, 429, &[("retry-after", "0")], "");
    explain(create_code(&client).await);

    mock.queue_response(OP, 202, &[], r#"{"id":"ap-12345","status":"Pending"}"#);
    explain(create_code(&client).await);

    // A 5xx to a POST is never re-sent: it may have executed.
    mock.queue_response(OP, 500, &[], r#"{"error":{"message":"internal error"}}"#);
    explain(create_code(&client).await);

    let no_token = Client::builder()
        .base_url(mock.base_url())
        .build()
        .expect("valid URL");
    explain(create_code(&no_token).await);
}
