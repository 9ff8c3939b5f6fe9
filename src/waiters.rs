//! Waiting for a transfer, transaction or signature to settle, for
//! services without a webhook endpoint: the generated get operation,
//! polled with backoff until a terminal status or a deadline.

use std::time::Duration;

use serde::Serialize;

use crate::{Client, Error};

/// How long to wait, how often to look, and which statuses end the wait
/// besides the documented terminal ones. A [`Duration`] is a `Wait` with
/// that deadline and the defaults.
///
/// ```
/// use std::time::Duration;
/// let wait = dfns::Wait::new(Duration::from_secs(600))
///     .poll_interval(Duration::from_secs(2), Duration::from_secs(30))
///     // A status newer than the vendored document, known to be final:
///     .also_terminal("Finalized");
/// # let _ = wait;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wait {
    deadline: Duration,
    first_delay: Duration,
    max_delay: Duration,
    also_terminal: Vec<String>,
    /// Replaces the documented terminal statuses.
    only_terminal: Option<Vec<String>>,
}

/// The shortest wait between polls: a waiter never hammers the API (Dfns
/// limits requests per organisation).
pub const MIN_POLL_INTERVAL: Duration = Duration::from_millis(100);

impl Wait {
    /// Waits at most `deadline` (`Duration::MAX`: no deadline), polling
    /// after about 1 s, then less and less often (at most every 15 s),
    /// with jitter.
    pub fn new(deadline: Duration) -> Wait {
        Wait {
            deadline,
            first_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(15),
            also_terminal: Vec::new(),
            only_terminal: None,
        }
    }

    /// The first wait between polls and the longest (never less than
    /// [`MIN_POLL_INTERVAL`]).
    pub fn poll_interval(mut self, first: Duration, max: Duration) -> Wait {
        self.first_delay = first.max(MIN_POLL_INTERVAL);
        self.max_delay = max.max(self.first_delay);
        self
    }

    /// Stops only at these statuses, instead of the documented terminal
    /// ones: e.g. `["Confirmed", "Failed", "Rejected"]` to wait past a
    /// signature's `Signed` for its broadcast.
    pub fn only_terminal<S: Into<String>>(mut self, statuses: impl IntoIterator<Item = S>) -> Wait {
        self.only_terminal = Some(statuses.into_iter().map(Into::into).collect());
        self
    }

    /// A status that ends the wait too. A status the vendored document
    /// does not list is never terminal otherwise: the entity is still
    /// moving, as far as this client knows.
    pub fn also_terminal(mut self, status: impl Into<String>) -> Wait {
        self.also_terminal.push(status.into());
        self
    }

    /// The wait before poll number `n + 1`: doubling from the first,
    /// capped, between half and all of it.
    fn delay(&self, n: u32) -> Duration {
        crate::RetryPolicy::default()
            .backoff(self.first_delay, self.max_delay)
            .backoff_delay(n)
    }
}

impl From<Duration> for Wait {
    fn from(deadline: Duration) -> Wait {
        Wait::new(deadline)
    }
}

// `TRANSFER_TERMINAL_STATUSES`, `SIGNATURE_TERMINAL_STATUSES`: kept in
// codegen's `operations/waiters.rs`, which checks them against the document.
include!(concat!(env!("OUT_DIR"), "/terminal_statuses.rs"));

/// The entity's `status`, as the server sent it.
fn status_of<T: Serialize>(entity: &T) -> Option<String> {
    serde_json::to_value(entity)
        .ok()?
        .get("status")?
        .as_str()
        .map(str::to_owned)
}

/// Polls `get` until the entity's status is terminal or the deadline
/// passes; an error from a poll (after its own retries) ends the wait.
async fn wait_for<T, F, Fut>(
    what: &'static str,
    id: &str,
    terminal: &[&str],
    wait: Wait,
    mut get: F,
) -> Result<T, Error>
where
    T: Serialize,
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<crate::ResponseValue<T>, Error>>,
{
    let started = tokio::time::Instant::now();
    let deadline = started.checked_add(wait.deadline);
    let mut last_status = None;
    for poll in 1u32.. {
        let entity = get().await?.into_inner();
        let status = status_of(&entity);
        let done = status.as_deref().is_some_and(|s| {
            let documented = match &wait.only_terminal {
                Some(only) => only.iter().any(|t| t == s),
                None => terminal.contains(&s),
            };
            documented || wait.also_terminal.iter().any(|t| t == s)
        });
        if done {
            return Ok(entity);
        }
        if status != last_status {
            tracing::debug!(
                what,
                id,
                status = status.as_deref().unwrap_or("none"),
                "dfns wait"
            );
            last_status = status;
        }
        let now = tokio::time::Instant::now();
        let left = deadline.map(|d| d.saturating_duration_since(now));
        if left.is_some_and(|left| left.is_zero()) {
            break;
        }
        let delay = wait.delay(poll);
        // One last look at the deadline rather than none after it.
        tokio::time::sleep(left.map_or(delay, |left| delay.min(left))).await;
    }
    Err(Error::NotSettled {
        what,
        id: id.to_owned(),
        last_status,
        waited: started.elapsed(),
    })
}

impl Client {
    /// Waits until transfer `transfer_id` of wallet `wallet_id` is
    /// `Confirmed`, `Failed` or `Rejected` ([`TRANSFER_TERMINAL_STATUSES`]),
    /// polling [`get_transfer`](Client::get_transfer) with backoff from
    /// about 1 s, and returns it. **`Ok` means it settled, not that it
    /// succeeded: check its `status`** (`Failed` and `Rejected` end the
    /// wait too). Each poll is a call with the client's budget and
    /// retries; an error from one ends the wait. After `wait` (a
    /// [`Duration`] or a [`Wait`]), the error is [`Error::NotSettled`] with
    /// the last status seen.
    ///
    /// ```no_run
    /// # async fn run(client: dfns::Client) -> Result<(), dfns::Error> {
    /// use std::time::Duration;
    /// let transfer = client.wait_transfer("wa-…", "xfr-…", Duration::from_secs(300)).await?;
    /// if transfer.status.to_string() != "Confirmed" {
    ///     eprintln!("transfer {} ended {}", transfer.id, transfer.status);
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(dfns_op = "get_transfer")]
    pub async fn wait_transfer(
        &self,
        wallet_id: &str,
        transfer_id: &str,
        wait: impl Into<Wait>,
    ) -> Result<crate::types::TransferRequest, Error> {
        wait_for(
            "transfer",
            transfer_id,
            TRANSFER_TERMINAL_STATUSES,
            wait.into(),
            || {
                self.get_transfer()
                    .wallet_id(wallet_id)
                    .transfer_id(transfer_id)
                    .send()
            },
        )
        .await
    }

    /// [`wait_transfer`](Client::wait_transfer) for a transaction
    /// ([`get_transaction`](Client::get_transaction)).
    #[cfg(dfns_op = "get_transaction")]
    pub async fn wait_transaction(
        &self,
        wallet_id: &str,
        transaction_id: &str,
        wait: impl Into<Wait>,
    ) -> Result<crate::types::GetTransactionResponse, Error> {
        wait_for(
            "transaction",
            transaction_id,
            TRANSFER_TERMINAL_STATUSES,
            wait.into(),
            || {
                self.get_transaction()
                    .wallet_id(wallet_id)
                    .transaction_id(transaction_id)
                    .send()
            },
        )
        .await
    }

    /// [`wait_transfer`](Client::wait_transfer) for a wallet's signature
    /// ([`wallets_get_signature`](Client::wallets_get_signature)), until
    /// one of [`SIGNATURE_TERMINAL_STATUSES`].
    #[cfg(dfns_op = "wallets_get_signature")]
    pub async fn wait_wallet_signature(
        &self,
        wallet_id: &str,
        signature_id: &str,
        wait: impl Into<Wait>,
    ) -> Result<crate::types::WalletsGetSignatureResponse, Error> {
        wait_for(
            "signature",
            signature_id,
            SIGNATURE_TERMINAL_STATUSES,
            wait.into(),
            || {
                self.wallets_get_signature()
                    .wallet_id(wallet_id)
                    .signature_id(signature_id)
                    .send()
            },
        )
        .await
    }

    /// [`wait_transfer`](Client::wait_transfer) for a key's signature
    /// ([`keys_get_signature`](Client::keys_get_signature)), until one of
    /// [`SIGNATURE_TERMINAL_STATUSES`].
    #[cfg(dfns_op = "keys_get_signature")]
    pub async fn wait_key_signature(
        &self,
        key_id: &str,
        signature_id: &str,
        wait: impl Into<Wait>,
    ) -> Result<crate::types::KeysGetSignatureResponse, Error> {
        wait_for(
            "signature",
            signature_id,
            SIGNATURE_TERMINAL_STATUSES,
            wait.into(),
            || {
                self.keys_get_signature()
                    .key_id(key_id)
                    .signature_id(signature_id)
                    .send()
            },
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polls_back_off_from_the_first_delay_to_the_cap() {
        let wait = Wait::new(Duration::from_secs(60))
            .poll_interval(Duration::from_millis(100), Duration::from_millis(400));
        let first = wait.delay(1);
        assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
        let late = wait.delay(10);
        assert!(late >= Duration::from_millis(200) && late <= Duration::from_millis(400));
    }

    #[test]
    fn the_status_is_read_as_sent() {
        let entity = serde_json::json!({"id": "xfr-1", "status": "Finalized"});
        assert_eq!(status_of(&entity).as_deref(), Some("Finalized"));
        assert_eq!(status_of(&serde_json::json!({"id": 1})), None);
    }
}
