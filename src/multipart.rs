//! `multipart/form-data` uploads (the key-store output uploads), sent as the
//! official SDKs send them: two parts, `data` (the compact JSON of the
//! operation's body with `fileChecksum`, the lower-case hex SHA-256 of the
//! file, added) and `file` (the bytes, with a file name). The user action
//! payload that is signed is exactly the `data` text.
//!
//! The generator turns such an operation into a JSON one for progenitor,
//! then its builder's `send()` calls [`attach`] instead of `.json(&body)`;
//! the transport signs [`signed_payload`] of the body it finds.

use bytes::Bytes;
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::random::random_u64;
use crate::Error;

/// The file name sent when the caller gives none.
pub const DEFAULT_FILE_NAME: &str = "file";

const MULTIPART: &str = "multipart/form-data";

/// Puts the two-part body of a multipart operation on `request`: `body` as
/// the `data` part (plus `fileChecksum`), `file` as the `file` part.
pub(crate) fn attach(
    request: reqwest::RequestBuilder,
    body: &impl Serialize,
    file: Option<Bytes>,
    file_name: Option<String>,
) -> Result<reqwest::RequestBuilder, Error> {
    let file = file.ok_or_else(|| {
        Error::InvalidRequest("this operation uploads a file: set it with `.file(bytes)`".into())
    })?;
    let (content_type, bytes) = encode(body, &file, file_name.as_deref())?;
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(bytes))
}

/// The `data` text: the body's compact JSON with `fileChecksum` added.
pub(crate) fn data_text(body: &impl Serialize, file: &[u8]) -> Result<String, Error> {
    let mut data = serde_json::to_value(body)
        .map_err(|e| Error::InvalidRequest(format!("the body does not serialize: {e}")))?;
    let serde_json::Value::Object(fields) = &mut data else {
        return Err(Error::InvalidRequest(
            "the body of a file upload must be a JSON object".into(),
        ));
    };
    fields.insert("fileChecksum".into(), checksum(file).into());
    Ok(data.to_string())
}

/// Lower-case hex SHA-256 of `file`.
pub fn checksum(file: &[u8]) -> String {
    Sha256::digest(file)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The content type and bytes of the two-part body.
fn encode(
    body: &impl Serialize,
    file: &[u8],
    file_name: Option<&str>,
) -> Result<(String, Bytes), Error> {
    let data = data_text(body, file)?;
    let name = file_name.unwrap_or(DEFAULT_FILE_NAME);
    if name.contains(['"', '\r', '\n']) {
        return Err(Error::InvalidRequest(
            "the file name must not contain quotes or line breaks".into(),
        ));
    }
    let boundary = boundary_for(&data, file);
    let mut out = Vec::with_capacity(data.len() + file.len() + 256);
    out.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n").as_bytes(),
    );
    out.extend_from_slice(data.as_bytes());
    out.extend_from_slice(
        format!(
            "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    out.extend_from_slice(file);
    out.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    Ok((
        format!("{MULTIPART}; boundary={boundary}"),
        Bytes::from(out),
    ))
}

/// A boundary that occurs in neither part: random, checked.
fn boundary_for(data: &str, file: &[u8]) -> String {
    loop {
        let boundary = format!("dfns-{:016x}{:016x}", random_u64(), random_u64());
        let occurs = |haystack: &[u8]| {
            haystack
                .windows(boundary.len())
                .any(|w| w == boundary.as_bytes())
        };
        if !occurs(data.as_bytes()) && !occurs(file) {
            return boundary;
        }
    }
}

/// For a multipart body made by [`attach`], the text of its `data` part
/// (what the user action signs); `None` for any other body.
pub(crate) fn signed_payload<'a>(content_type: Option<&str>, body: &'a [u8]) -> Option<&'a str> {
    let content_type = content_type?;
    let boundary = content_type
        .strip_prefix(MULTIPART)?
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))?;
    let start = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n");
    let rest = body.strip_prefix(start.as_bytes())?;
    let end = format!("\r\n--{boundary}\r\n");
    let at = rest.windows(end.len()).position(|w| w == end.as_bytes())?;
    std::str::from_utf8(&rest[..at]).ok()
}

/// For a multipart body made by [`attach`], the bytes of its `file` part.
pub(crate) fn file_part<'a>(content_type: Option<&str>, body: &'a [u8]) -> Option<&'a [u8]> {
    let boundary = content_type?
        .strip_prefix(MULTIPART)?
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))?;
    let header = b"Content-Type: application/octet-stream\r\n\r\n";
    let start = body.windows(header.len()).position(|w| w == header)? + header.len();
    let end_marker = format!("\r\n--{boundary}--\r\n");
    let rest = &body[start..];
    let end = rest.len().checked_sub(end_marker.len())?;
    (rest[end..] == *end_marker.as_bytes()).then_some(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_part_is_the_body_with_the_checksum_and_is_what_is_signed() {
        let body = serde_json::json!({"walletId": "wa-1", "kind": "Clone"});
        let file = b"encrypted shares \r\n--not-a-boundary".to_vec();
        let (content_type, bytes) = encode(&body, &file, Some("out.bin")).unwrap();
        let data = signed_payload(Some(&content_type), &bytes).unwrap();
        let sum = checksum(&file);
        assert_eq!(sum.len(), 64);
        assert_eq!(
            data,
            format!(r#"{{"fileChecksum":"{sum}","kind":"Clone","walletId":"wa-1"}}"#)
        );
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains("name=\"file\"; filename=\"out.bin\""),
            "{text}"
        );
        assert_eq!(
            file_part(Some(&content_type), &bytes),
            Some(file.as_slice())
        );
        assert_eq!(signed_payload(Some("application/json"), &bytes), None);
    }

    #[test]
    fn checksums_are_lower_case_hex_sha256() {
        assert_eq!(
            checksum(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn a_missing_file_or_a_bad_name_is_refused_before_sending() {
        let rb = reqwest::Client::new().post("http://127.0.0.1:1/x");
        let body = serde_json::json!({});
        assert!(matches!(
            attach(rb, &body, None, None),
            Err(Error::InvalidRequest(_))
        ));
        assert!(encode(&body, b"x", Some("a\"b")).is_err());
        assert!(encode(&serde_json::json!([1]), b"x", None).is_err());
    }
}
