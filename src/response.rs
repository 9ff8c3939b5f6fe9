//! Turning the responses of the transport into values or [`Error`]s; every
//! operation's `send()` ends in [`send_operation`] (see codegen's
//! `shared_send`).

use bytes::Bytes;
use progenitor_client::ResponseValue;
use serde::de::DeserializeOwned;

use crate::error::{CarriedError, RequestInfo};
use crate::transport::Exchange;
use crate::Error;

const SNIPPET_BYTES: usize = 256;

/// The start of a body for error messages: at most 256 bytes of text,
/// invalid UTF-8 shown as U+FFFD.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_BYTES)]);
    let mut end = text.len().min(SNIPPET_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

fn unknown_request() -> Box<RequestInfo> {
    Box::new(RequestInfo {
        operation: "unknown".into(),
        method: String::new(),
        path: String::new(),
        attempts: 1,
        external_id: None,
    })
}

fn parts(response: &reqwest::Response) -> Result<Option<Exchange>, Error> {
    if let Some(carried) = response.extensions().get::<CarriedError>() {
        if let Some(e) = carried.take() {
            return Err(e);
        }
    }
    Ok(response.extensions().get::<Exchange>().cloned())
}

/// The end of every operation's `send()` (codegen's `shared_send`): runs
/// the call and reads a success, or returns the error; the generated code
/// then calls [`Success::decode`]. Not generic, so its state machine is
/// compiled once, not once per operation or response type.
pub(crate) async fn send_operation(
    client: &crate::Client,
    request: reqwest::Request,
    operation: &'static str,
) -> Result<Success, Error> {
    read_success(succeeded(client, request, operation).await?).await
}

/// [`send_operation`] for an operation whose success has no body.
pub(crate) async fn send_operation_empty(
    client: &crate::Client,
    request: reqwest::Request,
    operation: &'static str,
) -> Result<ResponseValue<()>, Error> {
    Ok(ResponseValue::empty(
        succeeded(client, request, operation).await?,
    ))
}

/// Runs the call; its response when the status is a success.
async fn succeeded(
    client: &crate::Client,
    request: reqwest::Request,
    operation: &'static str,
) -> Result<reqwest::Response, Error> {
    let response = crate::transport::execute(client, request, operation).await;
    match response.status().as_u16() {
        200..=299 => Ok(response),
        _ => Err(unexpected(response)),
    }
}

/// A success response, read: what decoding it needs.
pub(crate) struct Success {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Bytes,
    request: Box<RequestInfo>,
}

/// Reads a success response's body (the transport has usually read it).
async fn read_success(response: reqwest::Response) -> Result<Success, Error> {
    let exchange = parts(&response)?;
    let status = response.status();
    let headers = response.headers().clone();
    let (body, request) = match exchange {
        Some(x) => (x.body, x.request),
        None => (
            response.bytes().await.unwrap_or_default(),
            unknown_request(),
        ),
    };
    Ok(Success {
        status,
        headers,
        body,
        request,
    })
}

impl Success {
    /// Decodes the body into `T`.
    pub(crate) fn decode<T: DeserializeOwned>(self) -> Result<ResponseValue<T>, Error> {
        let Success {
            status,
            headers,
            body,
            request,
        } = self;
        // An empty body (a 204 where JSON was documented) reads as `null`.
        let text: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
            b"null"
        } else {
            &body
        };
        match decode_json(text) {
            Ok(value) => Ok(ResponseValue::new(value, status, headers)),
            Err((path, reason)) => {
                let reason = if body.is_empty() {
                    "the body is empty".into()
                } else {
                    reason
                };
                // A 2xx: the request executed.
                Err(decode_error(
                    status.as_u16(),
                    path,
                    &reason,
                    body,
                    request,
                    true,
                ))
            }
        }
    }
}

/// Decodes a success response into `T` (`Client::raw`).
pub(crate) async fn decode<T: DeserializeOwned>(
    response: reqwest::Response,
) -> Result<ResponseValue<T>, Error> {
    read_success(response).await?.decode()
}

/// An [`Error::Decode`], its `reason` without text quoted from `body`.
pub(crate) fn decode_error(
    status: u16,
    path: String,
    reason: &str,
    body: Bytes,
    request: Box<RequestInfo>,
    may_have_executed: bool,
) -> Error {
    Error::Decode {
        status,
        path,
        reason: without_body_text(reason),
        body: crate::error::ResponseBody(body),
        request,
        may_have_executed,
    }
}

/// serde's message without any value from the body. serde quotes the value
/// it could not take (`invalid type: string "<token>", expected u32`), and a
/// value may itself hold quotes, so nothing quoted is kept: only the kind
/// of failure and what the type expected (which comes from the type, after
/// the value): `invalid type, expected u32`. `missing field `x`` names a
/// field of the type and is kept.
pub(crate) fn without_body_text(reason: &str) -> String {
    if reason.starts_with("missing field `") {
        return reason.to_owned();
    }
    let kind = reason
        .split([':', '"', '`'])
        .next()
        .unwrap_or_default()
        .trim();
    match reason.rfind(", expected ") {
        Some(at) => format!("{kind}{}", &reason[at..]),
        None if reason.contains(['"', '`']) => kind.to_owned(),
        None => reason.to_owned(),
    }
}

/// Decodes JSON into `T`; on failure, the JSON path where it failed and why.
pub(crate) fn decode_json<T: DeserializeOwned>(text: &[u8]) -> Result<T, (String, String)> {
    let mut json = serde_json::Deserializer::from_slice(text);
    let value = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| (e.path().to_string(), e.into_inner().to_string()))?;
    // Trailing characters after the value are an error too.
    json.end().map_err(|e| (".".to_owned(), e.to_string()))?;
    Ok(value)
}

/// The error for a status the operation does not document as success.
pub(crate) fn unexpected(response: reqwest::Response) -> Error {
    let exchange = match parts(&response) {
        Err(e) => return e,
        Ok(x) => x,
    };
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let (body, request, may_have_executed) = match exchange {
        Some(x) => {
            let may_have_executed = x.may_have_executed(status);
            (x.body, x.request, may_have_executed)
        }
        None => (Bytes::new(), unknown_request(), false),
    };
    api_error(status, headers, &body, request, may_have_executed)
}

/// An [`Error::Api`] from a status and body.
pub(crate) fn api_error(
    status: u16,
    headers: http::HeaderMap,
    body: &[u8],
    request: Box<RequestInfo>,
    may_have_executed: bool,
) -> Error {
    let details: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let field = |pointers: &[&str]| {
        details.as_ref().and_then(|d| {
            pointers
                .iter()
                .find_map(|p| d.pointer(p).and_then(|v| v.as_str()).map(str::to_owned))
        })
    };
    let message = field(&["/error/message", "/message"])
        .or_else(|| (!body.is_empty() && details.is_none()).then(|| snippet(body)))
        .unwrap_or_else(|| {
            http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or("error")
                .to_owned()
        });
    Error::Api {
        status,
        message,
        code: field(&["/error/code", "/code", "/errorName", "/error/name"]),
        details,
        headers: Box::new(headers),
        request,
        may_have_executed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> Box<RequestInfo> {
        Box::new(RequestInfo {
            operation: "op".into(),
            method: "POST".into(),
            path: "/p".into(),
            attempts: 1,
            external_id: None,
        })
    }

    #[test]
    fn api_errors_read_dfns_messages_and_codes() {
        let e = api_error(
            401,
            Default::default(),
            br#"{"error":{"message":"bad token","code":"E_AUTH"}}"#,
            request(),
            false,
        );
        assert_eq!(e.dfns_message(), Some("bad token"));
        assert!(
            matches!(&e, Error::Api { code: Some(c), may_have_executed: false, .. } if c == "E_AUTH")
        );
        let e = api_error(
            500,
            Default::default(),
            br#"{"message":"boom"}"#,
            request(),
            true,
        );
        assert!(e.may_have_executed());
        assert_eq!(e.to_string(), "op (POST /p): HTTP 500: boom; the request may have executed: check its effect before sending it again");
        let e = api_error(
            503,
            Default::default(),
            b"<html>busy</html>",
            request(),
            false,
        );
        assert_eq!(e.dfns_message(), Some("<html>busy</html>"));
        assert!(!e.may_have_executed());
        let e = api_error(404, Default::default(), b"", request(), false);
        assert_eq!(e.dfns_message(), Some("Not Found"));
    }

    #[test]
    fn decode_reasons_leave_out_what_the_body_said() {
        let cases = [
            (
                r#"invalid type: string "S3CRET", expected u32"#,
                "invalid type, expected u32",
            ),
            (
                r#"invalid type: string "ab"S3CRET", expected u32"#,
                "invalid type, expected u32",
            ),
            (
                "unknown variant `Weird`S3CRET`, expected `A` or `B`",
                "unknown variant, expected `A` or `B`",
            ),
            (
                "invalid value: integer `77`, expected a string",
                "invalid value, expected a string",
            ),
            ("duplicate field `S3CRET`", "duplicate field"),
            ("missing field `expiration`", "missing field `expiration`"),
            (
                "expected value at line 1 column 1",
                "expected value at line 1 column 1",
            ),
        ];
        for (reason, shown) in cases {
            assert_eq!(without_body_text(reason), shown);
        }
    }

    #[test]
    fn snippets_are_bounded_and_valid_utf8() {
        assert_eq!(snippet(&[b'a'; 1000]).len(), SNIPPET_BYTES);
        let mut body = vec![b'a'; SNIPPET_BYTES - 1];
        body.extend_from_slice("é".as_bytes());
        assert_eq!(snippet(&body), "a".repeat(SNIPPET_BYTES - 1));
        assert_eq!(snippet(&[0xff, 0xfe]), "\u{fffd}\u{fffd}");
        assert!(snippet(&[0xff; 1000]).len() <= SNIPPET_BYTES);
    }
}
