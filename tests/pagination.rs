//! `.stream()` on list operations, against pages served by httpmock. Runs
//! with any document that has `list_wallets` (the fixture document and the
//! whole Dfns API in CI).
#![cfg(dfns_op = "list_wallets")]

use dfns::mock::httpmock::{self, MockServer};
use dfns::{Client, Error};
use futures_util::StreamExt as _;
use serde_json::{json, Value};

/// An item of the document's `list_wallets` page, with this id.
fn wallet(id: &str) -> Value {
    let page = dfns::mock::canned_response("list_wallets").unwrap();
    let mut item = page["items"][0].clone();
    item["id"] = json!(id);
    item
}

fn page(ids: &[&str], next: Option<&str>) -> String {
    let mut page = json!({"items": ids.iter().map(|id| wallet(id)).collect::<Vec<_>>()});
    if let Some(next) = next {
        page["nextPageToken"] = json!(next);
    }
    page.to_string()
}

async fn serve<'s>(
    server: &'s MockServer,
    token: Option<&'static str>,
    status: u16,
    body: String,
) -> httpmock::Mock<'s> {
    server
        .mock_async(move |when, then| {
            let path = dfns::Operation::find("list_wallets").unwrap().path;
            let when = when.path(path).query_param("limit", "2");
            match token {
                Some(t) => when.query_param("paginationToken", t),
                None => when.query_param_missing("paginationToken"),
            };
            then.status(status).body(body);
        })
        .await
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .auth_token("t")
        .build()
        .unwrap()
}

fn id_of<T: serde::Serialize>(item: &T) -> String {
    serde_json::to_value(item).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_pages_stream_in_order_with_the_same_parameters() {
    let server = MockServer::start_async().await;
    let pages = [
        serve(&server, None, 200, page(&["wa-1", "wa-2"], Some("t1"))).await,
        serve(&server, Some("t1"), 200, page(&["wa-3"], Some("t2"))).await,
        serve(&server, Some("t2"), 200, page(&["wa-4"], None)).await,
    ];
    let client = client(&server);
    let stream = client.list_wallets().limit("2").stream();
    let items: Vec<_> = stream.collect().await;
    let ids: Vec<String> = items.iter().map(|i| id_of(i.as_ref().unwrap())).collect();
    assert_eq!(ids, ["wa-1", "wa-2", "wa-3", "wa-4"]);
    for page in &pages {
        assert_eq!(page.calls_async().await, 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_on_page_two_is_yielded_once_and_ends_the_stream() {
    let server = MockServer::start_async().await;
    serve(&server, None, 200, page(&["wa-1"], Some("t1"))).await;
    let failing = serve(
        &server,
        Some("t1"),
        400,
        r#"{"error":{"message":"bad token"}}"#.into(),
    )
    .await;
    let client = client(&server);
    let mut stream = client.list_wallets().limit("2").stream();
    assert_eq!(id_of(&stream.next().await.unwrap().unwrap()), "wa-1");
    let err = stream.next().await.unwrap().unwrap_err();
    assert_eq!(err.status(), Some(400), "{err}");
    assert!(stream.next().await.is_none());
    assert_eq!(failing.calls_async().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_first_page_ends_the_stream_at_once() {
    let server = MockServer::start_async().await;
    let first = serve(&server, None, 200, page(&[], None)).await;
    let client = client(&server);
    let mut stream = client.list_wallets().limit("2").stream();
    assert!(stream.next().await.is_none());
    assert_eq!(first.calls_async().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeated_page_token_stops_the_stream() {
    let server = MockServer::start_async().await;
    serve(&server, None, 200, page(&["wa-1"], Some("t1"))).await;
    let looping = serve(&server, Some("t1"), 200, page(&["wa-2"], Some("t1"))).await;
    let client = client(&server);
    let items: Vec<_> = client.list_wallets().limit("2").stream().collect().await;
    assert_eq!(items.len(), 3, "two items, then the error");
    assert!(
        matches!(items[2], Err(Error::Pagination(_))),
        "{:?}",
        items[2]
    );
    assert_eq!(looping.calls_async().await, 1);
}

/// The stream is a `Send` future source: it can be consumed in a spawned task.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_can_be_consumed_in_a_spawned_task() {
    let server = MockServer::start_async().await;
    serve(&server, None, 200, page(&["wa-1", "wa-2"], None)).await;
    let client = client(&server);
    let count =
        tokio::spawn(async move { client.list_wallets().limit("2").stream().count().await });
    assert_eq!(count.await.unwrap(), 2);
}

/// Empty pages with ever-new tokens: one `next()` must not ask forever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_pages_with_new_tokens_end_after_a_bound() {
    let server = MockServer::start_async().await;
    let counter = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let served = counter.clone();
    server
        .mock_async(move |when, then| {
            when.path(dfns::Operation::find("list_wallets").unwrap().path);
            then.respond_with(move |_| {
                let n = served.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                httpmock::HttpMockResponse::builder()
                    .status(200)
                    .body(page(&[], Some(&format!("t{n}"))))
                    .build()
            });
        })
        .await;
    let client = client(&server);
    let mut stream = client.list_wallets().limit("2").stream();
    let next = tokio::time::timeout(std::time::Duration::from_secs(30), stream.next())
        .await
        .expect("one next() ends");
    assert!(matches!(next, Some(Err(Error::Pagination(_)))), "{next:?}");
    assert!(stream.next().await.is_none());
    assert_eq!(
        counter.load(std::sync::atomic::Ordering::SeqCst),
        dfns::MAX_EMPTY_PAGES
    );
}

/// The token the caller started from counts as seen: a server that sends
/// it back does not restart the list.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_starting_token_counts_as_seen() {
    let server = MockServer::start_async().await;
    let again = serve(&server, Some("t5"), 200, page(&["wa-9"], Some("t5"))).await;
    let client = client(&server);
    let items: Vec<_> = client
        .list_wallets()
        .limit("2")
        .pagination_token("t5")
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(
        matches!(items[1], Err(Error::Pagination(_))),
        "{:?}",
        items[1]
    );
    assert_eq!(again.calls_async().await, 1);
}
