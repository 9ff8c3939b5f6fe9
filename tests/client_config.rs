//! Builder validation, regions against the vendored spec, and secrets kept
//! out of `Debug`.

use dfns::{Client, Error, Region};

fn config_error(url: &str) -> String {
    match Client::builder().base_url(url).build() {
        Err(Error::Config(message)) => message,
        Err(other) => panic!("{url}: expected a config error, got {other}"),
        Ok(_) => panic!("{url}: expected an error"),
    }
}

#[test]
fn regions_have_their_documented_urls() {
    assert_eq!(Region::default(), Region::Eu);
    assert_eq!(Region::Eu.base_url(), "https://api.dfns.io");
    assert_eq!(Region::Uae.base_url(), "https://api.uae.dfns.io");
    let eu = Client::builder().build().unwrap();
    assert_eq!(eu.baseurl(), "https://api.dfns.io");
    let uae = Client::builder().region(Region::Uae).build().unwrap();
    assert_eq!(uae.baseurl(), "https://api.uae.dfns.io");
}

/// Every production server of the vendored spec is a region, and the first
/// (default) server is the default region.
#[test]
fn vendored_spec_servers_are_regions() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    let spec = dfns_codegen::parse_yaml(&text).unwrap();
    let servers = spec["servers"].as_array().unwrap();
    assert_eq!(servers[0]["url"], Region::default().base_url());
    let regions: Vec<&str> = Region::ALL.iter().map(Region::base_url).collect();
    for server in servers {
        let description = server["description"].as_str().unwrap_or_default();
        if description.contains("Deprecated") || description.contains("Staging") {
            continue;
        }
        let url = server["url"].as_str().unwrap();
        assert!(
            regions.contains(&url),
            "spec server {url} ({description}) has no Region"
        );
    }
}

#[test]
fn base_url_must_be_https_except_loopback() {
    for ok in [
        "https://dfns.example.com",
        "https://proxy.example.com/dfns/",
        "http://localhost:8080",
        "http://127.0.0.1:1",
        "http://127.5.6.7",
        "http://[::1]:3000",
    ] {
        let client = Client::builder()
            .base_url(ok)
            .build()
            .unwrap_or_else(|e| panic!("{ok}: {e}"));
        assert!(!client.baseurl().ends_with('/'), "{ok}");
    }
    assert!(config_error("http://api.dfns.io").contains("plain http"));
    assert!(config_error("http://10.0.0.1").contains("plain http"));
    assert!(config_error("http://localhost.evil.com").contains("plain http"));
    assert!(config_error("ftp://api.dfns.io").contains("scheme"));
    assert!(config_error("not a url").contains("not a valid URL"));
    assert!(config_error("").contains("not a valid URL"));
    assert!(config_error("https://api.dfns.io?x=1").contains("query"));
}

#[test]
fn base_url_overrides_region() {
    let client = Client::builder()
        .region(Region::Uae)
        .base_url("https://x.example")
        .build()
        .unwrap();
    assert_eq!(client.baseurl(), "https://x.example");
}

#[test]
fn secrets_never_appear_in_debug() {
    let token = "super-secret-token-value";
    let client = Client::builder().auth_token(token).build().unwrap();
    let debug = format!("{client:?} {client:#?}");
    assert!(!debug.contains(token), "{debug}");
    assert!(debug.contains("<redacted>"), "{debug}");
    let builder = format!("{:?}", Client::builder().auth_token(token));
    assert!(!builder.contains(token), "{builder}");
}
