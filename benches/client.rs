//! What a signed call costs the client.
//!
//! ```sh
//! cargo bench --bench client
//! ```
//!
//! - `sign/*`: one user action signature per key type (clientData + signature);
//! - `request/*`: building and serializing a request body;
//! - `round_trip/*`: a whole signed `create_credential_code` against the
//!   loopback fake Dfns (challenge, assertion, request: three HTTP
//!   exchanges), measured in CPU time of the client thread only, so the
//!   mock server's work is not counted. (Linux: `/proc/thread-self/schedstat`.)
//!   `round_trip/plain_post_json` is one bare reqwest POST with a JSON
//!   answer of the challenge's size to the same server: the HTTP + JSON floor
//!   that a signed call pays three times.

use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dfns::{types, KeySigner, Timestamp};

#[path = "../tests/common/mod.rs"]
mod common;

/// CPU time of the calling thread, in nanoseconds.
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .expect("/proc/thread-self/schedstat is readable (Linux)")
}

struct ThreadCpu;

struct NanosFormatter;

impl ValueFormatter for NanosFormatter {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = if typical < 1e3 {
            (1.0, "ns cpu")
        } else if typical < 1e6 {
            (1e-3, "µs cpu")
        } else {
            (1e-6, "ms cpu")
        };
        values.iter_mut().for_each(|v| *v *= factor);
        unit
    }

    fn scale_throughputs(
        &self,
        _typical: f64,
        _throughput: &Throughput,
        _values: &mut [f64],
    ) -> &'static str {
        "calls"
    }

    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns cpu"
    }
}

impl Measurement for ThreadCpu {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns() - start
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &NanosFormatter
    }
}

fn signing(c: &mut Criterion) {
    let mut group = c.benchmark_group("sign");
    let challenge = "MmE3NjQxM2ZhN2QxNTFiYWNlODhlMGNmMDQ4NzkxMTc";
    for (kind, pem) in common::all_key_pems()
        .into_iter()
        .filter(|(k, _)| k.ends_with("PKCS#8"))
    {
        let signer = KeySigner::from_pem("cr-bench", &pem).unwrap();
        group.bench_function(kind.trim_end_matches(" PKCS#8"), |b| {
            b.iter(|| {
                signer
                    .sign_bytes(&dfns::client_data_json(std::hint::black_box(challenge)))
                    .unwrap()
            })
        });
    }
    group.finish();
}

fn request_building(c: &mut Criterion) {
    c.bench_function("request/build_and_serialize_body", |b| {
        b.iter(|| {
            let body: types::CreateCredentialCodeBody = types::CreateCredentialCodeBody::builder()
                .expiration(
                    Timestamp::from_unix_seconds(std::hint::black_box(2_000_000_000)).unwrap(),
                )
                .try_into()
                .unwrap();
            serde_json::to_vec(&body).unwrap()
        })
    });
}

fn round_trip(c: &mut Criterion<ThreadCpu>) {
    // The client runs on this thread; the mock server on its own threads.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mock = runtime.block_on(dfns::mock::DfnsMock::start());
    let client = mock.client();
    let expiration = Timestamp::from_unix_seconds(2_000_000_000).unwrap();
    let mut group = c.benchmark_group("round_trip");
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("signed_create_credential_code_ed25519", |b| {
        b.iter(|| {
            runtime
                .block_on(
                    client
                        .create_credential_code()
                        .body_map(|body| body.expiration(expiration))
                        .send(),
                )
                .unwrap()
        })
    });
    // The floor: one keep-alive POST and a JSON answer, nothing else.
    runtime.block_on(mock.mock_async(|when, then| {
        when.method("POST").path("/bench/plain");
        then.status(200)
            .header("content-type", "application/json")
            .body(PLAIN_ANSWER);
    }));
    let http = reqwest::Client::new();
    let url = format!("{}/bench/plain", mock.base_url());
    group.bench_function("plain_post_json", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let response = http
                    .post(&url)
                    .header("content-type", "application/json")
                    .body(r#"{"expiration":2000000000}"#)
                    .send()
                    .await
                    .unwrap();
                let body = response.bytes().await.unwrap();
                serde_json::from_slice::<serde_json::Value>(&body).unwrap()
            })
        })
    });
    group.finish();
}

/// A JSON answer the size of a user action challenge (~450 bytes).
const PLAIN_ANSWER: &str = r#"{"challenge":"MmE3NjQxM2ZhN2QxNTFiYWNlODhlMGNmMDQ4NzkxMTc","challengeIdentifier":"ci-1-aaaaaaaa","allowCredentials":{"key":[{"type":"public-key","id":"cr-mock-0123456789ab"}],"webauthn":[]},"externalAuthenticationUrl":"","userVerification":"required","attestation":"direct","supportedCredentialKinds":[{"kind":"Key","factor":"first","requiresSecondFactor":false}]}"#;

criterion_group!(local, signing, request_building);
criterion_group! {
    name = network;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = round_trip
}
criterion_main!(local, network);
