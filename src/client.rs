//! Building a [`Client`] and the hooks that authenticate its requests.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret as _, SecretString};

use crate::{Client, CredentialSigner, Error, Region, RetryPolicy};

/// The `User-Agent` of every request: crate name, version and spec version.
pub const USER_AGENT: &str = concat!("dfns-rust/", env!("CARGO_PKG_VERSION"));

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const DEFAULT_OPERATION_TIMEOUT: Duration = Duration::from_secs(120);

/// Configures a [`Client`]. Obtain one with [`Client::builder`].
///
/// ```
/// let client = dfns::Client::builder()
///     .region(dfns::Region::Uae)
///     .auth_token("eyJ...")
///     .timeout(std::time::Duration::from_secs(10))
///     .build()?;
/// assert_eq!(client.baseurl(), "https://api.uae.dfns.io");
/// # Ok::<(), dfns::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct ClientBuilder {
    region: Region,
    base_url: Option<String>,
    auth_token: Option<SecretString>,
    signer: Option<Arc<dyn CredentialSigner>>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    retry: RetryPolicy,
    http_client: Option<reqwest::ClientBuilder>,
    /// `None`: the default, on.
    auto_external_id: Option<bool>,
}

impl Client {
    /// Starts configuring a client (EU region, no token, no signer, 30 s timeout).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn baseurl(&self) -> &str {
        ClientInfo::baseurl(self)
    }
}

impl ClientBuilder {
    /// Selects a Dfns region (default [`Region::Eu`]). Ignored when
    /// [`base_url`](Self::base_url) is set.
    pub fn region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }

    /// Sends requests to this URL instead of a region's, e.g. a proxy or a
    /// local mock. Must be `https://`, except for loopback hosts
    /// (`127.0.0.0/8`, `::1`, `localhost`) where `http://` is accepted.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The bearer token (a user's or service account's) sent as
    /// `Authorization: Bearer <token>`. It is kept in a zeroizing secret and
    /// never printed. Surrounding whitespace (the newline at the end of a
    /// token file) is ignored; a token that still cannot be sent in a
    /// header makes [`build`](Self::build) fail.
    pub fn auth_token(mut self, token: impl Into<String>) -> Self {
        self.auth_token = Some(SecretString::from(token.into()));
        self
    }

    /// The signer used for operations that need a user action signature.
    /// Takes a signer by value, or shared: `Arc<KeySigner>`,
    /// `Arc<dyn CredentialSigner>`, `Box<dyn CredentialSigner>`.
    pub fn signer(mut self, signer: impl CredentialSigner + 'static) -> Self {
        self.signer = Some(Arc::new(signer));
        self
    }

    /// Sends every request, the signing steps included, through a client
    /// built from this `reqwest::ClientBuilder` (use [`dfns::reqwest`](crate::reqwest),
    /// the version this crate is built with): its proxy, root certificates,
    /// default headers and connection pool.
    ///
    /// The crate overrides three settings on it, whatever they were. Two
    /// would re-send a signed request (its body, its single-use
    /// `X-DFNS-USERACTION` token, the bearer token) before the crate sees
    /// the answer: redirects are never followed (`redirect::Policy::none()`;
    /// a 3xx is [`Error::Redirected`]) and reqwest does not retry
    /// (`retry::never()`; the crate's own [`RetryPolicy`] decides what may
    /// be re-sent). The third would log the tokens: `connection_verbose(false)`. [`timeout`](Self::timeout) and
    /// [`connect_timeout`](Self::connect_timeout) are applied when set here,
    /// else the builder's own apply; [`operation_timeout`](Self::operation_timeout)
    /// and the retry policy always do.
    ///
    /// ```
    /// # fn private_ca() -> dfns::reqwest::Certificate { unimplemented!() }
    /// # fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use dfns::reqwest;
    /// let http = reqwest::Client::builder()
    ///     .proxy(reqwest::Proxy::https("http://proxy.internal:3128")?)
    ///     .add_root_certificate(private_ca())
    ///     .timeout(std::time::Duration::from_secs(20));
    /// let client = dfns::Client::builder().http_client(http).auth_token("…").build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn http_client(mut self, builder: reqwest::ClientBuilder) -> Self {
        self.http_client = Some(builder);
        self
    }

    /// The total time allowed for one HTTP exchange (default 30 s). See
    /// [`operation_timeout`](Self::operation_timeout) for the whole call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// When and how often failed requests are re-sent (default
    /// [`RetryPolicy::default`]: 3 attempts). Requests that could execute
    /// twice are never re-sent; see [`RetryPolicy`].
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Money moves once (default on): a call to an operation of
    /// [`IDEMPOTENT_OPERATIONS`](crate::IDEMPOTENT_OPERATIONS) (transfers,
    /// transactions, signatures) whose body has no `externalId` gets a
    /// fresh one ([`new_external_id`](crate::new_external_id)), set once
    /// before the first attempt. A body with its own `externalId` is sent
    /// as it is, whatever this says.
    ///
    /// With a key, Dfns answers a repeat of the same request with the
    /// entity the first one created, so the call is retried like a GET
    /// (timeouts, connections lost after sending, 500, 502, 503, 504; the
    /// same budget, deadline and `Retry-After`), every attempt signed anew
    /// over the same bytes, and returns that entity once. If the retries
    /// run out, the error still [may have executed](Error::may_have_executed)
    /// and carries the key ([`Error::external_id`]) to look the entity up.
    ///
    /// A transfer that first got a 202 (pending a policy approval) whose
    /// answer was lost comes back from the retry as the entity, with 200:
    /// check its `status` (`PendingApproval`) rather than expecting
    /// [`Error::PolicyPending`].
    ///
    /// Off, a body without `externalId` is sent without one, once, as any
    /// other POST.
    pub fn auto_external_id(mut self, on: bool) -> Self {
        self.auto_external_id = Some(on);
        self
    }

    /// The deadline of one whole call (default 120 s): its signing steps,
    /// every retry and every `Retry-After` wait included. When it passes the
    /// call ends with [`Error::Timeout`], whose
    /// [`may_have_executed`](Error::may_have_executed) says whether the
    /// operation itself had been sent. A retry whose wait would end after
    /// the deadline is not made: the call returns the error it has.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// The time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Builds the client. Fails on an unparsable base URL, on a scheme other
    /// than https (http only for loopback), on a URL with credentials, a
    /// query or a fragment, and on a bearer token that is not a valid
    /// header value.
    ///
    /// The HTTP client never follows redirects: the Dfns API does not
    /// redirect, and following one would re-send a signed request (body and
    /// `X-DFNS-USERACTION`) somewhere else. A 3xx is [`Error::Redirected`].
    pub fn build(self) -> Result<Client, Error> {
        let base_url = match &self.base_url {
            Some(url) => validate_base_url(url)?,
            None => self.region.base_url().to_owned(),
        };
        let api_path_prefix = reqwest::Url::parse(&base_url)
            .map(|u| u.path().trim_end_matches('/').to_owned())
            .unwrap_or_default();
        let bearer = self.auth_token.as_ref().map(bearer_header).transpose()?;
        let http = match self.http_client {
            Some(mut builder) => {
                if let Some(timeout) = self.timeout {
                    builder = builder.timeout(timeout);
                }
                if let Some(timeout) = self.connect_timeout {
                    builder = builder.connect_timeout(timeout);
                }
                builder
            }
            None => reqwest::Client::builder()
                .user_agent(USER_AGENT)
                .timeout(self.timeout.unwrap_or(DEFAULT_TIMEOUT))
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT)),
        };
        // Whoever built it: nothing re-sends a signed request behind the
        // crate's back.
        let http = http
            .redirect(reqwest::redirect::Policy::none())
            .retry(reqwest::retry::never())
            // Verbose connections log the bytes sent: tokens included.
            .connection_verbose(false)
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        let state = ClientState {
            api_path_prefix,
            bearer,
            signer: self.signer,
            retry: self.retry,
            operation_timeout: self.operation_timeout.unwrap_or(DEFAULT_OPERATION_TIMEOUT),
            auto_external_id: self.auto_external_id.unwrap_or(true),
            preset_token: Default::default(),
        };
        Ok(Client::new_with_client(&base_url, http, state))
    }
}

/// Checks a custom base URL and returns it without a trailing slash.
fn validate_base_url(given: &str) -> Result<String, Error> {
    // Error messages show the URL without any credentials in it.
    let url = &*without_userinfo(given);
    let parsed = reqwest::Url::parse(given)
        .map_err(|e| Error::Config(format!("base URL {url:?} is not a valid URL: {e}")))?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::Config(format!(
            "base URL {url:?} contains credentials (user:password@); they must not travel in URLs: \
             authenticate with `auth_token` instead"
        )));
    }
    let loopback = match parsed.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => return Err(Error::Config(format!("base URL {url:?} has no host"))),
    };
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(Error::Config(format!(
                "base URL {url:?} uses plain http to a non-loopback host; use https (http is only allowed for 127.0.0.0/8, ::1 and localhost)"
            )))
        }
        other => {
            return Err(Error::Config(format!(
                "base URL {url:?} has scheme {other:?}; expected https"
            )))
        }
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL {url:?} must not have a query or fragment"
        )));
    }
    // The parsed form (lower-case scheme and host): request URLs are
    // compared with it.
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

/// `url` with anything between `scheme://` and an `@` in the authority
/// removed, for messages (works on text that does not parse too).
fn without_userinfo(url: &str) -> std::borrow::Cow<'_, str> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.into();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://<redacted>@{}", &rest[at + 1..]).into(),
        None => url.into(),
    }
}

/// `Bearer <token>` as a header value marked sensitive, built once.
fn bearer_header(token: &SecretString) -> Result<HeaderValue, Error> {
    let token = token.expose_secret().trim();
    if token.is_empty() {
        return Err(Error::Config(
            "the bearer token is empty (or only whitespace)".into(),
        ));
    }
    if let Some(bad) = token.chars().find(|c| !c.is_ascii_graphic()) {
        let what = match bad {
            c if c.is_whitespace() => "whitespace inside it",
            c if c.is_ascii_control() => "a control character",
            _ => "a non-ASCII character",
        };
        return Err(Error::Config(format!(
            "the bearer token cannot be sent in a header: it contains {what} \
             (tokens are printable ASCII; check how it was read)"
        )));
    }
    let mut value = zeroize::Zeroizing::new(String::with_capacity(7 + token.len()));
    value.push_str("Bearer ");
    value.push_str(token);
    let mut value = HeaderValue::from_str(&value)
        .map_err(|_| Error::Config("the bearer token cannot be sent in a header".into()))?;
    value.set_sensitive(true);
    Ok(value)
}

/// What the generated client carries besides its HTTP client: the
/// credentials. Internal; reachable only through [`Client`].
#[derive(Clone)]
pub struct ClientState {
    /// Path of the base URL (e.g. `/dfns` behind a proxy); stripped from the
    /// path that is signed, which is the path Dfns itself sees.
    api_path_prefix: String,
    /// `Bearer <token>`, marked sensitive (its `Debug` does not show it).
    bearer: Option<HeaderValue>,
    pub(crate) signer: Option<Arc<dyn CredentialSigner>>,
    pub(crate) retry: RetryPolicy,
    pub(crate) operation_timeout: Duration,
    /// See [`ClientBuilder::auto_external_id`].
    pub(crate) auto_external_id: bool,
    /// A token from delegated signing for the next signed request.
    pub(crate) preset_token: crate::auth::PresetToken,
}

impl std::fmt::Debug for ClientState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientState")
            .field("auth_token", &self.bearer.as_ref().map(|_| "<redacted>"))
            .field("signer", &self.signer)
            .field("retry", &self.retry)
            .field("operation_timeout", &self.operation_timeout)
            .field("auto_external_id", &self.auto_external_id)
            .finish()
    }
}

impl ClientState {
    /// `Bearer <token>` as a header value marked sensitive.
    pub(crate) fn bearer_header(&self) -> Option<&HeaderValue> {
        self.bearer.as_ref()
    }

    /// The request path as Dfns sees it.
    pub(crate) fn api_path<'a>(&self, url_path: &'a str) -> &'a str {
        url_path
            .strip_prefix(self.api_path_prefix.as_str())
            .unwrap_or(url_path)
    }
}

impl ClientHooks<ClientState> for Client {
    /// progenitor's hook for sending a request. The generated operations
    /// no longer call it (their `send()` ends in `response::send_operation`,
    /// which runs the same `transport::execute`), but it stays correct for
    /// anyone who does: bearer token, a fresh user action signature per
    /// attempt where the spec asks for one, retries, body limit. Failures
    /// travel inside the response (see `transport`), so this never returns
    /// `Err`.
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        Ok(crate::transport::execute(self, request, info.operation_id).await)
    }
}
