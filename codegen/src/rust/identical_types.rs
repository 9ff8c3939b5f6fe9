//! One type for structurally identical types.
//!
//! The Dfns document inlines the same schema at many places (a signature
//! request body appears under every signature response, an id pattern under
//! every path parameter), and typify generates a separate type for each:
//! half the types of the whole API are copies, and they are most of what a
//! downstream crate pays to compile. This pass keeps one of each set of
//! identical types and turns the others into `pub type` aliases of it, in
//! `types` and in `types::builder`, so every name still works: in type
//! positions, struct literals and patterns, `Alias::Variant`, `Alias::builder()`.
//!
//! Two types are identical when their generated code is: the definition, its
//! impls and its builder, token for token, except the type-level doc comment
//! (which stays on the alias) and the names of the types they refer to,
//! which need only be identical in turn. That is the coarsest partition
//! stable under that rule (partition refinement, so recursive types merge
//! too). Merging runs after every other pass, so two types the lenient and
//! open-enum passes treated differently are never merged.
//!
//! A merge that would make two impls of the same trait for the same type
//! (`From<A> for U` and `From<B> for U` once `A` and `B` are one type), or
//! `From<A> for A`, is not made: those types are kept apart. Types named by
//! an item of `mod types` that belongs to no type (a free function, say)
//! are left alone (see [`owner`]).
//!
//! The representative of a set is the shortest name, then the first in
//! alphabetical order, so the choice does not depend on document order.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{parse_quote, Attribute, Item, ItemImpl, Type};

use crate::rust::layout::{module_items, module_items_mut};

/// Type ids by name: the structs and enums of `mod types`.
type Ids = HashMap<String, usize>;

/// Merges the identical types of `mod types`; returns the `(alias, type)`
/// pairs it made, by alias name.
pub(crate) fn merge_identical_types(file: &mut syn::File) -> BTreeMap<String, String> {
    let Some(types) = crate::rust::layout::types_items_mut(file) else {
        return BTreeMap::new();
    };
    let groups = Groups::collect(types);
    let mut kept_apart = BTreeSet::new();
    loop {
        let classes = groups.partition(&kept_apart);
        let representative = representatives(&groups.names, &classes);
        let conflicts = groups.conflicts(types, &representative);
        if conflicts.is_empty() {
            let aliases: BTreeMap<String, String> = groups
                .names
                .iter()
                .zip(&representative)
                .filter(|(name, rep)| name != rep)
                .map(|(name, rep)| (name.clone(), rep.clone()))
                .collect();
            apply(types, &groups.ids, &aliases);
            return aliases;
        }
        let before = kept_apart.len();
        kept_apart.extend(conflicts);
        if kept_apart.len() == before {
            // Every conflict names a merged type, so this cannot happen; but
            // a build script must not loop forever: merge nothing.
            return BTreeMap::new();
        }
    }
}

/// The types of `mod types`, each with the items that belong to it.
struct Groups {
    /// Struct and enum names in item order; the index is the type's id.
    names: Vec<String>,
    ids: Ids,
    /// Each type's items as text, every reference to a type replaced by
    /// [`MARKER`].
    templates: Vec<String>,
    /// The ids of the types each template refers to, in marker order.
    references: Vec<Vec<usize>>,
    /// Types named by code that is no type's own: never merged.
    pinned: BTreeSet<usize>,
}

const MARKER: &str = "__dfns_type_reference__";

impl Groups {
    fn collect(types: &[Item]) -> Groups {
        let names: Vec<String> = types
            .iter()
            .filter_map(|item| match item {
                Item::Struct(s) => Some(s.ident.to_string()),
                Item::Enum(e) => Some(e.ident.to_string()),
                _ => None,
            })
            .collect();
        let ids: Ids = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        let mut members: Vec<Vec<Item>> = vec![Vec::new(); names.len()];
        let mut pinned = BTreeSet::new();
        for item in types.iter().chain(module_items(types, "builder")) {
            match owner(item, &ids) {
                Owner::Type(id) => members[id].push(item.clone()),
                Owner::Unknown => pinned.extend(named_types(item, &ids)),
                Owner::None => {}
            }
        }
        let mut templates = Vec::with_capacity(names.len());
        let mut references = Vec::with_capacity(names.len());
        for items in &mut members {
            let mut marker = Marker {
                ids: &ids,
                found: Vec::new(),
            };
            let mut text = proc_macro2::TokenStream::new();
            for item in items.iter_mut() {
                strip_type_docs(item);
                marker.visit_item_mut(item);
                item.to_tokens(&mut text);
            }
            templates.push(text.to_string());
            references.push(marker.found);
        }
        Groups {
            names,
            ids,
            templates,
            references,
            pinned,
        }
    }

    /// Class ids: equal when the types are identical up to the classes of
    /// the types they refer to. Starts from "same template" and refines
    /// until stable; pinned and kept-apart types are alone in their class.
    fn partition(&self, kept_apart: &BTreeSet<usize>) -> Vec<usize> {
        let alone = |id: usize| self.pinned.contains(&id) || kept_apart.contains(&id);
        let mut first: HashMap<(&str, Option<usize>), usize> = HashMap::new();
        let mut classes: Vec<usize> = (0..self.names.len())
            .map(|id| {
                let next = first.len();
                *first
                    .entry((self.templates[id].as_str(), alone(id).then_some(id)))
                    .or_insert(next)
            })
            .collect();
        let mut count = first.len();
        loop {
            let mut seen: HashMap<(usize, Vec<usize>), usize> = HashMap::new();
            let refined: Vec<usize> = (0..self.names.len())
                .map(|id| {
                    let referred = self.references[id].iter().map(|&r| classes[r]).collect();
                    let next = seen.len();
                    *seen.entry((classes[id], referred)).or_insert(next)
                })
                .collect();
            if seen.len() == count {
                return refined;
            }
            count = seen.len();
            classes = refined;
        }
    }

    /// The merged types that would give one type two impls of one trait
    /// (`From<A> for U` and `From<B> for U` once `A` is `B`), or `From<T>
    /// for T` or `TryFrom<T> for T`; empty when the merge compiles.
    fn conflicts(&self, types: &[Item], representative: &[String]) -> Vec<usize> {
        let is_kept = |id: usize| representative[id] == self.names[id];
        let mut conflicts = Vec::new();
        for module in [types, module_items(types, "builder")] {
            let mut headers: HashMap<String, Vec<usize>> = HashMap::new();
            for item in module {
                let Item::Impl(imp) = item else { continue };
                if imp.trait_.is_none() || impl_owner(imp, &self.ids).is_some_and(|id| !is_kept(id))
                {
                    continue;
                }
                let mut header = imp.clone();
                header.items.clear();
                let mut renamer = Renamer {
                    ids: &self.ids,
                    representative,
                    found: Vec::new(),
                };
                renamer.visit_item_impl_mut(&mut header);
                let named = renamer.found;
                let Some((_, trait_path, _)) = &header.trait_ else {
                    continue;
                };
                let (trait_text, self_text) = (
                    trait_path.to_token_stream().to_string(),
                    header.self_ty.to_token_stream().to_string(),
                );
                // core has `From<T> for T`, and `TryFrom<T> for T` from it.
                let is_conversion = trait_path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "From" || s.ident == "TryFrom");
                if is_conversion && trait_text.ends_with(&format!("< {self_text} >")) {
                    conflicts.extend(named.iter().copied());
                }
                match headers.entry(format!("{trait_text} for {self_text}")) {
                    Entry::Occupied(previous) => {
                        conflicts.extend(previous.get().iter().copied());
                        conflicts.extend(named);
                    }
                    Entry::Vacant(slot) => {
                        slot.insert(named);
                    }
                }
            }
        }
        // Only merged types can be kept apart; the others are already.
        conflicts.retain(|&id| !is_kept(id));
        conflicts.sort_unstable();
        conflicts.dedup();
        conflicts
    }
}

/// Each type's representative: the shortest name of its class, then the
/// first alphabetically.
fn representatives(names: &[String], classes: &[usize]) -> Vec<String> {
    let mut best: HashMap<usize, &String> = HashMap::new();
    for (name, &class) in names.iter().zip(classes) {
        let entry = best.entry(class).or_insert(name);
        if (name.len(), name) < (entry.len(), *entry) {
            *entry = name;
        }
    }
    classes.iter().map(|class| best[class].clone()).collect()
}

enum Owner {
    /// Its definition, an impl for it, its builder or a builder impl.
    Type(usize),
    /// Code that names types but is none's own.
    Unknown,
    /// Names no type (`mod builder`, `mod error`).
    None,
}

/// Which type an item of `types` or `types::builder` belongs to.
fn owner(item: &Item, ids: &Ids) -> Owner {
    let id = match item {
        Item::Struct(s) => ids.get(&s.ident.to_string()).copied(),
        Item::Enum(e) => ids.get(&e.ident.to_string()).copied(),
        Item::Impl(imp) => impl_owner(imp, ids),
        Item::Mod(_) => return Owner::None,
        _ => None,
    };
    id.map_or(Owner::Unknown, Owner::Type)
}

/// The type an impl belongs to: its self type when that is a generated type
/// (`X`, `super::X`, `&X`), else the one generated type among its trait's
/// arguments (`From<X> for String`).
fn impl_owner(imp: &ItemImpl, ids: &Ids) -> Option<usize> {
    if let Some(id) = local_type(&imp.self_ty, ids) {
        return Some(id);
    }
    let (_, trait_path, _) = imp.trait_.as_ref()?;
    let mut found = trait_path
        .segments
        .iter()
        .flat_map(|segment| match &segment.arguments {
            syn::PathArguments::AngleBracketed(args) => args
                .args
                .iter()
                .filter_map(|arg| match arg {
                    syn::GenericArgument::Type(ty) => local_type(ty, ids),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        });
    match (found.next(), found.next()) {
        (Some(id), None) => Some(id),
        _ => None,
    }
}

/// `X`, `super::X`, `&X`: the generated type it is, if any.
fn local_type(ty: &Type, ids: &Ids) -> Option<usize> {
    match ty {
        Type::Reference(r) => local_type(&r.elem, ids),
        Type::Path(p) if p.qself.is_none() && p.path.segments.len() <= 2 => {
            let (index, id) = reference(&p.path, ids)?;
            (index + 1 == p.path.segments.len()).then_some(id)
        }
        _ => None,
    }
}

/// The generated type a path starts with, after `super::`, `self::` or
/// `builder::` (`X`, `super::X`, `X::Variant`, `builder::X::default`): the
/// segment's index and the type's id.
fn reference(path: &syn::Path, ids: &Ids) -> Option<(usize, usize)> {
    if path.leading_colon.is_some() {
        return None;
    }
    let index = path
        .segments
        .iter()
        .position(|s| !["super", "self", "builder"].iter().any(|k| s.ident == k))?;
    let segment = &path.segments[index];
    if !segment.arguments.is_none() {
        return None;
    }
    ids.get(&segment.ident.to_string()).map(|&id| (index, id))
}

/// Every generated type a piece of code names.
fn named_types(item: &Item, ids: &Ids) -> Vec<usize> {
    let mut marker = Marker {
        ids,
        found: Vec::new(),
    };
    marker.visit_item_mut(&mut item.clone());
    marker.found
}

/// Replaces each reference to a generated type by [`MARKER`], noting it.
struct Marker<'a> {
    ids: &'a Ids,
    found: Vec<usize>,
}

impl Marker<'_> {
    fn mark(&mut self, ident: &mut syn::Ident) {
        if let Some(&id) = self.ids.get(&ident.to_string()) {
            self.found.push(id);
            *ident = syn::Ident::new(MARKER, ident.span());
        }
    }
}

impl VisitMut for Marker<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some((index, _)) = reference(path, self.ids) {
            self.mark(&mut path.segments[index].ident);
        }
        visit_mut::visit_path_mut(self, path);
    }

    // A definition's own name (of the type or of its builder).
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        self.mark(&mut item.ident);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        self.mark(&mut item.ident);
        visit_mut::visit_item_enum_mut(self, item);
    }
}

/// Replaces each reference to a generated type by its representative,
/// noting the ids of the types it renamed.
struct Renamer<'a> {
    ids: &'a Ids,
    representative: &'a [String],
    found: Vec<usize>,
}

impl VisitMut for Renamer<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some((index, id)) = reference(path, self.ids) {
            self.found.push(id);
            let name = &self.representative[id];
            path.segments[index].ident = syn::Ident::new(name, proc_macro2::Span::call_site());
        }
        visit_mut::visit_path_mut(self, path);
    }
}

/// Removes a definition's own doc comment: it names the type, and it stays
/// on the alias. Field and variant docs are kept and compared.
fn strip_type_docs(item: &mut Item) {
    let attrs = match item {
        Item::Struct(s) => &mut s.attrs,
        Item::Enum(e) => &mut e.attrs,
        _ => return,
    };
    attrs.retain(|a| !a.path().is_ident("doc"));
}

fn doc_attrs(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .cloned()
        .collect()
}

/// Turns each alias's definition into `pub type Alias = Type;` (in `types`
/// and `types::builder`) and removes its impls.
fn apply(types: &mut Vec<Item>, ids: &Ids, aliases: &BTreeMap<String, String>) {
    let alias_ids: BTreeSet<usize> = aliases
        .keys()
        .filter_map(|name| ids.get(name).copied())
        .collect();
    rewrite_module(types, ids, &alias_ids, aliases, false);
    if let Some(builders) = module_items_mut(types, "builder") {
        rewrite_module(builders, ids, &alias_ids, aliases, true);
    }
}

fn rewrite_module(
    items: &mut Vec<Item>,
    ids: &Ids,
    alias_ids: &BTreeSet<usize>,
    aliases: &BTreeMap<String, String>,
    builders: bool,
) {
    items.retain(|item| match item {
        Item::Impl(imp) => !impl_owner(imp, ids).is_some_and(|id| alias_ids.contains(&id)),
        _ => true,
    });
    for item in items.iter_mut() {
        let (ident, attrs) = match item {
            Item::Struct(s) => (s.ident.clone(), doc_attrs(&s.attrs)),
            Item::Enum(e) => (e.ident.clone(), doc_attrs(&e.attrs)),
            _ => continue,
        };
        let Some(target) = aliases.get(&ident.to_string()) else {
            continue;
        };
        let target = syn::Ident::new(target, ident.span());
        let note = if builders {
            format!("The builder of [`super::{ident}`], which is [`super::{target}`].")
        } else {
            format!(
                "The same type as [`{target}`]: the document defines both alike, \
                 so the crate generates it once."
            )
        };
        *item = parse_quote! {
            #(#attrs)*
            #[doc = ""]
            #[doc = #note]
            pub type #ident = #target;
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn merge(tokens: proc_macro2::TokenStream) -> (BTreeMap<String, String>, String) {
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        let aliases = merge_identical_types(&mut file);
        (aliases, prettyplease::unparse(&file))
    }

    fn pairs(aliases: &BTreeMap<String, String>) -> Vec<(&str, &str)> {
        aliases
            .iter()
            .map(|(a, t)| (a.as_str(), t.as_str()))
            .collect()
    }

    #[test]
    fn identical_structs_become_one_type_with_aliases_in_types_and_builder() {
        let (aliases, out) = merge(quote! {
            pub mod types {
                #[doc = "`WalletName`"]
                #[derive(Clone, Debug)]
                pub struct WalletName { #[doc = "The name."] pub name: String }
                impl WalletName { pub fn builder() -> builder::WalletName { Default::default() } }
                impl ::std::convert::From<&WalletName> for WalletName {
                    fn from(value: &WalletName) -> Self { value.clone() }
                }
                #[doc = "`KeyName`"]
                #[derive(Clone, Debug)]
                pub struct KeyName { #[doc = "The name."] pub name: String }
                impl KeyName { pub fn builder() -> builder::KeyName { Default::default() } }
                impl ::std::convert::From<&KeyName> for KeyName {
                    fn from(value: &KeyName) -> Self { value.clone() }
                }
                pub mod builder {
                    #[derive(Clone, Debug, Default)]
                    pub struct WalletName { name: Result<String, String> }
                    impl ::std::convert::TryFrom<WalletName> for super::WalletName {
                        type Error = String;
                        fn try_from(v: WalletName) -> Result<Self, String> { Ok(Self { name: v.name? }) }
                    }
                    #[derive(Clone, Debug, Default)]
                    pub struct KeyName { name: Result<String, String> }
                    impl ::std::convert::TryFrom<KeyName> for super::KeyName {
                        type Error = String;
                        fn try_from(v: KeyName) -> Result<Self, String> { Ok(Self { name: v.name? }) }
                    }
                }
            }
        });
        assert_eq!(pairs(&aliases), [("WalletName", "KeyName")]);
        // The alias keeps its own doc; its impls and builder go.
        assert!(
            out.contains("    ///`WalletName`\n    ///\n    ///The same type as [`KeyName`]"),
            "{out}"
        );
        assert!(out.contains("    pub type WalletName = KeyName;"), "{out}");
        assert!(
            out.contains("        pub type WalletName = KeyName;"),
            "{out}"
        );
        assert_eq!(
            out.matches("impl ::std::convert::From<&").count(),
            1,
            "{out}"
        );
        assert_eq!(
            out.matches("impl ::std::convert::TryFrom<").count(),
            1,
            "{out}"
        );
        assert!(!out.contains("pub struct WalletName"), "{out}");
    }

    #[test]
    fn types_differing_in_a_field_name_a_field_doc_or_an_attribute_stay_apart() {
        let (aliases, _) = merge(quote! {
            pub mod types {
                pub struct A { pub name: String }
                pub struct B { pub label: String }
                pub struct C { #[doc = "Other meaning."] pub name: String }
                #[serde(deny_unknown_fields)]
                pub struct D { pub name: String }
            }
        });
        assert!(aliases.is_empty(), "{aliases:?}");
    }

    #[test]
    fn types_merge_when_the_types_they_hold_merge_recursive_ones_included() {
        let (aliases, _) = merge(quote! {
            pub mod types {
                pub struct Amount(String);
                pub struct Value(String);
                pub struct Fee { pub amount: Amount, pub next: Option<Box<Fee>> }
                pub struct Cost { pub amount: Value, pub next: Option<Box<Cost>> }
                pub struct Tip { pub amount: Value, pub next: Option<Box<Fee>> }
            }
        });
        // Shortest name first, then alphabetical.
        assert_eq!(
            pairs(&aliases),
            [("Amount", "Value"), ("Cost", "Fee"), ("Tip", "Fee")]
        );
    }

    #[test]
    fn a_merge_that_would_make_two_from_impls_for_one_type_is_not_made() {
        let (aliases, out) = merge(quote! {
            pub mod types {
                pub struct Evm { pub to: String }
                pub struct Tron { pub to: String }
                pub struct Sol { pub to: String }
                pub struct Ton { pub to: String }
                pub enum Transfer { Evm(Evm), Tron(Tron) }
                impl ::std::convert::From<Evm> for Transfer {
                    fn from(value: Evm) -> Self { Self::Evm(value) }
                }
                impl ::std::convert::From<Tron> for Transfer {
                    fn from(value: Tron) -> Self { Self::Tron(value) }
                }
            }
        });
        // `Tron` stays its own type, so `Transfer::from(tron)` still picks
        // the `Tron` variant; the types no impl tells apart still merge.
        assert_eq!(pairs(&aliases), [("Sol", "Evm"), ("Ton", "Evm")]);
        assert_eq!(out.matches("for Transfer").count(), 2, "{out}");
        // Each converts from the other: merged, that would be `From<T> for
        // T`, which core already has (and `TryFrom<T> for T` with it).
        for conversion in [quote!(From), quote!(TryFrom)] {
            let (aliases, _) = merge(quote! {
                pub mod types {
                    pub struct Left { pub to: String }
                    impl ::std::convert::#conversion<Right> for Left {
                        fn convert(value: Right) -> Self { Self { to: value.to } }
                    }
                    pub struct Right { pub to: String }
                    impl ::std::convert::#conversion<Left> for Right {
                        fn convert(value: Left) -> Self { Self { to: value.to } }
                    }
                }
            });
            assert!(aliases.is_empty(), "{conversion}: {aliases:?}");
        }
    }

    #[test]
    fn types_named_by_code_no_type_owns_are_left_alone() {
        let (aliases, _) = merge(quote! {
            pub mod types {
                pub struct A(String);
                pub struct B(String);
                pub struct C(String);
                pub fn helper(a: A) -> String { a.0 }
            }
        });
        assert_eq!(pairs(&aliases), [("C", "B")]);
    }
}
