//! The operation table generated from the spec.

/// One operation of the vendored OpenAPI document.
///
/// [`OPERATIONS`] lists them all, sorted by [`name`](Operation::name). The
/// client uses it to decide, per request, whether a bearer token and a user
/// action signature are needed; it is public so services can audit which of
/// their calls are change-inducing.
///
/// ```
/// let op = dfns::Operation::find("create_credential_code").unwrap();
/// assert_eq!((op.method, op.path), ("POST", "/auth/credentials/code"));
/// assert!(op.requires_user_action);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The Rust method name on [`Client`](crate::Client).
    pub name: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template as written in the spec, e.g. `/wallets/{walletId}`.
    pub path: &'static str,
    /// The spec's `summary`.
    pub summary: &'static str,
    /// The spec's `tags`.
    pub tags: &'static [&'static str],
    /// Whether the spec's security requirement includes the bearer token.
    pub requires_auth_token: bool,
    /// Whether the spec's security requirement includes a user action signature.
    pub requires_user_action: bool,
}

/// Every operation of the vendored spec, sorted by name.
pub static OPERATIONS: &[Operation] = include!(concat!(env!("OUT_DIR"), "/operations.rs"));

/// The `info.version` of the vendored OpenAPI document, e.g. `"1.578.2"`.
pub const SPEC_VERSION: &str = include!(concat!(env!("OUT_DIR"), "/spec_version.rs"));

impl Operation {
    /// Looks an operation up by its Rust method name.
    pub fn find(name: &str) -> Option<&'static Operation> {
        OPERATIONS
            .binary_search_by(|op| op.name.cmp(name))
            .ok()
            .map(|i| &OPERATIONS[i])
    }

    /// The operation a request for `method` and a concrete `path` (no
    /// query) is for: the one whose path template matches, preferring
    /// literal segments to `{parameters}` (`/wallets/tags` over
    /// `/wallets/{walletId}`).
    ///
    /// ```
    /// let op = dfns::Operation::for_request("POST", "/auth/credentials/code").unwrap();
    /// assert_eq!(op.name, "create_credential_code");
    /// assert_eq!(dfns::Operation::for_request("GET", "/auth/credentials/code"), None);
    /// ```
    pub fn for_request(method: &str, path: &str) -> Option<&'static Operation> {
        Self::for_request_scored(method, path).map(|(_, op)| op)
    }

    /// [`for_request`](Self::for_request), with the number of literal
    /// segments that matched.
    pub(crate) fn for_request_scored(
        method: &str,
        path: &str,
    ) -> Option<(usize, &'static Operation)> {
        OPERATIONS
            .iter()
            .filter(|op| op.method.eq_ignore_ascii_case(method))
            .filter_map(|op| literal_segments_matched(op.path, path).map(|score| (score, op)))
            .max_by_key(|(score, _)| *score)
    }
}

/// `Some(number of literal segments)` if `path` matches `template`.
pub(crate) fn literal_segments_matched(template: &str, path: &str) -> Option<usize> {
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    let mut literal = 0;
    loop {
        match (t.next(), p.next()) {
            (None, None) => return Some(literal),
            (Some(ts), Some(ps)) if ts.starts_with('{') && ts.ends_with('}') && !ps.is_empty() => {}
            (Some(ts), Some(ps)) if ts == ps => literal += 1,
            _ => return None,
        }
    }
}

/// An operation of the vendored document that the generator left out
/// because it cannot be generated (e.g. a request body in a content type
/// the client cannot send). The build warned about each.
///
/// ```
/// for skipped in dfns::SKIPPED_OPERATIONS {
///     eprintln!("not available: {} ({} {}): {}", skipped.name, skipped.method, skipped.path, skipped.reason);
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SkippedOperation {
    /// The Rust name the operation would have had.
    pub name: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template.
    pub path: &'static str,
    /// Why it was left out.
    pub reason: &'static str,
}

/// The operations of the vendored document left out of the client (usually
/// none).
pub static SKIPPED_OPERATIONS: &[SkippedOperation] =
    include!(concat!(env!("OUT_DIR"), "/skipped_operations.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_concrete_paths() {
        let m = literal_segments_matched;
        assert_eq!(m("/wallets/{walletId}", "/wallets/wa-1"), Some(2));
        assert_eq!(m("/wallets/tags", "/wallets/tags"), Some(3));
        assert_eq!(m("/wallets/{walletId}", "/wallets/"), None);
        assert_eq!(m("/wallets/{walletId}", "/wallets/wa-1/x"), None);
        assert_eq!(m("/wallets", "/keys"), None);
    }
}
