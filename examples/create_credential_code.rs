//! Creates a one-time credential code.
//!
//! ```sh
//! cargo run --example create_credential_code
//! ```
//!
//! With `DFNS_AUTH_TOKEN`, `DFNS_CRED_ID` and `DFNS_PRIVATE_KEY` (PEM text or
//! the path of a PEM file) set, it calls Dfns (`DFNS_API_URL`, default
//! `https://api.dfns.io`). With none of them set it starts a local fake Dfns
//! on loopback, which runs the same challenge flow and verifies the
//! signature, and calls that instead.

use std::error::Error;
use std::time::Duration;

use dfns::{Client, KeySigner, Timestamp};

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// `DFNS_PRIVATE_KEY` holds either the PEM itself or a path to it.
fn load_key(value: &str) -> Result<String, Box<dyn Error>> {
    if value.contains("-----BEGIN") {
        return Ok(value.replace("\\n", "\n"));
    }
    std::fs::read_to_string(value).map_err(|e| {
        format!("DFNS_PRIVATE_KEY is neither PEM text nor a readable file ({value}): {e}").into()
    })
}

async fn create_code(client: &Client) -> Result<(), Box<dyn Error>> {
    let response = client
        .create_credential_code()
        .body_map(|body| body.expiration(Timestamp::from_now(Duration::from_secs(600))))
        .send()
        .await?;
    println!("credential code: {}", response.code);
    println!("expires:         {}", response.expiration);
    Ok(())
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn Error>> {
    let settings = (
        env("DFNS_AUTH_TOKEN"),
        env("DFNS_CRED_ID"),
        env("DFNS_PRIVATE_KEY"),
    );
    match settings {
        (Some(token), Some(cred_id), Some(key)) => {
            let signer = KeySigner::from_pem(cred_id, &load_key(&key)?)?;
            let mut builder = Client::builder().auth_token(token).signer(signer);
            if let Some(url) = env("DFNS_API_URL") {
                builder = builder.base_url(url);
            }
            let client = builder.build()?;
            println!("calling Dfns at {}", client.baseurl());
            create_code(&client).await
        }
        (None, None, None) => {
            let mock = dfns::mock::DfnsMock::start().await;
            println!(
                "DFNS_AUTH_TOKEN, DFNS_CRED_ID and DFNS_PRIVATE_KEY are not set: running offline \
                 against a local fake Dfns at {}",
                mock.base_url()
            );
            create_code(&mock.client()).await?;
            let action = &mock.user_actions()[0];
            println!(
                "(offline) the fake Dfns verified the signature of credential {} over {} {} {}",
                action.credential_id, action.method, action.path, action.payload
            );
            println!(
                "(offline) the code is its placeholder, built from the response schema; \
                 set the DFNS_* variables to get a real one"
            );
            Ok(())
        }
        _ => Err(
            "set all of DFNS_AUTH_TOKEN, DFNS_CRED_ID and DFNS_PRIVATE_KEY (and optionally \
                  DFNS_API_URL) to call Dfns, or none of them to run offline"
                .into(),
        ),
    }
}
