//! One shared tail for every operation's `send()`.
//!
//! progenitor ends each `send()` with the same statements: build
//! `OperationInfo`, run the `pre`, `exec` and `post` hooks, match the status
//! and decode. Each copy is its own state machine for rustc to check and
//! compile (issue 24). This pass replaces them with one call,
//! `crate::response::send_operation(client, request, "op").await?.decode()`
//! (or `send_operation_empty` for an operation without a body): the
//! awaiting is one non-generic function compiled once, and only `decode`
//! is per response type. The crate does not override the `pre` and `post` hooks,
//! so leaving them out changes nothing.
//!
//! A `send()` that ends otherwise (after
//! [`crate::rust::error_type_rewrite`]; a progenitor upgrade, an operation
//! shape not seen before) keeps its own tail, which behaves the same, and
//! the build warns with the operation and the progenitor version.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::{parse_quote, Expr, ImplItem, Item, Stmt};

use crate::rust::layout::{builder_items_mut, operation_id};

/// The tails progenitor ends a `send()` with, after `let info = ...;`, as
/// tokens, for an operation with a JSON body (`decode`) or none; its match
/// arm is written with or without a block.
fn known_tails(empty: bool) -> [String; 2] {
    let success: TokenStream = if empty {
        quote!(Ok(ResponseValue::empty(response)))
    } else {
        quote!(crate::response::decode(response).await)
    };
    [
        tail(quote!(200..=299 => #success,)),
        tail(quote!(200..=299 => { #success })),
    ]
}

fn tail(success_arm: TokenStream) -> String {
    quote! {
        client.pre::<()>(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post::<()>(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            #success_arm
            _ => Err(crate::response::unexpected(response)),
        }
    }
    .to_string()
}

/// Rewrites every operation's `send()`. Returns the operations whose
/// `send()` does not end as progenitor ends it today: they keep their own
/// tail (which works; it is only compiled once more), and the build warns.
pub fn share_send_tails(file: &mut syn::File) -> Vec<String> {
    let (with_body, empty) = (known_tails(false), known_tails(true));
    let Some(builders) = builder_items_mut(file) else {
        return Vec::new();
    };
    let mut kept = Vec::new();
    for item in builders.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        for impl_item in imp.items.iter_mut() {
            let ImplItem::Fn(send) = impl_item else {
                continue;
            };
            if send.sig.ident != "send" {
                continue;
            }
            let Some(id) = operation_id(send) else {
                continue;
            };
            let stmts = &mut send.block.stmts;
            let Some(at) = stmts.iter().position(is_info) else {
                kept.push(id);
                continue;
            };
            let tail: TokenStream = stmts[at + 1..]
                .iter()
                .map(ToTokens::to_token_stream)
                .collect();
            let tail = tail.to_string();
            let call: Expr = if with_body.contains(&tail) {
                parse_quote!(crate::response::send_operation(client, request, #id).await?.decode())
            } else if empty.contains(&tail) {
                parse_quote!(crate::response::send_operation_empty(client, request, #id).await)
            } else {
                kept.push(id);
                continue;
            };
            stmts.truncate(at);
            stmts.push(Stmt::Expr(call, None));
        }
    }
    kept
}

/// `let info = OperationInfo { .. };`
fn is_info(stmt: &Stmt) -> bool {
    let Stmt::Local(local) = stmt else {
        return false;
    };
    let is_named_info = matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "info");
    let builds_info = local.init.as_ref().is_some_and(
        |init| matches!(&*init.expr, syn::Expr::Struct(s) if s.path.is_ident("OperationInfo")),
    );
    is_named_info && builds_info
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send(success_arm: TokenStream) -> syn::File {
        syn::parse2(quote! {
            pub mod builder {
                impl<'a> GetWallet<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::Wallet>, Error> {
                        let Self { client } = self;
                        let mut request = client.client.get(url).build()?;
                        let info = OperationInfo { operation_id: "get_wallet" };
                        client.pre::<()>(&mut request, &info).await?;
                        let result = client.exec(request, &info).await;
                        client.post::<()>(&result, &info).await?;
                        let response = result?;
                        match response.status().as_u16() {
                            #success_arm
                            _ => Err(crate::response::unexpected(response)),
                        }
                    }
                }
            }
        })
        .unwrap()
    }

    #[test]
    fn the_known_tails_become_one_call() {
        let mut file = send(quote!(200..=299 => crate::response::decode(response).await,));
        assert!(share_send_tails(&mut file).is_empty());
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("crate::response::send_operation(client, request, \"get_wallet\")")
                && text.contains(".decode()"),
            "{text}"
        );
        assert!(!text.contains("OperationInfo"), "{text}");
        assert!(text.contains(".build()?"), "{text}");

        let mut file = send(quote!(200..=299 => { crate::response::decode(response).await }));
        assert!(share_send_tails(&mut file).is_empty());

        let mut file = send(quote!(200..=299 => Ok(ResponseValue::empty(response)),));
        assert!(share_send_tails(&mut file).is_empty());
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("send_operation_empty(client, request"),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_tail_is_kept_and_reported() {
        let mut file = send(quote!(200..=299 => ResponseValue::from_response(response).await,));
        let before = prettyplease::unparse(&file);
        assert_eq!(share_send_tails(&mut file), vec!["get_wallet".to_owned()]);
        assert_eq!(prettyplease::unparse(&file), before);
    }
}
