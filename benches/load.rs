//! Load: one client driven by N concurrent tasks on tokio's multi-thread
//! runtime, against the loopback mock, as a service runs it.
//!
//! `cargo bench --bench load` prints, for N = 1, 32 and 128: signed calls
//! per second, client CPU per call, the client process's resident memory
//! before and after 10,000 calls, and how many TCP connections the server
//! accepted during them. Each round follows a warm-up of 1,000 calls at the
//! same concurrency, which opens the connections N tasks need (HTTP/1.1:
//! one per request in flight); a reused pool then accepts none.
//!
//! The mock runs in a child process (this binary with `--serve`) behind a
//! connection-counting proxy, so the parent's CPU and memory are the
//! client's alone.

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use dfns::{Client, CredentialSigner as _, KeySigner, Timestamp};

const CALLS: usize = 10_000;
const WARM_UP_CALLS: usize = 1_000;
// 128 three times: resident memory levels off once the allocator has what
// 128 tasks in flight need, and stays flat from one 10,000-call round to
// the next (no growth per call).
const CONCURRENCY: [usize; 5] = [1, 32, 128, 128, 128];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--serve") {
        serve(&args[i + 1], &args[i + 2]);
        return;
    }
    if args.iter().any(|a| a == "--list") {
        // `cargo bench -- --list` asks for benchmark names.
        println!("load: benchmark");
        return;
    }
    drive();
}

/// The parent: a client with a fresh key, and the rounds.
fn drive() {
    let signer = ed25519_signer("cr-load");
    let mut server = Server::spawn(signer.credential_id(), &signer.public_key_pem());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let client = Client::builder()
        .base_url(&server.base_url)
        .auth_token(&server.token)
        .signer(signer)
        .build()
        .unwrap();
    println!(
        "{CALLS} signed create_credential_code calls per round (3 HTTP exchanges each), \
         2 worker threads, release build"
    );
    println!(
        "{:>6} {:>10} {:>14} {:>12} {:>12} {:>14} {:>12}",
        "tasks",
        "calls/s",
        "CPU/call (µs)",
        "RSS before",
        "RSS after",
        "growth/call",
        "connections"
    );
    for tasks in CONCURRENCY {
        // Warm up at this concurrency: the pool opens the connections it
        // needs, allocator pools fill; the measured round must add nothing.
        runtime.block_on(round(&client, tasks, WARM_UP_CALLS));
        let connections_before = server.connections();
        let rss_before = rss_kib();
        let cpu_before = process_cpu();
        let started = Instant::now();
        runtime.block_on(round(&client, tasks, CALLS));
        let elapsed = started.elapsed();
        let cpu = process_cpu() - cpu_before;
        let rss_after = rss_kib();
        println!(
            "{:>6} {:>10.0} {:>14.0} {:>9} KiB {:>9} KiB {:>11.2} B {:>12}",
            tasks,
            CALLS as f64 / elapsed.as_secs_f64(),
            cpu.as_secs_f64() * 1e6 / CALLS as f64,
            rss_before,
            rss_after,
            (rss_after as f64 - rss_before as f64) * 1024.0 / CALLS as f64,
            server.connections() - connections_before,
        );
    }
    println!(
        "connections accepted in all: {} for {} calls",
        server.connections(),
        (CALLS + WARM_UP_CALLS) * CONCURRENCY.len()
    );
}

/// `calls` signed calls spread over `tasks` spawned tasks.
async fn round(client: &Client, tasks: usize, calls: usize) {
    let expiration = Timestamp::from_unix_seconds(2_000_000_000).unwrap();
    let handles: Vec<_> = (0..tasks)
        .map(|t| {
            let client = client.clone();
            let mine = calls / tasks + usize::from(t < calls % tasks);
            tokio::spawn(async move {
                for _ in 0..mine {
                    client
                        .create_credential_code()
                        .body_map(|b| b.expiration(expiration))
                        .send()
                        .await
                        .expect("signed call");
                }
            })
        })
        .collect();
    for handle in handles {
        handle.await.unwrap();
    }
}

fn ed25519_signer(credential_id: &str) -> KeySigner {
    use ed25519_dalek::pkcs8::{spki::der::pem::LineEnding, EncodePrivateKey as _};
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).unwrap();
    let pem = ed25519_dalek::SigningKey::from_bytes(&seed)
        .to_pkcs8_pem(LineEnding::LF)
        .unwrap();
    KeySigner::from_pem(credential_id, &pem).unwrap()
}

/// Resident memory of this process, in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// User + system CPU time of this process (all threads, exited ones too).
fn process_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the line, in clock ticks (100 per second).
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: u64 = fields
        .get(11..13)
        .map(|f| f.iter().filter_map(|v| v.parse::<u64>().ok()).sum())
        .unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

/// The child process: the mock and the proxy in front of it.
struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    base_url: String,
    token: String,
}

impl Server {
    fn spawn(credential_id: &str, public_key_pem: &str) -> Server {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--serve", credential_id, public_key_pem])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let line = |out: &mut BufReader<ChildStdout>| {
            let mut text = String::new();
            out.read_line(&mut text).unwrap();
            text.trim().to_owned()
        };
        let base_url = line(&mut stdout);
        let token = line(&mut stdout);
        Server {
            child,
            stdin,
            stdout,
            base_url,
            token,
        }
    }

    /// TCP connections the proxy has accepted so far.
    fn connections(&mut self) -> usize {
        writeln!(self.stdin, "connections").unwrap();
        let mut text = String::new();
        self.stdout.read_line(&mut text).unwrap();
        text.trim().parse().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs the mock with the parent's credential behind a counting proxy;
/// answers `connections` on stdin with the count, exits at end of input.
fn serve(credential_id: &str, public_key_pem: &str) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let accepted = Arc::new(AtomicUsize::new(0));
    let (mock, proxy_url) = runtime.block_on(async {
        let mock = dfns::mock::DfnsMock::start().await;
        mock.register_credential(credential_id, public_key_pem)
            .unwrap();
        let upstream = mock.base_url().trim_start_matches("http://").to_owned();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy_url = format!("http://{}", listener.local_addr().unwrap());
        let accepted = accepted.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    return;
                };
                accepted.fetch_add(1, Ordering::SeqCst);
                let upstream = upstream.clone();
                tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        (mock, proxy_url)
    });
    println!("{proxy_url}\n{}", mock.auth_token());
    for line in std::io::stdin().lines() {
        if line.unwrap_or_default().trim() == "connections" {
            println!("{}", accepted.load(Ordering::SeqCst));
        }
    }
    drop(mock);
}
