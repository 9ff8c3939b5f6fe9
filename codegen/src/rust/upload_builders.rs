//! File uploads, the Rust side: progenitor generated each upload as a JSON
//! operation (see `document::uploads`); this pass gives its builder
//! `file(bytes)` and `file_name(name)`, and makes its `send()` put the
//! two-part body on the request (the runtime's `multipart::attach`) instead
//! of `.json(&body)`. The transport signs the `data` part, retries like any
//! operation, and the mock checks the signature over `data` and the file's
//! checksum.

use std::collections::BTreeSet;

use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Item};

use crate::rust::layout::{builder_items_mut, operation_id, send_fn};

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
