//! One shared tail for every operation's `send()`.
//!
//! progenitor ends each `send()` with the same statements: build
//! `OperationInfo`, run the `pre`, `exec` and `post` hooks, match the status
//! and decode. Each copy is its own state machine for rustc to check and
//! compile (issue 24). This pass replaces them with one call,
//! `crate::response::send_operation(client, request, "op").await` (or
//! `send_operation_empty` for an operation without a body), whose work is
//! compiled once. The crate does not override the `pre` and `post` hooks,
//! so leaving them out changes nothing.
//!
//! Every `send()` must end in one of the two known tails (after
//! [`crate::rust::error_type_rewrite`]); anything else fails the build,
//! naming the progenitor version.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::{parse_quote, ImplItem, Item, Stmt};

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

/// Rewrites every operation's `send()`; returns how many.
pub fn share_send_tails(file: &mut syn::File) -> Result<usize, String> {
    let (with_body, empty) = (known_tails(false), known_tails(true));
    let Some(builders) = builder_items_mut(file) else {
        return Ok(0);
    };
    let mut rewritten = 0;
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
                return Err(format!(
                    "shared_send: the `send()` of `{id}` has no `let info = OperationInfo {{ .. }};` \
                     (progenitor {}); the pass that shares the operations' tail needs updating",
                    super::PROGENITOR_VERSION
                ));
            };
            let tail: TokenStream = stmts[at + 1..]
                .iter()
                .map(ToTokens::to_token_stream)
                .collect();
            let tail = tail.to_string();
            let call: Stmt = if with_body.contains(&tail) {
                Stmt::Expr(
                    parse_quote!(crate::response::send_operation(client, request, #id).await),
                    None,
                )
            } else if empty.contains(&tail) {
                Stmt::Expr(
                    parse_quote!(crate::response::send_operation_empty(client, request, #id).await),
                    None,
                )
            } else {
                return Err(format!(
                    "shared_send: the `send()` of `{id}` does not end as progenitor {} ends it; \
                     the pass that shares the operations' tail needs updating: {tail}",
                    super::PROGENITOR_VERSION
                ));
            };
            stmts.truncate(at);
            stmts.push(call);
            rewritten += 1;
        }
    }
    Ok(rewritten)
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
        assert_eq!(share_send_tails(&mut file), Ok(1));
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("crate::response::send_operation(client, request, \"get_wallet\")"),
            "{text}"
        );
        assert!(!text.contains("OperationInfo"), "{text}");
        assert!(text.contains(".build()?"), "{text}");

        let mut file = send(quote!(200..=299 => { crate::response::decode(response).await }));
        assert_eq!(share_send_tails(&mut file), Ok(1));

        let mut file = send(quote!(200..=299 => Ok(ResponseValue::empty(response)),));
        assert_eq!(share_send_tails(&mut file), Ok(1));
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("send_operation_empty(client, request"),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_tail_fails_the_build() {
        let mut file = send(quote!(200..=299 => ResponseValue::from_response(response).await,));
        let error = share_send_tails(&mut file).unwrap_err();
        assert!(
            error.contains("get_wallet") && error.contains("progenitor"),
            "{error}"
        );
    }
}
