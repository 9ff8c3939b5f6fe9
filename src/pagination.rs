//! `.stream()` on list operations: every item of every page.
//!
//! The generator gives `.stream()` to each operation whose builder has a
//! `pagination_token` parameter and whose success body has `items` and
//! `nextPageToken` (decided from the document's shape, so a bumped document
//! gets it for its new list operations). The stream sends the builder's
//! other parameters (`limit` too) with every page, follows
//! `nextPageToken` until a page has none, and ends after the first error.

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

struct Pager<B, T> {
    next: Option<B>,
    items: std::vec::IntoIter<T>,
    seen: HashSet<String>,
    failed: Option<Error>,
}

/// The stream of `first`'s pages: `send` sends a builder, `split` takes a
/// page apart into its items and next token, `with_token` asks for the
/// page after.
pub(crate) fn items<'a, B, P, T, Fut>(
    operation: &'static str,
    first: B,
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
    let pager = Pager {
        next: Some(first),
        items: Vec::new().into_iter(),
        seen: HashSet::new(),
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
                pager.items = items.into_iter();
                match token.filter(|t| !t.is_empty()) {
                    None => {}
                    Some(token) if pager.seen.insert(token.clone()) => {
                        pager.next = Some(with_token(builder, token));
                    }
                    Some(_) => {
                        pager.failed = Some(Error::Pagination(format!(
                            "`{operation}`: the server sent the same nextPageToken twice; \
                         the stream stops instead of reading the same pages forever"
                        )));
                    }
                }
            }
        },
    ))
}
