//! Randomness where uniqueness is enough (retry jitter, multipart
//! boundaries): never for keys, nonces or anything secret.

use std::hash::{BuildHasher as _, Hasher as _};
use std::time::SystemTime;

/// 64 bits from the standard library's randomly keyed hasher, mixed with
/// the clock, so two calls differ.
pub(crate) fn random_u64() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    hasher.finish()
}
