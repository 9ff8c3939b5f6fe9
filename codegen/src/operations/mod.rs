//! Stage 2, the operations: their Rust names, the operation table and the
//! `Send` check, the tag features, the operations left out, the mock's
//! canned bodies, and the operations idempotent through `externalId`.

pub(crate) mod features;
pub mod idempotent;
pub(crate) mod mock_bodies;
pub(crate) mod naming;
mod table;
pub(crate) mod unsupported;
pub mod waiters;

pub use table::Operation;
pub(crate) use table::{collect, render, render_send_check, METHODS};
