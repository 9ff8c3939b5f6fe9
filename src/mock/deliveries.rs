//! Webhook deliveries as Dfns makes them, for tests of a service's webhook
//! endpoint: the event's exact JSON text, signed with the webhook's secret
//! in `X-DFNS-WEBHOOK-SIGNATURE`, POSTed as `application/json`.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use super::{random_hex, DfnsMock};

/// A whole event of `kind` as Dfns would deliver it now: a fresh `id`,
/// `data` built from the document's schema (it decodes into the event's
/// type; the entity it carries has the status the kind names, a
/// `wallet.transfer.confirmed` event's transfer is `Confirmed`),
/// `timestampSent` now, first delivery. `None` for a kind the
/// vendored document does not describe (build one by hand: the fields are
/// `id`, `kind`, `date`, `data`, `timestampSent`, `deliveryAttempt`).
///
/// ```
/// # #[cfg(dfns_op = "transfer_asset")] {
/// let mut event = dfns::mock::canned_event("wallet.transfer.confirmed").unwrap();
/// event["data"]["transferRequest"]["id"] = "xfr-42".into();
/// # }
/// ```
pub fn canned_event(kind: &str) -> Option<Value> {
    let data: Value = serde_json::from_str(super::routes::canned_event_data(kind)?).ok()?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let date = chrono::DateTime::from_timestamp(now.as_secs() as i64, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    Some(json!({
        // The documented shape: `whe-` and three groups.
        "id": format!("whe-{}-{}-{}", &random_hex(3)[..5], &random_hex(3)[..5], random_hex(8)),
        "kind": kind,
        "date": date,
        "data": data,
        "timestampSent": now.as_secs(),
        "deliveryAttempt": 1,
    }))
}

impl DfnsMock {
    /// Delivers `event` to `url` as Dfns does: its JSON text, signed with
    /// `secret` ([`crate::webhooks::sign`]) in the
    /// [`SIGNATURE_HEADER`](crate::webhooks::SIGNATURE_HEADER). Returns the
    /// status the endpoint answered (Dfns retries anything but 200).
    ///
    /// ```no_run
    /// # async fn run(mock: dfns::mock::DfnsMock, my_service_url: &str) {
    /// # #[cfg(dfns_op = "transfer_asset")] {
    /// let event = dfns::mock::canned_event("wallet.transfer.confirmed").unwrap();
    /// let status = mock.deliver_event(my_service_url, "whsec-test", &event).await.unwrap();
    /// assert_eq!(status, 200);
    /// # }
    /// # }
    /// ```
    pub async fn deliver_event(
        &self,
        url: &str,
        secret: &str,
        event: &Value,
    ) -> Result<u16, reqwest::Error> {
        let body = event.to_string();
        let signature = crate::webhooks::sign(secret, body.as_bytes());
        let response = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // Dfns gives an endpoint a bounded time to answer, too.
            .timeout(std::time::Duration::from_secs(30))
            .build()?
            .post(url)
            .header(crate::webhooks::SIGNATURE_HEADER, signature)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await?;
        Ok(response.status().as_u16())
    }
}
