//! When a failed request may be sent again, and how long to wait.
//!
//! A money-moving request must never execute twice. Only what cannot
//! double-execute is retried:
//! - a connection that failed before the request was sent (any method);
//! - HTTP 429, which Dfns sends before doing anything (any method), after
//!   its `Retry-After` (seconds or an HTTP date, capped);
//! - for idempotent methods (GET, HEAD, OPTIONS): 502, 503, 504 (after
//!   their `Retry-After`, if any), timeouts and connections lost after
//!   sending;
//! - for the operations of [`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS)
//!   with an `externalId`: 500, 502, 503, 504, timeouts and connections lost
//!   after sending, since Dfns answers a repeat with what the first created;
//!   and a 409 after such an attempt (the first one still in flight).
//!
//! Any other POST, PUT, PATCH or DELETE that got a 5xx or timed out after
//! being sent is returned as an error that says it may have executed.

use std::time::Duration;

/// How many times to send a request and how long to wait in between.
///
/// ```
/// use std::time::Duration;
/// let policy = dfns::RetryPolicy::default()
///     .max_attempts(5)
///     .backoff(Duration::from_millis(100), Duration::from_secs(2));
/// let client = dfns::Client::builder().retry_policy(policy).build()?;
/// let no_retries = dfns::Client::builder().retry_policy(dfns::RetryPolicy::disabled()).build()?;
/// # let _ = (client, no_retries);
/// # Ok::<(), dfns::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, exponential backoff from 200 ms up to 5 s with equal
    /// jitter, `Retry-After` honoured up to 30 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// Sends every request once.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// The most sends of the operation in one call, the first included (at
    /// least 1). It bounds the whole call: the signing steps draw on the
    /// same budget, so one call makes at most `3 × attempts` requests
    /// (challenge, signature and operation per attempt), however they fail.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Backoff with "equal jitter": the n-th retry waits between half and
    /// all of `min(base * 2^(n-1), cap)`, drawn at random.
    pub fn backoff(mut self, base: Duration, cap: Duration) -> Self {
        self.base_delay = base;
        self.max_delay = cap.max(base);
        self
    }

    /// The longest `Retry-After` honoured; a longer one ends the retries.
    pub fn max_retry_after(mut self, limit: Duration) -> Self {
        self.max_retry_after = limit;
        self
    }

    pub(crate) fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait before retry number `retry` (1 for the first retry).
    pub(crate) fn backoff_delay(&self, retry: u32) -> Duration {
        let exponential = self
            .base_delay
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let ceiling = exponential.min(self.max_delay);
        // Equal jitter: half fixed, half random, so clients that failed
        // together spread out but none retries at once. (Near
        // `Duration::MAX` the float product can round past it: the ceiling.)
        Duration::try_from_secs_f64(ceiling.as_secs_f64() * jitter_fraction()).unwrap_or(ceiling)
    }

    /// The wait a 429 asks for, if it is acceptable; `None` means give up.
    pub(crate) fn retry_after_delay(&self, header: Option<&str>, retry: u32) -> Option<Duration> {
        let wanted = match header.and_then(parse_retry_after) {
            Some(d) => d,
            None => return Some(self.backoff_delay(retry)),
        };
        (wanted <= self.max_retry_after).then_some(wanted)
    }
}

/// A number in [0.5, 1) that differs between calls; not for cryptography.
fn jitter_fraction() -> f64 {
    0.5 + (crate::random::random_u64() >> 11) as f64 / (1u64 << 53) as f64 / 2.0
}

/// `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.timestamp() - chrono::Utc::now().timestamp();
    Some(Duration::from_secs(wait.max(0) as u64))
}

/// GET, HEAD and OPTIONS can be sent twice without effect.
pub(crate) fn is_idempotent(method: &reqwest::Method) -> bool {
    matches!(
        *method,
        reqwest::Method::GET | reqwest::Method::HEAD | reqwest::Method::OPTIONS
    )
}

/// Whether a request that reached Dfns may be sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Replay {
    /// Sending it again could execute it twice.
    Never,
    /// A safe method: it executes nothing.
    Safe,
    /// It carries an idempotency key Dfns honours: a repeat returns what
    /// the first created, but the first may have executed.
    SameKey,
}

impl Replay {
    pub(crate) fn for_method(method: &reqwest::Method) -> Replay {
        if is_idempotent(method) {
            Replay::Safe
        } else {
            Replay::Never
        }
    }

    /// Whether a request that was sent may have changed something.
    pub(crate) fn executes(self) -> bool {
        self != Replay::Safe
    }

    /// Whether it may be sent again after it reached Dfns (a timeout, a
    /// connection lost after sending).
    pub(crate) fn after_sending(self) -> bool {
        self != Replay::Never
    }

    /// Whether an answer with this status is worth another attempt.
    pub(crate) fn retries_status(self, status: u16) -> bool {
        match self {
            Replay::Never => false,
            Replay::Safe => matches!(status, 502..=504),
            Replay::SameKey => matches!(status, 500 | 502..=504),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        let in_ten = (chrono::Utc::now() + chrono::Duration::seconds(10)).to_rfc2822();
        let parsed = parse_retry_after(&in_ten).unwrap();
        assert!((9..=10).contains(&parsed.as_secs()), "{parsed:?}");
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn retry_after_beyond_the_cap_gives_up() {
        let policy = RetryPolicy::default().max_retry_after(Duration::from_secs(10));
        assert_eq!(
            policy.retry_after_delay(Some("3"), 1),
            Some(Duration::from_secs(3))
        );
        assert_eq!(policy.retry_after_delay(Some("3600"), 1), None);
        assert!(
            policy.retry_after_delay(None, 1).is_some(),
            "no header: backoff"
        );
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy =
            RetryPolicy::default().backoff(Duration::from_millis(100), Duration::from_millis(300));
        for _ in 0..50 {
            let first = policy.backoff_delay(1);
            assert!(
                first >= Duration::from_millis(50) && first < Duration::from_millis(100),
                "{first:?}"
            );
            let late = policy.backoff_delay(10);
            assert!(
                late >= Duration::from_millis(150) && late < Duration::from_millis(300),
                "{late:?}"
            );
        }
    }

    #[test]
    fn only_safe_methods_are_idempotent() {
        assert!(is_idempotent(&reqwest::Method::GET));
        for m in [
            reqwest::Method::POST,
            reqwest::Method::PUT,
            reqwest::Method::DELETE,
            reqwest::Method::PATCH,
        ] {
            assert!(!is_idempotent(&m), "{m}");
        }
    }

    #[test]
    fn only_keyed_requests_retry_a_500() {
        assert!(Replay::SameKey.retries_status(500));
        assert!(!Replay::Safe.retries_status(500));
        assert!(!Replay::Never.retries_status(503));
        for status in [400, 401, 409, 422, 501] {
            assert!(!Replay::SameKey.retries_status(status), "{status}");
        }
        assert!(Replay::SameKey.executes() && Replay::SameKey.after_sending());
        assert!(!Replay::Safe.executes());
    }

    #[test]
    fn disabled_means_one_attempt() {
        assert_eq!(RetryPolicy::disabled().attempts(), 1);
        assert_eq!(RetryPolicy::default().max_attempts(0).attempts(), 1);
    }

    #[test]
    fn the_longest_backoff_is_no_panic() {
        let policy = RetryPolicy::default().backoff(Duration::MAX, Duration::MAX);
        for retry in [1, 2, 40] {
            assert!(policy.backoff_delay(retry) >= Duration::MAX / 2);
        }
    }
}
