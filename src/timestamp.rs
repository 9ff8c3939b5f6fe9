//! The Dfns "date-time or unix timestamp" value (e.g. a code's `expiration`).

use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// An instant that Dfns accepts either as an RFC 3339 date-time string or as
/// a unix timestamp in seconds greater than zero (the spec's
/// `anyOf: [{type: string, format: date-time}, {type: integer, exclusiveMinimum: 0}]`).
///
/// Every schema of that shape in the spec is generated as this type.
///
/// ```
/// use std::time::{Duration, SystemTime};
/// use dfns::Timestamp;
///
/// let in_an_hour = Timestamp::from(SystemTime::now() + Duration::from_secs(3600));
/// let fixed: Timestamp = "2030-01-01T00:00:00Z".parse()?;
/// let unix = Timestamp::from_unix_seconds(1_893_456_000)?;
/// assert_eq!(serde_json::to_string(&unix)?, "1893456000");
/// assert!(Timestamp::from_unix_seconds(0).is_err());
/// assert!(serde_json::from_str::<Timestamp>("\"next tuesday\"").is_err());
/// # let _ = (in_an_hour, fixed);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timestamp {
    /// Sent as an RFC 3339 string in UTC with at most millisecond
    /// precision, e.g. `"2030-01-01T00:00:00Z"` or `"2030-01-01T00:00:00.250Z"`.
    DateTime(DateTime<Utc>),
    /// Sent as unix seconds, e.g. `1893456000`.
    Unix(NonZeroU64),
}

/// A value that is not a valid [`Timestamp`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid timestamp: {0}")]
pub struct TimestampError(String);

impl Timestamp {
    /// A unix timestamp in seconds; zero is rejected (the spec requires > 0).
    pub fn from_unix_seconds(seconds: u64) -> Result<Self, TimestampError> {
        NonZeroU64::new(seconds)
            .map(Timestamp::Unix)
            .ok_or_else(|| TimestampError("a unix timestamp must be greater than 0".into()))
    }

    /// The instant `duration` from now, as a date-time.
    ///
    /// # Panics
    /// If that instant is beyond what the system clock or a date-time can
    /// hold (hundreds of thousands of years). [`checked_from_now`](Self::checked_from_now)
    /// never panics.
    pub fn from_now(duration: Duration) -> Self {
        match Timestamp::checked_from_now(duration) {
            Some(t) => t,
            // Documented under `# Panics`, as std's `SystemTime + Duration`.
            #[allow(clippy::panic)]
            None => panic!("Timestamp::from_now({duration:?}) is out of range"),
        }
    }

    /// The instant `duration` from now, or `None` if it cannot be
    /// represented.
    ///
    /// ```
    /// use std::time::Duration;
    /// assert!(dfns::Timestamp::checked_from_now(Duration::from_secs(600)).is_some());
    /// assert!(dfns::Timestamp::checked_from_now(Duration::MAX).is_none());
    /// ```
    pub fn checked_from_now(duration: Duration) -> Option<Self> {
        let instant = SystemTime::now().checked_add(duration)?;
        Timestamp::checked_from_system_time(instant)
    }

    /// `time` as a date-time, or `None` outside the range of a date-time.
    pub fn checked_from_system_time(time: SystemTime) -> Option<Self> {
        let (after_epoch, magnitude) = match time.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => (true, d),
            Err(e) => (false, e.duration()),
        };
        let seconds = i64::try_from(magnitude.as_secs()).ok()?;
        let nanos = magnitude.subsec_nanos();
        let datetime = if after_epoch {
            DateTime::from_timestamp(seconds, nanos)?
        } else {
            DateTime::from_timestamp(seconds.checked_neg()?, 0)?
                .checked_sub_signed(chrono::TimeDelta::nanoseconds(i64::from(nanos)))?
        };
        Some(Timestamp::DateTime(datetime))
    }

    /// The instant as a UTC date-time.
    pub fn to_datetime(&self) -> DateTime<Utc> {
        match *self {
            Timestamp::DateTime(dt) => dt,
            Timestamp::Unix(s) => i64::try_from(s.get())
                .ok()
                .and_then(|s| DateTime::from_timestamp(s, 0))
                .unwrap_or(DateTime::<Utc>::MAX_UTC),
        }
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(dt: DateTime<Utc>) -> Self {
        Timestamp::DateTime(dt)
    }
}

/// # Panics
/// If `t` is outside the range of a date-time (about ±262,000 years);
/// [`Timestamp::checked_from_system_time`] never panics.
impl From<SystemTime> for Timestamp {
    fn from(t: SystemTime) -> Self {
        match Timestamp::checked_from_system_time(t) {
            Some(t) => t,
            // Documented under `# Panics`; the checked form exists.
            #[allow(clippy::panic)]
            None => panic!("{t:?} is outside the range of a date-time"),
        }
    }
}

impl From<NonZeroU64> for Timestamp {
    fn from(seconds: NonZeroU64) -> Self {
        Timestamp::Unix(seconds)
    }
}

impl TryFrom<u64> for Timestamp {
    type Error = TimestampError;
    fn try_from(seconds: u64) -> Result<Self, TimestampError> {
        Timestamp::from_unix_seconds(seconds)
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;
    /// Parses an RFC 3339 date-time or decimal unix seconds.
    fn from_str(s: &str) -> Result<Self, TimestampError> {
        if let Ok(seconds) = s.parse::<u64>() {
            return Timestamp::from_unix_seconds(seconds);
        }
        DateTime::parse_from_rfc3339(s)
            .map(|dt| Timestamp::DateTime(dt.with_timezone(&Utc)))
            .map_err(|e| TimestampError(format!("{s:?} is not an RFC 3339 date-time: {e}")))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Millisecond precision at most, as JavaScript dates have:
            // finer digits mean nothing for an expiry and not every
            // ISO-8601 parser takes them.
            Timestamp::DateTime(dt) => {
                let format = if dt.timestamp_subsec_nanos() == 0 {
                    SecondsFormat::Secs
                } else {
                    SecondsFormat::Millis
                };
                f.write_str(&dt.to_rfc3339_opts(format, true))
            }
            Timestamp::Unix(s) => write!(f, "{s}"),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Timestamp::DateTime(_) => serializer.collect_str(self),
            Timestamp::Unix(s) => serializer.serialize_u64(s.get()),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an RFC 3339 date-time string or a unix timestamp > 0")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
                Timestamp::from_unix_seconds(v).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom("a unix timestamp must be greater than 0")),
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
                DateTime::parse_from_rfc3339(v)
                    .map(|dt| Timestamp::DateTime(dt.with_timezone(&Utc)))
                    .map_err(|e| {
                        E::custom(format!("a string that is not an RFC 3339 date-time: {e}"))
                    })
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                {"type": "string", "format": "date-time"},
                {"type": "integer", "exclusiveMinimum": 0}
            ]
        })
    }
}
