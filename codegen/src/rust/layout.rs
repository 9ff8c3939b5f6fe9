//! Where things are in progenitor's output, for the passes that rewrite
//! it: the `types` module, the top-level `builder` module, and a builder's
//! `send()` with its operation id. One home, so a progenitor upgrade that
//! moves them is fixed in one place.

use syn::{parse_quote, Attribute, ImplItemFn, Item};

/// The items of `mod types` (empty when there is none).
pub(crate) fn types_items(file: &syn::File) -> &[Item] {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, i)| i.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
}

/// The items of `mod types`, to rewrite.
pub(crate) fn types_items_mut(file: &mut syn::File) -> Option<&mut Vec<Item>> {
    file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, i)| i),
        _ => None,
    })
}

/// The items of progenitor's top-level `mod builder` (the operations'
/// builders), to rewrite.
pub(crate) fn builder_items_mut(file: &mut syn::File) -> Option<&mut Vec<Item>> {
    file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => m.content.as_mut().map(|(_, i)| i),
        _ => None,
    })
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
    let text = quote::quote!(#send).to_string();
    Some(
        text.split("operation_id : \"")
            .nth(1)?
            .split('"')
            .next()?
            .to_owned(),
    )
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
