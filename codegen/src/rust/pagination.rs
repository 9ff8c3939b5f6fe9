//! `.stream()` for list operations, found by shape: a builder (progenitor's
//! `builder` module) with a `pagination_token` parameter whose `send()`
//! returns a body type with `items: Vec<T>` and `next_page_token:
//! Option<_>`. Each gets
//!
//! ```text
//! impl<'a> ListWallets<'a> {
//!     pub fn stream(self) -> crate::ItemStream<'a, types::Wallet> { … }
//! }
//! ```
//!
//! which hands the page walking to `crate::pagination::items`.

use std::collections::{BTreeMap, BTreeSet};

use syn::{parse_quote, Fields, Item, Type};

use crate::rust::layout::{
    builder_items_mut, generic_argument, operation_id, send_body_type, send_fn, types_items,
};

/// Adds `stream()` to every list operation's builder; returns the names
/// of the builders that got one.
pub fn add_streams(file: &mut syn::File) -> Vec<String> {
    let bodies = page_bodies(file);
    let type_names = type_names(file);
    let Some(builder) = builder_items_mut(file) else {
        return Vec::new();
    };
    let paginated: BTreeSet<String> = builder
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if has_field(&s.fields, "pagination_token") => {
                Some(s.ident.to_string())
            }
            _ => None,
        })
        .collect();
    let mut added = Vec::new();
    let mut impls = Vec::new();
    for item in builder.iter() {
        let Item::Impl(imp) = item else { continue };
        let Type::Path(self_ty) = &*imp.self_ty else {
            continue;
        };
        let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        if !paginated.contains(&name) || imp.trait_.is_some() {
            continue;
        }
        let Some((operation, body)) = send_of(imp) else {
            continue;
        };
        let Some(item_type) = bodies.get(&body) else {
            continue;
        };
        let item_type = qualify(item_type, &type_names);
        let builder_ident = syn::Ident::new(&name, proc_macro2::Span::call_site());
        let body_ident = syn::Ident::new(&body, proc_macro2::Span::call_site());
        let doc = "Every item of every page: sends this request with its parameters, then \
                   again with each `nextPageToken` until a page has none. The stream ends after \
                   the first error (and if the server repeats a page token). See \
                   [`crate::ItemStream`].";
        impls.push(parse_quote! {
            impl<'a> #builder_ident<'a> {
                #[doc = #doc]
                pub fn stream(self) -> crate::ItemStream<'a, #item_type> {
                    let starting_token = self
                        .pagination_token
                        .as_ref()
                        .ok()
                        .and_then(crate::pagination::token_text);
                    crate::pagination::items(
                        #operation,
                        self,
                        starting_token,
                        |builder| builder.send(),
                        |page: types::#body_ident| {
                            (page.items, page.next_page_token.map(|token| token.to_string()))
                        },
                        |builder, token| builder.pagination_token(token),
                    )
                }
            }
        });
        added.push(name);
    }
    builder.extend(impls);
    added
}

fn has_field(fields: &Fields, name: &str) -> bool {
    fields
        .iter()
        .any(|f| f.ident.as_ref().is_some_and(|i| i == name))
}

fn type_names(file: &syn::File) -> BTreeSet<String> {
    types_items(file)
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.to_string()),
            Item::Enum(e) => Some(e.ident.to_string()),
            Item::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// Body types that are a page: `items: Vec<T>` and `next_page_token`
/// (an `Option`), mapped to `T`.
fn page_bodies(file: &syn::File) -> BTreeMap<String, Type> {
    let mut pages = BTreeMap::new();
    for item in types_items(file) {
        let Item::Struct(s) = item else { continue };
        let field = |name: &str| {
            s.fields
                .iter()
                .find(|f| f.ident.as_ref().is_some_and(|i| i == name))
        };
        let (Some(items), Some(token)) = (field("items"), field("next_page_token")) else {
            continue;
        };
        if generic_argument(&token.ty, "Option").is_none() {
            continue;
        }
        if let Some(item) = generic_argument(&items.ty, "Vec") {
            pages.insert(s.ident.to_string(), item.clone());
        }
    }
    pages
}

/// `T` as written inside `mod types`, as the builder module names it.
fn qualify(ty: &Type, type_names: &BTreeSet<String>) -> Type {
    match ty {
        Type::Path(p) if p.qself.is_none() && p.path.leading_colon.is_none() => {
            let first = p.path.segments.first().map(|s| s.ident.to_string());
            if first.is_some_and(|f| type_names.contains(&f)) {
                let path = &p.path;
                return parse_quote!(types::#path);
            }
            ty.clone()
        }
        _ => ty.clone(),
    }
}

/// The operation id and the body type name of a builder's `send`.
fn send_of(imp: &syn::ItemImpl) -> Option<(String, String)> {
    let send = send_fn(imp)?;
    let Type::Path(p) = send_body_type(send)? else {
        return None;
    };
    let body = p.path.segments.last()?.ident.to_string();
    Some((operation_id(send)?, body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn list_operations_get_a_stream_and_others_do_not() {
        let mut file: syn::File = syn::parse2(quote! {
            pub mod types {
                pub struct ListWalletsResponse {
                    pub items: ::std::vec::Vec<Wallet>,
                    pub next_page_token: ::std::option::Option<::std::string::String>,
                }
                pub struct Wallet { pub id: String }
                pub struct GetWalletResponse { pub id: String }
            }
            pub mod builder {
                pub struct ListWallets<'a> {
                    client: &'a super::Client,
                    limit: Result<Option<types::ListWalletsLimit>, String>,
                    pagination_token: Result<Option<types::ListWalletsPaginationToken>, String>,
                }
                impl<'a> ListWallets<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::ListWalletsResponse>, Error> {
                        let info = OperationInfo { operation_id: "list_wallets" };
                        todo!()
                    }
                }
                pub struct GetWallet<'a> { client: &'a super::Client }
                impl<'a> GetWallet<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::GetWalletResponse>, Error> {
                        let info = OperationInfo { operation_id: "get_wallet" };
                        todo!()
                    }
                }
            }
        })
        .unwrap();
        assert_eq!(add_streams(&mut file), ["ListWallets"]);
        let out = quote!(#file).to_string();
        assert!(
            out.contains("pub fn stream (self) -> crate :: ItemStream < 'a , types :: Wallet >"),
            "{out}"
        );
        assert!(
            out.contains("crate :: pagination :: items (\"list_wallets\""),
            "{out}"
        );
        assert_eq!(out.matches("pub fn stream").count(), 1);
    }
}
