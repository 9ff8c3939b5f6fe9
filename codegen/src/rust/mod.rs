//! Stage 3, the Rust: progenitor generates the client ([`generate`]), then
//! each pass rewrites its output. Each pass says what it expects to find and
//! fails the build when progenitor's output no longer has it.

pub(crate) mod client_constructors;
pub(crate) mod doc_comments;
pub(crate) mod error_type_rewrite;
pub(crate) mod generate;
pub(crate) mod identical_types;
pub(crate) mod layout;
pub(crate) mod lenient_responses;
pub(crate) mod merged_names;
pub(crate) mod open_enums;
pub(crate) mod pagination;
pub(crate) mod path_encoding;
pub(crate) mod query_bounds;
pub(crate) mod response_builders;
pub(crate) mod response_types;
pub(crate) mod schemars_feature;
pub(crate) mod shared_send;
pub(crate) mod strict_requests;
pub(crate) mod upload_builders;
pub(crate) mod variant_names;

/// The progenitor version the passes were written against (the
/// build-dependency is pinned to it); named in their failure messages.
pub(crate) const PROGENITOR_VERSION: &str = "0.15.1";
