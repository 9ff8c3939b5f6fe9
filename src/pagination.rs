//! `.stream()` on list operations: every item of every page.
//!
//! The generator gives `.stream()` to each operation whose builder has a
//! `pagination_token` parameter and whose success body has `items` and
//! `nextPageToken` (decided from the document's shape, so a bumped document
//! gets it for its new list operations). The stream sends the builder's
//! other parameters (`limit` too) with every page, follows
//! `nextPageToken` until a page has none, and ends after the first error.
//!
//! A server that misbehaves cannot make it loop: a token seen before (the
//! caller's starting token included) ends it, and so do
//! [`MAX_EMPTY_PAGES`] pages in a row without items, so one `next()` makes
//! a bounded number of requests. It remembers every token it followed as a
//! SHA-256 digest (32 bytes a page, whatever the token's length), so a
//! cycle of any length ends it.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;

use progenitor_client::ResponseValue;

use crate::Error;

/// The items of a list operation, page after page; see
/// `ListWallets::stream` and the like. Use it with
/// `futures::StreamExt` (`next`, `try_collect`, …).
pub type ItemStream<'a, T> =
    Pin<Box<dyn futures_core::Stream<Item = Result<T, Error>> + Send + 'a>>;

/// The most pages in a row without items that a stream reads before it
/// stops with [`Error::Pagination`].
pub const MAX_EMPTY_PAGES: u32 = 16;

struct Pager<B, T> {
    next: Option<B>,
    items: std::vec::IntoIter<T>,
    seen: SeenTokens,
    empty_pages: u32,
    failed: Option<Error>,
}

/// Every page token followed, as its SHA-256.
#[derive(Default)]
struct SeenTokens(HashSet<[u8; 32]>);

impl SeenTokens {
    /// False if `token` was seen before.
    fn insert(&mut self, token: &str) -> bool {
        use sha2::Digest as _;
        self.0.insert(sha2::Sha256::digest(token.as_bytes()).into())
    }
}

/// The text of a builder's `pagination_token` (for the generated `.stream()`).
pub(crate) fn token_text<T: serde::Serialize>(token: &Option<T>) -> Option<String> {
    serde_json::to_value(token.as_ref()?)
        .ok()?
        .as_str()
        .map(str::to_owned)
}

/// The stream of `first`'s pages: `send` sends a builder, `split` takes a
/// page apart into its items and next token, `with_token` asks for the
/// page after.
pub(crate) fn items<'a, B, P, T, Fut>(
    operation: &'static str,
    first: B,
    starting_token: Option<String>,
    send: fn(B) -> Fut,
    split: fn(P) -> (Vec<T>, Option<String>),
    with_token: fn(B, String) -> B,
) -> ItemStream<'a, T>
where
    B: Clone + Send + 'a,
    P: 'a,
    T: Send + 'a,
    Fut: Future<Output = Result<ResponseValue<P>, Error>> + Send + 'a,
{
    let mut seen = SeenTokens::default();
    if let Some(token) = &starting_token {
        seen.insert(token);
    }
    let pager = Pager {
        next: Some(first),
        items: Vec::new().into_iter(),
        seen,
        empty_pages: 0,
        failed: None,
    };
    Box::pin(futures_util::stream::unfold(
        pager,
        move |mut pager| async move {
            loop {
                if let Some(item) = pager.items.next() {
                    return Some((Ok(item), pager));
                }
                if let Some(e) = pager.failed.take() {
                    return Some((Err(e), pager));
                }
                let builder = pager.next.take()?;
                let page = match send(builder.clone()).await {
                    Ok(page) => page.into_inner(),
                    // Yielded once; `next` is empty, so the stream ends.
                    Err(e) => return Some((Err(e), pager)),
                };
                let (items, token) = split(page);
                pager.empty_pages = if items.is_empty() {
                    pager.empty_pages + 1
                } else {
                    0
                };
                pager.items = items.into_iter();
                match token.filter(|t| !t.is_empty()) {
                    None => {}
                    Some(_) if pager.empty_pages >= MAX_EMPTY_PAGES => {
                        pager.failed = Some(Error::Pagination(format!(
                            "`{operation}`: {MAX_EMPTY_PAGES} pages in a row had no items but a \
                             nextPageToken; the stream stops instead of asking forever"
                        )));
                    }
                    Some(token) if pager.seen.insert(&token) => {
                        pager.next = Some(with_token(builder, token));
                    }
                    Some(_) => {
                        pager.failed = Some(Error::Pagination(format!(
                            "`{operation}`: the server sent a nextPageToken it had sent before \
                             (or the one the stream started from); the stream stops instead of \
                             reading the same pages forever"
                        )));
                    }
                }
            }
        },
    ))
}
