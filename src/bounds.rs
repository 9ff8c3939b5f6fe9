//! The document's bounds on integer query parameters, which the generated
//! types do not carry (a `limit` of `maximum: 500` is a `NonZeroU64`):
//! each bounded setter calls [`check_query_integer`] (see
//! `codegen/src/rust/query_bounds.rs`), so `send()` refuses the value with
//! `Error::InvalidRequest` before any I/O.

use std::fmt::Display;

/// `value` (a setter's result) unchanged when within `[minimum, maximum]`,
/// else an error naming the parameter, the value and the bound.
// Unused when the tags built have no bounded parameter (`--no-default-features`).
#[allow(dead_code)]
pub(crate) fn check_query_integer<T: Display>(
    name: &str,
    value: Result<Option<T>, String>,
    minimum: Option<i64>,
    maximum: Option<i64>,
) -> Result<Option<T>, String> {
    let Ok(Some(given)) = &value else {
        return value;
    };
    // Every integer type the generator uses prints as digits.
    let Ok(number) = given.to_string().parse::<i128>() else {
        return Err(format!("{name}: {given} is not an integer"));
    };
    if let Some(max) = maximum.filter(|&max| number > i128::from(max)) {
        return Err(format!(
            "{name}: {number} is more than {max}, the most the document allows"
        ));
    }
    if let Some(min) = minimum.filter(|&min| number < i128::from(min)) {
        return Err(format!(
            "{name}: {number} is less than {min}, the least the document allows"
        ));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::num::NonZeroU64;

    #[test]
    fn a_value_within_bounds_or_unset_passes_and_one_outside_is_refused_by_name() {
        let limit = |v: u64| Ok(Some(NonZeroU64::new(v).unwrap()));
        assert_eq!(
            check_query_integer("limit", limit(500), Some(1), Some(500)),
            limit(500)
        );
        assert_eq!(
            check_query_integer::<u64>("limit", Ok(None), Some(1), Some(500)),
            Ok(None)
        );
        assert_eq!(
            check_query_integer("limit", limit(501), Some(1), Some(500)).unwrap_err(),
            "limit: 501 is more than 500, the most the document allows"
        );
        assert_eq!(
            check_query_integer("count", Ok(Some(-1i64)), Some(0), None).unwrap_err(),
            "count: -1 is less than 0, the least the document allows"
        );
        // A conversion that already failed keeps its own message.
        let failed: Result<Option<u64>, String> = Err("conversion failed".into());
        assert_eq!(
            check_query_integer("limit", failed.clone(), None, Some(5)),
            failed
        );
    }
}
