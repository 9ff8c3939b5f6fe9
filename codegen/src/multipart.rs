//! Operations whose request body is `multipart/form-data` (the key-store
//! output uploads). progenitor cannot generate them, so:
//!
//! 1. [`prepare`] rewrites each one's body, before progenitor, into the JSON
//!    object of its non-file properties (the `data` part the official SDKs
//!    send), so progenitor generates the builder, the typed body, the path
//!    parameters and the response as for any operation;
//! 2. [`patch_builders`] then gives that builder `file(bytes)` and
//!    `file_name(name)`, and makes its `send()` put the two-part body on the
//!    request (`crate::multipart::attach`) instead of `.json(&body)`.
//!
//! The transport signs the `data` part, retries like any operation, and the
//! mock checks the signature over `data` and the file's checksum.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};
use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Item};

use crate::generated_layout::{builder_items_mut, operation_id, send_fn};
use crate::operations::Operation;
use crate::unsupported::{pointer_of, remove_operation, Skipped};

const MULTIPART: &str = "multipart/form-data";

/// A property that is the uploaded file.
fn is_file(schema: &Value) -> bool {
    schema.get("format").and_then(Value::as_str) == Some("binary")
        || schema.get("contentMediaType").is_some()
        || schema.get("contentEncoding").and_then(Value::as_str) == Some("binary")
}

/// Rewrites every multipart operation's body to its JSON part; returns
/// their names. An upload this cannot understand (not exactly one file
/// property, no object schema) is left out, listed in `skipped`.
pub fn prepare(
    doc: &mut Value,
    operations: &mut Vec<Operation>,
    skipped: &mut Vec<Skipped>,
) -> BTreeSet<String> {
    let mut prepared = BTreeSet::new();
    let mut left_out = Vec::new();
    let components = doc
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or(Value::Null);
    operations.retain(|op| {
        let content_ptr = format!("{}/requestBody/content", pointer_of(op));
        let Some(Value::Object(content)) = doc.pointer_mut(&content_ptr) else {
            return true;
        };
        let json_offered = content.keys().any(|ct| ct.contains("json"));
        let Some(media) = content.get(MULTIPART) else {
            return true;
        };
        if json_offered {
            content.remove(MULTIPART);
            return true;
        }
        let schema = media.get("schema").cloned().unwrap_or(Value::Null);
        match data_part(&schema, &components) {
            Ok(data) => {
                *content =
                    Map::from_iter([("application/json".to_owned(), json!({"schema": data}))]);
                prepared.insert(op.name.clone());
                true
            }
            Err(reason) => {
                left_out.push(pointer_of(op));
                skipped.push(Skipped {
                    name: op.name.clone(),
                    method: op.method.clone(),
                    path: op.path.clone(),
                    pointer: format!("{content_ptr}/{}", MULTIPART.replace('/', "~1")),
                    reason,
                });
                false
            }
        }
    });
    for pointer in left_out {
        remove_operation(doc, &pointer);
    }
    prepared
}

/// The schema of the `data` part: the upload's object schema without its
/// one file property.
fn data_part(schema: &Value, components: &Value) -> Result<Value, String> {
    let resolved = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix("#/components/schemas/")
            .and_then(|name| components.get(name))
            .cloned()
            .ok_or_else(|| format!("its multipart schema `{r}` cannot be resolved"))?,
        None => schema.clone(),
    };
    let Some(properties) = resolved.get("properties").and_then(Value::as_object) else {
        return Err("its multipart body is not an object with properties".into());
    };
    let files: Vec<&String> = properties
        .iter()
        .filter(|(_, s)| is_file(s))
        .map(|(k, _)| k)
        .collect();
    if files.len() != 1 {
        return Err(format!(
            "its multipart body has {} file properties; one (`format: binary`) is supported",
            files.len()
        ));
    }
    let mut data = resolved.clone();
    if let Some(Value::Object(props)) = data.get_mut("properties") {
        props.remove(files[0].as_str());
    }
    if let Some(Value::Array(required)) = data.get_mut("required") {
        required.retain(|r| r.as_str() != Some(files[0].as_str()));
    }
    Ok(data)
}

/// Gives the builders of the `prepared` operations `file`/`file_name` and
/// a `send()` that attaches the two-part body. Fails when a builder's
/// `send()` does not have the `.json(&body)` call this replaces (a changed
/// progenitor), so an upload can never go out as plain JSON.
pub fn patch_builders(file: &mut syn::File, prepared: &BTreeSet<String>) -> Result<(), String> {
    if prepared.is_empty() {
        return Ok(());
    }
    let Some(builder) = builder_items_mut(file) else {
        return Err("multipart: progenitor's output has no `builder` module".into());
    };
    // The builder struct of each prepared operation, found by its send().
    let mut structs = BTreeSet::new();
    for item in builder.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        let Some(op) = operation_of(imp) else {
            continue;
        };
        if !prepared.contains(&op) {
            continue;
        }
        let syn::Type::Path(p) = &*imp.self_ty else {
            continue;
        };
        let Some(name) = p.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        let mut patch = SendPatch { replaced: 0 };
        patch.visit_item_impl_mut(imp);
        if patch.replaced != 1 {
            return Err(format!(
                "multipart: `{op}`'s send() has {} `.json(&body)` calls, expected 1; \
                 this progenitor version needs the pass updated",
                patch.replaced
            ));
        }
        imp.items.push(parse_quote! {
            /// The file to upload (the `file` part). Required.
            pub fn file(mut self, bytes: impl ::std::convert::Into<::bytes::Bytes>) -> Self {
                self.file = ::std::option::Option::Some(bytes.into());
                self
            }
        });
        imp.items.push(parse_quote! {
            /// The file name sent with the file (default `file`).
            pub fn file_name(mut self, name: impl ::std::convert::Into<::std::string::String>) -> Self {
                self.file_name = ::std::option::Option::Some(name.into());
                self
            }
        });
        structs.insert(name);
    }
    if structs.len() != prepared.len() {
        return Err(format!(
            "multipart: found the builders of {} of the {} upload operations",
            structs.len(),
            prepared.len()
        ));
    }
    for item in builder.iter_mut() {
        if let Item::Struct(s) = item {
            if structs.contains(&s.ident.to_string()) {
                if let syn::Fields::Named(named) = &mut s.fields {
                    named
                        .named
                        .push(parse_quote!(file: ::std::option::Option<::bytes::Bytes>));
                    named.named.push(
                        parse_quote!(file_name: ::std::option::Option<::std::string::String>),
                    );
                }
            }
        }
    }
    Ok(())
}

fn operation_of(imp: &syn::ItemImpl) -> Option<String> {
    operation_id(send_fn(imp)?)
}

/// In `new()`: the two new fields start empty; in `send()`: they are taken
/// out of `self`, and `.json(&body)` becomes the two-part body.
struct SendPatch {
    replaced: usize,
}

impl VisitMut for SendPatch {
    fn visit_expr_struct_mut(&mut self, s: &mut syn::ExprStruct) {
        visit_mut::visit_expr_struct_mut(self, s);
        if s.path.is_ident("Self") && s.rest.is_none() {
            s.fields
                .push(parse_quote!(file: ::std::option::Option::None));
            s.fields
                .push(parse_quote!(file_name: ::std::option::Option::None));
        }
    }

    fn visit_pat_struct_mut(&mut self, p: &mut syn::PatStruct) {
        visit_mut::visit_pat_struct_mut(self, p);
        if p.path.is_ident("Self") {
            let extra: syn::Pat = parse_quote!(Self { file, file_name });
            if let syn::Pat::Struct(extra) = extra {
                p.fields.extend(extra.fields);
            }
        }
    }

    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let syn::Expr::MethodCall(call) = e {
            if call.method == "json" && call.args.len() == 1 {
                let receiver = &call.receiver;
                let body = &call.args[0];
                *e = parse_quote!(crate::multipart::attach(#receiver, #body, file, file_name)?);
                self.replaced += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn op(name: &str, path: &str) -> Operation {
        Operation {
            name: name.into(),
            method: "POST".into(),
            path: path.into(),
            summary: String::new(),
            tags: Vec::new(),
            requires_auth_token: true,
            requires_user_action: true,
        }
    }

    #[test]
    fn an_upload_becomes_its_json_part() {
        let mut doc = json!({"paths": {
            "/key-stores/{storeId}/clone/output": {"post": {"requestBody": {"content": {
                "multipart/form-data": {"schema": {
                    "type": "object",
                    "properties": {
                        "walletId": {"type": "string"},
                        "file": {"type": "string", "format": "binary"}
                    },
                    "required": ["walletId", "file"]
                }}
            }}}},
            "/odd": {"post": {"requestBody": {"content": {
                "multipart/form-data": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}
            }}}}
        }});
        let mut ops = vec![
            op("upload_clone_output", "/key-stores/{storeId}/clone/output"),
            op("odd", "/odd"),
        ];
        let mut skipped = Vec::new();
        let prepared = prepare(&mut doc, &mut ops, &mut skipped);
        assert_eq!(
            prepared.into_iter().collect::<Vec<_>>(),
            ["upload_clone_output"]
        );
        let data = doc
            .pointer("/paths/~1key-stores~1{storeId}~1clone~1output/post/requestBody/content/application~1json/schema")
            .unwrap();
        assert_eq!(data["properties"], json!({"walletId": {"type": "string"}}));
        assert_eq!(data["required"], json!(["walletId"]));
        assert_eq!(skipped.len(), 1);
        assert!(
            skipped[0].reason.contains("0 file properties"),
            "{}",
            skipped[0].reason
        );
        assert_eq!(ops.len(), 1);
    }

    #[test]
    fn the_builder_gets_a_file_and_sends_two_parts() {
        let mut file: syn::File = syn::parse2(quote! {
            pub mod builder {
                pub struct UploadCloneOutput<'a> { client: &'a super::Client, body: Result<types::B, String> }
                impl<'a> UploadCloneOutput<'a> {
                    pub fn new(client: &'a super::Client) -> Self { Self { client: client, body: Ok(Default::default()) } }
                    pub async fn send(self) -> Result<ResponseValue<types::R>, Error> {
                        let Self { client, body } = self;
                        let mut request = client.client.post(url).json(&body).headers(header_map).build()?;
                        let info = OperationInfo { operation_id: "upload_clone_output" };
                        todo!()
                    }
                }
            }
        })
        .unwrap();
        let prepared = BTreeSet::from(["upload_clone_output".to_owned()]);
        patch_builders(&mut file, &prepared).unwrap();
        let out = quote!(#file).to_string();
        assert!(out.contains("crate :: multipart :: attach (client . client . post (url) , & body , file , file_name) ?"), "{out}");
        assert!(
            out.contains("let Self { client , body , file , file_name } = self"),
            "{out}"
        );
        assert!(out.contains("pub fn file (mut self"), "{out}");
        assert!(
            out.contains("file : :: std :: option :: Option < :: bytes :: Bytes >"),
            "{out}"
        );
        // A progenitor whose send() has no `.json(&body)`: a loud error.
        let mut other: syn::File = syn::parse2(quote! {
            pub mod builder {
                impl<'a> X<'a> { pub async fn send(self) { let info = OperationInfo { operation_id: "upload_clone_output" }; } }
            }
        })
        .unwrap();
        assert!(patch_builders(&mut other, &prepared)
            .unwrap_err()
            .contains("json"));
    }
}
