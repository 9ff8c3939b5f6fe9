#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// No panics on the request path: errors are values. Tests may unwrap.
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod auth;
mod bounds;
mod client;
mod error;
mod idempotency;
mod lenient;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
// Used by generated file uploads only (none in most documents).
#[allow(dead_code)]
mod multipart;
mod operation;
// Used by the generated list operations only (none in some documents).
#[allow(dead_code)]
mod pagination;
mod random;
mod raw;
mod region;
// Called by the generated operations only: a build that generates none
// (every tag feature off) uses none of it.
#[allow(dead_code)]
mod response;
mod retry;
mod strict;
mod timestamp;
mod transport;
// Used by the waiters of the get operations (none in some documents).
#[allow(dead_code)]
mod waiters;
pub mod webhooks;

#[allow(
    missing_docs,
    unused_imports,
    clippy::all,
    clippy::pedantic,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/client.rs"));
}

pub use auth::{
    client_data_json, client_data_json_with_origin, AllowCredentials, AllowedCredential,
    CredentialSigner, KeyAlgorithm, KeyAssertion, KeyError, KeySigner, SignerError,
    UserActionChallenge, UserActionToken, DEFAULT_ORIGIN,
};
pub use client::{ClientBuilder, USER_AGENT};
pub use error::{Error, RequestInfo, ResponseBody};
pub use generated::{builder, types, ByteStream, Client, ResponseValue};
pub use idempotency::{new_external_id, IdempotentOperation, IDEMPOTENT_OPERATIONS};
pub use operation::{Operation, SkippedOperation, OPERATIONS, SKIPPED_OPERATIONS, SPEC_VERSION};
pub use pagination::{ItemStream, MAX_EMPTY_PAGES};
pub use raw::RawRequest;
pub use region::Region;
pub use retry::RetryPolicy;
pub use strict::to_request;
pub use timestamp::{Timestamp, TimestampError};
pub use transport::MAX_RESPONSE_BYTES;
pub use waiters::{
    Wait, MIN_POLL_INTERVAL, SIGNATURE_TERMINAL_STATUSES, TRANSFER_TERMINAL_STATUSES,
};

/// Re-exported so custom signers can implement [`CredentialSigner`].
pub use async_trait::async_trait;
/// The `reqwest` this crate is built with, so callers name the same
/// version ([`Client::raw`] takes a [`reqwest::Method`]).
pub use reqwest;
