//! Raw calls: any Dfns endpoint, including those newer than the vendored
//! document, through the same transport as the generated operations.

use serde::de::DeserializeOwned;
use serde::Serialize;

use reqwest::header::{HeaderValue, CONTENT_TYPE};

use crate::transport::CallSpec;
use crate::{Client, Error, IdempotentOperation, Operation};
use progenitor_client::ClientInfo as _;

/// The name raw calls carry in errors, logs and the `dfns.request` span.
pub(crate) const RAW_OPERATION: &str = "raw";

/// A request to any path of the Dfns API, built with [`Client::raw`].
///
/// For endpoints the vendored document does not have yet (Dfns publishes
/// new ones often). It goes through everything a generated operation does:
/// the bearer token, a user action signature over the exact bytes sent,
/// one budget and deadline, the retry rules (never re-sending what may have
/// executed), redirects refused, the body size limit, 202 as
/// [`Error::PolicyPending`], and the `dfns.request` span. What the client
/// cannot know for a path it has no document for, you say:
/// [`user_action`](Self::user_action) is required.
///
/// ```no_run
/// # async fn run(client: dfns::Client) -> Result<(), dfns::Error> {
/// use dfns::reqwest::Method;
/// // Abort Transfer (newer than the vendored document): signed.
/// let transfer: dfns::types::TransferRequest = client
///     .raw(Method::PUT, "/wallets/wa-1f04s-lqc9q-86rs4v1qbgrvqg3p/transfers/xfr-1f04s-lr3cn-9obnnfmq8jf6opai/abort")
///     .user_action(true)
///     .send_as()
///     .await?;
/// // A list, unsigned, with a query.
/// let page = client
///     .raw(Method::GET, "/wallets")
///     .user_action(false)
///     .query("limit", "10")
///     .send()
///     .await?;
/// # let _ = (transfer, page); Ok(()) }
/// ```
#[must_use = "a raw request does nothing until `.send()` or `.send_as()` is awaited"]
pub struct RawRequest<'a> {
    client: &'a Client,
    method: reqwest::Method,
    path: String,
    user_action: Option<bool>,
    query: Vec<(String, String)>,
    body: Option<Result<Vec<u8>, String>>,
}

impl std::fmt::Debug for RawRequest<'_> {
    /// Method, path and whether it is signed; never the body or query values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("user_action", &self.user_action)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A request to `path` (e.g. `/wallets/wa-…/transfers/xfr-…/abort`) that
    /// the generated methods do not cover. See [`RawRequest`].
    ///
    /// The path is checked before anything is sent: it must start with `/`
    /// and must not contain a scheme or host, `//`, a `.` or `..` segment
    /// (percent-encoded or not), an encoded `/` or `\`, a `?` or `#` (give
    /// query parameters with [`RawRequest::query`]), or a character that
    /// needs percent-encoding.
    pub fn raw(&self, method: reqwest::Method, path: &str) -> RawRequest<'_> {
        RawRequest {
            client: self,
            method,
            path: path.to_owned(),
            user_action: None,
            query: Vec::new(),
            body: None,
        }
    }
}

impl<'a> RawRequest<'a> {
    /// Whether the request needs a user action signature (Dfns's docs say,
    /// per endpoint: "User Action Signature required"). Required: a raw
    /// request that does not say is refused before anything is sent, since
    /// a guess would either fail or send unsigned what must be signed.
    ///
    /// `false` for a path the vendored document lists as signed is refused
    /// too.
    pub fn user_action(mut self, signed: bool) -> Self {
        self.user_action = Some(signed);
        self
    }

    /// Adds a query parameter (repeatable; sent in the order given). The
    /// query is not part of what is signed, as with generated operations.
    pub fn query(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((key.into(), value.into()));
        self
    }

    /// The JSON body. These exact bytes are what is signed and sent.
    pub fn json(mut self, body: &impl Serialize) -> Self {
        self.body = Some(serde_json::to_vec(body).map_err(|e| e.to_string()));
        self
    }

    /// Sends the request; the JSON of a 2xx answer (`Value::Null` when
    /// empty).
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        self.send_as().await
    }

    /// Sends the request and decodes a 2xx answer into `T` (a generated
    /// type, or your own); a body that does not fit is [`Error::Decode`]
    /// with the JSON path and the whole body.
    pub async fn send_as<T: DeserializeOwned>(self) -> Result<T, Error> {
        let client = self.client;
        let (request, call) = self.build()?;
        let response = crate::transport::execute_call(client, request, call).await;
        if response.status().is_success() {
            crate::response::decode(response)
                .await
                .map(progenitor_client::ResponseValue::into_inner)
        } else {
            Err(crate::response::unexpected(response))
        }
    }

    /// Checks everything and builds the request; nothing is sent.
    fn build(self) -> Result<(reqwest::Request, CallSpec<'static>), Error> {
        // Never anything after `?` or `#` in a message: a query may carry secrets.
        let shown = self.path.split(['?', '#']).next().unwrap_or_default();
        let what = format!("raw {} {shown}", self.method);
        let invalid = |why: String| Error::InvalidRequest(format!("{what}: {why}"));
        check_method(&self.method).map_err(invalid)?;
        check_path(&self.path).map_err(invalid)?;
        let signed = self.user_action.ok_or_else(|| {
            invalid(
                "say whether it needs a user action signature with `.user_action(true)` or \
                 `.user_action(false)` (Dfns's docs say, per endpoint)"
                    .into(),
            )
        })?;
        // What the document says of this path, matched as Dfns would route
        // it (case aside, a trailing `/` aside).
        let documented = documented_operation(&self.method, &self.path);
        // A transfer, transaction or signature gets its idempotency key here too.
        let idempotency =
            IdempotentOperation::for_request(self.method.as_str(), &normalized(&self.path));
        if let Some(op) = documented {
            if op.requires_user_action && !signed {
                return Err(invalid(format!(
                    "the vendored document (v{}) says `{}` needs a user action signature; \
                     use `.user_action(true)` (or the generated `Client::{}`)",
                    crate::SPEC_VERSION,
                    op.path,
                    op.name
                )));
            }
        }
        let body = self
            .body
            .transpose()
            .map_err(|e| invalid(format!("the body does not serialize: {e}")))?;
        let mut url = reqwest::Url::parse(&format!("{}{}", self.client.baseurl(), self.path))
            .map_err(|e| invalid(format!("not a valid URL path: {e}")))?;
        // Belt and braces: the URL parser must not have changed the path
        // (the one Dfns sees, after the base URL's own path).
        if self.client.inner().api_path(url.path()) != self.path {
            return Err(invalid(format!(
                "the path would be sent as {:?}; give it exactly as Dfns should see it",
                url.path()
            )));
        }
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&self.query);
        }
        let mut request = reqwest::Request::new(self.method, url);
        if let Some(body) = body {
            request
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *request.body_mut() = Some(body.into());
        }
        let call = CallSpec {
            name: RAW_OPERATION,
            // Signing needs the token (the challenge call sends it); an
            // unsigned call without one may be to a public endpoint, unless
            // the document says otherwise.
            requires_auth_token: signed || documented.is_some_and(|op| op.requires_auth_token),
            requires_user_action: signed,
            idempotency,
        };
        Ok((request, call))
    }
}

/// The operation of the vendored document `path` is for, compared without
/// regard to case or a trailing `/`.
fn documented_operation(method: &reqwest::Method, path: &str) -> Option<&'static Operation> {
    Operation::for_request(method.as_str(), &normalized(path))
}

/// `path` lower case and without a trailing `/`, as documented paths are
/// compared (Dfns routes them alike).
pub(crate) fn normalized(path: &str) -> String {
    let path = path.to_ascii_lowercase();
    match path.trim_end_matches('/') {
        "" => "/".to_owned(),
        trimmed => trimmed.to_owned(),
    }
}

/// The methods of the Dfns API.
fn check_method(method: &reqwest::Method) -> Result<(), String> {
    use reqwest::Method;
    match *method {
        Method::GET | Method::POST | Method::PUT | Method::PATCH | Method::DELETE => Ok(()),
        _ => Err(format!(
            "method {method} is not one the Dfns API uses (GET, POST, PUT, PATCH, DELETE)"
        )),
    }
}

/// Refuses any path that could reach somewhere other than where it reads,
/// or be signed as one path and routed as another.
fn check_path(path: &str) -> Result<(), String> {
    if !path.starts_with('/') {
        return Err("the path must start with `/` (a path, not a URL)".into());
    }
    if path.contains("//") {
        return Err("the path must not contain `//` (no scheme or host, no empty segment)".into());
    }
    for c in path.chars() {
        match c {
            '?' => return Err(
                "the path must not contain `?`: give query parameters with `.query(key, value)`"
                    .into(),
            ),
            '#' => return Err("the path must not contain `#` (a fragment is never sent)".into()),
            '\\' => return Err("the path must not contain `\\`".into()),
            // Matrix parameters: some proxies strip them before routing.
            ';' => return Err("the path must not contain `;`".into()),
            c if c.is_ascii_alphanumeric() || "-._~!$&'()*+,=:@/%".contains(c) => {}
            c => {
                return Err(format!(
                    "the path contains {c:?}, which must be percent-encoded in a URL path"
                ))
            }
        }
    }
    for segment in path.split('/').skip(1) {
        let decoded = percent_decode(segment)?;
        if decoded == b"." || decoded == b".." {
            return Err(format!(
                "segment {segment:?} is a dot segment, which would move the request to another path"
            ));
        }
    }
    Ok(())
}

/// Whether a byte may appear percent-encoded: only where it has to be.
/// Encoded separators could be routed as separators, an encoded `%` is
/// decoded twice by some servers, control bytes split requests, and an
/// encoded letter, digit or `-._~` is one path spelled two ways (signed
/// as one, compared as another).
fn may_be_encoded(byte: u8) -> Result<(), &'static str> {
    match byte {
        b'/' | b'\\' => Err("`/` or `\\`, which servers and proxies may route as a separator"),
        b'%' => Err("`%` (double encoding)"),
        0..=0x1f | 0x7f => Err("a control character"),
        b if b.is_ascii_alphanumeric() || b"-._~".contains(&b) => {
            Err("a character that needs no encoding (write it plainly)")
        }
        _ => Ok(()),
    }
}

/// The bytes of a path segment with `%XX` escapes decoded, each escape
/// checked with [`may_be_encoded`].
fn percent_decode(segment: &str) -> Result<Vec<u8>, String> {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        // Two hex digits, nothing else (`from_str_radix` would take a sign).
        let byte = match (
            bytes.get(i + 1).and_then(|b| hex(*b)),
            bytes.get(i + 2).and_then(|b| hex(*b)),
        ) {
            (Some(high), Some(low)) => (high * 16 + low) as u8,
            _ => {
                return Err(format!(
                    "segment {segment:?} has a `%` not followed by two hex digits"
                ))
            }
        };
        may_be_encoded(byte).map_err(|why| format!("segment {segment:?} encodes {why}"))?;
        out.push(byte);
        i += 3;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_go_elsewhere_are_refused() {
        for bad in [
            "wallets",
            "https://evil.example/wallets",
            "//evil.example/wallets",
            "/wallets//x",
            "/wallets/../keys",
            "/wallets/./x",
            "/wallets/%2e%2e/keys",
            "/wallets/%2E/x",
            "/wallets/.%2e",
            "/wallets/a%2fb",
            "/wallets/a%5Cb",
            "/wallets/%252e%252e",
            "/wallets/a%00",
            "/wallets/a%0A",
            "/auth/credentials/cod%65",
            "/wallets/a;b",
            "/wallets?limit=1",
            "/wallets#x",
            "/wallets\\x",
            "/wallets/a b",
            "/wallets/\u{e9}",
            "/wallets/%zz",
            "/wallets/%4",
            "/wallets/%+a",
            "/wallets/\n",
        ] {
            assert!(check_path(bad).is_err(), "{bad:?} accepted");
        }
        for good in [
            "/",
            "/wallets",
            "/wallets/",
            "/wallets/wa-1f04s-lqc9q-86rs4v1qbgrvqg3p/transfers/xfr-1/abort",
            "/auth/action/init",
            "/a/b.c/..d/%20%C3%A9",
            "/x/a:b@c",
        ] {
            assert_eq!(check_path(good), Ok(()), "{good:?}");
        }
    }

    #[test]
    fn only_the_api_methods_are_accepted() {
        assert!(check_method(&reqwest::Method::PUT).is_ok());
        for m in ["HEAD", "OPTIONS", "CONNECT", "TRACE", "FOO"] {
            let method = reqwest::Method::from_bytes(m.as_bytes()).unwrap();
            assert!(check_method(&method).is_err(), "{m}");
        }
    }
}
