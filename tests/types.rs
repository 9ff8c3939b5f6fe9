//! The generated request and response types, as a user handles them.

use std::time::{Duration, SystemTime};

use dfns::types::{CreateCredentialCodeBody, CreateCredentialCodeResponse};
use dfns::Timestamp;

#[test]
fn expiration_accepts_datetime_systemtime_and_unix_seconds() {
    let from_chrono: Timestamp = chrono::DateTime::parse_from_rfc3339("2030-01-01T00:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc)
        .into();
    let from_system = Timestamp::from(SystemTime::UNIX_EPOCH + Duration::from_secs(1_893_456_000));
    assert_eq!(from_chrono, from_system);
    assert_eq!(
        serde_json::to_string(&from_chrono).unwrap(),
        r#""2030-01-01T00:00:00Z""#
    );
    let unix = Timestamp::from_unix_seconds(1_893_456_000).unwrap();
    assert_eq!(serde_json::to_string(&unix).unwrap(), "1893456000");
    assert_eq!(unix.to_datetime(), from_chrono.to_datetime());
    assert!(Timestamp::from_unix_seconds(0).is_err());
    assert!(Timestamp::try_from(0u64).is_err());
    let precise =
        Timestamp::from(SystemTime::UNIX_EPOCH + Duration::from_nanos(1_893_456_000_250_000_123));
    assert_eq!(
        serde_json::to_string(&precise).unwrap(),
        r#""2030-01-01T00:00:00.250Z""#
    );
}

#[test]
fn invalid_expirations_do_not_deserialize() {
    for bad in ["0", "-5", "true", r#""next tuesday""#, "1.5", "null", "[]"] {
        let body = format!(r#"{{"expiration":{bad}}}"#);
        let result = serde_json::from_str::<CreateCredentialCodeBody>(&body);
        assert!(result.is_err(), "{bad} was accepted");
    }
    for good in [
        "1",
        "1893456000",
        r#""2030-01-01T00:00:00Z""#,
        r#""2030-01-01T04:00:00+04:00""#,
    ] {
        let body = format!(r#"{{"expiration":{good}}}"#);
        serde_json::from_str::<CreateCredentialCodeBody>(&body)
            .unwrap_or_else(|e| panic!("{good}: {e}"));
    }
}

#[test]
fn request_body_rejects_unknown_and_missing_fields() {
    let unknown = r#"{"expiration":1,"extra":true}"#;
    assert!(serde_json::from_str::<CreateCredentialCodeBody>(unknown).is_err());
    assert!(serde_json::from_str::<CreateCredentialCodeBody>("{}").is_err());
}

#[test]
fn builder_reports_a_missing_required_field() {
    let err = CreateCredentialCodeBody::try_from(
        dfns::types::builder::CreateCredentialCodeBody::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("expiration"), "{err}");
}

#[test]
fn response_fields_are_reachable() {
    let r: CreateCredentialCodeResponse =
        serde_json::from_str(r#"{"code":"ABC-123","expiration":"2030-01-01T00:00:00Z"}"#).unwrap();
    assert_eq!(
        (r.code.as_str(), r.expiration.as_str()),
        ("ABC-123", "2030-01-01T00:00:00Z")
    );
}

#[cfg(feature = "schemars")]
#[test]
fn types_export_their_json_schema() {
    let schema = serde_json::to_value(schemars::schema_for!(CreateCredentialCodeBody)).unwrap();
    let text = schema.to_string();
    assert!(text.contains("expiration"), "{text}");
    assert!(text.contains("date-time"), "{text}");
    assert_eq!(schema["required"], serde_json::json!(["expiration"]));
}

#[test]
fn operations_table_matches_the_vendored_spec() {
    // The document this build was generated from: CI also builds the
    // crate from fixture documents.
    let path = option_env!("DFNS_OPENAPI_SPEC")
        .filter(|p| !p.is_empty())
        .unwrap_or(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml"));
    let text = std::fs::read_to_string(path).unwrap();
    let spec = dfns_codegen::parse_yaml(&text).unwrap();
    assert_eq!(dfns::SPEC_VERSION, spec["info"]["version"]);
    let methods = [
        "get", "put", "post", "delete", "patch", "head", "options", "trace",
    ];
    let count: usize = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| methods.iter().filter(|m| item.get(**m).is_some()).count())
        .sum();
    assert_eq!(dfns::OPERATIONS.len(), count);
    assert!(
        dfns::OPERATIONS.windows(2).all(|w| w[0].name < w[1].name),
        "sorted and unique"
    );

    let op = dfns::Operation::find("create_credential_code").unwrap();
    assert_eq!(op.method, "POST");
    assert_eq!(op.path, "/auth/credentials/code");
    assert_eq!(op.summary, "Create Credential Code");
    assert_eq!(op.tags, ["Auth"]);
    assert!(op.requires_auth_token && op.requires_user_action);
    assert_eq!(dfns::Operation::find("nope"), None);
}

#[test]
fn timestamps_far_in_the_future_are_none_not_a_panic() {
    use dfns::Timestamp;
    use std::time::{Duration, SystemTime};
    assert!(Timestamp::checked_from_now(Duration::MAX).is_none());
    assert!(Timestamp::checked_from_now(Duration::from_secs(u64::MAX / 2)).is_none());
    let in_ten = Timestamp::checked_from_now(Duration::from_secs(600)).unwrap();
    let expected = chrono::Utc::now() + chrono::Duration::seconds(600);
    assert!((in_ten.to_datetime() - expected).num_seconds().abs() <= 1);
    // Exactly chrono's conversion, before and after the epoch.
    for t in [
        SystemTime::UNIX_EPOCH + Duration::new(1_700_000_000, 123_456_789),
        SystemTime::UNIX_EPOCH - Duration::new(86_400, 5),
        SystemTime::UNIX_EPOCH,
    ] {
        let ours = Timestamp::checked_from_system_time(t).unwrap();
        assert_eq!(ours.to_datetime(), chrono::DateTime::<chrono::Utc>::from(t));
        assert_eq!(Timestamp::from(t), ours);
    }
    // The plain form still panics, as documented.
    assert!(std::panic::catch_unwind(|| Timestamp::from_now(Duration::MAX)).is_err());
}
