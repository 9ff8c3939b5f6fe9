//! The mock's front door: a loopback TCP relay before the httpmock server,
//! so the mock can lose an answer the way a network does, after the
//! request executed: the connection closed, or silent until the client
//! gives up. Bytes pass through untouched until an answer carries the
//! mock's fault header (its name holds a secret of this mock, so no body
//! or test header can trigger it); that answer is never delivered.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

/// How an answer is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Loss {
    /// The connection is closed.
    Drop,
    /// Nothing comes for this long; then the connection is closed.
    Silence(Duration),
}

impl Loss {
    /// The header value that asks the relay for this loss.
    pub(super) fn header_value(self) -> String {
        match self {
            Loss::Drop => "drop".into(),
            Loss::Silence(d) => format!("silence-{}", d.as_millis().min(u64::MAX.into())),
        }
    }

    fn parse(value: &[u8]) -> Loss {
        let value = String::from_utf8_lossy(value);
        let silence = value
            .trim()
            .strip_prefix("silence-")
            .and_then(|ms| ms.parse().ok());
        match silence {
            Some(ms) => Loss::Silence(Duration::from_millis(ms)),
            None => Loss::Drop,
        }
    }
}

/// The relay; it stops (and closes every connection) when dropped.
pub(super) struct Front {
    address: SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl Front {
    /// Starts relaying to `upstream`, on a thread of its own (so it runs
    /// whatever runtime, if any, the test uses). `header` is the fault
    /// header's name, lower case.
    pub(super) fn start(upstream: SocketAddr, header: String) -> Front {
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port is available");
        listener
            .set_nonblocking(true)
            .expect("a socket can be made non-blocking");
        let address = listener
            .local_addr()
            .expect("a bound socket has an address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let marker: Arc<[u8]> = format!("\r\n{header}:").into_bytes().into();
        std::thread::Builder::new()
            .name("dfns-mock-front".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("a tokio runtime can be built");
                runtime.block_on(async move {
                    let listener =
                        TcpListener::from_std(listener).expect("a loopback listener registers");
                    tokio::spawn(accept(listener, upstream, marker));
                    // Ends when the mock (holding the sender) is dropped.
                    let _ = stopped.await;
                });
                // Dropping the runtime cancels every relay: connections close.
            })
            .expect("a thread can be started");
        Front {
            address,
            _stop: stop,
        }
    }

    pub(super) fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }
}

async fn accept(listener: TcpListener, upstream: SocketAddr, marker: Arc<[u8]>) {
    loop {
        match listener.accept().await {
            Ok((client, _)) => {
                tokio::spawn(relay(client, upstream, marker.clone()));
            }
            // One failed accept (an aborted connection, no file descriptor
            // left for a moment) must not close the door for good.
            Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

/// One client connection: requests pass to httpmock as they come; answers
/// come back unless one carries the fault header.
async fn relay(client: TcpStream, upstream: SocketAddr, marker: Arc<[u8]>) {
    let Ok(server) = TcpStream::connect(upstream).await else {
        return;
    };
    let _ = (client.set_nodelay(true), server.set_nodelay(true));
    let (mut from_client, mut to_client) = client.into_split();
    let (mut from_server, mut to_server) = server.into_split();
    let requests = tokio::spawn(async move {
        let _ = tokio::io::copy(&mut from_client, &mut to_server).await;
        let _ = to_server.shutdown().await;
    });
    // What was read of the answers and not yet delivered, plus the last
    // bytes delivered (a marker may straddle two reads).
    let mut window: Vec<u8> = Vec::new();
    let mut delivered = 0;
    let mut chunk = vec![0u8; 16 * 1024];
    loop {
        let n = match from_server.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        window.extend_from_slice(&chunk[..n]);
        if let Some(at) = find(&window, &marker) {
            let value_start = at + marker.len();
            let Some(line_end) = find(&window[value_start..], b"\r\n") else {
                continue; // the rest of the header line is still coming
            };
            requests.abort();
            if let Loss::Silence(wait) = Loss::parse(&window[value_start..value_start + line_end]) {
                tokio::time::sleep(wait).await;
            }
            return; // both sockets close here: the answer is lost
        }
        if to_client.write_all(&window[delivered..]).await.is_err() {
            break;
        }
        let keep = window.len().min(marker.len());
        window.drain(..window.len() - keep);
        delivered = window.len();
    }
    requests.abort();
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn losses_travel_in_a_header_value() {
        for loss in [Loss::Drop, Loss::Silence(Duration::from_millis(1500))] {
            assert_eq!(Loss::parse(loss.header_value().as_bytes()), loss);
        }
    }
}
