//! Where things are in progenitor's output, for the passes that rewrite
//! it: the `types` module, the top-level `builder` module, and a builder's
//! `send()` with its operation id. One home, so a progenitor upgrade that
//! moves them is fixed in one place.

use syn::visit::{self, Visit};
use syn::{parse_quote, Attribute, ImplItemFn, Item, Type};

/// The items of the module `name` among `items` (empty when there is none).
pub(crate) fn module_items<'a>(items: &'a [Item], name: &str) -> &'a [Item] {
    items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, i)| i.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
}

/// The items of the module `name` among `items`, to rewrite.
pub(crate) fn module_items_mut<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, i)| i),
        _ => None,
    })
}

/// The items of `mod types` (empty when there is none). Inside it, typify's
/// builders of the types are `mod builder`.
pub(crate) fn types_items(file: &syn::File) -> &[Item] {
    module_items(&file.items, "types")
}

/// The items of `mod types`, to rewrite.
pub(crate) fn types_items_mut(file: &mut syn::File) -> Option<&mut Vec<Item>> {
    module_items_mut(&mut file.items, "types")
}

/// The items of progenitor's top-level `mod builder` (the operations'
/// builders), to rewrite.
pub(crate) fn builder_items_mut(file: &mut syn::File) -> Option<&mut Vec<Item>> {
    module_items_mut(&mut file.items, "builder")
}

/// A builder impl's `send` method.
pub(crate) fn send_fn(imp: &syn::ItemImpl) -> Option<&ImplItemFn> {
    imp.items.iter().find_map(|i| match i {
        syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
        _ => None,
    })
}

/// The operation id a `send()` passes in `OperationInfo { operation_id: "…" }`.
pub(crate) fn operation_id(send: &ImplItemFn) -> Option<String> {
    struct Finder(Option<String>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_expr_struct(&mut self, s: &'ast syn::ExprStruct) {
            if s.path.is_ident("OperationInfo") {
                for field in &s.fields {
                    let is_id =
                        matches!(&field.member, syn::Member::Named(n) if n == "operation_id");
                    if let (true, syn::Expr::Lit(lit)) = (is_id, &field.expr) {
                        if let syn::Lit::Str(text) = &lit.lit {
                            self.0.get_or_insert(text.value());
                        }
                    }
                }
            }
            visit::visit_expr_struct(self, s);
        }
    }
    let mut finder = Finder(None);
    finder.visit_block(&send.block);
    finder.0
}

/// `T` of a `send()` returning `Result<ResponseValue<T>, _>`.
pub(crate) fn send_body_type(send: &ImplItemFn) -> Option<&Type> {
    let syn::ReturnType::Type(_, ty) = &send.sig.output else {
        return None;
    };
    generic_argument(generic_argument(ty, "Result")?, "ResponseValue")
}

/// The first type argument of a path type named `name` (by its last
/// segment): `T` of `Option<T>`, `::std::vec::Vec<T>`, `Result<T, E>`.
pub(crate) fn generic_argument<'t>(ty: &'t Type, name: &str) -> Option<&'t Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// Whether `attrs` derive a trait whose last path segment is `name`
/// (`Deserialize` matches `::serde::Deserialize`).
pub(crate) fn derives(attrs: &[Attribute], name: &str) -> bool {
    attrs
        .iter()
        .filter_map(derive_paths)
        .any(|paths| paths.iter().any(|p| last_is(p, name)))
}

/// Removes the derives named `name` (by last path segment) from every
/// `#[derive(...)]`; whether there was one.
pub(crate) fn remove_derive(attrs: &mut [Attribute], name: &str) -> bool {
    let mut removed = false;
    for attr in attrs.iter_mut() {
        let Some(paths) = derive_paths(attr) else {
            continue;
        };
        if paths.iter().any(|p| last_is(p, name)) {
            removed = true;
            let kept: Vec<&syn::Path> = paths.iter().filter(|p| !last_is(p, name)).collect();
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    removed
}

/// Whether a `#[serde(...)]` among `attrs` has the word `word`
/// (`flatten`, `untagged`, `deny_unknown_fields`, or a key like `tag`).
pub(crate) fn has_serde_word(attrs: &[Attribute], word: &str) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("serde")
            && a.meta
                .require_list()
                .is_ok_and(|l| l.tokens.to_string().split([',', ' ']).any(|t| t == word))
    })
}

fn derive_paths(
    attr: &Attribute,
) -> Option<syn::punctuated::Punctuated<syn::Path, syn::Token![,]>> {
    if !attr.path().is_ident("derive") {
        return None;
    }
    attr.parse_args_with(syn::punctuated::Punctuated::parse_terminated)
        .ok()
}

fn last_is(path: &syn::Path, name: &str) -> bool {
    path.segments.last().is_some_and(|s| s.ident == name)
}
