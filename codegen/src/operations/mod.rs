//! Stage 2, the operations: their Rust names, the operation table and the
//! `Send` check, the tag features, the operations left out, and the mock's
//! canned bodies.

pub(crate) mod features;
pub(crate) mod mock_bodies;
pub(crate) mod naming;
mod table;
pub(crate) mod unsupported;

pub use table::Operation;
pub(crate) use table::{collect, render, render_send_check, METHODS};
