//! Runs progenitor on the translated document.

use std::collections::BTreeSet;

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;
use schemars::schema::{InstanceType, NumberValidation, Schema, SchemaObject, SubschemaValidation};
use serde_json::Value;

use crate::diagnostics::{child, SpecError};

const HINT_GENERATOR: &str =
    "the translated document is valid OpenAPI 3.0 but progenitor cannot generate it; \
     add a translation rule in codegen/src/rules.rs for this construct";

/// The generated client source, and each operation's success body type.
pub struct GeneratedClient {
    pub source: String,
    /// `(operation name, type)`, see [`crate::rust::response_types`].
    pub response_types: Vec<(String, String)>,
    /// Enums without variants: types no value decodes into.
    pub empty_types: Vec<String>,
    /// `alias -> type` for the types generated once (see
    /// [`crate::rust::identical_types`]).
    pub merged_types: std::collections::BTreeMap<String, String>,
    /// Each type generated once for several names: its name, the step of
    /// [`crate::rust::merged_names`] that chose it, its number of names.
    pub merged_names: Vec<(String, crate::rust::merged_names::Step, usize)>,
    /// `(enum, old, new)`: the positional variants named by what they hold
    /// (see [`crate::rust::variant_names`]).
    pub renamed_variants: Vec<(String, String, String)>,
    /// Operations whose `send()` keeps progenitor's own tail (see
    /// [`crate::rust::shared_send`]).
    pub unshared_sends: Vec<String>,
    /// `operation.parameter`: bounded query parameters whose setter the
    /// bounds pass did not find (see [`crate::rust::query_bounds`]).
    pub unchecked_bounds: Vec<String>,
    /// Request-only types that cannot refuse unknown keys (a `flatten`
    /// field; see [`crate::rust::strict_requests`]).
    pub flattened_requests: Vec<String>,
}

/// Deserializes the 3.0 document and generates the client.
/// `uploads` are the operations [`crate::document::uploads::prepare`] rewrote.
pub fn generate_client(
    doc: Value,
    uploads: &std::collections::BTreeSet<String>,
    every_tag: bool,
) -> Result<GeneratedClient, SpecError> {
    // Webhook event data: decoded like responses (see `webhook_events`).
    let received_roots: Vec<(String, String)> = doc
        .get(crate::document::webhook_events::ROOTS_KEY)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(kind, reference)| {
            let name = reference
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(crate::document::component_name)?;
            Some((format!("webhook {kind}"), name.to_owned()))
        })
        .collect();
    // The names Dfns gives; not those the crate makes for webhook event
    // data (`WalletTransferFailedData` would name a confirmed transfer's).
    let components: BTreeSet<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().cloned().collect::<BTreeSet<String>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|name| !received_roots.iter().any(|(_, root)| root == name))
        .collect();
    let query_bounds = crate::rust::query_bounds::collect(&doc);
    let spec: openapiv3::OpenAPI = parse_openapi(doc)?;

    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(crate::client::ClientState))
        // Maps serialize in key order: a body serialized twice (delegated
        // signing: once for the challenge, once to send) gives the same bytes.
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("schemars::JsonSchema")
        .with_conversion(
            timestamp_schema(),
            "crate::Timestamp",
            [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
        );

    // progenitor reports some unsupported shapes with a panic (`todo!`,
    // `assert!`); turn those into a build error instead of a backtrace.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(move || {
        let mut generator = Generator::new(&settings);
        generator.generate_tokens(&spec)
    });
    std::panic::set_hook(previous_hook);

    match result {
        Ok(Ok(tokens)) => postprocess(
            tokens,
            uploads,
            &received_roots,
            &components,
            &query_bounds,
            every_tag,
        )
        .map_err(|e| {
            SpecError::new(
                "",
                format!("cannot post-process the generated code: {e}"),
                HINT_GENERATOR,
            )
        }),
        Ok(Err(e)) => Err(SpecError::new(
            "",
            format!("progenitor failed: {e}"),
            HINT_GENERATOR,
        )),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            Err(SpecError::new(
                "",
                format!("progenitor crashed: {message}"),
                HINT_GENERATOR,
            ))
        }
    }
}

/// The passes over progenitor's output: open enums, the crate's error
/// type, `JsonSchema` behind the `schemars` feature, ..., and last, one
/// type for identical types.
fn postprocess(
    tokens: proc_macro2::TokenStream,
    uploads: &std::collections::BTreeSet<String>,
    received_roots: &[(String, String)],
    components: &BTreeSet<String>,
    query_bounds: &std::collections::BTreeMap<String, Vec<crate::rust::query_bounds::Bound>>,
    every_tag: bool,
) -> Result<GeneratedClient, syn::Error> {
    let mut file: syn::File = syn::parse2(tokens)?;
    let failed = |e: String| syn::Error::new(proc_macro2::Span::call_site(), e);
    let response_types = crate::rust::response_types::response_types(&file).map_err(failed)?;
    let mut roots = response_types.clone();
    roots.extend_from_slice(received_roots);
    let lenient = crate::rust::lenient_responses::analyse(&file, &roots);
    crate::rust::open_enums::open_enums(
        &mut file,
        &crate::rust::open_enums::Openable {
            response_types: &lenient.response_types,
            single_values: &lenient.open_single_values,
            closed: &lenient.closed_discriminators,
        },
    );
    crate::rust::lenient_responses::apply(&mut file, &lenient);
    let only = |these: &BTreeSet<String>, not: &BTreeSet<String>| -> BTreeSet<String> {
        these.difference(not).cloned().collect()
    };
    let (responses, requests) = (&lenient.response_types, &lenient.request_types);
    crate::rust::response_builders::remove_builders(&mut file, &only(responses, requests));
    let strictness =
        crate::rust::strict_requests::deny_unknown_keys(&mut file, &only(requests, responses));
    crate::rust::error_type_rewrite::use_crate_error(&mut file).map_err(failed)?;
    crate::rust::path_encoding::encode_path_segments_in_crate(&mut file);
    crate::rust::schemars_feature::gate_json_schema(&mut file);
    crate::rust::pagination::add_streams(&mut file);
    let unchecked_bounds = crate::rust::query_bounds::check_bounds(&mut file, query_bounds);
    crate::rust::upload_builders::patch_builders(&mut file, uploads).map_err(failed)?;
    crate::rust::client_constructors::hide_client_constructors(&mut file).map_err(failed)?;
    crate::rust::doc_comments::make_doc_comments_safe(&mut file);
    // After every pass that reads an operation id from `OperationInfo`.
    let unshared_sends = crate::rust::shared_send::share_send_tails(&mut file);
    let empty_types = empty_enums(&file);
    // Last: only types every other pass left identical are merged.
    let received = only(responses, requests);
    let operations = operation_builders(&file);
    let merged = crate::rust::identical_types::merge_identical_types(
        &mut file,
        &crate::rust::identical_types::NameSources {
            components,
            operations: &operations,
            received: &received,
            every_tag,
        },
    );
    // After the merge (variant paths through every alias are renamed).
    let renamed_variants = crate::rust::variant_names::name_variants(&mut file, &merged.aliases);
    Ok(GeneratedClient {
        response_types,
        empty_types,
        renamed_variants,
        merged_types: merged.aliases,
        merged_names: merged.names,
        unshared_sends,
        unchecked_bounds,
        flattened_requests: strictness.flattened.into_iter().collect(),
        source: prettyplease::unparse(&file),
    })
}

/// Generates the client; if progenitor rejects the document, leaves out the
/// operations it rejects (found by bisection, see
/// [`crate::operations::unsupported`]) and generates the rest. Fails as
/// before when no single operation is to blame.
pub(crate) fn generate_skipping_rejected(
    doc: &mut Value,
    operations: &mut Vec<crate::operations::Operation>,
    skipped: &mut Vec<crate::operations::unsupported::Skipped>,
    uploads: &std::collections::BTreeSet<String>,
    every_tag: bool,
) -> Result<GeneratedClient, SpecError> {
    use crate::operations::unsupported;
    let error = match generate_client(doc.clone(), uploads, every_tag) {
        Ok(client) => return Ok(client),
        Err(e) => e,
    };
    let generates = |d: Value| generate_client(d, uploads, every_tag).is_ok();
    let rejected = unsupported::find_rejected(doc, operations, &generates);
    if rejected.is_empty() {
        return Err(error);
    }
    for &i in rejected.iter().rev() {
        let op = operations.remove(i);
        let pointer = unsupported::pointer_of(&op);
        unsupported::remove_operation(doc, &pointer);
        skipped.push(unsupported::Skipped {
            reason: format!("the generator rejects it: {}", error.problem),
            name: op.name,
            method: op.method,
            path: op.path,
            pointer,
        });
    }
    generate_client(doc.clone(), uploads, every_tag)
}

/// The operations' builder names (`GetWallet`), in progenitor's `mod builder`.
fn operation_builders(file: &syn::File) -> BTreeSet<String> {
    crate::rust::layout::module_items(&file.items, "builder")
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The names of enums without variants, in `mod types`.
fn empty_enums(file: &syn::File) -> Vec<String> {
    let types = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
        _ => None,
    });
    types
        .into_iter()
        .flat_map(|(_, items)| items)
        .filter_map(|item| match item {
            syn::Item::Enum(e) if e.variants.is_empty() => Some(e.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The translated form of Dfns's "date-time or unix seconds" schema,
/// `anyOf: [{type: string, format: date-time}, {type: integer, exclusiveMinimum: 0}]`,
/// exactly as progenitor hands it to typify; every schema of that shape
/// becomes the handwritten `crate::Timestamp`.
pub fn timestamp_schema() -> SchemaObject {
    let date_time = SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        format: Some("date-time".into()),
        ..Default::default()
    };
    let positive_integer = SchemaObject {
        instance_type: Some(InstanceType::Integer.into()),
        number: Some(Box::new(NumberValidation {
            minimum: Some(1.0),
            ..Default::default()
        })),
        ..Default::default()
    };
    SchemaObject {
        subschemas: Some(Box::new(SubschemaValidation {
            one_of: Some(vec![
                Schema::Object(date_time),
                Schema::Object(positive_integer),
            ]),
            ..Default::default()
        })),
        ..Default::default()
    }
}

/// Deserializes the document; on failure, finds the deepest pointer it can.
fn parse_openapi(doc: Value) -> Result<openapiv3::OpenAPI, SpecError> {
    let error = match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&doc) {
        Ok(spec) => return Ok(spec),
        Err(e) => e,
    };
    let mut pointer = path_to_pointer(error.path());
    let mut message = error.inner().to_string();
    // `paths` is a flattened map, which hides the position inside it:
    // deserialize path items one by one to find the failing one.
    if pointer == "/paths" || pointer.is_empty() {
        for (path, item) in doc
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Err(e) = serde_path_to_error::deserialize::<_, openapiv3::PathItem>(item) {
                pointer = format!("{}{}", child("/paths", path), path_to_pointer(e.path()));
                message = e.inner().to_string();
                break;
            }
        }
    }
    Err(SpecError::new(
        &pointer,
        format!("not a valid OpenAPI 3.0 document after translation: {message}"),
        "if the document is valid OpenAPI 3.1, a translation rule is missing in codegen/src/rules.rs",
    ))
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        pointer = match segment {
            Segment::Seq { index } => child(&pointer, &index.to_string()),
            Segment::Map { key } => child(&pointer, key),
            Segment::Enum { .. } | Segment::Unknown => pointer,
        };
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn invalid_3_0_document_reports_pointer() {
        let doc = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"200": {"description": 5}}}}}
        });
        let Err(err) = generate_client(doc, &Default::default(), true) else {
            panic!("the document is invalid")
        };
        // `responses` is a flattened map too: the pointer stops at it.
        assert_eq!(err.pointer, "/paths/~1a/get/responses");
        assert!(err.problem.contains("expected a string"), "{err}");
    }
}
