//! Which Dfns deployment the client talks to.

/// A Dfns deployment. [`Region::Eu`] is the default.
///
/// Regions are fixed in code rather than read from the OpenAPI document:
/// published documents differ in their `servers` lists, and a spec bump must
/// not change where requests go. For anything else (a proxy, a mock server in
/// tests) use [`ClientBuilder::base_url`](crate::ClientBuilder::base_url).
///
/// ```
/// assert_eq!(dfns::Region::default(), dfns::Region::Eu);
/// assert_eq!(dfns::Region::Uae.base_url(), "https://api.uae.dfns.io");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Region {
    /// Europe, `https://api.dfns.io`.
    #[default]
    Eu,
    /// United Arab Emirates, `https://api.uae.dfns.io`.
    Uae,
}

impl Region {
    /// Every region, for iteration.
    pub const ALL: &'static [Region] = &[Region::Eu, Region::Uae];

    /// The API base URL of this region (no trailing slash).
    pub fn base_url(&self) -> &'static str {
        match self {
            Region::Eu => "https://api.dfns.io",
            Region::Uae => "https://api.uae.dfns.io",
        }
    }
}
