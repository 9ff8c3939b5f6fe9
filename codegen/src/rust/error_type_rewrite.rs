//! One error type for every operation.
//!
//! progenitor's generated methods return `progenitor_client::Error<E>`.
//! The crate's callers get a single `dfns::Error` instead, with the
//! operation, Dfns's message, the 202 "policy approval pending" case and
//! "may have executed" for failures after sending. This pass rewrites the
//! generated code, which progenitor's pinned version makes deterministic:
//!
//! - `pub use progenitor_client::{.., Error, ..}` → `pub use crate::Error`;
//! - `Error<E>` in signatures → `Error` (error responses are not generated:
//!   `responses` drops them, so `E` is always `()`);
//! - `ResponseValue::from_response(r)` → `crate::response::decode(r)`;
//! - `Error::UnexpectedResponse(r)` → `crate::response::unexpected(r)`;
//! - `client.pre(..)` / `client.post(..)` hooks get `::<()>` for their error.
//!
//! `Error::InvalidRequest(String)` is kept: `dfns::Error` has that variant.

use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Expr, Item, UseTree};

#[derive(Default)]
struct Rewrite {
    /// `ResponseValue::from_response` / `Error::UnexpectedResponse` calls rewritten.
    rewritten: usize,
}

fn path_is(path: &syn::Path, segments: &[&str]) -> bool {
    path.leading_colon.is_none()
        && path.segments.len() == segments.len()
        && path
            .segments
            .iter()
            .zip(segments)
            .all(|(s, want)| s.ident == want)
}

impl VisitMut for Rewrite {
    fn visit_type_path_mut(&mut self, ty: &mut syn::TypePath) {
        if ty.qself.is_none() && ty.path.segments.len() == 1 && ty.path.segments[0].ident == "Error"
        {
            ty.path.segments[0].arguments = syn::PathArguments::None;
        }
        visit_mut::visit_type_path_mut(self, ty);
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        visit_mut::visit_expr_mut(self, expr);
        // The hooks `client.pre(&mut request, &info)` / `client.post(&result, &info)`
        // return `progenitor_client::Error<E>`, whose `E` came from the
        // method's return type; name it now that the return type has none.
        if let Expr::MethodCall(call) = expr {
            let is_hook = (call.method == "pre" || call.method == "post") && call.args.len() == 2;
            if is_hook && call.turbofish.is_none() {
                call.turbofish = Some(parse_quote!(::<()>));
            }
        }
        if let Expr::Call(call) = expr {
            if let Expr::Path(func) = &*call.func {
                let args = &call.args;
                if path_is(&func.path, &["ResponseValue", "from_response"]) {
                    *expr = parse_quote!(crate::response::decode(#args));
                    self.rewritten += 1;
                } else if path_is(&func.path, &["Error", "UnexpectedResponse"]) {
                    *expr = parse_quote!(crate::response::unexpected(#args));
                    self.rewritten += 1;
                }
            }
        }
    }
}

/// Removes `Error` from `pub use progenitor_client::{...}`; returns whether it was there.
fn drop_error_reexport(tree: &mut UseTree) -> bool {
    match tree {
        UseTree::Path(p) if p.ident == "progenitor_client" => drop_error_reexport(&mut p.tree),
        UseTree::Group(g) => {
            let before = g.items.len();
            g.items = g
                .items
                .iter()
                .filter(|t| !matches!(t, UseTree::Name(n) if n.ident == "Error"))
                .cloned()
                .collect();
            g.items.len() != before
        }
        _ => false,
    }
}

/// Applies the rewrite to the generated file. Fails when progenitor's
/// output does not have what it rewrites: the `Error` re-export, and a
/// response conversion in every operation (each `send`).
pub fn use_crate_error(file: &mut syn::File) -> Result<(), String> {
    let mut reexported = false;
    for item in &mut file.items {
        if let Item::Use(u) = item {
            if matches!(u.vis, syn::Visibility::Public(_)) {
                reexported |= drop_error_reexport(&mut u.tree);
            }
        }
    }
    let sends = count_sends(file);
    if sends > 0 && !reexported {
        return Err(format!(
            "error_type_rewrite: progenitor {} no longer re-exports `progenitor_client::Error`; \
             the pass that makes operations return `dfns::Error` needs updating",
            super::PROGENITOR_VERSION
        ));
    }
    if reexported {
        file.items.insert(
            0,
            parse_quote!(
                pub use crate::Error;
            ),
        );
    }
    let mut rewrite = Rewrite::default();
    rewrite.visit_file_mut(file);
    if rewrite.rewritten < sends {
        return Err(format!(
            "error_type_rewrite: found {} response conversions for {sends} operations in \
             progenitor {}'s output; operations would not decode through dfns",
            rewrite.rewritten,
            super::PROGENITOR_VERSION
        ));
    }
    Ok(())
}

/// The `send` methods of the generated builders.
fn count_sends(file: &syn::File) -> usize {
    struct Sends(usize);
    impl<'ast> syn::visit::Visit<'ast> for Sends {
        fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
            if f.sig.ident == "send" {
                self.0 += 1;
            }
        }
    }
    let mut sends = Sends(0);
    syn::visit::Visit::visit_file(&mut sends, file);
    sends.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn generated_methods_return_the_crate_error() {
        let mut file: syn::File = syn::parse2(quote! {
            pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
            pub mod builder {
                use super::{Error, ResponseValue};
                pub async fn send(x: u8) -> Result<ResponseValue<types::A>, Error<()>> {
                    let request = client.client.post(url).build()?;
                    client.pre(&mut request, &info).await?;
                    let body = body.map_err(Error::InvalidRequest)?;
                    match response.status().as_u16() {
                        200u16..=299u16 => ResponseValue::from_response(response).await,
                        _ => Err(Error::UnexpectedResponse(response)),
                    }
                }
            }
        })
        .unwrap();
        use_crate_error(&mut file).unwrap();
        let out = quote!(#file).to_string();
        assert!(out.starts_with("pub use crate :: Error ; pub use progenitor_client :: { ByteStream , ClientInfo , ResponseValue } ;"), "{out}");
        assert!(
            out.contains("Result < ResponseValue < types :: A > , Error >"),
            "{out}"
        );
        assert!(
            out.contains("crate :: response :: decode (response) . await"),
            "{out}"
        );
        assert!(
            out.contains("Err (crate :: response :: unexpected (response))"),
            "{out}"
        );
        assert!(out.contains("map_err (Error :: InvalidRequest)"), "{out}");
        assert!(
            out.contains("client . pre :: < () > (& mut request , & info)"),
            "{out}"
        );
        assert!(
            out.contains("client . client . post (url)"),
            "reqwest's post is untouched: {out}"
        );
    }

    #[test]
    fn output_without_the_conversions_fails_loudly() {
        let mut file: syn::File = syn::parse2(quote! {
            pub use progenitor_client::{ByteStream, Error};
            pub mod builder {
                impl<'a> GetWallet<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::W>, Error> { todo!() }
                }
            }
        })
        .unwrap();
        let err = use_crate_error(&mut file).unwrap_err();
        assert!(
            err.contains("error_type_rewrite") && err.contains("0 response conversions"),
            "{err}"
        );
        let mut no_reexport: syn::File = syn::parse2(quote! {
            pub mod builder {
                impl<'a> GetWallet<'a> { pub async fn send(self) { ResponseValue::from_response(r) } }
            }
        })
        .unwrap();
        assert!(use_crate_error(&mut no_reexport)
            .unwrap_err()
            .contains("re-exports"));
    }
}
