//! The fixture documents through the generator: the constructs document
//! generates (CI also compiles and tests it, see tests/constructs.rs), and
//! each unsupported construct fails with the JSON pointer of the problem.

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn generate(name: &str) -> Result<dfns_codegen::Generated, dfns_codegen::SpecError> {
    let text = std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap();
    dfns_codegen::generate(&text)
}

/// The single docs page users most often download builds the crate on its
/// own, and the vendored whole API has its operation with the same schema.
#[test]
fn the_docs_page_is_the_whole_apis_operation() {
    let page = generate("create-credential-code-1.807.0.yaml").unwrap();
    assert_eq!(page.spec_version, "1.807.0");
    let names: Vec<&str> = page.operations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["create_credential_code"]);
    // A page lacks the idempotent operations (transfers…): one line says so.
    assert_eq!(page.warnings.0.len(), 1, "{:?}", page.warnings.0);
    assert!(page.warnings.0[0].contains("IDEMPOTENT_OPERATIONS"));

    let read =
        |path: &str| dfns_codegen::parse_yaml(&std::fs::read_to_string(path).unwrap()).unwrap();
    let whole = read(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml"));
    let page = read(&format!("{FIXTURES}/create-credential-code-1.807.0.yaml"));
    let operation = "/paths/~1auth~1credentials~1code/post";
    for part in ["requestBody", "responses", "security", "summary"] {
        let pointer = format!("{operation}/{part}");
        assert_eq!(whole.pointer(&pointer), page.pointer(&pointer), "{pointer}");
    }
}

/// A docs page for a webhook has no operation (`paths: {}`) and, in
/// v2.0.155, no `webhooks` either: it still generates, with no operation
/// and no event (every delivery decodes as `Event::Unknown`).
#[test]
fn a_webhook_docs_page_without_paths_generates() {
    let page = generate("webhook-page-2.0.155.yaml").unwrap();
    assert!(page.operations.is_empty());
    assert!(page
        .webhook_events
        .contains("pub const EVENT_KINDS: &[&str] = &[\n];"));
    assert!(page.client.contains("pub struct Client"));
}

#[test]
fn the_constructs_fixture_generates() {
    let generated = generate("constructs.yaml").unwrap();
    let names: Vec<&str> = generated
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "fixture_bounds",
            "fixture_combinations",
            "fixture_drift",
            "fixture_hold_a",
            "fixture_hold_b",
            "fixture_nullable",
            "fixture_transfer",
            "fixture_typed_data",
            "keys_list_signatures",
            "list_wallets",
            "upload_clone_output",
            "upload_genesis_output",
            "wallets_list_signatures"
        ]
    );
    let signed: Vec<&str> = generated
        .operations
        .iter()
        .filter(|o| o.requires_user_action)
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        signed,
        [
            "fixture_bounds",
            "fixture_typed_data",
            "upload_clone_output"
        ]
    );
    let skipped: Vec<&str> = generated.skipped.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(skipped, ["fixture_import_csv"]);
    // Maps are ordered, so a body serializes to the same bytes every time.
    assert!(generated.client.contains("BTreeMap"));
    assert!(!generated.client.contains("HashMap"));
    // The date-time-or-seconds schema is the handwritten Timestamp.
    assert!(generated.client.contains("crate::Timestamp"));
    // Identical schemas are generated once, named for what both names
    // mean (not after the operation `fixture_hold_a`); every name is an alias.
    for name in ["FixtureHoldABody", "FixtureHoldBBody"] {
        assert_eq!(
            generated.merged_types.get(name).map(String::as_str),
            Some("HoldBody")
        );
        assert!(generated
            .client
            .contains(&format!("pub type {name} = HoldBody;")));
    }
    // Formatted: one item per line, not one line of tokens.
    assert!(generated.client.lines().count() > 1000);
    // Inline copies of the Network enum are the one named type.
    assert!(
        !generated.client.contains("OtherNetwork"),
        "inline enum copy generated"
    );
}

#[test]
fn unsupported_constructs_fail_with_their_pointer() {
    let cases = [
        (
            "prefix_items.yaml",
            "/paths/~1pair/get/responses/200/content/application~1json/schema/prefixItems",
        ),
        ("defs.yaml", "/components/schemas/Thing/$defs"),
        (
            "conditional.yaml",
            "/paths/~1thing/post/requestBody/content/application~1json/schema/if",
        ),
    ];
    for (file, pointer) in cases {
        let err = generate(&format!("unsupported/{file}")).unwrap_err();
        assert_eq!(err.pointer, pointer, "{file}");
        assert!(err.to_string().contains("what to do"), "{file}: {err}");
    }
}
