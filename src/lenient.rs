//! Decoding helpers for the generated response types (see dfns-codegen's
//! `lenient_responses`): what a server sends is accepted when it still
//! means the same thing.

// A document without numeric or constrained fields in its responses uses
// none of these.
#![allow(dead_code)]

use std::fmt::Display;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

/// A number, or a JSON string holding one (`"1000"` for `1000`).
#[derive(Deserialize)]
#[serde(untagged)]
enum NumberOrText<T> {
    Number(T),
    Text(String),
}

impl<T: FromStr> NumberOrText<T>
where
    T::Err: Display,
{
    fn into_number<E: de::Error>(self) -> Result<T, E> {
        match self {
            NumberOrText::Number(n) => Ok(n),
            NumberOrText::Text(text) => text.trim().parse().map_err(|e| {
                E::custom(format!(
                    "a string that is not a number of this field's kind: {e}"
                ))
            }),
        }
    }
}

/// A `number`/`integer` field, from a JSON number or a string holding one.
pub(crate) fn number<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + FromStr,
    T::Err: Display,
{
    NumberOrText::<T>::deserialize(deserializer)?.into_number()
}

/// An optional `number`/`integer` field (`null` or absent is `None`).
pub(crate) fn option_number<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + FromStr,
    T::Err: Display,
{
    Option::<NumberOrText<T>>::deserialize(deserializer)?
        .map(NumberOrText::into_number)
        .transpose()
}

/// A string, also from a JSON integer (kept as its digits), without the
/// pattern or length checks that building one applies.
///
/// Amounts are decimal strings, and this must never round one: a number
/// with a fraction, an exponent or more than 64 bits reaches a visitor as
/// an `f64`, whose digits are no longer the ones sent
/// (`123456789012345678901` would read `123456789012345680000`), so it is
/// refused, and the error names the field.
pub(crate) fn string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct Text;
    impl Visitor<'_> for Text {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string or an integer")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }
        fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
            Ok(v)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<String, E> {
            Err(E::custom(
                "a JSON number with a fraction, an exponent or more than 64 bits where the \
                 document has a string: its exact digits are lost in parsing, so it is refused \
                 rather than rounded",
            ))
        }
    }
    deserializer.deserialize_any(Text)
}

/// A string without the pattern or length checks that building one applies.
pub(crate) fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    String::deserialize(deserializer)
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize, Debug)]
    struct Amount {
        #[serde(deserialize_with = "super::string")]
        amount: String,
    }

    fn amount(json: &str) -> Result<String, String> {
        crate::response::decode_json::<Amount>(json.as_bytes())
            .map(|a| a.amount)
            .map_err(|(path, reason)| format!("{path}: {reason}"))
    }

    #[test]
    fn amounts_keep_their_digits_or_are_refused() {
        assert_eq!(
            amount(r#"{"amount":"123456789012345678901"}"#).unwrap(),
            "123456789012345678901"
        );
        assert_eq!(
            amount(r#"{"amount":18446744073709551615}"#).unwrap(),
            "18446744073709551615"
        );
        assert_eq!(amount(r#"{"amount":-42}"#).unwrap(), "-42");
        for rounded in [
            "123456789012345678901",
            "1.5",
            "1e3",
            "0.1000000000000000000001",
        ] {
            let err = amount(&format!(r#"{{"amount":{rounded}}}"#)).unwrap_err();
            assert!(err.starts_with("amount: "), "{rounded}: {err}");
            assert!(
                err.contains("refused rather than rounded"),
                "{rounded}: {err}"
            );
        }
    }
}
