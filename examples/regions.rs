//! Choosing where requests go: a Dfns region, or your own URL.
//!
//! ```sh
//! cargo run --example regions
//! ```

use dfns::{Client, Region};

fn main() -> Result<(), dfns::Error> {
    for region in Region::ALL {
        let client = Client::builder().region(*region).build()?;
        println!("{region:?}: {}", client.baseurl());
    }
    // A proxy in front of Dfns (https), or a local server (http on loopback only).
    let proxied = Client::builder()
        .base_url("https://dfns-proxy.internal.example/v1")
        .build()?;
    println!("custom: {}", proxied.baseurl());
    let local = Client::builder()
        .base_url("http://127.0.0.1:8080")
        .build()?;
    println!("local:  {}", local.baseurl());
    // Plain http anywhere else is refused: tokens must not travel in clear.
    let refused = Client::builder()
        .base_url("http://api.dfns.io")
        .build()
        .unwrap_err();
    println!("refused: {refused}");
    Ok(())
}
