//! String enums that accept values this version does not know yet.
//!
//! Dfns adds networks, statuses and kinds all the time. An older crate must
//! still parse a response that carries a new value, and must give it back
//! unchanged. typify generates closed enums, so every generated string enum
//! with two or more values gets one more variant,
//! `#[serde(untagged)] Other(String)`, which serde tries last: known values
//! parse to their variant, anything else to `Other` and serializes back as
//! the same string. `Display` follows, and `Copy` is dropped (a `String` is
//! not `Copy`).
//!
//! Enums with a single value are left closed, except those named by the
//! caller: most are the `kind`/`type` tags that tell the variants of a
//! union apart (see [`crate::lenient_responses`], which finds the others).
//! So are the multi-value enums that tell an untagged union's variants
//! apart (`closed`): open, one variant would take another's data.
//!
//! `FromStr` and `TryFrom<&str>` refuse values the document does not list:
//! a typo (`"ethereum"`) must fail before it is signed and sent. `Other`
//! is for decoding responses, and for deliberate construction
//! (`Network::Other("Chain2031".into())`) of a value newer than the document.

use std::collections::BTreeSet;

use syn::visit_mut::VisitMut;
use syn::{parse_quote, Arm, Fields, Item, ItemEnum, ItemImpl};

use crate::rust::layout::{derives, remove_derive};

/// Which enums to open: only those a response can contain
/// (`response_types`; an enum only requests use stays closed, so reading a
/// request body from JSON refuses an unknown value too): those with two or
/// more values but not in `closed`, and the one-value enums in
/// `single_values`.
pub struct Openable<'a> {
    pub response_types: &'a BTreeSet<String>,
    pub single_values: &'a BTreeSet<String>,
    pub closed: &'a BTreeSet<String>,
}

/// Opens the qualifying enums of the generated `types` module (see [`Openable`]).
pub fn open_enums(file: &mut syn::File, openable: &Openable) {
    for item in &mut file.items {
        if let Item::Mod(m) = item {
            if m.ident == "types" {
                if let Some((_, items)) = &mut m.content {
                    open_in(items, openable);
                }
            }
        }
    }
}

fn is_open_candidate(e: &ItemEnum, openable: &Openable) -> bool {
    let name = e.ident.to_string();
    openable.response_types.contains(&name)
        && ((e.variants.len() >= 2 && !openable.closed.contains(&name))
            || openable.single_values.contains(&name))
        && e.variants.iter().all(|v| matches!(v.fields, Fields::Unit))
        && derives(&e.attrs, "Deserialize")
}

/// Removes `Copy` from a `#[derive(...)]` list.
fn drop_copy(attrs: &mut [syn::Attribute]) {
    remove_derive(attrs, "Copy");
}

fn open_in(items: &mut [Item], openable: &Openable) {
    let mut opened = BTreeSet::new();
    for item in items.iter_mut() {
        match item {
            Item::Enum(e) if is_open_candidate(e, openable) => {
                drop_copy(&mut e.attrs);
                e.variants.push(parse_quote! {
                    #[doc = "A value this version of the crate does not know yet, kept as sent."]
                    #[serde(untagged)]
                    Other(::std::string::String)
                });
                opened.insert(e.ident.to_string());
            }
            // A type holding an opened enum cannot stay `Copy` either.
            Item::Struct(s) => drop_copy(&mut s.attrs),
            Item::Enum(e) if !e.variants.iter().all(|v| matches!(v.fields, Fields::Unit)) => {
                drop_copy(&mut e.attrs)
            }
            _ => {}
        }
    }
    for item in items.iter_mut() {
        if let Item::Impl(imp) = item {
            if let Some(name) = self_type_name(imp) {
                if opened.contains(&name) {
                    patch_impl(imp);
                }
            }
        }
    }
}

fn self_type_name(imp: &ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        syn::Type::Path(p) if p.qself.is_none() => p.path.get_ident().map(|i| i.to_string()),
        _ => None,
    }
}

/// Teaches `Display` about `Other`. `FromStr` is left as typify wrote it:
/// it refuses a value the document does not list.
fn patch_impl(imp: &mut ItemImpl) {
    let Some((_, trait_path, _)) = &imp.trait_ else {
        return;
    };
    let trait_name = trait_path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default();
    struct Patch {
        arm: Option<Arm>,
    }
    impl VisitMut for Patch {
        fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
            if let Some(arm) = self.arm.take() {
                m.arms.push(arm);
            }
        }
    }
    if trait_name != "Display" {
        return;
    }
    let mut patch = Patch {
        arm: Some(parse_quote!(Self::Other(ref value) => f.write_str(value),)),
    };
    patch.visit_item_impl_mut(imp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn multi_value_enums_get_other_and_single_value_ones_do_not() {
        let tokens = quote! {
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Copy, Debug)]
                pub enum Status { Active, Archived }
                impl ::std::fmt::Display for Status {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        match *self { Self::Active => f.write_str("Active"), Self::Archived => f.write_str("Archived"), }
                    }
                }
                impl ::std::str::FromStr for Status {
                    type Err = &'static str;
                    fn from_str(value: &str) -> Result<Self, &'static str> {
                        match value { "Active" => Ok(Self::Active), "Archived" => Ok(Self::Archived), _ => Err("invalid value"), }
                    }
                }
                #[derive(::serde::Deserialize, Clone, Copy)]
                pub enum Kind { Key }
            }
        };
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        let none = BTreeSet::new();
        let responses: BTreeSet<String> = ["Status", "Kind"].map(String::from).into();
        let openable = Openable {
            response_types: &responses,
            single_values: &none,
            closed: &none,
        };
        open_enums(&mut file, &openable);
        let out = quote!(#file).to_string();
        assert!(
            out.contains("# [serde (untagged)] Other (:: std :: string :: String)"),
            "{out}"
        );
        assert!(
            out.contains("Self :: Other (ref value) => f . write_str (value)"),
            "{out}"
        );
        // Parsing still refuses what the document does not list.
        assert!(out.contains("_ => Err (\"invalid value\")"), "{out}");
        assert!(
            out.contains(
                "derive (:: serde :: Deserialize , :: serde :: Serialize , Clone , Debug)"
            ),
            "{out}"
        );
        // `Kind` (one value, a union tag) stays closed and `Copy`.
        assert!(
            out.contains(
                "# [derive (:: serde :: Deserialize , Clone , Copy)] pub enum Kind { Key }"
            ),
            "{out}"
        );
    }
}
