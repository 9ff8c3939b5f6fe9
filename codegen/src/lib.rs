//! Build-time code generation for the `dfns` crate. The tree is the
//! pipeline (see ARCHITECTURE.md):
//!
//! ```text
//! openapi.yaml ─▶ document/   YAML → JSON; 3.1 → 3.0 rules, combinators, shared enums,
//!                             responses shaped, upload bodies turned into their JSON part
//!              ─▶ operations/ names, the operation table, tag features, skipped operations,
//!                             canned mock bodies
//!              ─▶ rust/       progenitor, then each pass over its Rust (open enums, lenient
//!                             responses, the crate's error type, streams, uploads, …)
//!              ─▶ OUT_DIR     client.rs, operations.rs, mock_tables.rs, send_check.rs, …
//! ```
//!
//! Every failure is a [`SpecError`] carrying the JSON pointer of the problem
//! (`diagnostics`). [`diff`] compares two documents for a spec bump.

mod diagnostics;
pub mod diff;
mod document;
mod operations;
mod rust;

use serde_json::Value;

pub use diagnostics::{SpecError, Warnings};
pub use document::parse_yaml;
pub use operations::features::TagSelection;
pub use operations::unsupported::Skipped;
pub use operations::Operation;
pub use rust::merged_names::Step as NamingStep;

/// Everything the build writes to `OUT_DIR`.
#[derive(Debug)]
pub struct Generated {
    /// The progenitor client (types, builders, `Client` methods).
    pub client: String,
    /// `alias -> type`: the types generated once because the document
    /// defines them alike; each alias is a `pub type` of its type.
    pub merged_types: std::collections::BTreeMap<String, String>,
    /// Each type generated once for several names: its name, the step of
    /// the naming rule that chose it, and its number of names.
    pub merged_names: Vec<(String, NamingStep, usize)>,
    /// `(enum, old, new)`: untagged unions' positional variants (`Variant0`)
    /// named by the constants or the type they hold.
    pub renamed_variants: Vec<(String, String, String)>,
    /// A Rust slice expression of `crate::Operation`, sorted by name.
    pub operations_table: String,
    /// `every_operation_future_is_send`, for `tests/send_futures.rs`.
    pub send_check: String,
    /// The rows of that table.
    pub operations: Vec<Operation>,
    /// The canned bodies and body decoders of `dfns::mock` (`operations::mock_bodies`).
    pub mock_tables: String,
    /// `info.version` of the document.
    pub spec_version: String,
    /// Operations left out because they cannot be generated.
    pub skipped: Vec<Skipped>,
    /// `SKIPPED_OPERATIONS`: a Rust slice expression of `crate::SkippedOperation`.
    pub skipped_table: String,
    /// `IDEMPOTENT_OPERATIONS`: a Rust slice expression of `crate::IdempotentOperation`.
    pub idempotent_table: String,
    /// `dfns::webhooks::Event` and `EVENT_KINDS`, from the document's `webhooks`.
    pub webhook_events: String,
    /// The waiters' terminal statuses (`operations::waiters`).
    pub terminal_statuses: String,
    /// What the build prints as `cargo:warning`.
    pub warnings: Warnings,
}

/// Runs the whole pipeline on the text of an OpenAPI document, for every operation.
pub fn generate(spec_text: &str) -> Result<Generated, SpecError> {
    generate_selected(spec_text, &TagSelection::all())
}

/// Runs the pipeline, generating only the operations `selection` includes.
/// Operation names are given before the selection, so they do not depend on
/// it; merged types get new names only when it includes every tag.
pub fn generate_selected(
    spec_text: &str,
    selection: &TagSelection,
) -> Result<Generated, SpecError> {
    let mut doc = parse_yaml(spec_text)?;
    if !doc.is_object() {
        return Err(SpecError::new(
            "",
            "the document must be a YAML mapping",
            "",
        ));
    }
    let mut warnings = Warnings::default();
    // Read before any rewrite: the list names the document's own paths.
    operations::idempotent::check(&doc, &mut warnings);
    operations::waiters::check(&doc, &mut warnings);
    // Merged types get new names only when every operation and event is
    // generated: with fewer, the sets differ, and a new name would come or
    // go, or change meaning, as features are turned on (rust::merged_names).
    let every_tag = operations::features::includes_every_tag(&doc, selection);
    // Stage 1: the document.
    let events = document::webhook_events::extract(&mut doc, selection, &mut warnings);
    document::normalize::normalize(&mut doc, &mut warnings)?;
    document::webhook_events::relax(&mut doc, &events, &mut warnings);
    // Stage 2: the operations.
    let mut operations = operations::collect(&mut doc, &mut warnings)?;
    operations::features::apply(&mut doc, &mut operations, selection);
    let spec_version = doc
        .pointer("/info/version")
        .and_then(Value::as_str)
        .ok_or_else(|| SpecError::new("/info/version", "missing `info.version`", ""))?
        .to_owned();
    let mut skipped = Vec::new();
    let uploads = document::uploads::prepare(&mut doc, &mut operations, &mut skipped);
    skipped.extend(operations::unsupported::skip_unsendable_bodies(
        &mut doc,
        &mut operations,
    ));
    // Stage 3: progenitor and the passes over its Rust.
    let client = rust::generate::generate_skipping_rejected(
        &mut doc,
        &mut operations,
        &mut skipped,
        &uploads,
        every_tag,
    )?;
    for s in &skipped {
        warnings.push(
            &s.pointer,
            format!(
                "operation `{}` ({} {}) is not generated: {}",
                s.name, s.method, s.path, s.reason
            ),
        );
    }
    let canned = operations::mock_bodies::canned_responses(&doc, &operations);
    let canned_events = operations::mock_bodies::canned_event_data(&doc, &events);
    if !client.unshared_sends.is_empty() {
        warnings.push(
            "",
            format!(
                "the `send()` of {} does not end as progenitor {} ends it, so it keeps its own \
                 copy (it works, and costs more to compile); update codegen/src/rust/shared_send.rs",
                client.unshared_sends.join(", "),
                rust::PROGENITOR_VERSION
            ),
        );
    }
    if !client.unchecked_bounds.is_empty() {
        warnings.push(
            "",
            format!(
                "the bounds of {} are not checked: progenitor {} names their setters \
                 differently; update codegen/src/rust/query_bounds.rs",
                client.unchecked_bounds.join(", "),
                rust::PROGENITOR_VERSION
            ),
        );
    }
    if !client.flattened_requests.is_empty() {
        warnings.push(
            "",
            format!(
                "request type(s) {} have a flattened field, so serde cannot make them refuse \
                 keys they do not have: read from JSON, such a body may lose a key before it is \
                 signed; see codegen/src/rust/strict_requests.rs",
                client.flattened_requests.join(", ")
            ),
        );
    }
    for name in &client.empty_types {
        warnings.push(
            "",
            format!(
                "type `{name}` has no variants, so no value decodes into it and the operations \
                 using it always fail; add a rewrite of its schema in codegen/src/document/combinators.rs"
            ),
        );
    }
    Ok(Generated {
        client: client.source,
        merged_types: client.merged_types,
        merged_names: client.merged_names,
        renamed_variants: client.renamed_variants,
        mock_tables: operations::mock_bodies::render(
            &canned,
            &client.response_types,
            &canned_events,
        ),
        operations_table: operations::render(&operations),
        skipped_table: operations::unsupported::render(&skipped),
        idempotent_table: operations::idempotent::render(),
        webhook_events: document::webhook_events::render(&events),
        terminal_statuses: operations::waiters::render(),
        skipped,
        send_check: operations::render_send_check(&operations),
        operations,
        spec_version,
        warnings,
    })
}

/// The body of the `dfns` build script: reads `openapi.yaml` (or the file
/// named by `DFNS_OPENAPI_SPEC`), writes the generated sources to `OUT_DIR`,
/// and on a bad document prints the error and exits without a backtrace.
pub fn build_script_main() {
    if let Err(message) = try_build_script() {
        eprintln!("\nerror: dfns could not generate its client\n{message}\n");
        std::process::exit(1);
    }
}

fn try_build_script() -> Result<(), String> {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    println!("cargo:rerun-if-env-changed=DFNS_OPENAPI_SPEC");
    let overridden = std::env::var("DFNS_OPENAPI_SPEC")
        .ok()
        .filter(|p| !p.is_empty());
    let spec_path = match &overridden {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::Path::new(&manifest_dir).join("openapi.yaml"),
    };
    println!("cargo:rerun-if-changed={}", spec_path.display());
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let manifest_path = std::path::Path::new(&manifest_dir).join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
    let selection = TagSelection::from_manifest(&manifest, std::env::vars())?;
    let generated = generate_selected(&text, &selection)
        .map_err(|e| format!("{}: {e}", spec_path.display()))?;
    // `#[cfg(dfns_op = "list_wallets")]` lets tests and examples depend on
    // operations that only some spec versions have.
    println!("cargo::rustc-check-cfg=cfg(dfns_op, values(any()))");
    for op in &generated.operations {
        println!("cargo::rustc-cfg=dfns_op=\"{}\"", op.name);
    }
    // `#[cfg(dfns_spec = "1.578.2")]`: tests of one document's names.
    println!("cargo::rustc-check-cfg=cfg(dfns_spec, values(any()))");
    println!("cargo::rustc-cfg=dfns_spec=\"{}\"", generated.spec_version);
    let package_version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    if let Some(message) = version_metadata_mismatch(&package_version, &generated.spec_version) {
        if overridden.is_none() {
            println!("cargo:warning={message}");
        }
    }
    for w in &generated.warnings.0 {
        println!("cargo:warning={}: {w}", spec_path.display());
    }
    let write = |name: &str, contents: &str| {
        std::fs::write(out_dir.join(name), contents)
            .map_err(|e| format!("cannot write {name}: {e}"))
    };
    write("client.rs", &generated.client)?;
    write("operations.rs", &generated.operations_table)?;
    write("mock_tables.rs", &generated.mock_tables)?;
    write("send_check.rs", &generated.send_check)?;
    write("skipped_operations.rs", &generated.skipped_table)?;
    write("idempotent_operations.rs", &generated.idempotent_table)?;
    write("webhook_events.rs", &generated.webhook_events)?;
    write("terminal_statuses.rs", &generated.terminal_statuses)?;
    write("spec_version.rs", &format!("{:?}", generated.spec_version))?;
    Ok(())
}

/// The crate version's build metadata names the spec it was released with
/// (`0.1.0+1.807.0`); after a bump it should be updated at release.
pub fn version_metadata_mismatch(package_version: &str, spec_version: &str) -> Option<String> {
    let metadata = package_version
        .split_once('+')
        .map(|(_, m)| m)
        .unwrap_or("");
    (metadata != spec_version).then(|| {
        format!(
            "openapi.yaml is Dfns API {spec_version} but the crate version is {package_version}; \
             set the version's build metadata to +{spec_version} when releasing"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_metadata_must_name_the_spec() {
        assert_eq!(version_metadata_mismatch("0.1.0+1.807.0", "1.807.0"), None);
        assert!(version_metadata_mismatch("0.1.0+1.807.0", "1.900.0")
            .unwrap()
            .contains("+1.900.0"));
        assert!(version_metadata_mismatch("0.1.0", "1.807.0").is_some());
    }

    #[test]
    fn yaml_1_1_booleans_stay_strings() {
        let v = parse_yaml("a: [y, n, yes, no, on, off, true, false]").unwrap();
        assert_eq!(
            v,
            serde_json::json!({"a": ["y", "n", "yes", "no", "on", "off", true, false]})
        );
    }

    #[test]
    fn anchors_aliases_and_merge_keys_resolve() {
        let v = parse_yaml("a: &x {k: 1}\nb: *x\nc:\n  <<: *x\n  j: 2\n").unwrap();
        assert_eq!(
            v,
            serde_json::json!({"a": {"k": 1}, "b": {"k": 1}, "c": {"k": 1, "j": 2}})
        );
    }

    #[test]
    fn every_send_ends_in_the_shared_call() {
        // Fails when a progenitor upgrade changes how `send()` ends (see
        // `rust::shared_send`): every operation would compile its own copy.
        let spec = r#"
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
    delete:
      operationId: deleteA
      responses:
        "204": {description: gone}
"#;
        let generated = generate(spec).unwrap();
        assert!(
            generated
                .client
                .contains("crate::response::send_operation(client, request, \"get_a\")"),
            "{}",
            generated.client
        );
        assert!(
            generated
                .client
                .contains("crate::response::send_operation_empty(client, request, \"delete_a\")"),
            "{}",
            generated.client
        );
        assert!(
            !generated.warnings.0.iter().any(|w| w.contains("send()")),
            "{:?}",
            generated.warnings.0
        );
    }

    #[test]
    fn types_no_value_fits_are_warned_about() {
        let spec = r#"
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                allOf:
                  - {type: string, enum: [a]}
                  - {type: string, enum: [b]}
"#;
        let generated = generate(spec).unwrap();
        assert!(
            generated
                .warnings
                .0
                .iter()
                .any(|w| w.contains("has no variants") && w.contains("GetAResponse")),
            "{:?}",
            generated.warnings.0
        );
    }

    const TWO_OPERATIONS: &str = r#"
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /ok:
    get:
      operationId: getOk
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
  /odd:
    post:
      operationId: postOdd
      REPLACE
      responses:
        "200": {description: ok}
"#;

    #[test]
    fn an_operation_in_an_unsupported_content_type_is_skipped_loudly() {
        let spec = TWO_OPERATIONS.replace(
            "REPLACE",
            "requestBody: {content: {text/csv: {schema: {type: string}}}}",
        );
        let generated = generate(&spec).unwrap();
        let names: Vec<&str> = generated
            .operations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert_eq!(names, ["get_ok"]);
        assert_eq!(generated.skipped.len(), 1);
        assert_eq!(generated.skipped[0].name, "post_odd");
        assert!(generated.skipped_table.contains("post_odd"));
        assert!(!generated.client.contains("post_odd"));
        assert!(
            generated
                .warnings
                .0
                .iter()
                .any(|w| w.contains("/paths/~1odd/post")
                    && w.contains("post_odd")
                    && w.contains("text/csv")),
            "{:?}",
            generated.warnings.0
        );
    }

    #[test]
    fn an_operation_the_generator_rejects_is_skipped_and_the_rest_generated() {
        let spec = TWO_OPERATIONS.replace(
            "REPLACE",
            "parameters: [{name: session, in: cookie, required: true, schema: {type: string}}]",
        );
        let generated = generate(&spec).unwrap();
        let names: Vec<&str> = generated
            .operations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert_eq!(names, ["get_ok"]);
        assert_eq!(generated.skipped[0].name, "post_odd");
        assert!(
            generated.skipped[0].reason.contains("generator rejects"),
            "{:?}",
            generated.skipped
        );
    }

    #[test]
    fn a_document_without_paths_still_fails() {
        assert!(generate("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: 3\n").is_err());
        assert!(generate("just text").is_err());
    }

    #[test]
    fn invalid_yaml_is_a_spec_error() {
        let err = parse_yaml("a: [unclosed").unwrap_err();
        assert!(err.problem.contains("not valid YAML"), "{err}");
    }
}
