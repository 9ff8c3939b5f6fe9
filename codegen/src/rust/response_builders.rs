//! No builders for the types only responses contain.
//!
//! typify gives every struct a builder (`types::builder::X`, with
//! `X::builder()`, a `TryFrom` and a `From`): how a caller assembles a
//! request body field by field. A type only responses (and webhook events)
//! contain is decoded, never assembled: its builder was generated code
//! rustc compiled for nothing (v1.578.2: 21k of 77k lines; issue 24).
//! Types request bodies or parameters use keep theirs.

use std::collections::BTreeSet;

use syn::{ImplItem, Item, Type};

use crate::rust::layout::{module_items_mut, types_items_mut};

/// Removes the builders of `response_only` types: their `builder()`
/// constructors in `types`, and in `types::builder` their struct and impls.
/// Returns how many builders went.
pub fn remove_builders(file: &mut syn::File, response_only: &BTreeSet<String>) -> usize {
    let Some(types) = types_items_mut(file) else {
        return 0;
    };
    // `impl X { pub fn builder() -> builder::X { .. } }`: the function goes,
    // and the impl if nothing else is in it.
    types.retain_mut(|item| {
        let Item::Impl(imp) = item else { return true };
        if imp.trait_.is_some() || !names_one_of(&imp.self_ty, response_only) {
            return true;
        }
        let before = imp.items.len();
        imp.items
            .retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "builder"));
        imp.items.len() == before || !imp.items.is_empty()
    });
    let Some(builders) = module_items_mut(types, "builder") else {
        return 0;
    };
    let mut removed = 0;
    builders.retain(|item| {
        let gone = match item {
            Item::Struct(s) => response_only.contains(&s.ident.to_string()),
            Item::Impl(imp) => {
                names_one_of(&imp.self_ty, response_only)
                    || imp.trait_.as_ref().is_some_and(|(_, path, _)| {
                        path.segments
                            .iter()
                            .any(|segment| match &segment.arguments {
                                syn::PathArguments::AngleBracketed(args) => {
                                    args.args.iter().any(|arg| {
                                        matches!(arg, syn::GenericArgument::Type(ty)
                                        if names_one_of(ty, response_only))
                                    })
                                }
                                _ => false,
                            })
                    })
            }
            _ => false,
        };
        if gone && matches!(item, Item::Struct(_)) {
            removed += 1;
        }
        !gone
    });
    removed
}

/// `X` or `super::X` with `X` in `names`.
fn names_one_of(ty: &Type, names: &BTreeSet<String>) -> bool {
    let Type::Path(p) = ty else { return false };
    let segments: Vec<String> = p
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    match segments.as_slice() {
        [name] => names.contains(name),
        [parent, name] if parent == "super" => names.contains(name),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn response_only_types_lose_their_builders_and_request_types_keep_theirs() {
        let mut file: syn::File = syn::parse2(quote! {
            pub mod types {
                pub struct Transfer { pub id: String }
                impl Transfer { pub fn builder() -> builder::Transfer { Default::default() } }
                impl ::std::fmt::Display for Transfer { fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result { Ok(()) } }
                impl ::std::cmp::Eq for Transfer {}
                impl Transfer {}
                pub struct CreateBody { pub amount: String }
                impl CreateBody { pub fn builder() -> builder::CreateBody { Default::default() } }
                pub mod builder {
                    pub struct Transfer { id: Result<String, String> }
                    impl ::std::default::Default for Transfer { fn default() -> Self { todo!() } }
                    impl Transfer { pub fn id<T>(self, value: T) -> Self { self } }
                    impl ::std::convert::TryFrom<Transfer> for super::Transfer {
                        type Error = String;
                        fn try_from(value: Transfer) -> Result<Self, String> { todo!() }
                    }
                    impl ::std::convert::From<super::Transfer> for Transfer {
                        fn from(value: super::Transfer) -> Self { todo!() }
                    }
                    pub struct CreateBody { amount: Result<String, String> }
                    impl ::std::default::Default for CreateBody { fn default() -> Self { todo!() } }
                    impl ::std::convert::TryFrom<CreateBody> for super::CreateBody {
                        type Error = String;
                        fn try_from(value: CreateBody) -> Result<Self, String> { todo!() }
                    }
                }
            }
        })
        .unwrap();
        let response_only = BTreeSet::from(["Transfer".to_owned()]);
        assert_eq!(remove_builders(&mut file, &response_only), 1);
        let text = prettyplease::unparse(&file);
        assert!(!text.contains("builder::Transfer"), "{text}");
        assert!(!text.contains("for super::Transfer"), "{text}");
        assert!(
            !text.contains("pub struct Transfer {\n            id: Result"),
            "{text}"
        );
        assert!(text.contains("Display for Transfer"), "{text}");
        // Only the impls the pass emptied go.
        assert!(
            text.contains("impl ::std::cmp::Eq for Transfer {}"),
            "{text}"
        );
        assert!(text.contains("impl Transfer {}"), "{text}");
        assert_eq!(text.matches("impl Transfer {").count(), 1, "{text}");
        assert!(
            text.contains("pub fn builder() -> builder::CreateBody"),
            "{text}"
        );
        assert!(text.contains("for super::CreateBody"), "{text}");
        assert!(text.contains("Default for CreateBody"), "{text}");
    }
}
